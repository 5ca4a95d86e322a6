"""Issue 11: a place or a publisher alone before a year is never an author, even one no
word list knows.

`extract/imprint_words.py` lists the places and publishers of the corpus, but an unseen
article brings its own ("Harrogate, 1999.", "Gollancz, 1937."). The document itself
decides (`extract/imprint_evidence.py`): a word its notes print in an imprint's slot after
a title ("(Harrogate: Wrenfield, 1999)", "(Kleinhausen, 1999)", "The Salt Road. Harrogate,
1999.", Greek ", Σπάρτακος, Αθήνα 1999") is a place or a publisher in every note and in the
body of that document, unless the document names it as an author (its reference list, or a
work its notes read with that writer: Chester is a town and a surname).

Constructed notes: invented writers, titles and presses ("Wrenfield", "Kleinhausen",
"Σπάρτακος"), and real towns and presses no list holds ("Harrogate", "Tadcaster",
"Gollancz") in invented works; no detail of a real work. The reference list of an
author-date document is evidence too: a place its entries print after a title
("Harrogate: Wrenfield.") is no author in its notes. Half the rows are negatives
(a place or a publisher that must give no author, nor an author-year citation); the
positives are author-date citations whose surname is a town, which stay authors where the
document names them so or never prints them in an imprint.
"""

from __future__ import annotations

import pytest

from citecheck.extract import build_manuscript
from citecheck.readers import read_bytes
from tests.test_note_citation_rules import findings, manuscript

PIKE_HARROGATE = "Jane Pike, *The Salt Road* (Harrogate: Wrenfield, 1999), 4."
QUELL_GERMAN = "Anna Quell: Die Salzstraße. Kleinhausen 1999, S. 4."
KOURI_GREEK = "Ά. Κουρή, *Ο δρόμος του αλατιού*, Σπάρτακος, Αθήνα 1999, σ. 4."
LIST = "(the reference list names Chester)"  # a row's last note: read with CHESTER_LISTED
CHESTER_LISTED = "## References\n\nChester, Ann. 2004. *Salt Roads*. Tadcaster: Wrenfield.\n"


def surnames_in_notes(notes: list[str], works_cited: str = "") -> set[str]:
    """Every surname either reader takes from the notes of a Markdown manuscript."""
    text = manuscript(*notes, works_cited=works_cited)
    built = build_manuscript(read_bytes("m.md", text.encode("utf-8")), figures=False)
    return {
        a.surname
        for c in (*built.citations, *built.note_citations)
        if c.note is not None
        for a in c.authors
    }


def author_years_in_body(body: str, notes: list[str], works_cited: str = "") -> set[str]:
    """The surnames of the author-year citations read in a manuscript's body."""
    text = body + "\n\n" + manuscript(*notes, works_cited=works_cited)
    built = build_manuscript(read_bytes("m.md", text.encode("utf-8")), figures=False)
    return {a.surname for c in built.citations if c.note is None for a in c.authors}


