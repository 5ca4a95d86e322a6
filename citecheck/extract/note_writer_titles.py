"""A web copy's short form set after its writer: "Kant’s Critique of Pure Reason, 41.",
"Kant (Critique of Pure Reason, 41)." With the emphasis gone the title is plain words, as
in prose ("Kant’s argument, 41, is weak"); it is read as a short title only when an earlier
note cited a work of that writer whose title opens with those words (Chicago 14.32: a short
title is the head of the main title). The reader's `EarlierWorks` holds those heads."""

from __future__ import annotations

import re

from citecheck.extract.note_lone_names import (
    SHORT_FORM_SURNAME,
    EarlierWorks,
    known_head,
    rest_as_short_form,
)
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Note, NoteCitation

# A whole note: a writer, a plain title after a possessive or in a bracket, then a page.
# matches "Kant’s Critique of Pure Reason, 41.", "Kant (Critique of Pure Reason, 41).",
# "See Trotsky's Permanent Revolution, pp. 41-43."; not "Kant’s argument, 41, is weak." (words
# after the page), "Kant, 41." (no title)
WRITER_PLAIN_TITLE = lazy_compile(
    rf"""\s*(?:(?i:see(?:\s+also)?|cf\.)\s+)?
        (?P<surname>{SHORT_FORM_SURNAME})
        (?:['’]s\s+|\s*\(\s*)
        (?P<title>[^,()\d]{{1,120}}?)
        ,\s*(?P<pages>(?:(?:pp?|(?-i:Sp?))\.\s*)?\d{{1,4}}(?:\s*[-–]+\s*\d{{1,4}})?f{{0,2}})
        \s*\)?\s*\.?\s*""",
    re.VERBOSE,
)


def writer_plain_title(text: str, note: Note, earlier: EarlierWorks) -> NoteCitation | None:
    """The short form a note of a writer, a plain title and a page gives, when an earlier
    note cited a work of that writer whose title opens with it (`text` is the note's)."""
    if len(text) > 200:
        return None  # a short form is short; a longer note is prose
    found = WRITER_PLAIN_TITLE.fullmatch(text)
    if found is None:
        return None
    writer = found.group("surname").casefold()
    authors = earlier.writers.get(writer)
    if authors is None or not known_head(earlier, found.group("title"), writer):
        return None
    return rest_as_short_form(
        note,
        text,
        found.start("surname"),
        authors=authors,
        title=found.group("title").strip(),
        title_style="plain",
        pages=found.group("pages"),
        unsure="plain title; the head of an earlier work's title by this writer",
    )
