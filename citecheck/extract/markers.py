"""Footnote markers in body text that has no marker syntax (plain text from the web).

Markers there are digits glued to the text: ``collapsed on 25 December 1991.1 Yet``.
Every digit run that could be one is a candidate with a score from its context
(marker_candidates.py); the decoder (marker_decoder.py) picks the sequence that best
explains them. Explicit forms (``[12]``, ``^12``, ``[^12]``, ``¹²``) need no guessing.
Where each chapter has its own notes list, or notes restart after a chapter heading, each
part is read on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from citecheck.extract.marker_candidates import find_candidates
from citecheck.extract.marker_decoder import decode
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Marker, Note, Section, SourceText, Span

# Explicit marker syntaxes.
# matches "[^12]", "[12]", "text^12", "¹²"; not "[12a]", "x^2y" (letter after)
EXPLICIT_MARKER = lazy_compile(
    r"""\[\^(?P<footnote>\d{1,3})\]
      | \[(?P<bracket>\d{1,3})\]
      | \^(?P<caret>\d{1,3})(?![\w.])
      | (?P<superscript>[¹²³⁰⁴⁵⁶⁷⁸⁹]{1,3})
    """,
    re.VERBOSE,
)

# Two bracketed numbers joined as a range name notes, they do not cite them.
# matches "[01] through [15]", "[3] to [7]", "[3]–[7]"; not "[3] and then [4]", "[3], [4]"
BRACKET_RANGE = re.compile(
    r"\[\d{1,3}\](?:[ \t]+(?:through|to|thru)[ \t]+|[ \t]*[–-][ \t]*)\[\d{1,3}\]"
)

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def find_markers(source: SourceText) -> tuple[Marker, ...]:
    """Markers in the body paragraphs, in document order."""
    if source.markers is not None:
        return source.markers
    markers: list[Marker] = []
    for first_part, parts, spans, notes in _parts(source):
        markers.extend(_markers_of_part(source.masked, spans, notes, first_part, parts))
    return tuple(markers)


def _markers_of_part(
    text: str, body: tuple[Span, ...], notes: list[Note], first_part: int, parts: int
) -> list[Marker]:
    note_numbers = frozenset(note.number for note in notes)
    highest = max(note_numbers, default=0)
    glued = decode(find_candidates(text, body, highest), first_part, parts)
    if parts > 1:
        return glued  # one list restarting per chapter: explicit forms are not split up
    explicit = [
        Marker(m.number, m.span, m.form, part=first_part) if first_part else m
        for m in _explicit_markers(text, body)
    ]
    # A document uses one marker style. One stray "[1]" or "km²" must not switch off 57
    # glued markers, so the style that accounts for more of the notes wins.
    if explicit and _notes_explained(explicit, note_numbers) >= _notes_explained(
        glued, note_numbers
    ):
        return explicit
    return glued


def _parts(source: SourceText) -> list[tuple[int, int, tuple[Span, ...], list[Note]]]:
    """(first part, parts, body paragraphs, notes) for each notes list.

    The body text before a list (after the previous one) is its; a list whose numbering
    restarts per chapter holds several parts, decoded together.
    """
    body = source.section_spans(Section.BODY)
    by_part: dict[int, list[Note]] = {}
    for note in source.notes:
        by_part.setdefault(note.part, []).append(note)
    if len(by_part) <= 1:
        return [(0, 1, body, list(source.notes))]
    starts = [part.start for part in source.parts]
    if starts and all(start is not None for start in starts):
        return _regions(body, by_part, [start or 0 for start in starts])
    # Parts with no body text between them belong to one list.
    ordered = sorted(by_part, key=lambda part: by_part[part][0].span.start)
    body_starts = [span.start for span in body]
    lists: list[list[int]] = [[ordered[0]]]
    for part in ordered[1:]:
        gap_start = by_part[lists[-1][-1]][-1].span.end
        gap_end = by_part[part][0].span.start
        k = bisect_left(body_starts, gap_start)
        if k < len(body_starts) and body_starts[k] < gap_end:
            lists.append([part])
        else:
            lists[-1].append(part)
    ends = [by_part[parts[-1]][-1].span.end for parts in lists]
    spans_of: list[list[Span]] = [[] for _ in lists]
    k = 0
    for span in body:
        while k < len(ends) - 1 and span.start >= ends[k]:
            k += 1
        spans_of[k].append(span)
    return [
        (parts[0], len(parts), tuple(spans_of[i]), [n for p in parts for n in by_part[p]])
        for i, parts in enumerate(lists)
    ]


def _regions(
    body: tuple[Span, ...], by_part: dict[int, list[Note]], starts: list[int]
) -> list[tuple[int, int, tuple[Span, ...], list[Note]]]:
    """Each part's body runs from its heading to the next part's: notes placed after their
    paragraphs sit inside it, so the part's markers are decoded on their own."""
    spans_of: list[list[Span]] = [[] for _ in starts]
    k = 0
    for span in body:
        while k < len(starts) - 1 and span.start >= starts[k + 1]:
            k += 1
        spans_of[k].append(span)
    return [(k, 1, tuple(spans_of[k]), by_part.get(k, [])) for k in range(len(starts))]


def _notes_explained(markers: list[Marker], note_numbers: frozenset[int]) -> int:
    numbers = {marker.number for marker in markers}
    return len(numbers & note_numbers) if note_numbers else len(numbers)


# Units that take a superscript power: "km²" is square kilometres, not note 2.
_UNITS = frozenset({"m", "km", "cm", "mm", "ft", "in", "mi", "yd", "sq"})


def _explicit_markers(text: str, spans: Iterable[Span]) -> Iterable[Marker]:
    for span in spans:
        ranges = [m.span() for m in BRACKET_RANGE.finditer(text, span.start, span.end)]
        k = 0  # ranges and matches both run left to right
        for match in EXPLICIT_MARKER.finditer(text, span.start, span.end):
            form = match.lastgroup or "bracket"
            while k < len(ranges) and ranges[k][1] <= match.start():
                k += 1
            if k < len(ranges) and ranges[k][0] <= match.start():
                continue
            if form == "superscript" and _word_before(text, match.start()).lower() in _UNITS:
                continue
            digits = match.group(form).translate(_SUPERSCRIPTS)
            yield Marker(int(digits), Span(match.start(), match.end()), form)


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end]
