"""Full forms in English and German notes where the reader read nothing at all, though a
writer, a title and an imprint with a year stand in them (`note_unread_forms`): a title
before its writer ("*Title*, by Ann Vell, London: …", "*Titel*, von Ann Vell, Hamburg
1990", Chicago 14.76), a writer's name as a sentence of its own before the title and the
imprint (ISO 690 / DIN 1505 with the name not inverted), and a writer named in prose
before the work ("As Ann Vell has shown, *Title* (…)", "Grundlegend ist Ann Vell, …",
Chicago 14.21). Every writer, title and publisher is invented; the places are real.

Rows marked "both" are read in Markdown and in the web copy (`web_copy`: no emphasis);
rows marked "web" are the web copies of notes whose Markdown the reader read before, and
are checked in the web copy only. Half the rows or more are negatives: a place, a
publisher or a periodical where the writer would stand ("by New York", "Dorne Press.",
"Harbour Studies."), a sentence where the title would stand, no year, no place, a year
that is a quantity, a page with no work, prose."""

from __future__ import annotations

import pytest

from tests.note_tables import (
    built_from_note,
    negative_table_tests,
    one_note_readings,
    web_copy,
    work,
)

YEAR = work("Vell", "The Harbour Year", "1990")
JAHRE = work("Vell", "Die Hafenjahre", "1990")
TWO = work("Vell/Rusk", "The Harbour Year", "1990")

