"""Issue 11, full forms read as short forms (branch fr22): a citation with given names and
no imprint that names its periodical, site, box or kind of work after its title is a full
form (Chicago 14.191-14.238: articles, web pages, theses, papers, archival items; 14.29: a
full form may be repeated), while a real short form (surname or names, a short title, a
page: 14.29-14.33) stays short, also in documents whose short forms keep given names. Every
document is read in Markdown and in its web copy (emphasis and link targets dropped).
Invented writers and titles."""

from __future__ import annotations

import pytest

from bench.note_accuracy import web_copy
from citecheck.extract.note_citations import find_note_citations
from citecheck.readers import read_bytes
from tests.test_note_citation_rules import findings, manuscript

NEWS = 'Jane Molloy, "The Harbour Strike Ends," *Chicago Tribune*, March 3, 1999, 4.'
LINKED = (
    'Jane Molloy, "[The Harbour Strike Ends](https://tribune.example.com/strike)," '
    "*Chicago Tribune*, March 3, 1999."
)
BLOG = (
    'Mara Lindqvist, "[What Is to Be Undone](https://blog.example.org/undone)," *Rough Notes* '
    "(blog), May 5, 2011."
)
ARCHIVE = (
    'Tom Welk, "Notes on the Lathe Workers," March 1932, box 4, folder 2, Welk Papers, '
    "Tamiment Library, New York."
)
THESIS = 'Alan Brisco, "Party Schools and Their Critics" (PhD diss., University of Kent, 2004), 33.'
MEETING = (
    'Alan Brisco, "Party Schools" (paper presented at the Annual Meeting of the Social '
    "History Society, Leeds, April 4, 2008)."
)
MAGAZINE = 'Peter Halvard, "On the Left Today," *The Nation*, June 2, 1976, 12–14.'
BOOK = "Karl Weyland, *The Iron Calendar* (London: Verso, 1976), 45."
GERMAN = "Jan Möller, „Der lange Streik“, in: *Die Zeit*, 12. März 1999, S. 4."
# a document that writes its short forms with given names (note_forms)
NAMED_STYLE = [BOOK, "Karl Weyland, *The Iron Calendar*, 90."]


def forms(notes: list[str]) -> list[str]:
    source = read_bytes("m.md", manuscript(*notes).encode("utf-8"))
    return [c.form for c in find_note_citations(source)]


