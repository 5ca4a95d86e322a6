"""Issue 11, round 15: an unsigned piece named by its kind in a note's prose, then its
quoted title, its paper or programme and its date or address (Chicago 14.207 unsigned
newspaper pieces, 14.267 podcasts): "Compare the minutes with the editorial “Title,”
*Paper*, 14 October 1911.", "… in a podcast interview: “Title,” *Programme* (podcast),
episode 87, December 2022, https://…". No author: the truth set's convention.

Constructed notes (invented titles, papers and programmes). The readings are the note's,
as (form, surnames, title, year); each row is read as Markdown and as a web copy (emphasis
gone, quotes kept). Half the rows at least are negatives: a quotation in prose after a
kind word, a title with a place and a year, a kind word that is a person ("the editor"),
a kind word with no article, a journal with a number, prose with a year; none is read as
a work, and none gives an author."""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, surnames_read
from tests.note_tables import one_note_readings as readings

MILL = "Strikers at the Mill Gate"
TIDE = "After the Tide with Mara Lind"

CASES: list[tuple[str, str, list[Reading]]] = [
    (
        "the editorial after prose, a paper and a date",
        f'Compare the minutes of 12 October 1911 with the editorial "{MILL},"'
        " *Morning Ledger*, 14 October 1911.",
        [("full", (), MILL, "1911")],
    ),
    (
        "a podcast interview and a colon, a programme, a month and an address",
        f'She said as much in a podcast interview: "{TIDE}," *The Long Road* (podcast),'
        " episode 87, December 2022, https://longroad.example.fm/87.",
        [("full", (), TIDE, "2022")],
    ),
    (
        "the unsigned leader with curly quotes",
        f"The line was set out in the unsigned leader “{MILL},” *Evening Post*, 3 May 1926.",
        [("full", (), MILL, "1926")],
    ),
    (
        "the radio programme, a station and a date",
        f'It was first aired as the radio programme "{TIDE}," *Home Service*, 4 March 1984.',
        [("full", (), TIDE, "1984")],
    ),
    # negatives
    (
        "negative: a quotation in prose after a kind word",
        'The paper kept the editorial "line" of 1911 for a decade.',
        [],
    ),
    (
        "negative: a person, not a kind of piece",
        f'He wrote to the editor "{MILL}," *Morning Ledger*, 14 October 1911.',
        [],
    ),
    (
        "negative: a title with a place and a year only",
        f'The strike was praised in the editorial "{MILL}," Leeds, 1911, by its foes.',
        [],
    ),
    (
        "negative: a journal with a number, no kind word",
        "The strike was praised in prose and in *Labour Review*, no. 12 (1911).",
        [],
    ),
    (
        "negative: prose with a year and a quotation",
        'By the episode of 1926 the word "strike" was a slogan.',
        [],
    ),
]


@pytest.mark.parametrize("web", [False, True], ids=["markdown", "web"])
@pytest.mark.parametrize(("kind", "note", "expected"), CASES, ids=[c[0] for c in CASES])
def test_unsigned_piece_in_prose(kind: str, note: str, expected: list[Reading], web: bool) -> None:
    rendered = note.replace("*", "") if web else note
    assert readings(rendered) == expected
    assert not surnames_read(rendered) & {"Leeds", "Ledger", "Review", "Post", "Road"}
