"""The note-citation gate of `make accuracy` (bench/note_accuracy.py --gate)."""

from __future__ import annotations

from dataclasses import dataclass

from bench.accuracy_harness.note_gate import (
    Seeded,
    gate_failures,
    load_thresholds,
    print_verdict,
    seeded_failures,
)


@dataclass
class Row:
    precision: float
    recall: float
    places_as_authors: int = 0


THRESHOLDS = {"precision": 0.95, "recall": 0.84, "places_as_authors": 0}


def test_a_table_above_every_threshold_passes() -> None:
    table = {("markdown", "tune"): Row(0.99, 0.95), ("web", "check"): Row(0.97, 0.85)}
    assert gate_failures(table, THRESHOLDS) == []


def test_low_precision_low_recall_and_a_place_as_author_each_fail() -> None:
    table = {
        ("markdown", "check"): Row(0.94, 0.95),
        ("web", "check"): Row(0.99, 0.83),
        ("web", "tune"): Row(0.99, 0.95, places_as_authors=1),
    }
    failures = gate_failures(table, THRESHOLDS)
    assert failures == [
        "markdown check: precision 0.940 < 0.95",
        "web check: recall 0.830 < 0.84",
        "web tune: places as authors 1 > 0",
    ]


def test_the_project_thresholds_hold_the_issues_precision_bar() -> None:
    loaded = load_thresholds()
    assert loaded["precision"] >= 0.95 and loaded["places_as_authors"] == 0


def test_the_verdict_exits_1_with_the_failures_and_0_when_met(capsys) -> None:
    assert print_verdict(["web tune: recall 0.830 < 0.84"]) == 1
    assert "  web tune: recall 0.830 < 0.84" in capsys.readouterr().out
    assert print_verdict([], "met with novel words") == 0
    assert capsys.readouterr().out.strip() == "met with novel words"


SEEDED_BARS = {"seeded_found": 0.95, "seeded_clean": 0.95}


def test_seeded_kinds_at_the_bars_pass() -> None:
    rows = {"year": Seeded(found=19, cases=20, clean=19, articles=20)}
    assert seeded_failures(rows, SEEDED_BARS) == []


def test_a_seeded_kind_found_too_rarely_or_with_false_findings_fails() -> None:
    rows = {
        "short-form-before-full": Seeded(found=18, cases=20, clean=20, articles=20),
        "missing-reference": Seeded(found=20, cases=20, clean=18, articles=20),
    }
    assert seeded_failures(rows, SEEDED_BARS) == [
        "seeded missing-reference: no false finding in 18/20 < 0.95",
        "seeded short-form-before-full: found 18/20 < 0.95",
    ]


def test_a_kind_with_no_case_is_no_failure_and_absent_bars_check_nothing() -> None:
    assert seeded_failures({"author": Seeded(0, 0, 3, 3)}, SEEDED_BARS) == []
    assert seeded_failures({"author": Seeded(0, 9, 0, 9)}, {"precision": 0.95}) == []


def test_the_project_thresholds_hold_the_issues_seeded_bars() -> None:
    loaded = load_thresholds()
    assert loaded["seeded_found"] >= 0.95 and loaded["seeded_clean"] >= 0.95
