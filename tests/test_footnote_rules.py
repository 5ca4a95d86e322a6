"""Footnote rules, each with a failing and a passing case, and the sample's contract."""

from __future__ import annotations

import pytest

from citecheck.engine import LintOptions, lint_source
from citecheck.model import LineIndex
from tests.helpers import SAMPLE, codes_of, lint_text, source_of

CLEAN = "Text one.1 Text two.2\n\n1 Cliff, 1974, p7.\n\n2 Harman, 2009.\n"


@pytest.mark.parametrize(
    ("rule", "failing", "expected"),
    [
        ("missing-note", "One.1 Two.2 Three.3\n\n1 A.\n\n3 C.\n", [("missing-note", 2)]),
        ("orphan-note", "One.1\n\n1 A.\n\n2 B.\n", [("orphan-note", 2)]),
        ("duplicate-note", "One.1 Two.2\n\n1 A.\n\n2 B.\n\n2 C.\n", [("duplicate-note", 2)]),
        ("marker-order", "One.2 Two.1 Three.3\n\n1 A.\n\n2 B.\n\n3 C.\n", [("marker-order", 1)]),
        (
            "incomplete-note",
            "One.1 Two.2\n\n1 For the interview, see\n\n2 B.\n",
            [("incomplete-note", 1)],
        ),
        ("incomplete-note", "One.1\n\n1 In January 1918—\n", [("incomplete-note", 1)]),
        ("incomplete-note", "One.1\n\n1 The data come from a\n", [("incomplete-note", 1)]),
        ("incomplete-note", "One.1 Two.2\n\n1\n\n2 B.\n", [("incomplete-note", 1)]),
        (
            "repeated-note",
            "One.1 Two.2\n\n1 Cliff, 1974, p13.\n\n2 Cliff, 1974, p13.\n",
            [("repeated-note", 2)],
        ),
    ],
)
def test_rule_fails(rule: str, failing: str, expected: list[tuple[str, int]]) -> None:
    assert codes_of(lint_text(failing, rule), rule) == expected


@pytest.mark.parametrize(
    "rule",
    [
        "missing-note",
        "orphan-note",
        "duplicate-note",
        "marker-order",
        "incomplete-note",
        "repeated-note",
    ],
)
def test_rule_passes_on_a_clean_manuscript(rule: str) -> None:
    assert codes_of(lint_text(CLEAN, rule)) == []


@pytest.mark.parametrize(
    "note",
    [
        "See https://example.org/archive/page",  # a URL ends many real notes
        "Cliff, 1974, pp118-119",  # no full stop, but finished
        "“The main enemy is at home.”",
        "Reed, 1919, p27 (quoted in Orr, 2015)",
        "Ibid.",
        "Interview with the author, 12 March 2021",
        "The data are in Appendix A",
        "See Table 2 in Part I",
    ],
)
def test_incomplete_note_hard_negatives(note: str) -> None:
    assert codes_of(lint_text(f"Text.1\n\n1 {note}\n", "incomplete-note")) == []


def test_repeated_note_needs_adjacent_notes() -> None:
    text = "A.1 B.2 C.3\n\n1 Cliff, 1974.\n\n2 Harman, 2009.\n\n3 Cliff, 1974.\n"
    assert codes_of(lint_text(text, "repeated-note")) == []


def test_missing_note_is_reported_once_at_its_first_marker() -> None:
    text = "One.1 Two.2\n\n1 A.\n"
    result = lint_text(text, "missing-note")
    [finding] = result.findings
    assert finding.location is not None and finding.location.line == 1
    assert finding.span.slice(text) == "2"


def test_sample_footnote_findings() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    result = lint_source(source_of(text, str(SAMPLE)), LintOptions(select=("N",)))
    index = LineIndex.of(text)
    by_rule: dict[str, list[int]] = {}
    for finding in result.findings:
        by_rule.setdefault(finding.rule, []).append(finding.data["note"])
    assert by_rule["missing-note"] == [3, 5, 33]
    assert by_rule["incomplete-note"] == [30, 56]
    for rule in ("orphan-note", "duplicate-note", "marker-order"):
        assert rule not in by_rule
    for finding in result.findings:
        if finding.rule == "missing-note":
            line = index.position(finding.span.start)[0]
            assert finding.location is not None and finding.location.line == line
            marker_line = text.splitlines()[line - 1]
            assert f"{finding.span.slice(text)}" == str(finding.data["note"])
            assert marker_line  # the marker's own line, inside the body
    assert result.stats["markers"] == 57
    assert result.stats["notes"] == 54
