"""A work cited before with no author is unsigned when cited again: the author carried to
it from the work before it in the same note is no writer of it.

The reader carries a writer to a title with none after it in the same group ("Stedman Jones,
*A*, …; *B*, …": the author written once for both works). That is wrong for a piece the
document has already cited without a writer: "“Mill Hands Walk Out,” *Daily Courier*, March
3, 1999." in one note, then "Cole, *Salt Roads*, 45; “Mill Hands Walk Out,” 8." later is
Cole's book and the unsigned piece again in short (Chicago 14.207, 14.29: a short form
repeats the first citation's head, so an unsigned piece stays unsigned). Read so, the piece's
short form finds its full form; with Cole carried it was a false reading, and the rules took
it for a short form of a work of Cole's never cited in full."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from citecheck.model import NoteCitation

CARRIED = "author carried from before"
AGAIN = "unsigned, as cited before"

# How many words of an unsigned title's head a short form may keep (Chicago 14.29: up to four).
_HEAD_WORDS = 4

# What a title is compared by: its words in lower case, without punctuation.
# matches "Mill", "Walk", "κράτους"; not "“", ",", "-"
_WORD = re.compile(r"\w+")


def _words(title: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(title.casefold()))


def unsigned_as_before(citations: Iterable[NoteCitation]) -> list[NoteCitation]:
    """`citations` in document order, a carried writer taken off each that cites a title an
    earlier note cited with no author."""
    unsigned: set[tuple[str, ...]] = set()  # the unsigned titles and their heads so far
    result: list[NoteCitation] = []
    for citation in citations:
        words = _words(citation.title)
        if citation.authors and CARRIED in citation.unsure and words in unsigned:
            unsure = "; ".join(
                p for p in (*citation.unsure.split("; "), AGAIN) if p and p != CARRIED
            )
            citation = replace(citation, authors=(), unsure=unsure)
        if not citation.authors and citation.form == "full" and words:
            unsigned.add(words)
            unsigned.update(words[:n] for n in range(1, min(_HEAD_WORDS, len(words) - 1) + 1))
        result.append(citation)
    return result
