"""Issue 11, round 24: the short form of a Greek unsigned work in a web copy, its title
plain (`note_citations.cites_nothing`, `note_lone_names.earlier_title_short`).

Constructed notes, every title and place invented. Greek titles open with their article
("Η απεργία στο λιμάνι"), which Greek short forms keep (Chicago 14.32's short title, as
Greek practice cuts it): a note opening with "Η" or "Ο" is not passed over as one with no
citation, so its plain short title is read when an earlier note cited the work. The
negatives: prose opening with the article, a short title no earlier note cited, a plain
title and an imprint alone (sentence case: prose as likely, left unread).
"""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, last_note_readings, work

# (class, the notes, the readings of the last note), the last as a web copy gives it
ROWS: list[tuple[str, list[str], list[Reading]]] = [
    (
        "its short form after a full form in emphasis",
        ["*Η απεργία στο λιμάνι*, Αθήνα 1976, σ. 2.", "Η απεργία στο λιμάνι, σ. 3."],
        [work("", "Η απεργία στο λιμάνι", "", "short")],
    ),
    (
        "a shorter head of the title, 'Ο' opening it",
        ["*Ο μεγάλος απεργός του λιμανιού*, Αθήνα 1976, σ. 2.", "Ο μεγάλος απεργός, σ. 5."],
        [work("", "Ο μεγάλος απεργός", "", "short")],
    ),
    (
        "negative: prose opening with the article, a day",
        ["Η απεργία ξεκίνησε στις 3 Μαΐου 1976."],
        [],
    ),
    (
        "negative: a short title no earlier note cited",
        ["Η απεργία στο λιμάνι, σ. 3."],
        [],
    ),
    (
        "negative: a plain title in sentence case and a place with its year",
        ["Η απεργία στο λιμάνι, Αθήνα 1976, σ. 2."],
        [],
    ),
    (
        "negative: a title of two words and a place, as short as prose",
        ["Η απεργία, Αθήνα 1976."],
        [],
    ),
    (
        "negative: prose after another work's note, a page",
        ["*Η απεργία στο λιμάνι*, Αθήνα 1976, σ. 2.", "Ο συγγραφέας το λέει ξεκάθαρα, σ. 3."],
        [],
    ),
    (
        "negative: prose with a number and a year",
        ["Η απεργία κράτησε σαράντα ημέρες, 1976."],
        [],
    ),
]


@pytest.mark.parametrize(("notes", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_the_web_copy_reads(notes: list[str], expected: list[Reading]) -> None:
    assert last_note_readings(notes) == expected


def test_the_table_holds_as_many_negatives_as_positives() -> None:
    negatives = [r for r in ROWS if r[0].startswith("negative")]
    assert len(negatives) >= len(ROWS) - len(negatives)
