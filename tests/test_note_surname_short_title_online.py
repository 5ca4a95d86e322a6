"""Issue 11: a surname alone, a short title and an address refer back.

"Vell, *Harbour Lights*, her speech of 3 May (union archive): https://…" names its writer by
the surname alone and its work by a title the works-cited list gives longer ("Harbour
Lights of the Northern Coast"): both halves of Chicago's short form (14.29: surname and
short title), with the address some writers add to it. The address alone made the reader
call it a full form, so a first one was never reported. A title as long as the listed
one names the work whole, a first citation lacking its details, and stays unreported; so
does a citation with another detail (a year, a periodical), with given names, or whose
writer the list does not hold. Synthetic notes; half the rows are negatives."""

from __future__ import annotations

import pytest

from tests.test_note_citation_rules import findings, manuscript

# other works in full, so that the document writes full forms with their details
DETAILED = [
    "Ruth Bell, *The Iron Calendar* (London: Harwood, 1977), 3.",
    "Anton Weyrich, *Sea Roads* (Leeds: Dale Press, 1921), 7.",
    "Jo Hale, *The Dock School* (Bristol: Rabe, 1980), 5.",
]
# full forms written as the citations below are: a document that gives no more
PLAIN = [
    "Bell, *The Iron Calendar*, https://example.org/bell.",
    "Weyrich, *Sea Roads*, https://example.org/weyrich.",
    "Hale, *The Dock School*, https://example.org/hale.",
]
WORKS_CITED = (
    "\n## Works cited\n\nBell, Ruth. *The Iron Calendar*. London: Harwood, 1977.\n\n"
    "Weyrich, Anton. *Sea Roads*. Leeds: Dale Press, 1921.\n\n"
    "Hale, Jo. *The Dock School*. Bristol: Rabe, 1980.\n\n"
    "Vell, Hazel. *Harbour Lights of the Northern Coast*. Leeds: Dale Press, 1999.\n"
)
URL = "https://example.org/vell/speech"

# (name, the note after the detailed ones, reported as short-form-before-full)
CASES = [
    (
        "a cut title, words, a colon, the address",
        f"Vell, *Harbour Lights*, her speech of 3 May (union archive): {URL}.",
        True,
    ),
    ("a cut title, the address after it", f"Vell, *Harbour Lights*, {URL}.", True),
    ("quoted, a page, 'available at'", f"Vell, “Harbour Lights,” 23, available at {URL}.", True),
    ("after a lead-in", f"See Vell, *Harbour Lights*, her speech (union archive): {URL}.", True),
    (
        "negative: the listed title whole",
        f"Vell, *Harbour Lights of the Northern Coast*, her speech: {URL}.",
        False,
    ),
    ("negative: a year", f"Vell, *Harbour Lights* (1999), her speech: {URL}.", False),
    ("negative: a periodical", f"Vell, “Harbour Lights,” *Northern Review*: {URL}.", False),
    (
        "negative: given names",
        f"Hazel Vell, *Harbour Lights*, her speech (union archive): {URL}.",
        False,
    ),
    (
        "negative: a writer the list does not hold",
        f"Kell, *Harbour Lights*, her speech: {URL}.",
        False,
    ),
]


# An earlier note naming the writer with the listed work's year: a full form the reader
# may not have read whole (a second work of the writer's after the first), so the short
# title is not reported; a year of another work of hers there does not do.
DATED_BEFORE = [
    (
        "negative: the writer and the listed year before",
        "Vell's speeches of 1999 were printed.",
        False,
    ),
    ("the writer with another year before", "Vell's speeches of 1977 were printed.", True),
    ("the listed year with another writer before", "Bell's speeches of 1999 were printed.", True),
    (
        "negative: the writer and the year in an earlier list",
        "Hazel Vell (London, 1977); Leeds, 1999.",
        False,
    ),
]


@pytest.mark.parametrize(
    ("before", "reported"), [c[1:] for c in DATED_BEFORE], ids=[c[0] for c in DATED_BEFORE]
)
def test_an_earlier_note_with_the_writer_and_the_listed_year(before: str, reported: bool) -> None:
    text = manuscript(*DETAILED, before, CASES[0][1], works_cited=WORKS_CITED)
    notes = [f.data["note"] for f in findings(text, "short-form-before-full")]
    assert notes == ([5] if reported else [])


@pytest.mark.parametrize(("note", "reported"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reported_when_first(note: str, reported: bool) -> None:
    text = manuscript(*DETAILED, note, works_cited=WORKS_CITED)
    notes = [f.data["note"] for f in findings(text, "short-form-before-full")]
    assert notes == ([4] if reported else [])


@pytest.mark.parametrize("note", [c[1] for c in CASES if c[2]], ids=[c[0] for c in CASES if c[2]])
def test_not_reported_after_its_full_form(note: str) -> None:
    full = "Hazel Vell, *Harbour Lights of the Northern Coast* (Leeds: Dale Press, 1999), 4."
    text = manuscript(*DETAILED, full, note, works_cited=WORKS_CITED)
    assert findings(text, "short-form-before-full") == []


@pytest.mark.parametrize("note", [c[1] for c in CASES if c[2]], ids=[c[0] for c in CASES if c[2]])
def test_not_reported_where_full_forms_are_written_so(note: str) -> None:
    text = manuscript(*PLAIN, note, works_cited=WORKS_CITED)
    assert findings(text, "short-form-before-full") == []


def test_the_table_holds_as_many_negatives_as_positives() -> None:
    rows = CASES + DATED_BEFORE
    negatives = sum(1 for name, *_ in rows if name.startswith("negative"))
    assert negatives >= len(rows) - negatives