# name, note, readings, renderings checked ("both" or "web")
ROWS = [
    ("plain title, by its writer, then an imprint",
     "The Harbour Year, by Ann Vell, London: Dorne Press, 1990.", [YEAR], "both"),
    ("plain title, by two writers", "The Harbour Year, by Ann Vell and Tom Rusk, London: Dorne "
     "Press, 1990.", [TWO], "both"),
    ("German plain title, von its writer, Ort Jahr",
     "Die Hafenjahre, von Ann Vell, Hamburg 1990, S. 3.", [JAHRE], "both"),
    ("writer's name its own sentence, plain title, imprint",
     "Ann Vell. The Harbour Year. London: Dorne Press, 1990.", [YEAR], "both"),
    ("German lead-in with a colon", "Grundlegend: Ann Vell, Die Hafenjahre, Hamburg 1990.",
     [JAHRE], "both"),
    ("German lead-in sentence", "Grundlegend ist Ann Vell, Die Hafenjahre, Hamburg 1990.",
     [JAHRE], "both"),
    ("writer in prose, a comma, the work",
     "As Ann Vell has shown, *The Harbour Year* (London: Dorne Press, 1990), 3.", [YEAR], "both"),
    ("writer in prose, four words, the work",
     "As Ann Vell has argued at length, *The Harbour Year* (London: Dorne Press, 1990), 3.",
     [YEAR], "both"),
    ("German writer in prose, the work in brackets",
     "Wie Ann Vell gezeigt hat (*Die Hafenjahre*, Hamburg 1990, S. 3), wuchs der Hafen.",
     [JAHRE], "both"),
    ("German writer in prose, 'in:' the work",
     "So schon Ann Vell in: Die Hafenjahre, Hamburg 1990, S. 3.", [JAHRE], "both"),
    ("marked title, by its writer, an imprint unbracketed",
     "*The Harbour Year*, by Ann Vell, London: Dorne Press, 1990.", [YEAR], "web"),
    ("marked title, by two writers",
     "*The Harbour Year*, by Ann Vell and Tom Rusk, London: Dorne Press, 1990.", [TWO], "web"),
    ("a cue before a title by its writer",
     "See *The Harbour Year*, by Ann Vell, London: Dorne Press, 1990, 3.", [YEAR], "web"),
    ("German marked title, von its writer",
     "*Die Hafenjahre*, von Ann Vell, Hamburg 1990, S. 3.", [JAHRE], "web"),
    ("German title von its writer, no comma, Ort: Verlag Jahr",
     "*Die Hafenjahre* von Ann Vell, Hamburg: Dorne 1990.", [JAHRE], "web"),
    ("German cue, von an initialled writer",
     "Vgl. *Die Hafenjahre*, von A. Vell, Hamburg 1990, S. 3.", [JAHRE], "web"),
    ("writer's name its own sentence, marked title",
     "Ann Vell. *The Harbour Year*. London: Dorne Press, 1990.", [YEAR], "web"),
    ("two writers' names their own sentence",
     "Ann Vell and Tom Rusk. *The Harbour Year*. London: Dorne Press, 1990.", [TWO], "web"),
    ("German name sentence, Ort: Verlag Jahr, S.",
     "Ann Vell. *Die Hafenjahre*. Hamburg: Dorne 1990, S. 3.", [JAHRE], "web"),
    ("writer in prose, 'shows in' the work (Place, Year)",
     "As Ann Vell shows in *The Harbour Year* (London, 1990), the port grew.", [YEAR], "web"),
    ("German writer in prose, 'argumentiert … in'",
     "Ähnlich argumentiert Ann Vell in *Die Hafenjahre*, Hamburg 1990, S. 3.", [JAHRE], "web"),
    ("writer in prose, 'in her' the work",
     "Ann Vell makes the same point in her *The Harbour Year* (London, 1990), 3.", [YEAR], "web"),
    ("negative: a place after 'In'", "In New York, The Harbour Year, London 1990.", [], "both"),
    ("negative: a two-word place after 'by'",
     "The Harbour Year, by New York, London: Dorne Press, 1990.", [], "both"),
    ("negative: a publisher after 'von'", "Die Hafenjahre, von Hamburg Verlag, Hamburg 1990.",
     [], "both"),
    ("negative: a German place after 'von'",
     "Die Hafenjahre, von Bad Homburg, Hamburg 1990, S. 3.", [], "both"),
    ("negative: a byline and no details", "The Harbour Year, by Ann Vell.", [], "both"),
    ("negative: a byline before prose",
     "The Harbour Year, by Ann Vell, is the standard account.", [], "both"),
    ("negative: a byline before a quantity",
     "The Harbour Year, by Ann Vell, sold 1990 copies.", [], "both"),
    ("negative: a byline and a year, no place", "The Harbour Year, by Ann Vell, 1990.", [],
     "both"),
    ("negative: a name sentence and a title, no imprint", "Ann Vell. The Harbour Year.", [],
     "both"),
    ("negative: a name sentence before a sentence",
     "Ann Vell. The harbour grew. London, 1990.", [], "both"),
    ("negative: a place joined to the writer",
     "Ann Vell and New York. The Harbour Year. London: Dorne Press, 1990.", [], "both"),
    ("negative: a place as its own sentence",
     "New York. The Harbour Year. London: Dorne Press, 1990.", [], "both"),
    ("negative: a publisher as its own sentence",
     "Dorne Press. The Harbour Year. London: Dorne Press, 1990.", [], "both"),
    ("negative: a journal as its own sentence",
     "Harbour Studies. The Harbour Year. London, 1990.", [], "both"),
    ("negative: prose and a year", "As Ann Vell shows, the port grew in 1990.", [], "both"),
    ("negative: prose 'in' a lowercase place",
     "As Ann Vell shows in the port, London grew, 1990.", [], "both"),
    ("negative: prose 'in' a place and a year",
     "As Ann Vell shows in London, 1990, the port grew.", [], "both"),
    ("negative: prose 'in' a journal's volume",
     "As Ann Vell shows in Harbour Studies 4 (1990), 3.", [], "both"),
    ("negative: prose, a year and a page", "Ann Vell went to London in 1990, p. 3.", [], "both"),
    ("negative: a quantity", "Ann Vell counted 1990 ships in London, 3.", [], "both"),
    ("negative: a place in prose before a title",
     "The port of New York, The Harbour Year, London 1990.", [], "both"),
    ("negative: a German place as the subject",
     "Grundlegend ist Hamburg, Die Hafenjahre, Hamburg 1990.", [], "both"),
    ("negative: a German publisher as the subject",
     "Grundlegend ist der Verlag Dorne Press, Die Hafenjahre, Hamburg 1990.", [], "both"),
    ("negative: a surname, a year and a page", "Vell kam 1990 nach Hamburg, S. 3.", [], "both"),
    ("negative: a publisher after 'At'", "At Dorne Press, The Harbour Year (London, 1990).", [],
     "both"),
    ("negative: a possessive in prose", "The meeting at Ann Vell's house, London, 1990, 3.", [],
     "both"),
    ("negative: a writer in a place", "Ann Vell in London, 1990.", [], "both"),
    ("negative: a writer and an imprint alone", "Ann Vell (London, 1990).", [], "both"),
    ("negative: a writer, a place and a publisher", "Ann Vell, London: Dorne Press, 1990.", [],
     "both"),
    ("negative: German prose, a year and a quantity",
     "Wie Ann Vell gezeigt hat, wuchs der Hafen bis 1990 um 3 Prozent.", [], "both"),
    ("negative: prose with an imprint-shaped bracket",
     "As Ann Vell has shown, the port (London, 1990) grew by 3 per cent.", [], "both"),
    ("negative: 'in:' a place and a year", "So schon Ann Vell in: Hamburg, 1990, S. 3.", [],
     "both"),
    ("negative: 'in:' a newspaper in prose",
     "So schon Ann Vell in: der Zeitung, Hamburg 1990, S. 3.", [], "both"),
    ("negative: a German lead-in without details", "Grundlegend bei Ann Vell, Die Hafenjahre.",
     [], "both"),
]  # fmt: skip

MARKDOWN = [r for r in ROWS if r[3] == "both"]


@pytest.mark.parametrize(
    ("note", "expected"), [r[1:3] for r in MARKDOWN], ids=[r[0] for r in MARKDOWN]
)
def test_markdown_readings(note: str, expected: list) -> None:
    assert one_note_readings(note) == expected


@pytest.mark.parametrize(("note", "expected"), [r[1:3] for r in ROWS], ids=[r[0] for r in ROWS])
def test_web_copy_readings(note: str, expected: list) -> None:
    assert one_note_readings(web_copy(note)) == expected


@pytest.mark.parametrize(
    ("note", "unsure"),
    [
        ("The Harbour Year, by Ann Vell, London: Dorne Press, 1990.",
         "a writer named after the title; plain title"),
        ("As Ann Vell has shown, *The Harbour Year* (London: Dorne Press, 1990), 3.",
         "author in prose"),
    ],
)  # fmt: skip
def test_what_the_reader_doubts_stays_unsure(note: str, unsure: str) -> None:
    assert [c.unsure for c in built_from_note(note).note_citations] == [unsure]


test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=40
)
