"""Spanish "en", French "dans" and Portuguese "em" open a part's book as "in" does (issue
11, twenty-fifth round).

A chapter cited in its edited book, "Gonzalo Vela, "De amnistías", en *Memoria de un país*,
ed. Mario Peña (Bogotá: Planeta, 2001), 239.", after a lead-in of prose ("Por ejemplo: …")
was read as the book by its editor (Peña's *Memoria de un país*), and its web copy as
nothing: "in" alone told the reader that a book holding a part follows a title, and the
chapter's writer in prose needed that word to vouch for the work. Without the lead-in the
chapter was read, its book not. Now "en", "dans" and "em" count where "in" does: after a
title (the part's book, Chicago 14.107), before a title in prose (not a title with no
writer), and after a word of prose before an edited book ("reunidos en *Obras*, ed. …").
The imprint that vouches for a part after a lead-in may hold a publisher of up to 160
letters (a Colombian university's institute and the university, 95), not 80.

The direction came from the real notes read whole (a Spanish article's chapters in edited
books); the notes here are invented. Half the rows are negatives: "en" before a year or a
place, a writer in prose with no title of the part, an edited book after a verb (read as
the book, as before).
"""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import note_citations_in
from citecheck.model import Note, Span

# (case, note, writer, title, container)
READ = [
    ("Spanish, after a lead-in", 'Por ejemplo: Gonzalo Vela, "De amnistías", en *Memoria de un país*, ed. Mario Peña (Bogotá: Planeta, 2001), 239.', "Vela", "De amnistías", "Memoria de un país"),
    ("Spanish, a web copy after prose", 'Para una reflexión del momento Carlos Ortíz Sarmiento, "Historiografía de la violencia", en La historia al final del milenio, ed. Bernardo Zambrano (Bogotá: Universidad Nacional, 1994), 371.', "Sarmiento", "Historiografía de la violencia", ""),
    ("Spanish, the book read as the container", 'Gonzalo Vela, "De amnistías", en *Memoria de un país*, ed. Mario Peña (Bogotá: Planeta, 2001), 239.', "Vela", "De amnistías", "Memoria de un país"),
    ("Spanish, a publisher of ninety letters", 'Por mencionar dos ejemplos: Gonzalo Vela, "De amnistías", en *Memoria de un país*, ed. Mario Peña (Bogotá: Instituto de Estudios Políticos y Relaciones Internacionales, Universidad Nacional de Colombia, 2001), 239.', "Vela", "De amnistías", "Memoria de un país"),
    ("French, the book read as the container", "Voir Jean Vale, « Le port », dans *Les villes du nord*, éd. Anne Roe (Paris : Seuil, 1990), 12.", "Vale", "Le port", "Les villes du nord"),
]  # fmt: skip

# (case, note, what is read: (writer, title, container) or None for nothing)
AS_BEFORE = [
    ("'en' before a year", "Gonzalo Vela publicó en 1990 su libro.", None),
    ("'en' before a place", 'Gonzalo Vela, "De amnistías", en Bogotá, 2001.', ("Vela", "De amnistías", "")),
    ("a writer in prose, no part named", "Como dice Gonzalo Vela, en *Memoria de un país* (Bogotá: Planeta, 2001), 239.", None),
    ("a bracket with a colon, no imprint", 'For two examples: Gonzalo Vela, "De amnistías", in *Memoria de un país* (note: the strike of the dockers, the farmers and the weavers of the northern ports and valleys, 2001), 239.', None),
    ("an edited book after a verb", "La obra aparece en *Memoria de un país*, ed. Mario Peña (Bogotá: Planeta, 2001), 239.", ("Peña", "Memoria de un país", "")),
]  # fmt: skip


def _read(text: str) -> list[tuple[str, str, str]]:
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)), "1")
    return [
        (c.authors[0].surname if c.authors else "", c.title, c.container)
        for c in note_citations_in(text, note)
    ]


@pytest.mark.parametrize(
    ("case", "text", "writer", "title", "container"), READ, ids=[r[0] for r in READ]
)
def test_the_part_is_read_in_its_book(
    case: str, text: str, writer: str, title: str, container: str
) -> None:
    assert _read(text) == [(writer, title, container)]


@pytest.mark.parametrize(("case", "text", "expected"), AS_BEFORE, ids=[r[0] for r in AS_BEFORE])
def test_other_uses_of_the_word_are_read_as_before(
    case: str, text: str, expected: tuple[str, str, str] | None
) -> None:
    assert _read(text) == ([expected] if expected else [])
