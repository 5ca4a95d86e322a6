"""Sections that are not prose: a table of contents, a table of values, an index column.

Their numbers are page numbers and values, never note markers or notes: "Banjo, 20, 34",
"IV. THE MUSIC OF GREECE    69", "[1]  = Whole-note   (Semibreve)". Each is recognised by
its shape, line by line, so that it is a section of its own whatever it is called. One
pass over the paragraphs, each line looked at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from citecheck.lazy_regex import lazy_compile
from citecheck.model import Section, Span
from citecheck.readers.paragraphs import heading_title

CONTENTS_HEADINGS = frozenset({"contents", "table of contents", "list of contents"})

# The page number that ends a contents line (the line's last word, dot leaders stripped).
# matches "69" of "IV. THE MUSIC OF GREECE   69", "xi" of "Preface  xi"; not "1917."
PAGE_NUMBER = re.compile(r"\d{1,4}|[ivxlc]{1,6}")

# Columns: two or more spaces between two characters, the first not ending a sentence or
# a clause (old typescripts put two spaces after a full stop).
# matches "[1]  = Whole-note", "Oboe     12"; not "ended.  Then", "pause;  c"
COLUMN_GAP = re.compile(r"[^\s.,;:!?][ \t]{2,}\S")

# An index entry: a term, a comma, then page numbers (bare or in brackets, ranges allowed).
# matches "Banjo, [20]", "  Bach, J.S., 136, 185, 186,", "Aeschylus, 70, 76."; not
# "In 1917, 20 people died." (a number inside the term), "Cliff, 1974, p119."
INDEX_ENTRY = lazy_compile(
    r"""[ \t]*[^\d\s,][^\d\n]{0,60},[ \t]*
        \[?\d{1,4}\]?(?:[ \t]*[,–-][ \t]*\[?\d{1,4}\]?)*[.,]?[ \t]*$""",
    re.VERBOSE,
)

# A digit. matches "7"; not "x"
DIGIT = re.compile(r"\d")

# A table or index paragraph has at least this many lines, and this share of them fit.
MIN_LINES = 2
MIN_INDEX_LINES = 3
SHARE = 2 / 3
# Paragraphs after a "Contents" heading looked at for its lines.
CONTENTS_REACH = 4


def mark_apart(text: str, spans: list[Span], sections: list[Section]) -> None:
    """Set every contents, table and index paragraph among the body ones to HEADING."""
    i = 0
    while i < len(spans):
        if sections[i] is not Section.BODY:
            i += 1
            continue
        paragraph = spans[i].slice(text)
        if heading_title(paragraph) in CONTENTS_HEADINGS:
            last = _contents_end(text, spans, i)
            for k in range(i, last + 1):
                sections[k] = Section.HEADING
            i = last + 1
            continue
        lines = [line for line in paragraph.split("\n") if line.strip()]
        if _is_table(lines) or _is_index(lines):
            sections[i] = Section.HEADING
        i += 1


def _contents_end(text: str, spans: list[Span], heading: int) -> int:
    """The last paragraph of the contents that follow the heading at `heading`."""
    last = heading
    for k in range(heading + 1, min(len(spans), heading + 1 + CONTENTS_REACH)):
        lines = [line for line in spans[k].slice(text).split("\n") if line.strip()]
        fitting = sum(1 for line in lines if _ends_in_page(line))
        if fitting >= SHARE * len(lines):
            last = k
        elif len(lines) > 1 or len(lines[0]) > 70:
            break  # prose: the contents are over
    return last


def _ends_in_page(line: str) -> bool:
    words = line.rsplit(None, 1)
    return len(words) == 2 and PAGE_NUMBER.fullmatch(words[1].lstrip(".")) is not None


def _is_table(lines: list[str]) -> bool:
    if len(lines) < MIN_LINES or not any(DIGIT.search(line) for line in lines):
        return False
    return _most(lines, lambda line: COLUMN_GAP.search(line.strip()) is not None)


def _is_index(lines: list[str]) -> bool:
    return len(lines) >= MIN_INDEX_LINES and _most(
        lines, lambda line: INDEX_ENTRY.match(line) is not None
    )


def _most(lines: list[str], fits: Callable[[str], bool]) -> bool:
    """Whether SHARE of the lines fit; stops as soon as too many do not (a notes list of
    100,000 lines is told from a table by its first few)."""
    allowed = len(lines) - SHARE * len(lines)
    misses = 0
    for line in lines:
        if not fits(line):
            misses += 1
            if misses > allowed:
                return False
    return True
