"""Issue 11, round 15: German author-year short forms after "zit. n." and "nach", and their
look-alikes.

Constructed notes (invented writers, no corpus or written-document text). "zit. n." is the
common abbreviation of "zitiert nach" (quoted after, Duden): a cue before an author-year
short form as "zit. nach" is ("Zit. n. Pfeffer 2017, S. 5."). Inside prose, "nach" (after,
according to) before a surname, a year and a page is a short form of a work an earlier
note cited ("die Angaben nach Pfeffer 2008, S. 297"); where no earlier note cited that
writer, "nach Leipzig 2008, S. 4" may be a place and a date, and neither reader reads it.

At least half the rows are negatives: places after "nach", a publisher and an article
after "zit. n.", a year without a name."""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, built_from_note, last_note_readings, surnames_read

T = "Tom Pfeffer, *Grounded*, Ithaca: Cornell University Press 2008."

# (class, note, the author-year citations read: (surnames, year))
AUTHOR_YEAR: list[tuple[str, str, list[tuple[tuple[str, ...], str]]]] = [
    (
        "zit. n.: a surname, a year and a page",
        "Zit. n. Pfeffer 2017, S. 5.",
        [(("Pfeffer",), "2017")],
    ),
    (
        "zit. n.: two writers parted by a slash",
        "So zit. n. Pfeffer/Holm 2009, S. 41.",
        [(("Pfeffer", "Holm"), "2009")],
    ),
    ("negative: a publisher after zit. n.", "Zit. n. Suhrkamp 1990, S. 4.", []),
    ("negative: an article after zit. n.", "Zit. n. der Ausgabe 1990, S. 4.", []),
]

# (class, notes before, note, readings of the last note)
NOTE_READER: list[tuple[str, list[str], str, list[Reading]]] = [
    (
        "nach: a writer cited before, a year and a page",
        [T],
        "Der Text war nicht zugänglich; die Angaben nach Pfeffer 2008, S. 297, Anm. 14.",
        [("short", ("Pfeffer",), "", "2008")],
    ),
    (
        "nach: at a sentence's end",
        [T],
        "So die Zahlen nach Pfeffer 2008, S. 12.",
        [("short", ("Pfeffer",), "", "2008")],
    ),
    (
        "und: a second short form of the writer",
        [T],
        "Vgl. dazu Pfeffer 2008, S. 5, und Pfeffer 2009, S. 7.",
        [("short", ("Pfeffer",), "", "2008"), ("short", ("Pfeffer",), "", "2009")],
    ),
    (
        "wie: a sentence's subject, its year and page",
        [T],
        "Wie Pfeffer 2008, S. 5, zeigt, war der Streik verloren.",
        [("short", ("Pfeffer",), "", "2008")],
    ),
    (
        "laut: according to a writer cited before",
        [T],
        "Laut Pfeffer 2008, S. 5, war der Streik verloren.",
        [("short", ("Pfeffer",), "", "2008")],
    ),
    (
        "negative: a place after wie, no writer cited before",
        [T],
        "Wie Leipzig 2008, S. 5, zeigt, war es anders.",
        [],
    ),
    (
        "negative: a place after laut, in a note alone",
        [],
        "Laut Hamburg 2009, S. 3, war es so.",
        [],
    ),
    (
        "negative: a place after und, no writer cited before",
        [T],
        "Sie zog 2008 um, und Leipzig 2009, S. 7 zeigt es.",
        [],
    ),
    (
        "negative: a place after nach, no writer cited before",
        [T],
        "Sie zog nach Leipzig 2008, S. 4 erzählt sie.",
        [],
    ),
    (
        "negative: a place after nach in a note alone",
        [],
        "Die Reise ging nach Moskau 2010, S. 4.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("note", "expected"), [c[1:] for c in AUTHOR_YEAR], ids=[c[0] for c in AUTHOR_YEAR]
)
def test_author_year(note: str, expected: list[tuple[tuple[str, ...], str]]) -> None:
    built = built_from_note(note)
    assert [(tuple(a.surname for a in c.authors), c.year) for c in built.citations] == expected


@pytest.mark.parametrize(
    ("before", "note", "expected"), [c[1:] for c in NOTE_READER], ids=[c[0] for c in NOTE_READER]
)
def test_note_reader(before: list[str], note: str, expected: list[Reading]) -> None:
    assert last_note_readings([*before, note]) == expected


def test_the_tables_hold_at_least_as_many_negatives_as_positives() -> None:
    names = [c[0] for c in AUTHOR_YEAR] + [c[0] for c in NOTE_READER]
    negatives = [n for n in names if n.startswith("negative")]
    assert len(negatives) >= len(names) - len(negatives)


@pytest.mark.parametrize(
    "note",
    [c[1] for c in AUTHOR_YEAR if c[0].startswith("negative")]
    + [c[2] for c in NOTE_READER if c[0].startswith("negative") and not c[1]],
)
def test_no_reader_reads_a_writer_in_a_negative(note: str) -> None:
    assert surnames_read(note) == set()