# name, notes, the word, whether either reader reads it as an author in a note
NOTE_CASES: list[tuple[str, list[str], str, bool]] = [
    # negatives: the document prints the word in an imprint
    (
        "negative: a place of a bracketed imprint",
        [PIKE_HARROGATE, "Harrogate, 1999."],
        "Harrogate",
        False,
    ),
    ("negative: its publisher", [PIKE_HARROGATE, "Wrenfield, 1999."], "Wrenfield", False),
    (
        "negative: the place with a page",
        [PIKE_HARROGATE, "Harrogate, 1999, p. 12."],
        "Harrogate",
        False,
    ),
    (
        "negative: the place before the imprint",
        ["Harrogate, 1999.", PIKE_HARROGATE, "Ibid."],
        "Harrogate",
        False,
    ),
    (
        "negative: a place and a year in brackets after a title",
        ["Jane Pike, *The Salt Road* (Tadcaster, 1999), 4.", "Tadcaster, 1999."],
        "Tadcaster",
        False,
    ),
    (
        "negative: a place after a plain title, its own sentence",
        ["Jane Pike, The Salt Road. Harrogate, 1999."],
        "Harrogate",
        False,
    ),
    (
        "negative: a publisher after a plain title, with a page",
        ["Mark Ossory, A Short Book. Gollancz, 1937, p. 4."],
        "Gollancz",
        False,
    ),
    (
        "negative: a publisher after a quoted title",
        ["Mark Ossory, “A Short Book”, Gollancz, 1937.", "Gollancz, 1937."],
        "Gollancz",
        False,
    ),
    (
        "negative: a German place (DIN)",
        [QUELL_GERMAN, "Kleinhausen 1999, S. 12."],
        "Kleinhausen",
        False,
    ),
    ("negative: a Greek publisher", [KOURI_GREEK, "Σπάρτακος, 1999."], "Σπάρτακος", False),
    # positives: an author-date citation whose surname is a town
    (
        "positive: a short note, no imprint names it",
        ["Cliff, 1974.", "Florence, 1999, p. 4."],
        "Florence",
        True,
    ),
    (
        "positive: a town surname, no imprint names it",
        [PIKE_HARROGATE, "Chester, 2004, p. 9."],
        "Chester",
        True,
    ),
    (
        "positive: a place in an imprint, an author in the reference list",
        ["Jane Pike, *The Salt Road* (Chester: Wrenfield, 1999), 4.", "Chester, 2004, p. 9.", LIST],
        "Chester",
        True,
    ),
    (
        "positive: a place in an imprint, a writer of a full form",
        [
            "Ann Chester, *Salt Roads* (Tadcaster: Wrenfield, 2004), 4.",
            "Jane Pike, *The Salt Road* (Chester: Wrenfield, 1999), 4.",
            "Vgl. Chester 2004, S. 9.",
        ],
        "Chester",
        True,
    ),
    (
        "positive: a translator is no imprint",
        ["Jane Pike, *The Salt Road*, trans. Orrin Vell, 1999.", "Vell, 2003, p. 4."],
        "Vell",
        True,
    ),
    (
        "positive: an editor is no imprint",
        ["Jane Pike, *The Salt Road*, ed. Vell, 1999.", "See Vell, 2003, p. 4."],
        "Vell",
        True,
    ),
    (
        "positive: the writer of a German full form",
        [QUELL_GERMAN, "Vgl. Quell 1999, S. 12."],
        "Quell",
        True,
    ),
    (
        "positive: the writer of a Greek full form",
        [KOURI_GREEK, "Βλ. Κουρή 1999, σ. 12."],
        "Κουρή",
        True,
    ),
    (
        "positive: another writer after an imprint",
        [PIKE_HARROGATE, "Ossory, 2003, p. 4."],
        "Ossory",
        True,
    ),
    (
        "positive: the writer of the imprinted work",
        [PIKE_HARROGATE, "Pike, 1999, p. 5."],
        "Pike",
        True,
    ),
]


@pytest.mark.parametrize(
    ("notes", "word", "author"), [c[1:] for c in NOTE_CASES], ids=[c[0] for c in NOTE_CASES]
)
def test_a_documents_imprint_word_is_no_author_in_its_notes(
    notes: list[str], word: str, author: bool
) -> None:
    listed = CHESTER_LISTED if notes[-1] == LIST else ""
    notes = notes[:-1] if listed else notes
    assert (word in surnames_in_notes(notes, listed)) is author


BODY_CASES: list[tuple[str, str, list[str], str, bool]] = [
    (
        "negative: a place in brackets in the body",
        "As the survey found (Harrogate, 1999), salt was dear.[^1]",
        [PIKE_HARROGATE],
        "Harrogate",
        False,
    ),
    (
        "negative: a publisher in the body, with a page",
        "The figure is given elsewhere (Gollancz, 1937, p. 4).[^1]",
        ["Mark Ossory, A Short Book. Gollancz, 1937, p. 4."],
        "Gollancz",
        False,
    ),
    (
        "positive: a town surname the reference list names",
        "As Chester showed (Chester, 2004), salt was dear.[^1]",
        ["Jane Pike, *The Salt Road* (Chester: Wrenfield, 1999), 4."],
        "Chester",
        True,
    ),
    (
        "positive: another writer in the body",
        "As Ossory showed (Ossory, 2003), salt was dear.[^1]",
        [PIKE_HARROGATE],
        "Ossory",
        True,
    ),
]


@pytest.mark.parametrize(
    ("body", "notes", "word", "author"),
    [c[1:] for c in BODY_CASES],
    ids=[c[0] for c in BODY_CASES],
)
def test_a_documents_imprint_word_is_no_author_in_the_body(
    body: str, notes: list[str], word: str, author: bool
) -> None:
    assert (word in author_years_in_body(body, notes, CHESTER_LISTED)) is author


# An author-date document's reference list prints its imprints too (Chicago 15.9, DIN 1505-2,
# APA): "Pike, Jane. 1999. *The Salt Road*. Harrogate: Wrenfield."
LISTED_IMPRINTS = (
    "## References\n\nPike, Jane. 1999. *The Salt Road*. Harrogate: Wrenfield.\n\n"
    "Ossory, Mark (2001): Kurze Wege. Kleinhausen: Wrenfield.\n\n"
    "Chester, Ann. 2004. *Salt Roads*. Tadcaster: Wrenfield.\n"
)

