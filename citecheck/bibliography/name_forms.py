"""One writer's surname written two ways by convention, not by a slip (issue 11).

A note and a works-cited list may spell one surname differently where a convention says
so, and then inconsistent-reference must not ask to "make them agree", nor
missing-reference fail to find the entry:

- a Greek surname declined in the note ("το βιβλίο του Νίκου Δρόσου", "Αλέξη Τσίπρα")
  and in the nominative in the list ("Δρόσος", "Τσίπρας"): the nominative's final "ς"
  dropped, or "-ος" made "-ου" (the rule of `extract/note_greek_backrefs`);
- a German umlaut written out ("Boehme" / "Böhme", "Mueller" / "Müller", DIN 5007-2);
- the same name in Greek and in Latin letters ("Tsipras" / "Τσίπρας", "Μαρξ" / "Marx"): a
  Greek text writes foreign names in Greek letters and an English one Greek names in
  Latin (ELOT 743, Chicago 11.129), so a list in one script and a note in the other is a
  convention. The two are compared by a rough common spelling (Greek letters
  transliterated, Latin digraphs folded the way the Greek ones sound); they must agree
  within one slip;
- a German genitive before the title ("Vgl. Georg Wendls *Die Ordnung*", "Wendls „Die
  Ordnung“"): the name with an "s" and no comma, right before the marked title, is the
  writer "Wendl" in the genitive (Duden: the "-s" of a name before the noun it governs);
  `genitive_before_title`, which needs the citation's text.
"""

from __future__ import annotations

import re
import unicodedata

