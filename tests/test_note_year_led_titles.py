"""Issue 11, round 22 (ws22): a plain title that opens with a year, in a note of several
works (Chicago 14.57: sources in one note, separated by semicolons). In a web copy the
italics are lost, so "Bo Trane, 1848 and the Salt Roads (York: Fenwick, 2003)" has the shape
of an author-year citation ("Trane, 1848") followed by prose; the Markdown rendering marks
the title. The reader takes such a title only after a person's given names and surname, in
headline case, and only when it runs straight to an imprint that vouches for it. Each row
is read in both renderings (the Markdown one italicised); at least half are negatives
(places, publishers, years, pages, prose). Every writer and title is invented."""

from __future__ import annotations

import re

import pytest

from citecheck.extract import build_manuscript
from citecheck.extract.note_citations import note_citations_in
from citecheck.model import Note, Span
from citecheck.readers import read_bytes
from tests.test_note_citation_rules import manuscript


def read(text: str) -> list[tuple[list[str], str, str]]:
    """(surnames, year, title) of each work the reader finds in one note."""
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
    return [
        ([a.surname for a in c.authors], c.year, c.title) for c in note_citations_in(text, note)
    ]


def web(markdown: str) -> str:
    """The note as a web page's copy gives it: emphasis stripped."""
    return re.sub(r"\*([^*]+)\*", r"\1", markdown)


VELL = "See Ann Vell, *The Long Shore* (Leeds: Harrow Press, 1991), 12"
VELL_READ = (["Vell"], "1991", "The Long Shore")

