"""A surname alone as a whole note ("Willsher.", "See Willsher."): the shortest short form,
for the work by that writer cited in an earlier note. Alone, a capitalised word is as
likely a place, a journal or a word of prose ("London.", "Jacobin.", "Indeed."), so it is
read only when an earlier note of the document cites a work by that surname: the reader
remembers the writers of the works read so far (`remember`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from citecheck.extract.citation_patterns import UPPER
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, Note, NoteCitation, Span

# A note that is one surname, perhaps after "See" or "Cf.", and a full stop.
# matches "Willsher.", "See Willsher.", " Cf. Mouffe", "O'Brien."; not "Willsher, 45."
# (read as a short form with a page), "London, 2015.", "Ibid.", "Willsher and Smith."
_LONE_SURNAME = lazy_compile(
    rf"""\s*(?:(?i:see|cf\.)\s+)?(?P<surname>[{UPPER}][^\W\d_]*(?:['’-][{UPPER}]?[^\W\d_]+)?)
        \s*\.?\s*""",
    re.VERBOSE,
)

# How many writers a document's notes remember: a bound that keeps the map small.
MAX_REMEMBERED = 5_000


def lone_surname(
    text: str, note: Note, earlier: Mapping[str, tuple[Author, ...]]
) -> NoteCitation | None:
    """The short form a note of one surname gives, when an earlier note cited that writer
    (`text` is the note's text; the span is the note's)."""
    found = _LONE_SURNAME.fullmatch(text)
    if found is None:
        return None
    authors = earlier.get(found.group("surname").casefold())
    if authors is None:
        return None
    start = found.start("surname")
    return NoteCitation(
        text=text[start:].strip(),
        span=Span(note.text_span.start + start, note.text_span.end),
        note=note.number,
        form="short",
        authors=authors,
        unsure="a surname alone; the writer of an earlier note's work",
    )


def remember(earlier: dict[str, tuple[Author, ...]], citations: Iterable[NoteCitation]) -> None:
    """Adds the writers of the works read (a work, with a title or a year) to `earlier`."""
    for citation in citations:
        if not citation.authors or not (citation.title or citation.year):
            continue
        first = citation.authors[0]
        if len(earlier) < MAX_REMEMBERED:
            earlier.setdefault(first.surname.casefold(), (first,))
