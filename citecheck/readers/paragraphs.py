"""Paragraph splitting and section headings shared by the text-like readers."""

from __future__ import annotations

import re

from citecheck.model import Span

# A blank line: only whitespace between two newlines.
# matches "\n\n", "\n  \t\n"; not "\n text\n"
BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")

NOTES_HEADINGS = frozenset(
    {
        "notes",
        "endnotes",
        "end notes",
        "footnotes",
        "notes and references",
        "references and notes",
        "notes and sources",
    }
)
INDEX_HEADINGS = frozenset({"index", "general index", "index of names", "subject index"})
REFERENCE_HEADINGS = frozenset(
    {
        "references",
        "bibliography",
        "works cited",
        "reference list",
        "literature cited",
        "sources",
        "literature",
        "select bibliography",
        "further reading",
    }
)

# Heading decoration to strip before comparing: Markdown hashes, numbering, a colon.
# matches "## References", "7. Bibliography:", "REFERENCES"; the text is then compared
_HEADING_TEXT = re.compile(r"^\s*(?:#{1,6}\s*)?(?:[\dIVX]+\.?\s+)?(?P<title>.*?)\s*:?\s*#*\s*$")


def split_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Spans of the blank-line separated paragraphs of text[start:end], trimmed."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    cursor = start
    for match in BLANK_LINE.finditer(text, start, end):
        _append_trimmed(text, cursor, match.start(), spans)
        cursor = match.end() - 1
    _append_trimmed(text, cursor, end, spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    span = Span(start, end).strip(text)
    if span.end > span.start:
        spans.append(span)


def heading_title(paragraph: str) -> str | None:
    """The lower-cased title of a one-line heading-like paragraph, else None."""
    if "\n" in paragraph or len(paragraph) > 60:
        return None
    match = _HEADING_TEXT.match(paragraph)
    return match.group("title").strip().lower() if match else None


def is_notes_heading(paragraph: str) -> bool:
    return heading_title(paragraph) in NOTES_HEADINGS


def is_references_heading(paragraph: str) -> bool:
    return heading_title(paragraph) in REFERENCE_HEADINGS


def is_index_heading(paragraph: str) -> bool:
    return heading_title(paragraph) in INDEX_HEADINGS
