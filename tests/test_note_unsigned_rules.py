"""Issue 11: the unsigned readings of this round give the rules no false findings.

A constructed document (invented writer, titles and papers; no corpus text): an unsigned
piece after prose, two unsigned pieces joined by "and", and their short forms after a
writer's short form in the same note. No entry is wanted for an unsigned piece (Chicago
14.207: no bibliography entry for a newspaper's unsigned piece), and each short form finds
its full form. Main carried Cole to "“Mills Reopen,” 2" and reported it as a missing
reference and a short form before its full form. The negatives: a work of Cole's never given
in full is still reported, and a writer's work with no entry still is."""

from __future__ import annotations

import pytest

from tests.test_note_citation_rules import findings, manuscript

NOTES = [
    "Ann Cole, *Salt Roads* (Leeds: Marlow, 2004), 45. The strike was reported in “Mill Hands "
    "Walk Out,” *Daily Courier*, March 3, 1999, 8.",
    "See “Mills Reopen,” *Evening Post*, March 9, 1999, 2, and “Harbour Quiet,” *Evening "
    "Post*, March 12, 1999, 3.",
    "“Mill Hands Walk Out,” 8; Cole, *Salt Roads*, 46; “Mills Reopen,” 2.",
]
LISTED = "\n## Bibliography\n\nCole, Ann. *Salt Roads*. Leeds: Marlow, 2004.\n"

CASES: list[tuple[str, list[str], str, list[int]]] = [
    ("no missing-reference for unsigned pieces", NOTES, "missing-reference", []),
    ("no short-form-before-full for their short forms", NOTES, "short-form-before-full", []),
    (
        "negative: Cole's work never given in full is reported",
        [*NOTES, "Cole, *Harbour Days*, 12."],
        "short-form-before-full",
        [4],
    ),
    (
        "negative: another writer's work with no entry is reported",
        [*NOTES, "Tomas Reiner, *Quiet Harbours* (Leeds: Marlow, 2001), 4."],
        "missing-reference",
        [4],
    ),
]


@pytest.mark.parametrize(
    ("notes", "rule", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_rules(notes: list[str], rule: str, expected: list[int]) -> None:
    found = findings(manuscript(*notes, works_cited=LISTED), rule)
    assert [f.data["note"] for f in found] == expected


def test_the_table_holds_at_least_as_many_negatives_as_positives() -> None:
    negatives = [c for c in CASES if c[0].startswith("negative")]
    assert len(negatives) >= len(CASES) - len(negatives)
