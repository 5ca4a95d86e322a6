"""Letters cited in short on their date: the collection given before, named by a short
title with no imprint, or not named at all.

Chicago 14.111–14.112: the first citation of a letter in a published collection gives the
collection in full ("Ada Pryce to Tom Hale, 3 May 1911, in Joan Hale, ed., *Letters from
the Front* (Leeds: …, 1984), 140"); later ones give it in short, its editor by surname
("Pryce to Tom Hale, 9 May 1917, in Hale, ed., *Letters*, 344"), or give the page alone
("Pryce to Tom Hale, 12 June 1917, 350"). The letter's date is no publication year: such a
citation is a short form, with no year; a collection with its imprint stays a full form."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# What these readings are marked with (`note_letter_forms.letters_in_short` keeps them
# short on it).
IN_SHORT = "a letter in a collection, in short"

# A letter by its date and a page alone, its collection unnamed (`note_prose` marks it so).
PAGE_ALONE = "a letter, no title; a page alone"

# An editor named before the collection, as a short form or Chicago's "Editor, ed.,
# *Title*" names one.
# matches "Hale, ed., ", "Joan Hale, ed., ", "J. Hale and T. Pryce, eds., "; not "Leeds,
# 1984, ", "Hale, *Letters*" (no "ed."), "Hale, editor of"
EDITOR_LEAD = (
    r"""(?:(?:[A-Z][\w'’.-]*+\s++(?:(?:and|&)\s++)?){0,4}+[A-Z][\w'’-]*+,\s++eds?\.,\s++)?"""
)

# A page or pages alone closing the citation after the date or the collection's title,
# perhaps after the collection's volume.
# matches ", 350.", ", pp. 3–4", ", p. 12", ", Bd. 5, 88", ", vol. 2, 41"; not ", 1917" (a
# year, not a page), ", Box 2,
# Folder 48B", ", available online at …", ", 350, and passim"
_PAGE_END = lazy_compile(
    r"""\s*+,\s*+(?P<pages>(?:(?:vol|Bd|t)\.\s*+\d{1,3}\s*+,\s*+)?(?:pp?\.\s*+)?(?!(?:1[5-9]|20)\d\d\b)\d{1,4}+
        (?:\s*+[-–]++\s*+\d{1,4}+)?)\s*+\.?\s*+$""",
    re.VERBOSE,
)


def page_after(s: str, at: int) -> str:
    """The page(s) closing `s` right at `at` (", 350."), or ""."""
    found = _PAGE_END.match(s, at)
    return found.group("pages") if found else ""


def dated_short(letter: NoteCitation, pages: str, plain: bool = False) -> NoteCitation:
    """The letter (its collection's title read or not) as a short form: no year, the
    page(s) it gives."""
    unsure = (
        IN_SHORT + ("; plain title" if plain else "") + ("" if letter.title else "; by its date")
    )
    return replace(letter, form="short", year="", pages=pages, unsure=unsure)


def page_alone_short(citation: NoteCitation, writers: Mapping[str, object]) -> NoteCitation:
    """A letter given by its date and a page alone ("Pryce to Tom Hale, 12 June 1917,
    350."): a short form when an earlier note cited its writer (`writers`, the document's
    `EarlierWorks.writers`), the collection given there; else the letter as read (a place
    may stand as a "writer": "Leeds to Bonn, 3 May 1911, 350")."""
    if citation.unsure != PAGE_ALONE or not citation.authors:
        return citation
    if citation.authors[0].surname.casefold() not in writers:
        return citation
    return dated_short(citation, citation.pages)
