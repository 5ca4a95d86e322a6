"""The names that open a works-cited entry, read as a copy-editor reads them.

"Korsch, Karl" (inverted, Chicago/MLA), "Smith, J., & Brown, L." (APA pairs), "Binns,
Peter, and Duncan Hallas" (inverted first, the others given-first), "Cutrone, Roe and Doe"
(surnames only), "vom Hagen, Jane" and "Badiou, del Luchesse and Smith" (particles),
"Platypus Historians Group" (a corporate author), each with "ed.", "(eds.)" or "et al."
after them. Anything else (a sentence, a title) is not a name list: None.
"""

from __future__ import annotations

import re

from citecheck.bibliography.names import PARTICLES, author, fold
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author

# One word of a personal or corporate name: capitalised (hyphens, apostrophes and
# diacritics allowed), an initial with its stop, or a lower-case particle ("al-Azm").
# matches "Korsch", "O’Neil", "Jean-Paul", "J.", "J.-P.", "al-Azm", "vom", "Stedman";
# not "history", "1914", "Detlev." (a stop after a whole word ends a sentence), "*Title"
_NAME_WORD = re.compile(
    r"""(?:(?P<initial>[^\W\d_a-z](?:\.-?[^\W\d_a-z])*\.?)
         |(?P<word>[^\W\d_a-z][\w’'-]*(?<![.’'-]))
         |(?P<prefixed>(?:al|el|d|di|de|da)[-’'][^\W\d_a-z][\w’'-]*)
         |(?P<particle>[a-z]+|['’]t)
        )$""",
    re.VERBOSE,
)

# Separators between authors: ", and ", " and ", " & ", ", & ", "; ", ", ", and DIN's slash
# ("Marx, Karl/Engels, Friedrich"). The joiners of other languages ("und", "και", "et") are
# read by `_foreign_joined`, which asks more of the names around them.
# matches ", and " in "Binns, Peter, and Duncan Hallas", " & ", "/"; not "and" inside "Sandra"
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and|&)\s+|\s+(?:and|&)\s+|;\s*|,\s*|\s*/\s*)")

# The separators that say a list of two or more: "and", "&", the slash.
_LIST_WORDS = frozenset({"and", "&", "/"})

# The words of a body's name that are not capitalised: "Society for Mills and Canals",
# "Verein für Socialpolitik", "Ένωση των Συντακτών".
_BODY_LINKS = frozenset(
    {"of", "for", "and", "on", "the", "in", "&", "für", "und", "der", "des", "die", "zur",
     "zum", "de", "la", "du", "για", "και", "της", "του", "των"}
)  # fmt: skip

# Editor and et-al. marks after the names (they are not authors).
# APA capitalises its marks: "(Ed.)", "(Eds.)".
# matches " (eds.)", " (Ed.)", ", ed.", " eds", " et al.", ", (Hg.)"; not "Edwards"
EDITOR_MARK = re.compile(
    r"""[\s,]*(?:\(\s*(?:[Ee]ds?|Hg|Hrsg|comp|[Tt]rans)\.?\s*\)
              |\b(?:[Ee]ds?|Hg|Hrsg|comp|et\ al)\.?)\s*$""",
    re.VERBOSE,
)

# A generational suffix after a name (Chicago 14.75, MLA: "King, Martin Luther, Jr.",
# "Tarrow, Ansel, Jr., and Mira Osk", "Pell, John, III"): no author's name, dropped.
# matches ", Jr.", " Jr", ", Sr.", ", III"; not "Jrin", "Ives" (a surname), "III" with no comma
_SUFFIX = lazy_compile(r",?\s+(?:Jr|Sr)\.?(?=[,;/\s]|$)|,\s+(?:II|III|IV)(?=[,;/\s]|$)")

