"""An unsigned piece named by its kind in a note's prose, then its quoted title, its paper
or programme and its date or address: "Compare the minutes with the editorial “Title,”
*Paper*, 14 October 1911.", "… in a podcast interview: “Title,” *Programme* (podcast),
episode 87, December 2022, https://…". Chicago 14.207 (unsigned newspaper pieces: title,
paper, date) and 14.267 (podcasts: title, programme, date, address). The note opens the
work with prose, so the reader's start (a cue, the segment's start) is not there.

Read only when a word naming the kind of piece stands right before the quoted title (an
article before it: "the editorial", "a podcast interview:"), and a date with its month
or an address follows the title: a quotation in prose ("the editorial “line” of the
paper") or a title and a place and a year ("“Jobs,” London, 1911") is no such work. The
piece has no author: the truth set's convention for unsigned works."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from citecheck.extract.note_patterns import DATE, URL
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# An article, perhaps a modifier, a word naming a kind of piece, perhaps a colon, then the
# opening quote of its title.
# matches "the editorial " before “, "a podcast interview: " before “, "the unsigned
# leader " before ", "an episode " before "; not "the editor " (a person), "the word " (a
# quotation), "editorial " (no article: the segment's start reads it)
_KIND_BEFORE_TITLE = lazy_compile(
    r"""\b(?i:the|an?|its|their|this|that)\s++
        (?i:(?:unsigned|anonymous|leading|front-page|weekly|radio|television|tv)\s++)?
        (?i:editorial|leader|leading\s++article|column|notice|obituary|leaflet|broadsheet
           |episode|broadcast|programme|program|podcast(?:\s++(?:episode|interview|conversation))?
           |radio\s++interview)
        \s*+:?\s*+(?=[“"])""",
    re.VERBOSE,
)

Reader = Callable[..., NoteCitation | None]


def unsigned_in_prose(
    s: str, k: int, offset: int, end: int, note: int, read_at: Reader
) -> NoteCitation | None:
    """The unsigned piece the prose of segment `s` (from `k`) names by its kind and quoted
    title, with a dated or addressed source after it; None otherwise."""
    if "“" not in s and '"' not in s:
        return None  # cheap test first: the title is quoted
    found = _KIND_BEFORE_TITLE.search(s, k)
    if found is None:
        return None
    at = found.end()
    read = read_at(s[at:], 0, offset + at, end, note)
    if read is None or read.authors or not read.title or not read.year:
        return None
    title_at = read.text.find(read.title)
    after = read.text[title_at + len(read.title) :] if title_at >= 0 else ""
    if not (DATE.search(after) or URL.search(after)):
        return None  # "“Jobs,” London, 1911": a place and a year, not a paper and a date
    unsure = "; ".join(p for p in (read.unsure, "an unsigned piece named in prose") if p)
    return replace(read, unsure=unsure)
