"""The book variants of the accuracy harness (issue 15): layout, exact truth, seeds, scoring.

Hand-written articles only; the Platypus corpus is not needed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.accuracy_harness.article import half_of
from bench.accuracy_harness.book_variants import (
    LAYOUTS,
    Target,
    books_of,
    choose_targets,
    compose_book,
    evaluate_book,
    gate_failures,
    heading,
    read_book,
    seed_book,
    summary,
)
from bench.accuracy_harness.render import render_article
from bench.accuracy_harness.seeds import KINDS


def article(title: str, words: tuple[str, ...]) -> str:
    claims = " ".join(f"{word.title()} was said.[^{k}]" for k, word in enumerate(words, 1))
    notes = "\n\n".join(f"[^{k}]: On {word}, see Cliff, 1974." for k, word in enumerate(words, 1))
    return f'---\ntitle: "{title}"\n---\n\n{claims}\n\nA second paragraph.\n\n{notes}\n'


WORDS = (
    ("alpha", "beta", "gamma"),
    ("delta", "epsilon"),
    ("zeta", "eta", "theta", "iota"),
)
CHAPTERS = [render_article(article(f"Essay {k}", words)) for k, words in enumerate(WORDS, 1)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("style", [0, 1, 2])
def test_the_truth_is_exact(layout: str, style: int) -> None:
    book = compose_book(CHAPTERS, style, layout)
    for number, offset, _ in book.markers:
        assert book.text[offset : offset + len(str(number))] == str(number)
    for number, start, end, _ in book.notes:
        label = f"[{number}]" if layout == "after_paragraph" else str(number)
        assert book.text[start:end].startswith(f"{label} On ")
    assert [c for _, _, c in book.markers] == [0, 0, 0, 1, 1, 2, 2, 2, 2]
    assert book.names == tuple(heading(style, k)[1] for k in (1, 2, 3))


def test_after_paragraph_notes_follow_the_paragraph_that_cites_them() -> None:
    book = compose_book(CHAPTERS, 0, "after_paragraph")
    assert "Gamma was said.3\n\n[1] On alpha" in book.text
    assert book.text.startswith("Chapter 1\n\nEssay 1\n\n")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_citecheck_reads_a_clean_book_exactly_and_finds_nothing(layout: str) -> None:
    book = compose_book(CHAPTERS, 1, layout)
    reading, findings = read_book(book)
    assert sorted(reading.markers) == sorted((n, o) for n, o, _ in book.markers)
    assert len(reading.notes) == len(book.notes)
    assert findings == []


@pytest.mark.parametrize("kind", KINDS)
def test_each_seeded_defect_is_found_and_named_by_its_chapter(kind: str) -> None:
    book = compose_book(CHAPTERS, 2, "after_paragraph")
    seeded, expectation, part = seed_book(book, Target(kind, 2, 2))
    assert part == "lecture 3"
    _, findings = read_book(seeded)
    assert any(
        code == expectation.code and note in expectation.notes and name == part
        for code, note, _, name in findings
    )


def test_targets_are_drawn_per_chapter_with_a_fixed_seed() -> None:
    book = compose_book(CHAPTERS, 0, "trailing")
    targets = choose_targets(book, 7)
    assert targets == choose_targets(book, 7)
    assert {t.kind for t in targets} == set(KINDS)
    for kind in KINDS:
        chapters = [t.chapter for t in targets if t.kind == kind]
        assert len(chapters) == len(set(chapters)) <= 3


def test_evaluate_book_and_its_summary(tmp_path: Path) -> None:
    paths = []
    for k, words in enumerate(WORDS, 1):
        path = tmp_path / f"2020-01-0{k}-essay.md"
        path.write_text(article(f"Essay {k}", words), encoding="utf-8")
        paths.append(str(path))
    result = evaluate_book(paths, 0, "tune")
    rows = summary([result])
    overall = rows["all"]
    assert overall["marker_precision"] == overall["marker_recall"] == 1.0
    assert overall["note_precision"] == overall["note_recall"] == 1.0
    assert all(value == 1.0 for value in overall["named_recall"].values())
    assert gate_failures(rows, {"book_marker_recall": 0.99, "book_named_recall": 0.97}) == []
    failing = {**overall, "named_recall": {**overall["named_recall"], "note_deleted": 0.5}}
    assert gate_failures({"all": failing}, {"book_named_recall": 0.97}) == [
        "book_named_recall[note_deleted] 0.5000 < 0.97"
    ]


def test_books_are_made_within_each_half(tmp_path: Path) -> None:
    paths = [tmp_path / f"a{k:02d}.md" for k in range(25)]
    jobs = books_of(paths, None)
    for members, _, half in jobs:
        assert 0 < len(members) <= 10
        assert {half_of(Path(p).name) for p in members} == {half}
    assert sorted(p for members, _, _ in jobs for p in members) == sorted(map(str, paths))
    assert all(half == "tune" for _, _, half in books_of(paths, "tune"))
