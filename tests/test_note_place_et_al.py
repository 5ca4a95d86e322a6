"""A place or a publisher alone before "u. a.", "et al." or "κ.ά." is no writer: DIN 1505-2
writes "Berlin u. a." for a book printed in more places than one, so after a place's name
the mark means "and other places". Round 16's "u. a." lists read "Berlin u. a.: Die Stadt"
and "Suhrkamp u. a. (Hg.), …" with the place or the publisher as the writer (755c572 read
no work there; "Hamburg et al. (eds.)" was read so before). The work is kept without an
author. Constructed rows: invented writers and titles; the negatives are persons before the
same marks, which stay writers, and imprints after a title, which stay imprints."""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, one_note_readings, surnames_read, work

PLACE_BEFORE_MARK: list[tuple[str, str]] = [
    ("Berlin u. a.: Die Kornroute, 1999.", "Berlin"),
    ("Berlin u. a. (Hg.), Die Kornroute, 1999.", "Berlin"),
    ("Suhrkamp u. a. (Hg.): Die Kornroute, 1999.", "Suhrkamp"),
    ("Vgl. München u. a. (Hrsg.), Die Kornroute, Wien 1999, S. 4.", "München"),
    ("Αθήνα κ.ά. (επιμ.), Ο δρόμος του σιταριού, 1999.", "Αθήνα"),
    ("Hamburg et al. (eds.), The Grain Road, 1999.", "Hamburg"),
]

PERSONS_AND_IMPRINTS: list[tuple[str, list[Reading]]] = [
    ("Varga u. a.: Die Kornroute, 1999.", [work("Varga", "Die Kornroute", "1999")]),
    (
        "Ilse Varga u. a. (Hg.), Die Kornroute, Wien 1999.",
        [work("Varga", "Die Kornroute", "1999")],
    ),
    (
        "Ν. Σαββάκης κ.ά., Ο δρόμος του σιταριού, Αθήνα 1999.",
        [work("Σαββάκης", "Ο δρόμος του σιταριού", "1999")],
    ),
    (
        "Ilse Varga, Tom Kolb u. a. (Hg.), Die Kornroute, Wien 1999.",
        [work("Varga/Kolb", "Die Kornroute", "1999")],
    ),
    (
        "Vgl. Ilse Varga u. a., Die Kornroute, Wien u. a.: Böhlau 1999, S. 3.",
        [work("Varga", "Die Kornroute", "1999")],
    ),
    (
        "Ilse Varga, Die Kornroute, Berlin u. a. 1999, S. 3.",
        [work("Varga", "Die Kornroute", "1999")],
    ),
]


@pytest.mark.parametrize(("note", "place"), PLACE_BEFORE_MARK)
def test_a_place_before_the_mark_is_no_writer(note: str, place: str) -> None:
    assert place not in surnames_read(note)


@pytest.mark.parametrize(("note", "readings"), PERSONS_AND_IMPRINTS)
def test_persons_before_the_mark_stay_writers(note: str, readings: list[Reading]) -> None:
    assert one_note_readings(note) == readings
