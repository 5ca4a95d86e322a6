"""Issue 11, round 22: an imprint's "(Place, Year)" after a title is no author-date citation
(`extract/citations.py`, `_imprint_brackets`).

Constructed notes; every writer, body and place is invented. Chicago 14.128 and 14.135 give
a book's place and year in brackets after its title when the publisher is left out
("*Annual Report* (Wexcombe, 1980), 4."); the author-year reader took the place for a
writer. The brackets are an imprint's when the candidate fills them alone and the note goes
on with a page that ends the sentence (an author-date citation gives its page inside its
brackets), or with a comma after a title set off by a comma and marked.

The negatives are writers who must still be read author-date in a note's prose: after a
verb, before a number that is no page, after a quoted word in a sentence, with the page in
the brackets, after a quotation.
"""

from __future__ import annotations

import pytest

from tests.note_tables import built_from_note, web_copy

# (name, note, the surnames the author-year reader reads in the note, Markdown and web)
ROWS: list[tuple[str, str, list[str]]] = [
    (
        "a body's report, its title plain, (Place, Year), page",
        "Dockers' Union, Annual Report 1979 (Wexcombe, 1980), 4.",
        [],
    ),
    (
        "a body's report, its title italic, (Place, Year), page",
        "Dockers' Union, *Annual Report* (Wexcombe, 1980), 4.",
        [],
    ),
    (
        "a quoted title, (Place, Year), reprinted in",
        "Dockers' Union, “Our Demands” (Wexcombe, 1980), reprinted in a later pamphlet.",
        [],
    ),
    (
        "a German quoted title, (Ort, Jahr), S.",
        "Hafenpartei, „Unsere Forderungen“ (Lilienthal, 1980), S. 4.",
        [],
    ),
    (
        "negative: after a verb, the note going on",
        "As Keller argued (Keller, 1980), the strike failed.",
        ["Keller"],
    ),
    (
        "negative: before a number that is no page",
        "The strike failed (Keller, 1980), 4 dockers were fired.",
        ["Keller"],
    ),
    (
        "negative: after a quoted word inside a sentence",
        'The "strike" (Keller, 1980), as it was called, failed.',
        ["Keller"],
    ),
    (
        "negative: the page inside the brackets, two citations",
        "See (Keller, 1980, 4) and (Rendall, 1990).",
        ["Keller", "Rendall"],
    ),
]


@pytest.mark.parametrize(("name", "note", "expected"), ROWS, ids=[r[0] for r in ROWS])
@pytest.mark.parametrize("rendering", ["markdown", "web"])
def test_author_year_surnames(name: str, note: str, expected: list[str], rendering: str) -> None:
    text = note if rendering == "markdown" else web_copy(note)
    read = [a.surname for c in built_from_note(text).citations for a in c.authors]
    assert read == expected, name


@pytest.mark.parametrize(("name", "note", "expected"), ROWS, ids=[r[0] for r in ROWS])
@pytest.mark.parametrize("rendering", ["markdown", "web"])
def test_no_place_is_read_as_a_writer(
    name: str, note: str, expected: list[str], rendering: str
) -> None:
    text = note if rendering == "markdown" else web_copy(note)
    built = built_from_note(text)
    surnames = {a.surname for c in (*built.citations, *built.note_citations) for a in c.authors}
    assert not surnames & {"Wexcombe", "Lilienthal"}, name


def test_at_least_half_negatives() -> None:
    negatives = [r for r in ROWS if r[0].startswith("negative")]
    assert 2 * len(negatives) >= len(ROWS)
