"""A work quoted from another: the other's details are not the first work's (issue 11).

Every note and entry is written for this table (invented writers and titles). German notes
cite a work read second hand with "zit. in:" ("zitiert nach", "quoted in"): "Tom Brandel:
Felder. Zit. in: Ann Osk: Ernte. Berlin 1987, S. 425." The details after the cue are the
book quoted from (DIN 1505-2 practice; Chicago 14.260 "quoted in"); the reader read them on
to the first work, took its short form for a full one with the other book's year, and so
short-form-before-full could not see it when its full form was missing. Now the reading on
stops at the cue. The negatives: the work's own details before the cue still make it full
(an imprint, a container and its year), a cue-less note reads on as before, and the same
short form after its full form is no finding.
"""

from __future__ import annotations

import pytest

from citecheck.extract import build_manuscript
from citecheck.readers import read_bytes
from tests.note_tables import short_form_findings

OTHERS = [
    "Mira Vell: *Hafenpolitik*. Leipzig: Fenwick 1999, S. 12.",
    "Ute Brahms: *Weberlieder*. Berlin: Rabe 1980, S. 5.",
    "Lina Haverkamp: *Armut zählen*. Bremen: Ashcombe 2011, S. 7.",
]
ENTRIES = [
    "Vell, Mira: Hafenpolitik. Leipzig: Fenwick 1999.",
    "Brahms, Ute: Weberlieder. Berlin: Rabe 1980.",
    "Haverkamp, Lina: Armut zählen. Bremen: Ashcombe 2011.",
    "Brandel, Tom: Die Felder am Fluss. Kassel: Lorbeer 1961.",
    "Osk, Ann: Ernte und Streit. Berlin: Kranich 1987.",
]
FULL = "Tom Brandel: Die Felder am Fluss. Kassel: Lorbeer 1961, S. 3."

# First citations of a work quoted from another book, with a place in it, its own full form
# missing: short forms in a document whose full forms give their details, each reported.
QUOTED = [
    "Tom Brandel: Felder, S. 12. Zit. in: Ann Osk: Ernte und Streit. Berlin 1987, S. 425.",
    "Tom Brandel: Die Felder, S. 12. Zit. in: Osk: Ernte und Streit 1987, S. 425.",
    "Tom Brandel: Felder, S. 12, zit. in: Ann Osk: Ernte und Streit. Berlin 1987, S. 425.",
    "Tom Brandel: Felder, S. 12. Quoted in Ann Osk: Ernte und Streit. Berlin 1987, p. 425.",
]
# The same without a place in the work: a work named whole, read as a full form lacking
# its details (`note_forms`), yet never with the year of the book quoted from.
YEARLESS = [
    "Tom Brandel: Felder. Zit. in: Ann Osk: Ernte und Streit. Berlin 1987, S. 425.",
    "Tom Brandel: Die Felder. Zit. in: Osk: Ernte und Streit 1987, S. 425.",
    "Tom Brandel: Felder. Cited in Ann Osk: Ernte und Streit. Berlin 1987, p. 425.",
]

# Notes whose first work keeps its own details (full: no finding without an earlier note).
OWN_DETAILS = [
    "Tom Brandel: Felder. Berlin 1987, S. 425.",
    "Tom Brandel: Felder. Kassel 1961, S. 4, zit. nach Ann Osk: Ernte und Streit 1987, S. 5.",
    "Tom Brandel: Felder. In: Wiese: Ernte. Berlin 1987, S. 425.",
    "Tom Brandel: Felder. In: Die Zeit, 12.03.1987, S. 4.",
    "Tom Brandel: Felder. Kassel: Lorbeer 1961. Zit. in: Ann Osk: Ernte und Streit 1987, S. 5.",
    "Tom Brandel: Zitate vom Feld. Berlin 1987, S. 425.",
    "Tom Brandel: Felder. Zitiert wird die Ausgabe Berlin 1987, S. 425.",
    "Tom Brandel, *Felder* (Kassel: Lorbeer, 1961), 4, quoted in Ann Osk, *Ernte und Streit*"
    " (Berlin: Kranich, 1987), 5.",
]


def _short_form_findings(notes: list[str]) -> list[object]:
    return short_form_findings(notes, ENTRIES, heading="Literatur")


def _brandel(*given: str) -> list[tuple[str, str]]:
    notes = [*OTHERS, *given]
    body = "Text." + "".join(f" Satz.[^{i}]" for i in range(1, len(notes) + 1)) + "\n\n"
    body += "".join(f"[^{i}]: {n}\n\n" for i, n in enumerate(notes, 1))
    read = build_manuscript(read_bytes("m.md", body.encode()), figures=False).note_citations
    return [(c.form, c.year) for c in read if c.authors and c.authors[0].surname == "Brandel"]


@pytest.mark.parametrize("note", QUOTED)
def test_the_quoted_work_is_a_short_form(note: str) -> None:
    assert _brandel(note) == [("short", "")]


@pytest.mark.parametrize("note", YEARLESS)
def test_the_book_quoted_from_lends_no_year(note: str) -> None:
    assert [year for _, year in _brandel(note)] == [""]


@pytest.mark.parametrize("note", YEARLESS)
def test_given_again_after_its_full_form_it_is_short(note: str) -> None:
    assert _brandel(FULL, note) == [("full", "1961"), ("short", "")]


@pytest.mark.parametrize("note", QUOTED)
def test_with_its_full_form_gone_the_quoted_work_is_reported(note: str) -> None:
    assert _short_form_findings([*OTHERS, "Ein Kommentar.", note]) == [5]


@pytest.mark.parametrize("note", QUOTED)
def test_after_its_full_form_it_is_no_finding(note: str) -> None:
    assert _short_form_findings([*OTHERS, FULL, note]) == []


@pytest.mark.parametrize("note", OWN_DETAILS)
def test_own_details_keep_a_full_form(note: str) -> None:
    assert _short_form_findings([*OTHERS, "Ein Kommentar.", note]) == []
    assert [form for form, _ in _brandel(note)] == ["full"]
