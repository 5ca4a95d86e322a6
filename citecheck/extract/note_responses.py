"""A writer's response to a questionnaire or a symposium, cited by the writer: "Jaleh
Mansoor, response to “A Questionnaire on ‘The Contemporary,’” 105", "Okwui Enwezor's
response to “…,” 36". The response has no title of its own, so the title kept is the one it
answers (as a review keeps the reviewed book's: `note_reviews`); the writer is the author.

A page or publication details must follow the title: "Mansoor's response to “…” was sharp"
is prose, not a citation."""

from __future__ import annotations

import re

from citecheck.extract.note_details import read_details
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_parts import build_citation, form_of
from citecheck.extract.note_patterns import MARKED_TITLE, PERSON, marked_style
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# What a response's reading says of its title: the rules read it (the work answered may be
# given in full under its own author, the questionnaire's editor).
RESPONSE_TITLE = "a response: the title it answers"

# The writer (a comma, or a possessive), a kind of reply, "to", then the marked title.
# matches "Jaleh Mansoor, response to “", "Okwui Enwezor's response to \"", "Ann Lee, reply
# to *"; not "a response to “" (no writer), "Mansoor responded to “" (a verb: prose),
# "Lee, reply to Tan" (a person answered, no title)
_RESPONSE = lazy_compile(
    rf"""(?P<names>{PERSON}(?:\s+(?:and|&)\s+{PERSON})?)(?:,\s+|(?<=['’]s)\s+)
        (?i:response|reply|answer|contribution)\s+to\s+(?=[*_“"‘])""",
    re.VERBOSE,
)

# A page right after the title, then the segment's end (or a short remark after a stop).
# matches ", 105.", " 36. Italics mine.", ", pp. 3-4"; not " was sharp", ", and others"
_PAGE_AFTER = lazy_compile(
    r"[,\s]\s*(?:(?:pp?|(?-i:Sp?))\.\s*)?(?P<pages>\d{1,4}(?:\s*(?:-+|–)\s*\d{1,4})?)\s*(?:[.;]|$)"
)


def response_work(s: str, k: int, offset: int, end: int, note: int) -> NoteCitation | None:
    """The response opening the segment at `k`, or None."""
    response = _RESPONSE.match(s, k)
    names = response.group("names") if response else ""
    names = names.removesuffix("'s").removesuffix("’s")  # a surname takes its possessive
    if response is None or not plausible_names(names):
        return None
    title = MARKED_TITLE.match(s, response.end())
    if title is None:
        return None
    details = read_details(s[title.end() :])
    page = _PAGE_AFTER.match(s, title.end())
    if not (details.published or page):
        return None  # "Mansoor's response to “…” was sharp": named in passing
    text = next(g for g in title.groups() if g).strip(" ,.")
    authors = tuple(surnames(names))
    unsure = [RESPONSE_TITLE]
    return build_citation(
        s,
        k,
        offset,
        end,
        note,
        form_of(details),
        authors,
        text,
        marked_style(title),
        details,
        unsure,
    )
