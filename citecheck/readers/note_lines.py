"""The number that starts a note, in every form a web page's notes list is copied in.

``12 Cliff``, ``12. Cliff``, ``12) Cliff``, ``[12] Cliff``, ``¹² Cliff`` and the same
indented. Shared by the notes-list finder and the plain-text reader.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from citecheck.lazy_regex import lazy_compile
from citecheck.model import LONG_NOTE_NUMBER, MAX_NOTE_DIGITS, Span

# A note's leading number, after optional indentation: up to MAX_NOTE_DIGITS digits; one
# in the thousands may be a year ("1917 was …"), so the notes list takes it only where its
# sequence has reached it (`opens_a_list`, `notes_list`).
# matches "57 The figure", "12. Cliff", "3) See", "[3] See", "[03] See", "¹² Singleton",
# "  1 Indented", "1000 The figure", "12345 See";
# not "123456 was" (6 digits), "30million" (letter glued), "1.3 percent" (a decimal)
NOTE_START = lazy_compile(
    rf"""[ \t\u00a0]*
        (?:\[(?P<bracketed>\d{{1,{MAX_NOTE_DIGITS}}})\]
          | (?P<plain>\d{{1,{MAX_NOTE_DIGITS}}})[.)]?
          | (?P<superscript>[¹²³⁰⁴⁵⁶⁷⁸⁹]{{1,{MAX_NOTE_DIGITS}}})[.)]?
        )
        (?P<gap>[ \t\u00a0\u2029]+|(?=\n)|$)      # then a space or the end of the line
    """,
    re.VERBOSE,
)

# A superscript note number may be glued to its text: "¹Singleton, 1999."
# matches "¹Singleton", "¹⁰⁰⁰Singleton"; not "¹²" alone followed by a digit
_SUPERSCRIPT_GLUED = lazy_compile(
    rf"[ \t\u00a0]*(?P<superscript>[¹²³⁰⁴⁵⁶⁷⁸⁹]{{1,{MAX_NOTE_DIGITS}}})(?=[^\s\d⁰-⁹¹²³])"
)

SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


class NoteStart(NamedTuple):
    """A line that starts with a note number: the number, where it stands, where text starts."""

    number: int
    number_span: Span
    text_start: int


def note_start(text: str, start: int, end: int) -> NoteStart | None:
    """The note number opening text[start:end] (one line), or None."""
    match = NOTE_START.match(text, start, end)
    if match is not None:  # which alternative matched: one group only
        if match["plain"] is not None:
            group = "plain"
        elif match["bracketed"] is not None:
            group = "bracketed"
        else:
            group = "superscript"
    else:
        match = _SUPERSCRIPT_GLUED.match(text, start, end)
        if match is None:
            return None
        group = "superscript"  # the glued pattern's only group
    digits = match[group]
    if group == "superscript":
        digits = digits.translate(SUPERSCRIPT_DIGITS)
    if digits[0] == "0" and (group != "bracketed" or digits == "0" * len(digits)):
        return None  # "07 May" is a date; "[07]" is Gutenberg's renumbered note 7
    number_start, number_end = match.span(group)
    if group == "bracketed":
        number_start, number_end = number_start - 1, number_end + 1
    return NoteStart(int(digits), Span(number_start, number_end), match.end())


def opens_a_list(start: NoteStart | None) -> bool:
    """A numbered line that may be the first note of a list: a number below the thousands
    (a list's first number of four digits or more reads as a year: "1917 was …")."""
    return start is not None and start.number < LONG_NOTE_NUMBER


def text_after(text: str, start: NoteStart, end: int) -> str:
    """The first characters of the note's text, to tell a note from a wrapped line."""
    return text[start.text_start : min(end, start.text_start + 8)].lstrip()
