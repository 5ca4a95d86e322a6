"""A translation's marks, a title of marks alone, and "Id." before a work (the review of the
fifth round's merge). Constructed notes, invented writers."""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import note_citations_in
from citecheck.extract.note_lone_names import EarlierWorks
from citecheck.model import Note, Span


def read(text: str) -> list[tuple]:
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)), "1")
    found = note_citations_in(text, note, EarlierWorks())
    for citation in found:
        assert text[citation.span.start : citation.span.end] == citation.text
    return [
        (c.form, tuple(a.surname for a in c.authors), c.title, c.year, c.title_style) for c in found
    ]


KESSEL = ("full", ("Kessel",), "The Long Strike", "1968", "italic")

ROWS = [
    (
        "a translation in quotes is quoted",
        "Ann Kessel, *The Long Strike*, London 1968 (dt.: „Der lange Streik“, Berlin 1974).",
        [KESSEL, ("full", ("Kessel",), "Der lange Streik", "1974", "quoted")],
    ),
    (
        "a translation in italics, with spaces inside its bracket",
        "Ann Kessel, *The Long Strike*, London 1968 ( dt.: *Der lange Streik*, Berlin 1974 ).",
        [KESSEL, ("full", ("Kessel",), "Der lange Streik", "1974", "italic")],
    ),
    (
        "negative: a translation's marks with no title between",
        "Ann Kessel, *The Long Strike*, London 1968 (dt.: * *, Berlin 1974).",
        [KESSEL],
    ),
    (
        "negative: an archive's document whose guillemets hold no title",
        "Αρχείο ΑΣΚΙ, φάκ. 14/3, «  », 12 Μαΐου 1950.",
        [],
    ),
    (
        "'Id.' before a work keeps its title and year, as 'Idem' does",
        "Id., *The Short Strike* (London: Verso, 1975), 12.",
        [("idem", (), "The Short Strike", "1975", "italic")],
    ),
    (
        "negative: a writer whose name holds 'id.' is no idem",
        "Tom Said, *The Weir* (Leeds: Harbour Press, 1978), 3.",
        [("full", ("Said",), "The Weir", "1978", "italic")],
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), ROWS, ids=[row[0] for row in ROWS])
def test_marks_and_idem(why: str, text: str, expected: list[tuple]) -> None:
    assert read(text) == expected
