"""What a German note's details say of the edition cited: an access date in a bracket
("(abgerufen am 3.5.2017)") and the original's year beside a translation ("(frz. 1943)")
are not its year; "o. O." and "o. J." are an imprint that says what it lacks; a journal's
issue and year may be joined by a slash ("Konkret 3/1979")."""

from __future__ import annotations

import re

from citecheck.lazy_regex import lazy_compile

# A year of publication, not inside a longer number.
# matches "1979" in "3/1979"; not "19790", "1234"
_YEAR = r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)"


# A bracket that holds only the day a page was read: its year is no year of the work.
# matches "abgerufen am 3.5.2017", "zuletzt abgerufen am 3.5.2017", "Zugriff: 30.08.2016",
# "letzter Zugriff 2016", "eingesehen am 3.5.2017", "Stand: 2017" (as `note_german` reads
# an access date outside brackets), Greek "ανάκτηση: 12/3/2016", "ανακτήθηκε 12/3/2016",
# "τελευταία πρόσβαση 12/3/2016", "ημερομηνία πρόσβασης: 12/3/2016", "προσπελάστηκε
# 12/3/2016", and English "accessed 2 April 2025", "last accessed …", "retrieved …" (Chicago
# 14.12: an access date is no publication date); not "Berlin 2016", "erschienen am
# 3.5.2017", "Αθήνα 2016"
_ACCESS_BRACKET = lazy_compile(
    r"""\s*(?i:(?:zuletzt|letzter|letztmals|τελευταία|ημερομηνία|last)\s+)?
        (?i:abgerufen|zugriff|zugegriffen|abgefragt|aufgerufen|eingesehen|gesehen|stand
           |accessed|retrieved|consulted
           |ανάκτηση[ςσ]?|ανακτήθηκε|πρόσβαση[ςσ]?|προσπελάστηκε|προσπέλαση[ςσ]?)(?!\w)""",
    re.VERBOSE,
)


def access_bracket(inner: str) -> bool:
    """The text inside a bracket is a German access date ("(abgerufen am 3.5.2017)")."""
    return _ACCESS_BRACKET.match(inner) is not None


# A German imprint that says what it lacks: "o. O." (no place), "o. J." (no year), as in
# "Leipzig o. J." or "o. O. 1924". It is publication detail all the same.
# matches "o. J.", "o.O.", "o. O."; not "Otto", "Bio. J."
_WITHOUT_IMPRINT = lazy_compile(r"(?<![\w.])o\.\s?[OJ]\.")


def says_without_imprint(details: str) -> bool:
    """The details give "o. O." or "o. J.": an imprint without place or year."""
    return _WITHOUT_IMPRINT.search(details) is not None


# A bracket giving the original of a translation or the first edition ("(frz. 1943)",
# "(engl. Orig. 1976)", "(zuerst 1923)", "(EA 1947)"): its year is the original's, and the
# edition cited is the one the imprint outside it names.
# matches "frz. 1943", "engl. Orig. 1976", "Orig. 1967", "zuerst 1923", "Erstausgabe 1947",
# "EA 1947", "amerik. Original 1976"; not "Berlin 1923", "1923", "Frankfurt 1970"
_ORIGINAL_BRACKET = lazy_compile(
    r"""\s*(?:(?:frz|franz|engl|amerik|ital|russ|span|poln|orig|Orig|urspr)\.
         |(?i:original|zuerst|erstmals|erstausgabe|ursprünglich)\b|EA\b)""",
    re.VERBOSE,
)


def original_bracket(inner: str) -> bool:
    """The text inside a bracket gives the original edition ("(frz. 1943)")."""
    return _ORIGINAL_BRACKET.match(inner) is not None


# A German journal's issue and year joined by a slash: "Konkret 3/1979", "konkret 12/2001".
# matches "3/1979", "12/2001"; not "10/2" (a volume's part), "1978/79" (a span of years),
# "S. 3/4"
_ISSUE_YEAR = lazy_compile(rf"(?<![\w/.])\d{{1,2}}/(?P<year>{_YEAR})")


def issue_year(details: str) -> str:
    """The year of a journal issue written "3/1979" in `details`, or ""."""
    found = _ISSUE_YEAR.search(details)
    return found.group("year") if found else ""
