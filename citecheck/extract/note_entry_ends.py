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

from citecheck.extract.note_patterns import GIVEN_PERSON, NAME_SENTENCE
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Span

# A year of publication.
# matches "1999", "2001"; not "12", "19990"
_YEAR = lazy_compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")

# A join that opens another work, at a sentence's start or after a comma (the brief list of
# English, German and Greek practice: "see also", "cf.", "vgl.", "sowie", "βλ.", "και").
# matches "See also ", "and ", "and also ", "Cf. ", "Vgl. auch ", "sowie ", "βλ. επίσης ",
# "και "; not "Translated by ", "In: ", "Reprinted in "
_JOIN = r"""(?i:(?:and(?:\s+also)?|also|(?:see|siehe)(?:\s+also|\s+auch)?|cf\.|compare
              |vgl\.(?:\s+auch)?|sowie|und|βλ\.(?:\s+(?:επίσης|και))?|πρβλ\.|και)\s++)"""

# Inside a segment: a comma and a join before inverted names that end the segment (", and
# Rudd, Tom."), the next entry's names after the first's year.
# matches ", and Rudd, Tom", ", see also Rudd, Tom"; not ", Rudd, Tom" (no join: a list of
# editors or translators), " and Rudd, Tom" (no comma)
_JOINED_INVERTED = lazy_compile(rf",\s++{_JOIN}(?P<names>{NAME_SENTENCE.pattern})$", re.X)

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


def next_entry(text: str, pending: Span, segment: Span) -> tuple[int, int] | None:
    """Where the bibliography-style reading `pending` ends and the next work's entry starts
    (its names), when `segment`, the sentence after it, opens that entry; else None."""
    names = NAME_SENTENCE.match(text, pending.start, pending.end)
    after_names = names.end() if names is not None else pending.start
    last = segment.end - 1 if text[segment.end - 1] == "." else segment.end
    if _YEAR.search(text, after_names, pending.end) is not None:
        if (start := _entry_start(text, segment.start, last)) is not None:
            return pending.end, start
    joined = _JOINED_INVERTED.search(text, segment.start, last)
    if joined is not None and _YEAR.search(text, after_names, joined.start()) is not None:
        return joined.start(), joined.start("names")
    return None


def _entry_start(text: str, start: int, last: int) -> int | None:
    """Where the next entry's names start in a sentence that opens with them, or None."""
    join = _JOIN_START.match(text, start, last)
    at = join.end() if join is not None else start
    inverted = NAME_SENTENCE.fullmatch(text, at, last)
    if inverted is not None:
        return at
    writer = _WRITER_AND_TITLE.match(text, at, last)
    return at if writer is not None else None
