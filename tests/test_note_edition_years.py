"""A full form that gives two years of one work, and an entry that lists either (issue 11).

Every note and entry is written for this table (invented writers and titles). A note may
give a work's edition and its first edition after a ";" in one bracket ("(London: Harwood,
1976; 2nd ed. 1986)", "2nd ed. (London: Harwood, 1986; first published 1976)"), its
original after the imprint ("…, 1976), 88, first published in German in 1867", Chicago
14.114), or a double year ("1976/77"). The list may give either year: each was a false
inconsistent-reference ("make them agree"). The negatives: a year the note does not give
in the list, and a year after the imprint with no cue of an original (a review's), which
must still be reported.
"""

from __future__ import annotations

import pytest

from tests.helpers import lint_text

# (note, the entry's title part, the years the list may give)
AGREE = [
    ("Anton Weyrich, *The Iron Calendar* (London: Harwood, 1976/77), 88.", ["1976", "1977"]),
    ("Anton Weyrich, *The Iron Calendar* (London: Harwood, 1999/00), 88.", ["1999", "2000"]),
    ("Anton Weyrich, *The Iron Calendar* (London: Harwood, 1976; 2nd ed. 1986), 88.", ["1976", "1986"]),
    ("Anton Weyrich, *The Iron Calendar*, 2nd ed. (London: Harwood, 1986; first published 1976), 88.", ["1986", "1976"]),
    ("Anton Weyrich, *The Iron Calendar* (London: Harwood, 1976), 88, first published in German in 1867.", ["1976", "1867"]),
    ("Anton Weyrich: *The Iron Calendar*. Berlin 1976 (zuerst 1867), S. 88.", ["1976", "1867"]),
    ("Anton Weyrich: *The Iron Calendar*. Berlin 1976; Erstausgabe 1867, S. 88.", ["1976", "1867"]),
]  # fmt: skip

# (note, a year the list gives that the note does not give as this work's)
DISAGREE = [
    ("Anton Weyrich, *The Iron Calendar* (London: Harwood, 1976/77), 88.", "1978"),
    ("Anton Weyrich, *The Iron Calendar* (London: Harwood, 1976; 2nd ed. 1986), 88.", "1990"),
    ("Anton Weyrich, *The Iron Calendar*, 2nd ed. (London: Harwood, 1986; first published 1976), 88.", "1975"),
    ("Anton Weyrich, *The Iron Calendar* (London: Harwood, 1976), 88, reviewed in *Harbour Review* in 1980.", "1980"),
    ("Anton Weyrich, *The Iron Calendar* (London: Harwood, 1976), 88, first published in German in 1867.", "1868"),
    ("Anton Weyrich, *The Iron Calendar* (London: Harwood, 1976), 88; see also his letter of 1867.", "1867"),
]  # fmt: skip


def _findings(note: str, year: str) -> list[tuple[str, object]]:
    text = (
        f"Body text.[^1]\n\n[^1]: {note}\n\n## Works cited\n\n"
        f"Weyrich, Anton. *The Iron Calendar*. London: Harwood, {year}.\n"
    )
    result = lint_text(text, "C101", "C107", name="m.md")
    return [(f.rule, f.data.get("note")) for f in result.findings]


@pytest.mark.parametrize(
    ("note", "year"), [(n, y) for n, years in AGREE for y in years], ids=lambda v: str(v)[:50]
)
def test_the_list_may_give_either_year(note: str, year: str) -> None:
    assert _findings(note, year) == []


@pytest.mark.parametrize(("note", "year"), DISAGREE, ids=lambda v: str(v)[:50])
def test_another_year_is_still_inconsistent(note: str, year: str) -> None:
    assert _findings(note, year) == [("inconsistent-reference", 1)]


# A word of an edition's history before a year is no writer: no author-year citation, so no
# missing-reference. The writer before a year still is one.
EDITION_WORDS = [
    ("Anton Weyrich: *The Iron Calendar*. Berlin 1976; Nachdruck 1971, S. 88.", False),
    ("Anton Weyrich, *The Iron Calendar* (London: Harwood, 1976); Reprint 2005, 12.", False),
    ("Vgl. die Ausgabe 1980, S. 3.", False),
    ("Βλ. την Έκδοση 1998, σ. 4.", False),
    ("Vgl. Brahms 1980, S. 3.", True),
    ("Brahms (1980), 3.", True),
]


@pytest.mark.parametrize(("note", "reported"), EDITION_WORDS, ids=lambda v: str(v)[:40])
def test_an_edition_word_before_a_year_is_no_writer(note: str, reported: bool) -> None:
    found = _findings(note, "1976")
    assert (("missing-reference", 1) in found) is reported
