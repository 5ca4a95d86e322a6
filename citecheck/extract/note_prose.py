"""Works a note names by the shape of its prose rather than by names, title and details:
a letter ("Max Shachtman to Martin Abern, 22 June 1933"), a review ("See Molyneux's review
of Lars T. Lih's *Lenin Rediscovered*, available online at …"), a programme or book with a
plain title after "quoted in" that an imprint vouches for ("quoted in The Corbyn Story,
aired 13 July (London: BBC Radio 4, 2016)").

`note_reading` tries these last, when a segment gave no citation the usual way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from citecheck.extract.note_details import read_details
from citecheck.extract.note_patterns import DATE, PERSON, URL, YEAR
from citecheck.model import Author, NoteCitation, Span

# A letter by its writer, addressee and date, opening the segment, a bracket or "from".
# matches "Max Shachtman to Martin Abern, 22 June 1933", "from Engels to Bebel, March 1875";
# not "Shachtman complained to Martin Abern that …" (no date after the addressee)
LETTER = re.compile(
    rf"""(?:^|(?<=[\[(])|(?<=\bfrom\s))
        (?P<writer>{PERSON})\s+to\s+(?:{PERSON}),\s+(?P<date>{DATE.pattern})""",
    re.VERBOSE,
)

# A review by its writer's possessive, at the segment's start or after "see" (a name word
# holds its "'s": the lookbehind checks it is there).
# matches "Molyneux's review of", "See Rose’s review of"; not "the review of", "Rose's view"
REVIEW = re.compile(
    rf"""(?:^|(?<=\b[Ss]ee\s))(?P<writer>{PERSON})(?<=['’]s)\s+review\s+of\s""",
    re.VERBOSE,
)

# The cue before a plain title a work is quoted from.
# matches "quoted in ", "cited in "; not "in "
_QUOTED_IN = re.compile(r"\b(?:quoted|cited)\s+in\s*$", re.IGNORECASE)

# A plain title up to a comma or a bracket, then an imprint in brackets.
# matches "The Corbyn Story, aired 13 July (London: BBC Radio 4, 2016)" (title "The Corbyn
# Story"); not "the party (London: …" (no capital), "The Story of it all."
_IMPRINTED_TITLE = re.compile(
    r"""(?P<title>[A-Z][^()*_“”",;:]{2,120}?)\s*(?:,[^()]{0,60})?
        \(\s*[A-Z][^():]{1,40}:\s[^()]{1,80}?(?:1[5-9]\d\d|20\d\d)\)""",
    re.VERBOSE,
)


def prose_work(
    s: str, k: int, offset: int, note: int, surnames: Callable[[str], Iterable[Author]]
) -> NoteCitation | None:
    """The work segment `s` (at `offset` in the note) names in prose, or None; `k` is where
    the segment's cue ends, `surnames` reads a person's surname."""
    letter = LETTER.search(s, k)
    if letter is not None:
        writer = tuple(surnames(letter.group("writer")))
        date = DATE.search(s, letter.start("date"))
        year = date.group("year") if date else ""
        return _titleless(s, letter.start(), offset, note, writer, year, "a letter")
    review = REVIEW.search(s, k)
    if review is not None:
        rest = s[review.end() :]
        years = [m.group("year") for m in YEAR.finditer(URL.sub(" ", rest))]
        if not (years or URL.search(rest)):
            return None  # "Rose's review of the book": named in passing
        writer = tuple(surnames(review.group("writer")[:-2]))  # "Molyneux's"
        # a review's year is its journal issue's, the last one given
        year = years[-1] if years else ""
        return _titleless(s, review.start(), offset, note, writer, year, "a review")
    if k and _QUOTED_IN.search(s, 0, k):
        titled = _IMPRINTED_TITLE.match(s, k)
        if titled is not None:
            details = read_details(s[titled.end("title") :])
            return NoteCitation(
                text=s[k:],
                span=Span(offset + k, offset + len(s)),
                note=note,
                form="full",
                title=titled.group("title").strip(),
                year=details.year,
                place=details.place,
                publisher=details.publisher,
                title_style="plain",
                unsure="plain title",
            )
    return None


def _titleless(
    s: str, at: int, offset: int, note: int, writer: tuple[Author, ...], year: str, kind: str
) -> NoteCitation:
    url = URL.search(s, at)
    return NoteCitation(
        text=s[at:],
        span=Span(offset + at, offset + len(s)),
        note=note,
        form="full",
        authors=writer,
        year=year,
        url=url.group(0).rstrip(".,;") if url else "",
        unsure=f"{kind}, no title",
    )
