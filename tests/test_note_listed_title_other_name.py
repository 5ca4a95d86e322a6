"""Issue 11, round 18: a listed work's specific title and year, read with another name.

Synthetic notes and lists (invented writers, titles and publishers). A note may name
someone before a work that is not its writer: the translator, an editor, the subject, a
word of the prose the reader took for a surname. Where the note gives a listed work's
specific title whole (three words and twelve letters or more) and, for a full form, the
entry's year, the note names that listed work: `missing-reference` does not report it
(nor is the entry left uncited); the name is the reader's doubt, not the writer's slip.

The negatives: the name is the entry's writer's, misspelt (a slip, reported by
inconsistent-reference, not hidden); a full form with another year; a full form with no
year and no doubt; a short or common title ("Introduction"); a review of the listed book;
two entries with the title.
"""

from __future__ import annotations

import pytest

from tests.test_note_citation_rules import findings, manuscript

LIST = (
    "\n## Works cited\n\n"
    "Kessel, Ruth. *Salt and Iron in the Northern Ports*. Leeds: Dale Press, 2001.\n\n"
    "Vell, Ann. *Introduction*. London: Verso, 1999.\n\n"
    "Rudd, Tom. *The Long Winter of the Harbour Strikes*. London: Verso, 1990.\n"
)
TWICE = LIST + "\nStiles, Nora. *The Long Winter of the Harbour Strikes*. Leeds: Dale, 1990.\n"

# (class, notes, works-cited list, notes reported by missing-reference, by uncited-reference)
CASES = [
    (
        "a full form with the entry's year, a translator's name first",
        ["Sara Bell, *Salt and Iron in the Northern Ports* (Leeds: Dale Press, 2001), 40."],
        LIST,
        [],
    ),
    (
        "a short form giving the specific title whole, another name first",
        ["Bell, *Salt and Iron in the Northern Ports*, 41."],
        LIST,
        [],
    ),
    (
        "a full form read with a place for its writer",
        ["Leeds Dale, *The Long Winter of the Harbour Strikes* (London: Verso, 1990), 12."],
        LIST,
        [],
    ),
    (
        "negative: the entry's writer misspelt, a slip",
        ["Ruth Kesesl, *Salt and Iron in the Northern Ports* (Leeds: Dale Press, 2001), 40."],
        LIST,
        [],
    ),
    (
        "negative: a full form with another year",
        ["Sara Bell, *Salt and Iron in the Northern Ports* (Leeds: Dale Press, 2011), 40."],
        LIST,
        [1],
    ),
    (
        "negative: a full form with no year and no doubt of its writer",
        ["Sara Bell, *Salt and Iron in the Northern Ports*, at the Dale Press."],
        LIST,
        [1],
    ),
    (
        "negative: a common title",
        ["Nora Stiles, *Introduction* (London: Verso, 1999)."],
        LIST,
        [1],
    ),
    (
        "negative: a short form's short title",
        ["Bell, *Salt and Iron*, 41."],
        LIST,
        [1],
    ),
    (
        "negative: two entries with the title",
        ["Leeds Dale, *The Long Winter of the Harbour Strikes* (London: Verso, 1990), 12."],
        TWICE,
        [1],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("notes", "works_cited", "notes_reported"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_missing_reference(notes: list[str], works_cited: str, notes_reported: list[int]) -> None:
    found = findings(manuscript(*notes, works_cited=works_cited), "missing-reference")
    assert [f.data["note"] for f in found] == notes_reported


def test_the_slip_is_reported_as_inconsistent() -> None:
    text = manuscript(
        "Ruth Kesesl, *Salt and Iron in the Northern Ports* (Leeds: Dale Press, 2001), 40.",
        works_cited=LIST,
    )
    assert [f.data["note"] for f in findings(text, "inconsistent-reference")] == [1]


def test_balance() -> None:
    negatives = sum(1 for name, *_ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives
