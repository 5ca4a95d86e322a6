"""Issue 11: a writer's possessive, up to four words and "in", then a web copy's plain title.

"Vell's theory was first developed in *The Harbour Lights* (London: Verso, 1999)" was read
with its writer in prose, and its web copy (the emphasis gone) was read with no writer: the
bridge before a plain title took four words after the possessive with "in" among them,
where the bridge before a marked title takes four words and "in". Both now take the same.
The plain title is still vouched for by its imprint. Synthetic notes; half the rows are
negatives."""

from __future__ import annotations

import pytest

from tests.note_tables import negative_table_tests, one_note_readings

VELL = [("full", ("Vell",), "The Harbour Lights", "1999")]

CASES = [
    (
        "four words and 'in'",
        "Vell's theory was first developed in The Harbour Lights (London: Verso, 1999), 123.",
        VELL,
    ),
    (
        "another verb",
        "Vell's view was set out in The Harbour Lights (London: Verso, 1999), 12.",
        VELL,
    ),
    (
        "marked, as before",
        "Vell's theory was first developed in *The Harbour Lights* (London: Verso, 1999), 123.",
        VELL,
    ),
    (
        "negative: no imprint after the title",
        "Vell's view was set out in The Harbour Lights and elsewhere.",
        [],
    ),
    ("negative: a place and a year in prose", "Vell's friends met him in London (1950).", []),
    ("negative: a place, no title", "Vell's theory was first developed in London.", []),
    (
        "negative: more than four words",
        "Vell's long and very detailed theory was first set out in The Harbour Lights (London: Verso, 1999).",
        [],
    ),
]


@pytest.mark.parametrize(("note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_read(note: str, expected: list) -> None:
    assert one_note_readings(note) == expected


test_balance, test_negatives_read_no_author_year = negative_table_tests(CASES)
