"""A place of two words read as a writer's given name and surname: "New York, Dale, 1990",
"Buenos Aires, Siglo Veinte, 1990", "Tel Aviv, Am Oved, 1990", "Bad Homburg, Gehlen,
1990". Chicago 14.135 gives the city as printed, and these places open with a word no
given name is (English "New", Spanish "San", "Santa", "Los", "Las", "Buenos", Hebrew
"Tel", German "Bad"), so such a reading is an imprint's place and publisher, never a
work by a writer. The one-word places are `imprint_words`' list; a word list of two-word
places would never be complete, the opening words are a closed class."""

from __future__ import annotations

from collections.abc import Collection

from citecheck.extract.citation_patterns import NAME_WORD
from citecheck.extract.imprint_words import is_imprint_word
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# The words a place of two words opens with, which no given name is.
PLACE_OPENERS = ("New", "San", "Santa", "Los", "Las", "Buenos", "Tel", "Bad")


def known_place(place: str) -> bool:
    """A place an imprint names: a known one, or two words opening as places do ("New
    York")."""
    words = place.split()
    if not words:
        return False
    if is_imprint_word(place) or is_imprint_word(words[0]):
        return True
    return len(words) == 2 and words[0] in PLACE_OPENERS


# A place's opening word, then the word the reader took for a surname.
# matches "New York", "Buenos Aires", "San Francisco", "Tel Aviv", "Bad Homburg", "Santa
# Cruz"; not "Newman", "Tom New", "Sanna Lorde", "Badr Hassan", "St. Augustine", "Le Goff"
_PLACE_OPENING = lazy_compile(
    rf"(?:{'|'.join(PLACE_OPENERS)})\s++(?P<surname>{NAME_WORD})(?=\s*+[,:(])"
)


def place_as_writer(citation: NoteCitation) -> bool:
    """The reading's one writer is a two-word place read as given name and surname."""
    if len(citation.authors) != 1:
        return False
    found = _PLACE_OPENING.match(citation.text)
    return found is not None and found.group("surname") == citation.authors[0].surname


def imprint_word_short(citation: NoteCitation, full_writers: Collection[str]) -> bool:
    """A short form whose one writer is a place, publisher or journal (`is_imprint_word`)
    that no note names as the writer of a full form (`full_writers`, folded): "made by
    Oxford, *Dictionary of Labour*, 12", "Leeds, The Long Retreat, 41.". A short form
    stands for a work given in full (Chicago 14.29), so with no full form by that name the
    word is the imprint's or the prose's, while "Berlin, *Four Essays*, 12" stays Isaiah
    Berlin's when his full form is cited, before it or after."""
    if citation.form != "short" or len(citation.authors) != 1:
        return False
    writer = citation.authors[0]
    return is_imprint_word(writer.surname) and writer.folded not in full_writers
