"""The number that starts a note, in every form a web page's notes list is copied in.

``12 Cliff``, ``12. Cliff``, ``12) Cliff``, ``[12] Cliff``, ``¹² Cliff`` and the same
indented. Shared by the notes-list finder and the plain-text reader.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from citecheck.lazy_regex import lazy_compile
from citecheck.model import Span

# A note's leading number, after optional indentation.
# matches "57 The figure", "12. Cliff", "3) See", "[3] See", "[03] See", "¹² Singleton",
# "  1 Indented";
# not "1917 was" (4 digits), "30million" (letter glued), "1.3 percent" (a decimal)
NOTE_START = lazy_compile(
    r"""[ \t\u00a0]*
        (?:\[(?P<bracketed>\d{1,3})\]
          | (?P<plain>\d{1,3})[.)]?
          | (?P<superscript>[¹²³⁰⁴⁵⁶⁷⁸⁹]{1,3})[.)]?
        )
        (?P<gap>[ \t\u00a0\u2029]+|(?=\n)|$)      # then a space or the end of the line
    """,
    re.VERBOSE,
)

# A superscript note number may be glued to its text: "¹Singleton, 1999."
# matches "¹Singleton"; not "¹²" alone followed by a digit
_SUPERSCRIPT_GLUED = lazy_compile(
    r"[ \t\u00a0]*(?P<superscript>[¹²³⁰⁴⁵⁶⁷⁸⁹]{1,3})(?=[^\s\d⁰-⁹¹²³])"
)

SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


class NoteStart(NamedTuple):
    """A line that starts with a note number: the number, where it stands, where text starts."""

    number: int
    number_span: Span
    text_start: int


def note_start(text: str, start: int, end: int) -> NoteStart | None:
    """The note number opening text[start:end] (one line), or None."""
    match = NOTE_START.match(text, start, end) or _SUPERSCRIPT_GLUED.match(text, start, end)
    if match is None:
        return None
    found = match.groupdict()  # the glued pattern has only `superscript`
    group = next(g for g in ("bracketed", "plain", "superscript") if found.get(g) is not None)
    digits = match.group(group).translate(SUPERSCRIPT_DIGITS)
    if digits.startswith("0") and (group != "bracketed" or digits == "0" * len(digits)):
        return None  # "07 May" is a date; "[07]" is Gutenberg's renumbered note 7
    number_start = match.start(group) - (1 if group == "bracketed" else 0)
    number_end = match.end(group) + (1 if group == "bracketed" else 0)
    return NoteStart(int(digits), Span(number_start, number_end), match.end())


def text_after(text: str, start: NoteStart, end: int) -> str:
    """The first characters of the note's text, to tell a note from a wrapped line."""
    return text[start.text_start : min(end, start.text_start + 8)].lstrip()
