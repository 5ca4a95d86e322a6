"""A short form whose one writer is a place, publisher or journal that no earlier note names
as a writer is no citation (issue 11; found by the twelfth round's precision review).

A short form stands for a work cited before (Chicago 14.29), so "made by Oxford,
*Dictionary of Labour*, 12" with no earlier work of an "Oxford" is a publisher in prose,
and "Leeds, The Long Retreat, 41." a place before a plain title. A writer whose surname is a
place ("Isaiah Berlin", "Jack London") keeps his short forms once his full form is cited,
and his full form is read whatever his name.
"""

from __future__ import annotations

import pytest

from tests.note_tables import last_note_readings, web_copy

# (name, notes in order, the readings of the last note)
CASES = [
    # read as a work by the place or publisher before this fix
    ("a publisher in prose before a marked title",
     ["This point is made by Oxford, *Dictionary of Labour*, 12."], []),
    ("a place before a plain title and a page",
     ["Leeds, The Long Retreat, 41."], []),
    ("a place in prose after another writer's note",
     ["Ann Vell, *Salt Roads* (Hull: Marren, 1981), 3.",
      "The strike is described from Leeds, *The Long Retreat*, 41."], []),
    # negatives: a writer whose surname is a place or publisher, cited in full before
    ("the writer named like a city, cited in full before",
     ["Isaiah Berlin, *Four Essays on Liberty* (Oxford: OUP, 1969), 12.",
      "Berlin, *Four Essays*, 14."], [("short", ("Berlin",), "Four Essays", "")]),
    ("another writer named like a city, cited in full before",
     ["Jack London, *The Iron Heel* (New York: Macmillan, 1908), 12.",
      "London, *Iron Heel*, 14."], [("short", ("London",), "Iron Heel", "")]),
    ("the full form of a writer named like a city",
     ["Isaiah Berlin, *Four Essays on Liberty* (Oxford: OUP, 1969), 12."],
     [("full", ("Berlin",), "Four Essays on Liberty", "1969")]),
    ("a writer with no place in his name, short after full",
     ["Ann Vell, *Salt Roads* (Hull: Marren, 1981), 3.", "Vell, *Salt Roads*, 9."],
     [("short", ("Vell",), "Salt Roads", "")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "notes", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_short_form_needs_a_writer_not_a_place(
    name: str, notes: list[str], expected: list[tuple]
) -> None:
    assert last_note_readings(notes) == expected, name


@pytest.mark.parametrize(("name", "notes", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_same_in_a_web_copy(name: str, notes: list[str], expected: list[tuple]) -> None:
    assert last_note_readings([web_copy(n) for n in notes]) == expected, name


def test_the_table_holds_at_least_as_many_negatives() -> None:
    positives = [c for c in CASES if not c[2]]
    assert len(CASES) - len(positives) >= len(positives)
