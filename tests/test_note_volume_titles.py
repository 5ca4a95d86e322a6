"""Issue 11, the nineteenth round: a volume of a multivolume work cited by its own title
after the series' title and number (Chicago 14.121: "Ed Mill, *Collected Works*, vol. 3,
*The Harbour Years* (London: Verso, 1982)") cites the list's entry of that volume
(`note_evidence._volume_titled`): the reader reads the series' title, and the volume's
title, written right after its number, names the entry.

Constructed notes and lists (invented writers, titles and publishers). The negatives: the
volume without its own title (a page after the number), another volume title of the same
writer's, the volume's title of another writer's entry, the volume's title far from its
number.
"""

from __future__ import annotations

import pytest

from tests.test_note_citation_rules import findings, manuscript

LIST = (
    "\n## Works cited\n\n"
    "Mill, Ed. *The Harbour Years*. Vol. 3 of *Collected Works*. London: Verso, 1982.\n\n"
    "Rudd, Tom. *Salt and Iron*. Leeds: Dale Press, 2001.\n"
)
RUDD = "Tom Rudd, *Salt and Iron* (Leeds: Dale Press, 2001), 4."

# (class, notes, notes missing-reference reports)
CASES = [
    (
        "the volume's title after its number",
        [RUDD, "Ed Mill, *Collected Works*, vol. 3, *The Harbour Years* (London: Verso, 1982), 4."],
        [],
    ),
    (
        "German: 'Bd.' and a colon before the volume's title",
        [RUDD, "Ed Mill, *Collected Works*, Bd. 3: *The Harbour Years* (London: Verso, 1982), 4."],
        [],
    ),
    (
        "negative: the volume without its own title",
        [RUDD, "Ed Mill, *Collected Works*, vol. 3 (London: Verso, 1982), 4."],
        [2],
    ),
    (
        "negative: another volume title of the writer's",
        [RUDD, "Ed Mill, *Collected Works*, vol. 4, *The Salt Years* (London: Verso, 1982), 4."],
        [2],
    ),
    (
        "negative: another writer's series and the volume's title",
        [RUDD, "Jo Pike, *Collected Works*, vol. 3, *The Harbour Years* (London: Verso, 1982), 4."],
        [2],
    ),
    (
        "negative: the volume's title far from the number, in the writer's comment",
        [RUDD, "Ed Mill, *Collected Works*, vol. 3 (London: Verso, 1982), 4, a book he meant to "
         "call *The Harbour Years*."],
        [2],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("notes", "reported"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_missing_reference(notes: list[str], reported: list[int]) -> None:
    found = findings(manuscript(*notes, works_cited=LIST), "missing-reference")
    assert [f.data["note"] for f in found] == reported


def test_balance() -> None:
    negatives = sum(1 for name, *_ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives
