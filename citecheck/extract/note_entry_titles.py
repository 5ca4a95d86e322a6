"""A web copy's plain title in a Chicago author-date entry written into a note (Chicago
15.9, 15.38): "Pike, Joan. [1951] 1999. Harbours, the Quiet State. Leeds: Dale Press."

The entry's parts are sentences: the inverted name, the year (a reprint's original year in
square brackets before it), the title, then the imprint "Place: Publisher." closing the
entry. With the italics gone the title is every word between the year's full stop and the
imprint's sentence, commas, colons, a question mark and inner full stops included ("Who
Is Left? An Interview with Ada Kell"). Bounded by the imprint, not by its own commas: the
general plain-title reader stops at a comma ("Harbours" of "Harbours, the Quiet State")
and took a reprint's given name for the title ("Jeremy").

Only when the names are an inverted person's with a year between full stops (the caller's
`_INVERTED_YEAR`) and the imprint sentence ends the segment, and the title is in headline
case or shows a subtitle: "Paris, France. 1968. The events began in May. London: Verso."
is a place, a year and a sentence (a title in sentence case without a subtitle, "Reiner's
untimeliness", is left to the general reader).
"""

from __future__ import annotations

import re

from citecheck.extract.note_names import surnames
from citecheck.extract.note_titles import title_case
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation, Span

# After the year's full stop: a plain title (no mark first: a marked one is read as such),
# its last stop (".", or its own "?" or "!"), then "Place: Publisher." to the segment's end.
# The place is up to three capitalised words ("Cambridge, MA", "New York"), the publisher
# capitalised words with no sentence end.
# matches " Harbours, the Quiet State. Leeds: Dale Press.", " Who Is Left? An Essay.
# Durham: Dale.", " Reiner's untimeliness. Cambridge, MA: MIT Press."; not " *Harbours*.
# Leeds: Dale." (marked), " Harbours. Leeds, 1999." (no publisher), " Harbours. See
# Leeds: a city." (lower case after the colon), " Harbours; Leeds: Dale." (another group)
_ENTRY_TITLE = lazy_compile(
    r"""\s++(?P<title>[^\s*_“"‘«„;][^;]{0,300}?)(?:[.]|(?<=[?!]))
        \s++(?P<place>[A-Z][\w/'’-]*+(?:,?\s++[A-Z][\w/.'’-]*+){0,2}):\s++
        (?P<publisher>[A-Z][^.;:?!]{0,80}+)\.?\s*+$""",
    re.VERBOSE,
)

# A subtitle after a colon or a title's own question: a sentence has neither.
# matches ": Die Erinnerungen", "? An Interview"; not ", and the city", ": a note"
_SUBTITLED = lazy_compile(r"[:?!]\s+[A-Z]")

# A co-author after the inverted first one: "Pike, Joan, and Tom Hale".
# matches ", and Tom Hale", " & Tom Hale"; not ", Joan"
_CO_AUTHOR = lazy_compile(r",?\s+(?:and|&)\s+(?P<person>.+)$")


def entry_title_reading(
    s: str, k: int, names: str, names_end: int, year: str, offset: int, note: int
) -> NoteCitation | None:
    """The entry read from its plain title and imprint sentence, `s` being the segment (at
    `offset` in the note), its names from `k` on and the year's full stop ending at
    `names_end`; or None."""
    found = _ENTRY_TITLE.match(s, names_end)
    if found is None:
        return None
    title = found.group("title").strip()
    if not (title_case(title) or _SUBTITLED.search(title)):
        # "Paris, France. 1968. The events began in May. London: Verso." is a place, a
        # year and a sentence; a title in sentence case needs its subtitle to show it
        return None
    authors = _authors(names)
    if not authors:
        return None
    end = len(s[: found.end()].rstrip())
    return NoteCitation(
        text=s[k:end],
        span=Span(offset + k, offset + end),
        note=note,
        form="full",
        authors=authors,
        title=title,
        year=year,
        place=found.group("place"),
        publisher=found.group("publisher").strip(),
        title_style="plain",
        unsure="inverted names; plain title; year after the names; title to the imprint",
    )


def _authors(names: str) -> tuple[Author, ...]:
    """The inverted first author's surname, then any co-author's."""
    first = names.split(",")[0]
    co = _CO_AUTHOR.search(names)
    found = tuple(surnames(first))
    return found + (tuple(surnames(co.group("person"))) if co else ())
