"""A chapter and its book's entry, when the list gives the book's parts one by one (issue
11, round 26).

A chapter cited with its book fits the book's entry when the list gives the book alone
(Chicago 14.107). A list that gives another chapter of that book an entry of its own lists
the book's parts one by one (Chicago's cross-referenced contributions, MLA's), so a chapter
of it without an entry is missing, and its book is suggested.

Invented writers and titles. Every positive made no finding before this round; the
negatives are the shapes where the chapter still fits the book: the book listed alone, a
chapter of another book listed apart, the chapter's own entry listed, the book cited whole.
"""

from __future__ import annotations

from tests.test_note_seeded_classes import document_rows_tests

SALT = "Ann Bell, “Salt,” in *Harbour Lives*, ed. Tom Reed (Leeds: Corran, 2001), 33."
TIDE = "Ann Bell, “Tide,” in *Harbour Lives*, ed. Tom Reed (Leeds: Corran, 2001), 40."
WIND = "Ola Veder, “Wind,” in *Harbour Lives*, ed. Tom Reed (Leeds: Corran, 2001), 51."
ROPE = "Ola Veder, “Rope,” in *Dock Essays*, ed. Ida Brenn (Hull: Marren, 1999), 7."
DIN_SALT = "Ann Bell: Salz. In: Tom Reed (Hg.): Hafenleben im Norden. Berlin 2001, S. 33."
DIN_WIND = "Ola Veder: Wind. In: Tom Reed (Hg.): Hafenleben im Norden. Berlin 2001, S. 51."
BOOK = "Reed, *Harbour Lives*, 2001."
DIN_BOOK = "Reed, *Hafenleben im Norden*, 2001."

POSITIVES = [
    ("another chapter listed apart, the same writer", [SALT, TIDE], [BOOK, "Bell, *Tide*, 2001."], "missing-reference", [4]),
    ("another chapter listed apart, another writer", [SALT, WIND], [BOOK, "Veder, *Wind*, 2001."], "missing-reference", [4]),
    ("the chapter listed apart cited after", [WIND, SALT], [BOOK, "Veder, *Wind*, 2001."], "missing-reference", [5]),
]  # fmt: skip

NEGATIVES = [  # the chapter still fits its book (no finding), or the finding is as before
    ("the book listed alone, two chapters cited", [SALT, TIDE], [BOOK], "missing-reference", []),
    ("a chapter of another book listed apart", [SALT, ROPE], [BOOK, "Veder, *Rope*, 1999."], "missing-reference", []),
    ("each chapter listed", [SALT, WIND], [BOOK, "Bell, *Salt*, 2001.", "Veder, *Wind*, 2001."], "missing-reference", []),
    ("the book cited whole beside a chapter listed apart", ["Tom Reed, ed., *Harbour Lives* (Leeds: Corran, 2001), 3.", WIND], [BOOK, "Veder, *Wind*, 2001."], "missing-reference", []),
    ("a German part in its book, the book alone", [DIN_SALT, DIN_WIND], [DIN_BOOK], "missing-reference", []),
    ("no entry for the book or the chapter", [SALT], ["Veder, *Wind*, 2001."], "missing-reference", [4]),
]  # fmt: skip

ROWS = [*POSITIVES, *NEGATIVES]

test_chapters_listed_apart, _ = document_rows_tests(ROWS)


def test_as_many_negatives_as_positives() -> None:
    assert len(NEGATIVES) >= len(POSITIVES)
