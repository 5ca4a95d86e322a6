"""Every digit run in body text that could be a footnote marker, scored by its context.

A candidate is a run of digits glued to any non-space character (``employment.1:``,
``Streets62—and``, ``SWP.17But``, ``cracks23``), or standing after one space that follows
the end of a sentence (``destroyed. 58``). What surrounds it fires named features whose
weights (marker_weights.py) add up to its score; the decoder then decides which
candidates are markers. Nothing here looks at the notes except the highest note number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from citecheck.extract.marker_features import (
    LOCATOR_WORDS,
    QUOTES,
    SENTENCE_END,
    SPACES,
    YEAR,
    after_features,
    before_features,
    word_before,
)
from citecheck.extract.marker_weights import FEATURE_WEIGHTS, NOTES_SLACK
from citecheck.lazy_regex import lazy_compile
from citecheck.model import LONG_NOTE_NUMBER, MAX_NOTE_DIGITS, Span

# A run of ASCII digits glued to the character before it, or after one space that follows
# the end of a sentence or another number, or a year with digits glued on (Unicode digits
# are never markers here).
# matches "1" in "1991.1", "23" in "cracks23", "58" in "destroyed. 58", "200737";
# not "1917" in "in 1917"
DIGIT_RUN = lazy_compile(
    r"""(?:(?<=[^\s0-9])|(?<=[.!?…”’"'“‘»«0-9][ \u00a0]))[0-9]+
      | (?<![0-9])(?:1[5-9]|20)[0-9]{3,5}(?![0-9])""",
    re.VERBOSE,
)

# A run of ASCII digits, whole: `digit_runs` reads DIGIT_RUN's matches off these.
# matches "1991" and "1" in "1991.1"; not "٣" (an Arabic-Indic three)
_ASCII_DIGITS = lazy_compile(r"[0-9]+")

# How a year starts (DIGIT_RUN's third branch, "(?:1[5-9]|20)").
_YEAR_CENTURIES = frozenset(("15", "16", "17", "18", "19", "20"))

# What may stand before the space of a spaced candidate (DIGIT_RUN's second look-behind).
_BEFORE_SPACED = frozenset(".!?…”’\"'“‘»«0123456789")


class Reading(NamedTuple):
    """One way to read a digit run: one marker, or two stacked ones ("78" as 7 and 8)."""

    numbers: tuple[int, ...]
    score: float


class Candidate(NamedTuple):
    span: Span
    form: str  # glued or spaced
    readings: tuple[Reading, ...]
    features: tuple[str, ...]


def find_candidates(text: str, spans: Iterable[Span], highest_note: int) -> list[Candidate]:
    """Candidates in the paragraphs `spans`, in text order."""
    candidates = []
    for span in spans:
        for start, end in digit_runs(text, span.start, span.end):
            candidate = _candidate(text, start, end, span, highest_note)
            if candidate is not None:
                candidates.append(candidate)
    return candidates


def digit_runs(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """The spans of `DIGIT_RUN.finditer(text, start, end)`, found five times faster.

    Every DIGIT_RUN match is a whole run of ASCII digits (each branch needs a non-digit or
    nothing before it, and reads digits greedily to the run's end or `end`), so the runs
    are found with a plain pattern and DIGIT_RUN's look-behinds checked on the characters
    before each: the same spans (tests/test_marker_candidates.py compares the two). The
    regex was most of `find_candidates`' time: its look-behinds ran at every position.
    """
    for run in _ASCII_DIGITS.finditer(text, start, end):
        first, last = run.span()
        if first > 0:
            before = text[first - 1]
            if before in "0123456789":
                continue  # `start` cuts a run: no branch matches inside one
            if not before.isspace():  # `\s` is str.isspace, code point for code point
                yield first, last  # glued: "cracks23"
                continue
            if before in " \u00a0" and first >= 2 and text[first - 2] in _BEFORE_SPACED:
                yield first, last  # spaced: "destroyed. 58"
                continue
        if 5 <= last - first <= 7 and text[first : first + 2] in _YEAR_CENTURIES:
            yield first, last  # a year with digits glued on: "200737"


def _candidate(
    text: str, start: int, end: int, paragraph: Span, highest_note: int
) -> Candidate | None:
    if end - start > 8 or start == paragraph.start:
        return None
    digits = text[start:end]
    long_number = highest_note >= LONG_NOTE_NUMBER and _long_note_number(digits, highest_note)
    if not long_number and end - start >= 5 and _after_glued_year(digits) is not None:
        return _year_then_marker(text, start + 4, end, paragraph, highest_note)
    before = text[start - 1]
    if before in SPACES:
        if start - 2 < paragraph.start:
            return None
        if text[start - 2].isdigit():
            features = ["spaced_after_number"]  # "do).2 3 Today": two markers, spaced
        elif text[start - 2] in SENTENCE_END + QUOTES:
            features = ["spaced"]
        else:
            return None
        if text[start - 2] == "." and word_before(text, start - 2).lower() in LOCATOR_WORDS:
            features.append("spaced_after_locator")
        form = "spaced"
    elif before.isspace():
        return None
    else:
        features = before_features(text, start, before)
        form = "glued"
    decimal = "decimal" in features and "after_year" not in features
    features.extend(after_features(text, end, paragraph.end, decimal))
    score = 0  # a loop, not sum() over a generator: one candidate per digit run
    for name in features:
        score += FEATURE_WEIGHTS[name]
    readings = []
    if len(digits) <= 3 or long_number:
        number = int(digits)
        single = score
        if digits.startswith("0"):
            single += FEATURE_WEIGHTS["leading_zero"]
        if highest_note and number > highest_note + NOTES_SLACK:
            single += FEATURE_WEIGHTS["beyond_notes"]
        readings.append(Reading((number,), single))
    stacked = _stacked(digits) if form == "glued" else None
    if stacked is not None:
        extra = FEATURE_WEIGHTS["stacked"]
        if YEAR.fullmatch(digits):
            extra += FEATURE_WEIGHTS["year_like"]
        readings.append(Reading(stacked, score + extra))
    if not readings:
        return None
    return Candidate(Span(start, end), form, tuple(readings), tuple(features))


def _year_then_marker(
    text: str, start: int, end: int, paragraph: Span, highest_note: int
) -> Candidate | None:
    features = ["after_glued_year", *after_features(text, end, paragraph.end, False)]
    number = int(text[start:end])
    score = sum(FEATURE_WEIGHTS[name] for name in features)
    if highest_note and number > highest_note + NOTES_SLACK:
        score += FEATURE_WEIGHTS["beyond_notes"]
    return Candidate(Span(start, end), "glued", (Reading((number,), score),), tuple(features))


def _stacked(digits: str) -> tuple[int, ...] | None:
    """Consecutive numbers written together: "78" -> (7, 8), "910" -> (9, 10),
    "212223" -> (21, 22, 23)."""
    length = len(digits)
    if length < 2 or digits[0] == "0":
        return None
    # A first number as long as the run (or longer) leaves no second one; most runs fail
    # at the second number, so the list is built only once that one is there.
    for width in range(1, min(4, length)):
        number = int(digits[:width])
        following = str(number + 1)
        if not digits.startswith(following, width):
            continue
        numbers = [number, number + 1]
        at = width + len(following)
        while at < length:
            following = str(numbers[-1] + 1)
            if not digits.startswith(following, at):
                break
            numbers.append(numbers[-1] + 1)
            at += len(following)
        if at == length:
            return tuple(numbers)
    return None


def _long_note_number(digits: str, highest_note: int) -> bool:
    """Four or five digits within the notes of a document that has a thousand or more
    ("A claim.1200" with 1,500 notes): a marker reading. Fewer notes, and such a number is
    a year or a count, never a marker (read as a glued year or stacked at most)."""
    return (
        3 < len(digits) <= MAX_NOTE_DIGITS
        and highest_note >= LONG_NOTE_NUMBER
        and not digits.startswith("0")
        and int(digits) <= highest_note + NOTES_SLACK
    )


def _after_glued_year(digits: str) -> str | None:
    """ "19391" in "September 19391": a year with marker 1 glued to it."""
    if 5 <= len(digits) <= 7 and YEAR.fullmatch(digits[:4]) and digits[4] != "0":
        return digits[4:]
    return None
