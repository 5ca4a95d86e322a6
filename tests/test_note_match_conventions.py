"""inconsistent-reference by convention (issue 11, round 22): a note and its entry that a
style lets differ are no inconsistency; a real difference still is.

- A reprint's imprint after the original's (Chicago 14.116, DIN 1505-2: "Leipzig 1898;
  Nachdruck Aalen: Scientia 1971") is the one work's, even where a place in it carries its
  region in brackets ("Glashütten (Taunus)", "Frankfurt (Oder)", "Aalen [Württ.]"): the
  bracket is the place's, not the end of the imprint.
- A short form's details end at its page, "f." and "ff." included (DIN 1505-2, Chicago
  14.148: "9ff."), and before a capital of any script ("9. Öberg"): the next work's year
  after it is no other year of the short form's work.
- A piece's own date in brackets beside its title (a speech, a letter, an article collected
  later: "«Die Salzrede» (19. März 1932), in: … 1975") is not its edition's year: the
  collection's imprint after it gives that (Chicago 14.111, 14.116).

The negatives: a year after the work's details (another work after ";", a review, a book
quoting it) or a bracket that is the imprint itself ("(London: Orsk, 1932)", "(Berlin
1932)") still gives another year; a misspelt writer ("Mounanda" / "Mouanda") and another
year (1982 / 1983) are still reported; a sequel is not merged with its first volume.
Invented writers and titles throughout.
"""

from __future__ import annotations

import pytest

from citecheck.bibliography.note_reading_fit import _DATED_BESIDE
from citecheck.rules.note_citations_unread import _DETAILS_END
from tests.helpers import lint_text


def _findings(notes: list[str], entries: list[str]) -> list[tuple[str, object, object]]:
    body = "".join(f"Claim {n}.[^{n}] " for n in range(1, len(notes) + 1)) + "\n\n"
    definitions = "".join(f"[^{n}]: {text}\n\n" for n, text in enumerate(notes, 1))
    text = body + definitions + "\n## Works cited\n\n" + "\n\n".join(entries) + "\n"
    result = lint_text(text, "C101", "C107", name="m.md")
    return [(f.rule, f.data.get("note"), f.data.get("cited")) for f in result.findings]


SALZBUCH = "Jorn Marr: *Das Salzbuch*. Leipzig und Wien: Orsk 1898; Nachdruck {place}: Auvermann 1971, S. 4."
SALT_BOOK = "Jorn Marr, *The Salt Book* (London: Orsk, 1898; repr., {place}: Auvermann, 1971), 4."
SALZREDE = (
    "Anna Marr, «Die Salzrede» ({date}), in: Ute Pell (Hg.), *Gesammelte Schriften, "
    "1930–1933*, Bd. 2, New York: Orsk, 1975, S. 4."
)
SALT_SPEECH = (
    "Anna Marr, “The Salt Speech” ({date}), in *Collected Writings, 1930–1933*, ed. Ute "
    "Pell, vol. 2 (New York: Orsk, 1975), 4."
)
TIDES_FULL = "Jorn Marr, *The Salt and the Sea of Tides* (London: Orsk, 1971), 4."
TIDES_SHORT = (
    "Marr, *The Salt and the Sea of Tides*, {page} Ute Pell, “The Tide of Time,” *Tide "
    "Review* 9, no. 2 (1985): 9–19."
)
TIDES_LISTED = [
    "Marr, Jorn. *The Salt and the Sea of Tides*. 1971.",
    "Pell, Ute. *The Tide of Time*. 1985.",
]
OTHER_YEAR = [("inconsistent-reference", 1, "1898")]

