"""A web copy's short form before a sentence of the writer's own (issue 11).

"Kessel, *Harbour Lights*. Quoted in the *Leeds Courier*, 2 May 1921." A web page's copy
drops the emphasis: "Kessel, Harbour Lights. Quoted in …". Then "Kessel, Harbour Lights."
has the shape of a bibliography's inverted name (a surname, given names, a full stop:
Chicago 14.67's entry form), and the reader reads on into the next sentence for the work's
title and details, so the work is lost or the sentence is taken for its title ("Kessel was
then living in London (1920–22)" read as a work of 1920). When an earlier note cited a work
of that writer whose title opens with those words, they are that work's short title
(Chicago 14.32): the note opens with its short form, and the next sentence is the writer's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_lone_names import SHORT_FORM_SURNAME, EarlierWorks, known_head
from citecheck.extract.note_patterns import LATER_DETAILS, later_year
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Note, NoteCitation, Span

# A note's first sentence of a surname, a comma and a plain title of capitalised words,
# with a sentence after it.
# matches "Kessel, Harbour Lights. Quoted …", "See Kessel, Harbour Lights. The …"; not
# "Kessel, Harbour Lights." (no sentence after: the core reader's), "Kessel, Harbour
# Lights, 44. …" (a page: the core reader's), "Kessel, *Harbour Lights*. …" (marked)
_SHORT_THEN_SENTENCE = lazy_compile(
    rf"""\s*(?:(?i:see(?:\s+also)?|cf\.)\s+)?
        (?P<surname>{SHORT_FORM_SURNAME})
        ,\x20(?P<title>[{UPPER}\d][^\W_]*+(?:\x20[^\W_][^\W_]*+){{0,7}})
        \.\s+(?=[^\W\d_]|[“"‘(])""",
    re.VERBOSE,
)

# How far into the next sentence its first detail may stand for the sentence to be the
# work's details (a place and its colon or year, an edition, an address).
_DETAILS_REACH = 80

_UNSURE = "plain title; the head of an earlier work's title by this writer"


def known_short_title_first(
    text: str,
    base: int,
    note: Note,
    earlier: EarlierWorks,
    found: list[NoteCitation],
    read: Callable[[str, int], list[NoteCitation]],
) -> list[NoteCitation]:
    """`found` (the readings of the note `text`, which starts at `base`), with the note's
    first sentence read as a short form when it is a writer's surname and the head of a
    title of theirs an earlier note read. Readings that started inside that sentence ran
    on from it: the rest of the note is read again by `read` (a note reader: text and note
    number to readings) on its own."""
    opening = _SHORT_THEN_SENTENCE.match(text)
    if opening is None:
        return found
    title = opening.group("title")
    writer = opening.group("surname").casefold()
    authors = earlier.writers.get(writer)
    if authors is None or not known_head(earlier, title, writer):
        return found
    if any(c.title.casefold() == title.casefold() for c in found):
        return found  # read already
    start, end = opening.start("surname"), opening.end("title") + 1
    reading = NoteCitation(
        text=text[start:end],
        span=Span(base + start, base + end),
        note=note.number,
        form="short",
        authors=authors,
        title=title,
        title_style="plain",
        unsure=_UNSURE,
    )
    if _details_follow(text, opening.end()):
        # "Kessel, Harbour Lights. Leeds: Dale Press, 1921.": its own details read on, as
        # the Markdown's "Kessel, *Harbour Lights*. Leeds: …" reads them
        end = _sentence_end(text, opening.end())
        reading = replace(
            reading,
            text=text[start:end].rstrip(),
            span=Span(base + start, base + end),
            form="full",
            year=later_year(text, opening.end(), end),
            unsure=f"{_UNSURE}; details read on",
        )
    kept = [c for c in found if c.span.start >= base + end]
    if len(kept) == len(found):
        return [reading, *kept]
    rest = [
        replace(c, span=Span(c.span.start + base + end, c.span.end + base + end))
        for c in read(text[end:], note.number)
    ]
    return [reading, *rest]


def _details_follow(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens with a work's details: a place with its colon
    or year, an address, perhaps after an edition ("2nd ed. London, 1921."). Prose has a
    lower-case word before its first year ("Quoted in the Leeds Courier, 2 May 1921")."""
    detail = LATER_DETAILS.search(text, start, min(len(text), start + _DETAILS_REACH))
    if detail is None:
        return False
    words = text[start : detail.start()].split()
    return all(w[:1].isupper() or w[:1].isdigit() or w.endswith(".") for w in words)


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence at `start` ends: after its full stop and the space after it, or
    at the text's end."""
    stop = text.find(". ", start)
    return len(text) if stop < 0 else stop + 2