# The particles of an inverted name written after the given names, as Dutch, German and
# French names are listed under the main word (Chicago 8.5, 14.72: "Linden, Jane van der",
# "Humboldt, Wilhelm von"): the given names end before them.
# matches " van der" in "Linden, Jane van der", " von" in "Humboldt, Wilhelm von, and …";
# not "van" in "Linden, Jane Vance", "de" in "Osk, Mira, de Vries" (the next writer's)
_TRAILING_PARTICLES = lazy_compile(
    r"""^(?P<kept>[^,;/]+,\s+[^,;/]+?)\s+
        (?:van|von|de|der|den|des|du|da|di|del|della|dos|das|la|le|vom|zu|zur|ten|ter)
        (?:\s+(?:der|den|de|la|le|los|las|del))?(?=\s*(?:$|[,;/]))""",
    re.VERBOSE,
)

# Words that make a name a body's, kept whole: "Platypus Historians Group".
CORPORATE_WORDS = frozenset(
    {
        "group", "party", "committee", "institute", "association", "organisation",
        "organization", "society", "league", "union", "council", "international",
        "office", "department", "ministry", "bank", "fund", "commission", "network",
        "collective", "tendency", "foundation", "university", "staff", "board",
        "arbeitsgruppe", "agency", "bureau", "centre", "center", "movement", "federation",
        # German, French and Greek bodies as list authors (DIN 1505-2's Urheber, Chicago
        # 14.92): "Verband der Hafenarbeiter", "Comité de grève", "Ένωση Λιμενεργατών"
        "verband", "verein", "partei", "parteivorstand", "komitee", "zentralkomitee",
        "kommission", "ausschuss", "gesellschaft", "stiftung", "institut", "gewerkschaft",
        "gewerkschaftsbund", "vorstand", "bundesvorstand", "ministerium",
        "parti", "comité", "fédération", "confédération", "conseil", "ligue", "syndicat",
        "société", "κόμμα", "επιτροπή", "ένωση", "ομοσπονδία", "συνομοσπονδία", "ίδρυμα",
        "ινστιτούτο", "σύνδεσμος", "οργάνωση", "εταιρεία", "συμβούλιο", "υπουργείο",
    }
)  # fmt: skip


# The particles of names in lists: those of `names`, and the Dutch "'t" (the article "het"
# cut short: "'t Hooft", "'t Hart"), which a list keeps before the name it sorts by.
LISTED_PARTICLES = PARTICLES | {"'t", "’t"}


def _name_word(word: str) -> bool:
    shape = _NAME_WORD.match(word)
    if shape is None:
        return False
    if shape.group("particle"):
        return word in LISTED_PARTICLES  # "in", "the": a title's words
    return bool(shape.group("prefixed")) or word[0].isupper()


def _words(chunk: str) -> list[str] | None:
    words = chunk.split()
    if not words or len(words) > 6 or not all(_name_word(w) for w in words):
        return None
    if words[-1] in LISTED_PARTICLES:
        return None  # particles name no one: "de", "Cutrone de"
    return words


def _initials(words: list[str]) -> bool:
    return all(_NAME_WORD.match(w).group("initial") for w in words)  # type: ignore[union-attr]


def _surname_last(words: list[str]) -> str:
    """The surname of a given-first name: its last word and the particles before it
    ("Jane van der Linden" -> "van der Linden"); a body's name whole."""
    if any(w.lower() in CORPORATE_WORDS for w in words):
        return " ".join(words)
    named = [w for w in words if not _initials([w])]
    if named and len(named) < len(words) and words[: len(named)] == named:
        # the initials after the surname, no comma between: "Δρόσος Γ.", "Smith JA"
        # (Greek lists, Vancouver); the surname is the word before them
        return _surname_last(named)
    i = len(words) - 1
    while i > 0 and words[i - 1] in LISTED_PARTICLES:
        i -= 1
    return " ".join(words[i:])


def _surname_only(words: list[str]) -> bool:
    """One surname: a word, or particles then a word ("del Luchesse", "van der Linden")."""
    return len([w for w in words if w not in LISTED_PARTICLES]) == 1 and not _initials(words)


