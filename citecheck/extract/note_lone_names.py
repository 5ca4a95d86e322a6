"""What a note means by one word, given the notes before it. A surname alone as a whole
note ("Willsher.", "See Willsher."): the shortest short form, for the work by that writer
cited in an earlier note. Alone, a capitalised word is as likely a place, a journal or a
word of prose ("London.", "Jacobin.", "Indeed."), so it is read only when an earlier note
of the document cites a work by that surname. And a web copy's one-word short title and
page ("K-Punk, p. 770", its emphasis gone) reads like a surname and a page: it is the
title when an earlier note cites a work of that title and no writer of that name. The
reader remembers the writers and titles of the works read so far (`EarlierWorks`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

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

# How many writers and titles a document's notes remember: a bound that keeps them small.
MAX_REMEMBERED = 5_000


@dataclass
class EarlierWorks:
    """The writers (by folded surname) and titles (folded) of the works read in the notes
    so far; `find_note_citations` fills it as it reads the notes in order."""

    writers: dict[str, tuple[Author, ...]] = field(default_factory=dict)
    titles: set[str] = field(default_factory=set)
    # abbreviations a note defines for its work ("im Folgenden zitiert als: MEW") -> title
    abbreviations: dict[str, str] = field(default_factory=dict)


def lone_surname(text: str, note: Note, earlier: EarlierWorks) -> NoteCitation | None:
    """The short form a note of one surname gives, when an earlier note cited that writer
    (`text` is the note's text; the span is the note's)."""
    found = _LONE_SURNAME.fullmatch(text)
    if found is None:
        return None
    authors = earlier.writers.get(found.group("surname").casefold())
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


def title_for_surname(citation: NoteCitation, earlier: EarlierWorks) -> NoteCitation:
    """A short form of one "surname" and a page whose surname is an earlier work's title
    (and no earlier writer's name) is that title, without author: "K-Punk, p. 770"."""
    if citation.form != "short" or citation.title or len(citation.authors) != 1:
        return citation
    name = citation.authors[0].surname
    if name.casefold() not in earlier.titles or name.casefold() in earlier.writers:
        return citation
    unsure = "; ".join(p for p in (citation.unsure, "an earlier work's title, not a surname") if p)
    return replace(citation, authors=(), title=name, title_style="plain", unsure=unsure)


def remember(earlier: EarlierWorks, citations: Iterable[NoteCitation]) -> None:
    """Adds the writers and titles of the works read (a work, with a title or a year)."""
    for citation in citations:
        if citation.title and len(earlier.titles) < MAX_REMEMBERED:
            earlier.titles.add(citation.title.casefold())
        if not citation.authors or not (citation.title or citation.year):
            continue
        first = citation.authors[0]
        if len(earlier.writers) < MAX_REMEMBERED:
            earlier.writers.setdefault(first.surname.casefold(), (first,))
