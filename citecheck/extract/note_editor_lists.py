"""Several editors named after a book's title, joined as a German or a Greek note joins them:
"*Ports of the North*, hg. v. Ilse Varga, Tom Brill und Ann Ro, Berlin 2008", "*…*, επιμ.
Ilse Varga και Tom Brill, Αθήνα: Κέδρος, 2008", "edited by …, Tom Brill, and Ann Ro".

The editing word stands before the names: English "edited by", "ed.", German "hg. v.",
"hrsg. von", "herausgegeben von", "Hg.", Greek "επιμ.", "επιμέλεια". Each editor of the
list is read. A place or a publisher after the first editor is the imprint, not an editor
("hg. v. Ilse Varga, Berlin und Wien 1999", "ed. Ilse Varga, London and New York: Verso"):
a later "editor" with a word of an imprint ends the list at the first.
"""

from __future__ import annotations

from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_german_marks import EDITED_BY as GERMAN_EDITED_BY
from citecheck.extract.note_list_words import ET_AL, PERSON_AND
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_patterns import PERSON, PERSON_SPLIT
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author

# The words before a book's editors, with British practice's "ed. by" (Chicago writes
# "ed." or "edited by", 14.87; the abbreviation with "by" is as common in British notes),
# and the editor's other tasks named with it ("edited and translated by", "edited with an
# introduction by", "ed. and trans.": Chicago 14.103-14.104).
# matches "edited by", "ed.", "eds.", "ed. by", "eds. by", "edited and translated by",
# "edited with an introduction by", "edited with an introduction and notes by", "ed. and
# trans.", "hg. v.", "Hg. von", "hrsg. v.", "Hrsg.", "herausgegeben von", "επιμ.",
# "επιμέλεια"; not "übers. v." (a translator), "μτφρ." (a translator), "ed. Bywater" (a
# name: "by" is a word of its own), "edited in 1990 by" (prose)
# (Spelled over lines in a verbose group of its own: the patterns it joins are not all
# verbose.)
EDITED_BY = rf"""(?x:edited(?:\s++and\s++translated|\s++with\s++an\s++introduction
                             (?:\s++and\s++notes)?)?\s++by
                   |eds?\.(?:\s++and\s++trans\.|\s++by\b)?
                   |{GERMAN_EDITED_BY}|επιμ\.|επιμέλεια)"""

# The German and Greek editing words as plain strings, for a cheap test before the patterns.
_EDITING_WORDS = ("hg.", "Hg.", "hrsg.", "Hrsg.", "herausgegeben", "επιμ")


def edited_by_in(s: str) -> bool:
    """True when `s` holds a German or a Greek editing word ("hg.", "Hrsg.", "επιμ.")."""
    return any(word in s for word in _EDITING_WORDS)


# Two or more persons: commas between them, a joining word before the last.
# matches "Ilse Varga, Tom Brill und Ann Ro", "Ilse Varga και Tom Brill", "Ilse Varga, Tom
# Brill, and Ann Ro"; not "Ilse Varga" alone, "Ilse Varga, Tom Brill" (no joining word)
# The spaces are taken possessively: nothing after a run of them is a space (linear).
PERSON_LIST = (
    rf"{PERSON}(?:\s*+,\s*+{PERSON}){{0,5}}(?:\s*+,\s++|\s++){PERSON_AND}\s++{PERSON}(?![\w'’-])"
)

# The editing word, then a list of editors, right after a title.
# matches ", hg. v. Ilse Varga, Tom Brill und Ann Ro", " επιμ. Ilse Varga και Tom Brill",
# ", hg. v. Ilse Varga u. a." (the others not named);
# not ", hg. v. Ilse Varga, Berlin 1999" (one editor: read by `note_editors`), ", übers. v.
# Ilse Varga und Tom Brill" (translators)
_LISTED_EDITORS = lazy_compile(
    rf"\s*+,?\s*+{EDITED_BY}\s++(?:(?P<names>{PERSON_LIST})|(?P<first>{PERSON}),?\s++{ET_AL})"
)


def listed_editors(s: str, at: int) -> tuple[tuple[Author, ...], int] | None:
    """The editors of a list named right after the title ending at `at`, and where they
    end; the first editor alone when a later one is a place or a publisher; None when no
    list stands there."""
    found = _LISTED_EDITORS.match(s, at)
    if found is not None and found.group("first"):  # "hg. v. Ilse Varga u. a."
        first = found.group("first")
        return (tuple(surnames(first)), found.end()) if plausible_names(first) else None
    if found is None or not plausible_names(found.group("names")):
        return None
    if imprint_in_list(found.group("names")):
        # "hg. v. Ilse Varga, Berlin und Wien 1999": the imprint after one editor
        first = PERSON_SPLIT.split(found.group("names"))[0]
        return tuple(surnames(first)), found.start("names") + len(first)
    return tuple(surnames(found.group("names"))), found.end()


def imprint_in_list(names: str) -> bool:
    """True when a "person" after the first of `names` is one word, a place's or a
    publisher's: "Ilse Varga, Berlin und Wien" is an editor and an imprint, not three
    editors. A person with given names is one ("Tom Brill": a surname that is also a
    publisher's name)."""
    later = [p.split() for p in PERSON_SPLIT.split(names) if p.strip()][1:]
    return any(len(words) == 1 and is_imprint_word(words[0].strip(",.")) for words in later)
