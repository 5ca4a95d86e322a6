"""A writer's names, then something between them and the title that the reader would take
for the end of the citation: the year, as an author-date list puts it ("Alex Pike, (2016)
*Harbours*", "Joan Pike, 1999. “The Weir,” …", "Joan Pike (1999). *Salt Roads*."), or a
translator's or editor's bracket ("Bebel, August. (Tom Hale, Trans.) “The Man …”").

The reader reads such a work as if the between were a comma, then gives it the year. Only
at the opening of a note or of a ";" group, and only after a person's given names or an
inverted name: a surname alone then a year is author-year ("Cliff, 1974", left to
`citations.py`), and a place, a publisher or a journal then a year is never an author
("London, 2015. *Salt Roads*" names no writer)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_entry_titles import entry_title_reading
from citecheck.extract.note_greek import GREEK_CAPITALS
from citecheck.extract.note_greek_names import (
    greek_given_name,
    surname_before_given,
    surname_first_dated_alone,
)
from citecheck.extract.note_names import plausible_names
from citecheck.extract.note_patterns import (
    GIVEN,
    GIVEN_PERSON,
    NAME_WORD,
    PERSON_SPLIT,
)
from citecheck.extract.note_titles import imprint_later
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

_YEAR = r"(?:1[5-9]\d\d|20\d\d)"

# A translator's or editor's bracket that names the person, either way round (a bare
# "(ed.)" is the names' own mark: `note_patterns.NAMES`).
# matches "(Tom Hale, Trans.)", "(trans. Tom Hale)", "(translated by Tom Hale)", "(Ruth Cole,
# ed.)"; not "(ed.)", "(1999)", "(London: Dale, 1999)", "(Tom Hale)"
_ROLE = r"""\((?:[^()]{1,60}?,\s*(?i:trans(?:lated)?|tr|eds?|edited)\.?
              |(?i:trans(?:lated)?|tr|eds?|edited)\.?\s+(?i:by\s+)?[^()\d]{1,60})\)"""

# A marked title's start: a role's bracket stands before no plain title ("Ann Cole (ed.)
# Leeds, 1920" is an editor, a place and a year).
# matches " *", " “"; not " Leeds"
_MARKED_NEXT = r"(?=\s+[*_“\"‘])"

# A person's names given first (up to four persons), then the year or a role's bracket,
# then a title's start. Space runs are possessive here and below: nothing after one is a
# space, and a run split every way between "\s*" and "\s+" was quadratic.
# matches "Joan Pike, (1999)" and "Joan Pike (1999)." before " *Salt", "Vladimir Ilyich
# Lenin, 1987." before ' “The', "Joan Pike and Tom Hale, 2001," before " *Roads*", "Joan
# Pike (trans. Tom Hale)," before " *Roads*"; not "Cliff, 1974" (no given name), "Joan
# Pike, 1999, p. 4" (no title after), "Joan Pike in 1999" (no year after the names).
# Chicago's author-date entry with the name not inverted, as a note gives it, sets the year
# between full stops: "Jason K. Hale. 2011. *Writing Harbours*." (group "stopped"; the
# names must show a person, as after a bare year: "Salt Roads. 1999." is a title's). The
# title may open with a link's bracket: "Ann B. Vell. 2012. [Designing …](…)".
_GIVEN_FIRST = lazy_compile(
    rf"""(?P<names>{GIVEN_PERSON}(?:\s*+,\s*+{GIVEN_PERSON}){{0,3}}
                 (?:(?:\s*+,\s++|\s++)(?:and|&)\s+{GIVEN_PERSON})?)
        (?P<between>\s*+,?\s*+\(\s*(?P<year>{_YEAR})[a-z]?\s*\)[.,:]?
                   |\s*+,\s*+(?P<bare>{_YEAR})[a-z]?[.,]
                   |\.\s++(?P<stopped>{_YEAR})[a-z]?\.
                   |\s*+,?\s*+{_ROLE}[.,:]?{_MARKED_NEXT})
        (?=\s+[*_“"‘«{UPPER}\[])""",
    re.VERBOSE,
)

# An inverted name, then a role's bracket, then a title's start (the inverted name with the
# year in brackets is read as it stands: `note_patterns.INVERTED_NAMES`).
# matches "Bebel, August. (Tom Hale, Trans.)" before ' “The'; not "Bebel, August. “The"
# (nothing between), "London, (Dale, 1999)"
_INVERTED_ROLE = lazy_compile(
    rf"""(?P<names>{NAME_WORD},\s+{GIVEN}(?:\s+{GIVEN}){{0,2}})
        (?P<between>\.?\s*{_ROLE}[.,]?)
        {_MARKED_NEXT}""",
    re.VERBOSE,
)

# An inverted name, then a bare year between full stops, then a title's start: Chicago's
# author-date reference list entry ("Pike, Joan. 1999. *Salt Roads*. Leeds: Dale."); a
# reprint gives the original's year first, in brackets (Chicago 15.38: "(1951) 1999"; "[1951]
# 1999"), and the year cited is the edition's.
# matches "Pike, Joan. 1999." before " *Salt", "Pike, J. 1999." before ' “The', "Pike, Joan,
# and Tom Hale. 2001." before " *Canal", "Pike, Joan. [1951] 1999." before " *Salt"; not
# "Pike, 1999." (no given name: author-year), "Pike, Joan. 1999, 41" (no title after)
_INVERTED_YEAR = lazy_compile(
    rf"""(?P<names>{NAME_WORD},\s+{GIVEN}(?:\s+{GIVEN}){{0,2}}
                 (?:,?\s+(?:and|&)\s+{GIVEN_PERSON})?)
        (?P<between>\.?\s+(?:[\[(]{_YEAR}[\])]\s+)?(?P<bare>{_YEAR})[a-z]?\.)
        (?=\s+[*_“"‘{UPPER}])""",
    re.VERBOSE,
)

# A segment of given-first names and a year, or a role, alone: a bibliography-style note's
# first sentence.
# matches "Joan Pike (1999)", "Vladimir Ilyich Lenin, 1987", "Joan Pike (trans. Tom Hale)";
# not "Cliff, 1974", "London, 2015" (no given name), "Joan Pike, 41"
_GIVEN_ALONE = lazy_compile(
    rf"""(?P<names>{GIVEN_PERSON}(?:(?:\s*+,\s++|\s++)(?:and|&)\s+{GIVEN_PERSON})?)
        (?:\s*+,?\s*+\(\s*{_YEAR}[a-z]?\s*\)|\s*+,\s*+{_YEAR}[a-z]?|\.?\s*+{_ROLE}
          |\.\s++(?P<stopped>{_YEAR})[a-z]?)""",
    re.VERBOSE,
)

# The same after an inverted name (a reprint's original year in brackets first).
# matches "Pike, J. (1999)", "Bebel, August. (Tom Hale, Trans.)", "Pike, Joan. 1999", "Pike,
# Joan. [1951] 1999"; not "Pike, 41", "Pike, 1999" (no given name), "Pike, J. 1999" (no stop
# before the year)
_INVERTED_ALONE = lazy_compile(
    rf"""{NAME_WORD},\s+{GIVEN}(?:\s+{GIVEN}){{0,2}}(?:,?\s+(?:and|&)\s+{GIVEN_PERSON})?
        (?:\s*\(\s*{_YEAR}[a-z]?\s*\)|\.?\s*{_ROLE}
          |\.\s+(?:[\[(]{_YEAR}[\])]\s+)?(?P<bare>{_YEAR})[a-z]?)""",
    re.VERBOSE,
)

Reader = Callable[..., NoteCitation | None]


def opens_group(text: str, start: int) -> bool:
    """Nothing of the same work stands before `start`: the note's opening, or a ";"."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] == ";"


def dated_names_alone(text: str, segment: Span) -> bool:
    """The segment (its full stop last) is a writer's names and a year, or a role, alone,
    opening the note or a ";" group: the work's title follows in the next sentence."""
    if not opens_group(text, segment.start):
        return False
    if surname_first_dated_alone(text, segment.start, segment.end - 1):
        return True  # "Καραμπέτσος Ν. (2000)." (Greek author-date, the surname first)
    inverted = _INVERTED_ALONE.fullmatch(text, segment.start, segment.end - 1)
    if inverted is not None:
        # a bare year after an inverted name, only before an imprint: "Durham, North
        # Carolina. 2012." is a place and a year
        return inverted.group("bare") is None or imprint_later(text, segment.end)
    # given names first must show a person: "Buenos Aires (2001)." is a place, and the
    # title after it is read alone
    given = _GIVEN_ALONE.fullmatch(text, segment.start, segment.end - 1)
    # "Jason K. Hale. 2011." before "*Writing Harbours*. Leeds: …" too
    return given is not None and _person_shown(given.group("names"))


def dated_work(
    s: str, k: int, offset: int, end: int, note: int, read_at: Reader
) -> NoteCitation | None:
    """The work whose names are followed by its year or a role's bracket, read as if a comma
    stood there, with that year when its details give none; None when no such shape opens
    the segment at `k` or the reading has no writer or title."""
    found, mark = _GIVEN_FIRST.match(s, k), ","
    if found is not None and found.group("bare") and not _person_shown(found.group("names")):
        found = None  # "New York, 1999.": two plain words before a bare year may be a place
    stopped = found is not None and bool(found.group("stopped"))
    if stopped and not _person_shown(found.group("names")):
        found = None  # "Salt Roads. 1999. Documentary film.": two plain words, no person shown
    if found is not None and s[found.end() :].lstrip()[:1] == "«" and not _greek_person(found):
        found = None  # "Αγία Παρασκευή (1990), «…»": a place; a Greek title wants a person
    if found is None:
        found, mark = _INVERTED_ROLE.match(s, k), "."  # "Bebel, August." keeps its stop
    entry_shape = found is None
    if found is None:
        found = _INVERTED_YEAR.match(s, k)  # "Pike, Joan. 1999. *Salt Roads*. Leeds: Dale."
    # an inverted name's given names may be a month's ("Bebel, August"): its surname counts
    if found is None or not plausible_names(found.group("names").split(",")[0]):
        return None
    between = found.group("between")
    if entry_shape:
        # "Pike, Joan. [1951] 1999. Harbours, the Quiet State. Leeds: Dale.": a web copy's
        # plain title runs to the imprint's sentence, commas and all
        entry = entry_title_reading(
            s, k, found.group("names"), found.end(), found.group("bare"), offset, note
        )
        if entry is not None:
            return entry
    stand_in = s[: found.start("between")] + mark + " " * (len(between) - 1) + s[found.end() :]
    read = read_at(stand_in, k, offset, end, note)
    if read is None or not read.authors or not read.title:
        return None
    groups = found.groupdict()
    year = groups.get("year") or groups.get("bare") or groups.get("stopped") or ""
    detailed = read.container or read.url or read.place or read.publisher
    # a bracketed year whose imprint stands in a later sentence: the names must show a
    # person ("Ν. Καραμπέτσος (2000). Ο … Αθήνα: Κριτική."), not "Άγιος Δημήτριος (2000)"
    names = found.group("names")
    shown = _person_shown(names) or bool(surname_before_given(names))
    if not shown and _given_greek(names) and _title_shape(read):
        shown = True  # "Ευστάθιος Βαρδάκας (1990), *Η πόλη*, Αθήνα: Πέλαγος"
    bracketed = bool(found.groupdict().get("year")) and not read.year and shown
    if not detailed and ((mark == "." and found.groupdict().get("bare")) or bracketed):
        # "Pike, Joan. 1999. *Salt Roads*. Leeds: Dale.", "Ν. Καραμπέτσος (2000). Ο ιστορικός
        # χαρακτήρας. Αθήνα: Κριτική.": the imprint in its own sentence, its year the names'
        detailed = imprint_later(s, found.end())
    if not (detailed or (read.year and not year) or stopped):
        return None  # "New York (1999). *Salt Roads*, 41.": only a page; no writer shown
    unsure = [p for p in read.unsure.split("; ") if p and not (year and p in _UNDATED)]
    unsure.append("year after the names" if year else "a role between the names and the title")
    return replace(
        read,
        text=s[read.span.start - offset : read.span.end - offset],
        year=read.year or year,
        unsure="; ".join(unsure),
    )


# What the reader says of a work with no year, not so once the names give one.
_UNDATED = ("no year", "no publication details")

# An initial among names: "J.", "V. I.", "W.E.B.", Greek "Ν.", "Γκ.".
# matches "J." in "Joan J. Pike", "Ν." in "Ν. Καραμπέτσος"; not "Joan Pike", "New York",
# "Νέα Υόρκη"
_INITIAL = lazy_compile(rf"\b(?:[A-Z]|[{GREEK_CAPITALS}][βγδζθκλμνξπρστφχψ]?)\.")


def _title_shape(read: NoteCitation) -> bool:
    """The reading's title is a title, not an imprint a web copy left plain ("Θεσσαλονίκη:
    Ροή", "Αθήνα, Πέλαγος"): marked, or plain with no colon or comma in it."""
    return read.title_style != "plain" or not any(mark in read.title for mark in ":,")


def _given_greek(names: str) -> bool:
    """A Greek given name opens the two names ("Ευστάθιος Βαρδάκας (1990), *…*", Greek
    author-date with the given name first): a person, as an initial would show; no place of
    two words opens with one ("Άγιος Δημήτριος" opens with a saint's title)."""
    words = names.split()
    return len(words) == 2 and greek_given_name(words[0]) and words[1][:1].isupper()


def _greek_person(found: re.Match[str]) -> bool:
    """The names before a Greek title in guillemets show a person: an initial, a Greek
    given name first or last ("Βαρδάκας Ευστάθιος")."""
    names = found.group("names")
    return _person_shown(names) or _given_greek(names) or bool(surname_before_given(names))


def _person_shown(names: str) -> bool:
    """The names are a person's, not a place's: an initial, three words or more (no place
    of two words has a middle name: "Vladimir Ilyich Lenin"), or two persons."""
    persons = [p.split() for p in PERSON_SPLIT.split(names) if p.strip()]
    return bool(_INITIAL.search(names)) or len(persons) > 1 or any(len(p) > 2 for p in persons)
