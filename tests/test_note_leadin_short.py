"""A short form set after a few words of prose in its own ";" group (Chicago 14.29; German
and Greek notes alike): "…; anders dagegen Kellner, *Arbeit*, S. 77", "…; contra Blake,
*Docks and Unions*, 45", "…· για την αντίθετη άποψη, Αλεξίου, *Λιμάνια*, σ. 45", read when
an earlier note cites a work of that writer (`citecheck/extract/note_leadin_short.py`), or,
with a marked short title and a page, by that shape alone (`note_prose_shorts`).
Half the rows or more are negatives: an article before a noun, a writer and a year (no
title), a journal in prose, a title without a page, a place and a film, a place and a year,
a capitalised noun in the lead-in, a newspaper, a place after "to", trailing prose, prose
opening the note."""

from __future__ import annotations

import pytest

from tests.note_tables import last_note_readings

# the notes before: each writer's work in full ("Heft" and "London" are writers too, so
# that only the shape keeps the negatives out)
EARLIER = [
    "Jutta Kellner, *Arbeit*, Hamburg 1988.",
    "Mary Blake, *Docks and Unions* (Oxford: Clarendon Press, 1981).",
    "Μ. Αλεξίου, *Λιμάνια*, Αθήνα: Θεμέλιο, 1990.",
    "Hans Heft, *Arbeit*, Berlin 1990.",
    "Jack London, *The Iron Heel* (New York: Macmillan, 1908).",
]
OBERMANN = ("short", ("Obermann",), "Stadt", "")
HALE = ("short", ("Hale",), "Strike and the City", "")
KELLNER = ("short", ("Kellner",), "Arbeit", "")
BLAKE = ("short", ("Blake",), "Docks and Unions", "")
ALEXIOU = ("short", ("Αλεξίου",), "Λιμάνια", "")
PAPADOPOULOS = ("short", ("Παπαδόπουλος",), "Η πόλη", "")

SHORT_FORMS = [
    ("Obermann, *Stadt*, S. 12; anders dagegen Kellner, *Arbeit*, S. 77.", [OBERMANN, KELLNER]),
    ('Obermann, *Stadt*, S. 12; ähnlich Kellner, „Arbeit", S. 77 f.', [OBERMANN, KELLNER]),
    ("Hale, *Strike and the City*, 12; contra Blake, *Docks and Unions*, 45.", [HALE, BLAKE]),
    ("Hale, *Strike and the City*, 12; anders dagegen Kellner, *Arbeit*, S. 77, mit weiteren "
     "Belegen aus dem Archiv.", [HALE, KELLNER]),
    ("Παπαδόπουλος, *Η πόλη*, σ. 12· για την αντίθετη άποψη, Αλεξίου, *Λιμάνια*, σ. 45.",
     [PAPADOPOULOS, ALEXIOU]),
    ("Παπαδόπουλος, *Η πόλη*, σ. 12· διαφορετικά ο Αλεξίου, «Λιμάνια», σσ. 45-47.",
     [PAPADOPOULOS, ALEXIOU]),
    # a remark after the page, the writer cited nowhere before: the surname, a marked short
    # title and a page closing their clause are a short form by their shape
    # (`note_prose_shorts`; a negative until round 24)
    ("Hale, *Strike and the City*, 12; anders dagegen Meister, *Arbeit*, S. 77, mit weiteren "
     "Belegen aus dem Archiv.", [HALE, ("short", ("Meister",), "Arbeit", "")]),
]  # fmt: skip

NEGATIVES = [
    ("Obermann, *Stadt*, S. 12; dazu das Heft, *Arbeit*, S. 77.", [OBERMANN]),
    ("Obermann, *Stadt*, S. 12; dagegen Kellner 1988, S. 77.", [OBERMANN]),
    ("Obermann, *Stadt*, S. 12; vgl. die Debatte in *Merkur*, S. 12.", [OBERMANN]),
    ("Obermann, *Stadt*, S. 12; dagegen Kellner, *Arbeit* (Hamburg 1988).", [OBERMANN]),
    ("Obermann, *Stadt*, S. 12; dagegen Berlin, *Die Mauer*, ein Film von 1990.", [OBERMANN]),
    ("Obermann, *Stadt*, S. 12; so auch in Leipzig, 1921, S. 77.", [OBERMANN]),
    ("Obermann, *Stadt*, S. 12; zur Kritik Kellner, *Arbeit*, S. 77.", [OBERMANN]),
    ("Hale, *Strike and the City*, 12; see the Guardian, *Weekend*, 12.", [HALE]),
    ("Hale, *Strike and the City*, 12; the strike spread to London, *passim*, 45.", [HALE]),
    ("Der Streik begann in Leipzig, *Die Stadt*, S. 12.", []),
]  # fmt: skip


@pytest.mark.parametrize(("note", "readings"), SHORT_FORMS + NEGATIVES)
def test_a_short_form_after_a_lead_in(note: str, readings: list) -> None:
    assert last_note_readings([*EARLIER, note]) == readings


@pytest.mark.parametrize(("note", "readings"), SHORT_FORMS)
def test_read_by_its_shape_without_an_earlier_work_of_the_writer(note: str, readings: list) -> None:
    # a surname, a marked short title and a page closing their group are a short form by
    # their own shape (Chicago 14.29-14.32): with its full form gone, no earlier note names
    # the writer, and the short form is still read (round 24; before it, only the first)
    assert last_note_readings(["Ann Other, *Elsewhere*, London 1999.", note]) == readings


def test_half_the_rows_or_more_are_negatives() -> None:
    assert len(NEGATIVES) >= len(SHORT_FORMS)
