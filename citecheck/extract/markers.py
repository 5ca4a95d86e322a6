"""Footnote markers in body text that has no marker syntax (plain text from the web).

Markers there are digits glued to the text: ``collapsed on 25 December 1991.1 Yet``.
Whether ``1991.1`` is a decimal or a year plus marker 1 is decided by the sequence of
note numbers: a candidate is accepted only when it continues the sequence. A candidate
out of sequence is still kept (and reported) when it is a plausible marker that was
merely misplaced. Explicit forms (``[12]``, ``^12``, ``[^12]``, ``¹²``) need no guessing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from citecheck.model import Marker, Section, SourceText, Span

# A glued candidate: 1-3 digits straight after punctuation, a closing quote or a letter,
# followed by whitespace, a closing quote or bracket, or the end of the text.
# matches "1991.1 Yet" (1), "position”.3 “" (3), "2,561,351.15 Around" (15), "Cop26 " (26);
# not "in 1917 the" (space before), "12th" (letter after), "pp118-119" (hyphen after)
GLUED_CANDIDATE = re.compile(
    r"""(?<=[.,;:!?…)\]”’"'\w])       # glued to punctuation, a quote or a letter
        (?<!\d)                        # the start of a run of digits
        (?P<digits>\d{1,3})
        (?=[\s”’"'\])]|$)              # then a break
    """,
    re.VERBOSE,
)

# Words after a number that make it a quantity, never a marker.
# matches " percent", " million", "%"; not " Yet"
QUANTITY_AFTER = re.compile(
    r"\s*(?:%|per\s?cent|percent|thousand|million|billion|trillion|per\b)", re.IGNORECASE
)

# Explicit marker syntaxes.
# matches "[^12]", "[12]", "text^12", "¹²"; not "[12a]", "x^2y" (letter after)
EXPLICIT_MARKER = re.compile(
    r"""\[\^(?P<footnote>\d{1,3})\]
      | \[(?P<bracket>\d{1,3})\]
      | \^(?P<caret>\d{1,3})(?![\w.])
      | (?P<superscript>[¹²³⁰⁴⁵⁶⁷⁸⁹]{1,3})
    """,
    re.VERBOSE,
)

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")

# The strict window: a marker continues the sequence if last < n <= last + WINDOW. The
# slack tolerates markers whose note text is missing.
WINDOW = 5


def find_markers(source: SourceText) -> tuple[Marker, ...]:
    """Markers in the body paragraphs, in document order."""
    if source.markers is not None:
        return source.markers
    body = source.section_spans(Section.BODY)
    note_numbers = frozenset(note.number for note in source.notes)
    explicit = tuple(_explicit_markers(source.masked, body))
    glued = tuple(_accept_by_sequence(list(_glued_candidates(source.masked, body)), note_numbers))
    # A document uses one marker style. One stray "[1]" or "km²" must not switch off 57
    # glued markers, so the style that accounts for more of the notes wins.
    if explicit and _notes_explained(explicit, note_numbers) >= _notes_explained(
        glued, note_numbers
    ):
        return explicit
    return glued


def _notes_explained(markers: tuple[Marker, ...], note_numbers: frozenset[int]) -> int:
    numbers = {marker.number for marker in markers}
    return len(numbers & note_numbers) if note_numbers else len(numbers)


# Units that take a superscript power: "km²" is square kilometres, not note 2.
_UNITS = frozenset({"m", "km", "cm", "mm", "ft", "in", "mi", "yd", "sq"})


def _explicit_markers(text: str, spans: Iterable[Span]) -> Iterable[Marker]:
    for span in spans:
        for match in EXPLICIT_MARKER.finditer(text, span.start, span.end):
            form = match.lastgroup or "bracket"
            if form == "superscript" and _word_before(text, match.start()).lower() in _UNITS:
                continue
            digits = match.group(form).translate(_SUPERSCRIPTS)
            yield Marker(int(digits), Span(match.start(), match.end()), form)


class _Candidate:
    __slots__ = ("after_decimal_point", "after_letter", "number", "span")

    def __init__(self, number: int, span: Span, after_letter: bool, after_decimal_point: bool):
        self.number = number
        self.span = span
        self.after_letter = after_letter
        self.after_decimal_point = after_decimal_point


def _glued_candidates(text: str, spans: Iterable[Span]) -> Iterable[_Candidate]:
    for span in spans:
        for match in GLUED_CANDIDATE.finditer(text, span.start, span.end):
            start, end = match.span("digits")
            if QUANTITY_AFTER.match(text, end):
                continue
            before = text[start - 1]
            after_letter = before.isalpha()
            if after_letter and _looks_like_identifier(text, start):
                continue
            after_digit = start >= 2 and text[start - 2].isdigit()
            if before == ":" and after_digit:
                continue  # "John 3:4", "at 10:30": a verse or a time, never a marker
            if before == "." and _word_before(text, start - 1).lower() in _NUMBER_ABBREVIATIONS:
                continue  # "p.4", "No.5", "vol.2": the number the abbreviation introduces
            after_decimal_point = before in ".," and after_digit
            if after_decimal_point and _lowercase_follows(text, end):
                continue  # "8.3 of them": a decimal; a marker after a full stop starts a sentence
            if _inside_url(text, start):
                continue
            digits = match.group("digits")
            if digits.startswith("0") or (
                before == "," and after_decimal_point and len(digits) == 3
            ):
                continue  # "2,003" and "179,000": thousands groups
            number = int(digits)
            yield _Candidate(number, Span(start, end), after_letter, after_decimal_point)


# Abbreviations that introduce a number: digits glued after them are that number.
_NUMBER_ABBREVIATIONS = frozenset({"p", "pp", "no", "nos", "vol", "vols", "ch", "fig", "n", "nn"})


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def _lowercase_follows(text: str, end: int) -> bool:
    rest = text[end : end + 3].lstrip(" \t")  # stay on the line: a note paragraph may follow
    return bool(rest) and (rest[0].islower() or rest[0].isdigit())


def _inside_url(text: str, offset: int) -> bool:
    """`https://example.org/page2`, `www.site.org/n5`: digits in a link are part of it."""
    start = offset
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    token = text[start:offset]
    return "://" in token or token.startswith("www.") or "/" in token or "@" in token


def _looks_like_identifier(text: str, digits_start: int) -> bool:
    """`Cop26`, `G7`, `MI5`, `CO2`: a short capitalised word glued to digits is a name."""
    word_start = digits_start
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start:digits_start]
    return len(word) <= 3 and word[0].isupper()


def _accept_by_sequence(
    candidates: list[_Candidate], note_numbers: frozenset[int]
) -> Iterable[Marker]:
    last = 0
    highest = 0
    seen: set[int] = set()
    for candidate in candidates:
        n = candidate.number
        if candidate.after_letter and n not in note_numbers and note_numbers:
            continue
        if last < n <= last + WINDOW:
            yield Marker(n, candidate.span, "glued")
            last = n
            highest = max(highest, n)
            seen.add(n)
            continue
        if _plausible_out_of_sequence(candidate, last, highest, seen, note_numbers):
            yield Marker(n, candidate.span, "glued", in_sequence=False)
            seen.add(n)


def _plausible_out_of_sequence(
    candidate: _Candidate,
    last: int,
    highest: int,
    seen: set[int],
    note_numbers: frozenset[int],
) -> bool:
    """A misplaced or repeated marker, not a number that happens to follow punctuation.

    Digits after a decimal point (``1.3``) or glued to a letter must pass the strict
    window; anything else must be near the markers already accepted and either have a
    note of its number or not have been seen before.
    """
    if candidate.after_decimal_point or candidate.after_letter or last == 0:
        return False
    n = candidate.number
    near = max(1, last - WINDOW) <= n <= highest + WINDOW
    if not near:
        return False
    if n in seen:
        return n in note_numbers
    return n in note_numbers or not note_numbers
