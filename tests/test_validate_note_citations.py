"""bench/truth/validate_note_citations.py: a truth file's article is found in the corpus, or
beside the truth file for a document the project wrote. Constructed files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "bench" / "truth"))

import validate_note_citations as validator

DOCUMENT = "Text.[^1]\n\n[^1]: Ilse Varga, *Die Kornbücher* (Berlin: Dietz, 1998).\n"


def truth_file(folder: Path, stem: str, labels: list[str]) -> Path:
    notes = [{"label": label, "citations": []} for label in labels]
    path = folder / f"{stem}.json"
    path.write_text(
        json.dumps({"schema_version": 1, "article": f"{stem}.md", "notes": notes}),
        encoding="utf-8",
    )
    return path


def test_a_document_beside_its_truth_file_is_checked_against_its_labels(tmp_path: Path) -> None:
    (tmp_path / "de-a.md").write_text(DOCUMENT, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    assert validator.file_problems(truth_file(tmp_path, "de-a", ["1"]), corpus)[0] == []
    problems = validator.file_problems(truth_file(tmp_path, "de-a", ["2"]), corpus)[0]
    assert problems and "differ from the source's definitions" in problems[0]


def test_a_truth_file_with_no_document_anywhere_is_a_problem(tmp_path: Path) -> None:
    problems = validator.file_problems(truth_file(tmp_path, "de-b", ["1"]), tmp_path)[0]
    assert problems and "source article not found" in problems[0]
