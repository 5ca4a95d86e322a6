"""A short form with its work's year in brackets and no other detail (issue 11).

"Žižek, “Trouble in Paradise” (2013).": the reader calls a citation full when it gives
publication details, and a year in brackets beside the title is one. Many writers, German
ones above all ("Trotzki, Literatur und Revolution (1994), S. 41"), put the year into their
short forms: the surname alone, a short title and the year, no place, publisher, journal or
address. In a document that writes its full forms with those details, such a citation is a
short form, and when it comes first its full form is missing: `note_forms` settles it so.
In a document whose full forms are written the same way ("Surname, *Title* (Year), 41", a
web article's notes) it stays full. (`note_dated_short` reads a year after a plain short
title, "Horkheimer: Lenins Materialismus 1987, S. 176", after the writer's work.)
"""

from __future__ import annotations

import re

from citecheck.extract.note_locators import LOCATOR_TAIL
from citecheck.extract.note_patterns import YEAR
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# What the reader writes in `unsure` for a year in brackets beside the title.
YEAR_BESIDE = "year beside the title"

# A cue before the names at a citation's start.
# matches "See ", "Cf. ", "Vgl. ", "Siehe auch ", "Βλ. "; not "Seeley", "Vgl" alone
_CUE = lazy_compile(
    r"""^(?:(?:see|cf|vgl|siehe|βλ|βλέπε|πρβλ)\.?,?\s+(?:also\s+|auch\s+|dazu\s+)?)?""",
    re.VERBOSE | re.IGNORECASE,
)


def year_only(citation: NoteCitation) -> bool:
    """True when a full form's only detail is a year in brackets right after its title, then
    at most a place in the work: no place, publisher, container or address, and nothing
    after the year the reader left unread ("Adorno, “Progress” (1962), in *Critical
    Models*, … (New York: Columbia University Press, 1998)" gives its book's imprint)."""
    return (
        citation.form == "full"
        and not (citation.place or citation.publisher or citation.container or citation.url)
        and _after_year(citation, bracketed=YEAR_BESIDE in citation.unsure) is not None
    )


def located(citation: NoteCitation) -> bool:
    """True when a place in the work follows the year ("Trotzki, Literatur und Revolution
    (1994), S. 41."): a short form points into a work it introduced before."""
    rest = _after_year(citation, bracketed=YEAR_BESIDE in citation.unsure)
    return bool(rest and rest.strip(" .")) and bool(citation.pages)


def _after_year(citation: NoteCitation, *, bracketed: bool = True) -> str | None:
    """What follows the bracketed year after the title (or, not `bracketed`, the year after
    the title's comma: "Weyrich, *The Iron Calendar*, 1976, 90.") when it is at most a place
    in the work (a locator, a remark), else None."""
    title = citation.title
    at = citation.text.find(title) if title else -1
    if at < 0 or not citation.year:
        return None
    pattern = _YEAR_BRACKET if bracketed else _YEAR_COMMA
    year = pattern.match(citation.text, at + len(title))
    if year is None or (not bracketed and citation.year not in year.group()):
        return None
    rest = citation.text[year.end() :]
    if not rest.strip(" .") or (LOCATOR_TAIL.fullmatch(rest) and not YEAR.search(rest)):
        return rest
    return None


# The closing marks of a title, then its year in brackets.
# matches "” (2013)" in "“Trouble in Paradise” (2013).", "* (1933/46)", " (1994)"; not ",
# London 1994", "” (London: Verso, 2013)"
# Possessive runs, as in `note_locators.TRANSLATOR_NEXT`: a run of spaces is split one way.
_YEAR_BRACKET = lazy_compile(
    r"""[*_”“»«"’'\s]*+[.,]?[”“»«"’'*_]?\s*+\(\s*(?:1[5-9]\d\d|20\d\d)(?:/\d{2,4})?\s*\)""",
    re.VERBOSE,
)


# The closing marks of a title, a comma, then the year alone (Chicago author-date's order in a
# note, and many German short forms: "Trotzki, Literatur und Revolution, 1994, S. 41").
# matches "*, 1976" in "*The Iron Calendar*, 1976, 90.", "”, 1980"; not "*, London 1976",
# "*, 3rd ed., 1976", "*, 1976–78"
_YEAR_COMMA = lazy_compile(
    r"""[*_”“»«"’']*+\s*+,\s*+(?:1[5-9]\d\d|20\d\d)(?![\d–-])""",
    re.VERBOSE,
)


def surname_alone(citation: NoteCitation) -> bool:
    """True when the citation opens (after a cue) with its first author's surname: no given
    names or initials before it ("Žižek, …", "Vgl. Trotzki: …"; not "Slavoj Žižek, …")."""
    if not citation.authors:
        return False
    text = citation.text[_CUE.match(citation.text).end() :]
    surname = citation.authors[0].surname
    return text.startswith(surname) and not text[len(surname) : len(surname) + 1].isalpha()


def dated_short(citation: NoteCitation) -> bool:
    """A surname alone, a title and only a year (and perhaps a place in the work): a short
    form when given again, or with a place in the work in a document whose full forms give
    their details (`note_forms`)."""
    return bool(citation.title) and year_only(citation) and surname_alone(citation)
