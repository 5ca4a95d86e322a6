"""Issue 11: "see:" with its colon after a note's prose opens the works it lists.

"On the early years of the strike, lately see: Hazel Vell, Harbour Lights (1999) and The
Iron Calendar (2001)" (a web copy: the titles plain) was read as one segment from the
prose's first word, and nothing was read: the lead-in a cue may stand after is a few
words before ", see", and the colon broke it. Prose does not write "see:"; a lead-in to
references does, however many words come before it, so the segmenter now cuts before it,
as before "see also". Synthetic notes; half the rows are negatives."""

from __future__ import annotations

import pytest

from tests.note_tables import negative_table_tests, one_note_readings, work

CASES = [
    (
        "a long lead-in, two works of one writer",
        "On the early years of the strike, lately see: Hazel Vell, Harbour Lights of the Coast"
        " (1999) and The Iron Calendar Here (2001).",
        [
            work("Vell", "Harbour Lights of the Coast", "1999"),
            work("Vell", "The Iron Calendar Here", "2001"),
        ],
    ),
    (
        "a clause before it",
        "Of the strike much is known, and lately see: Hazel Vell, Harbour Lights (1999).",
        [work("Vell", "Harbour Lights", "1999")],
    ),
    (
        "a long lead-in, one work",
        "In the port towns, as elsewhere in the north, see: Hazel Vell, Harbour Lights (1999).",
        [work("Vell", "Harbour Lights", "1999")],
    ),
    ("negative: 'see:' before prose", "A note on what we mean by see: the verb.", []),
    ("negative: no work after it", "We wanted to see: nothing came of it in the end.", []),
    ("negative: words, no work", "Words to see: Harbour, Lights and Calendar.", []),
    (
        "negative: 'See:' inside a plain title",
        "Ilse Varga, Wait and See: Harbours (London: Foxley, 1998), 41.",
        [work("Varga", "Wait and See: Harbours", "1998")],
    ),
]


@pytest.mark.parametrize(("note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_read(note: str, expected: list) -> None:
    assert one_note_readings(note) == expected


test_balance, test_negatives_read_no_author_year = negative_table_tests(CASES)
