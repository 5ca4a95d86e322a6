"""A periodical's piece with no writer named, set after a prose lead-in: "Compare the
minutes … with the editorial “Die Arbeiterschaft und der Krieg,” *Rheinische Volkszeitung*,
14 October 1911", "… in a podcast interview: “After the Wall with Sarah Whitcombe,” *The
Long Haul* (podcast), episode 87, December 2022, https://…". Chicago cites an unsigned
newspaper piece or a broadcast by its title (14.191, 14.206); the truth set reads it with no
author.

The evidence is the periodical's name right after the title and a date (a day, a month and
a year, or a month and a year), or a journal's issue (`note_evidenced.work_after`); the
lead-in only says where the title starts: after a colon, or after a word naming an unsigned
piece ("the editorial", "the leader", "the unsigned"). The title must open with a capital (a
quotation in prose need not), and the periodical is no place ("…,” London, 4 May 1917" is a
slogan and where it was heard)."""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_details import read_details
from citecheck.extract.note_evidenced import MONTH, work_after
from citecheck.extract.note_patterns import MARKED_TITLE, marked_style
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# Where the title starts: a colon after prose, or a word naming an unsigned piece.
# matches "interview: " before "“After", "the editorial " before "“Die", "the unsigned
# leader ", "the unsigned "; not "Consciousness: " (a title's own colon before its
# subtitle), "the article by " (a writer follows), "editorial " without "the" or "an"
_LEAD = lazy_compile(
    r"""(?:(?<![\w'’-])[a-z][a-z]*+:\s++
        |\b(?:the|an?)\s++(?:unsigned\s++(?:[a-z]++\s++)?
          |(?:editorial|leader|leading\s+article|communiqu[eé]|statement|announcement|notice)\s++))
        (?=[“"‘*_])""",
    re.VERBOSE,
)

# The periodical after the title, then within a few words its date.
# matches ", *Rheinische Volkszeitung*, 14 October 1911", " *The Long Haul* (podcast),
# episode 87, December 2022", " Tribune, May 4, 1990"; not ", London, 4 May 1917" (checked
# apart: a place), ", carried on 4 May 1917" (lower case), ", *Tribune*" (no date)
_PERIODICAL_DATE = lazy_compile(
    rf"""[\s,]*+(?P<paper>[*_]?(?:The\s+)?[{UPPER}][^\W\d_]*+(?:\s++[{UPPER}][^\W\d_]*+){{0,4}}[*_]?)
        (?:\s*+\([a-z]++\))?,\s++(?:[\w.]++\s++\d{{1,4}},\s++)?
        (?P<date>(?:\d{{1,2}}\s++)?{MONTH}\s++(?:\d{{1,2}},\s++)?(?P<year>1[6-9]\d\d|20\d\d))\b""",
    re.VERBOSE,
)


def lead_title(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    """The unsigned piece after a lead-in in the segment, from `k`; or None."""
    if ":" not in s and "the " not in s and "an " not in s:
        return None  # cheap test first
    for lead in _LEAD.finditer(s, k):
        title = MARKED_TITLE.match(s, lead.end())
        if title is None:
            continue
        name = next(g for g in title.groups() if g).strip(" ,.")
        if not name[:1].isupper():
            continue  # a quotation in prose
        unsure = "no author; a periodical's piece after a lead-in"
        issue = work_after(s, title.start(), title.start(), start, end, note, (), unsure)
        if issue is not None and not (issue.place and lead.group().endswith(": ")):
            # "the unsigned “…,” *Harbour Review*, no. 8 (1990)"; after a colon a
            # periodical's, not an imprint (a book's subtitle may follow a title's colon)
            return issue
        found = _PERIODICAL_DATE.match(s, title.end())
        if found is None:
            continue
        paper = found.group("paper").strip("*_ ")
        if is_imprint_word(paper.split()[-1]):
            continue  # "“Bread and Peace,” London, 4 May 1917": a place, no periodical
        details = read_details(s[title.end() :])
        return NoteCitation(
            text=s[title.start() :],
            span=Span(start + title.start(), end),
            note=note,
            form="full",
            title=name,
            year=found.group("year"),
            container=paper,
            url=details.url,
            pages=details.pages,
            title_style=marked_style(title),
            unsure=unsure,
        )
    return None
