"""A full form set inside a sentence after a preposition: "Luxemburg's pamphlet was a
critique of Lenin, *One Step Forward, Two Steps Back* (1904), available online", "…, in
Lukács, *Lenin*, trans. Nicholas Jacobs (Cambridge, MA: MIT Press, 1970), in which …".

"Surname, *Title*" is a citation's own shape, not prose's; inside a sentence the reader
takes it only with its publication details: an imprint (a place or a publisher), or a year
and the work's address. A year alone beside the title is a work named in passing ("a
critique of Lenin, *What Is to Be Done?* (1902), which …"), and "in" right after a work
read before is that work's container, which the segment's reading has already taken."""

from __future__ import annotations

import re
from collections.abc import Callable

from citecheck.extract.note_details import says_online
from citecheck.extract.note_inline_plain import inline_plain_full_form
from citecheck.extract.note_patterns import AVAILABLE_AT, PERSON
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

Reader = Callable[..., NoteCitation | None]

_WINDOW = 400  # characters read after the names: a full form's title and imprint fit
_MAX_TRIED = 12  # openings tried in one segment

# A comma before a title's mark.
# matches ", *", ", “", ', "'; not ",*", "; *"
_COMMA_MARK = lazy_compile(r",\s[*_“\"‘]")

# A preposition inside a sentence, then a person's names, a comma and a marked title.
# matches "of " before "Lenin, *One Step", "in " before "Lukács, *Lenin"; not "of the
# *Review*", "in *Capital*" (no names), "of Lenin's *State*"
_INLINE = lazy_compile(
    rf"""\b(?i:of|in)\s+(?=(?-i:{PERSON}),\s+[*_“"‘])""",
    re.VERBOSE,
)


def inline_full_form(
    s: str, k: int, offset: int, end: int, note: int, read_at: Reader
) -> NoteCitation | None:
    """The first work in segment `s` (from `k`) written "Surname, *Title*" after a
    preposition and given with an imprint, or a year and its address; None if there is
    none."""
    if not _COMMA_MARK.search(s, k):
        # cheap test first: the marked shape needs a comma before a marked title; a web
        # copy's plain one is vouched for by its imprint
        return inline_plain_full_form(s, k, offset, end, note, read_at) if "(" in s else None
    for tried, opening in enumerate(_INLINE.finditer(s, k)):
        if tried == _MAX_TRIED:
            return None  # a sentence of many "of Name, *…*" reads as no citation, in bounded time
        # the work and its imprint stand near the names: a bounded window keeps a long
        # sentence of such names linear
        window = s[: opening.end() + _WINDOW]
        read = read_at(window, opening.end(), offset, offset + len(window), note, names_needed=True)
        if read is None or not read.authors or read.title_style not in ("italic", "quoted"):
            continue
        if any(a.surname in read.place for a in read.authors):
            continue  # "the history of Leeds, *Salt Roads* (Leeds: Dale, 1999)": a place
        # the address, or the words a copy without it keeps ("…, available online here")
        addressed = read.url or AVAILABLE_AT.search(window, opening.end()) or says_online(read.text)
        if read.place or read.publisher or (read.year and addressed):
            return read
    return inline_plain_full_form(s, k, offset, end, note, read_at) if "(" in s else None
