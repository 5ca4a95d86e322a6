"""A web copy's full form set inside a sentence after a preposition, its title plain: "It is
also included in Pike, Salt Roads, trans. Tom Hale (Leeds: Dale Press, 1970), in which …"
(Markdown's "in Pike, *Salt Roads*, …", read by `note_inline_forms`, with the italics gone).

With no mark, "in Surname, Words" is as often a place and prose ("in Leeds, Dale Press
published …"): the plain title is taken only when an imprint with its place vouches for it
(`read_at` asks that of a plain title in prose), when every word of it is a title's
(capitalised, a numeral or a short joining word), and when the "surname" is no place or
publisher, of the imprint or of any imprint."""

from __future__ import annotations

from collections.abc import Callable

from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_details import says_online
from citecheck.extract.note_patterns import PERSON
from citecheck.extract.note_titles import title_words_only
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

Reader = Callable[..., NoteCitation | None]

_WINDOW = 400  # characters read after the names: a full form's title and imprint fit
_MAX_TRIED = 12  # openings tried in one segment

# "in" or "of" inside a sentence (lower case: a sentence's "In Leeds, …" opens prose), then
# a person's names, a comma and a capital.
# matches "in " before "Pike, Salt Roads", "of " before "Hale, The Harbour"; not "In Pike,
# Salt" (the sentence's first word), "in Pike, the" (lower case), "in *Capital*" (no names)
_INLINE_PLAIN = lazy_compile(rf"\b(?:of|in)\s+(?=(?-i:{PERSON}),\s+[A-Z])")

# Single capitalised words joined by commas and "and": the rest of a list of surnames, which
# a plain title after the first one cannot be told from.
# matches "Hale and Reed", "Hale, Reed & Cole"; not "Salt Roads and Mills", "The Harbour"
_SURNAME_LIST = lazy_compile(r"[A-Z][\w'’-]*+(?:(?:,\s*+|\s++(?:and|&)\s++)[A-Z][\w'’-]*+)++")


def inline_plain_full_form(
    s: str, k: int, offset: int, end: int, note: int, read_at: Reader
) -> NoteCitation | None:
    """The first work in segment `s` (from `k`) written "Surname, Plain Title" after a
    preposition, with its imprint's place; None if there is none."""
    for tried, opening in enumerate(_INLINE_PLAIN.finditer(s, k)):
        if tried == _MAX_TRIED:
            return None  # many "of Name, Words" read as no citation, in bounded time
        window = s[: opening.end() + _WINDOW]
        read = read_at(window, opening.end(), offset, offset + len(window), note, names_needed=True)
        if read is None or not read.authors or read.title_style != "plain":
            continue
        if not (read.place or (read.year and says_online(read.text))):
            continue
        if not title_words_only(read.title):
            continue  # "in Leeds, Dale Press published Salt Roads (…)": a sentence
        if _SURNAME_LIST.fullmatch(read.title):
            continue  # "the case of Pike, Hale and Reed (…)": three persons, no title
        if any(_place_or_publisher(a.surname, read) for a in read.authors):
            continue  # "the history of Leeds, Salt Roads (Leeds: Dale, 1999)": a place
        return read
    return None


def _place_or_publisher(surname: str, read: NoteCitation) -> bool:
    """The "surname" is the imprint's place or publisher, or any imprint's word."""
    return surname in read.place or surname in read.publisher or is_imprint_word(surname)
