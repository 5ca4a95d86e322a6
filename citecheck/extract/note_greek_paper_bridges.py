"""A newspaper named after a Greek verb and "in" ("έγραψε στην *Καθημερινή*, 12 Μαΐου 1936":
wrote in Kathimerini of 12 May 1936): the paper is where the writer's piece stood, its
container, not the piece's title.

Greek prose names a book the writer argues "in" the same way ("υποστηρίζει στο *Κεφάλαιο*"),
so the verb alone does not tell a paper from a book. The date does: a paper is cited by its
day (Greek practice: "εφ. *Η Αυγή*, 14/3/1999"; "*Καθημερινή* της 4ης Οκτωβρίου 2015"), a
book by its year. A name in emphasis right after "στην"/"στο" and followed by a day's date is the
paper; the reading of it as the work's title is dropped (the piece has no title in the note).
"""

from __future__ import annotations

import re

from citecheck.extract.note_greek import GREEK_MONTHS
from citecheck.lazy_regex import lazy_compile

# The Greek "in" right before the name: "στην", "στο" (not after a kind of work: "στο
# βιβλίο του *…*" names a book).
# matches "στην " at the end of "έγραψε στην "; not "στο βιβλίο του ", "in "
_IN_BEFORE = lazy_compile(r"(?<![^\s(])(?:στο|στον|στη|στην)\s++\Z")

# A name in emphasis (a paper's, as a web copy never keeps it).
# matches "*Καθημερινή*", "_Η Αυγή_"; not "«Το τέλος»" (an article's title, quoted)
_MARKED_NAME = lazy_compile(r"\*[^*\n]{1,80}\*|_[^_\n]{1,80}_")

# A day's date right after a marked name: a day and a month (perhaps "της 4ης"), or a
# numeric date, after a comma, "της" or a bracket.
# matches ", 12 Μαΐου 1936", " της 12ης Μαΐου 1936", ", 12/5/1936", " (12.5.1936)"; not ",
# 1936" (a year alone: a book's), ", Μάιος 1936" (a month: a journal's issue), ", σ. 12"
_DAY_DATE_NEXT = lazy_compile(
    rf"""\s*+(?:,\s*+|\(\s*+|της\s++)
        (?:\d{{1,2}}(?:ης|η)?\s++(?i:{GREEK_MONTHS})\s++|\d{{1,2}}[/.]\d{{1,2}}[/.])
        (?:1[5-9]\d\d|20\d\d)(?!\d)""",
    re.VERBOSE,
)


def paper_at(s: str, at: int) -> bool:
    """A name in emphasis at `at` (right after "στην"/"στο") that a day's date follows: a
    paper, not the title of the writer's work."""
    if _IN_BEFORE.search(s, max(0, at - 8), at) is None:
        return False
    found = _MARKED_NAME.match(s, at)
    return found is not None and _DAY_DATE_NEXT.match(s, found.end()) is not None
