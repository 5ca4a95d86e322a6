"""Issue 11, the twentieth round: "Vell, *Harbour*, op. cit., 23." in a web copy, "Vell,
Harbour, op. cit., 23.": the one-word title was taken for a second writer's surname before
"op. cit." (`note_author_locators`), so the work was read as Harbour's. Found on Markdown
notes from public repositories nobody fitted the reader to (counted, not copied). A word
after the writer's comma that opens the clause is now the writer's title, unless an earlier
note read it as a writer.

Constructed notes (invented writers and titles; no corpus text). The negatives: a surname
alone before "op. cit.", one in prose, and a second writer an earlier note read.
"""

from __future__ import annotations

import pytest

from tests.note_tables import last_note_readings, one_note_readings, web_copy, work

ROWS = [
    ("a surname and a one-word title", "Vell, *Harbour*, op. cit., 23.",
     [work("Vell", "Harbour", "", "op-cit")]),
    ("after 'See'", "See Vell, *Harbour*, op. cit., p. 23.",
     [work("Vell", "Harbour", "", "op-cit")]),
    ("negative: a surname alone", "Vell, op. cit., 23.", [work("Vell", "", "", "op-cit")]),
    ("negative: a surname in prose", "In Leeds, Roe, op. cit., 23, disagrees.",
     [work("Roe", "", "", "op-cit")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "note", "expected"), ROWS, ids=[r[0] for r in ROWS])
@pytest.mark.parametrize("rendering", ["markdown", "web"])
def test_alike(name: str, note: str, expected: list, rendering: str) -> None:
    text = note if rendering == "markdown" else web_copy(note)
    assert one_note_readings(text) == expected, name


def test_a_writer_read_before_stays_a_writer() -> None:
    """Negative: "Roe" is a writer an earlier note read, so "Vell, Roe, op. cit." names
    Roe's work cited before."""
    notes = ["Anna Roe, *Councils Without Illusions* (Oxford: Clarendon Press, 2011), 12.",
             "Vell, Roe, op. cit., 23."]  # fmt: skip
    readings = last_note_readings(notes)
    assert [r[1] for r in readings if r[0] == "op-cit"] == [("Roe",)]
