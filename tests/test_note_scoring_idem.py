"""The harness's scoring of an `idem` truth annotated without its writer (bench/note_scoring.py)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from note_scoring import fits


@dataclass(frozen=True)
class Author:
    surname: str


@dataclass(frozen=True)
class Reading:
    authors: tuple[Author, ...]
    title: str
    year: str | None


IDEM = {"form": "idem", "authors": [], "title": "Die Spaltung der Weber", "year": "1978"}
FULL = {"form": "full", "authors": [], "title": "Die Spaltung der Weber", "year": "1978"}


@pytest.mark.parametrize(
    ("truth", "reading", "expected"),
    [
        # "idem" names the writer of the work before: a reading carrying him fits
        (IDEM, Reading((Author("Quendt"),), "Die Spaltung der Weber", "1978"), True),
        (IDEM, Reading((), "Die Spaltung der Weber", "1978"), True),
        (IDEM, Reading((Author("Quendt"),), "Ganz andere Dinge", "1978"), True),
        # negatives: the wrong work, and an unsigned truth that is no idem
        (IDEM, Reading((Author("Quendt"),), "Ganz andere Dinge", "1990"), False),
        (FULL, Reading((Author("Quendt"),), "Die Spaltung der Weber", "1978"), False),
        (FULL, Reading((), "Ganz andere Dinge", "1978"), False),
    ],
)
def test_idem_truth_without_writer(truth: dict, reading: Reading, expected: bool) -> None:
    assert fits(truth, reading) is expected
