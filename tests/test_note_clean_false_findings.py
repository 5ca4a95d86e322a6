"""False findings on clean documents (issue 11, round 26): an Ibid. whose referent is one
source all the same, a year in the prose after a title named in passing, and a plain short
title read with other words than its full form's.

ambiguous-ibid (Chicago 14.34: "ibid." refers to the single work of the note before):
- the notes begin after note 1 (a note before it is missing from the document, a
  missing-note): the Ibid. refers to that note, unseen, and does not open the notes;
- "X, as referred to in Y": one source, as "X, quoted in Y" is;
- a work given inside the bracket of the citation before it (its original, translation,
  reprint: Chicago 14.109-113) is part of that citation, unless the bracket opens with a
  signal ("(see also …)");
- an article given with its volume, year and page range ("*Review* 14 (1991): 5–28") holds
  no page outside that range: "Ibid., 37" after it and one other work is the other work's.

inconsistent-reference for a note the reader could not read: a title followed by a comma
and a relative clause ("*History of Salt*], which he later disowned") is named in prose, so
a year in the sentences after it is not the work's (Chicago 14.100: a citation's details
are place, publisher and date, not a clause about the work).

short-form-before-full for a short form whose title no marks bound ("plain title"): its
boundaries are the reader's guess, so it shortens an earlier full form by the same writer
whose title, as written, holds its words (three at least), or whose title it is with a
locator read in after a comma (Chicago 14.29: a short title repeats the key words).

Each positive is reported on main (checked by running this file with PYTHONPATH set to the
main checkout). Every writer, title, place and publisher is invented.
"""

from __future__ import annotations

import pytest

from tests.test_note_citation_rules import findings, manuscript

BOOK = "Grigory Haldane, *The Iron Road* (Leeds: Harwick, 1977), 9"
BOOK_TOO = "Ines Marrow, *The Salt Ledger* (Bristol: Pellam, 1984), 12"
ARTICLE = 'Harold Pike, "War and Reform," *Quarterly Review* 12 (1982): 45–70'
ARTICLE_TOO = 'Ida Brenn, "The Slow Harbour," *Inlet Review* 9 (1990): 50–80'

# (the note before, the back-reference, whether reported)
IBID_ROWS = [
    # one source all the same: no finding
    (f"{BOOK}, as referred to in {BOOK_TOO}.", "Ibid.", False),
    (
        "Hanna Oberg, *Die Brücke* (Berlin: Kestner, 1950) [English: Paul Weir, *The "
        "Bridge*, Leeds: Harwick, 1961], 44.",
        "Ibid., 45.",
        False,
    ),
    (f"{BOOK}; see also {ARTICLE}.", "Ibid., 71.", False),
    (
        "Θ. Παπαδάκης, *Το κράτος ως δίκτυο*, Αθήνα: Νήσος, 2004, σ. 8· Α. Λιάκου, «Κράτος "
        "και τάξεις», *Ζητήματα Θεωρίας* 88 (2004): 45-70.",
        "Ό.π., σ. 12.",
        False,
    ),
    # still ambiguous: reported
    (f"{BOOK}; {BOOK_TOO}.", "Ibid., 45.", True),
    (f"{BOOK}, a book referred to by reviewers; {BOOK_TOO}.", "Ibid.", True),
    (
        "Hanna Oberg, *Die Brücke* (Berlin: Kestner, 1950) (see also Paul Weir, *The "
        "Bridge*, Leeds: Harwick, 1961), 44.",
        "Ibid., 45.",
        True,
    ),
    (f"{BOOK}; see also {ARTICLE}.", "Ibid., 60–75.", True),
    (f"{BOOK}; see also {ARTICLE}.", "Ibid.", True),
    (f"{ARTICLE}; {ARTICLE_TOO}.", "Ibid., 90.", True),
    (f"{BOOK[:-3]}, 45–70; {BOOK_TOO}.", "Ibid., 71.", True),
    (f"{BOOK}; see also {ARTICLE}; {BOOK_TOO}.", "Ibid., 71.", True),
]  # fmt: skip


@pytest.mark.parametrize(
    ("previous", "back_reference", "reported"), IBID_ROWS, ids=lambda v: str(v)[:40]
)
def test_ibid_after_one_source(previous: str, back_reference: str, reported: bool) -> None:
    found = findings(manuscript(previous, back_reference), "ambiguous-ibid")
    assert [f.data["note"] for f in found] == ([2] if reported else [])


# A short form of a book given in full before, then an article after "Cf.": "Ibid., 80–92"
# lies outside the article's pages, so it is the book's; with no page, a page within the
# article's or a range across its end, it is reported.
CF_ROWS = [("Ibid., 80–92.", False), ("Ibid.", True), ("Ibid., 50.", True), ("Ibid., 60–75.", True)]