# (kind, Markdown note, the works read: (surnames, year, title)); the web copy reads the same
ROWS = [
    (
        "a year-led title in the second piece",
        f"{VELL}; Bo Trane, *1848 and the Salt Roads* (York: Fenwick, 2003), 40-44.",
        [VELL_READ, (["Trane"], "2003", "1848 and the Salt Roads")],
    ),
    (
        "a year-led title opening the note",
        "Ann Vell, *1848 and the Salt Roads* (Leeds: Harrow Press, 1991), 12.",
        [(["Vell"], "1991", "1848 and the Salt Roads")],
    ),
    (
        "a year-led title with a subtitle",
        "Ann Vell, *1919 Revisited: Essays on the Coast* (Leeds: Harrow Press, 1991).",
        [(["Vell"], "1991", "1919 Revisited: Essays on the Coast")],
    ),
    (
        "a year-led title in the third piece, after a short form",
        f"{VELL}; Vell, *Long Shore*, 15; Cy Maro, *1926 and After* (Hull: Dray, 1987), 9.",
        [VELL_READ, (["Vell"], "", "Long Shore"), (["Maro"], "1987", "1926 and After")],
    ),
    (
        "a year-led title by two writers",
        f"{VELL}; Bo Trane and Cy Maro, *1848 and the Ports* (York: Fenwick, 2003), 4.",
        [VELL_READ, (["Trane", "Maro"], "2003", "1848 and the Ports")],
    ),
    (
        "a year-led title after an editor's stop (no comma after 'ed.')",
        f"{VELL}; Cy Maro, ed. *1968 Revisited in Europe* (York: Fenwick, 2003), 40-44.",
        [VELL_READ, (["Maro"], "2003", "1968 Revisited in Europe")],
    ),
    (
        "a year-led title after two editors' 'eds.' (no comma after it)",
        "Cy Maro and Bo Ferro, eds. *1968 Revisited in Europe* (New York: Fenwick, 2003), 4.",
        [(["Maro", "Ferro"], "2003", "1968 Revisited in Europe")],
    ),
    (
        "a run of two years before a subtitle",
        f"{VELL}; Bo Trane, *1914 and 1918: Two Wars on the Coast* (York: Fenwick, 2003), 4.",
        [VELL_READ, (["Trane"], "2003", "1914 and 1918: Two Wars on the Coast")],
    ),
    (
        "a dashed run of two years before a subtitle",
        f"{VELL}; Bo Trane, *1914-1918: Two Wars on the Coast* (York: Fenwick, 2003), 4.",
        [VELL_READ, (["Trane"], "2003", "1914-1918: Two Wars on the Coast")],
    ),
    (
        "two years joined by a word no title joins with, before a subtitle",
        f"{VELL}; Bo Trane, *1789 through 1799: The Coast* (York: Fenwick, 2003), 4.",
        [VELL_READ, (["Trane"], "2003", "1789 through 1799: The Coast")],
    ),
    (
        "a year-led title, then its translator before the imprint",
        f"{VELL}; Bo Trane, *1968 and the Coast*, trans. Cy Maro (York: Fenwick, 2003), 4.",
        [VELL_READ, (["Trane"], "2003", "1968 and the Coast")],
    ),
    (
        "a year-led title, then its volumes before the imprint",
        f"{VELL}; Bo Trane, *1968 and the Coast*, 2 vols. (York: Fenwick, 2003), 2:4.",
        [VELL_READ, (["Trane"], "2003", "1968 and the Coast")],
    ),
    # --- negatives: nothing new is read
    (
        "negative: a writer and a run of years with no subtitle",
        f"{VELL}; Bo Trane, 1914 and 1918 (York: Fenwick, 2003), 4.",
        [VELL_READ],
    ),
    (
        "negative: a one-word place and a run of years before a subtitle",
        f"{VELL}; London, 1914-1918: Two Wars on the Coast (York: Fenwick, 2003), 4.",
        [VELL_READ],
    ),
    (
        "negative: a writer, two years and a page after a colon",
        f"{VELL}; Bo Trane, 1914 and 1918: 45 (York: Fenwick, 2003).",
        [VELL_READ],
    ),
    (
        "negative: a writer, two years, a colon and prose",
        f"{VELL}; Bo Trane, 1914 and 1918: the war years (York: Fenwick, 2003).",
        [VELL_READ],
    ),
    (
        "negative: a writer, a year and a page after a colon",
        f"{VELL}; Bo Trane, 1991: 45 (York: Fenwick, 2003).",
        [VELL_READ],
    ),
    (
        "negative: an editor and a bare year before a bracket",
        f"{VELL}; Cy Maro, ed. 1991 (York: Fenwick, 2003), 4.",
        [VELL_READ],
    ),
    (
        "negative: two editors, a year and a page",
        "Cy Maro and Bo Ferro, eds. 1991, 45.",
        [],
    ),
    (
        "negative: two editors, a year-led phrase and a page, no imprint",
        "Cy Maro and Bo Ferro, eds. 1991 Revisited, 45.",
        [],
    ),
    (
        "negative: a year-led phrase, then another piece's imprint",
        f"{VELL}; Bo Trane, 1848 and the Salt Roads; Cy Maro (York: Fenwick, 2003).",
        [VELL_READ],
    ),
    (
        "negative: a one-word place, a year and prose before an imprint",
        f"{VELL}; London, 1848 and the Salt Roads (York: Fenwick, 2003), 40-44.",
        [VELL_READ],
    ),
    (
        "negative: a place and a year opening the note",
        "London, 1848 and the Salt Roads (York: Fenwick, 2003), 40-44.",
        [],
    ),
    (
        "negative: a publisher, a year and prose",
        f"{VELL}; Harrow Press, 1991 and after (York: Fenwick, 2003).",
        [VELL_READ],
    ),
    (
        "negative: a writer and a run of years",
        f"{VELL}; Bo Trane, 1991 and 2003 (York: Fenwick, 2003), 40-44.",
        [VELL_READ],
    ),
    (
        "negative: a writer and a bare year before a bracket",
        f"{VELL}; Bo Trane, 1991 (York: Fenwick, 2003), 40-44.",
        [VELL_READ],
    ),
    (
        "negative: a writer, a year and a page",
        f"{VELL}; Bo Trane, 1991 pp. 12-14 (York: Fenwick, 2003).",
        [VELL_READ],
    ),
    (
        "negative: a year and prose, no headline case",
        f"{VELL}; Bo Trane, 1991 saw the second edition (York: Fenwick, 2003).",
        [VELL_READ],
    ),
    (
        "negative: prose after the piece's year (the second edition)",
        f"{VELL}; 1991 saw the second edition (York: Fenwick, 2003).",
        [VELL_READ],
    ),
    (
        "negative: a year-led title with no imprint after it",
        f"{VELL}; Bo Trane, 1848 and the Salt Roads, 12.",
        [VELL_READ],
    ),
    (
        "negative: a year-led title before a bare year only",
        f"{VELL}; Bo Trane, 1848 and the Salt Roads (2003), 12.",
        [VELL_READ],
    ),
    (
        "negative: a place, its year, in a prose piece",
        f"{VELL}; but see the discussion in chapter 3; London, 1991.",
        [VELL_READ],
    ),
]


