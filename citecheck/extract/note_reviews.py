"""A review cited by its writer (Chicago 14.215): "Helena Stroud, review of *The Glass
Archive*, by Peter Vance, *Review of Letters* 14, no. 2 (2016): 88--90". The work cited is
the review, so its writer is the author; the reviewed book's writer, after ", by", is not.
The title kept is the reviewed book's (a review has none of its own)."""

from __future__ import annotations

import re

from citecheck.extract.note_details import read_details
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_parts import build_citation, form_of
from citecheck.extract.note_patterns import PERSON
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# The reviewer, "review of", the reviewed title (marked, or a web copy's plain words up to
# ", by" or a bracket), then the reviewed book's writer.
# matches "Helena Stroud, review of *The Glass Archive*, by Peter Vance", "Ann Lee and Bo
# Tan, review of The Glass Archive, by Peter Vance"; not "Stroud reviewed *The Glass
# Archive*", "a review of *The Glass Archive*" (no reviewer)
_REVIEW = lazy_compile(
    rf"""(?P<names>{PERSON}(?:\s+(?:and|&)\s+{PERSON})?),\s+(?i:review)\s+of\s+
        (?:\*{{1,2}}(?P<italic>[^*]+?)\*{{1,2}}|“(?P<quoted>[^”]+)”|"(?P<ascii>[^"]+)"
           |(?P<plain>[A-Z][^()*_“”\";]{{1,200}}?)(?=,\s+by\s|\s*\())
        (?:,\s+by\s+{PERSON}(?:\s+(?:and|&)\s+{PERSON})?)?""",
    re.VERBOSE,
)


def review_work(s: str, k: int, offset: int, end: int, note: int) -> NoteCitation | None:
    """The review opening the segment at `k`, or None."""
    review = _REVIEW.match(s, k)
    if review is None or not plausible_names(review.group("names")):
        return None
    details = read_details(s[review.end() :])
    if not details.published:
        return None  # a review named without its journal or date is prose
    style = "plain" if review.group("plain") else "italic" if review.group("italic") else "quoted"
    title = next(review.group(g) for g in ("italic", "quoted", "ascii", "plain") if review.group(g))
    authors = tuple(surnames(review.group("names")))
    unsure = ["a review: the reviewed work's title"]
    return build_citation(
        s,
        k,
        offset,
        end,
        note,
        form_of(details),
        authors,
        title.strip(" ,."),
        style,
        details,
        unsure,
    )
