"""Issue 11, round 19: letters cited in short on their date (Chicago 14.111–14.112).

The first citation of a letter in a published collection gives the collection in full;
later ones name it by a short title, its editor by surname ("Pryce to Tom Hale, 9 May 1917,
in Hale, ed., *Letters*, 344"), or give the page alone ("Pryce to Tom Hale, 12 June 1917,
350."). The letter's date was read as a year and made these full forms, so
short-form-before-full could not see them. Now they are short forms without a year; a
letter whose collection is given with its imprint (editor and year) stays a full form.

Each row is a document's notes; the readings are the last note's, in Markdown and in its
web copy (emphasis gone). Every writer, editor, title, place and publisher is invented. Half
the rows at least are negatives: a collection with its imprint, an archive's box and folder,
an address, a year after the date (no page), a place before the date, a place standing as
a letter's "writer" with no earlier note of it, prose."""

from __future__ import annotations

import pytest

from tests.note_tables import (
    built_from_note,
    last_note_readings,
    short_form_findings,
    web_copy,
    work,
)

FULL = (
    "Ada Pryce to Tom Hale, 3 May 1911, in Joan Hale, ed., *Letters from the Front* "
    "(Leeds: Harrow Press, 1984), 140."
)
FULL_AFTER = (
    "Ada Pryce to Tom Hale, 3 May 1911, in *Letters from the Front*, ed. Joan Hale "
    "(Leeds: Harrow Press, 1984), 140."
)
SHORT = work("Pryce", "Letters from the Front", form="short")

# (name, notes, the last note's readings in Markdown, in the web copy)
CASES = [
    (
        "editor by surname, short title",
        [FULL, "Pryce to Tom Hale, 9 May 1917, in Hale, ed., *Letters from the Front*, 344."],
        [SHORT],
        [SHORT],
    ),
    (
        "short title alone",
        [FULL_AFTER, "Pryce to Tom Hale, 14 June 1917, in *Letters*, 352."],
        [work("Pryce", "Letters", form="short")],
        [work("Pryce", "Letters", form="short")],
    ),
    (
        "two editors, a page range",
        [FULL, "Pryce to Tom Hale, 2 July 1917, in Hale and Moor, eds., *Letters*, 360–62."],
        [work("Pryce", "Letters", form="short")],
        [work("Pryce", "Letters", form="short")],
    ),
    (
        "the page alone",
        [FULL, "Pryce to Tom Hale, 12 June 1917, 350."],
        [work("Pryce", "", form="short")],
        [work("Pryce", "", form="short")],
    ),
    (
        "the page alone, a month-first date",
        [FULL_AFTER, "Ada Pryce to Tom Hale, June 12, 1917, p. 350."],
        [work("Pryce", "", form="short")],
        [work("Pryce", "", form="short")],
    ),
    (
        "the collection's volume before the page (round 17)",
        [FULL, "Pryce to Tom Hale, 12 November 1924, in *Letters from the Front*, Bd. 5, 88."],
        [SHORT],
        [SHORT],
    ),
    (
        "negative: the collection's volume and its imprint",
        [
            "Body.",
            "Ada Pryce to Tom Hale, 3 May 1911, in *Letters from the Front*, vol. 2 (Leeds:"
            " Harrow Press, 1984), 140.",
        ],
        [work("Pryce", "Letters from the Front", "1984")],
        [work("Pryce", "Letters from the Front", "1984")],
    ),
    (
        "negative: the collection with editor and imprint",
        ["Body.", FULL],
        [work("Pryce", "Letters from the Front", "1984")],
        [work("Pryce", "Letters from the Front", "1984")],
    ),
    (
        "negative: two editors and the imprint",
        [
            "Body.",
            "Ada Pryce to Tom Hale, 9 May 1917, in Joan Hale and Tom Moor, eds., "
            "*Letters from the Front* (Leeds: Harrow Press, 1984), 344.",
        ],
        [work("Pryce", "Letters from the Front", "1984")],
        [work("Pryce", "Letters from the Front", "1984")],
    ),
    (
        "negative: an archive's box and folder",
        [FULL, "Max Pellow to Rana Duvic, 22 June 1933, Box 2, Folder 48B, Pellow Papers."],
        [work("Pellow", "", "1933")],
        [work("Pellow", "", "1933")],
    ),
    (
        "negative: an address after the date",
        [
            FULL,
            "Pryce to Tom Hale, November 23 1871, available online at https://example.org/l.htm.",
        ],
        [work("Pryce", "", "1871")],
        [work("Pryce", "", "1871")],
    ),
    (
        "negative: a year after the date, no page",
        [FULL, "Pryce to Tom Hale, 12 June 1917, 1917."],
        [work("Pryce", "", "1917")],
        [work("Pryce", "", "1917")],
    ),
    (
        "negative: a place before the date, the imprint after",
        [
            "Body.",
            "Ada Pryce to Tom Hale, Leeds, 3 May 1911, in " + FULL_AFTER.split(", in ", 1)[1],
        ],
        [work("Pryce", "Letters from the Front", "1984")],
        [work("Pryce", "Letters from the Front", "1984")],
    ),
    (
        "negative: the page alone, no earlier note of the writer",
        ["Body.", "Ada Pryce to Tom Hale, 12 June 1917, 350."],
        [work("Pryce", "", "1917")],
        [work("Pryce", "", "1917")],
    ),
    (
        "negative: prose on a letter and a page",
        [FULL, "Pryce wrote to Tom Hale on 12 June 1917, page 350 of the diary."],
        [],
        [],
    ),
    (
        "negative: a newspaper's issue and page",
        [FULL, "The Leeds Courier, 9 May 1917, 3."],
        [],
        [],
    ),
]

