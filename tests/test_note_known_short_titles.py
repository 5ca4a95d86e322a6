"""Issue 11, round 21: a web copy's short form before a sentence of the writer's own.

Synthetic documents (invented writers, titles and places; no corpus text). A Markdown note
"Kessel, *Harbour Lights*. Quoted in the *Leeds Courier*, 2 May 1921." loses its emphasis
in a web page's copy, and "Kessel, Harbour Lights." then has the shape of a bibliography's
inverted name (a surname, given names, a full stop): the reader read on into the next
sentence for a title, and lost the work or took the sentence for it ("Kessel was then
living in London (1920–22)" as a work of 1920). When an earlier note cited a work of that
writer whose title opens with those words, they are its short title (Chicago 14.32).

Each row is written in Markdown and read twice, as written and as its web copy (every
note's emphasis gone); both must give the row's readings of the last note. The negatives:
no earlier work of the writer, or another writer's work of that title; a bibliography's
entry with given names; the title followed by its own details (a place and its colon or
year, an edition), which read on as the Markdown reads them; a page after the title.
"""

from __future__ import annotations

import pytest

from tests.note_tables import last_note_readings, web_copy, work

FULL = "Ruth Kessel, *Harbour Lights* (Leeds: Dale Press, 2001), 40."
LONG = "Ruth Kessel, *Harbour Lights of the North: A History* (Leeds: Dale Press, 2001), 40."
OTHER = "Ruth Kessel, *Salt and Iron* (Leeds: Dale Press, 2001), 40."
ROE = "Anna Roe, *Harbour Lights* (Leeds: Dale Press, 2001), 40."
SHORT = work("Kessel", "Harbour Lights", form="short")

# (class, the notes before, the note, its readings)
CASES = [
    (
        "a quotation's source after the short form",
        [FULL],
        "Kessel, *Harbour Lights*. Quoted in the *Leeds Courier*, 2 May 1921.",
        [SHORT],
    ),
    (
        "a sentence of prose with a bracketed range",
        [FULL],
        "Kessel, *Harbour Lights*. Kessel was then living in London (1920–22).",
        [SHORT],
    ),
    (
        "a sentence naming an edition by its year",
        [FULL],
        "Kessel, *Harbour Lights*. The second edition (1995) adds a preface.",
        [SHORT],
    ),
    (
        "the head of a longer title, a sentence with no year",
        [LONG],
        "Kessel, *Harbour Lights*. On this see below.",
        [SHORT],
    ),
    (
        "after a cue, then another work in full",
        [FULL],
        "See Kessel, *Harbour Lights*. See also Tom Rudd, *Salt and Iron* (Leeds: Dale Press,"
        " 2001), 3.",
        [SHORT, work("Rudd", "Salt and Iron", "2001")],
    ),
    (
        "negative: no earlier work of the writer, a bibliography's entry",
        [],
        "Kessel, Ruth. *Harbour Lights*. London: Dale, 2001.",
        [work("Kessel", "Harbour Lights", "2001")],
    ),
    (
        "negative: the writer's other work before, an entry with given names",
        [OTHER],
        "Kessel, Ruth. *Harbour Lights*. London: Dale, 2001.",
        [work("Kessel", "Harbour Lights", "2001")],
    ),
    (
        "negative: the title followed by its place and publisher",
        [FULL],
        "Kessel, *Harbour Lights*. Leeds: Dale Press, 1921.",
        [work("Kessel", "Harbour Lights", "1921")],
    ),
    (
        "negative: the title followed by its place and year",
        [FULL],
        "Kessel, *Harbour Lights*. London, 1921.",
        [work("Kessel", "Harbour Lights", "1921")],
    ),
    (
        "negative: a page after the title, read by the core reader",
        [FULL],
        "Kessel, *Harbour Lights*, 44. The strike began on 3 May 1921.",
        [SHORT],
    ),
    (
        "negative: the short form alone",
        [FULL],
        "Kessel, *Harbour Lights*.",
        [SHORT],
    ),
]  # fmt: skip

ids = [c[0] for c in CASES]


@pytest.mark.parametrize(("before", "note", "expected"), [c[1:] for c in CASES], ids=ids)
def test_markdown(before: list[str], note: str, expected: list) -> None:
    assert last_note_readings([*before, note]) == expected


@pytest.mark.parametrize(("before", "note", "expected"), [c[1:] for c in CASES], ids=ids)
def test_web_copy(before: list[str], note: str, expected: list) -> None:
    assert last_note_readings([web_copy(n) for n in [*before, note]]) == expected


# The web copies read no work of the writer where no earlier note vouches for the title:
# another writer's work of that title is not Kessel's.
# (class, the notes before, the note as a web copy gives it, its readings)
UNVOUCHED = [
    (
        "negative: another writer's work of that title before",
        [ROE],
        "Kessel, Harbour Lights. Quoted in the Leeds Courier, 2 May 1921.",
        [],
    ),
    (
        "negative: nothing before",
        [],
        "Kessel, Harbour Lights. Quoted in the Leeds Courier, 2 May 1921.",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("before", "note", "expected"), [c[1:] for c in UNVOUCHED], ids=[c[0] for c in UNVOUCHED]
)
def test_unvouched_web_copy(before: list[str], note: str, expected: list) -> None:
    assert last_note_readings([web_copy(n) for n in [*before, note]]) == expected


def test_balance() -> None:
    rows = CASES + UNVOUCHED
    negatives = sum(1 for name, *_ in rows if name.startswith("negative"))
    assert negatives >= len(rows) - negatives
