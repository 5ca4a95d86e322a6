"""One FileResult as the data the HTML template shows; the template only lays it out.

Ids link everything both ways: a finding (`f-4`) points at its place, a mark (`m-12`) or
a block (`note-30`), and that place points back at its first finding.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from citecheck.engine import FileResult
from citecheck.model import Finding, Manuscript, Span, place_label
from citecheck.reporters.html_biblio import (
    Place,
    ReferenceView,
    UnmatchedView,
    all_references,
    match_citations,
    reference_views,
)
from citecheck.reporters.html_marks import (
    OK,
    Block,
    Mark,
    MarkIndex,
    build_blocks,
    fill_segments,
    quotation_marks,
    without_overlaps,
)
from citecheck.reporters.html_summary import NoteCell, Summary, note_cells, summary_of


@dataclass(frozen=True)
class RelatedView:
    message: str
    href: str
    where: str


@dataclass(frozen=True)
class FindingView:
    id: str
    code: str
    rule: str
    severity: str
    message: str
    suggestion: str
    where: str  # "line 11, column 589", or "refs.bib:12" for another file
    href: str  # "#m-4", "#note-30", "" when the place is not in this page
    related: tuple[RelatedView, ...]


@dataclass(frozen=True)
class ReportView:
    title: str
    path: str
    stats: Mapping[str, int]
    summary: Summary
    blocks: tuple[Block, ...]
    findings: tuple[FindingView, ...]
    notes: tuple[NoteCell, ...]
    references: tuple[ReferenceView, ...]
    unmatched: tuple[UnmatchedView, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(rule.code for rule in self.summary.rules)


# A code as a CSS class name: "N101" stays, anything unexpected becomes "_".
_UNSAFE_CLASS = re.compile(r"[^A-Za-z0-9_-]")


def css_name(code: str) -> str:
    return _UNSAFE_CLASS.sub("_", code)


def build_view(file: FileResult) -> ReportView:
    manuscript = file.manuscript
    if manuscript is None:
        raise ValueError(f"{file.path}: the result carries no manuscript to show")
    references = all_references(manuscript)
    matches = match_citations(manuscript.citations, references)
    blocks = build_blocks(manuscript)
    candidates = _item_marks(manuscript, matches)
    kept = {id(m) for m in without_overlaps(candidates)}
    index = MarkIndex([m for m in sorted(candidates, key=_start) if id(m) in kept], blocks)
    targets = [_place(f"f-{i + 1}", f, index) for i, f in enumerate(file.findings)]
    related = [
        [_related_place(f"f-{i + 1}", f, r.span, index) if r.span else None for r in f.related]
        for i, f in enumerate(file.findings)
    ]
    for n, mark in enumerate(index.marks, start=1):
        mark.id = f"m-{n}"
        if mark.findings:
            mark.href = f"#{mark.findings[0]}"
    for block in blocks:
        if block.head is not None:
            block.head.id = f"{block.id}-finding"
            block.head.href = f"#{block.head.findings[0]}"
    fill_segments(manuscript.text, blocks, index)
    findings = tuple(
        _finding_view(f"f-{i + 1}", f, targets[i], related[i], file.path)
        for i, f in enumerate(file.findings)
    )
    citation_places = [
        _citation_place(candidates[i], index) if id(candidates[i]) in kept else None
        for i in range(len(manuscript.citations))
    ]
    rows, unmatched = reference_views(
        references, manuscript.citations, matches, citation_places, file.resolutions
    )
    notes = note_cells(manuscript, blocks, index)
    summary = summary_of(file, manuscript, rows, unmatched, notes)
    return ReportView(
        title=Path(file.path).name,
        path=file.path,
        stats=file.stats,
        summary=summary,
        blocks=tuple(blocks),
        findings=findings,
        notes=notes,
        references=rows,
        unmatched=unmatched,
    )


def _start(mark: Mark) -> int:
    return mark.span.start


def _citation_place(mark: Mark, index: MarkIndex) -> Place:
    block = index.block_at(mark.span.start)
    return Place(mark.id, block.label if block else mark.label)


def _item_marks(manuscript: Manuscript, matches: list[tuple[int | None, str]]) -> list[Mark]:
    """Candidate marks; citations come first so their index is the citation's index."""
    marks = []
    for citation, (match, _) in zip(manuscript.citations, matches, strict=True):
        mark = Mark(citation.span, "citation", citation.label)
        if match is not None:
            mark.status, mark.href, mark.preview = OK, f"#ref-{match + 1}", f"ref-{match + 1}"
        marks.append(mark)
    note_numbers = {note.number for note in manuscript.notes}
    for marker in manuscript.markers:
        mark = Mark(marker.span, "marker", f"note {marker.number}")
        if marker.number in note_numbers:
            target = f"note-{marker.number}"
            mark.status, mark.href, mark.preview = OK, f"#{target}", target
        else:
            mark.href = f"#cell-{marker.number}"
        marks.append(mark)
    for figure in manuscript.figures:
        if figure.comparable:
            marks.append(Mark(figure.span, "figure", figure.surface, status=OK))
    marks.extend(quotation_marks(manuscript))
    return marks


def _place(finding_id: str, finding: Finding, index: MarkIndex) -> Mark | Block | None:
    """The mark or block a finding points at, creating a mark for an unmarked span."""
    if finding.path is not None:
        return None  # about another file (a .bib entry): not on this page
    span = finding.span
    mark = index.mark_covering(span)
    if mark is not None:
        mark.attach(finding_id, finding)
        return mark
    block = index.block_at(span.start)
    if block is None:
        return None
    whole = span.start <= block.span.start and span.end >= block.span.end
    if whole or span.end > block.span.end or index.overlaps(span) or span.end <= span.start:
        if block.head is None:
            block.head = Mark(block.span, "block", block.id)
        block.head.attach(finding_id, finding)
        return block
    mark = Mark(span, "finding", f"{finding.code} {finding.rule}")
    mark.attach(finding_id, finding)
    index.insert(mark)
    return mark


def _related_place(
    finding_id: str, finding: Finding, span: Span, index: MarkIndex
) -> Mark | Block | None:
    mark = index.mark_covering(span)
    if mark is not None:
        mark.attach(finding_id, finding)
        return mark
    return index.block_at(span.start)


def _href(target: Mark | Block | None) -> str:
    return f"#{target.id}" if target is not None else ""


def _finding_view(
    finding_id: str,
    finding: Finding,
    target: Mark | Block | None,
    related: list[Mark | Block | None],
    path: str,
) -> FindingView:
    location = finding.location
    if finding.path is not None and finding.path != path:
        where = f"{finding.path}:{location.line}" if location else finding.path
    else:
        where = f"line {location.line}, column {location.column}" if location else ""
        where = f"{label}; {where}" if (label := place_label(finding.data)) else where
    related_views = []
    for rel, place in zip(finding.related, related, strict=True):
        rel_where = f"line {rel.location.line}" if rel.location else ""
        if rel.path and rel.path != path:
            rel_where = f"{rel.path}:{rel.location.line}" if rel.location else rel.path
        related_views.append(RelatedView(rel.message, _href(place), rel_where))
    return FindingView(
        id=finding_id,
        code=finding.code,
        rule=finding.rule,
        severity=finding.severity.label,
        message=finding.message,
        suggestion=finding.suggestion or "",
        where=where,
        href=_href(target),
        related=tuple(related_views),
    )