NOT_WRITERS = {"Leeds", "Harrow", "Press", "Courier", "Box", "Folder", "Papers"}


@pytest.mark.parametrize(("name", "notes", "markdown", "web"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("rendering", ["markdown", "web"])
def test_letters_in_short(
    name: str, notes: list[str], markdown: list, web: list, rendering: str
) -> None:
    rendered = notes if rendering == "markdown" else [web_copy(n) for n in notes]
    assert last_note_readings(rendered) == (markdown if rendering == "markdown" else web), name


def test_negatives_outnumber_positives() -> None:
    negatives = [c for c in CASES if c[0].startswith("negative")]
    assert len(negatives) >= len(CASES) - len(negatives)


@pytest.mark.parametrize(
    "note",
    [c[1][-1] for c in CASES if c[0].startswith("negative")],
    ids=[c[0] for c in CASES if c[0].startswith("negative")],
)
def test_negatives_no_place_and_no_author_year(note: str) -> None:
    built = built_from_note(note)
    assert list(built.citations) == []
    read = {a.surname for c in built.note_citations for a in c.authors}
    assert not read & NOT_WRITERS


ENTRY = "Hale, Joan, ed. *Letters from the Front*. Leeds: Harrow Press, 1984."


def test_short_letter_before_its_collection_is_reported() -> None:
    # the collection never given in full in the notes: the short form comes first
    notes = ["Body.", "Pryce to Tom Hale, 9 May 1917, in Hale, ed., *Letters from the Front*, 344."]
    assert short_form_findings(notes, [ENTRY]) == [2]


def test_short_letter_after_its_collection_is_not_reported() -> None:
    notes = [FULL, "Pryce to Tom Hale, 9 May 1917, in Hale, ed., *Letters from the Front*, 344."]
    assert short_form_findings(notes, [ENTRY]) == []


@pytest.mark.parametrize(
    "first",
    [
        "Joan Hale, ed., *Letters from the Front* (Leeds: Harrow Press, 1984), 3.",
        "Tom Moor to Joan Hale, 2 May 1911, in Joan Hale, ed., *Letters from the Front* "
        "(Leeds: Harrow Press, 1984), 12.",
    ],
    ids=["the collection under its editor", "another writer's letter in it"],
)
def test_short_letter_after_the_collection_by_another_is_not_reported(first: str) -> None:
    notes = [first, "Pryce to Tom Hale, 9 May 1917, in Hale, ed., *Letters from the Front*, 344."]
    assert short_form_findings(notes, [ENTRY]) == []


def test_short_letter_after_another_collection_is_reported() -> None:
    # negative: a full form of another collection does not stand for this one
    first = "Joan Hale, ed., *Songs of the Harbour* (Leeds: Harrow Press, 1984), 3."
    notes = [first, "Pryce to Tom Hale, 9 May 1917, in Hale, ed., *Letters from the Front*, 344."]
    assert short_form_findings(notes, [ENTRY]) == [2]
