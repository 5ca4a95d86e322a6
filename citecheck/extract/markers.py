"""Footnote markers in body text that has no marker syntax (plain text from the web).

Markers there are digits glued to the text: ``collapsed on 25 December 1991.1 Yet``.
Every digit run that could be one is a candidate with a score from its context
(marker_candidates.py); the decoder (marker_decoder.py) picks the sequence that best
explains them. Explicit forms (``[12]``, ``^12``, ``[^12]``, ``¹²``) need no guessing.
Where each chapter has its own notes list, each part is read on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from citecheck.extract.marker_candidates import find_candidates
from citecheck.extract.marker_decoder import decode
from citecheck.model import Marker, Note, Section, SourceText, Span

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


def find_markers(source: SourceText) -> tuple[Marker, ...]:
    """Markers in the body paragraphs, in document order."""
    if source.markers is not None:
        return source.markers
    markers: list[Marker] = []
    for part, spans, notes in _parts(source):
        markers.extend(_markers_of_part(source.masked, spans, notes, part))
    return tuple(markers)


def _markers_of_part(
    text: str, body: tuple[Span, ...], notes: list[Note], part: int
) -> list[Marker]:
    note_numbers = frozenset(note.number for note in notes)
    explicit = [
        Marker(m.number, m.span, m.form, part=part) if part else m
        for m in _explicit_markers(text, body)
    ]
    highest = max(note_numbers, default=0)
    glued = decode(find_candidates(text, body, highest), part)
    # A document uses one marker style. One stray "[1]" or "km²" must not switch off 57
    # glued markers, so the style that accounts for more of the notes wins.
    if explicit and _notes_explained(explicit, note_numbers) >= _notes_explained(
        glued, note_numbers
    ):
        return explicit
    return glued


def _parts(source: SourceText) -> list[tuple[int, tuple[Span, ...], list[Note]]]:
    """(part, body paragraphs, notes) for each notes list; body text before a list is its."""
    body = source.section_spans(Section.BODY)
    by_part: dict[int, list[Note]] = {}
    for note in source.notes:
        by_part.setdefault(note.part, []).append(note)
    if len(by_part) <= 1:
        return [(0, body, list(source.notes))]
    ends = sorted((max(n.span.end for n in notes), part) for part, notes in by_part.items())
    spans_of: dict[int, list[Span]] = {part: [] for part in by_part}
    k = 0
    for span in body:
        while k < len(ends) - 1 and span.start >= ends[k][0]:
            k += 1
        spans_of[ends[k][1]].append(span)
    return [(part, tuple(spans_of[part]), by_part[part]) for _, part in ends]


def _notes_explained(markers: list[Marker], note_numbers: frozenset[int]) -> int:
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


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end]