def _listed_name(words: list[str]) -> bool:
    """A name after the first in a list: a surname, given-first names ("Friedrich
    Engels"), or initials standing for a name ("K.J.A.")."""
    if _surname_only(words) or (len(words) == 1 and _initials(words)):
        return True
    return len(words) == 2 and words[0][0].isupper()


def read_names(
    text: str, *, given_after_comma: bool = True, bounded: bool = False
) -> tuple[str, ...] | None:
    """The authors' surnames of an entry's name part, or None when it is no name list.
    `given_after_comma` False: "X, Y" is two surnames (the plain "Names, Title, Year."
    form never inverts). `bounded`: the entry's shape, not a guess at a sentence end, says
    where the names end (before a marked title, a DIN colon, a plain title's comma), so a
    body's name may hold a lower-case adjective (`body_name`)."""
    if len(text) > 300:
        return None  # no name list is that long; the checks below are not run on it
    text = EDITOR_MARK.sub("", text.strip(" ,.:")).strip(" ,.:")
    text = EDITOR_MARK.sub("", text).strip(" ,.:")  # "Roe et al. (eds.)"
    text = _SUFFIX.sub("", text)
    if given_after_comma:
        text = _TRAILING_PARTICLES.sub(lambda m: m.group("kept"), text)
    if not text:
        return None
    if body_name(text, adjectives=bounded):
        return (text,)  # "Society for Mills and Canals": one body, its "and" no separator
    if given_after_comma and (joined := _foreign_joined(text)) is not None:
        return joined
    parts = _SEPARATOR.split(text)
    separators = _SEPARATOR.findall(text)
    chunks = [_words(p) for p in parts]
    if any(c is None for c in chunks):
        return None
    words = [c for c in chunks if c is not None]
    joined = [" ".join(w) for w in words]
    lead = joined[0] if _surname_only(words[0]) else _surname_last(words[0])
    if len(words) == 1:
        return (joined[0],) if _greek_two_names(words[0]) else (lead,)
    if len(words) % 2 == 0 and all(_initials(w) for w in words[1::2]):
        return tuple(joined[0::2])  # APA pairs: "Smith, J., & Brown, L."
    if given_after_comma and len(words) % 2 == 0 and _inverted_pairs(separators):
        return tuple(joined[0::2])  # DIN pairs: "Osk, Mira/Venn, Tobias"
    if separators[0].strip() == "," and given_after_comma and not _initials(words[0]):
        given_first = words[2:]
        if all(len(w) > 1 for w in given_first):
            return (joined[0], *(_surname_last(w) for w in given_first))
    # surnames only ("Cutrone, Roe and Doe"), or given-first after the first
    # ("Marx and Friedrich Engels"); a list of two or more says so by its "and"
    others = words[1:]
    if all(_listed_name(w) for w in others) and any(
        s.strip(" ,") in _LIST_WORDS for s in separators
    ):
        return (lead, *(" ".join(w) if _surname_only(w) else _surname_last(w) for w in others))
    return None


# The joiners of two writers in German, French, Greek, Italian and Spanish lists, and the
# slash of German lists (DIN 1505-2 and German humanities practice: "Hartung, Ilse und Tom
# Kolb", "Hartung, Ilse/Kolb, Tom", "Dupont, Anne et Luc Moreau", "Παππάς, Γιώργος και
# Νίκος Λάμπρου"). Spaces are read possessively (a long run costs one pass).
# matches " und ", " u. ", "/", " / ", " et ", " και ", " e " (Italian); not "Sandra", "und"
# in "Hund", " y " (a Spanish particle too: "Ortega y Gasset")
_FOREIGN_JOINER = re.compile(r"\s++(?:und|u\.|et|και|e)\s++|\s*+/\s*+")

# At most so many writers joined so (a longer run is no name list).
_JOINED_MOST = 6


