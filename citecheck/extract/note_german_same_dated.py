""" "Ders." / "Dies." in an author-date list: the same writer as the work before, then the
year in brackets (or an editor's mark) before the colon, as German author-date notes write
a second work by one writer ("ders. (2011): Das Recht der Freiheit. Berlin.", "dies.
(Hrsg.) (2012): …", "ders. [1951] (2001): …", "ders. (1951/2001): …").

The year stands where the plain "Ders.:" has nothing, so the reader is given the work as
after "Dersx," (a writer's name of the same length, a comma, the brackets blanked: every
offset stays), and the year is put back afterwards: with it the work is a full form, as an
author-date entry is (its imprint may give only a place, or nothing)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from citecheck.lazy_regex import lazy_compile

# "Ders."/"Dies." then an editor's mark, an original's year in square brackets or before a
# slash, the year cited in round brackets, then the colon. Space runs are possessive, and
# each bracket is bounded.
# matches "ders. (2011):", "Dies. (Hrsg.) (2012):", "ders. [1951] (2001):", "ders.
# (1951/2001):", "dies. (2015a):", "Ders. (Hg.):"; not "Ders.:" (no bracket: the plain
# form), "ders. (2011), S. 4" (no colon: an author-date short form), "dies. (Berlin):",
# "Dieser (2011):"
_DATED_SAME_WRITER = lazy_compile(
    r"""(?i:ders|dies|dens)\.
        (?P<between>
           (?=\s*+[(\[])
           (?:\s*+\((?:Hg|Hgg|Hrsg)\.\))?
           (?:\s*+\[\s*(?:1[5-9]\d\d|20\d\d)\s*\])?
           (?:\s*+\(\s*(?:(?:1[5-9]\d\d|20\d\d)\s*/\s*)?(?P<year>1[5-9]\d\d|20\d\d)[a-z]?\s*\))?
           \s*+:)
        (?=\s)""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class DatedSameWriter:
    """The segment with the writer written as a name and a comma, and the year cited."""

    stand_in: str
    year: str


def dated_same_writer(s: str, k: int) -> DatedSameWriter | None:
    """`s` with the "Ders. (2011):" at `k` written "Dersx,       " (same length), and the
    year; None when no dated or edited "Ders."/"Dies." opens the work there."""
    found = _DATED_SAME_WRITER.match(s, k)
    if found is None or found.group("between").strip() == ":":
        return None
    name = s[k].upper() + s[k + 1 : k + 4] + "x"
    blank = "," + " " * (len(found.group("between")) - 1)
    stand_in = s[:k] + name + blank + s[found.end() :]
    return DatedSameWriter(stand_in, found.group("year") or "")
