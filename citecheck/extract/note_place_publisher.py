"""A colon reading that a place and its publisher could equally give: one word (perhaps
inverted with another, perhaps with a year), a colon, one word, then at most a page or a
year in brackets ("Berlin: Suhrkamp, S. 12.", "München: Beck (2003).", "Frankfurt, Main
(1970): Suhrkamp."). "Horkheimer: Dämmerung, S. 12." has the same shape, so the
reading is kept only when an earlier note cited a work by that surname: a place or a
publisher is never read as an author."""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import NAME_WORD, UPPER
from citecheck.extract.note_lone_names import EarlierWorks
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# One word, a colon, one word, then a page, pages or a year in brackets, and nothing else.
# matches "Berlin: Suhrkamp, S. 12.", "München: Beck (2003).", "Horkheimer: Dämmerung, 41",
# "Frankfurt, Main (1970): Suhrkamp.", "Frankfurt, Main 1970: Suhrkamp";
# not "Horkheimer: Lenins Materialismus, S. 176" (two words), "Max Horkheimer: Dämmerung,
# S. 12" (a given name), "Leipzig: Reclam 1990" (the year unbracketed: no reading takes it)
_ONE_WORD_EACH = lazy_compile(
    rf"""(?P<surname>{NAME_WORD})(?:,\s++[{UPPER}][\w-]*+)?
        (?:\s*+\(\s*(?:1[5-9]\d\d|20\d\d)\s*\)|\s++(?:1[5-9]\d\d|20\d\d))?
        \s*+:\s++[{UPPER}][\w-]*+
        (?:\s*+,?\s*+(?:S\.|pp?\.)?\s*+\d{{1,5}}(?:\s*+(?:ff?\.?|[-–]+\s*+\d{{1,5}}))?
          |\s*+\(\s*(?:1[5-9]\d\d|20\d\d)\s*\))?
        [\s.,;]*+""",
    re.VERBOSE,
)


def place_and_publisher(citation: NoteCitation, earlier: EarlierWorks | None) -> bool:
    """The reading is one word, a colon and one word (and a page or year), and no earlier
    note cited a work by that surname: it may be an imprint's place and publisher."""
    if len(citation.authors) != 1 or (citation.year and citation.year not in citation.text):
        return False  # "Lenin: Materialismus. … Nachdruck: Moskau 2010": details read on
    found = _ONE_WORD_EACH.fullmatch(citation.text)
    if found is None:
        return False
    return earlier is None or found.group("surname").casefold() not in earlier.writers
