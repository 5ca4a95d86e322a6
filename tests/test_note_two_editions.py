"""inconsistent-reference and two editions of one work (issue 11, round 19).

A writer may cite the first edition of a work in one note and a later edition, a reprint or
a translation in another, each with its own imprint; a works-cited list may then list both
(Chicago 14.113-14.118: the edition consulted is cited). Two full forms with other years are
two publications, not a slip, when they name different editions ("2nd ed.", "2. Aufl.");
and a note that names the original's year with "first ed." or "Originally published" gives
that year too (Chicago 14.114). Each was a false "make them agree". The negatives: the year
changed in one note with the same edition statement (the seeded year defect), another
imprint with no edition named (main's rule, kept),
and a year the notes do not give, which must still be reported. Every writer and title is
invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import lint_text

FIRST = "Harold Quenby, *The Salt Ledger* (London: Fell, 1927), 14."
GERMAN_FIRST = "Harold Quenby, *Das Salzbuch*, Berlin 1963, S. 30."

# (an earlier note, a later note, whether the later one is reported)
BETWEEN_NOTES = [
    # an edition named in one note, not in the other: another edition
    (FIRST, "Harold Quenby, *The Salt Ledger*, 2nd ed. (London: Fell, 1962), 30.", False),
    (FIRST, "Harold Quenby, *The Salt Ledger*, rev. ed. (London: Fell, 1962), 30.", False),
    (FIRST, "Harold Quenby, *The Salt Ledger* (1927; repr., London: Fell, 1962), 30.", False),
    (GERMAN_FIRST, "Harold Quenby, *Das Salzbuch*, 2. Aufl., Berlin 1964, S. 30.", False),
    (GERMAN_FIRST, "Harold Quenby, *Das Salzbuch*, Neuauflage, Berlin 1980, S. 30.", False),
    (
        GERMAN_FIRST,
        "Harold Quenby, *Das Salzbuch*, Hamburg: Wessel 1980 (Nachdruck), S. 30.",
        False,
    ),
    # two volumes of one work, each with its year (Chicago 14.121)
    (
        "Harold Quenby, *The Salt Ledger*, vol. 2 (London: Fell, 1929), 14.",
        "Harold Quenby, *The Salt Ledger*, vol. 1 (London: Fell, 1927), 20.",
        False,
    ),
    (
        "Harold Quenby, *Das Salzbuch*, Bd. 3, Berlin 1966, S. 30.",
        "Harold Quenby, *Das Salzbuch*, Bd. 1, Berlin 1963, S. 30.",
        False,
    ),
    # one volume twice, or a volume and the work: a year changed is a slip
    (
        "Harold Quenby, *The Salt Ledger*, vol. 2 (London: Fell, 1929), 14.",
        "Harold Quenby, *The Salt Ledger*, vol. 2 (London: Fell, 1930), 20.",
        True,
    ),
    (
        "Harold Quenby, *The Salt Ledger*, vol. 2 (London: Fell, 1929), 14.",
        "Harold Quenby, *The Salt Ledger* (London: Fell, 1930), 20.",
        True,
    ),
    # the same edition (named alike, or on neither): a year changed is a slip; another
    # imprint alone is not taken for another edition
    (FIRST, "Harold Quenby, *The Salt Ledger* (New York: Arden, 1962), 30.", True),
    (GERMAN_FIRST, "Harold Quenby, *Das Salzbuch*, Hamburg: Wessel 1965, S. 30.", True),
    (FIRST, "Harold Quenby, *The Salt Ledger* (London: Fell, 1928), 30.", True),
    (FIRST, "Harold Quenby, *The Salt Ledger* (London, 1928), 30.", True),
    (FIRST, "Harold Quenby, *The Salt Ledger* (London and New York: Fell, 1928), 30.", True),
    (FIRST, "Harold Quenby, *The Salt Ledger* (London: Fell Books, 1928), 30.", True),
    (GERMAN_FIRST, "Harold Quenby, *Das Salzbuch*, Berlin 1966, S. 30.", True),
    (
        "Harold Quenby, *The Salt Ledger*, 2nd ed. (London: Fell, 1962), 14.",
        "Harold Quenby, *The Salt Ledger*, 2nd ed. (London: Fell, 1963), 30.",
        True,
    ),
    (
        "Harold Quenby, *Das Salzbuch*, 2. Aufl., Berlin 1964, S. 30.",
        "Harold Quenby, *Das Salzbuch*, 2. Aufl., Berlin 1965, S. 31.",
        True,
    ),
]


def _document(notes: list[str], entries: list[str]) -> str:
    markers = "".join(f"[^{i}]" for i in range(1, len(notes) + 1))
    defined = "".join(f"[^{i}]: {note}\n" for i, note in enumerate(notes, 1))
    listed = "\n\n## Works cited\n\n" + "\n\n".join(entries) + "\n" if entries else ""
    return f"Body text.{markers}\n\n{defined}{listed}"


def _reported(notes: list[str], entries: list[str]) -> list[object]:
    result = lint_text(_document(notes, entries), "C101", "C107", name="m.md")
    return [f.data.get("note") for f in result.findings if f.rule == "inconsistent-reference"]


@pytest.mark.parametrize(("first", "later", "reported"), BETWEEN_NOTES, ids=lambda v: str(v)[:60])
def test_two_editions_in_two_notes(first: str, later: str, reported: bool) -> None:
    assert _reported([first, later], []) == ([2] if reported else [])


# (the notes, the list's years of the work, the notes reported)
BOTH_LISTED = [
    # each note matched its own edition's entry: the other entry, whose title it also
    # writes, is no work it left unread
    ([FIRST, "Harold Quenby, *The Salt Ledger*, 2nd ed. (New York: Arden, 1962), 30."], ["1927", "1962"], []),
    (["Harold Quenby, *The Salt Ledger* (New York: Arden, 1962), 30."], ["1927", "1962"], []),
    ([FIRST], ["1927", "1962"], []),
    # a year neither entry gives is still reported
    ([FIRST, "Harold Quenby, *The Salt Ledger* (New York: Arden, 1963), 30."], ["1927", "1962"], [2]),
    ([FIRST, "Harold Quenby, *The Salt Ledger* (London: Fell, 1929), 30."], ["1927", "1962"], [2]),
    (["Harold Quenby, *The Salt Ledger* (London: Fell, 1926), 14."], ["1927", "1962"], [1]),
]  # fmt: skip


@pytest.mark.parametrize(("notes", "years", "reported"), BOTH_LISTED, ids=lambda v: str(v)[:60])
def test_two_editions_listed(notes: list[str], years: list[str], reported: list[int]) -> None:
    entries = [f"Quenby, Harold. *The Salt Ledger*. London: Fell, {year}." for year in years]
    assert sorted(set(_reported(notes, entries))) == reported


# (a note, the list's year, whether reported): the original's year named with its cue
ORIGINAL_NAMED = [
    ("Harold Quenby, *The Salt Ledger*, trans. Ann Pole (New York: Arden, 1962), 14. Originally published in 1927.", "1927", False),
    ("Harold Quenby, *The Salt Ledger* (New York: Arden, 1962; first ed. London: Fell, 1927), 14.", "1927", False),
    ("Harold Quenby, *The Salt Ledger* (New York: Arden, 1962; 1st edn 1927), 14.", "1927", False),
    ("Harold Quenby, *The Salt Ledger*, 2 vols. (New York: Arden, 1962), 2:14 (first German ed. 1927).", "1927", False),
    # another year than the one named so, or a year with no cue of an original
    ("Harold Quenby, *The Salt Ledger*, trans. Ann Pole (New York: Arden, 1962), 14. Originally published in 1927.", "1928", True),
    ("Harold Quenby, *The Salt Ledger* (New York: Arden, 1962; first ed. London: Fell, 1927), 14.", "1926", True),
    ("Harold Quenby, *The Salt Ledger* (New York: Arden, 1962), 14. Quoted in 1927.", "1927", True),
    ("Harold Quenby, *The Salt Ledger* (New York: Arden, 1962), 14, edited 1927.", "1927", True),
    ("Harold Quenby, *The Salt Ledger*, 2nd ed. (New York: Arden, 1962), 14.", "1927", True),
]  # fmt: skip


@pytest.mark.parametrize(("note", "year", "reported"), ORIGINAL_NAMED, ids=lambda v: str(v)[:60])
def test_the_original_named_with_its_cue(note: str, year: str, reported: bool) -> None:
    entry = f"Quenby, Harold. *The Salt Ledger*. New York: Arden, {year}."
    assert _reported([note], [entry]) == ([1] if reported else [])


def test_each_volume_is_compared_with_its_own_first_citation() -> None:
    """A slip in one volume's year is found though another volume's note came first."""
    notes = [
        "Harold Quenby, *The Salt Ledger*, vol. 2 (London: Fell, 1929), 14.",
        "Harold Quenby, *The Salt Ledger*, vol. 1 (London: Fell, 1927), 20.",
        "Harold Quenby, *The Salt Ledger*, vol. 1 (London: Fell, 1928), 20.",
        "Harold Quenby, *The Salt Ledger*, 2nd ed. (London: Fell, 1962), 20.",
        "Harold Quenby, *The Salt Ledger*, 2nd ed. (London: Fell, 1963), 20.",
    ]
    assert _reported(notes, []) == [3, 5]
