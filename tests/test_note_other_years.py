"""An author-date citation by the original year a listed work's full form gives (issue 11).

Every note and entry is written for this table (invented writers and titles). The list holds
the edition ("Weyrich, *The Iron Calendar*, 1976."); the full form gives the original's year
beside it ("(1867; repr., London: Harwood, 1976)", "[1867]", "1991 [1978]"); a later note
cites it author-date by the original year ("Weyrich (1867), 90.", "Weyrich 1867, 90"): a
false missing-reference on main, from the note reader's author-date form or from the
author-year reader. The negatives must still be reported: the entry removed, a year the
full form does not give, a year it gives only after its imprint (a review's), another
writer with that year, and the author-date citation before the full form.
"""

from __future__ import annotations

import pytest

from tests.helpers import lint_text

ENTRIES = [
    "Weyrich, *The Iron Calendar*, 1976.",
    "Παπαλεξίου, *Η πόλη*, 1991.",
    "Brahms, *Weberlieder*, 1980.",
]
FULL = {
    "reprint": "Anton Weyrich, *The Iron Calendar* (1867; repr., London: Harwood, 1976), 88.",
    "bracket": "Anton Weyrich, *The Iron Calendar* [1867] (London: Harwood, 1976), 88.",
    "greek": "Γιάννης Παπαλεξίου, *Η πόλη* (Αθήνα: Κάλβος, 1991 [1978]), σ. 23.",
    "review": "Anton Weyrich, *The Iron Calendar* (London: Harwood, 1976), 88, reviewed in Ute Brahms, *Weberlieder* (Berlin: Rabe, 1980).",
}  # fmt: skip
BRAHMS = "Ute Brahms, *Weberlieder* (Berlin: Rabe, 1980), 5."

# (case, the notes in order): no finding
CLEAN = [
    ("parenthesised year after a reprint", [FULL["reprint"], "Weyrich (1867), 90."]),
    ("bare year after a reprint", [FULL["reprint"], "Weyrich 1867, 90."]),
    ("bare year after a bracketed original", [FULL["bracket"], "Weyrich 1867, 90."]),
    ("a page after a colon", [FULL["bracket"], "Weyrich (1867: 90)."]),
    ("Greek, the original in brackets after the edition", [FULL["greek"], "Παπαλεξίου (1978), σ. 41."]),
    ("German, with a cue", [FULL["reprint"], "Vgl. Weyrich 1867, S. 90."]),
    ("the edition's year, as before", [FULL["reprint"], "Weyrich (1976), 90."]),
]  # fmt: skip

# (case, the notes in order, the note that must be reported, the entries kept)
REPORTED = [
    ("the entry removed", [FULL["reprint"], "Weyrich (1867), 90."], 2, ENTRIES[1:]),
    ("a year the full form does not give", [FULL["reprint"], "Weyrich (1868), 90."], 2, ENTRIES),
    ("a year after the imprint, a review's", [FULL["review"], "Weyrich (1980), 90."], 2, ENTRIES),
    ("another writer with the original year", [FULL["reprint"], BRAHMS, "Brahms (1867), 12."], 3, ENTRIES),
    ("before the full form", ["Weyrich (1867), 90.", FULL["reprint"]], 1, ENTRIES),
    ("Greek, the entry removed", [FULL["greek"], "Παπαλεξίου (1978), σ. 41."], 2, [ENTRIES[0], ENTRIES[2]]),
    ("Greek, a year not given", [FULL["greek"], "Παπαλεξίου (1977), σ. 41."], 2, ENTRIES),
]  # fmt: skip


def _missing(notes: list[str], entries: list[str]) -> list[object]:
    body = "Body text." + "".join(f" Text.[^{i}]" for i in range(1, len(notes) + 1)) + "\n\n"
    body += "".join(f"[^{i}]: {n}\n" for i, n in enumerate(notes, 1))
    text = body + "\n## Works cited\n\n" + "\n\n".join(entries) + "\n"
    return [f.data.get("note") for f in lint_text(text, "C101", name="m.md").findings]


@pytest.mark.parametrize(("case", "notes"), CLEAN, ids=[r[0] for r in CLEAN])
def test_the_original_year_of_a_listed_edition_is_no_missing_work(
    case: str, notes: list[str]
) -> None:
    assert _missing(notes, ENTRIES) == []


@pytest.mark.parametrize(
    ("case", "notes", "note", "entries"), REPORTED, ids=[r[0] for r in REPORTED]
)
def test_an_author_date_citation_of_no_listed_work_is_reported(
    case: str, notes: list[str], note: int, entries: list[str]
) -> None:
    assert note in _missing(notes, entries)
