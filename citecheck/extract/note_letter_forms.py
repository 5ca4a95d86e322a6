"""Letters named by their kind first, and letters cited in short by their collection.

Chicago 14.111–14.114: a letter in a published collection is cited by its writer,
addressee and date, then the collection ("Letter of Ada Pryce to her sister, 3 May 1911, in
*Letters from the Front*, ed. Joan Hale (Leeds: …, 1984), 140"); after the first citation,
in short, with the collection's short title ("Pryce to Tom Hale, 9 May 1917, *Letters*,
344"). The truth set's convention: the writer is the author, the collection the title, the
edition's year the year (the letter's is the original's). The addressee may be a relation
in lower case ("to his wife"), which `note_prose.LETTER` (two persons) does not read; and a
collection right after the date without "in" is left untitled there.

Neither shape may take a place or a publisher for a writer: the writer needs given names
after "Letter of/from", and the short form's writer is one `note_prose.LETTER` already
reads as a person before "to" and a date."""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.note_details import read_details
from citecheck.extract.note_lone_names import head_key
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_patterns import DATE, GIVEN_PERSON, MARKED_TITLE, marked_style
from citecheck.extract.note_plain_titles import vouched_plain_title
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# "Letter of/from" a writer with given names "to" an addressee (a person or a relation),
# then the date.
# matches "Letter of Ada Pryce to her sister, 3 May 1911", "letter from Tom Hale to the
# editors, June 2, 1920", "The letter of Ada Pryce to Tom Hale, 3 May 1911"; not "Letter of
# Pryce to …" (no given name: a place may stand so), "Letters from Prison to My Mother"
# (no date), "Letter to the Editor, 3 May 1911" (no writer)
_LETTER_OF = lazy_compile(
    rf"""(?:(?i:the)\s+)?(?i:letter)\s+(?:of|from)\s+(?P<writer>{GIVEN_PERSON})
        \s+to\s+(?P<addressee>[^,;()\[\]*“”"]{{2,60}}?)\s*,\s+
        (?:[A-Z][\w/-]+,\s+)?(?P<date>{DATE.pattern})""",
    re.VERBOSE,
)

# The collection after the date: "in" and its title.
# matches ", in " before "*Letters from the Front*" or a plain title; not ", 140"
_IN = lazy_compile(r"\s*+,?\s*+in\s++")

# A short form's collection right after a letter's date: a marked title and a locator.
# matches ", *Letters*, 344", ", “Correspondence,” 12"; not ", 344", ", *Letters* (Leeds:"
_SHORT_COLLECTION = lazy_compile(r"\s*+,\s*+(?=[*_“\"])")

# A page or pages closing a short collection.
# matches ", 344.", ", pp. 3–4"; not ", 1917" (a year: an edition)
_LOCATOR_END = lazy_compile(
    r"\s*+,?\s*+(?P<pages>(?:(?:pp?|(?-i:Sp?))\.\s*+)?\d{1,4}(?:\s*+[-–]++\s*+\d{1,4})?)\s*+\.?\s*+$"
)


def letter_of(s: str, k: int, offset: int, end: int, note: int) -> NoteCitation | None:
    """ "Letter of Ada Pryce to her sister, 3 May 1911, in *Collection*, ed. … (…)": the
    collection by the letter's writer; without a collection, the letter itself (no title,
    dated by the letter)."""
    if "etter" not in s:
        return None  # cheap test first
    found = _LETTER_OF.match(s, k)
    if found is None or not plausible_names(found.group("writer")):
        return None
    writer = tuple(surnames(found.group("writer")))
    letter_year = found.group("year")
    title, style, year, pages, why = "", "", letter_year, "", ["a letter, no title"]
    collection = _IN.match(s, found.end())
    if collection is not None:
        at = collection.end()
        marked = MARKED_TITLE.match(s, at)
        plain = None if marked else vouched_plain_title(s, at)
        if marked is not None:
            title, style = next(g for g in marked.groups() if g).strip(" ,."), marked_style(marked)
            title_end = marked.end()
        elif plain is not None:
            (title, title_end), style = plain, "plain"
        if title:
            details = read_details(s[title_end:])
            year, pages = details.year or letter_year, details.pages
            why = ["a letter in a collection"] + ([] if details.published else ["no year"])
    return NoteCitation(
        text=s[k:],
        span=Span(offset + k, end),
        note=note,
        form="full",
        authors=writer,
        title=title,
        year=year,
        pages=pages,
        title_style=style,
        unsure="; ".join(why),
    )


def short_collection(letter: NoteCitation, s: str, letter_end: int) -> NoteCitation:
    """A letter read without a title (`note_prose`) whose date is followed by a marked
    collection title and a page ("Pryce to Tom Hale, 9 May 1917, *Letters*, 344"): a short
    form of the collection. Else the letter as read."""
    comma = None if letter.title else _SHORT_COLLECTION.match(s, letter_end)
    if comma is None:
        return letter
    marked = MARKED_TITLE.match(s, comma.end())
    if marked is None or not (pages := _LOCATOR_END.match(s, marked.end())):
        return letter
    return NoteCitation(
        text=letter.text,
        span=letter.span,
        note=letter.note,
        form="short",
        authors=letter.authors,
        title=next(g for g in marked.groups() if g).strip(" ,."),
        pages=pages.group("pages"),
        title_style=marked_style(marked),
        unsure=_IN_SHORT,
    )


# A letter's date, then a plain collection title and a page closing the reading: a web
# copy's short form ("…, 9 May 1917, Letters, 344").
# matches ", 9 May 1917, Letters, 344.", "June 2, 1920, Selected Letters, pp. 3–4"; not
# ", 9 May 1917, *Letters*, 344" (marked: read before), ", 9 May 1917, 344" (no title)
_DATE_PLAIN_COLLECTION = lazy_compile(
    rf"""(?:{DATE.pattern}),\s*+(?P<title>[A-Z][^,;()*_“”"]{{1,80}}?)
        \s*+,\s*+(?P<pages>(?:(?:pp?|(?-i:Sp?))\.\s*+)?\d{{1,4}}(?:\s*+[-–]++\s*+\d{{1,4}})?)\s*+\.?\s*+$""",
    re.VERBOSE,
)

# What `short_collection` marks its readings with.
_IN_SHORT = "a letter in a collection, in short"


def letters_in_short(citation: NoteCitation, heads: set[str]) -> NoteCitation:
    """A letter given in short by its collection is a short form: its marked collection
    read after the date (the letter's date is no imprint, whatever read it on), or, in a
    web copy, a plain title after the date that heads a title cited before (`heads`, the
    document's `EarlierWorks.heads`: "Leeds, 344" heads none)."""
    if _IN_SHORT in citation.unsure:
        return replace(citation, form="short", unsure=_IN_SHORT)
    if citation.title or citation.unsure != "a letter, no title" or not citation.authors:
        return citation
    found = _DATE_PLAIN_COLLECTION.search(citation.text)
    if found is None or head_key(found.group("title")) not in heads:
        return citation
    return replace(
        citation,
        form="short",
        title=found.group("title").strip(),
        title_style="plain",
        year="",
        pages=found.group("pages"),
        unsure=f"{_IN_SHORT}; plain title",
    )
