"""The note-citation gate: the reader's figures against `bench/note_accuracy_thresholds.toml`."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Seeded:
    """One kind of seeded defect over a set of articles: the cases found and the articles
    left with no false finding of that kind's rule."""

    found: int
    cases: int
    clean: int
    articles: int


def seeded_failures(rows: Mapping[str, Seeded], thresholds: Mapping[str, float]) -> list[str]:
    """One line per seeded kind found in too few of its cases (`seeded_found`) or leaving a
    false finding in too many articles (`seeded_clean`): the issue's two seeded bars."""
    failures = []
    for kind, row in sorted(rows.items()):
        found_bar, clean_bar = thresholds.get("seeded_found"), thresholds.get("seeded_clean")
        if found_bar is not None and row.cases and row.found / row.cases < found_bar:
            failures.append(f"seeded {kind}: found {row.found}/{row.cases} < {found_bar}")
        if clean_bar is not None and row.articles and row.clean / row.articles < clean_bar:
            failures.append(
                f"seeded {kind}: no false finding in {row.clean}/{row.articles} < {clean_bar}"
            )
    return failures


def print_verdict(failures: list[str], met: str = "note-citation thresholds met") -> int:
    """Print the gate's verdict and give the exit code: 1 with the failures, 0 with `met`."""
    if failures:
        print("\nbelow the thresholds in bench/note_accuracy_thresholds.toml:")
        print("\n".join(f"  {line}" for line in failures))
        return 1
    print(f"\n{met}")
    return 0