ROWS = [
    # a reprint's imprint whose place has its region in brackets: the reprint's year agrees
    ("reprint, place (region)", [SALZBUCH.format(place="Glashütten (Taunus)")], ["Marr, Jorn. *Das Salzbuch*. 1971."], []),
    ("reprint, place [region]", [SALZBUCH.format(place="Aalen [Württ.]")], ["Marr, Jorn. *Das Salzbuch*. 1971."], []),
    ("repr. inside the bracket, place (region)", [SALT_BOOK.format(place="Frankfurt (Oder)")], ["Marr, Jorn. *The Salt Book*. 1971."], []),
    ("reprint, the original listed", [SALZBUCH.format(place="Glashütten (Taunus)")], ["Marr, Jorn. *Das Salzbuch*. 1898."], []),
    # negatives: neither year listed; a year after the work's details is another work's
    ("negative: reprint, neither year listed", [SALZBUCH.format(place="Glashütten (Taunus)")], ["Marr, Jorn. *Das Salzbuch*. 1972."], [("inconsistent-reference", 1, "1898")]),
    ("negative: repr., neither year listed", [SALT_BOOK.format(place="Frankfurt (Oder)")], ["Marr, Jorn. *The Salt Book*. 1970."], OTHER_YEAR),
    ("negative: another work after ';'", ["Jorn Marr: *Das Salzbuch*. Leipzig: Orsk 1898 (Glashütten), S. 4; vgl. Ute Pell: *Das Meer*. Berlin 1971."], ["Marr, Jorn. *Das Salzbuch*. 1971.", "Pell, Ute. *Das Meer*. 1971."], OTHER_YEAR),
    ("negative: a book quoting it", ["Jorn Marr, *The Salt Book* (London: Orsk, 1898), 4 (quoted in Ute Pell, *The Sea* [Oxford: Fell, 1971], 9)."], ["Marr, Jorn. *The Salt Book*. 1971.", "Pell, Ute. *The Sea*. 1971."], OTHER_YEAR),
    ("negative: a review of it", ["Jorn Marr, *The Salt Book* (London: Orsk, 1898), 4; reviewed in *The Tide Review* (1971)."], ["Marr, Jorn. *The Salt Book*. 1971."], OTHER_YEAR),
    # a piece's date beside its title: the collection's year agrees, and so does the date's
    ("a speech's date, German", [SALZREDE.format(date="19. März 1932")], ["Marr, Anna. *Die Salzrede*. 1975."], []),
    ("a speech's date, English", [SALT_SPEECH.format(date="March 19, 1932")], ["Marr, Anna. *The Salt Speech*. 1975."], []),
    ("a speech's date in words", [SALZREDE.format(date="Rede vom 1932")], ["Marr, Anna. *Die Salzrede*. 1975."], []),
    ("a speech's date, the date's year listed", [SALZREDE.format(date="19. März 1932")], ["Marr, Anna. *Die Salzrede*. 1932."], []),
    # negatives: another year listed; a bracket that is the imprint is no date
    ("negative: a speech's date, another year listed", [SALZREDE.format(date="19. März 1932")], ["Marr, Anna. *Die Salzrede*. 1976."], [("inconsistent-reference", 1, "1975")]),
    ("negative: a speech's date, English, another year", [SALT_SPEECH.format(date="March 19, 1932")], ["Marr, Anna. *The Salt Speech*. 1977."], [("inconsistent-reference", 1, "1975")]),
    ("negative: an imprint beside the title", ["Anna Marr, *The Salt Speech* (London: Orsk, 1932), 4, quoted in *Collected Writings* (New York: Orsk, 1975)."], ["Marr, Anna. *The Salt Speech*. 1975."], [("inconsistent-reference", 1, "1932")]),
    ("negative: place and year beside the title", ["Anna Marr: *Die Salzrede* (Berlin 1932), S. 4, zitiert in: *Gesammelte Schriften*, Hamburg 1975."], ["Marr, Anna. *Die Salzrede*. 1975."], [("inconsistent-reference", 1, "1932")]),
    # a short form's page with "f."/"ff.", then the next work: its year is that work's
    ("a short form's page with ff., then the next work", [TIDES_FULL, TIDES_SHORT.format(page="9ff.")], TIDES_LISTED, []),
    ("a short form's page with f., then the next work", [TIDES_FULL, TIDES_SHORT.format(page="9f.")], TIDES_LISTED, []),
    ("negative: the full form's own year unlike the list's", [TIDES_FULL.replace("1971", "1972"), TIDES_SHORT.format(page="9ff.")], TIDES_LISTED, [("inconsistent-reference", 1, "1972")]),
    # negatives: real slips and distinct works, as before
    ("negative: a misspelt writer", ["Jorn Mounanda, *The Salt Ledger* (Leiden: Orsk, 1982), 4."], ["Mouanda, Jorn. *The Salt Ledger*. Leiden: Orsk, 1982."], [("inconsistent-reference", 1, "Mounanda")]),
    ("negative: another year", ["Jorn Mouanda, *The Salt Ledger* (Leiden: Orsk, 1982), 4."], ["Mouanda, Jorn. *The Salt Ledger*. Leiden: Orsk, 1983."], [("inconsistent-reference", 1, "1982")]),
    ("negative: a sequel is another work", ["Jorn Mouanda, *The Salt Ledger* (Leiden: Orsk, 1982), 4."], ["Mouanda, Jorn. *The Salt Ledger Revisited*. Leiden: Orsk, 1990."], [("missing-reference", 1, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "notes", "entries", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_variants_a_style_allows_and_real_differences(
    name: str, notes: list[str], entries: list[str], expected: list[tuple[str, object, object]]
) -> None:
    assert _findings(notes, entries) == expected


# Where a work's details end in a note (the unread-note check): after a page, "f." or "ff."
# too, before a capital of any script; never after an abbreviation of a word.
DETAILS_ENDS = [
    ("), 266. This", True),
    (", 45ff. Ute", True),
    (", 45f. Ute", True),
    (", 45 ff. Ute", True),
    (", 9. Öberg", True),
    (", σ. 9. Κώστας", True),
    ("; 1971", True),
    ("trans. Henry", False),
    ("ed. Öberg", False),
    ("S. 9ff. und", False),
    ("vol. 2, 1971", False),
    ("staff. The", False),
    ("S. 9, Anm. 4", False),
]


@pytest.mark.parametrize(("text", "ends"), DETAILS_ENDS, ids=[r[0] for r in DETAILS_ENDS])
def test_where_details_end(text: str, ends: bool) -> None:
    assert (_DETAILS_END.search(text) is not None) is ends


# A piece's own date beside its title, and brackets that are no such date.
DATES_BESIDE = [
    ("» (19. März 1932)", True),
    ("” (March 19, 1932)", True),
    ("* (speech of 1932)", True),
    ("» (12 Μαρτίου 1932)", True),
    ("* (London: Verso, 1932)", False),
    ("* (Berlin 1932)", False),
    ("* (1932)", False),
    ("*, vol. 2 (March 1932), 4", False),
]


@pytest.mark.parametrize(("text", "dated"), DATES_BESIDE, ids=[r[0] for r in DATES_BESIDE])
def test_a_date_beside_a_title(text: str, dated: bool) -> None:
    assert (_DATED_BESIDE.match(text) is not None) is dated
