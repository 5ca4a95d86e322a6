"""A surname and the number of the note that cited the work in full, as German humanities
notes write a short form: "Wendel (wie Anm. 3), S. 12.", "Wendel (Fn. 3), S. 12", "Wendel,
a. a. O. (Anm. 3)" is op. cit. already. The back-reference names no title, so the note is
read only when an earlier note cited a work by that surname (as a lone surname is,
`note_lone_names`): "Berlin (wie Anm. 3), S. 12" is then no one's work."""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_lone_names import EarlierWorks, earlier_writers_short_form
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Note, NoteCitation

# A whole note: perhaps "Vgl.", a surname, the bracketed back-reference, perhaps a page.
# matches "Wendel (wie Anm. 3), S. 12.", "Vgl. Wendel (Fn. 3), S. 12 f.", "Wendel (s. Anm.
# 12)", "Wendel (wie Fußnote 3)"; not "Wendel (1999), S. 12" (author-date), "Wendel, S. 12"
# (no back-reference), "Anm. 3" (no surname)
_BACK_REFERENCE = lazy_compile(
    rf"""\s*(?:(?i:vgl\.|siehe|see|cf\.)\s+)?
        (?P<surname>[{UPPER}][^\W\d_]*+(?:-[{UPPER}][^\W\d_]*+)?)
        \s*+\(\s*(?:(?i:wie|s\.|siehe|vgl\.)\s+)?(?:Anm|Fn|FN|Fußnote|Note)\.?\s*\d{{1,4}}\s*\)
        (?:\s*+,\s*+(?P<pages>S\.\s*\d{{1,5}}(?:\s*(?:ff?\.?|[-–]+\s*\d{{1,5}}))?))?
        \s*+\.?\s*+""",
    re.VERBOSE,
)


def back_referenced(text: str, note: Note, earlier: EarlierWorks) -> NoteCitation | None:
    """The short form a whole note of a surname and a back-reference gives, when an earlier
    note cited a work by that surname; None otherwise."""
    if "(" not in text:
        return None  # cheap test first
    found = _BACK_REFERENCE.fullmatch(text)
    if found is None:
        return None
    return earlier_writers_short_form(
        found,
        text,
        note,
        earlier,
        pages=(found.group("pages") or "").strip(),
        unsure="a surname and the note that cited the work",
    )
