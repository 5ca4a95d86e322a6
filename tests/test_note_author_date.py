"""Issue 11: author-date citations inside notes, and their look-alikes.

German (DIN 1505-2 and social-science practice), Greek and English author-date notes cite
"Vgl. Honneth 2015: 12.", "Honneth 2015, S. 12.", "Fraser/Honneth 2003: 45.", "Μηλιός
(2000, σ. 45).", "Smith 1990, 45." (Chicago 15.9 in a note), with the full reference in a
works-cited list. Such a citation is read by the style it is written in: the author-year
reader reads it (or the note reader, as a short form of names and a year, where an earlier
note names the writer), it is matched against the list by author and year, and it never
raises short-form-before-full: it refers to the list, not to an earlier note.

Synthetic notes written for these tables (invented or clearly constructed works, no corpus
text). At least half the rows are negatives: places, publishers, journals and a periodical's
parts before a year ("Berlin 1927, S. 12", "Θεμέλιο, 1978.", "London, 2015.", "Heft
3/1979", "Nr. 12 (1990)"), years and pages in prose ("im Jahr 2015"), an imprint after a
title, a plain title and its year in a web copy. None may give an author.

A person and a year in prose ("als Honneth 2015 nach Berlin zog", "Honneth 2015 zeigt,
dass …") is no citation: without a comma, a page or a bracket, a name and a year are read
only where a citation stands (a bracket, a ";", a cue such as "vgl.", "siehe", "βλ.", or the
note's start with nothing after it but a page). So is a Markdown note of a name and a year
alone ("Prag 1968.", "Honneth 2015."): an event's place and date as likely as a citation.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from citecheck.extract import build_manuscript
from citecheck.model import NoteCitation, Span
from citecheck.readers import read_bytes
from citecheck.rules.base import CheckContext
from citecheck.rules.note_citations import SHORT_FORM_BEFORE_FULL, author_date
from tests.test_note_citation_rules import findings, manuscript

# (surnames, year) of one author-date citation
Dated = tuple[tuple[str, ...], str]

HONNETH_FULL = "Axel Honneth: Das Recht der Freiheit. Berlin 2011, S. 3."


def dated_readings(*notes: str) -> list[Dated]:
    """The author-date citations the tool reads in the last note, by either reader, in
    order: the author-year reader's, and the note reader's short forms of names and a year."""
    source = read_bytes("m.md", manuscript(*notes).encode("utf-8"))
    built = build_manuscript(source, figures=False)
    last = len(notes)
    found = [
        (c.span.start, tuple(a.surname for a in c.authors), c.year)
        for c in built.citations
        if c.note == last and c.key is None
    ]
    found += [
        (c.span.start, tuple(a.surname for a in c.authors), c.year)
        for c in built.note_citations
        if c.note == last and author_date(c)
    ]
    return [(names, year) for _, names, year in sorted(found)]


def surnames_of_either_reader(note: str) -> set[str]:
    source = read_bytes("m.md", manuscript(note).encode("utf-8"))
    built = build_manuscript(source, figures=False)
    return {a.surname for c in (*built.citations, *built.note_citations) for a in c.authors}


def one(names: str, year: str) -> list[Dated]:
    return [(tuple(names.split("/")), year)]


# (row, notes, the author-date citations of the last note)
CASES: list[tuple[str, list[str], list[Dated]]] = [
    # German: DIN 1505-2 and social-science notes
    ("cue vgl., colon page", ["Vgl. Honneth 2015: 12."], one("Honneth", "2015")),
    ("comma, S. page", ["Honneth 2015, S. 12."], one("Honneth", "2015")),
    ("comma, S. page ff.", ["Honneth 2015, S. 12ff."], one("Honneth", "2015")),
    ("colon page f.", ["Honneth 2015: 12 f."], one("Honneth", "2015")),
    ("year's letter", ["Honneth 2015a: 4."], one("Honneth", "2015")),
    ("slashed co-authors", ["Fraser/Honneth 2003: 45."], one("Fraser/Honneth", "2003")),
    (
        "slashed co-authors, S.",
        ["Vgl. Adorno/Horkheimer 1969, S. 12."],
        one("Adorno/Horkheimer", "1969"),
    ),
    ("bracketed", ["(Honneth 2015: 12)."], one("Honneth", "2015")),
    ("year in brackets", ["Honneth (2015: 12)."], one("Honneth", "2015")),
    ("cue vgl. hierzu, no page", ["vgl. hierzu Honneth 2015."], one("Honneth", "2015")),
    ("cue Siehe, no page", ["Siehe Honneth 2015."], one("Honneth", "2015")),
    ("cue zit. nach, S.", ["Zit. nach Honneth 2015, S. 12."], one("Honneth", "2015")),
    ("the whole note, a page", ["Honneth 2015, 12."], one("Honneth", "2015")),
    ("et al.", ["Honneth et al. 2015."], one("Honneth", "2015")),
    ("German u. a.", ["Vgl. Honneth u. a. 2015: 12."], one("Honneth", "2015")),
    ("Greek κ.ά.", ["Μηλιός κ.ά. 2000: 45."], one("Μηλιός", "2000")),
    (
        "several, parted by ;",
        ["Vgl. Honneth 2015: 12; Fraser 2003: 4; Jaeggi 2014, S. 9."],
        [(("Honneth",), "2015"), (("Fraser",), "2003"), (("Jaeggi",), "2014")],
    ),
    (
        "after the writer's full form: the note reader's short form",
        [HONNETH_FULL, "Honneth 2011: 12."],
        one("Honneth", "2011"),
    ),
    ("prose, then the cue vgl.", ["Zur Kritik vgl. Honneth 2015."], one("Honneth", "2015")),
    ("cue Siehe dazu, S.", ["Siehe dazu Honneth 2015, S. 12."], one("Honneth", "2015")),
    ("original year in square brackets", ["Bourdieu 1982 [1979]: 45."], one("Bourdieu", "1982")),
    (
        "original year inside the bracket",
        ["Vgl. Bourdieu (1982 [1979], S. 45)."],
        one("Bourdieu", "1982"),
    ),
    # Greek
    ("Greek colon page", ["Μηλιός 2000: 45."], one("Μηλιός", "2000")),
    ("Greek bracket, σ.", ["Μηλιός (2000, σ. 45)."], one("Μηλιός", "2000")),
    ("Greek σελ.", ["Πουλαντζάς 1978, σελ. 45."], one("Πουλαντζάς", "1978")),
    ("Greek cue βλ.", ["βλ. Μηλιός 2000."], one("Μηλιός", "2000")),
    # English (Chicago author-date in a note)
    ("bare page after a comma", ["Smith 1990, 45."], one("Smith", "1990")),
    ("See, bracket, p.", ["See Smith (1990, p. 45)."], one("Smith", "1990")),
    # negatives: places, publishers, journals and a periodical's parts before a year
    ("negative: German place, S.", ["Berlin 1927, S. 12."], []),
    ("negative: German place, comma", ["Berlin, 1927."], []),
    ("negative: place of an imprint after a title", ["Titel. Neuwied 1970, S. 12."], []),
    ("negative: place, colon page", ["Frankfurt/M 1987: 45."], []),
    ("negative: slashed place", ["Frankfurt/Main 1970, S. 3."], []),
    ("negative: volume, place, page", ["Gesammelte Schriften, Bd. 13, Frankfurt 1989: 45."], []),
    ("negative: Greek place, σ.", ["Αθήνα 1978, σ. 12."], []),
    ("negative: Greek place, comma", ["Θεσσαλονίκη, 1998."], []),
    ("negative: Greek publisher", ["Θεμέλιο, 1978."], []),
    ("negative: Greek publisher, Εκδόσεις", ["Εκδόσεις Κριτική, 1987."], []),
    ("negative: German publisher", ["Suhrkamp, 1970."], []),
    ("negative: English place", ["London, 2015."], []),
    ("negative: English place after a title", ["Salt Roads. London, 2015."], []),
    ("negative: English publisher", ["Verso, 2002."], []),
    ("negative: journal before a year", ["Merkur, 2012."], []),
    ("negative: issue word", ["Ausgabe, 1979."], []),
    ("negative: season", ["Sommer, 1979."], []),
    ("negative: Greek issue word", ["Τεύχος, 1985."], []),
    ("negative: Heft and year", ["Heft 3/1979."], []),
    ("negative: places and u. a.", ["Titel. Berlin u. a. 1984, S. 505."], []),
    ("negative: prose, a cue, no year", ["Zur Kritik vgl. die Einleitung, S. 12."], []),
    (
        "negative: a title and its imprint of place and year",
        ["Das Recht der Freiheit. Berlin 2011."],
        [],
    ),
    ("negative: a place with an original year", ["Titel. Berlin 1982 [1979], S. 45."], []),
    ("negative: number and year", ["Nr. 12 (1990)."], []),
    ("negative: year in prose", ["Das geschah im Jahr 2015."], []),
    ("negative: a person and a year in prose", ["Das war, als Honneth 2015 nach Berlin zog."], []),
    ("negative: a sentence's subject and a year", ["Honneth 2015 zeigt, dass es so ist."], []),
    ("negative: preposition and year", ["Seit 2015, S. 12."], []),
    # a name and a year alone in a Markdown note, with no page, no comma and no cue, is as
    # likely an event's place and date: unread (a plain-text note's "40 Harman 1967." is read)
    ("negative: a place and a date as the whole note", ["Prag 1968."], []),
    ("negative: a name and a year as the whole note", ["Honneth 2015."], []),
    ("negative: page and year", ["S. 12, 2015."], []),
    ("negative: quantity", ["3,5 Prozent im Jahr 2015."], []),
    ("negative: address", ["https://example.org/honneth-2015-12"], []),
    ("negative: a publisher's joining words", ["(Buenos Aires: Ediciones Mano a Mano, 2002)."], []),
    ("negative: a plain title of a kind of work", ["Pike's book Lenin as Philosopher (1938)."], []),
    (
        "negative: a work named in passing, its writer the subject",
        ["In Salt and Iron (1924), Pike pointed out that art lags."],
        [],
    ),
    (
        "a work's writer cited with a page",
        ["In Pike (1924: 12), Hale is criticised."],
        one("Pike", "1924"),
    ),
    ("a cited writer, prose after", ["In Pike (1924), the argument is made."], one("Pike", "1924")),
    # "ders."/"dies." (the same writer): the writer of the citation before, in the same note
    # or the note before, read by either reader
    (
        "ders. in the same note",
        ["Honneth 2011: 3; ders. 2015: 4."],
        [(("Honneth",), "2011"), (("Honneth",), "2015")],
    ),
    (
        "Ders. opening the next note",
        ["Vgl. Honneth 2011: 3.", "Ders. 2015, S. 12."],
        one("Honneth", "2015"),
    ),
    (
        "dies. in brackets",
        ["Vgl. Jaeggi 2011: 3; dies. (2014, S. 9)."],
        [(("Jaeggi",), "2011"), (("Jaeggi",), "2014")],
    ),
    (
        "ders. after the note reader's full form",
        [HONNETH_FULL, "Vgl. ders. 2015: 4."],
        one("Honneth", "2015"),
    ),
    ("negative: ders. with no writer before", ["Vgl. ders. 2011: 4."], []),
    (
        "negative: ders. two notes after its writer",
        ["Honneth 2011: 3.", "Eine Bemerkung.", "Ders. 2015: 4."],
        [],
    ),
    ("negative: Ders. before a title", [HONNETH_FULL, "Ders.: Kritik der Macht, S. 4."], []),
    ("negative: dies without a full stop", ["Honneth 2011: 3.", "Und dies 2015 ist neu."], []),
    ("negative: ebd. with a page", [HONNETH_FULL, "ebd.: 13."], []),
]


@pytest.mark.parametrize(("notes", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_author_date_reading(notes: list[str], expected: list[Dated]) -> None:
    assert dated_readings(*notes) == expected


def test_the_table_holds_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for name, _, _ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives


# A place, a publisher, a journal or a periodical's part before a year is no author for
# either reader.
NEVER_AUTHORS = [
    ("Berlin 1927, S. 12.", "Berlin"),
    ("Αθήνα 1978, σ. 12.", "Αθήνα"),
    ("Θεμέλιο, 1978.", "Θεμέλιο"),
    ("Suhrkamp, 1970.", "Suhrkamp"),
    ("London, 2015.", "London"),
    ("Merkur, 2012.", "Merkur"),
    ("Heft, 1979.", "Heft"),
    ("Κριτική, Αθήνα, 1987.", "Αθήνα"),
    ("Frankfurt/M 1987: 45.", "M"),
]


@pytest.mark.parametrize(("note", "word"), NEVER_AUTHORS)
def test_places_publishers_and_journals_are_never_authors(note: str, word: str) -> None:
    assert word not in surnames_of_either_reader(note)


# Short-form-before-full: an author-date citation refers to a reference list.
C105_CASES: list[tuple[str, list[str], list[int]]] = [
    ("author-date, no earlier note", ["Honneth 2015: 12."], []),
    ("author-date after another writer's full form", [HONNETH_FULL, "Jaeggi 2014, S. 9."], []),
    ("author-date after the writer's full form", [HONNETH_FULL, "Honneth (2011), S. 12."], []),
    ("Greek author-date", ["Μηλιός (2000, σ. 45)."], []),
    (
        "negative: a short title with no full form",
        ["Honneth, *Das Recht der Freiheit*, S. 3."],
        [1],
    ),
    ("negative: op. cit. with no full form", ["Honneth, a.a.O., S. 3."], [1]),
]


@pytest.mark.parametrize(
    ("notes", "reported"), [c[1:] for c in C105_CASES], ids=[c[0] for c in C105_CASES]
)
def test_author_date_is_no_short_form_before_full(notes: list[str], reported: list[int]) -> None:
    found = findings(manuscript(*notes), "short-form-before-full")
    assert [f.data["note"] for f in found] == reported


def test_the_rule_never_reports_a_short_form_of_names_and_a_year() -> None:
    # the reader gives such a form only after a note naming the writer; the rule must hold
    # however it came: a short form of names and a year with no earlier note at all
    source = read_bytes("m.md", manuscript("Honneth 2015: 12.", "Pike, *Salt*, 4.").encode())
    built = build_manuscript(source, figures=False)
    (titled,) = built.note_citations
    dated = NoteCitation(
        text="Honneth 2015: 12",
        span=Span(titled.span.start - 200, titled.span.start - 184),
        note=1,
        form="short",
        authors=(replace(titled.authors[0], surname="Honneth", folded="honneth"),),
        year="2015",
        pages="12",
    )
    checked = replace(built, note_citations=(dated, titled))
    reported = [f.data["note"] for f in SHORT_FORM_BEFORE_FULL.check(CheckContext(checked))]
    assert reported == [2]


WORKS_CITED = "## References\n\nHonneth, Axel. 2015. *Die Freiheit*. Berlin: Pike.\n"


def test_a_listed_author_date_citation_is_matched() -> None:
    text = manuscript("Vgl. Honneth 2015, S. 12.", works_cited=WORKS_CITED)
    assert findings(text, "missing-reference") == []
    assert findings(text, "uncited-reference") == []


def test_an_unlisted_author_date_citation_is_reported_once() -> None:
    text = manuscript("Vgl. Honneth 2015, S. 12.", "Jaeggi 2014: 9.", works_cited=WORKS_CITED)
    found = findings(text, "missing-reference")
    assert len(found) == 1 and "Jaeggi" in found[0].message


def test_a_citation_both_readers_could_read_is_reported_once() -> None:
    # the note reader reads "Pike 2011: 12" as a short form (Pike was cited before) and
    # claims its span: the author-year reader leaves it, so one finding, not two
    text = manuscript(
        "Joan Pike: Salz und Zeit. Berlin 2011, S. 3.", "Pike 2011: 12.", works_cited=WORKS_CITED
    )
    notes_found = [f.data.get("note") for f in findings(text, "missing-reference")]
    assert len(notes_found) == len(set(notes_found))
