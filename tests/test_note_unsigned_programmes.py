"""Issue 11: a body's unsigned programme, report or resolution cited by its plain title and
a place and a year (`extract/note_plain_titles`: `_genitive_article`, `_PLACE_YEAR_BRACKET`).

Constructed notes (invented bodies and titles; no corpus text). Chicago 14.131 lets an
imprint give the place and the year alone, and cites an unsigned work by its title; German
practice (DIN 1505) writes "Titel, Ort Jahr" or "Titel (Ort Jahr)". A German genitive after
a noun ("Programm der Volkspartei", "Geschichte des Bundes") is no person's names with a
particle ("van der Meulen", "von der Heide").

At least half the rows are negatives: a person's names before a place and a year, a
surname's particle, a date in the bracket, prose and a German sentence before a bracket, a
place alone, a quantity, and works with their writers, which keep them."""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, negative_table_tests, unsigned
from tests.note_tables import one_note_readings as readings

CASES: list[tuple[str, str, list[Reading]]] = [
    (
        "a programme, a place and a year in brackets",
        "Programme of the Harbour Labour Party (London, 1918), 4.",
        [unsigned("Programme of the Harbour Labour Party", "1918")],
    ),
    (
        "a resolution, a place and a year in brackets",
        "Resolution on the Coastal Question (Leeds, 1922), 12.",
        [unsigned("Resolution on the Coastal Question", "1922")],
    ),
    (
        "German: a programme, place and year in brackets",
        "Programm der Volkspartei (Berlin 1925), S. 4.",
        [unsigned("Programm der Volkspartei", "1925")],
    ),
    (
        "German: a programme, place and year after a comma",
        "Programm der Volkspartei, Berlin 1925, S. 4.",
        [unsigned("Programm der Volkspartei", "1925")],
    ),
    (
        "German: an adjective in lower case",
        "Die Lage der ländlichen Arbeiter (Kassel 1890), S. 4.",
        [unsigned("Die Lage der ländlichen Arbeiter", "1890")],
    ),
    (
        "German: des after the noun",
        "Geschichte des Bundes, Kassel 1925, S. 4.",
        [unsigned("Geschichte des Bundes", "1925")],
    ),
    # negatives
    ("negative: a person, a place and a year", "Tomas Reiner (London, 1918), 4.", []),
    ("negative: a German person with von der", "Ursula von der Heide (Berlin 1925), S. 4.", []),
    ("negative: a month in the bracket", "Report on the Strike (May 1918), 4.", []),
    (
        "negative: English prose before a bracket",
        "On the strike of the dockers (London, 1918), 4.",
        [],
    ),
    (
        "negative: a German sentence before a bracket",
        "Die Partei war damals der Meinung (Berlin 1925), S. 4.",
        [],
    ),
    ("negative: a place and a year alone", "Berlin (1925), S. 4.", []),
    ("negative: a place of several words", "Frankfurt am Main (Berlin 1925), S. 4.", []),
    ("negative: a quantity", "Some 1,500 copies (London, 1918).", []),
    (
        "negative: a surname's particle stays a name",
        "Petra van der Meulen, Häfen der Welt, Leiden 2008, S. 4.",
        [("full", ("van der Meulen",), "Häfen der Welt", "2008")],
    ),
    (
        "negative: a writer before a genitive title keeps it",
        "Hans Meier, Geschichte der Partei, Berlin 1925, S. 4.",
        [("full", ("Meier",), "Geschichte der Partei", "1925")],
    ),
]


@pytest.mark.parametrize(("note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reading(note: str, expected: list[Reading]) -> None:
    assert readings(note) == expected


(
    test_the_table_holds_at_least_as_many_negatives_as_positives,
    test_the_author_year_reader_reads_no_author_in_a_negative,
) = negative_table_tests(CASES)
