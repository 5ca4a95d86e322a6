"""A listed work read with another name for its author (issue 11).

Every note and entry is written for this table (invented writers and titles). A note that
opens with a translator, an editor or a preface's writer ("Ruth Bell, trans., *The Iron
Calendar*, by Anton Weyrich (London: Harwood, 1976)", "Karl Stieber (Hg.): Harald Quendt,
*Die Spaltung der Weber* …") was read as that person's work and matched no entry: a false
missing-reference on a clean document. When no entry fits the reading, the entry whose
first author's surname and whole title the citation's own text writes is the work cited
(the reading's names and year are not trusted for a difference either). The negatives must
still be reported: the entry removed, another writer's work that names the listed one
("Ruth Bell, *Translating Weyrich* …, on Anton Weyrich's *The Iron Calendar*"), a second
work of the note whose title holds the listed one's, a review (its reviewer's work, Chicago
14.215), and another writer's book of the same title.
"""

from __future__ import annotations

import pytest

from tests.helpers import lint_text

WEYRICH = "Weyrich, Anton. *The Iron Calendar*. Translated by Ruth Bell. London: Harwood, 1976."
QUENDT = "Quendt, Harald: Die Spaltung der Weber. Frankfurt a. M.: Lorbeer 1978."

# (case, note, its entry): no finding with the entry, missing-reference without it
LISTED = [
    ("a translator first", "Ruth Bell, trans., *The Iron Calendar*, by Anton Weyrich (London: Harwood, 1976), 88.", WEYRICH),
    ("an editor first", "Karl Stieber, ed., *The Iron Calendar*, by Anton Weyrich (London: Harwood, 1976), 88.", WEYRICH),
    ("a German editor first", "Karl Stieber (Hg.): Harald Quendt, *Die Spaltung der Weber*. Frankfurt a. M.: Lorbeer 1978, S. 12.", QUENDT),
    ("a foreword's writer first", "Ruth Bell, foreword to *The Iron Calendar*, by Anton Weyrich (London: Harwood, 1976), xii.", WEYRICH),
]  # fmt: skip

# (case, note): reported although the list holds Weyrich's book
OTHER_WORKS = [
    ("another work naming the listed one", "Ruth Bell, *Translating Weyrich* (London: Harwood, 1990), on Anton Weyrich’s *The Iron Calendar*, 12."),
    ("a second work whose title holds the listed one's", "Anton Weyrich, *The Iron Calendar* (London: Harwood, 1976), 88; Ruth Bell, *Translating The Iron Calendar* (London: Harwood, 1990), 12."),
    ("a review", "Ruth Bell, review of *The Iron Calendar*, by Anton Weyrich, *Harbour Review* 4 (1977): 12."),
    ("another writer's book of that title", "Ruth Bell, *The Iron Calendar* (Leeds: Fenwick, 1990), 12."),
]  # fmt: skip


def _missing(note: str, entries: list[str]) -> list[object]:
    text = (
        f"Body text.[^1]\n\n[^1]: {note}\n\n## Works cited\n\n"
        + "\n\n".join([*entries, "Doe, Jane. *An Unrelated Book*. London: Verso, 2000."])
        + "\n"
    )
    return [f.data.get("note") for f in lint_text(text, "C101", name="m.md").findings]


@pytest.mark.parametrize(("case", "note", "entry"), LISTED, ids=[r[0] for r in LISTED])
def test_the_listed_work_is_found_whoever_is_read_first(case: str, note: str, entry: str) -> None:
    assert _missing(note, [entry]) == []


@pytest.mark.parametrize(("case", "note", "entry"), LISTED, ids=[r[0] for r in LISTED])
def test_the_entry_removed_is_missing(case: str, note: str, entry: str) -> None:
    assert _missing(note, []) == [1]


@pytest.mark.parametrize(("case", "note"), OTHER_WORKS, ids=[r[0] for r in OTHER_WORKS])
def test_another_work_is_still_missing(case: str, note: str) -> None:
    assert 1 in _missing(note, [WEYRICH])