# name, notes, the word, whether either reader reads it as an author in a note
LISTED_CASES: list[tuple[str, list[str], str, bool]] = [
    ("negative: the list's place with a page", ["Harrogate, 1999, p. 4."], "Harrogate", False),
    ("negative: the list's German place", ["Vgl. Kleinhausen 2001, S. 3."], "Kleinhausen", False),
    ("negative: the list's place in brackets", ["(Tadcaster, 2004), 9."], "Tadcaster", False),
    ("positive: the list's writer", ["Pike, 1999, p. 4."], "Pike", True),
    ("positive: the list's German writer", ["Vgl. Ossory 2001, S. 3."], "Ossory", True),
    ("positive: a town surname the list names", ["Chester, 2004, p. 9."], "Chester", True),
]


@pytest.mark.parametrize(
    ("notes", "word", "author"), [c[1:] for c in LISTED_CASES], ids=[c[0] for c in LISTED_CASES]
)
def test_the_reference_lists_imprint_word_is_no_author(
    notes: list[str], word: str, author: bool
) -> None:
    assert (word in surnames_in_notes(notes, LISTED_IMPRINTS)) is author


def test_the_tables_hold_as_many_negatives_as_positives() -> None:
    names = [c[0] for c in (*NOTE_CASES, *BODY_CASES, *LISTED_CASES)]
    negatives = sum(1 for name in names if name.startswith("negative"))
    assert negatives >= len(names) - negatives


def test_an_imprint_word_raises_no_missing_reference() -> None:
    # the false C101 the issue names: "Harrogate, 1999." read as a citation of no entry
    text = manuscript(PIKE_HARROGATE, "Harrogate, 1999.", works_cited=CHESTER_LISTED)
    found = findings(text, "missing-reference")
    assert [f.data["note"] for f in found] == [1]  # Pike's work, which the list lacks
    assert not any("Harrogate" in f.message for f in found)


def test_a_listed_town_surname_is_still_matched() -> None:
    text = manuscript(
        "Jane Pike, *The Salt Road* (Chester: Wrenfield, 1999), 4.",
        "Chester, 2004, p. 9.",
        works_cited=CHESTER_LISTED,
    )
    assert [f.data["note"] for f in findings(text, "missing-reference")] == [1]  # Pike's
    assert findings(text, "uncited-reference") == []


# A plain title's editor or translator in a sentence of its own before the imprint (Chicago
# 14.103, as a web copy keeps a bibliography-style note): the note reader reads the
# imprint's year on across it, and the imprint's words are then no author. Rows: the note,
# the year read for Roe's work, and a word that must give no author ("" for none).
ROLE_CASES: list[tuple[str, str, str, str]] = [
    (
        "positive: edited by",
        "Mark Roe, A Short Book. Edited by Ann Vell. Gollancz, 1937.",
        "1937",
        "Gollancz",
    ),
    (
        "positive: with an introduction by",
        "Mark Roe, A Short Book. With an introduction by Ann Vell. Harrogate: Wrenfield, 1999.",
        "1999",
        "Harrogate",
    ),
    (
        "positive: translated by, with initials",
        "Mark Roe, A Short Book. Translated by A. B. Vell. Tadcaster, 2001.",
        "2001",
        "Tadcaster",
    ),
    (
        "negative: no role, cited by",
        "Mark Roe, A Short Book. Cited by Ann Vell. Gollancz, 1937.",
        "",
        "",
    ),
    (
        "negative: a page closes the form",
        "Mark Roe, A Short Book, 45. Edited by Ann Vell. Gollancz, 1937.",
        "",
        "",
    ),
    (
        "negative: a role sentence, no imprint",
        "Mark Roe, A Short Book. Edited by Ann Vell. Then lost.",
        "",
        "",
    ),
    (
        "negative: a reviewer is no role of the book's",
        "Mark Roe, A Short Book. Reviewed by Ann Vell. Gollancz, 1937.",
        "",
        "",
    ),
    (
        "negative: another group after a ';'",
        "Mark Roe, A Short Book. Edited by Ann Vell; Gollancz, 1937.",
        "",
        "",
    ),
]


@pytest.mark.parametrize(
    ("note", "year", "word"), [c[1:] for c in ROLE_CASES], ids=[c[0] for c in ROLE_CASES]
)
def test_an_editors_sentence_before_the_imprint(note: str, year: str, word: str) -> None:
    built = build_manuscript(read_bytes("m.md", manuscript(note).encode("utf-8")), figures=False)
    roe = [c for c in built.note_citations if [a.surname for a in c.authors] == ["Roe"]]
    assert [c.year for c in roe] == [year]
    if word:
        assert word not in {a.surname for c in built.citations for a in c.authors}


def test_the_role_table_holds_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for c in ROLE_CASES if c[0].startswith("negative"))
    assert negatives >= len(ROLE_CASES) - negatives
