"""Issue 11: a document named with its body ("Flugblatt der KPD-Bezirksleitung", "Aufruf des
Parteivorstands") is no person (`extract/note_names.genitive_after_noun`).

Constructed notes (invented bodies, writers and titles; no corpus text). German notes name a
leaflet, call, statement or resolution by its kind and the body that issued it, in the
genitive, before its quoted title; the reader took the kind for a given name and "der
KPD-Bezirksleitung" for a surname with its particle. A German genitive article after a
capitalised word that is no particle opens no surname; "der" after "van", "von", "de", "ter"
or "zu" does ("Jan van der Meulen", "Kurt von der Heide"). Such a document is read as an
unsigned work by its title (Chicago 14.75–14.79, DIN 1505 "o. V."): the body issued it and
is no writer (`extract/note_kind_bodies`); until that convention was settled these notes
were read as no work.

At least half the rows are negatives: writers whose surnames hold "van der" or "von der",
titles holding a genitive ("Die Stadt der Zukunft", "Geschichte der Partei") after a writer,
the German colon style after "Vgl.", an editor with "von der"."""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, work
from tests.note_tables import one_note_readings as readings

CASES: list[tuple[str, str, list[Reading]]] = [
    (
        "a leaflet and its body before a quoted title",
        "Flugblatt der KPD-Bezirksleitung, „An die Arbeiter Berlins!“, Berlin 1932.",
        [work("", "An die Arbeiter Berlins!", "1932")],
    ),
    (
        "a call and its body before a quoted title and a paper",
        "Aufruf des Parteivorstands „An die Arbeiter!“, in: Vorwärts, 12.3.1931.",
        [work("", "An die Arbeiter!", "1931")],
    ),
    (
        "a statement and its body before a place and a year",
        "Erklärung der Landesleitung, „Gegen den Krieg“, Kassel 1950, S. 2.",
        [work("", "Gegen den Krieg", "1950")],
    ),
    (
        "a resolution and its body before a journal",
        "Beschluss des Bundesvorstands, „Für den Frieden“, in: Mitteilungen 3 (1951), S. 2.",
        [work("", "Für den Frieden", "1951")],
    ),
    # negatives
    (
        "negative: von der in a surname",
        "Kurt von der Heide, „Die Stadt“, Berlin 1990, S. 4.",
        [work("von der Heide", "Die Stadt", "1990")],
    ),
    (
        "negative: van der in a surname, a genitive in the title",
        "Jan van der Meulen, Häfen der Welt, Leiden 2008, S. 4.",
        [work("van der Meulen", "Häfen der Welt", "2008")],
    ),
    (
        "negative: a genitive inside a quoted title",
        "Ute Sandvoß, „Die Stadt der Zukunft“, in: Merkur 2 (1990), S. 4.",
        [work("Sandvoß", "Die Stadt der Zukunft", "1990")],
    ),
    (
        "negative: the colon style after Vgl.",
        "Vgl. Kurt von der Heide: Die Stadt. Berlin 1990, S. 4.",
        [work("von der Heide", "Die Stadt", "1990")],
    ),
    (
        "negative: a writer before a genitive title",
        "Hans Meier, Geschichte der Partei, Berlin 1925, S. 4.",
        [work("Meier", "Geschichte der Partei", "1925")],
    ),
    (
        "negative: English, van der in a surname with an imprint",
        "Jan van der Meulen, *Harbours of the North* (Leiden: Brill, 2008), 4.",
        [work("van der Meulen", "Harbours of the North", "2008")],
    ),
]


@pytest.mark.parametrize(("note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reading(note: str, expected: list[Reading]) -> None:
    assert readings(note) == expected


def test_the_table_holds_at_least_as_many_negatives_as_positives() -> None:
    negatives = [c for c in CASES if c[0].startswith("negative")]
    assert len(negatives) >= len(CASES) - len(negatives)
