"""The note-citation gate of `make accuracy` (bench/note_accuracy.py --gate)."""

from __future__ import annotations

from dataclasses import dataclass

from bench.accuracy_harness.note_gate import gate_failures, load_thresholds, print_verdict


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
