"""Entries and names that match a note citation though the surnames read do not agree.

- An entry listed without an author (an unsigned article, a symposium, listed by its title
  as Chicago 14.75 lists anonymous works): the reader may still read a name for it (the
  author of the note's previous piece carried on, a symposium's contributors), so the
  entry fits by its title alone, when that is specific and the note writes it out.
- A stray comma between a given name and the surname ("Sidney, Tarrow, *Power in
  Movement*"), which the reader takes for an inverted name with the surname "Sidney": the
  entry's author written right after the name read, then its title, is the same person.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from citecheck.bibliography.names import fold
from citecheck.bibliography.note_evidence import (
    MIN_TITLE_LETTERS,
    MIN_TITLE_WORDS,
    cited_text,
    in_order,
)
from citecheck.model import NoteCitation, Reference

TitleKey = Callable[[str], str]


def unsigned_entry_written_out(citation: NoteCitation, reference: Reference, key: TitleKey) -> bool:
    """The entry has no author and a specific title (three words, twelve letters) that the
    citation's text writes out whole ("Symposium on Lars Lih's *Lenin Rediscovered*,"
    with its contributors' names after it). A title read that is no part of the entry's,
    nor holds it, is another work the note cites beside it: a translation is not its
    original named after it ("Χ. Βάιντλινγκερ, *Κράτος και τάξη …*, 1984 (γερμ.
    πρωτότυπο: *Staat und Klasse …*, 1978)")."""
    if reference.authors or not reference.title:
        return False
    words = key(reference.title).split()
    if len(words) < MIN_TITLE_WORDS or len("".join(words)) < MIN_TITLE_LETTERS:
        return False
    read, folded = f" {key(citation.title)} ", f" {' '.join(words)} "
    if read.strip() and read not in folded and folded not in read:
        return False
    return in_order(words, key(cited_text(citation)).split()) is not None


# The name read, a comma, and one more capitalised word: a given name and a surname with a
# stray comma between them, or a real inversion ("Healey, Dan").
# matches "Sidney, Tarrow" (group "next": "Tarrow"); not "Sidney Tarrow", "Sidney, *Power*"
_NAME_THEN_WORD = r"(?<!\w){name},\s+(?P<next>[A-ZÀ-Ý][\w'’-]+)(?=[\s,.])"


def surname_after_stray_comma(citation: NoteCitation, reference: Reference) -> bool:
    """The reader read an inverted name ("Sidney, Tarrow" as "Sidney") and the word after
    the comma is the entry's first author: with a title fit, the same person (a given name
    is no surname in the list, and the real inversion "Healey, Dan" lists "Healey")."""
    if "inverted names" not in citation.unsure or len(citation.authors) != 1:
        return False
    if not reference.authors:
        return False
    pattern = _NAME_THEN_WORD.format(name=re.escape(citation.authors[0].surname))
    after = re.search(pattern, cited_text(citation))
    return bool(after) and fold(after.group("next")) == reference.authors[0].folded