@pytest.mark.parametrize(("back_reference", "reported"), CF_ROWS)
def test_ibid_after_a_short_form_and_an_article(back_reference: str, reported: bool) -> None:
    previous = f"Haldane, 3–11. Cf. the older essay by {ARTICLE}, which he cites."
    text = manuscript(BOOK + ".", previous, back_reference)
    found = findings(text, "ambiguous-ibid")
    assert [f.data["note"] for f in found] == ([3] if reported else [])


def _from_note(first: int, *notes: str) -> str:
    """A document whose notes are numbered from `first`."""
    numbers = range(first, first + len(notes))
    body = "".join(f"Claim {n}.[^{n}] " for n in numbers) + "\n\n"
    return body + "".join(f"[^{n}]: {text}\n\n" for n, text in zip(numbers, notes, strict=True))


# (the first note's number, whether the opening Ibid. is reported)
OPENING_ROWS = [(2, False), (5, False), (1, True)]


@pytest.mark.parametrize(("first", "reported"), OPENING_ROWS)
def test_ibid_before_which_notes_are_missing(first: int, reported: bool) -> None:
    found = findings(_from_note(first, "Ibid., 178.", "Ibid., 221."), "ambiguous-ibid")
    assert [f.data["note"] for f in found] == ([first] if reported else [])


LIST = "\n\n## Works cited\n\nQuenby, Alma. *The History of Salt and Iron*. Leeds: Harwick, 1962.\n"

# (the note, whether its year is reported against the list's 1962)
YEAR_ROWS = [
    # a title named in passing, a year in the prose after it: no finding
    (
        "Quenby's book *The History of Salt and Iron*, which she later disowned, was "
        "reviewed widely. Her own 1958 defence of it is lost.",
        False,
    ),
    (
        "Alma Quenby first set this out in *The History of Salt and Iron*, whose second "
        "half, written in 1957, she cut.",
        False,
    ),
    # the work's own details give another year: reported
    ("Alma Quenby, *The History of Salt and Iron* (Leeds: Harwick, 1958), 4.", True),
    ("Alma Quenby, *The History of Salt and Iron*, trans. Ann Pole (Leeds: Harwick, 1958).", True),
    ("As Quenby put it in *The History of Salt and Iron*, Leeds 1958, 4.", True),
]


@pytest.mark.parametrize(("note", "reported"), YEAR_ROWS, ids=lambda v: str(v)[:40])
def test_a_year_after_a_title_named_in_prose(note: str, reported: bool) -> None:
    found = findings(manuscript(note, works_cited=LIST), "inconsistent-reference")
    years = [f for f in found if f.data.get("field") == "year"]
    assert bool(years) == reported


# short-form-before-full for a short form whose title no marks bound ("plain title": a web
# copy, a plain-text note): by the same writer, the full form's title holds the short one's
# words as written, or the short one's title is the full title with a locator after a comma.
# (the full form, the short form, whether reported)
PLAIN_ROWS = [
    (
        "John Marlowe, In, Against, and Beyond the Tide: The Harbour Lectures (Oakland: "
        "Pellam Press, 2016), 7.",
        "Marlowe, In, Against, and Beyond the Tide, 9.",
        False,
    ),
    (
        'Franz Edel, "On the Grammar of Debts," in Basic Writings of Edel, trans. Ann Pole '
        "(New York: Harwick, 1968), 12.",
        "Edel, On the Grammar of Debts, Third Essay §14, 560.",
        False,
    ),
    # another work, another writer, or too few words to tell: reported
    ("Franz Edel, The State (New York: Harwick, 1968), 12.", "Edel, State and Revolution, 56.", True),
    (
        "Franz Edel, On the Grammar of Debts (New York: Harwick, 1968), 12.",
        "Edel, The Grammar of Loans, 56.",
        True,
    ),
    (
        "Franz Edel, On the Grammar of Debts (New York: Harwick, 1968), 12.",
        "Pike, On the Grammar of Debts and Credits, 56.",
        True,
    ),
    ("Franz Edel, The Grammar (New York: Harwick, 1968), 12.", "Edel, The Grammar of Debts, 56.", True),
]  # fmt: skip


@pytest.mark.parametrize(("full", "short", "reported"), PLAIN_ROWS, ids=lambda v: str(v)[:40])
def test_plain_short_title_after_its_full_form(full: str, short: str, reported: bool) -> None:
    found = findings(manuscript(full, short), "short-form-before-full")
    assert [f.data["note"] for f in found] == ([2] if reported else [])
