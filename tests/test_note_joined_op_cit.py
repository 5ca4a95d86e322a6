"""A second writer's op. cit. joined to a work by "and", "und", "sowie" or "και" after the
work's page: "Obermann, *Stadt*, S. 12, und Kellner, a.a.O., S. 77" cites two works, the
short form of the first and an op. cit. of Kellner's; the first is no op. cit. of its own
(`citecheck/extract/note_patterns.py`, `SEGMENT_CUE`). Half the rows or more are
negatives: prose after "und", an op. cit. of the work itself, two writers of one work,
"ders.", a place and a year, a title after the second writer."""

from __future__ import annotations

import pytest

from tests.note_tables import first_surnames_and_titles, one_note_readings

OBERMANN = ("short", ("Obermann",), "Stadt", "")
KELLNER = ("op-cit", ("Kellner",), "", "")
OBERMANN_OP_CIT = ("op-cit", ("Obermann",), "Stadt", "")

TWO_WORKS = [
    ("Obermann, *Stadt*, S. 12, und Kellner, a.a.O., S. 77.", [OBERMANN, KELLNER]),
    ("Obermann, *Stadt*, S. 12 und Kellner a.a.O., S. 77.", [OBERMANN, KELLNER]),
    ("Obermann, *Stadt*, S. 12, sowie Kellner, a. a. O., S. 77.", [OBERMANN, KELLNER]),
    ("Παπαδόπουλος, *Η πόλη*, σ. 12 και Αλεξίου, ό.π., σ. 45.",
     [("short", ("Παπαδόπουλος",), "Η πόλη", ""), ("op-cit", ("Αλεξίου",), "", "")]),
]  # fmt: skip

NEGATIVES = [
    ("Obermann, *Stadt*, S. 12, und Kellner stimmt dem zu.", [OBERMANN]),
    ("Obermann, *Stadt*, a.a.O., S. 12.", [OBERMANN_OP_CIT]),
    ("Marx und Engels, a.a.O., S. 12.", [("op-cit", ("Marx", "Engels"), "", "")]),
    ("Obermann, *Stadt*, S. 12 und ders., a.a.O., S. 40.", [OBERMANN_OP_CIT]),
    ("Obermann, *Stadt*, S. 12, und Berlin 1988, a.a.O.", [OBERMANN_OP_CIT]),
    ("Obermann, *Stadt*, S. 12, und opulente Beispiele, a.a.O., S. 77.", [OBERMANN_OP_CIT]),
    # an English op. cit. after "and" was read before; a title after the writer is his work
    ("Hale, *Strike and the City* (1974), and Blake, op. cit., 45.",
     [("full", ("Hale",), "Strike and the City", "1974"), ("op-cit", ("Blake",), "", "")]),
    ("Hale, *Strike and the City*, 12, and Blake, *Docks and Unions*, 45.",
     [("short", ("Hale",), "Strike and the City", ""),
      ("short", ("Blake",), "Docks and Unions", "")]),
]  # fmt: skip


@pytest.mark.parametrize(("note", "readings"), TWO_WORKS + NEGATIVES)
def test_a_joined_op_cit_is_the_second_writers(note: str, readings: list) -> None:
    assert one_note_readings(note) == readings


@pytest.mark.parametrize(("note", "readings"), NEGATIVES[:6])
def test_negatives_give_no_author_year_citation(note: str, readings: list) -> None:
    _, author_year = first_surnames_and_titles(note)
    assert author_year == []


def test_half_the_rows_or_more_are_negatives() -> None:
    assert len(NEGATIVES) >= len(TWO_WORKS)
