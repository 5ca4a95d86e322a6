"""A foreign writer's name in Greek letters with its original spelling in brackets.

Greek academic practice transliterates a foreign writer's name into Greek and gives the
original spelling once, in brackets, after it: "Τζόναθαν Φάροουμπι (Jonathan Farrowby),
*Ο μακρύς χειμώνας*, …", "ο Μ. Κλάιν (M. Klein) στο …". The bracket stands between the
writer and the comma or "στο" the reader looks for, and hides the writer. The reader
therefore reads a copy without the bracket (mapped back as `space_runs` maps its runs),
and the writer is the name in Greek letters, as the note writes it.

Only a bracket of Latin-script names or initials, one for each of the Greek name words
right before it (all of them), each beginning with a letter the Greek word's opening can
be transliterated by ("Τζ…" J, "Φ…" F or Ph, "Ντ…" D): "Εκδόσεις Κέδρος (Kedros)",
"Αθήνα (Athens)" and "ο Μαρξ (MEW 23)" keep their brackets (one word of two, no name
word, no name).
"""

from __future__ import annotations

import re
import unicodedata

from citecheck.extract.space_runs import Shortened
from citecheck.lazy_regex import lazy_compile

# A bracket of one to four Latin-script names or initials after a Greek-script word.
# matches " (Jonathan Farrowby)" after "Φάροουμπι", " (M. Klein)", " (Jean-Luc Barrault)";
# not " (London: Verso, 1990)" (a colon and a year), " (επιμ.)" (Greek), " (1990)"
_ORIGINAL = lazy_compile(
    r"""(?<=[\u0370-\u03ff\u1f00-\u1fff])[ ]\(
        (?P<names>[A-Z][a-zA-Z'’.-]*+(?:[ ][A-Z][a-zA-Z'’.-]*+){0,3})
        \)""",
    re.VERBOSE,
)
# A Greek name word: a capitalised word (its parts joined by hyphens) or an initial.
# matches "Τζόναθαν", "Μ.", "Τζ.", "Ζαν-Λυκ", "Ρος-Ουέμπ"; not "του", "1990", "Jonathan"
_GREEK_NAME_WORD = lazy_compile(
    r"[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]*+(?:-[Α-ΩΆΈΉΊΌΎΏ]?[α-ωάέήίόύώϊϋΐΰς]++)*+\.?"
)

# Articles, prepositions and cues that open a sentence with a capital before the names ("Ο
# Φάροουμπι (Farrowby) γράφει …", "Βλ. Μ. Κλάιν (M. Klein), …"): no name word.
_ARTICLES = frozenset(
    "Ο Η Οι Το Τα Τη Την Τον Του Της Των Στο Στη Στην Στον Από Για Με Βλ. Πρβλ. Βλέπε".split()
)

# how a Greek name's opening may be written in Latin letters (accents removed first; two
# letters before one: "ΤΖ" before "Τ")
_OPENINGS: tuple[tuple[str, str], ...] = (
    ("ΤΖ", "JGCT"),
    ("ΤΣ", "CTZ"),
    ("ΝΤ", "DN"),
    ("ΜΠ", "BPM"),
    ("ΓΚ", "GKC"),
    ("ΟΥ", "WUOH"),
    ("Α", "AEHO"),
    ("Β", "VBW"),
    ("Γ", "GYJH"),
    ("Δ", "DT"),
    ("Ε", "EAIHY"),
    ("Ζ", "ZJSG"),
    ("Η", "IEHY"),
    ("Θ", "T"),
    ("Ι", "IJYEH"),
    ("Κ", "KCQ"),
    ("Λ", "L"),
    ("Μ", "M"),
    ("Ν", "N"),
    ("Ξ", "XK"),
    ("Ο", "OAUH"),
    ("Π", "P"),
    ("Ρ", "R"),
    ("Σ", "SCZ"),
    ("Τ", "T"),
    ("Υ", "YIUH"),
    ("Φ", "FP"),
    ("Χ", "CHKJ"),
    ("Ψ", "P"),
    ("Ω", "OW"),
)


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.upper())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _transliterates(greek: str, latin: str) -> bool:
    """Whether the Latin word can begin as the Greek one does ("Τζόναθαν" "Jonathan")."""
    plain = _plain(greek)
    for opening, letters in _OPENINGS:
        if plain.startswith(opening):
            return latin[:1] in letters
    return False


# How far before a bracket its name words are looked for (five words of a name or an article).
_LOOK_BACK = 160


def _original_of_name(text: str, found: re.Match[str]) -> bool:
    """Whether the bracket gives the original of the Greek name words right before it."""
    latin = found.group("names").split(" ")
    # the name words right before it (four at most, and the word before them), from a
    # bounded look-back: splitting the whole text before each bracket was quadratic
    before = text[max(0, found.start() - _LOOK_BACK) : found.start()].split()
    if len(before) < len(latin):
        return False
    greek = before[len(before) - len(latin) :]
    if not all(_GREEK_NAME_WORD.fullmatch(word) for word in greek):
        return False
    if len(before) > len(latin):
        # the bracket spells all the names: "Εκδόσεις Κέδρος (Kedros)" spells one word of two
        word = before[len(before) - len(latin) - 1]
        if _GREEK_NAME_WORD.fullmatch(word) and word not in _ARTICLES:
            return False
    # "Μ." and "M.": an initial stands for an initial, a word for a word; but a given name
    # may be spelt out on one side only ("Π. Βαντάλ (Pierre Vantal)", "Πιερ Βαντάλ (P.
    # Vantal)": the original gives the name as the title page does), never the surname
    if greek[-1].endswith(".") or latin[-1].endswith("."):
        return False
    return all(_transliterates(g, w) for g, w in zip(greek, latin, strict=True))


def without_original_names(text: str) -> Shortened | None:
    """`text` without the brackets giving a Greek-lettered name's original spelling, or
    None when it has none (the common case: nothing is copied)."""
    if "(" not in text:
        return None
    cuts = [m.span() for m in _ORIGINAL.finditer(text) if _original_of_name(text, m)]
    if not cuts:
        return None
    origin: list[int] = []
    at = 0
    for start, end in cuts:
        origin.extend(range(at, start))
        at = end
    origin.extend(range(at, len(text)))
    short = "".join(text[i] for i in origin)
    origin.append(len(text))
    return Shortened(short, tuple(origin))
