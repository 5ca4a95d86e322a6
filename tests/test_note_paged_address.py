"""A surname, a short title, a page and an address: a short form, not a full one (issue 11).

Every note and entry is written for this table (invented writers, titles and addresses).
"Brandel, *Fields of Rye*, 45, http://…" names its writer by the surname alone and points
at a page of the work (Chicago 14.29: surname, short title, page); the address after it is
where the writer read the text, no imprint. The reader took the address for the work's
details, so short-form-before-full did not see the short form when its full form was
missing. Now a page between the title and the address counts as an address's "#" fragment
does (`note_surname_address`): in a document whose full forms give the writers' given names
and details, such a first citation is reported. The negatives: the same note after its full
form, a year or no page before the address, a site named between, given names, and a
document whose full forms are themselves written "Surname, *Title*, page, address".
"""

from __future__ import annotations

import pytest

from tests.note_tables import short_form_findings

OTHERS = [
    "Mira Osk, *Harbour Politics* (Leeds: Fenwick, 1999), 12.",
    "Ute Brahms, *Weavers' Songs* (Bristol: Rabe, 1980), 5.",
    "Lina Haverkamp, *Counting the Poor* (Bristol: Ashcombe, 2011), 7.",
]
ENTRIES = [
    "Osk, Mira. *Harbour Politics*. Leeds: Fenwick, 1999.",
    "Brahms, Ute. *Weavers' Songs*. Bristol: Rabe, 1980.",
    "Haverkamp, Lina. *Counting the Poor*. Bristol: Ashcombe, 2011.",
    "Brandel, Tom. *Fields of Rye*. Leeds: Harwood, 1961. http://rye.example.org/text.",
]
FULL = "Tom Brandel, *Fields of Rye* (Leeds: Harwood, 1961), 3, http://rye.example.org/text."
# Full forms written as the short forms below: a document that gives no more.
PLAIN = [
    "Osk, *Harbour Politics*, 12, http://osk.example.org/harbour.",
    "Brahms, *Weavers' Songs*, 5, http://brahms.example.org/songs.",
    "Haverkamp, *Counting the Poor*, 7, http://poor.example.org/count.",
]

SHORT = [
    "Brandel, *Fields of Rye*, 45, http://rye.example.org/text.",
    "Brandel, *Fields of Rye*, p. 45, available at http://rye.example.org/text.",
    "Brandel, *Fields*, 45–47, <http://rye.example.org/text>.",
    "Brandel, “Fields of Rye,” 45, http://rye.example.org/text.",
]

# First citations the page-and-address shape does not make short (no finding).
NOT_SHORT = [
    "Brandel, *Fields of Rye*, 1961, http://rye.example.org/text.",
    "Brandel, *Fields of Rye*, http://rye.example.org/text.",
    "Brandel, *Fields of Rye* (Marxists.org), 45, http://rye.example.org/text.",
    "Tom Brandel, *Fields of Rye*, 45, http://rye.example.org/text.",
    "Brandel, *Fields of Rye*, *Harvest Review* 5, http://rye.example.org/text.",
    "Brandel, *Fields of Rye*, 45 readers wrote in, http://rye.example.org/text.",
]


def _short_form_findings(notes: list[str]) -> list[object]:
    return short_form_findings(notes, ENTRIES)


@pytest.mark.parametrize("short", SHORT)
def test_with_its_full_form_gone_the_short_form_is_reported(short: str) -> None:
    assert _short_form_findings([*OTHERS, "A comment.", short]) == [5]


@pytest.mark.parametrize("short", SHORT)
def test_after_its_full_form_it_is_no_finding(short: str) -> None:
    assert _short_form_findings([*OTHERS, FULL, short]) == []


@pytest.mark.parametrize("short", SHORT)
def test_where_full_forms_are_written_so_it_is_a_full_form(short: str) -> None:
    assert _short_form_findings([*PLAIN, short]) == []


@pytest.mark.parametrize("note", NOT_SHORT)
def test_a_first_citation_the_address_does_not_make_short(note: str) -> None:
    assert _short_form_findings([*OTHERS, "A comment.", note]) == []
