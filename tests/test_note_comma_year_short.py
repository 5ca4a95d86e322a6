"""A short form that carries its work's year after a comma (issue 11).

Every note and entry is written for this table (invented writers and titles). Many writers
put the year into their short forms: in brackets ("Trotzki, Literatur und Revolution
(1994), S. 41", read so since the sixth round, `extract/note_year_short`) and, as often,
after a comma ("Weyrich, *The Iron Calendar*, 1976, 90."; German "Quendt, *Spaltung*, 1978,
S. 41."; Greek "Παπαλεξίου, *Η πόλη*, 1991, σ. 41."). The year made the reader call such a
citation full, so with the work's full form gone, short-form-before-full found nothing.
Now a surname alone, a title and a year after its comma, then a place in the work, with no
place, publisher, container or address, is settled as the bracketed form is: short when
given again, or in a document whose full forms give their details. The negatives: the same
note after its full form (no finding), in a document whose full forms are written the same
way (a web article's "Surname, *Title*, Year, page"), and citations the year does not make
short (a place before the year, no page, a range of years, a journal, prose).
"""

from __future__ import annotations

import pytest

from tests.note_tables import short_form_findings

OTHERS = [
    "Mira Osk, *Harbour Politics* (Leeds: Fenwick, 1999), 12.",
    "Ute Brahms, *Weberlieder* (Berlin: Rabe, 1980), 5.",
    "Lina Haverkamp, *Counting the Poor* (Bristol: Ashcombe, 2011), 7.",
]
ENTRIES = [
    "Osk, Mira. *Harbour Politics*. Leeds: Fenwick, 1999.",
    "Brahms, Ute. *Weberlieder*. Berlin: Rabe, 1980.",
    "Haverkamp, Lina. *Counting the Poor*. Bristol: Ashcombe, 2011.",
    "Weyrich, Anton. *The Iron Calendar*. London: Harwood, 1976.",
    "Quendt, Harald: Die Spaltung der Weber. Frankfurt a. M.: Lorbeer 1978.",
    "Παπαλεξίου, Γιάννης. *Η πόλη και το λιμάνι*. Αθήνα: Κάλβος, 1991.",
]
# Full forms written as the short forms below: a web article's notes.
PLAIN = [
    "Osk, *Harbour Politics*, 1999, 12.",
    "Brahms, *Weberlieder*, 1980, 5.",
    "Haverkamp, *Counting the Poor*, 2011, 7.",
]
FULL = {
    "Weyrich": "Anton Weyrich, *The Iron Calendar* (London: Harwood, 1976), 88.",
    "Quendt": "Harald Quendt: *Die Spaltung der Weber*. Frankfurt a. M.: Lorbeer 1978, S. 23.",
    "Παπαλεξίου": "Γιάννης Παπαλεξίου, *Η πόλη και το λιμάνι* (Αθήνα: Κάλβος, 1991), σ. 23.",
}

# (the writer, a short form with its year after a comma)
SHORT = [
    ("Weyrich", "Weyrich, *The Iron Calendar*, 1976, 90."),
    ("Weyrich", "Weyrich, *Iron Calendar*, 1976, 90."),
    ("Weyrich", "Weyrich, *The Iron Calendar*, 1976, pp. 90–91."),
    ("Weyrich", "See Weyrich, *Iron Calendar*, 1976, 90."),
    ("Quendt", "Quendt, *Spaltung*, 1978, S. 41."),
    ("Quendt", "Vgl. Quendt, *Die Spaltung der Weber*, 1978, S. 41f."),
    ("Παπαλεξίου", "Παπαλεξίου, *Η πόλη*, 1991, σ. 41."),
]

# First citations the year after a comma does not make short: no finding with the full form
# gone (each is, or may be, a full form lacking details).
NOT_SHORT = [
    "Weyrich, *The Iron Calendar*, London 1976, 90.",
    "Weyrich, *The Iron Calendar*, 1976.",
    "Weyrich, *The Iron Calendar*, 1976–78, 90.",
    "Weyrich wrote *The Iron Calendar*, 1976, in exile.",
    "Weyrich, *The Iron Calendar*, 1976, reviewed in *Harbour Review*, 90.",
    "Quendt, *Die Spaltung der Weber*, Frankfurt a. M. 1978, S. 41.",
    "Παπαλεξίου, *Η πόλη*, Αθήνα 1991, σ. 41.",
]


def _short_form_findings(notes: list[str]) -> list[object]:
    return short_form_findings(notes, ENTRIES)


@pytest.mark.parametrize(("writer", "short"), SHORT)
def test_with_its_full_form_gone_the_short_form_is_reported(writer: str, short: str) -> None:
    assert _short_form_findings([*OTHERS, "A comment.", short]) == [5]


@pytest.mark.parametrize(("writer", "short"), SHORT)
def test_after_its_full_form_it_is_no_finding(writer: str, short: str) -> None:
    assert _short_form_findings([*OTHERS, FULL[writer], short]) == []


@pytest.mark.parametrize(("writer", "short"), SHORT)
def test_where_full_forms_are_written_so_it_is_a_full_form(writer: str, short: str) -> None:
    assert _short_form_findings([*PLAIN, short]) == []


@pytest.mark.parametrize("note", NOT_SHORT)
def test_a_first_citation_the_year_does_not_make_short(note: str) -> None:
    assert _short_form_findings([*OTHERS, "A comment.", note]) == []
