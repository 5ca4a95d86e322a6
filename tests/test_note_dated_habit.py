"""Issue 11, round 17: a surname, a title and a year alone, no page, first in its document.

Synthetic documents (invented writers, titles and publishers; no corpus text, no
works-cited list). Chicago's full form needs the publication facts (14.100–14.104), its
short form is the surname and a short title (14.29–14.36), and the author-date hybrids
many essays use add the year. "Kessel, *Harbour Lights* (1990)." alone cannot tell which it
is: a classic named whole with its first year is a full form. The document decides
(`note_dated_habit`): where its full forms give their details and its short forms give a
year ("Rudd, *Salt and Iron* (2001), 44." after the full form, "Rudd (2001), 44."), such a
first citation closing its note is a short form, and its full form is missing.

The negatives: no short form of the document gives a year; given names; a year pair (a
first and a revised edition); a reprint year; a place before the year; a list of a
writer's works in one note; an author-date document whose full forms give the year alone;
first full forms with a periodical and a day, a web article with its address; a year in
the title. Each row gives the form of every work read and the notes reported; each is read
again as its web copy (no emphasis).
"""

from __future__ import annotations

import pytest

from tests.note_tables import THREE_FULL_FORMS
from tests.test_note_short_form_decision import document_forms, form_table_tests, reported, web

# three works in full with their imprints or journals: the document's way of full forms
FULL = THREE_FULL_FORMS
# the second work given again with its year: the document's short forms give one
AGAIN_YEAR = "Rudd, *Salt and Iron* (2001), 44."
# an author-date short form of a writer cited before
AGAIN_DATE = "Rudd (2001), 44."
# a short form with no year: the habit of most documents
AGAIN_PLAIN = "Rudd, *Salt and Iron*, 44."
# an author-date document: its first citations give the year alone
YEAR_ALONE = [
    "Vell, *The Harbour of Genoa* (1990), 12.",
    "Rudd, *Salt and Iron* (2001), 40.",
    "Stiles, “Tide Tables” (2017), 3.",
]
F4 = ["full"] * 4

# (class, notes, form of each work read in order, notes reported by short-form-before-full)
CASES = [
    (
        "a title in emphasis and the year in brackets, the habit shown before",
        [*FULL, AGAIN_YEAR, "Kessel, *Harbour Lights* (1990)."],
        [*F4[:3], "short", "short"],
        [5],
    ),
    (
        "a quoted title closed by its full stop, then the year",
        [*FULL, AGAIN_YEAR, "Kessel, “The Long Strike.” (2013)."],
        [*F4[:3], "short", "short"],
        [5],
    ),
    (
        "the year after a comma, the habit an author-date short form",
        [*FULL, AGAIN_DATE, "Kessel, *Harbour Lights*, 1990."],
        [*F4[:3], "short", "short"],
        [5],
    ),
    (
        "after a cue, the habit shown after it",
        [*FULL, "See Kessel, *Harbour Lights* (1990).", AGAIN_YEAR],
        [*F4[:3], "short", "short"],
        [4],
    ),
    (
        "negative: given again after its full form, short and nothing reported",
        [*FULL, "Lise Kessel, *Harbour Lights* (Leeds: Dale, 1990).", "Kessel, *Harbour Lights* (1990)."],
        [*F4, "short"],
        [],
    ),
    (
        "negative: no short form of the document gives a year",
        [*FULL, AGAIN_PLAIN, "Kessel, *Harbour Lights* (1990)."],
        [*F4[:3], "short", "full"],
        [],
    ),
    (
        "negative: the document's first work named whole, no habit",
        [*FULL, "Kessel, *Harbour Lights* (1990)."],
        F4,
        [],
    ),
    (
        "negative: given names before the title",
        [*FULL, AGAIN_YEAR, "Lise Kessel, *Harbour Lights* (1990)."],
        [*F4[:3], "short", "full"],
        [],
    ),
    (
        "negative: a year pair, a first and a revised edition",
        [*FULL, AGAIN_YEAR, "Kessel, *Harbour Lights* (1933/46)."],
        [*F4[:3], "short", "full"],
        [],
    ),
    (
        "negative: a reprint year after the year",
        [*FULL, AGAIN_YEAR, "Kessel, *Harbour Lights* (1990; repr. 2004)."],
        [*F4[:3], "short", "full"],
        [],
    ),
    (
        "negative: a place before the year",
        [*FULL, AGAIN_YEAR, "Kessel, *Harbour Lights* (London, 1990)."],
        [*F4[:3], "short", "full"],
        [],
    ),
    (
        "negative: a list of a writer's works in one note",
        [*FULL, AGAIN_YEAR, "See Kessel, *Harbour Lights* (1970); and *The Long Strike* (1980)."],
        [*F4[:3], "short", "full", "full"],
        [],
    ),
    (
        "negative: an author-date document, its full forms give the year alone",
        [*YEAR_ALONE, "Rudd, *Salt and Iron* (2001), 44.", "Kessel, *Harbour Lights* (1990)."],
        [*F4[:3], "short", "full"],
        [],
    ),
    (
        "negative: a first full form with a periodical and a day",
        [*FULL, AGAIN_YEAR, "Kessel, “The Long Strike,” *Jacobin*, 12 May 2020."],
        [*F4[:3], "short", "full"],
        [],
    ),
    (
        "negative: a web article with its site, year and address",
        [*FULL, AGAIN_YEAR, "Kessel, “The Long Strike,” *Verso Blog*, 2019, https://example.org/k."],
        [*F4[:3], "short", "full"],
        [],
    ),
    (
        "negative: a year in the title and a place and publisher",
        [*FULL, AGAIN_YEAR, "Kessel, *1968: A Year on the Docks* (Leeds: Dale, 1999)."],
        [*F4[:3], "short", "full"],
        [],
    ),
]  # fmt: skip

test_forms_and_findings, test_balance = form_table_tests(CASES)


@pytest.mark.parametrize(
    ("notes", "forms", "notes_reported"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_web_copy(notes: list[str], forms: list[str], notes_reported: list[int]) -> None:
    assert (document_forms(web(notes)), reported(web(notes))) == (forms, notes_reported)
