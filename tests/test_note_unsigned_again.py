"""Issue 11: a piece cited before with no author stays unsigned when the reader would carry
the writer of the work before it in the same note to it (`extract/note_unsigned_again.py`).

Constructed documents (invented writers, titles and papers; no corpus text). Chicago 14.207
cites an unsigned newspaper piece by its title, and its short form (14.29) keeps the title's
head; "Cole, *Salt Roads*, 45; “Mill Hands Walk Out,” 8." after a note citing the unsigned
piece in full is Cole's book and the piece again, not a piece by Cole.

At least half the rows are negatives: a title never cited before (the writer still carried,
as "Stedman Jones, *A*, …; *B*, …" writes one author for two works), an earlier piece of
another title, an earlier piece with a writer, a title only sharing a word, the unsigned
piece cited after the note (not before). Each row: the notes, then the last note's readings."""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, last_note_readings
from tests.test_note_citation_rules import findings, manuscript

MILL = "Mill Hands Walk Out"
PIECE = f"“{MILL},” *Daily Courier*, March 3, 1999, 8."
BOOK = "Ann Cole, *Salt Roads* (Leeds: Marlow, 2004), 45."
COLE = ("short", ("Cole",), "Salt Roads", "")


def unsigned_short(title: str) -> Reading:
    return ("short", (), title, "")


def cole_short(title: str) -> Reading:
    return ("short", ("Cole",), title, "")


CASES: list[tuple[str, list[str], list[Reading]]] = [
    (
        "after a semicolon, the whole title",
        [PIECE, BOOK, f"Cole, *Salt Roads*, 45; “{MILL},” 8."],
        [COLE, unsigned_short(MILL)],
    ),
    (
        "after ', and', the whole title",
        [PIECE, BOOK, f"Cole, *Salt Roads*, 45, and “{MILL},” 9."],
        [COLE, unsigned_short(MILL)],
    ),
    (
        "a short title, the head of the piece's",
        [PIECE, BOOK, "Cole, *Salt Roads*, 45; “Mill Hands,” 10."],
        [COLE, unsigned_short("Mill Hands")],
    ),
    (
        "German: a piece cited before, then after a writer's short form",
        [
            "„Die Krise der Partei“, in: *Vorwärts*, 12.3.1931, S. 2.",
            "Karl Wendel, *Die Partei* (Berlin: Dietz, 1930), S. 4.",
            "Wendel, *Die Partei*, S. 4; „Die Krise der Partei“, S. 2.",
        ],
        [("short", ("Wendel",), "Die Partei", ""), unsigned_short("Die Krise der Partei")],
    ),
    # negatives
    (
        "negative: a title never cited before keeps the carried writer",
        [BOOK, "Cole, *Salt Roads*, 45; “Harbour Days,” 10."],
        [COLE, cole_short("Harbour Days")],
    ),
    (
        "negative: an earlier unsigned piece of another title",
        [PIECE, BOOK, "Cole, *Salt Roads*, 45; “Harbour Days,” 10."],
        [COLE, cole_short("Harbour Days")],
    ),
    (
        "negative: the piece cited before with a writer",
        [
            f"Ann Cole, “{MILL},” *Daily Courier*, March 3, 1999, 8.",
            BOOK,
            f"Cole, *Salt Roads*, 45; “{MILL},” 8.",
        ],
        [COLE, cole_short(MILL)],
    ),
    (
        "negative: a title sharing one word only",
        [PIECE, BOOK, "Cole, *Salt Roads*, 45; “Mill Owners,” 10."],
        [COLE, cole_short("Mill Owners")],
    ),
    (
        "negative: the piece given before only in short",
        [f"“{MILL},” 8.", BOOK, f"Cole, *Salt Roads*, 45; “{MILL},” 8."],
        [COLE, cole_short(MILL)],
    ),
    (
        "negative: a writer's own work, then a place and a year",
        [PIECE, BOOK, "Cole, *Salt Roads*, 45; Leeds, 2004."],
        [COLE],
    ),
]


@pytest.mark.parametrize(("notes", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reading(notes: list[str], expected: list[Reading]) -> None:
    assert last_note_readings(notes) == expected


def test_the_table_holds_at_least_as_many_negatives_as_positives() -> None:
    negatives = [c for c in CASES if c[0].startswith("negative")]
    assert len(negatives) >= len(CASES) - len(negatives)


# The rules on such a document: the piece's short form finds its full form and no entry of
# Cole's is wanted for it; a title Cole is still carried to keeps its findings.
COLE_LISTED = "\n## Bibliography\n\nCole, Ann. *Salt Roads*. Leeds: Marlow, 2004.\n"

RULE_CASES: list[tuple[str, list[str], str, list[int]]] = [
    (
        "no missing-reference for the piece again",
        [PIECE, BOOK, f"Cole, *Salt Roads*, 45; “{MILL},” 8."],
        "missing-reference",
        [],
    ),
    (
        "no short-form-before-full for the piece again",
        [PIECE, BOOK, f"Cole, *Salt Roads*, 45; “{MILL},” 8."],
        "short-form-before-full",
        [],
    ),
    (
        "negative: a title of Cole's never cited in full is still reported",
        [BOOK, "Cole, *Salt Roads*, 45; “Harbour Days,” 10."],
        "short-form-before-full",
        [2],
    ),
    (
        "negative: the piece cited with a writer before needs that writer's entry",
        [f"Ann Cole, “{MILL},” *Daily Courier*, March 3, 1999, 8.", BOOK],
        "missing-reference",
        [1],
    ),
]


@pytest.mark.parametrize(
    ("notes", "rule", "expected"), [c[1:] for c in RULE_CASES], ids=[c[0] for c in RULE_CASES]
)
def test_rules(notes: list[str], rule: str, expected: list[int]) -> None:
    found = findings(manuscript(*notes, works_cited=COLE_LISTED), rule)
    assert [f.data["note"] for f in found] == expected
