"""A year in the writer's comment after a short form is not the work's (issue 11).

A short form is a surname, a short title and perhaps a page (Chicago 14.29-14.30); what
follows it in the note may be the note writer's comment: "Vell, *Harbour Lights*, 44, on the
strike of May 1921.", "Vell, *Harbour Lights*, ch. 3 (on 1921).", "…, table 2 (figures for
1921).", "…, note on sources (1921 census).". The details reader takes any year after a
title for its date, so such a short form read as a full form of 1921: its own full form's
absence went unreported (short-form-before-full) and the year could disagree with the list.

A publication year stands alone in its bracket, after a place or a publisher, or after a
comma as a date ("…, 1921", "…, May 1921"). A comment's year is governed by a preposition
("of May 1921", "on 1921", "for 1921", "in 1921") or is an adjective to a lower-case noun
("1921 census", "the 1921 strike"), or stands after the short form's page with words of the
writer's prose between ("…, 44, who was in Leeds, 1921–22."), since a full form's date comes
before its page. Such a year, the only detail read after a surname and a
title, is the comment's; "1921 edition" and "in 1921 ed." name the work's edition and stay.

So is another writer's year, an author-date citation of the source the passage is quoted
from or of a writer who discussed it: "Vell, *Harbour Lights*, quoted in Roe (1990), 4.",
"…, zitiert nach Roe 1990, S. 4", "…, as discussed by Roe and Hale (1990)." The year is
Roe's (Chicago 15.9, 14.260); the work before it is still a short form. A translator's, an
editor's or a reprint's year ("trans. Ann Roe (1990)", "reprinted in Roe (1990)") names an
edition of the work and stays.
"""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import NAME_WORD, PARTICLE
from citecheck.extract.note_patterns import MONTH_NAME

# A preposition right before the year (perhaps an article, "early", a day and a month).
# matches "of May ", "on ", "for ", "in early ", "since the ", "of 3 May ", "during ",
# "first published "; not "London: Dale, ", "May " (a date alone)
_GOVERNED = re.compile(
    rf"""\b(?:of|on|in|for|since|from|until|till|after|before|during|around|about|circa
        |between|through|published|written|composed)\s++(?:the\s++)?(?:(?:early|late|mid-?)\s*+)?
        (?:(?:\d{{1,2}}\s++)?{MONTH_NAME}\.?\s++(?:\d{{1,2}},?\s++)?)?$""",
    re.VERBOSE,
)

# A lower-case noun right after the year, other than an edition's words.
# matches " census", " strike", " elections"; not " edition", " ed.", " and", " to", ", 44"
_NOUN_AFTER = re.compile(
    r"\s++(?!(?:edition|editions|ed|edn|printing|reprint|repr|impression|and|or|to|und|et)\b)"
    r"[a-z]{3,}"
)

_LOOK_BEHIND = 40  # characters before the year in which its preposition stands

# A surname as an author-date citation names its writer: initials, particles, a capital.
_CITED_NAME = rf"(?:[A-Z]\.\s*+){{0,3}}(?:{PARTICLE}){{0,2}}{NAME_WORD}"

# The words naming another writer as the passage's source or its critic, then that writer's
# surname (and a second's, or "et al."), right before the year: an author-date citation.
# matches "quoted in Roe (", "cited in A. Roe ", "zitiert nach Roe ", "as discussed by Roe and
# Hale (", "a reply to Roe et al. ["; not "trans. Ann Roe (", "reprinted in Roe (", "ed. Roe
# (", "in Leeds ", "Leeds: Dale, "
_ANOTHER_WRITER = re.compile(
    rf"""(?<![\w.])(?:(?i:quoted|cited|qtd\.|cit\.|discussed|summari[sz]ed|critici[sz]ed
            |paraphrased)\s++(?i:in|by)
        |(?i:zitiert|zit\.)\s++(?i:nach|bei)|(?i:cf\.|see|compare|contra|against|pace)
        |(?i:reply|response|responding|replying)\s++to)
        \s++{_CITED_NAME}(?:\s++(?:and|&|und)\s++{_CITED_NAME}|\s++et\s++al\.?)?
        \s*+,?\s*+[(\[]?$""",
    re.VERBOSE,
)
_NAMES_BEHIND = 80  # characters before the year in which the other writer is named


def comment_year(text: str, start: int, year: str) -> bool:
    """True when `year`, first found in `text` after `start` (a title's end), is governed by a
    preposition or qualifies a lower-case noun: the writer's comment's, not the work's."""
    at = _year_at(text, start, year)
    if at < 0:
        return False
    before = text[max(start, at - _LOOK_BEHIND) : at]
    if _GOVERNED.search(before):
        return True
    if _ANOTHER_WRITER.search(text, max(start, at - _NAMES_BEHIND), at):
        return True
    if _after_page_in_words(text, start, at):
        return True
    return _NOUN_AFTER.match(text, at + 4) is not None


# The page a short form closes with, right after its title, and the mark after it.
# matches ", 44, ", ", 44–45 (", ", p. 44; ", ", 44, n. 12, "; not ", 2 vols. (", ", vol. 2, "
_PAGE_THEN = re.compile(
    r"""[*”"’]*+\s*+,\s*+(?:pp?\.\s*+)?\d{1,4}(?:\s*+[-–]\s*+\d{1,4})?
        (?:,?\s*+nn?\.\s*+\d{1,4})?\s*+[,;(]""",
    re.VERBOSE,
)

# A word of the writer's prose: lower case, three letters or more, not an abbreviation
# ("trans.", "ed.") nor a conjunction that may join the work's own details ("…, 45, and
# London, 1867").
# matches "who", "quoting", "emphasis"; not "trans.", "in", "and", "Leeds"
_PROSE_WORD = re.compile(r"(?<![\w.])(?!(?:and|und|et)\b)[a-z]{3,}+(?![\w.])")


def _after_page_in_words(text: str, start: int, at: int) -> bool:
    """The year stands after the short form's page, with words of prose between them and no
    imprint ("Vell, *Harbour Lights*, 44, who was in Leeds, 1921–22.", "…, 44, quoting the
    *Leeds Courier*, 2 May 1921."): a full form's date comes before its page (Chicago 14.18),
    so a year after the page, in the writer's words, is theirs."""
    page = _PAGE_THEN.match(text, start, at)
    if page is None:
        return False
    between = text[page.end() : at]
    return ":" not in between and _PROSE_WORD.search(between) is not None


# A year's four digits standing alone.
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _year_at(text: str, start: int, year: str) -> int:
    """Where `year` (its four digits, whatever marks the reader kept round them) first
    stands after `start`, or -1."""
    digits = _FOUR_DIGITS.search(year)
    if digits is None:
        return -1
    for found in _FOUR_DIGITS.finditer(text, start):
        if found.group() == digits.group():
            return found.start()
    return -1
