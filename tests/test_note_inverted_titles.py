"""Issue 11: a surname, a plain short title and a year, first read as an inverted name.

"Trotzki, Literatur (1994), S. 83." has the shape of an inverted name and a year
("Neumann, Franz (1942), S. 41."). Where an earlier note gives a work of that surname
whose title opens with the words, they are its short title and the citation a short form
given again (`note_inverted_titles`). Synthetic notes, invented or constructed: each row
gives (form, title) of every work read and the notes `short-form-before-full` reports.
The negatives: an inverted name with no work of its writer before, a work of the same
surname whose title the words do not open, another surname, the writer's given name.
"""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import find_note_citations
from citecheck.readers import read_bytes
from tests.test_note_citation_rules import findings, manuscript

KESSLER = "Irma Kessler, Hafenstadt im Wandel, Hamburg: Nordlicht 1994, S. 12."
VELL = "Ann Vell, Harbour Strike (Leeds: Quayside, 1999), 3."
FULL_K = ("full", "Hafenstadt im Wandel")
FULL_V = ("full", "Harbour Strike")

# (class, notes, (form, title) of each work read in order, notes reported)
CASES = [
    (
        "given again: a German short title and the year",
        [KESSLER, "Kessler, Hafenstadt (1994), S. 30."],
        [FULL_K, ("short", "Hafenstadt")],
        [],
    ),
    (
        "given again: an English plain title, the year and a page",
        [VELL, "Vell, Harbour Strike (1999), S. 41."],
        [FULL_V, ("short", "Harbour Strike")],
        [],
    ),
    (
        "negative: an inverted name and a year, no work of the writer before",
        ["Vell, Ann (1999), S. 41."],
        [("full", "")],
        [],
    ),
    (
        "negative: the writer's given name after a work of the writer",
        [VELL, "Vell, Ann (1999), S. 41."],
        [FULL_V, ("full", "")],
        [],
    ),
    (
        "negative: words that do not open the work's title",
        [KESSLER, "Kessler, Wandel (1994), S. 30."],
        [FULL_K, ("full", "")],
        [],
    ),
    (
        "negative: another surname with the words of the title",
        [VELL, "Dorn, Harbour Strike (1999), S. 41."],
        [FULL_V, ("full", "")],
        [],
    ),
]


def forms_and_titles(notes: list[str]) -> list[tuple[str, str]]:
    source = read_bytes("m.md", manuscript(*notes).encode("utf-8"))
    return [(c.form, c.title) for c in find_note_citations(source)]


def reported(notes: list[str]) -> list[int]:
    return [f.data["note"] for f in findings(manuscript(*notes), "short-form-before-full")]


@pytest.mark.parametrize(
    ("notes", "read", "notes_reported"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_forms_titles_and_findings(
    notes: list[str], read: list[tuple[str, str]], notes_reported: list[int]
) -> None:
    assert (forms_and_titles(notes), reported(notes)) == (read, notes_reported)


def test_the_table_holds_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for name, *_ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives
