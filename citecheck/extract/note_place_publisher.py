"""A colon reading that a place and its publisher could equally give: one word (perhaps
inverted with another, perhaps with a year), a colon, one word, then at most a page or a
year in brackets ("Berlin: Suhrkamp, S. 12.", "München: Beck (2003).", "Frankfurt, Main
(1970): Suhrkamp."). "Horkheimer: Dämmerung, S. 12." has the same shape, so the
reading is kept only when an earlier note cited a work by that surname: a place or a
publisher is never read as an author. The comma shape likewise when a word of it is one
imprints name ("London, Verso, p. 12." beside "Kessler, Brücke, p. 12.")."""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import NAME_WORD, UPPER
from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_lone_names import EarlierWorks
from citecheck.extract.note_patterns import GREEK_FOLLOWING
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

# The comma shape of the same: one word, a comma, one word, a comma and a page, which a
# place and its publisher give as a surname and a short title do; taken for a place and a
# publisher when either word is one imprints name (`imprint_words`: "London, Verso, p. 12",
# "Θεμέλιο, Αθήνα, σ. 12 κ.ε.", read as a writer London before).
# matches "London, Verso, p. 12.", "Frankfurt, Suhrkamp, 12 f.", "Θεμέλιο, Αθήνα, σ. 12
# κ.ε."; not "Kessler, Die Brücke, S. 12" (two words), "Hans Kessler, Brücke, S. 12" (a
# given name), "London, Verso" (no page); "Kessler, Brücke, p. 12" matches but names no
# imprint word
_ONE_WORD_COMMA = lazy_compile(
    rf"""(?P<surname>{NAME_WORD}),\s++(?P<word>[{UPPER}][\w-]*+),\s*+
        (?:Sp?\.|pp?\.|σσ?\.|σελ\.)?\s*+\d{{1,5}}
        (?:\s*+(?:ff?\.?|[-–]+\s*+\d{{1,5}}|{GREEK_FOLLOWING}))?[\s.,;]*+""",
    re.VERBOSE,
)


# A place alone, a colon, one word and a full stop: an imprint's place and publisher.
# matches "Hamburg: Nautilus. Die Zeit, 1980."; not "Jack London: Martin. …" (a given name
# first), "Hamburg: Nautilus, 1980" (no stop: the one-word shape above reads it)
_PLACE_COLON_WORD = lazy_compile(rf"{NAME_WORD}\s*+:\s++[{UPPER}][\w-]*+\.(?:\s|$)")


def _place_publisher_comma(text: str) -> re.Match[str] | None:
    found = _ONE_WORD_COMMA.fullmatch(text)
    if found is None:
        return None
    imprint = is_imprint_word(found.group("surname")) or is_imprint_word(found.group("word"))
    return found if imprint else None


def place_and_publisher(citation: NoteCitation, earlier: EarlierWorks | None) -> bool:
    """The reading is one word, a colon and one word (and a page or year), and no earlier
    note cited a work by that surname: it may be an imprint's place and publisher."""
    if len(citation.authors) != 1:
        return False
    if citation.year and citation.year not in citation.text:
        # "Lenin: Materialismus. … Nachdruck: Moskau 2010": details read on; but a place and
        # a publisher that imprints name, each one word, stay an imprint whatever follows
        # ("Berlin: Suhrkamp. Die Zeit, 12.3.1980.")
        # ("Berlin: Suhrkamp. Die Zeit, 12.3.1980."). A place imprints name opening the
        # note alone, a colon and one word is "Place: Publisher" (Chicago 14.129, DIN 1505)
        # whatever the publisher: "Hamburg: Nautilus. Die Zeit, 1980." (a paper read on).
        surname = citation.authors[0].surname
        title = citation.title.strip(" .,")
        return (
            is_imprint_word(surname)
            and " " not in citation.title.strip()
            and (is_imprint_word(title) or _PLACE_COLON_WORD.match(citation.text) is not None)
            and (earlier is None or surname.casefold() not in earlier.writers)
        )
    found = _ONE_WORD_EACH.fullmatch(citation.text) or _place_publisher_comma(citation.text)
    if found is None:
        return False
    return earlier is None or found.group("surname").casefold() not in earlier.writers
