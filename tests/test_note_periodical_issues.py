"""Issue 11, round 22: a periodical, its year and its issue are no author-date citation
(`extract/citations.py`, `_ISSUE_AFTER`).

Constructed notes; every periodical and writer is invented. DIN 1505-2 gives a periodical's
issue after its year ("Hafenblatt 1979, H. 3"), Chicago 14.171 after its volume ("no. 12"),
Greek notes after "τχ."; the author-year reader took the periodical for a writer. An
author-date citation follows its year with a page, never with an issue's number.

The negatives are writers who must still be read author-date, with a page after the year in
each language's way, and several in one note.
"""

from __future__ import annotations

import pytest

from tests.note_tables import built_from_note, web_copy

# (name, note, the surnames the author-year reader reads in the note)
ROWS: list[tuple[str, str, list[str]]] = [
    ("a German periodical, year, Nr.", "Vgl. Hafenblatt 1979, Nr. 12, S. 4.", []),
    ("a German periodical, year, H.", "Vgl. Hafenblatt 1979, H. 3, S. 4.", []),
    ("a German periodical, year, Heft", "Vgl. Hafenblatt 1979, Heft 3.", []),
    ("an English periodical, year, no.", "See Dockside 1979, no. 12, p. 4.", []),
    ("a Greek periodical, year, τχ.", "Βλ. Λιμάνι 1979, τχ. 12, σ. 4.", []),
    ("a Greek periodical, year, τεύχος", "Βλ. Λιμάνι 1979, τεύχος 12.", []),
    ("negative: a German writer, year, S.", "Vgl. Wettkamp 1979, S. 4.", ["Wettkamp"]),
    ("negative: a German writer, year, bare page", "Vgl. Wettkamp 1979, 4.", ["Wettkamp"]),
    ("negative: an English writer, year, page", "See Keller 1988, 12.", ["Keller"]),
    ("negative: a Greek writer, year, σ.", "Βλ. Πετρόπουλος 1999, σ. 3.", ["Πετρόπουλος"]),
    (
        "negative: two writers, year and page each",
        "Vgl. Wettkamp 1979, S. 4; Keller 1988, 12.",
        ["Wettkamp", "Keller"],
    ),
    ("negative: a writer, year, colon page", "Vgl. Wettkamp 1979: 4.", ["Wettkamp"]),
]


@pytest.mark.parametrize(("name", "note", "expected"), ROWS, ids=[r[0] for r in ROWS])
@pytest.mark.parametrize("rendering", ["markdown", "web"])
def test_author_year_surnames(name: str, note: str, expected: list[str], rendering: str) -> None:
    text = note if rendering == "markdown" else web_copy(note)
    read = [a.surname for c in built_from_note(text).citations for a in c.authors]
    assert read == expected, name


@pytest.mark.parametrize(("name", "note", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_no_note_citation_of_a_periodical(name: str, note: str, expected: list[str]) -> None:
    surnames = {a.surname for c in built_from_note(note).note_citations for a in c.authors}
    assert not surnames & {"Hafenblatt", "Dockside", "Λιμάνι"}, name


def test_at_least_half_negatives() -> None:
    negatives = [r for r in ROWS if r[0].startswith("negative")]
    assert 2 * len(negatives) >= len(ROWS)
