"""Run citecheck in-process on one document and count what it read right and wrong.

Counts, not ratios, so that articles, variants and halves add up before dividing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from citecheck.engine import LintOptions, lint_source, selected_rules
from citecheck.readers import read_bytes
from citecheck.reporters.extraction import extraction_view

from .seeds import Expectation
from .truth import Document

# The footnote rules whose findings are scored (N105/N106 judge the notes' wording).
FOOTNOTE_CODES = ("N101", "N102", "N103", "N104")
RULES = selected_rules(LintOptions(select=FOOTNOTE_CODES))

# A predicted marker matches a true one of the same number this close (in characters).
OFFSET_SLACK = 1


@dataclass
class Counts:
    """What one or more documents add to the report."""

    marker_true: int = 0
    marker_predicted: int = 0
    marker_matched: int = 0
    note_true: int = 0
    note_predicted: int = 0
    note_matched: int = 0
    false_clean: int = 0  # footnote findings on a clean document
    false_seeded: int = 0  # footnote findings a seed does not explain
    clean_documents: int = 0
    exact_documents: int = 0  # clean documents with every marker and note read right
    seeded: Counter[str] = field(default_factory=Counter)  # kind -> seeded documents
    detected: Counter[str] = field(default_factory=Counter)  # kind -> defect reported

    def add(self, other: Counts) -> None:
        for name in (
            "marker_true", "marker_predicted", "marker_matched",
            "note_true", "note_predicted", "note_matched",
            "false_clean", "false_seeded", "clean_documents", "exact_documents",
        ):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.seeded.update(other.seeded)
        self.detected.update(other.detected)

    def as_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in vars(self).items() if not isinstance(v, Counter)}
        data["seeded"] = dict(self.seeded)
        data["detected"] = dict(self.detected)
        return data

    @classmethod
    def clean(
        cls, markers: tuple[int, int, int], notes: tuple[int, int, int], findings: int
    ) -> Counts:
        """One clean document: (true, read, matched) markers and notes, and its findings."""
        exact = markers[2] == markers[0] == markers[1] and notes[2] == notes[0] == notes[1]
        return cls(
            marker_true=markers[0],
            marker_predicted=markers[1],
            marker_matched=markers[2],
            note_true=notes[0],
            note_predicted=notes[1],
            note_matched=notes[2],
            false_clean=findings,
            clean_documents=1,
            exact_documents=int(exact),
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Counts:
        counts = cls(**{k: v for k, v in data.items() if k not in ("seeded", "detected")})
        counts.seeded = Counter(data.get("seeded", {}))
        counts.detected = Counter(data.get("detected", {}))
        return counts


@dataclass(frozen=True)
class Reading:
    """citecheck's reading of one document: the extraction view and the footnote findings."""

    markers: tuple[tuple[int, int], ...]  # (number, offset)
    notes: tuple[tuple[int, int], ...]  # (number, line)
    findings: tuple[tuple[str, int | None, int], ...]  # (code, note, line)


def read(document: Document, name: str = "article.txt") -> Reading:
    source = read_bytes(name, document.text.encode("utf-8"))
    result = lint_source(source, LintOptions(select=FOOTNOTE_CODES), RULES)
    assert result.manuscript is not None
    view = extraction_view(result.manuscript)
    findings = tuple(
        (f.code, f.data.get("note"), f.location.line if f.location else 0)
        for f in result.findings
        if f.code in FOOTNOTE_CODES
    )
    return Reading(
        markers=tuple((m["number"], m["offset"]) for m in view["markers"]),
        notes=tuple((n["number"], n["line"]) for n in view["notes"]),
        findings=findings,
    )


def score_clean(document: Document, reading: Reading) -> tuple[Counts, dict[str, list[Any]]]:
    """Marker and note precision/recall counts, false findings, and the errors themselves."""
    truth_markers = [(m.number, m.offset) for m in document.markers]
    matched, missed, extra = match_markers(truth_markers, list(reading.markers))
    truth_notes = Counter((n.number, n.line) for n in document.notes)
    read_notes = Counter(reading.notes)
    notes_matched = sum((truth_notes & read_notes).values())
    counts = Counts.clean(
        (len(truth_markers), len(reading.markers), matched),
        (len(document.notes), len(reading.notes), notes_matched),
        len(reading.findings),
    )
    lines = document.text.split("\n")
    errors = {
        "missed_markers": [_in_context(document.text, *marker) for marker in missed],
        "extra_markers": [_in_context(document.text, *marker) for marker in extra],
        "missed_notes": [
            _line_start(lines, *n) for n in sorted((truth_notes - read_notes).elements())
        ],
        "extra_notes": [
            _line_start(lines, *n) for n in sorted((read_notes - truth_notes).elements())
        ],
        "findings": list(reading.findings),
    }
    return counts, errors


# Characters shown either side of a misread marker in the report.
CONTEXT = 24


def _in_context(text: str, number: int, offset: int) -> tuple[int, int, str]:
    """(number, offset, the text around it with the marker in ⟦ ⟧) for the report."""
    end = offset + len(str(number))
    before = text[max(0, offset - CONTEXT) : offset]
    after = text[end : end + CONTEXT]
    return number, offset, f"{before}⟦{text[offset:end]}⟧{after}".replace("\n", "⏎")


def _line_start(lines: list[str], number: int, line: int) -> tuple[int, int, str]:
    return number, line, lines[line - 1][: 2 * CONTEXT] if 0 < line <= len(lines) else ""


def match_markers(
    truth: list[tuple[int, int]], predicted: list[tuple[int, int]]
) -> tuple[int, list[tuple[int, int]], list[tuple[int, int]]]:
    """(matched count, missed true markers, extra predicted markers): same number, ±1 offset."""
    unused = sorted(predicted, key=lambda m: m[1])
    missed = []
    for number, offset in truth:
        hit = next(
            (p for p in unused if p[0] == number and abs(p[1] - offset) <= OFFSET_SLACK), None
        )
        if hit is None:
            missed.append((number, offset))
        else:
            unused.remove(hit)
    return len(truth) - len(missed), missed, unused


def score_seeded(expectation: Expectation, reading: Reading) -> tuple[Counts, list[Any]]:
    """Whether the defect was reported, and the findings the seed does not explain."""
    explained = [
        finding
        for finding in reading.findings
        if finding[0] == expectation.code
        and finding[1] in expectation.notes
        and (expectation.line is None or finding[2] == expectation.line)
    ]
    unexplained = [finding for finding in reading.findings if finding not in explained]
    counts = Counts(false_seeded=len(unexplained))
    counts.seeded[expectation.kind] = 1
    counts.detected[expectation.kind] = 1 if explained else 0
    return counts, unexplained
