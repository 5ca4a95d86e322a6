"""The accuracy gate: the figures against `bench/accuracy_thresholds.toml`."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

THRESHOLDS = Path(__file__).resolve().parent.parent / "accuracy_thresholds.toml"

# Figures that must reach their threshold (the rest must stay at or under theirs).
AT_LEAST = ("marker_precision", "marker_recall", "note_precision", "note_recall")


def load_thresholds(path: Path = THRESHOLDS) -> dict[str, float]:
    """The thresholds of the text variants (the file's top-level keys)."""
    with path.open("rb") as file:
        loaded = tomllib.load(file)
    return {key: float(value) for key, value in loaded.items() if not isinstance(value, dict)}


def load_set_thresholds(path: Path = THRESHOLDS) -> dict[str, dict[str, float]]:
    """The thresholds of each extra set (sets.py), one table per set: `[html]`."""
    with path.open("rb") as file:
        loaded = tomllib.load(file)
    return {
        name: {key: float(value) for key, value in table.items()}
        for name, table in loaded.items()
        if isinstance(table, dict)
    }


def gate_failures(figures: dict[str, Any], thresholds: dict[str, float]) -> list[str]:
    """One line per figure on the wrong side of its threshold; empty when the gate passes."""
    failures = []
    for name in AT_LEAST:
        if name in thresholds and figures[name] < thresholds[name]:
            failures.append(f"{name} {figures[name]:.4f} < {thresholds[name]}")
    if "seeded_recall" in thresholds:
        for kind, value in figures["seeded_recall"].items():
            if value < thresholds["seeded_recall"]:
                failures.append(
                    f"seeded_recall[{kind}] {value:.4f} < {thresholds['seeded_recall']}"
                )
    limit = thresholds.get("false_findings_per_20_articles")
    if limit is not None and figures["false_findings_per_20_articles"] > limit:
        failures.append(
            f"false_findings_per_20_articles {figures['false_findings_per_20_articles']:.2f}"
            f" > {limit}"
        )
    return failures
