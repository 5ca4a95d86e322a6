"""Issue 11, round 15: German works cited title first (`extract/note_german_unsigned.py`).

Constructed notes, every title, body, editor and address invented. DIN 1505-2 sets a
volume's editors after its title ("Hg. von …"), and a volume written by a collective names
the person leading it ("Hg. von einem Autorenkollektiv unter Leitung von …"); German notes
cite unsigned texts (an appeal, a resolution, a leaflet) by their kind and their quoted
title, with a container and its year or an address. The negatives: a quotation in prose
after such a noun, a kind without a container or an address, editors with no person, a
title with no imprint, a plain title whose commas hold no writer.
"""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, surnames_read, work
from tests.note_tables import one_note_readings as readings

# (class, note, the readings expected among the note's readings)
POSITIVES: list[tuple[str, str, list[Reading]]] = [
    (
        "title first, a collective under a named leader, a volume, Ort Jahr",
        "Siehe nur: Die Arbeit der Räte 1918–1933. Hg. von einem Autorenkollektiv unter "
        "Leitung von Kurt Ammerlahn, Bd. 2, Berlin 1968, S. 12–47.",
        [work("Ammerlahn", "Die Arbeit der Räte 1918–1933", "1968")],
    ),
    (
        "title first at the note's start, 'Hrsg. v.' and one editor",
        "Die Stadt im Umbruch. Studien. Hrsg. v. Ina Rothmund, Kassel: Kranich 1991, S. 4.",
        [work("Rothmund", "Die Stadt im Umbruch. Studien", "1991")],
    ),
    (
        "title first after a ';'",
        "Dazu vgl. oben; Der lange Sommer. Hg. von Jens Aalberg, Leipzig 1979.",
        [work("Aalberg", "Der lange Sommer", "1979")],
    ),
    (
        "an unsigned resolution: its kind, a quoted title, in: a container with its year",
        "Die Jugend stand nicht zurück, vgl. den Beschluss „Lehren aus der Krise“ des "
        "Landesjugendtages Kassel 1979, in: *Jugend-Dokumente* 3/1979, S. 17 f.",
        [work("", "Lehren aus der Krise", "1979")],
    ),
    (
        "an unsigned appeal: its kind, a quoted title, an address",
        "Zuletzt im Aufruf „Nie wieder stumm!“ zum 50. Jahrestag, URL: "
        "http://www.example.org/aufruf-50.html (abgerufen am 2.2.2010).",
        [work("", "Nie wieder stumm!", "")],
    ),
    (
        "an unsigned statement in a newspaper with its date",
        "Vgl. die Erklärung „Für eine offene Stadt“, in: *Der Morgen am Fluss*, 3.5.1999, S. 2.",
        [work("", "Für eine offene Stadt", "1999")],
    ),
]

POSITIVES += [
    (
        "a periodical's issue: its name in emphasis, a description, Nr. and a month's date",
        "Man lese etwa den *Roten Hammer*, Zeitung der Zelle Nord, Nr. 7 vom Oktober 1931 "
        "(Archiv der Stadt, Bl. 112).",
        [work("", "Roten Hammer", "1931")],
    ),
    (
        "a periodical's issue: its name in quotes, Nr. and a numeric date",
        "So schon „Die Fackel am Fluss“, Nr. 12 vom 3.5.1931, S. 2.",
        [work("", "Die Fackel am Fluss", "1931")],
    ),
    (
        "a conversation whose title names both speakers, in: a journal with its date",
        "Ausführlicher s. „Nach der Besetzung. Tom Delkers im Gespräch mit Lena Frohnau“, in: "
        "*Rote Blätter*, Nr. 604, 19.5.2015, S. 22 f.",
        [
            work(
                "Delkers/Frohnau",
                "Nach der Besetzung. Tom Delkers im Gespräch mit Lena Frohnau",
                "2015",
            )
        ],
    ),
]

