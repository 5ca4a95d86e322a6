"""A short title between a writer and "a. a. O." read as persons (`note_work` reads
"Lanz, Krise und Form, a. a. O., S. 44" as three writers, "Lanz", "Krise" and "Form").

German notes refer back with the writer, a short title and "a. a. O." (am angegebenen Ort:
the work cited before). A back-reference names writers an earlier note cited: when the
first "person" is such a writer and no later one is, the later words are the work's short
title. A list with another writer cited before ("Lanz und Falkner, a. a. O.") stays a
list. `tests/test_note_german_din.py` holds the rows.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.note_lone_names import EarlierWorks
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# Why the reading was made here (its `unsure`).
TITLED = "a short title before the back-reference"

# The words from after the first surname's comma to the back-reference.
# matches ", Krise und Form, a. a. O." (title "Krise und Form"), ", Krise und Form a.a.O.",
# ", Krise und Form, aaO";
# not ", a. a. O." (no title), ", Krise; Form, a. a. O." (another group)
_TITLE_TO_BACKREF = lazy_compile(
    r""",\s++(?P<title>[^,;()]{2,120}?),?\s++(?:a\.\s?a\.\s?O\.|aaO(?![\w-])|(?i:op\.\s?cit\.))"""
)


def titled_back_references(
    citations: list[NoteCitation], earlier: EarlierWorks | None
) -> list[NoteCitation]:
    """`citations` with each back-reference whose later "writers" are its short title's
    words read as its first writer and that title."""
    if earlier is None or not earlier.writers:
        return citations
    return [_titled(c, earlier) for c in citations]


def _titled(citation: NoteCitation, earlier: EarlierWorks) -> NoteCitation:
    if citation.form != "op-cit" or citation.title or len(citation.authors) < 2:
        return citation
    first, *later = citation.authors
    if first.surname.casefold() not in earlier.writers:
        return citation  # no writer cited before: the reading stands
    if any(a.surname.casefold() in earlier.writers for a in later):
        return citation  # "Lanz und Falkner, a. a. O.": writers cited before, a list
    at = citation.text.find(first.surname)
    found = _TITLE_TO_BACKREF.match(citation.text, at + len(first.surname)) if at >= 0 else None
    if found is None:
        return citation
    title = found.group("title").strip()
    if not all(re.search(rf"(?<!\w){re.escape(a.surname)}(?!\w)", title) for a in later):
        return citation  # the later "writers" stand elsewhere: not this title's words
    unsure = "; ".join(p for p in (citation.unsure, TITLED) if p)
    return replace(citation, authors=(first,), title=title, title_style="plain", unsure=unsure)
