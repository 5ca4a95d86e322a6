"""A review's cue counts only before the title it reviews (issue 11, twenty-fifth round).

A full form whose writer the reader doubts ("Bell's *The Iron Calendar* (London: Harwood,
1976)", read from the prose) is the entry whose specific title it gives whole with no
other year, unless the citation is a review: a review is its reviewer's work (Chicago
14.215). The review cue was looked for anywhere in the citation's text, so a journal named
after the title ("praised in the Review of Northern Letters"), or a title holding the words
("*A Review of the Weavers*"), made the listed work a review and a false missing-reference
on a clean document. A cue counts now only before the title read, and not inside a marked
title (a journal's name in italics).

The direction came from counts of the held articles' clean false findings (a reading whose
title and year fit one entry of another writer, the writer doubted, a review's cue after
the title); no note of them was read. Every note and entry here is invented. Half the rows
are negatives: a review before the title, in prose or in Chicago's form, and another title
or another year after a journal's "Review of" stay reported.

Second table: a listed work whose writer the note names after another person ("Ruth Bell,
trans., *The Iron Calendar*, by Anton Weyrich (London: Harwood, 1977)") was the entry with
no difference at all, whatever year the note gave: the names read are the translator's,
but the year is the note's own, and a year that differs from the list's (and is not an
edition the note writes the list's year beside) is reported as inconsistent, under the
listed writer's name. Found when the first change let one held note through this path
and a seeded year in it went unreported.
"""

from __future__ import annotations

import pytest

from tests.helpers import lint_text

WEYRICH = "Weyrich, Anton. *The Iron Calendar*. London: Harwood, 1976."
WEAVERS = "Weyrich, Anton. *A Review of the Weavers*. London: Harwood, 1976."

# (case, note, entry): the listed work, no missing-reference
LISTED = [
    ("a journal's plain name after the title", "See Bell's *The Iron Calendar* (London: Harwood, 1976), 88, praised in the Review of Northern Letters.", WEYRICH),
    ("a journal's italic name after the title", "See Bell's *The Iron Calendar* (London: Harwood, 1976), 88, praised in the *Review of Northern Letters*.", WEYRICH),
    ("the writer in prose, a journal after", "This is argued by Bell in *The Iron Calendar* (London: Harwood, 1976), 88, and in the Review of Northern Letters.", WEYRICH),
    ("a title holding 'Review of'", "See Bell's *A Review of the Weavers* (London: Harwood, 1976), 88.", WEAVERS),
]  # fmt: skip

# (case, note, entry): reported although the list holds the entry
REPORTED = [
    ("a review in prose before the title", "As Ruth Bell observes in her review of *The Iron Calendar* (London: Harwood, 1976), 88.", WEYRICH),
    ("a review in Chicago's form, the same year", "Ruth Bell, review of *The Iron Calendar* (London: Harwood, 1976), *Harbour Review* 4 (1976): 12.", WEYRICH),
    ("another title, a journal after", "See Bell's *The Iron Calendar Revisited* (London: Harwood, 1976), 88, praised in the Review of Northern Letters.", WEYRICH),
    ("another year, a journal after", "See Bell's *The Iron Calendar* (London: Harwood, 1990), 88, praised in the Review of Northern Letters.", WEYRICH),
]  # fmt: skip


def _missing(note: str, entry: str) -> list[object]:
    text = (
        f"Body text.[^1]\n\n[^1]: {note}\n\n## Works cited\n\n{entry}\n\n"
        "Doe, Jane. *An Unrelated Book*. London: Verso, 2000.\n"
    )
    return [f.data.get("note") for f in lint_text(text, "C101", name="m.md").findings]


@pytest.mark.parametrize(("case", "note", "entry"), LISTED, ids=[r[0] for r in LISTED])
def test_a_cue_after_the_title_or_in_it_is_no_review(case: str, note: str, entry: str) -> None:
    assert _missing(note, entry) == []


@pytest.mark.parametrize(("case", "note", "entry"), LISTED, ids=[r[0] for r in LISTED])
def test_the_entry_removed_is_still_missing(case: str, note: str, entry: str) -> None:
    assert _missing(note, "Doe, John. *Another Book*. London: Verso, 2001.") == [1]


@pytest.mark.parametrize(("case", "note", "entry"), REPORTED, ids=[r[0] for r in REPORTED])
def test_a_review_or_another_work_is_reported(case: str, note: str, entry: str) -> None:
    assert _missing(note, entry) == [1]


WEYRICH_TRANSLATED = (
    "Weyrich, Anton. *The Iron Calendar*. Translated by Ruth Bell. London: Harwood, 1976."
)

# (case, note, the year reported or None)
YEARS_READ = [
    ("a translator first, another year", "Ruth Bell, trans., *The Iron Calendar*, by Anton Weyrich (London: Harwood, 1977), 88.", "1977"),
    ("an editor first, another year", "Karl Stieber, ed., *The Iron Calendar*, by Anton Weyrich (London: Harwood, 1967), 88.", "1967"),
    ("a translator first, the year listed", "Ruth Bell, trans., *The Iron Calendar*, by Anton Weyrich (London: Harwood, 1976), 88.", None),
    ("a reprint writing the year listed", "Ruth Bell, trans., *The Iron Calendar*, by Anton Weyrich (1976; repr., London: Harwood, 1990), 88.", None),
]  # fmt: skip


@pytest.mark.parametrize(("case", "note", "year"), YEARS_READ, ids=[r[0] for r in YEARS_READ])
def test_the_year_of_a_work_named_after_another_person_is_the_notes(
    case: str, note: str, year: str | None
) -> None:
    text = (
        f"Body text.[^1] More.[^2]\n\n[^1]: {note}\n\n[^2]: Weyrich, *Iron Calendar*, 90.\n\n"
        f"## Works cited\n\n{WEYRICH_TRANSLATED}\n"
    )
    findings = lint_text(text, "C101", "C107", name="m.md").findings
    assert all(f.rule != "missing-reference" for f in findings)
    years = [f.data.get("cited") for f in findings if f.rule == "inconsistent-reference"]
    assert years == ([year] if year else [])
    if year:
        assert "of Weyrich," in findings[0].message  # the listed writer, not the translator
