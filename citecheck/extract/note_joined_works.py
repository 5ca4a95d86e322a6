"""Two works by two writers joined by "and" in a web copy: "Ann Vell, A Harbour, and Tom
Rudd, Another Harbour." The list reader took the first title, its article "A" without a
stop for an initial, as a third person ("Vell", "Harbour", "Rudd"), and read one work.
An initial is written with its stop (Chicago 14.73); "A" without one opening the words
between two persons is a title's article, so each writer's work is read apart."""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.note_patterns import GIVEN_PERSON
from citecheck.extract.note_reading import read_segment
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# A writer, a title opening with the article "A", "and", the next writer and a comma.
# matches "Ann Vell, A Harbour, and Tom Rudd," ("A Harbour" the first title); not "Ann
# Vell, A. Harbour, and Tom Rudd," (an initial), "Ann Vell, Bo Tan, and Tom Rudd," (three
# writers), "Ann Vell, A Harbour and Tom Rudd," (no comma before "and": one title)
_JOINED = lazy_compile(
    rf"""{GIVEN_PERSON},\s++(?P<title>A\s++[^\s,;.()][^,;()]{{0,150}}?),\s++and\s++
         (?P<second>{GIVEN_PERSON}),\s""",
    re.VERBOSE,
)


def split_joined_works(
    local: str, base: int, number: int, found: list[NoteCitation]
) -> list[NoteCitation]:
    """`found` with each reading of three or more writers that is two writers' works
    joined by "and" read again as the two (offsets from `base`, where `local` starts)."""
    result: list[NoteCitation] = []
    for citation in found:
        start, end = citation.span.start - base, citation.span.end - base
        joined = _JOINED.match(local, start, end) if len(citation.authors) >= 3 else None
        if joined is None:
            result.append(citation)
            continue
        parts = (Span(start, joined.end("title")), Span(joined.start("second"), end))
        works = [w for part in parts for w in read_segment(local, part, number, ())]
        if len(works) != 2 or any(len(w.authors) != 1 for w in works):
            result.append(citation)  # not two works by one writer each: left as read
            continue
        result.extend(_shifted(w, base) for w in works)
    return result


def _shifted(citation: NoteCitation, base: int) -> NoteCitation:
    span = Span(citation.span.start + base, citation.span.end + base)
    return replace(citation, span=span)
