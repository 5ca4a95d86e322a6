"""Paragraph splitting and section headings shared by the text-like readers."""

from __future__ import annotations

import re
import unicodedata

from citecheck.model import Span

# A blank line: only whitespace between two newlines.
# matches "\n\n", "\n  \t\n"; not "\n text\n"
BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")


def _folded(title: str) -> str:
    """Case-folded, without accents: "ΣΗΜΕΙΩΣΕΙΣ" and "Σημειώσεις" (capitals drop the
    tonos; casefold makes the final sigma a plain one), "Fußnoten" and "FUSSNOTEN"."""
    decomposed = unicodedata.normalize("NFD", title.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


NOTES_HEADINGS = frozenset(
    _folded(title)
    for title in {
        "notes",
        "endnotes",
        "end notes",
        "footnotes",
        "notes and references",
        "references and notes",
        "notes and sources",
        # German, Greek, French, Spanish and Portuguese manuscripts ("note" alone is left
        # out: in English it heads a single remark, not a list of notes)
        "anmerkungen",
        "fußnoten",
        "endnoten",
        "σημειώσεις",
        "notes et références",
        "notas",
    }
)
INDEX_HEADINGS = frozenset({"index", "general index", "index of names", "subject index"})
REFERENCE_HEADINGS = frozenset(
    _folded(title)
    for title in {
        "references",
        "bibliography",
        "works cited",
        "reference list",
        "literature cited",
        "sources",
        "literature",
        "select bibliography",
        "further reading",
        # German, Greek, French, Spanish, Italian and Portuguese manuscripts
        "literatur",
        "literaturverzeichnis",
        "bibliographie",
        "quellen",
        "quellenverzeichnis",
        "zitierte literatur",
        "verwendete literatur",
        "βιβλιογραφία",
        "αναφορές",
        "βιβλιογραφικές αναφορές",
        "références bibliographiques",
        "bibliografia",
        "referencias",
        "referencias bibliográficas",
        "obras citadas",
        "riferimenti bibliografici",
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
    """The title of a one-line heading-like paragraph, case-folded and without accents
    (`_folded`), else None."""
    if "\n" in paragraph or len(paragraph) > 60:
        return None
    match = _HEADING_TEXT.match(paragraph)
    return _folded(match.group("title").strip()) if match else None


def is_notes_heading(paragraph: str) -> bool:
    return heading_title(paragraph) in NOTES_HEADINGS


def is_references_heading(paragraph: str) -> bool:
    return heading_title(paragraph) in REFERENCE_HEADINGS


def is_references_title(title: str) -> bool:
    """A section title (LaTeX's \\section{...}) that opens a reference list."""
    return _folded(title.strip()) in REFERENCE_HEADINGS


def is_index_heading(paragraph: str) -> bool:
    return heading_title(paragraph) in INDEX_HEADINGS
