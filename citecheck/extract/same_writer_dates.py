"""Author-date citations whose writer is "the same" as the citation's before: German "ders.
2015: 4", "dies. (2011, S. 9)", "derselbe 2015", Latin "idem 1990: 45".

German notes write "ders." (derselbe) or "dies." (dieselbe) for the writer just cited, in
the same note ("Honneth 2011: 3; ders. 2015: 4") or at the start of the next. The writer is
that of the nearest citation before it, read by either reader (`Writer`), when it stands in
the same note or the one before: further back, "ders." names no one we can be sure of.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from citecheck.extract.citation_patterns import LOCATOR, YEAR
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, Citation, Paragraph, Span
from citecheck.spans import SpanSet

# Where a writer was read (its citation's start) and who it is.
Writer = tuple[int, tuple[Author, ...]]

# "ders." or its kin, then a year, bracketed or not, and perhaps a page.
# matches "ders. 2015: 4", "Ders. 2015, S. 12", "dies. (2011, S. 9)", "derselbe 2015",
# "idem 1990: 45"; not "ders.: Kritik der Macht" (a work's writer before its title, the
# note reader's), "Anders 2015" (a surname), "dies 2015" (no full stop: the word "this")
SAME_WRITER_DATE = lazy_compile(
    rf"""(?<![\w.])(?P<same>[Dd](?:ers|ies)\.|[Dd]erselbe|[Dd]ieselbe|[Ii]dem)
        (?P<namesep>\s*+\(\s*+|\s++)
        {YEAR}
        (?:(?P<locsep>\s*+[,:]\s*+){LOCATOR})?""",
    re.VERBOSE,
)

# A year as the pattern needs it: a note without one holds no such citation.
# matches "2015"; not "S. 12"
_YEAR = lazy_compile(r"(?:1[5-9]|20)\d\d")


def same_writer_citations(
    text: str,
    paragraphs: Sequence[Paragraph],
    note_starts: Sequence[int],
    writers: Sequence[Writer],
    taken: SpanSet,
) -> Iterable[Citation]:
    """The "ders. Year" citations of the note paragraphs, each with the writer of the
    citation before it (`writers`, sorted by position) in its note or the note before.
    `taken` holds the spans already read (by either reader): none is read again."""
    positions = [position for position, _ in writers]
    for paragraph in paragraphs:
        span = paragraph.span
        if not _YEAR.search(text, span.start, span.end):
            continue
        for match in SAME_WRITER_DATE.finditer(text, span.start, span.end):
            at = Span(match.start(), _end(match))
            if taken.overlaps(at):
                continue
            k = bisect_right(positions, at.start) - 1
            if k < 0 or not _near(note_starts, positions[k], at.start):
                continue
            yield _citation(text, match, at, writers[k][1])


def _near(note_starts: Sequence[int], writer: int, here: int) -> bool:
    """The writer's citation stands in the same note as `here` or in the note before (or,
    for the first note, before the notes)."""
    note = bisect_right(note_starts, here) - 1
    return note - 1 <= bisect_right(note_starts, writer) - 1 <= note


def _end(match: re.Match[str]) -> int:
    if match.group("locator"):
        end = match.end("locator")
    else:
        end = match.end("suffix") if match.group("suffix") else match.end("year")
    if "(" in match.group("namesep"):
        close = match.string.find(")", end, end + 3)
        end = close + 1 if close >= 0 else end
    return end


def _citation(text: str, match: re.Match[str], at: Span, authors: tuple[Author, ...]) -> Citation:
    locator = match.group("locator") or ""
    separator = match.group("locsep") or ""
    locator_separator = ": " if ":" in separator else ", " if "," in separator else ""
    if locator[:1].isdigit() and locator_separator != ": ":
        locator, locator_separator = "", ""  # a bare number after a comma may be anything
    narrative = "(" in match.group("namesep")
    shape = "A" + (" (" if narrative else " ") + "Y"
    if locator:
        shape += locator_separator + re.sub(r"\d+", "#", locator)
    return Citation(
        text=text[at.start : at.end],
        span=at,
        authors=authors,
        year=match.group("year"),
        suffix=match.group("suffix") or "",
        locator=locator,
        pattern=shape + (")" if narrative else ""),
        note=None,
        form="narrative" if narrative else "bare",
        name_separator="(" if narrative else " ",
        locator_separator=locator_separator,
    )
