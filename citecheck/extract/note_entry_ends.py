"""Where a bibliography-style reading ends: before the entry of the next work.

A note written as a bibliography's entries ("Vell, Ann. *Harbour Roads*. London: Dale,
1999.") is read on from its names to the next ";" (`note_citations.read_note`). Such an
entry ends with its imprint (Chicago 17th 14.6 and 14.68: "Surname, Given. Title. Place:
Publisher, Year."; DIN 1505-2 and ISO 690 alike): once the year is given, a sentence that
opens with another writer's names inverted ("Rudd, Tom."), or with a writer and a marked
title ("Tom Rudd, *Salt and Iron*"), directly or after a join ("See also", "and", "Cf.",
"Vgl.", "sowie", "βλ.", "και"), is the next work's entry, not the first's title, translator
or reprint. A translator, editor, reprint or container ("Translated by Tom Rudd.",
"Reprinted in Rudd, Tom, ed. …", "In: Maas, Karl (Hg.): …") opens with its own word, never
with a writer's names, so it stays in the first entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citecheck.extract.note_patterns import GIVEN_PERSON, NAME_SENTENCE, YEAR
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Span

# A join that opens another work, at a sentence's start or after a comma (the brief list of
# English, German and Greek practice: "see also", "cf.", "vgl.", "sowie", "βλ.", "και").
# matches "See also ", "and ", "and also ", "Cf. ", "Vgl. auch ", "sowie ", "βλ. επίσης ",
# "και "; not "Translated by ", "In: ", "Reprinted in "
_JOIN = r"""(?i:(?:and(?:\s+also)?|also|(?:see|siehe)(?:\s+also|\s+auch)?|cf\.|compare
              |vgl\.(?:\s+auch)?|sowie|und|βλ\.(?:\s+(?:επίσης|και))?|πρβλ\.|και)\s++)"""

# Inverted names, perhaps with the year an author-date list puts after them (Chicago 15.9:
# "Vell, Ann. 1999."; APA and DIN: "Vell, Ann (1999).").
# matches "Rudd, Tom", "Rudd, Tom (2001)", "Rudd, Tom. 2001", "Rudd, T. (2001a)"; not
# "Rudd, Tom, trans", "Leeds: Kettle"
_NAMES_DATED = rf"""(?P<names>{NAME_SENTENCE.pattern})
    (?:\s*+\((?:1[5-9]\d\d|20\d\d)[a-z]?\)|\.\s++(?:1[5-9]\d\d|20\d\d)[a-z]?)?"""

# Inside a segment: a comma and a join before inverted names that end the segment (", and
# Rudd, Tom."), the next entry's names after the first's year.
# matches ", and Rudd, Tom", ", see also Rudd, Tom (2001)"; not ", Rudd, Tom" (no join: a
# list of editors or translators), " and Rudd, Tom" (no comma)
_JOINED_INVERTED = lazy_compile(rf",\s++{_JOIN}{_NAMES_DATED}$", re.X)

# A whole sentence of inverted names, dated or not (its full stop is the caller's).
_INVERTED_ALONE = lazy_compile(_NAMES_DATED, re.X)

# How far after its names an entry's year may stand. The reading grows a sentence at a
# time and each is asked again: a bounded look keeps a long sentence-run linear (a note of
# "Kessel, Harbour Lights." and thousands of sentences with no year was quadratic).
_YEAR_REACH = 3_000

# A title's word: three letters.
_WORD = lazy_compile(r"[^\W\d_]{3}")

# A writer with given names, a comma and a title: marked, or (a web copy) plain with its
# bracketed imprint "(Place: Publisher, Year)" after it.
# matches "Tom Rudd, *Salt", "Cf. Tom Rudd, “Salt", "Tom Rudd, Salt and Iron (Leeds: Kettle,
# 2001)"; not "Translated by Tom Rudd, …", "New York: Dale" (no comma), "Tom Rudd, Leeds"
# (no mark, no imprint)
_WRITER_AND_TITLE = lazy_compile(
    rf"""(?:{_JOIN})?{GIVEN_PERSON},\s++
        (?:[*_“"]|[A-Z][^.;:()\[\]]{{0,150}}\([^():]{{1,60}}:\s[^()]{{1,80}}?(?:1[5-9]\d\d|20\d\d)\))""",
    re.X,
)

# A join alone at a sentence's start ("See also ", "Vgl. ").
_JOIN_START = lazy_compile(_JOIN, re.X)


@dataclass(frozen=True)
class EntryEnd:
    """Where a reading ends (`end`), where the next entry starts (`start`), and whether
    that entry's sentence holds its names alone (its title follows in the next one)."""

    end: int
    start: int
    names_alone: bool


def next_entry(text: str, pending: Span, segment: Span) -> EntryEnd | None:
    """Where the bibliography-style reading `pending` ends and the next work's entry starts
    (its names), when `segment`, the sentence after it, opens that entry; else None. The
    reading must hold a year after its writer's names and a title's words after them."""
    names = _INVERTED_ALONE.match(text, pending.start, pending.end)
    after_names = names.end("names") if names is not None else pending.start
    titled_from = names.end() if names is not None else pending.start
    last = segment.end - 1 if text[segment.end - 1] == "." else segment.end
    if _complete(text, after_names, titled_from, pending.end):
        if (start := _entry_start(text, segment.start, last)) is not None:
            alone = _INVERTED_ALONE.fullmatch(text, start, last) is not None
            return EntryEnd(pending.end, start, alone)
    joined = _JOINED_INVERTED.search(text, segment.start, last)
    if joined is not None and _complete(text, after_names, titled_from, joined.start()):
        return EntryEnd(joined.start(), joined.start("names"), names_alone=True)
    return None


def _complete(text: str, after_names: int, titled_from: int, end: int) -> bool:
    """An entry up to `end` gives a year after its names and a title's words."""
    has_year = YEAR.search(text, after_names, min(end, after_names + _YEAR_REACH)) is not None
    return has_year and _WORD.search(text, titled_from, end) is not None


def _entry_start(text: str, start: int, last: int) -> int | None:
    """Where the next entry's names start in a sentence that opens with them, or None."""
    join = _JOIN_START.match(text, start, last)
    at = join.end() if join is not None else start
    inverted = _INVERTED_ALONE.fullmatch(text, at, last)
    if inverted is not None:
        return at
    writer = _WRITER_AND_TITLE.match(text, at, last)
    return at if writer is not None else None
