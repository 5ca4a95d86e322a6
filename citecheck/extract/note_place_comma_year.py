"""An imprint written "Place, Year" after a title: "Tom Vell, The City and the Strike,
London, 1990, p. 12." (issue 11).

Older English notes, and many web pages, give a book's place and year with a comma between
them and no publisher. After a plain title (a web copy's, its italics gone) the reader took
neither for an imprint, and a full form set in prose was lost; the Markdown, its title
marked, was read. A capitalised word and a year after a comma are as often prose ("the
strike spread to Leeds, 1990"), so the place must be one a note puts before a year (the
imprint words of `imprint_words`), and it must stand right after the title.
"""

from __future__ import annotations

import re

from citecheck.extract.imprint_words import is_imprint_word
from citecheck.lazy_regex import lazy_compile

# A comma, a place of one to three capitalised words, a comma and a year closing its part.
# matches ", London, 1990", ", Oxford, 1974"; not ", London: Verso, 1990" (a publisher:
# the imprint readers'), ", London, 1990–95", ", 1990"
_PLACE_COMMA_YEAR = lazy_compile(
    r"""\s*+,\s*+(?P<place>[A-Z][\w'’.-]*+(?:\s++[A-Z][\w'’.-]*+){0,2}),\s*+
        (?P<year>1[5-9]\d\d|20\d\d)(?![\d–-])""",
    re.VERBOSE,
)


def place_comma_year(text: str, at: int = 0) -> tuple[str, str] | None:
    """The place and year of a "Place, Year" imprint right at `at`, or None."""
    found = _PLACE_COMMA_YEAR.match(text, at)
    if found is None or not is_imprint_word(found.group("place")):
        return None
    return found.group("place"), found.group("year")
