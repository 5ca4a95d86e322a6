"""Typed notes in a Word document: raised numbers in the text, a "Notes" list at the end.

Many authors type a note's number in superscript and list the notes under a "Notes"
heading instead of using Word's footnotes. The raised numbers are the markers, so long
as they do not read as powers:

| raised text | stands after | read as |
|---|---|---|
| `3` | `collapsed in 1991.` | marker 3 |
| `12` | `argued` | marker 12 |
| `4,5` | `revolution.` | markers 4 and 5 |
| `6` | `10` (a number of one or two digits) | a power: 10⁶ |
| `2` | `m`, `x` (a one-letter symbol) | a power: m², x² |
| `3` | `50 km`, `million km`, `3 in` (a unit) | a power: km³ |
| `2` | `= mc` (a term after an operator) | a power: mc² |
| `2` | any, when `+`, `=`, `/`… follows | a power: x² + y² |
| `st`, `e`, `-3`, `2–4`, `012` | any | not a marker (ordinal, sign, range, zero) |

A year keeps its marker (`in 1991³` is note 3): only numbers of one or two digits take a
power. Raised text that is not a marker is written as superscript digits where it can be
("10⁶"), so that no later reader takes "106" for a figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from citecheck.model import Marker, Note, Paragraph, Section, Span
from citecheck.readers.docx_layout import SUPERSCRIPT_DIGITS

# A raised note marker: one number, or several separated by commas, or several numbers
# in a row typed as one run ("212223" is 21, 22, 23: see `_stacked`).
# matches "12", "3,4", "3, 4", " 7 ", "212223"; not "st", "-3", "2–4", "012", "1.5"
RAISED_MARKERS = re.compile(r"\s*[1-9]\d*(?:,\s?[1-9]\d{0,2})*\s*")

# One number inside RAISED_MARKERS.
# matches "12" in "3, 12"; not "," or " "
NUMBER = re.compile(r"\d+")

# What stands right before a raised number that makes it a power, not a note marker
# (searched at the end of the few characters before it).
# matches "10", "x", "50 km", "million km", "3 in", "= mc"; not "1991.", "argued",
# "(Cliff, 1974)", "a", "begin" (a word ending like a unit)
POWER_BASE = re.compile(
    r"""(?:
          (?<![\d.,])\d{1,2}                          # a short number: 10⁶, 2⁸
        | (?<![^\W\d_])(?![aAI])[^\W\d_]              # a one-letter symbol: x², m²
        | (?<![^\W\d_])(?:km|cm|mm|µm|nm|ft|yd|mi|sq)  # a unit: 22 million km²
        | \d[ \u00a0]?in                              # inches, after their number: 3 in²
        | [=+−×·÷/^][ \u00a0]*[^\W\d_]{1,3}           # a term in a formula: = mc²
      )\Z""",
    re.VERBOSE,
)

# An operator right after a raised number, then a term: the number is a power in a formula.
# matches " + y", "= z", "/s"; not ". Yet", " and", "—", "^ As" (a caret is no operator
# in Word, which raises the power instead)
OPERATOR_AFTER = re.compile(r"[ \u00a0]*[=+−×·÷/<>≤≥][ \u00a0]*\w")

# How many characters before a raised number POWER_BASE looks at.
_LOOK_BEHIND = 12


def raised_markers(
    text: str, raised: Sequence[Span], paragraphs: Sequence[Paragraph]
) -> tuple[list[Marker], list[Span]]:
    """The markers among the raised spans of body and heading paragraphs, and the raised
    spans that are not markers."""
    markers: list[Marker] = []
    others: list[Span] = []
    prose = [p.span for p in paragraphs if p.section in (Section.BODY, Section.HEADING)]
    k = 0
    for span in raised:
        while k < len(prose) and prose[k].end <= span.start:
            k += 1
        inside = k < len(prose) and prose[k].start <= span.start
        found = list(_markers_at(text, span, prose[k].start)) if inside else []
        if found:
            markers.extend(found)
        else:
            others.append(span)
    return markers, others


def _markers_at(text: str, span: Span, paragraph_start: int) -> Iterable[Marker]:
    if not RAISED_MARKERS.fullmatch(text, span.start, span.end):
        return
    before = text[max(paragraph_start, span.start - _LOOK_BEHIND) : span.start]
    if not before.strip() or POWER_BASE.search(before):
        return
    if OPERATOR_AFTER.match(text, span.end):
        return
    for number in NUMBER.finditer(text, span.start, span.end):
        digits, start = number.group(), number.start()
        if len(digits) <= 3:
            yield Marker(int(digits), Span(start, number.end()), "superscript")
            continue
        for first, end in _stacked(digits):
            yield Marker(first, Span(start + end - len(str(first)), start + end), "stacked")


def _stacked(digits: str) -> list[tuple[int, int]]:
    """Consecutive numbers run together ("212223": 21, 22, 23), as (number, end offset), or
    nothing when no such reading covers all the digits (a long number is no marker)."""
    for width in (1, 2, 3):
        number, at, out = int(digits[:width]), width, [(int(digits[:width]), width)]
        while at < len(digits):
            number += 1
            if not digits.startswith(str(number), at):
                break
            at += len(str(number))
            out.append((number, at))
        if at == len(digits) and digits[0] != "0":
            return out
    return []


def with_parts(markers: list[Marker], notes: Sequence[Note]) -> list[Marker]:
    """Each marker given the notes list (`part`) it points into, where notes restart.

    A part's markers stand before its notes, after the previous part's; within one list
    holding several parts (all the book's notes at its end), a number lower than the one
    before starts the next part.
    """
    starts: dict[int, int] = {}
    for note in notes:
        starts.setdefault(note.part, note.span.start)
    parts = sorted(starts, key=starts.__getitem__)
    if len(parts) <= 1:
        return [replace(m, part=parts[0]) if parts else m for m in markers]
    out, current, previous = [], 0, 0
    for marker in markers:
        while current + 1 < len(parts) and marker.span.start > starts[parts[current]]:
            current += 1
        if marker.number < previous and current + 1 < len(parts):
            following = starts[parts[current + 1]]
            if marker.span.start < following:
                current += 1
        previous = marker.number
        out.append(replace(marker, part=parts[current]))
    return out


def with_superscript_digits(text: str, spans: Iterable[Span]) -> str:
    """The text with the digits of these spans raised ("106" to "10⁶"), lengths kept."""
    pieces, last = [], 0
    for span in spans:
        pieces.append(text[last : span.start])
        pieces.append(span.slice(text).translate(SUPERSCRIPT_DIGITS))
        last = span.end
    pieces.append(text[last:])
    return "".join(pieces)