def _foreign_joined(text: str) -> tuple[str, ...] | None:
    """The surnames of writers joined by "und", "/", "et", "και" …, when the first is
    inverted ("Hartung, Ilse") and each after it is one person, inverted or with given
    names first ("Kolb, Tom", "Tom Kolb"); None otherwise. A one-word part is no person:
    "Korsch, Krieg und Frieden" is a surname and a title, not three writers."""
    parts = _FOREIGN_JOINER.split(text, maxsplit=_JOINED_MOST)
    if len(parts) < 2 or len(parts) > _JOINED_MOST or "," not in parts[0]:
        return None
    found: list[str] = []
    for i, part in enumerate(parts):
        pieces = [p.strip() for p in part.strip(" ,").split(",")]
        if len(pieces) == 2 and all(pieces):  # inverted: "Hartung, Ilse", "Kolb, T."
            surname, given = _words(pieces[0]), _words(pieces[1])
            if surname is None or given is None or not _surname_only(surname):
                return None
            if not (_initials(given) or given[0][0].isupper()):
                return None
            found.append(" ".join(surname))
        elif len(pieces) == 1 and i > 0:  # given names first: "Tom Kolb"
            words = _words(pieces[0])
            if words is None or len(words) < 2 or _initials(words) or words[-1][0].islower():
                return None
            found.append(_surname_last(words))
        else:
            return None
    return tuple(found)


def body_name(text: str, *, adjectives: bool = False) -> bool:
    """One body's name, no comma in it: capitalised words and the small words between them,
    one of them a body's word, capitalised ("Council for Rural Records"). With `adjectives`,
    a body named as it names itself (Chicago 14.92, MLA's organization as author) may hold
    a lower-case adjective right after one of its small words, before more of the name
    ("Committee for fair and Open Harbours", "Verband der freien Presse"), after the body's
    word: at most two, and fewer than its capitalised words ("Party politics in Britain",
    "Notes on the new Party" are titles)."""
    words = text.split()
    if "," in text or len(words) > 10 or not words or not words[0][0].isupper():
        return False
    if not any(w[0].isupper() and w.lower() in CORPORATE_WORDS for w in words):
        return False
    lower = 0
    body_word = False
    for i, word in enumerate(words):
        body_word = body_word or (word[0].isupper() and word.lower() in CORPORATE_WORDS)
        if word[0].isupper() or word in _BODY_LINKS:
            continue
        if not (adjectives and word.isalpha() and 0 < i < len(words) - 1):
            return False
        if words[i - 1] not in _BODY_LINKS or not body_word:
            return False  # "Party politics", "Notes on the new Party": a title's words
        lower += 1
    capitalised = sum(1 for w in words if w[0].isupper())
    return lower <= 2 and lower < capitalised


def _inverted_pairs(separators: list[str]) -> bool:
    """Inverted names one after the other, each "Surname, Given", the pairs joined by a
    slash, a semicolon or a word of "and": "Osk, Mira/Venn, Tobias"."""
    within, between = separators[0::2], separators[1::2]
    return all(s.strip() == "," for s in within) and all(
        s.strip(" ,") in _LIST_WORDS or s.strip() == ";" for s in between
    )


def _greek_two_names(words: list[str]) -> bool:
    """Two whole Greek names with no comma between: a Greek list writes the surname first
    ("Δρόσος Γιάννης, *Η πόλη …*", Greek academic practice), a note the given name first
    ("Γιάννης Δρόσος"), and nothing in the two words says which is which."""
    return len(words) == 2 and all(
        len(w) > 2 and w[0].isupper() and "\u0370" <= w[0] <= "\u03ff" and "." not in w
        for w in words
    )


def listed_author(name: str) -> Author:
    """The `Author` of a surname read here. A body's name is shown whole but matched by its
    last word, as a note names it ("Platypus Historians Group" / "Group", and a slip in
    it, "Gorup", is still that body's). Two Greek names with no comma ("Δρόσος Γιάννης")
    are kept whole, either of them the surname for a note's citation (`note_matching`
    compares each), and folded by the last, as before, for author-year citations."""
    words = name.split()
    if len(words) > 1 and any(w.lower() in CORPORATE_WORDS for w in words):
        return Author(surname=name, folded=fold(words[-1]))
    if _greek_two_names(words):
        return Author(surname=name, folded=fold(words[-1]))
    return author(name)