# (class, the notes of one document, the form of each work read, in order)
DOCUMENTS = [
    (
        "newspaper given again with its paper and a page",
        [NEWS, 'Jane Molloy, "The Harbour Strike Ends," *Chicago Tribune*, 4.'],
        ["full", "full"],
    ),
    (
        "newspaper given again with its paper, no page",
        [NEWS, 'Jane Molloy, "The Harbour Strike Ends," *Chicago Tribune*.'],
        ["full", "full"],
    ),
    (
        "linked newspaper article given again with its paper",
        [
            LINKED,
            'Jane Molloy, "[The Harbour Strike Ends](https://x.example.com/s)," *Chicago Tribune*.',
        ],
        ["full", "full"],
    ),
    (
        "blog post given again with its blog",
        [
            BLOG,
            'Mara Lindqvist, "[What Is to Be Undone](https://b.example.org/u)," *Rough Notes* (blog).',
        ],
        ["full", "full"],
    ),
    (
        "archival item given again with its box and collection",
        [ARCHIVE, 'Tom Welk, "Notes on the Lathe Workers," box 4, folder 2, Welk Papers.'],
        ["full", "full"],
    ),
    (
        "thesis given again with its description",
        [
            THESIS,
            'Alan Brisco, "Party Schools and Their Critics" (PhD diss., University of Kent), 40.',
        ],
        ["full", "full"],
    ),
    (
        "paper at a meeting given again with its description",
        [
            MEETING,
            'Alan Brisco, "Party Schools" (paper presented at the Social History Society), 4.',
        ],
        ["full", "full"],
    ),
    (
        "magazine article first, in a document whose short forms keep given names",
        [*NAMED_STYLE, 'Peter Halvard, "On the Left Today," *The Nation*, 13.'],
        ["full", "short", "full"],
    ),
    (
        "surname, title and newspaper: a first citation lacking its date",
        ['Molloy, "The Harbour Strike Ends," *Chicago Tribune*, 4.'],
        ["full"],
    ),
    (
        "inverted names, title and newspaper: a first citation lacking its date",
        ['Molloy, Jane, "The Harbour Strike Ends," *Chicago Tribune*.'],
        ["full"],
    ),
    (
        "surname, title and a thesis's description",
        ['Brisco, "Party Schools and Their Critics" (PhD diss., University of Kent), 33.'],
        ["full"],
    ),
    (
        "surname, title and an archival item's box",
        ['Welk, "Notes on the Lathe Workers," box 4, folder 2, Welk Papers, Tamiment Library.'],
        ["full"],
    ),
    (
        "Greek: surname, title and a newspaper in guillemets",
        ["Μόλλοϊ, «Η μεγάλη απεργία», «Ριζοσπάστης», σ. 4."],
        ["full"],
    ),
    (
        "Greek: surname, title and a newspaper's plain name with its article",
        ["Μόλλοϊ, «Η μεγάλη απεργία», Η Αυγή, σ. 4."],
        ["full"],
    ),
    (
        "negative: Greek surname, title and page",
        ["Μόλλοϊ, «Η μεγάλη απεργία», σ. 4."],
        ["short"],
    ),
    (
        "negative: Greek surname, title, chapter and page",
        ["Μόλλοϊ, «Η μεγάλη απεργία», Κεφ. 2, σ. 4."],
        ["short"],
    ),
    (
        "negative: Greek surname, title and a page mark written capital",
        ["Μόλλοϊ, «Η μεγάλη απεργία», Σελ. 4."],
        ["short"],
    ),
    (
        "negative: a chapter's book given before, in short without 'in' (Chicago 14.33)",
        [BOOK, 'Weyland, "The Chapter of Fire," *The Iron Calendar*, 90.'],
        ["full", "short"],
    ),
    (
        "negative: surname, title and page alone",
        ['Molloy, "The Harbour Strike Ends," 4.'],
        ["short"],
    ),
    (
        "negative: surname, title and a chapter's book in short",
        ['Molloy, "The Harbour Strike Ends," in *Collected Essays*, 4.'],
        ["short"],
    ),
    (
        "negative: surname, title and a German note number",
        ["Möller, „Der lange Streik“, Anm. 4."],
        ["short"],
    ),
    (
        "negative: surname, title and a page in a chapter",
        ['Molloy, "The Harbour Strike Ends," Chapter 2, 4.'],
        ["short"],
    ),
    (
        "negative: a newspaper article's short form with given names",
        [NEWS, 'Jane Molloy, "The Harbour Strike Ends," 7.'],
        ["full", "short"],
    ),
    (
        "negative: a newspaper article's short form, surname and short title",
        [NEWS, 'Molloy, "Harbour Strike," 7.'],
        ["full", "short"],
    ),
    (
        "negative: a short form with given names and a remark after its page",
        [NEWS, 'Jane Molloy, "The Harbour Strike Ends," 7, emphasis added.'],
        ["full", "short"],
    ),
    (
        "negative: a book's short form with given names and a volume",
        [BOOK, "Karl Weyland, *The Iron Calendar*, Vol. 2, 90."],
        ["full", "short"],
    ),
    (
        "negative: a book's short form with given names, passim",
        [BOOK, "Karl Weyland, *The Iron Calendar*, *passim*."],
        ["full", "short"],
    ),
    (
        "negative: a book given again whole, with given names and no page",
        [BOOK, "Karl Weyland, *The Iron Calendar*."],
        ["full", "short"],
    ),
    (
        "negative: a thesis's short form with given names",
        [THESIS, 'Alan Brisco, "Party Schools and Their Critics," 40.'],
        ["full", "short"],
    ),
    (
        "German: a newspaper article given again with its paper",
        [GERMAN, "Jan Möller, „Der lange Streik“, *Die Zeit*, S. 5."],
        ["full", "full"],
    ),
    (
        "negative: a German short form with given names and a note number",
        [GERMAN, "Jan Möller, „Der lange Streik“, Anm. 4."],
        ["full", "short"],
    ),
    (
        "negative: a German short form with given names and a page",
        [GERMAN, "Jan Möller, „Der lange Streik“, S. 5."],
        ["full", "short"],
    ),
    (
        "negative: an article's short form first, in a document whose short forms keep given names",
        [*NAMED_STYLE, 'Peter Halvard, "On the Left Today," 13.'],
        ["full", "short", "short"],
    ),
    (
        "negative: a short form with given names and its introduction's page",
        [MAGAZINE, 'Peter Halvard, "On the Left Today," Introduction, 13.'],
        ["full", "short"],
    ),
]