from citecheck.bibliography import fuzzy

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _bare(word: str) -> str:
    """Lower case, no accents or diaeresis, every sigma "σ"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if c.isalpha() and not unicodedata.combining(c))


def _bare_keeping(word: str, keep: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(
        c for c in decomposed if (c.isalpha() or c in keep) and not unicodedata.combining(c)
    )


def _greek(word: str) -> bool:
    return any("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in word)


def _latin(word: str) -> bool:
    return any(c.isalpha() and c.isascii() for c in _bare(word))


def greek_case(a: str, b: str) -> bool:
    """True when one Greek surname is the other's genitive or accusative ("Δρόσου" of
    "Δρόσος", "Τσίπρα" of "Τσίπρας", "Παπαδοπούλου" of "Παπαδόπουλος")."""
    if not (_greek(a) and _greek(b)):
        return False
    x, y = _bare(a), _bare(b)
    return x != y and (_oblique_of(x, y) or _oblique_of(y, x))


def _oblique_of(nominative: str, oblique: str) -> bool:
    if not nominative.endswith("σ") or len(nominative) < 4:
        return False  # a woman's surname and a foreign one do not decline
    stem = nominative[:-1]
    return oblique == stem or (stem.endswith("ο") and oblique == stem[:-1] + "ου")


def umlaut_written_out(a: str, b: str) -> bool:
    """True when the two differ only by an umlaut written out ("Boehme" / "Böhme")."""
    x, y = a.casefold(), b.casefold()
    return x != y and (x.translate(_UMLAUTS) == y or y.translate(_UMLAUTS) == x)


# Greek letters and digraphs in Latin letters, roughly as they sound (ELOT 743 with its
# digraphs read as spoken: "ου" u, "ει"/"οι"/"η"/"υ" i, "αι" e, "μπ" b, "ντ" d).
_GREEK_DIGRAPHS = (
    ("ντζ", "ntz"), ("ου", "u"), ("ει", "i"), ("οι", "i"), ("αι", "e"), ("μπ", "b"), ("ντ", "d"),
    ("γκ", "g"), ("γγ", "ng"), ("τσ", "ts"), ("τζ", "tz"),
)  # fmt: skip
_GREEK_LETTERS = str.maketrans(
    {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
     "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p",
     "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "i", "φ": "f", "χ": "h", "ψ": "ps",
     "ω": "o"}
)  # fmt: skip
# Latin spellings folded the same way: "ou" u, "y" i, "ph" f, "ch"/"kh" h, "c"/"ck" k, "x" ks.
_LATIN_DIGRAPHS = (
    ("ou", "u"), ("ei", "i"), ("oi", "i"), ("ai", "e"), ("ph", "f"), ("kh", "h"),
    ("ch", "h"), ("ck", "k"), ("x", "ks"), ("y", "i"), ("c", "k"), ("w", "v"), ("j", "i"),
)  # fmt: skip


# The nasal pairs "μπ", "ντ", "γκ"/"γγ" are written "mp"/"mb"/"b", "nt"/"nd"/"d", "gk"/"ng"/"g"
# in Latin letters (ELOT 743 gives "mp", "nt", "gk"; spoken and older spellings "mb", "nd",
# "ng": "Lambrakis" / "Λαμπράκης", "Antonis" / "Αντώνης"): both scripts' rough spellings
# fold them to the stop alone.
_NASAL_PAIRS = (("mb", "b"), ("mp", "b"), ("nd", "d"), ("nt", "d"), ("ng", "g"), ("gk", "g"))


def _nasals_folded(text: str) -> str:
    for pair, stop in _NASAL_PAIRS:
        text = text.replace(pair, stop)
    return text


def sounded(word: str) -> str:
    """A rough common spelling of a name in Greek or Latin letters: "Τσίπρας" and "Tsipras"
    are both "tsipras", "Μαρξ" and "Marx" "marks", "Χάρβεϊ" and "Harvey" "harvei",
    "Λαμπράκης" and "Lambrakis" "labrakis"."""
    if _greek(word):
        # a diaeresis parts two vowels: "Χάρβεϊ" is "-ei", no digraph
        parted = word.casefold().replace("ϊ", "|ι").replace("ΐ", "|ι").replace("ϋ", "|υ")
        text = "".join(c for c in _bare_keeping(parted, "|"))
        for digraph, sound in _GREEK_DIGRAPHS:
            text = text.replace(digraph, sound)
        return _nasals_folded(text.replace("|", "").translate(_GREEK_LETTERS))
    text = _bare(word)
    text = "".join(c for c in text if c.isascii())
    for digraph, sound in _LATIN_DIGRAPHS:
        text = text.replace(digraph, sound)
    return _nasals_folded(text)


def sounded_title(title: str) -> str:
    """A title's words each in the rough common spelling: "Ο δρόμος" and "O dromos" alike."""
    return " ".join(filter(None, (sounded(word) for word in title.split())))


def other_scripts(a: str, b: str) -> bool:
    """True when one text is in Greek letters and the other is not."""
    return _greek(a) != _greek(b)


def across_scripts(a: str, b: str, *, slips: int = 0) -> bool:
    """True when one name is in Greek letters and the other in Latin ones and they sound
    alike: the same rough spelling ("Tsipras" / "Τσίπρας"; not "Marx" / "Μηλιός"), or
    within `slips` (a name misspelt in one of the scripts)."""
    if _greek(a) == _greek(b) or not (_latin(a) or _latin(b)):
        return False
    x, y = sounded(a), sounded(b)
    if min(len(x), len(y)) < 3:
        return False
    return x == y or fuzzy.osa_distance(x, y) <= slips


def same_by_convention(a: str, b: str) -> bool:
    """The two surnames are one writer's, written two ways by a convention above."""
    return greek_case(a, b) or umlaut_written_out(a, b) or across_scripts(a, b)


def genitive_before_title(read: str, other: str, text: str) -> bool:
    """True when the surname `read` is `other` in the German genitive ("Wendls" of
    "Wendl"), written in `text` right before a marked title: no comma, no colon between."""
    if len(other) < 3 or read != other + "s":
        return False
    # matches "Wendls *Die", "Wendls „Die", "Wendls »Die"; not "Wendls, *Die", "Wendls: *Die"
    return re.search(rf"(?<!\w){re.escape(read)}\s{{1,3}}[*_„“\"»«]", text) is not None
