"""inconsistent-reference between two notes and a surname written with and without its
special letters (issue 11, round 19).

An English text may write a Polish, Czech or Icelandic surname without its letters ("Walesa"
for "Wałęsa", Chicago 11.57 allows dropping diacritics where the type lacks them); two notes
that write it the two ways name one writer. The note and the list were already compared so
(`plain`); two notes were not. The negatives: a slip (two letters swapped, a letter
dropped), with or without the special letters, is still reported. Every writer and title is
invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import lint_text

WORK = "*The Salt Ledger* (London: Fell, 1927)"

# (the name in note 1, the name in note 2, whether note 2 is reported)
ROWS = [
    ("Lech Wałęsa", "Lech Walesa", False),
    ("Lech Wałęsa", "Lech Wałesa", False),
    ("Jiří Dvořák-Łoś", "Jiri Dvorak-Los", False),
    ("Þóra Guðmundsdóttir", "Thora Gudmundsdottir", False),
    ("Lech Wałęsa", "Lech Wałęas", True),
    ("Lech Wałęsa", "Lech Waelsa", True),
    ("Lech Wałęsa", "Lech Wlesa", True),
    ("Jiří Dvořák", "Jiri Dvroak", True),
]


@pytest.mark.parametrize(("first", "second", "reported"), ROWS)
def test_special_letters_written_plainly(first: str, second: str, reported: bool) -> None:
    text = f"Body.[^1][^2]\n\n[^1]: {first}, {WORK}, 14.\n[^2]: {second}, {WORK}, 20.\n"
    result = lint_text(text, "C107", name="m.md")
    assert [f.data.get("note") for f in result.findings] == ([2] if reported else [])
