"""A writer's initials before a bracketed year are given names, not a title
(`citecheck/extract/note_initials_title.py`): "Varga, I. (2008: 12)" is an author-date
citation of Varga 2008, not a work titled "I". Half the rows or more are negatives: real
titles in italics, titles of letters before an imprint, acronyms, full references whose
title follows the year."""

from __future__ import annotations

import pytest

from tests.note_tables import one_note_readings, web_copy
from tests.test_note_seeded_classes import document, findings

READINGS = [
    # the initials are the writer's given names: an author-date citation
    ("Varga, I. (2008: 12).", ("short", ("Varga",), "", "2008")),
    ("Βλ. Πουλαντζάς, Ν. (1978), σ. 45.", ("short", ("Πουλαντζάς",), "", "1978")),
    ("Varga, J.-P. (2008), 4.", ("short", ("Varga",), "", "2008")),
    ("Varga, I. M. (2008).", ("short", ("Varga",), "", "2008")),
    ("Varga, Ch. (2008: 12).", ("short", ("Varga",), "", "2008")),
    # titles stay titles
    ("Pynchon, *V.* (1963), 12.", ("full", ("Pynchon",), "V", "1963")),
    ("Varga, *I* (Berlin: Dietz, 2008), 12.", ("full", ("Varga",), "I", "2008")),
    ("Varga, *EU* (2008), 4.", ("full", ("Varga",), "EU", "2008")),
    ("Smith, J. (1999). *The Long Road*. London: Verso.", ("full", ("Smith",), "The Long Road", "1999")),
    ("Ilse Varga, *Die lange Pause* (Berlin: Dietz, 2008), 12.", ("full", ("Varga",), "Die lange Pause", "2008")),
    ("Varga, I. (Hg.) (2008): *Die lange Pause*. Berlin: Dietz.", ("full", ("Varga",), "Die lange Pause", "2008")),
    ("Ilse Varga, *Die lange Pause*, Berlin: Dietz 2008, S. 12.", ("full", ("Varga",), "Die lange Pause", "2008")),
]  # fmt: skip


@pytest.mark.parametrize(("note", "reading"), READINGS, ids=[r[0] for r in READINGS])
def test_initials_or_title(note: str, reading: tuple) -> None:
    assert one_note_readings(note) == [reading]


@pytest.mark.parametrize("note", [r[0] for r in READINGS[:5]])
def test_the_web_copy_reads_initials_alike(note: str) -> None:
    assert one_note_readings(web_copy(note)) == one_note_readings(note)


VARGA = ["Varga, *Die lange Pause*, 2008."]
POULANTZAS = ["Πουλαντζάς, *Το πολιτικό*, 1978."]
RULES = [
    # (notes, entries, rule, notes reported): the entry of that writer and year is found
    (["Varga, I. (2008: 12)."], VARGA, "missing-reference", []),
    (["Βλ. Πουλαντζάς, Ν. (1978), σ. 45."], POULANTZAS, "missing-reference", []),
    (["Βλ. Πουλαντζάς, Ν. (1978), σ. 45."], POULANTZAS, "short-form-before-full", []),
    (["Varga, J.-P. (2008), 4."], VARGA, "inconsistent-reference", []),
    # and a writer the list does not hold is still reported
    (["Varga, I. (2008: 12)."], POULANTZAS, "missing-reference", [4]),
    (["Βλ. Πουλαντζάς, Ν. (1978), σ. 45."], VARGA, "missing-reference", [4]),
    (["Varga, I. (2009: 12)."], VARGA, "missing-reference", [4]),
]


@pytest.mark.parametrize(("notes", "entries", "rule", "reported"), RULES)
def test_initials_match_by_writer_and_year(
    notes: list[str], entries: list[str], rule: str, reported: list[int]
) -> None:
    assert findings(document(notes, entries), rule) == reported


def test_half_the_rows_or_more_are_negatives() -> None:
    titles_kept = sum(1 for _, reading in READINGS if reading[2])
    assert 2 * titles_kept >= len(READINGS)
