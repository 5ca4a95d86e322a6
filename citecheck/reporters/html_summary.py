"""The report's overview as view data: counts by severity and rule, the bibliography's
coverage, OpenLibrary's verdicts, and the notes sequence 1…N with its gaps.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from citecheck.engine import FileResult
from citecheck.model import Finding, Manuscript, Severity
from citecheck.reporters.html_biblio import ReferenceView, UnmatchedView, has_bibliography
from citecheck.reporters.html_marks import OK, PROBLEM, Block, MarkIndex
from citecheck.rules import RULES_BY_CODE

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


@dataclass(frozen=True)
class NoteCell:
    number: int
    state: str  # ok, problem, missing (marker without note), absent (neither)
    href: str
    title: str


@dataclass(frozen=True)
class RuleCount:
    code: str
    name: str
    summary: str
    severity: str
    count: int


@dataclass(frozen=True)
class Summary:
    severities: tuple[tuple[str, int], ...]
    rules: tuple[RuleCount, ...]
    has_bibliography: bool
    bib_sources: tuple[str, ...]
    cited: int
    uncited: int
    missing: int
    resolution_ran: bool
    confirmed: int
    resolved: int
    resolution_statuses: tuple[tuple[str, int], ...]
    gaps: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(count for _, count in self.severities)


def note_cells(
    manuscript: Manuscript, blocks: list[Block], index: MarkIndex
) -> tuple[NoteCell, ...]:
    """The sequence 1…N, N the highest note or marker number, with every gap kept."""
    first_marker: dict[int, str] = {}
    marker_numbers = {m.number for m in manuscript.markers}
    for marker in manuscript.markers:
        mark = index.mark_covering(marker.span)
        if mark is not None and marker.number not in first_marker:
            first_marker[marker.number] = mark.id
    note_blocks: dict[int, Block] = {}
    for block in blocks:
        if block.kind == "note" and block.number is not None:
            note_blocks.setdefault(block.number, block)
    highest = max([*marker_numbers, *note_blocks], default=0)
    cells = []
    for n in range(1, highest + 1):
        block = note_blocks.get(n)
        if block is not None:
            codes = _block_codes(block)
            state = PROBLEM if codes else OK
            title = f"note {n}" + (f": {', '.join(codes)}" if codes else "")
            cells.append(NoteCell(n, state, f"#{block.id}", title))
        elif n in marker_numbers:
            title = f"note {n}: cited in the text, missing from the notes"
            cells.append(NoteCell(n, "missing", f"#{first_marker.get(n, '')}", title))
        else:
            cells.append(NoteCell(n, "absent", "", f"note {n}: no marker and no note"))
    return tuple(cells)


def _block_codes(block: Block) -> list[str]:
    codes = list(block.head.codes) if block.head else []
    for segment in block.segments:
        if segment.mark is not None and segment.mark.status == PROBLEM:
            codes.extend(c for c in segment.mark.codes if c not in codes)
    return codes


def summary_of(
    file: FileResult,
    manuscript: Manuscript,
    rows: tuple[ReferenceView, ...],
    unmatched: tuple[UnmatchedView, ...],
    notes: tuple[NoteCell, ...],
) -> Summary:
    by_severity = Counter(f.severity for f in file.findings)
    by_code = Counter(f.code for f in file.findings)
    first: dict[str, Finding] = {}
    for finding in file.findings:
        first.setdefault(finding.code, finding)
    rules = []
    for code in sorted(by_code):
        rule = RULES_BY_CODE.get(code)
        rules.append(
            RuleCount(
                code=code,
                name=rule.name if rule else first[code].rule,
                summary=rule.summary if rule else "",
                severity=max(f.severity for f in file.findings if f.code == code).label,
                count=by_code[code],
            )
        )
    statuses = Counter(r.status for r in file.resolutions)
    return Summary(
        severities=tuple((s.label, by_severity[s]) for s in SEVERITIES),
        rules=tuple(rules),
        has_bibliography=has_bibliography(manuscript),
        bib_sources=manuscript.bibliography.sources if manuscript.bibliography else (),
        cited=sum(1 for row in rows if row.count),
        uncited=sum(1 for row in rows if not row.count),
        missing=sum(1 for u in unmatched if u.status == "missing"),
        resolution_ran=bool(file.resolutions),
        confirmed=statuses["confirmed"],
        resolved=len(file.resolutions),
        resolution_statuses=tuple(sorted(statuses.items())),
        gaps=tuple(cell.number for cell in notes if cell.state in {"missing", "absent"}),
    )