@pytest.mark.parametrize("rendering", ["markdown", "web"])
@pytest.mark.parametrize(
    ("notes", "expected"), [d[1:] for d in DOCUMENTS], ids=[d[0] for d in DOCUMENTS]
)
def test_a_named_source_keeps_a_full_form_full(
    notes: list[str], expected: list[str], rendering: str
) -> None:
    if rendering == "web":
        notes = [web_copy(n) for n in notes]
    assert forms(notes) == expected


def test_the_classes_have_at_least_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for name, _, _ in DOCUMENTS if name.startswith("negative"))
    assert negatives >= len(DOCUMENTS) - negatives


@pytest.mark.parametrize("rendering", ["markdown", "web"])
def test_a_magazine_article_first_is_no_short_form_before_full(rendering: str) -> None:
    """A clean document: the article's first citation lacks its date, but names its
    magazine; it is no short form whose full form is missing."""
    notes = [*NAMED_STYLE, 'Peter Halvard, "On the Left Today," *The Nation*, 13.']
    if rendering == "web":
        notes = [web_copy(n) for n in notes]
    assert findings(manuscript(*notes), "short-form-before-full") == []
    # a real short form first, in the same document, is reported
    short = [*NAMED_STYLE, 'Peter Halvard, "On the Left Today," 13.']
    found = findings(manuscript(*short), "short-form-before-full")
    assert [f.data["note"] for f in found] == [3]


@pytest.mark.parametrize("rendering", ["markdown", "web"])
def test_a_surname_with_a_newspaper_first_is_no_short_form_before_full(rendering: str) -> None:
    note = 'Molloy, "The Harbour Strike Ends," *Chicago Tribune*, 4.'
    short = 'Molloy, "The Harbour Strike Ends," 4.'
    if rendering == "web":
        note, short = web_copy(note), web_copy(short)
    assert findings(manuscript(note), "short-form-before-full") == []
    assert [f.data["note"] for f in findings(manuscript(short), "short-form-before-full")] == [1]


LISTED = (
    '## Works cited\n\nMolloy, Jane. "Harbour Strike Ends in Defeat." *Chicago Tribune*, '
    "March 3, 1999.\n"
)


def test_a_cut_title_that_names_its_newspaper_is_no_short_form() -> None:
    """`note_shortened_titles`: a first citation whose title is the head of a listed longer
    one refers back, unless it names its newspaper, which no short form does."""
    named = manuscript('Jane Molloy, "Harbour Strike," *Chicago Tribune*, 4.', works_cited=LISTED)
    assert findings(named, "short-form-before-full") == []
    cut = manuscript('Jane Molloy, "Harbour Strike," 4.', works_cited=LISTED)
    assert [f.data["note"] for f in findings(cut, "short-form-before-full")] == [1]
