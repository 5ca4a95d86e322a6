"""Issue 11, the check half's misses by class: works the notes name in their prose or list
after a cue, each class with hard cases and at least as many negatives (a person named in
prose with no work, "in 1920", a place then a year, a quantity, "chapter 3"). Every note is
written for this table (invented writers and titles), in Markdown and, where the class
holds there too, as a web copy gives it (emphasis stripped).

Decided here: a marked title in prose with neither a year nor details ("In *Capital* he
argues …") is named in passing, not cited; a writer named before a cue ("For Ellery, see
*A* (…)") is the author of the works listed without names, when the note shows the word
is a person (given names, a possessive, "by Ellery"), never a place ("On Paris, see …")."""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import note_citations_in
from citecheck.model import Note, Span


def read(text: str) -> list[tuple[list[str], str, str]]:
    """(surnames, year, title) of each work the reader finds in one note."""
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
    return [
        ([a.surname for a in c.authors], c.year, c.title) for c in note_citations_in(text, note)
    ]


# (kind, note text, the works read: (surnames, year, start of the title)); [] = nothing
KINDS = [
    # --- a list of works after an imprint, and a writer named before the cue
    (
        "list: works after 'For X, see', each with its imprint",
        "Ellery's essays matter here. For Ellery, see *Salt Roads* (Leeds: Northern Press, "
        "1961), *Canal Towns* (Leeds: Northern Press, 1964), and *The Weir* (York: Ouse "
        "Books, 1970).",
        [
            (["Ellery"], "1961", "Salt Roads"),
            (["Ellery"], "1964", "Canal Towns"),
            (["Ellery"], "1970", "The Weir"),
        ],
    ),
    (
        "list: 'on X, see' with a quoted part in a book",
        "Some of it is by Marten. On Marten, see *Glass Harbours* (Hull: Tide Press, 1982), "
        'and "The Lantern," in *Night Essays* (Hull: Tide Press, 1985).',
        [(["Marten"], "1982", "Glass Harbours"), (["Marten"], "1985", "The Lantern")],
    ),
    (
        "list: other writers' works after an imprint keep their names",
        "On Ellery, see Joan Pike, *Ellery* (Leeds: Dale, 2001), Ruth Ellery, *Letters*, ed. "
        "Tom Hale (York: Ouse Books, 2004), and Ann Cole and Bea Moss, eds., *Roads* (Hull: "
        "Tide Press, 2008).",
        [
            (["Pike"], "2001", "Ellery"),
            (["Ellery"], "2004", "Letters"),
            (["Cole", "Moss"], "2008", "Roads"),
        ],
    ),
    (
        "list: editors with 'eds.' and no comma before the title",
        "Joan Pike, *Ellery* (Leeds: Dale, 2001), Ann Cole and Bea Moss, eds. *Roads* (Hull: "
        "Tide Press, 2008).",
        [(["Pike"], "2001", "Ellery"), (["Cole", "Moss"], "2008", "Roads")],
    ),
    (
        "list: a web copy's plain titles, each with its imprint",
        "Ellery's essays matter here. For Ellery, see Salt Roads of the North (Leeds: Northern "
        "Press, 1961), Canal Towns and Weirs (Leeds: Northern Press, 1964), and The Weir "
        "Keepers (York: Ouse Books, 1970).",
        [
            (["Ellery"], "1961", "Salt Roads of the North"),
            (["Ellery"], "1964", "Canal Towns and Weirs"),
            (["Ellery"], "1970", "The Weir Keepers"),
        ],
    ),
    (
        "negative list: a web copy's place before the cue, plain titles",
        "On Paris, see The Covered Streets (Leeds: Dale, 1999), and Glass Roofs (Leeds: Dale, "
        "2001).",
        [([], "1999", "The Covered Streets")],
    ),
    (
        "negative list: a web copy's prose after the cue, with an imprint",
        "Ellery's view. For Ellery, see later chapters (Leeds: Dale, 1999).",
        [],
    ),
    (
        "negative list: a place before the cue is no writer",
        "On Paris, see *The Covered Streets* (Leeds: Dale, 1999).",
        [([], "1999", "The Covered Streets")],
    ),
    (
        "negative list: 'for example' before the cue is no writer",
        "For example, see *Salt Roads* (Leeds: Northern Press, 1961).",
        [([], "1961", "Salt Roads")],
    ),
    (
        "negative list: a surname not shown as a person takes no works",
        "For Ellery, see *Salt Roads* (Leeds: Northern Press, 1961).",
        [([], "1961", "Salt Roads")],
    ),
    (
        "negative list: a year bracket then a journal is one work",
        'Joan Pike, "Weirs" (1962), *Dale Review* 41 (1967), 3-9.',
        [(["Pike"], "1962", "Weirs")],
    ),
    (
        "negative list: a volume and a chapter after an imprint",
        "Joan Pike, *Roads* (Leeds: Dale, 2001), Vol. 2, chapter 3, 45.",
        [(["Pike"], "2001", "Roads")],
    ),
    (
        "negative list: a gloss in brackets, then a platform, is no imprint",
        "Ann Cole (Sharing a Post from Bea Moss, March 3, 2015), Facebook Post, March 4, "
        "2015, https://example.org/1.",
        [(["Cole"], "2015", "")],
    ),
    (
        "negative list: a person named in prose after an imprint",
        "Joan Pike, *Roads* (Leeds: Dale, 2001), 45, which Ruth Ellery disputed in 1920.",
        [(["Pike"], "2001", "Roads")],
    ),
    # --- the source in brackets closing a block quotation's paragraph
    (
        "block: an editor's anthology in full after the quotation",
        "Ellery wrote that,\n\n    > The weir held. The town did not. (Joan Pike, ed., *Salt "
        "Roads* (Leeds: Dale, 1961), 12--13.)",
        [(["Pike"], "1961", "Salt Roads")],
    ),
    (
        "block: an imprint in square brackets",
        "Ellery said,\n\n    > No one came. (Ellery, *Canal Towns* [Hull: Tide Press, 1964], "
        "52--53.)",
        [(["Ellery"], "1964", "Canal Towns")],
    ),
    (
        "block: a short form with a remark, then prose",
        "The formula runs:\n\n    > Value may be asserted (Ellery, *Canal Towns*, 255 "
        "*emphasis added*).\n\n    An older translation differs.",
        [(["Ellery"], "", "Canal Towns")],
    ),
    (
        "block: a journal piece, its writer the speaker introducing the quotation",
        'As Joan Pike has written,\n\n    > The weir held. ("Salt Roads," *Dale Review* 55 '
        "[May 2009].)",
        [(["Pike"], "2009", "Salt Roads")],
    ),
    (
        "negative block: a place and a year in the closing bracket",
        "He wrote:\n\n    > The weir held. (Leeds, 1920.)",
        [],
    ),
    (
        "negative block: a chapter and a page",
        "He wrote:\n\n    > The weir held. (Chapter 3, 45.)",
        [],
    ),
    (
        "negative block: a quantity",
        "He wrote:\n\n    > The weir held. (About 6,500 people came.)",
        [],
    ),
    (
        "negative block: a bracket inside the quotation, the paragraph going on",
        "He wrote:\n\n    > It was cold. (Ellery was there.) And then it snowed.",
        [],
    ),
    (
        "negative block: a journal piece with no speaker before the quotation",
        'It was put thus.\n\n    > The weir held. ("Salt Roads," *Dale Review* 55 [May 2009].)',
        [],
    ),
    # --- letters: a numeric date, a cue before the writer, the short form with no date
    (
        "letter: a numeric date after the addressee, in a collection",
        "Ruth Ellery to Tom Hale 10/17/1861, in *Letters of Tom Hale*, ed. Ann Cole (Leeds: "
        "Dale, 1976), 137.",
        [(["Ellery"], "1976", "Letters of Tom Hale")],
    ),
    (
        "letter: a second letter after 'See' in prose",
        "Ellery to Hale, March 21, 1936, quoted in Joan Pike, *Weirs* (Leeds: Dale, 1994), 26. "
        'Ellery also wrote that "it rained." See Ellery to Hale, June 2, 1941.',
        [(["Ellery"], "1936", ""), (["Pike"], "1994", "Weirs"), (["Ellery"], "1941", "")],
    ),
    (
        "letter: Chicago's short form by writer and addressee",
        "Ellery, letter to Hale.",
        [(["Ellery"], "", "")],
    ),
    (
        "negative letter: a letter mentioned in prose",
        "Ellery wrote a letter to Hale.",
        [],
    ),
    (
        "negative letter: a writer and an addressee with a count, no date",
        "Ellery to Tom Hale 17 of them.",
        [],
    ),
    (
        "negative letter: two places and a year",
        "See Leeds to London, 2012.",
        [],
    ),
    # --- a response to a questionnaire, by its writer
    (
        "response: writer, 'response to', the questionnaire and a page",
        "Ruth Ellery, response to \"A Questionnaire on 'The Weir,'\" 105.",
        [(["Ellery"], "", "A Questionnaire on 'The Weir")],
    ),
    (
        "response: the writer's possessive, then a remark",
        'Tom Hale\'s response to "A Questionnaire," 36. Italics mine.',
        [(["Hale"], "", "A Questionnaire")],
    ),
    (
        "negative response: named in prose, no page",
        'Hale\'s response to "A Questionnaire" was sharp.',
        [],
    ),
    (
        "negative response: no writer",
        'A response to "A Questionnaire," 105.',
        [],
    ),
    (
        "negative response: a reply to a person",
        "Hale, reply to Ellery, 12.",
        [],
    ),
    # --- cues and second writers
    (
        "cue: 'as referred to in' opens the work referred to",
        'Joan Pike, *Weirs* (Leeds: Dale, 1937), as referred to in Tom Hale, "The Flood".',
        [(["Pike"], "1937", "Weirs"), (["Hale"], "", "The Flood")],
    ),
    (
        "and: a second writer's piece in the same book",
        'Ruth Ellery, "The Weir," and Joan Pike, "The Lock," in *Rivers* (Leeds: Dale, 2010).',
        [(["Ellery"], "2010", "The Weir"), (["Pike"], "2010", "The Lock")],
    ),
    (
        "and: the same writers' second piece after a page",
        'See Ann Cole and Bea Moss, "Weirs," in *Rivers*, eds. Pike and Hale, 28, and Ann '
        'Cole and Bea Moss, "The Lock," *Dale Post*, April 16, 2012.',
        # the chapter gives no year of its own: the second piece's is not its (the segment
        # is cut before the writers' second piece)
        [(["Cole", "Moss"], "", "Weirs"), (["Cole", "Moss"], "2012", "The Lock")],
    ),
    (
        "negative and: a person in prose after the title",
        'Ruth Ellery, "The Weir," and Joan Pike argued otherwise.',
        [(["Ellery"], "", "The Weir")],
    ),
    (
        "negative and: a surname alone after the title",
        'Ruth Ellery, "The Weir," and Leeds, "The Lock."',
        [(["Ellery"], "", "The Weir")],
    ),
    (
        "negative cue: 'referred to in' a place and a year",
        "The river is referred to in Leeds, 1920.",
        [],
    ),
    # --- a work named in prose by its writer's possessive, vouched for by its details
    (
        "possessive: a second work in the sentence, with its imprint",
        "See Ruth Ellery's *Salt Roads* (Leeds: Dale, 1979), a set of lectures that read like "
        "extracts of Tom Hale's *The Weir* (Hull: Tide Press, 1933).",
        [(["Ellery"], "1979", "Salt Roads"), (["Hale"], "1933", "The Weir")],
    ),
    (
        "possessive: a web copy's plain title with its imprint",
        "See Ruth Ellery's Salt Roads (Leeds: Dale, 1979), a set of lectures that read like "
        "extracts of Tom Hale's The Weir (Hull: Tide Press, 1933).",
        [(["Ellery"], "1979", "Salt Roads"), (["Hale"], "1933", "The Weir")],
    ),
    (
        "possessive: two writers, a part in a container and a page",
        'The reference here is to Ellery and Hale\'s "Salt Manifesto," in *Dale Reader*, 475-6.',
        [(["Ellery", "Hale"], "", "Salt Manifesto")],
    ),
    (
        "possessive: the writer's preface to the book, the note's whole text",
        "Ruth Ellery's Preface to *A Critique of the Salt Roads* (1859).",
        [(["Ellery"], "1859", "A Critique of the Salt Roads")],
    ),
    (
        "possessive: a writer's essay in a book given by its two editors in short",
        'The quotations are translated from Ruth Ellery\'s essay "The Weir," in Pike and '
        "Hale, *Rivers*, 58--78.",
        [(["Ellery"], "", "The Weir")],
    ),
    (
        "negative possessive: a writer's essay in prose, no container or page",
        'The quotations are translated from Ruth Ellery\'s essay "The Weir," as she wrote.',
        [],
    ),
    (
        "negative possessive: a preface named in prose, no year",
        "Tom Hale's Introduction to *Salt Roads* was long.",
        [],
    ),
    (
        # the web copy of the row above: "Preface to" and the book's year closing the
        # sentence bound the plain title (Chicago 14.110; `note_prose_editions` round)
        "possessive: a web copy's preface to a plain title, the year closing the note",
        "Ruth Ellery's Preface to A Critique of the Salt Roads (1859).",
        [(["Ellery"], "1859", "A Critique of the Salt Roads")],
    ),
    (
        "negative possessive: a web copy's preface to a plain title, a bare year, prose",
        "Ruth Ellery's Preface to A Critique of the Salt Roads (1859) was long.",
        [],
    ),
    (
        "negative possessive: a work in prose with a year only",
        "It reads like Tom Hale's *The Weir*, which he wrote in 1924.",
        [],
    ),
    (
        "negative possessive: a place's paper with an imprint",
        "It reads like London's *Evening Post* (London: Fleet, 1933).",
        [],
    ),
    (
        "negative possessive: 'In *Title* he argues', no year",
        "In *The Weir* he argues that Tom Hale's *Salt Roads* was wrong.",
        [],
    ),
    (
        "negative possessive: a person named in prose with no work",
        "Tom Hale's view was that the weir held in 1920.",
        [],
    ),
    # --- a web copy: the editors' mark in brackets ends the names before a plain title
    (
        "editors: '(eds.)' then a plain title its imprint vouches for",
        "Ann Cole and Bea Moss (eds.) From Leeds to the Sea: Voices of the Weir, (Hull: Tide "
        "Press, 2012).",
        [(["Cole", "Moss"], "2012", "From Leeds to the Sea")],
    ),
    (
        "negative editors: a place and a year after the mark",
        "Ann Cole (ed.) Leeds, 1920.",
        [],
    ),
    (
        "negative editors: a plain title with no imprint",
        "Ann Cole (ed.) Salt Roads was reprinted in 1920.",
        [],
    ),
    # --- an address escaped twice by a converter ("&lt;" holds a ";" that ends nothing)
    (
        "escaped: a quoted title, its publication and an escaped link",
        '"Salt Roads," _Dale Post_, &lt;<a href="http://example.org/salt/">'
        "http://example.org/salt/&gt;.</a>",
        [([], "", "Salt Roads")],
    ),
    (
        "escaped: a real ';' still parts two works",
        "Ann Cole, *Weirs* (Leeds: Dale, 1990); Bea Moss, *Locks* (Hull: Tide, 1991).",
        [(["Cole"], "1990", "Weirs"), (["Moss"], "1991", "Locks")],
    ),
    (
        "negative escaped: an escaped ampersand, then a place and a year",
        "Cole &amp; Moss; Leeds, 1920.",
        [],
    ),
    # --- a web page by its address: a sentence introducing it is no title
    (
        "page: a writer introduced by 'by', a description and the address",
        "Also by Ruth Ellery, an account of the weir: https://example.org/weir/",
        [(["Ellery"], "", "")],
    ),
    (
        "page: a sentence-case title and its address",
        "The first resolution of the Congress of Leeds: https://example.org/resolution/",
        [([], "", "The first resolution of the Congress of Leeds")],
    ),
    (
        "negative page: a sentence with a demonstrative before the address",
        "Most famous among these: https://example.org/famous/",
        [],
    ),
    (
        "negative page: a long sentence with a relative clause before the address",
        "A fine account of the kind of world that made this weir: https://example.org/fine/",
        [],
    ),
    # --- an Ibid. naming the writer of the work it repeats
    (
        "ibid: the source a quotation was found in, by its writer",
        'Ruth Ellery, "Weirs" in *Salt Roads*, Cole (ed.), 133. (As cited in Tom Hale, ibid).',
        [(["Ellery"], "", "Weirs"), (["Hale"], "", "")],
    ),
    (
        "negative ibid: a surname alone before ibid may be a place",
        "Leeds, ibid.",
        [],
    ),
    (
        "negative ibid: a bracket without its cue",
        'Ruth Ellery, "Weirs" in *Salt Roads*, Cole (ed.), 133. (Tom Hale, ibid).',
        [(["Ellery"], "", "Weirs")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in KINDS], ids=[k for k, _, _ in KINDS]
)
def test_kind(text: str, expected: list[tuple[list[str], str, str]]) -> None:
    found = read(text)
    assert [(names, year) for names, year, _ in found] == [(n, y) for n, y, _ in expected]
    for (_, _, title), (_, _, start) in zip(found, expected, strict=True):
        assert title.strip().startswith(start)


def test_the_kinds_have_at_least_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for kind, _, _ in KINDS if kind.startswith("negative"))
    assert negatives >= len(KINDS) - negatives
