"""Issue 11, the twenty-fourth round: a short title and its part, in a web copy, read as an
inverted name.

Synthetic notes (invented writers and titles). A web copy's "Vell, Salt Roads, Volume 1,
920." (the Markdown's "Vell, *Salt Roads, Volume 1*, 920.") has the shape of an inverted
name ("Vell, Salt Roads,": a surname, a comma, given names) and a title "Volume 1". Where an
earlier note gives a work of that writer whose title opens with those words, they are the
short title's head and the title read its part (`note_inverted_titles`); a writer with a
particle ("Alexander von Humboldt") is given again by the surname alone. A real web copy had
read eleven short forms of one document as titled "Volume 1" and "Volumes 2 & 3".

The negatives: no earlier work of that writer, an earlier work of another title, another
writer's earlier work of that title.
"""

from __future__ import annotations

import pytest

from tests.note_tables import last_note_readings, web_copy, work

FULL = "Ann Vell, *Salt Roads of the North, Volume 1* (Leeds: Dale, 1990), 26."

# (name, the notes before, the note, readings of the last note in the web copy)
CASES = [
    ("a short title and its volume after the full form", [FULL],
     "Vell, *Salt Roads, Volume 1*, 920.", [work("Vell", "Salt Roads, Volume 1", form="short")]),
    ("a short title and its volumes, the writer's particle dropped",
     ["Alexander von Humbert, *Personal Journeys of the North, Volumes 2 & 3* (London: Bell, 1907), 24."],
     "Humbert, *Personal Journeys, Volumes 2 & 3*, 159.",
     [work("Humbert", "Personal Journeys, Volumes 2 & 3", form="short")]),
    ("negative: no earlier work of the writer", [],
     "Vell, *Salt Roads, Volume 1*, 920.", [work("Vell", "Volume 1", form="short")]),
    ("negative: an earlier work of another title",
     ["Ann Vell, *Harbour Ledgers* (Leeds: Dale, 1990), 26."],
     "Vell, *Salt Roads, Volume 1*, 920.", [work("Vell", "Volume 1", form="short")]),
    ("negative: another writer's earlier work of that title", [FULL],
     "Rudd, *Salt Roads, Volume 1*, 920.", [work("Rudd", "Volume 1", form="short")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("before", "note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_web_copy_readings(before: list[str], note: str, expected: list) -> None:
    assert last_note_readings([web_copy(n) for n in (*before, note)]) == expected


@pytest.mark.parametrize(("before", "note"), [c[1:3] for c in CASES], ids=[c[0] for c in CASES])
def test_markdown_reads_the_marked_title(before: list[str], note: str) -> None:
    (reading,) = last_note_readings([*before, note])
    assert reading[2] == note.split("*")[1]


def test_balance() -> None:
    negatives = [c for c in CASES if c[0].startswith("negative")]
    assert len(negatives) >= len(CASES) - len(negatives)
