"""Issue 11: a publisher shortened to its name's one word is no author either.

A note prints "(Chicago: Saltmarsh Books, 2024)", and the body, a review's heading or a
later note shortens the press as Chicago 17th 14.135 allows ("Books", "Press",
"Publishers" and the like may go): "(Saltmarsh, 2024)". Found on a review essay written
blind to the reader (`bench/truth/note_citations_written/README.md`, fourth set), whose
heading's "(Publisher, 2024)" was reported as a citation with no entry: the "Publisher,
Year" pseudo-citation the issue names first. `extract/imprint_evidence.py` now counts the
one word of a publisher's name left without its generic word ("Books", "Press", "Verlag",
"Éditions du …") among the document's imprint words where it stands as an imprint does,
"(Saltmarsh, 2024)", unless the document names it as an author; the subject of a sentence,
"As Saltmarsh (2024) argues", is a person still.

Constructed: invented writers, titles and presses. Half the rows are negatives: names that
must stay authors (a writer the document names, a university press of two words, a
publisher with no generic word, a body citation of another writer).
"""

from __future__ import annotations

import pytest

from tests.test_note_imprint_not_author import author_years_in_body, surnames_in_notes

VELL = "Ann Vell, *The Harbour and the Town* (Chicago: Saltmarsh Books, 2024), 4."
RUDD_SEUIL = "Tom Rudd, *La grève des docks* (Paris: Éditions du Tanneur, 1979), 12."
KRANZ = "Eva Kranz, *Die Hafenstadt* (Tübingen: Vellmar Verlag, 1988), S. 3."
DUNMORE = "Ann Vell, *The Harbour and the Town* (Leeds: Dunmore University Press, 2001), 4."
FENWICK_WRITER = "Ada Saltmarsh, *Salt and Iron* (London: Dale, 2024), 9."

# name, body, notes, the surname, whether the body's author-year reader reads it
BODY_CASES: list[tuple[str, str, list[str], str, bool]] = [
    (
        "a review's heading shortens the press",
        "*A review of Ann Vell, The Harbour and the Town (Saltmarsh, 2024).*",
        [VELL],
        "Saltmarsh",
        False,
    ),
    (
        "'Éditions du' dropped",
        "Rudd's book (Tanneur, 1979) was the first.",
        [RUDD_SEUIL],
        "Tanneur",
        False,
    ),
    ("'Verlag' dropped", "Die Ausgabe (Vellmar, 1988) fehlt.", [KRANZ], "Vellmar", False),
    (
        "the press shortened, then a page",
        "The heading gives the book (Saltmarsh, 2024, 320 pp.).",
        [VELL],
        "Saltmarsh",
        False,
    ),
    # negatives: these stay authors
    (
        "negative: the document names the word as a writer",
        "As Saltmarsh argues (Saltmarsh, 2024), salt came first.",
        [VELL, FENWICK_WRITER],
        "Saltmarsh",
        True,
    ),
    (
        "negative: a narrative citation names a person, whatever the press",
        "As Saltmarsh (2024) argues, salt came first.",
        [VELL],
        "Saltmarsh",
        True,
    ),
    (
        "negative: a university press keeps its two words",
        "As the survey shows (Dunmore, 2001), the docks grew.",
        [DUNMORE],
        "Dunmore",
        True,
    ),
    (
        "negative: a writer whose name no press holds",
        "As the survey shows (Marsh, 2024), the docks grew.",
        [VELL],
        "Marsh",
        True,
    ),
    (
        "negative: a press with no generic word vouches for nothing more",
        "As the survey shows (Dale, 2020), the docks grew.",
        ["Ann Vell, *The Harbour and the Town* (London: Dale Tom Rudd, 2024), 4."],
        "Dale",
        True,
    ),
]


@pytest.mark.parametrize(
    ("body", "notes", "surname", "read"),
    [case[1:] for case in BODY_CASES],
    ids=[case[0] for case in BODY_CASES],
)
def test_body_author_years(body: str, notes: list[str], surname: str, read: bool) -> None:
    assert (surname in author_years_in_body(body, notes)) is read


# name, notes, the surname, whether either reader reads it as an author in the notes
NOTE_CASES: list[tuple[str, list[str], str, bool]] = [
    ("a later note shortens the press", [VELL, "Saltmarsh, 2024, 12."], "Saltmarsh", False),
    ("'Verlag' dropped in a later note", [KRANZ, "Vgl. Vellmar 1988, S. 5."], "Vellmar", False),
    # negatives
    ("negative: the writer of the full form", [VELL, "Vell, 2024, 12."], "Vell", True),
    (
        "negative: a writer named so elsewhere in the notes",
        [VELL, FENWICK_WRITER, "Saltmarsh, 2024, 12."],
        "Saltmarsh",
        True,
    ),
]


@pytest.mark.parametrize(
    ("notes", "surname", "read"),
    [case[1:] for case in NOTE_CASES],
    ids=[case[0] for case in NOTE_CASES],
)
def test_note_surnames(notes: list[str], surname: str, read: bool) -> None:
    assert (surname in surnames_in_notes(notes)) is read
