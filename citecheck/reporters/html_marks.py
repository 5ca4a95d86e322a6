"""The manuscript as view data: blocks (paragraphs, notes) split into plain and marked text.

Every footnote marker, citation and compared figure becomes a mark; a finding whose span
matches none of them gets a mark of its own, or attaches to its whole block (a note that
stops mid-sentence). Marks never overlap and never cut a block, so the template only ever
writes flat runs of text: no per-character elements, whatever the manuscript's size.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from citecheck.model import Finding, Manuscript, Section, Severity, Span

# Status of a mark or block: matched (the note or entry was found), a problem (a finding
# points at it) or not checked (nothing to compare it with).
OK, PROBLEM, UNCHECKED = "ok", "problem", "unchecked"


@dataclass
class Mark:
    """One marked run of text. Mutable while the view is built, then only read."""

    span: Span
    kind: str  # marker, citation, figure or finding
    label: str  # what the tooltip's first line says: "note 3", "Cliff, 1974"
    id: str = ""
    status: str = UNCHECKED
    href: str = ""  # where following the mark leads: its note, its entry, its finding
    preview: str = ""  # id of the element whose text the tooltip shows
    findings: list[str] = field(default_factory=list)  # finding ids, in report order
    severity: Severity | None = None
    codes: list[str] = field(default_factory=list)

    def attach(self, finding_id: str, finding: Finding) -> None:
        if finding_id not in self.findings:
            self.findings.append(finding_id)
        if finding.code not in self.codes:
            self.codes.append(finding.code)
        if self.severity is None or finding.severity > self.severity:
            self.severity = finding.severity
        self.status = PROBLEM


@dataclass(frozen=True)
class Segment:
    text: str
    mark: Mark | None = None


@dataclass
class Block:
    """A paragraph of the body, a heading, a reference-list entry or one note."""

    span: Span
    kind: str  # body, heading, note, references
    id: str
    number: int | None = None  # the note's number
    label: str = ""  # where it stands, for links to it: "note 7", "¶12"
    segments: tuple[Segment, ...] = ()
    head: Mark | None = None  # findings about the block as a whole


def quotation_marks(manuscript: Manuscript) -> list[Mark]:
    """A mark on each quotation mark: matched pairs are ok, an unclosed opening mark and a
    closing mark nothing opened are problems even when no quotation rule ran."""
    text = manuscript.text
    marks = []
    for quotation in manuscript.quotations:
        words = " ".join(quotation.inner.slice(text).split())
        excerpt = words if len(words) <= 50 else words[:50].rstrip() + "…"
        if quotation.opening is None:
            label = "closing mark with no opening mark"
        elif quotation.closing is None and not quotation.continued:
            label = f"never closed: {excerpt}"
        else:
            label = f"{excerpt}"
        status = OK if quotation.closed else PROBLEM
        for span in (quotation.opening, quotation.closing):
            if span is not None:
                marks.append(Mark(span, "quote", label, status=status))
    return marks


def build_blocks(manuscript: Manuscript) -> list[Block]:
    """Blocks in document order: paragraphs, with a notes paragraph cut into its notes."""
    notes = sorted(manuscript.notes, key=lambda note: note.span.start)
    starts = [note.span.start for note in notes]
    blocks: list[Block] = []
    seen_numbers: dict[int, int] = {}
    for i, paragraph in enumerate(manuscript.source.paragraphs):
        span = paragraph.span
        inside = notes[bisect_left(starts, span.start) : bisect_left(starts, span.end)]
        if not inside:
            blocks.append(Block(span, _KINDS[paragraph.section], f"p-{i + 1}", label=f"¶{i + 1}"))
            continue
        cursor = span.start
        for note in inside:
            if manuscript.text[cursor : note.span.start].strip():
                blocks.append(
                    Block(Span(cursor, note.span.start), "body", f"p-{i + 1}", label=f"¶{i + 1}")
                )
            seen_numbers[note.number] = seen_numbers.get(note.number, 0) + 1
            repeat = seen_numbers[note.number]
            block_id = f"note-{note.number}" + (f"-{repeat}" if repeat > 1 else "")
            blocks.append(Block(note.span, "note", block_id, note.number, f"note {note.number}"))
            cursor = note.span.end
        if manuscript.text[cursor : span.end].strip():
            blocks.append(
                Block(Span(cursor, span.end), "body", f"p-{i + 1}-end", label=f"¶{i + 1}")
            )
    return blocks


_KINDS = {
    Section.BODY: "body",
    Section.HEADING: "heading",
    Section.NOTES: "body",
    Section.REFERENCES: "references",
}


def without_overlaps(marks: Iterable[Mark]) -> list[Mark]:
    """Marks sorted by position; of two that overlap, the earlier (then longer) stays."""
    kept: list[Mark] = []
    end = -1
    for mark in sorted(marks, key=lambda m: (m.span.start, -m.span.end)):
        if mark.span.start >= end and mark.span.end > mark.span.start:
            kept.append(mark)
            end = mark.span.end
    return kept


class MarkIndex:
    """Finds the mark or block at an offset (both lists sorted, neither overlapping)."""

    def __init__(self, marks: list[Mark], blocks: Sequence[Block]) -> None:
        self.marks = marks
        self.blocks = blocks
        self._mark_starts = [m.span.start for m in marks]
        self._block_starts = [b.span.start for b in blocks]

    def mark_covering(self, span: Span) -> Mark | None:
        i = bisect_right(self._mark_starts, span.start) - 1
        if i >= 0:
            mark = self.marks[i]
            if mark.span.start <= span.start and span.end <= max(mark.span.end, span.start + 1):
                return mark
        return None

    def marks_within(self, span: Span) -> list[Mark]:
        lo = bisect_left(self._mark_starts, span.start)
        hi = bisect_left(self._mark_starts, span.end)
        return [m for m in self.marks[lo:hi] if m.span.end <= span.end]

    def overlaps(self, span: Span) -> bool:
        i = bisect_left(self._mark_starts, span.end) - 1
        return i >= 0 and self.marks[i].span.end > span.start

    def block_at(self, offset: int) -> Block | None:
        i = bisect_right(self._block_starts, offset) - 1
        if i >= 0 and self.blocks[i].span.contains(offset):
            return self.blocks[i]
        return None

    def insert(self, mark: Mark) -> None:
        i = bisect_left(self._mark_starts, mark.span.start)
        self.marks.insert(i, mark)
        self._mark_starts.insert(i, mark.span.start)


def fill_segments(text: str, blocks: Sequence[Block], index: MarkIndex) -> None:
    """Cut each block's text into runs of plain text and marks."""
    for block in blocks:
        segments: list[Segment] = []
        cursor = block.span.start
        for mark in index.marks_within(block.span):
            if mark.span.start > cursor:
                segments.append(Segment(text[cursor : mark.span.start]))
            segments.append(Segment(mark.span.slice(text), mark))
            cursor = mark.span.end
        if cursor < block.span.end:
            segments.append(Segment(text[cursor : block.span.end]))
        block.segments = tuple(segments)
