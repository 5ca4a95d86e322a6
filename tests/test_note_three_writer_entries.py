"""Issue 11, round 21: a bibliography's entry of three writers in a note.

Chicago 14.76 inverts the first of several writers and gives the others in their natural
order: "Vell, Tomas, Anna Roe, and Ruth Hale. *Harbour Lights*. Leeds: …". The reader read
two writers so (`INVERTED_NAMES`' "and" form) but not three: the first writer's work was
titled "Anna Roe, and Ruth Hale. *Harbour Lights*" (two real notes of this round's read so).
One or two persons given first may now stand between the inverted name and the "and". No
whole given name with a full stop is one of them, and an imprint's sentence does not follow
them: "Vell, Tomas, Harbour Lights and Other Stories. Leeds: Dale" is a web copy's plain
title, as before. Synthetic notes (invented writers and works).
"""

from __future__ import annotations

from tests.note_tables import rendering_table_tests, work

THREE = "Vell/Roe/Hale"

# (class, note, readings in Markdown, readings in the web copy)
CASES = [
    (
        "three writers, a book and its imprint",
        "Vell, Tomas, Anna Roe, and Ruth Hale. *Harbour Lights*. Leeds: Dale Press, 2009.",
        [work(THREE, "Harbour Lights", "2009")],
        [work(THREE, "Harbour Lights", "2009")],
    ),
    (
        "an initial, a publisher and a year",
        "Rudd, Tom, Anna B. Roe, and Ruth Hale. *Salt and Iron*. Dale Press, 2020: 148.",
        [work("Rudd/Roe/Hale", "Salt and Iron", "2020")],
        [work("Rudd/Roe/Hale", "Salt and Iron", "2020")],
    ),
    (
        "a note's form: no serial comma, the title after a comma",
        "Vell, Tomas, Anna Roe and Ruth Hale, *Harbour Lights* (Leeds: Dale Press, 2009), 4.",
        [work(THREE, "Harbour Lights", "2009")],
        [work(THREE, "Harbour Lights", "2009")],
    ),
    (
        "negative: one writer and a title of 'and other stories'",
        "Vell, Tomas, *Harbour Lights and Other Stories*. Leeds: Dale, 2009.",
        [work("Vell", "Harbour Lights and Other Stories", "2009")],
        [work("Vell", "Harbour Lights and Other Stories", "2009")],
    ),
    (
        "negative: one writer alone",
        "Vell, Tomas. *Harbour Lights*. Leeds: Dale Press, 2009.",
        [work("Vell", "Harbour Lights", "2009")],
        [work("Vell", "Harbour Lights", "2009")],
    ),
    (
        "negative: two writers, as before",
        "Vell, Tomas, and Anna Roe. *Harbour Lights*. Leeds: Dale Press, 2009.",
        [work("Vell/Roe", "Harbour Lights", "2009")],
        [],
    ),
    (
        "negative: a title with a serial comma",
        "Vell, Tomas, *Harbour Lights, and Other Stories*. Leeds: Dale, 2009.",
        [work("Vell", "Harbour Lights, and Other Stories", "2009")],
        [work("Vell", "Harbour Lights", "2009")],
    ),
]  # fmt: skip

test_markdown, test_web = rendering_table_tests(CASES)


def test_balance() -> None:
    negatives = sum(1 for name, *_ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives
