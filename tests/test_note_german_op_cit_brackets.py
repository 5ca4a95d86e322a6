"""German "a. a. O." (am angegebenen Ort: op. cit.) in a bracket after the writer's name in
prose: "Emmerich (a. a. O., S. 41) sieht das anders" refers to the work of that writer an
earlier note cited (`citecheck/extract/note_german_backrefs.py`). Only a comma before the
mark was read ("Emmerich, a. a. O., S. 41"). Every writer and title is invented.

Half the rows or more are negatives: places and nouns before the bracket ("Die Stadt Berlin",
"Hamburg", "Der Jahrgang 12"), a writer no earlier note cited, and "ebd." in a bracket after
a name (an Ibid. in prose, left to `note_inner_ibid`)."""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, last_note_readings, negative_table_tests, web_copy, work

FIRST = "Karl Emmerich, *Der lange Marsch*, Hamburg 1977, S. 33."

# (name, the last note, its readings after FIRST)
ROWS: list[tuple[str, str, list[Reading]]] = [
    ("'a. a. O.' and a page in a bracket after the surname",
     "Emmerich (a. a. O., S. 41) sieht das anders.",
     [work("Emmerich", "", form="op-cit")]),
    ("'a.a.O.' alone in a bracket after the given name and surname",
     "Das bestreitet Karl Emmerich (a.a.O.) mit Recht.",
     [work("Emmerich", "", form="op-cit")]),
    ("negative: a place after an article before the bracket",
     "Die Stadt Berlin (a. a. O., S. 4) war anders.", []),
    ("negative: a place after 'Vgl.' before the bracket", "Vgl. Hamburg (a. a. O., S. 3).", []),
    ("negative: 'Jahrgang' and a number before the bracket",
     "Der Jahrgang 12 (a. a. O., S. 3) fehlt.", []),
    ("negative: a writer no earlier note cited",
     "Haller (a. a. O., S. 41) sieht das anders.", []),
    ("negative: 'ebd.' in a bracket after the surname", "Emmerich (ebd.) widerspricht.", []),
]  # fmt: skip


@pytest.mark.parametrize("rendering", ["markdown", "web"])
@pytest.mark.parametrize(("name", "note", "expected"), ROWS)
def test_readings_after_the_full_form(
    name: str, note: str, expected: list[Reading], rendering: str
) -> None:
    notes = [FIRST, note] if rendering == "markdown" else [web_copy(FIRST), web_copy(note)]
    assert last_note_readings(notes) == expected, name


test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=7
)