# (class, note, a title that must not be read as a work)
NOT_WORKS: list[tuple[str, str, str]] = [
    (
        "negative: a quotation in prose after a kind's noun",
        "Der Aufruf „Nie wieder stumm!“ wurde oft zitiert, zuletzt 1999.",
        "Nie wieder stumm!",
    ),
    (
        "negative: a kind and a title, then a place and year with no 'in:'",
        "Den Beschluss „Lehren aus der Krise“ fasste der Jugendtag in Kassel 1979.",
        "Lehren aus der Krise",
    ),
    (
        "negative: a kind's noun in another ';' group than the container",
        "So im Aufruf „Nie wieder stumm!“; in: *Jugend-Dokumente* 3/1979, S. 17.",
        "Nie wieder stumm!",
    ),
    (
        "negative: editors with no person",
        "Die Arbeit der Räte. Hg. von der Redaktion, Berlin 1968.",
        "Die Arbeit der Räte",
    ),
    (
        "negative: a title and editor with no imprint",
        "Die Arbeit der Räte. Hg. von Kurt Ammerlahn, mit einem Vorwort.",
        "Die Arbeit der Räte",
    ),
    (
        "negative: a publisher before 'Hg. von'",
        "Suhrkamp. Hg. von Kurt Ammerlahn, Berlin 1968.",
        "Suhrkamp",
    ),
]

NOT_WORKS += [
    (
        "negative: a periodical's name and number, no date",
        "Man lese etwa den *Roten Hammer*, Nr. 7, S. 3, und urteile selbst.",
        "Roten Hammer",
    ),
    (
        "negative: a periodical's name and a date, no number",
        "Der *Rote Hammer* vom Oktober 1931 schwieg dazu.",
        "Rote Hammer",
    ),
    (
        "negative: a conversation's title with one speaker named, no container",
        "So „Tom Delkers im Gespräch mit Lena Frohnau“ auf dem Podium 2015.",
        "Tom Delkers im Gespräch mit Lena Frohnau",
    ),
]

# (class, note, a surname neither reader may read from it)
NOT_WRITERS: list[tuple[str, str, str]] = [
    (
        "negative: a party's name in a plain title with commas",
        "Klassisch bei Herbert Wollny: Getrennt marschiert. SPD, KPD und das Jahr 1933, "
        "Berlin (Ost) 1963, S. 7–12.",
        "SPD",
    ),
    (
        "negative: a speaker in a conversation's title without its container",
        "Das Podium „Tom Delkers im Gespräch mit Lena Frohnau“ fand 2015 statt.",
        "Frohnau",
    ),
    (
        "negative: a body's name after the resolution's title",
        "Vgl. den Beschluss „Lehren aus der Krise“ des Landesjugendtages Kassel 1979, in: "
        "*Jugend-Dokumente* 3/1979.",
        "Landesjugendtages",
    ),
]


@pytest.mark.parametrize(
    ("note", "expected"), [c[1:] for c in POSITIVES], ids=[c[0] for c in POSITIVES]
)
def test_the_work_is_read(note: str, expected: list[Reading]) -> None:
    read = readings(note)
    assert [r for r in read if r in expected] == expected


@pytest.mark.parametrize(
    ("note", "title"), [c[1:] for c in NOT_WORKS], ids=[c[0] for c in NOT_WORKS]
)
def test_no_such_work_is_read(note: str, title: str) -> None:
    assert title not in [r[2] for r in readings(note)]


@pytest.mark.parametrize(
    ("note", "surname"), [c[1:] for c in NOT_WRITERS], ids=[c[0] for c in NOT_WRITERS]
)
def test_no_such_writer_is_read(note: str, surname: str) -> None:
    assert surname not in surnames_read(note)


def test_the_table_holds_as_many_negatives_as_positives() -> None:
    assert len(NOT_WORKS) + len(NOT_WRITERS) >= len(POSITIVES)
