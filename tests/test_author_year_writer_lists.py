"""Issue 11, round 16: author-date citations of several writers joined by German "und" or
"u." or Greek "και", and their look-alikes.

German and Greek social-science notes and texts cite author-date ("Varga und Kolb 2008,
S. 4", "Μηλιός και Σαββάκης (2008)"); the writers are joined as "and" joins them in
English (DIN ISO 690; Greek practice), and "u. a." or "κ.ά." stand for more. The
author-year reader read the last writer alone ("Σαββάκης (2008)"); it reads them all. A
list of surnames alone before a bare year is no writer and a plain title ("Varga, Kolb und
Holm 2008, S. 4": the note reader read "Varga" and the title "Kolb und Holm 2008"): the
author-year reader reads it.

Constructed notes and paragraphs (invented writers, no corpus text). At least half the rows
are negatives: places and publishers joined by "und", "u." or "και" before a year ("Berlin
und Wien (1999)", which the author-year reader read as a writer "Wien"), a title's words
joined by "und" in prose, a year in brackets after a plain title."""

from __future__ import annotations

import pytest

from citecheck.extract import build_manuscript
from citecheck.readers import read_bytes
from tests.note_tables import Reading, built_from_note, last_note_readings, surnames_read

# (class, note, the author-year citations read: (surnames, year))
IN_NOTES: list[tuple[str, str, list[tuple[tuple[str, ...], str]]]] = [
    (
        "und: two writers, a year and a page",
        "Vgl. Varga und Kolb 2008, S. 4.",
        [(("Varga", "Kolb"), "2008")],
    ),
    ("u.: two writers", "Varga u. Kolb 2008, S. 12.", [(("Varga", "Kolb"), "2008")]),
    (
        "und: three writers, a comma list",
        "Vgl. Varga, Kolb und Holm 2008, S. 4.",
        [(("Varga", "Kolb", "Holm"), "2008")],
    ),
    (
        "και: two Greek writers, a year and a page",
        "Βλ. Μηλιός και Σαββάκης 2008, σ. 4.",
        [(("Μηλιός", "Σαββάκης"), "2008")],
    ),
    (
        "και: two Greek writers, the year in brackets",
        "Μηλιός και Σαββάκης (2008), σ. 4.",
        [(("Μηλιός", "Σαββάκης"), "2008")],
    ),
    (
        "και: two Latin writers, the year and page in brackets",
        "Βλ. Varga και Kolb (2008: 12).",
        [(("Varga", "Kolb"), "2008")],
    ),
    (
        "και: three Greek writers, a comma list",
        "Βλ. Μηλιός, Σαββάκης και Καρράς 2008, σ. 12.",
        [(("Μηλιός", "Σαββάκης", "Καρράς"), "2008")],
    ),
    ("negative: places joined by und", "Berlin und Wien 1999, S. 4.", []),
    (
        "negative: an edition's places joined by und",
        "Vgl. die Ausgabe Berlin und Wien 1999, S. 4.",
        [],
    ),
    ("negative: publishers joined by und", "Suhrkamp und Insel 1999, S. 4.", []),
    ("negative: places joined by u.", "Vgl. die Ausgabe Frankfurt u. Leipzig 1999, S. 4.", []),
    ("negative: Greek places joined by και", "Αθήνα και Θεσσαλονίκη 1999, σ. 4.", []),
    (
        "negative: Greek places joined by και after an edition",
        "Βλ. την έκδοση Αθήνα και Θεσσαλονίκη (1999), σ. 4.",
        [],
    ),
    (
        "negative: a title's words joined by und in prose",
        "Die Jahre zwischen Krieg und Frieden 1918, S. 4.",
        [],
    ),
]

# (class, note, readings of the note reader)
NOTE_READER: list[tuple[str, str, list[Reading]]] = [
    ("und: a surname list before a bare year is no title", "Varga, Kolb und Holm 2008, S. 4.", []),
    (
        "negative: a year in brackets after a plain title",
        "Leon Trotsky, Results and Prospects (1906).",
        [("full", ("Trotsky",), "Results and Prospects", "1906")],
    ),
    (
        "negative: a person with given names, a plain title and a bare year",
        "Ilse Varga, Kolb und Holm 2008, S. 4.",
        [("full", ("Varga",), "Kolb und Holm 2008", "")],
    ),
]

# (class, paragraph of a German or Greek text, the author-year citations read)
IN_BODY: list[tuple[str, str, list[tuple[tuple[str, ...], str]]]] = [
    (
        "und: two writers in a sentence",
        "Varga und Kolb (2008) zeigen es.",
        [(("Varga", "Kolb"), "2008")],
    ),
    (
        "και: two writers in a sentence",
        "Όπως δείχνουν οι Μηλιός και Σαββάκης (2008), έτσι.",
        [(("Μηλιός", "Σαββάκης"), "2008")],
    ),
    (
        "negative: places joined by und in a sentence",
        "Zuerst Berlin und Wien (1999), dann Prag.",
        [],
    ),
    (
        "negative: places joined by und after a preposition",
        "In Berlin und Wien (1999) war es so.",
        [],
    ),
]


def _body_citations(paragraph: str) -> list[tuple[tuple[str, ...], str]]:
    text = (
        f"# T\n\n{paragraph}\n\n## Literatur\n\nVarga, Ilse und Tom Kolb (2008): Ports. Berlin.\n"
    )
    built = build_manuscript(read_bytes("m.md", text.encode("utf-8")), figures=False)
    return [(tuple(a.surname for a in c.authors), c.year) for c in built.citations]


@pytest.mark.parametrize(
    ("note", "expected"), [c[1:] for c in IN_NOTES], ids=[c[0] for c in IN_NOTES]
)
def test_author_year_in_notes(note: str, expected: list[tuple[tuple[str, ...], str]]) -> None:
    built = built_from_note(note)
    assert [(tuple(a.surname for a in c.authors), c.year) for c in built.citations] == expected


@pytest.mark.parametrize(
    ("note", "expected"), [c[1:] for c in NOTE_READER], ids=[c[0] for c in NOTE_READER]
)
def test_note_reader(note: str, expected: list[Reading]) -> None:
    assert last_note_readings([note]) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"), [c[1:] for c in IN_BODY], ids=[c[0] for c in IN_BODY]
)
def test_author_year_in_body(paragraph: str, expected: list[tuple[tuple[str, ...], str]]) -> None:
    assert _body_citations(paragraph) == expected


def test_the_tables_hold_at_least_as_many_negatives_as_positives() -> None:
    names = [c[0] for table in (IN_NOTES, NOTE_READER, IN_BODY) for c in table]
    negatives = [n for n in names if n.startswith("negative")]
    assert len(negatives) >= len(names) - len(negatives)


@pytest.mark.parametrize("note", [c[1] for c in IN_NOTES if c[0].startswith("negative")])
def test_no_reader_reads_a_writer_in_a_negative(note: str) -> None:
    assert surnames_read(note) == set()