def _cases() -> list[tuple[str, str, list]]:
    cases = []
    for kind, text, expected in ROWS:
        cases.append((f"{kind} (markdown)", text, expected))
        cases.append((f"{kind} (web)", web(text), expected))
    return cases


@pytest.mark.parametrize(("kind", "text", "expected"), _cases(), ids=[c[0] for c in _cases()])
def test_row(kind: str, text: str, expected: list[tuple[list[str], str, str]]) -> None:
    assert read(text) == expected


# The negatives' places, publishers and writers give no author-year citation either (the
# author-year reader's own "Trane, 1991" shapes are its business and not asserted here).
@pytest.mark.parametrize(
    "text",
    [
        "London, 1848 and the Salt Roads (York: Fenwick, 2003), 40-44.",
        f"{web(VELL)}; London, 1848 and the Salt Roads (York: Fenwick, 2003), 40-44.",
        f"{web(VELL)}; Harrow Press, 1991 and after (York: Fenwick, 2003).",
    ],
)
def test_no_place_or_publisher_as_an_author_year_author(text: str) -> None:
    built = build_manuscript(read_bytes("m.md", manuscript(text).encode()), figures=False)
    surnames = {a.surname for c in built.citations for a in c.authors}
    surnames |= {a.surname for c in built.note_citations for a in c.authors}
    assert not surnames & {"London", "Press", "Harrow", "York", "Fenwick"}


def test_at_least_half_are_negatives() -> None:
    negatives = sum(1 for kind, _, _ in ROWS if kind.startswith("negative"))
    assert negatives >= len(ROWS) - negatives


# Guards (already read on main, kept so the year-led reading cannot break them): Chicago
# 14.57's several sources in one note, plain (web) and italic (Markdown) full and short
# forms in the second and later pieces, and prose pieces that are no works.
GUARDS = [
    (
        "the brief's note: two full forms and a short form",
        f"{VELL}; Bo Trane, *Salt Roads* (York, 2003), 40-44; and Vell, *Long Shore*, 15.",
        [VELL_READ, (["Trane"], "2003", "Salt Roads"), (["Vell"], "", "Long Shore")],
    ),
    (
        "a chapter in an edited book in the second piece",
        f'{VELL}; Bo Trane, "Salt," in *Coast and Country*, ed. Cy Maro (York: Fenwick, '
        "2003), 40-44.",
        [VELL_READ, (["Trane"], "2003", "Salt")],
    ),
    (
        "an edited book with 'eds.' in the second piece",
        f"{VELL}; Cy Maro and Di Ferro, eds., *Coast and Country in the North* (York: "
        "Fenwick, 2003), 40-44.",
        [VELL_READ, (["Maro", "Di Ferro"], "2003", "Coast and Country in the North")],
    ),
    (
        "a title holding 'and' and 'in' in the second piece",
        f"{VELL}; Bo Trane, *Life and Trade in the Salt Ports* (York: Fenwick, 2003), 4.",
        [VELL_READ, (["Trane"], "2003", "Life and Trade in the Salt Ports")],
    ),
    ("negative: a discussion piece", f"{VELL}; but see the discussion in chapter 3.", [VELL_READ]),
    (
        "negative: a year opening a prose piece",
        f"{VELL}; 1991 saw the second edition.",
        [VELL_READ],
    ),
    ("negative: a place and a year piece", f"{VELL}; London, 1991.", [VELL_READ]),
    ("negative: a publisher, a year and a page", f"{VELL}; Harrow Press, 1991, 14.", [VELL_READ]),
]


def _guard_cases() -> list[tuple[str, str, list]]:
    cases = []
    for kind, text, expected in GUARDS:
        cases.append((f"{kind} (markdown)", text, expected))
        cases.append((f"{kind} (web)", web(text), expected))
    return cases


@pytest.mark.parametrize(
    ("kind", "text", "expected"), _guard_cases(), ids=[c[0] for c in _guard_cases()]
)
def test_guard(kind: str, text: str, expected: list[tuple[list[str], str, str]]) -> None:
    assert read(text) == expected


def test_guards_have_at_least_half_negatives() -> None:
    negatives = sum(1 for kind, _, _ in GUARDS if kind.startswith("negative"))
    assert negatives >= len(GUARDS) - negatives
