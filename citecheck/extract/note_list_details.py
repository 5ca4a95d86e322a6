"""A "name list" followed by a work's details and no title: the later "persons" are a plain
title's words. A web copy drops the italics that ended the names, so "Tom Rudd, *Salt
Roads and River Towns*, London, 1990" reads "Tom Rudd, Salt Roads and River Towns, London,
1990": a person and two more ("Salt Roads", "River Towns"), then "London" for a title. A
full form gives its title before its details (Chicago 14.88-14.100: "Author, Title (Place:
Publisher, Year)", or the place and year alone, 14.132; DIN 1505-2 "Name: Titel. Ort Jahr"),
so a list that runs straight into an imprint, an editor's or translator's clause before
one, or a volume, has swallowed the title. A list followed by its title ("Tom Rudd, Ann
Lee and Joe Marks, *Salt Roads*, London, 1990") is left alone: a title stands between it and
its details.
"""

from __future__ import annotations

import re

from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_german import open_imprint_at
from citecheck.extract.note_greek import GREEK_CAPITALS
from citecheck.extract.note_patterns import PLACE_YEAR_IMPRINT
from citecheck.extract.note_plain_titles import bracket_imprint_after
from citecheck.extract.note_titles import IMPRINT_AHEAD
from citecheck.lazy_regex import lazy_compile

# A place, a comma and a year closing the work: the imprint with no publisher, as older
# notes write it (Chicago 14.132 allows the place and year alone).
# matches ", London, 1990" before ", 45" or "."; not ", London, 1990 and" (prose goes on),
# ", 1990" (no place); the word must be a place imprints name (`is_imprint_word`): a short
# title before a year ("…, Joe Marks, Tides, 1990") is no place
_PLACE_COMMA_YEAR = lazy_compile(
    rf""",\s*+(?P<place>[A-Z{GREEK_CAPITALS}][^\W\d_]*+),\s*+(?:1[5-9]\d\d|20\d\d)(?!\d)
        (?=\s*+(?:$|[.;)(\[]|,\s*+(?:(?:pp?|S|σσ?)\.\s*+)?\d))""",
    re.VERBOSE,
)

# A comma, then an imprint in brackets: "…, (London: Dale, 1990)".
# matches ", (London: Dale, 1990" ; not ", (1990)" (a year alone), " (London: …" (no comma:
# `imprint_after` takes it)
_COMMA_BRACKET_IMPRINT = lazy_compile(r",\s*+(?=\()")

# A volume, then an imprint: ", vol. 2, London: Dale, 1990", ", Bd. 2, Berlin 1998".
# matches ", vol. 2", ", Vol. II", ", Bd. 3", ", τόμ. 2"; not ", 2" (a page)
_VOLUME = lazy_compile(r",\s*+(?:vol|Vol|Bd|τόμ)\.\s*+[\dIVX]{1,4}(?=\s*+[,(])")


def details_after_list(s: str, at: int) -> bool:
    """A work's details open right at `at` (the end of a name list), no title before them:
    a place and a year, an imprint in brackets (after a comma, or after an editor, a
    translator, an edition or a volume), or a volume before either. (An open imprint,
    "Place: Publisher, Year", the caller takes after any list.)"""
    place = _PLACE_COMMA_YEAR.match(s, at)
    if place is not None and is_imprint_word(place.group("place")):
        return True
    if bracket_imprint_after(s, at):
        return True
    comma = _COMMA_BRACKET_IMPRINT.match(s, at)
    if comma is not None and IMPRINT_AHEAD.match(s, comma.end()):
        return True
    volume = _VOLUME.match(s, at)
    if volume is None:
        return False
    after = volume.end()
    return bool(
        details_after_list(s, after)
        or open_imprint_at(s, after)
        or PLACE_YEAR_IMPRINT.match(s, after)
    )
