"""The note-citation gate: the reader's figures against `bench/note_accuracy_thresholds.toml`."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

THRESHOLDS = Path(__file__).resolve().parent.parent / "note_accuracy_thresholds.toml"


class Figures(Protocol):
    """What the gate reads of one row of the table (`note_scoring.Score`)."""

    @property
    def precision(self) -> float: ...

    @property
    def recall(self) -> float: ...

    places_as_authors: int


def load_thresholds(path: Path = THRESHOLDS) -> dict[str, float]:
    with path.open("rb") as file:
        return {key: float(value) for key, value in tomllib.load(file).items()}


def gate_failures(
    table: Mapping[tuple[str, str], Figures], thresholds: Mapping[str, float]
) -> list[str]:
    """One line per (rendering, half) figure on the wrong side of its threshold."""
    failures = []
    for (rendering, part), row in sorted(table.items()):
        where = f"{rendering} {part}"
        for name in ("precision", "recall"):
            value = getattr(row, name)
            if name in thresholds and value < thresholds[name]:
                failures.append(f"{where}: {name} {value:.3f} < {thresholds[name]}")
        limit = thresholds.get("places_as_authors")
        if limit is not None and row.places_as_authors > limit:
            failures.append(f"{where}: places as authors {row.places_as_authors} > {limit:g}")
    return failures


def print_verdict(failures: list[str], met: str = "note-citation thresholds met") -> int:
    """Print the gate's verdict and give the exit code: 1 with the failures, 0 with `met`."""
    if failures:
        print("\nbelow the thresholds in bench/note_accuracy_thresholds.toml:")
        print("\n".join(f"  {line}" for line in failures))
        return 1
    print(f"\n{met}")
    return 0
