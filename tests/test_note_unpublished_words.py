"""A full form whose imprint says the work is not yet out, in German or Greek ("Wageningen
im Druck", "υπό έκδοση", "χ.χ."), is a full form, as "(forthcoming)" and "(in press)" are:
read short, a one-note manuscript reported it as cited in short form before any full one
(a DIN-style note in a Word file of others, `real/pandoc-docx/sdt_in_footnote.docx`, after
round 16's "u. a." lists). Constructed rows: invented writers and titles; half of them
negatives (short forms, prose, the words without a work)."""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, one_note_readings, work

FULL: list[tuple[str, Reading]] = [
    (
        "Vgl. Varga u. a.: Häfen und Speicher, in: Kolb u. a. (Hrsg.): Die Kornroute, "
        "Wageningen im Druck, hier S. 100-105.",
        work("Varga", "Häfen und Speicher"),
    ),
    (
        "Ilse Varga: *Häfen und Speicher*, Bremen im Erscheinen, S. 4.",
        work("Varga", "Häfen und Speicher"),
    ),
    (
        "Ίλσε Βάργκα, *Λιμάνια και αποθήκες*, υπό έκδοση, σ. 12.",
        work("Βάργκα", "Λιμάνια και αποθήκες"),
    ),
    (
        "Ίλσε Βάργκα, *Λιμάνια και αποθήκες*, χ.χ., σ. 12.",
        work("Βάργκα", "Λιμάνια και αποθήκες"),
    ),
]

NOT_FULL: list[tuple[str, list[Reading]]] = [
    ("Varga, Häfen und Speicher, S. 4.", [work("Varga", "Häfen und Speicher", form="short")]),
    (
        "Βάργκα, *Λιμάνια και αποθήκες*, σ. 12.",
        [work("Βάργκα", "Λιμάνια και αποθήκες", form="short")],
    ),
    ("Das Buch ist im Druck, sagt die Redaktion.", []),
    ("Το βιβλίο είναι υπό έκδοση, όπως μας είπαν.", []),
]


@pytest.mark.parametrize(("note", "reading"), FULL)
def test_a_work_not_yet_out_is_a_full_form(note: str, reading: Reading) -> None:
    found = one_note_readings(note)
    assert [(r[0], r[1], r[2]) for r in found] == [reading[:3]]


@pytest.mark.parametrize(("note", "readings"), NOT_FULL)
def test_short_forms_and_prose_stay_as_they_are(note: str, readings: list[Reading]) -> None:
    assert one_note_readings(note) == readings
