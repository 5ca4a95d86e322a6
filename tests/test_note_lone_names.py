"""A surname alone as a whole note is a short form of the work an earlier note cites by
that writer (issue 11, round 3); without such a note it is read as nothing: a capitalised
word alone may be a place, a journal or prose."""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import note_citations_in
from citecheck.extract.note_lone_names import EarlierWorks
from citecheck.model import Note, Span


def read_notes(texts: list[str]) -> list[list[tuple[str, list[str]]]]:
    """(form, surnames) of each work read in each note, the notes read in order; a work
    read without author shows its title instead."""
    earlier = EarlierWorks()
    found = []
    for number, text in enumerate(texts, 1):
        note = Note(number, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
        citations = note_citations_in(text, note, earlier)
        found.append(
            [(c.form, [a.surname for a in c.authors] or [f"title: {c.title}"]) for c in citations]
        )
    return found


CASES = [
    (
        "a surname alone after the writer's full form",
        ["Kim Willsher, “Paris Riots,” *The Observer*, December 2, 2018.", "Willsher."],
        [("short", ["Willsher"])],
    ),
    (
        "a cue before the surname",
        ["Chantal Mouffe, *On the Political* (London: Routledge, 2005), 12.", "See Mouffe."],
        [("short", ["Mouffe"])],
    ),
    (
        "an apostrophe in the surname",
        ["Jim O'Brien, *The Long Strike* (Dublin: Lilliput, 1999), 4.", "O'Brien."],
        [("short", ["O'Brien"])],
    ),
    (
        "negative: no earlier note by that writer",
        ["Kim Willsher, “Paris Riots,” *The Observer*, December 2, 2018.", "Mouffe."],
        [],
    ),
    (
        "negative: a place alone, after a work published there",
        ["Chantal Mouffe, *On the Political* (London: Routledge, 2005), 12.", "London."],
        [],
    ),
    (
        "negative: a word of prose",
        ["Chantal Mouffe, *On the Political* (London: Routledge, 2005), 12.", "Indeed."],
        [],
    ),
    (
        "negative: two writers alone are no short form of one",
        ["Chantal Mouffe, *On the Political* (London: Routledge, 2005), 12.", "Mouffe and Laclau."],
        [],
    ),
]


TITLE_CASES = [
    (
        "a web copy's one-word short title after the anthology's note",
        ["Published in the new anthology, Red-Book.", "Red-Book, p. 77"],
        [("short", ["title: Red-Book"])],
    ),
    (
        "negative: a writer of that name was cited too",
        [
            "Published in the new anthology, Mandel.",
            "Ernest Mandel, *Late Capitalism* (London: Verso, 1975).",
            "Mandel, p. 77",
        ],
        [("short", ["Mandel"])],
    ),
    (
        "negative: no earlier title of that word",
        [
            "Kim Willsher, *Le Roi*, Paris: Seuil, 2015.",
            "Published in the new anthology, Red-Book.",
            "Willsher, p. 77",
        ],
        [("short", ["Willsher"])],
    ),
    # a "surname" and a page with no earlier writer or title of that word is no citation
    # (the rule reports it when the bibliography lists the surname: note_lone_surnames)
    ("negative: no earlier writer or title", ["Published in Red-Book.", "Paris, p. 77"], []),
]
CASES += TITLE_CASES


@pytest.mark.parametrize(("texts", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_lone_surname(texts: list[str], expected: list[tuple[str, list[str]]]) -> None:
    assert read_notes(texts)[-1] == expected


def test_without_the_earlier_notes_a_surname_alone_is_nothing() -> None:
    text = "Willsher."
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
    assert note_citations_in(text, note) == []
