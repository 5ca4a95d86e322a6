"""A rendered article laid out as one plain-text document per notes variant, with its truth.

The notes follow the body under a "Notes" heading, as the web page lists them. Variants:
`plain` ("12 text", blank lines between), `dotted` ("12. text"), `one_per_line` ("12 text"
with no blank lines) and `superscript` ("¹² text"). The body is the same in every variant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citecheck.model import LineIndex

from .render import Rendered

VARIANTS = ("plain", "dotted", "one_per_line", "superscript")

# A line break. matches "\n"; not "\r"
NEWLINE = re.compile("\n")

_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass(frozen=True)
class TruthMarker:
    number: int
    offset: int  # of the marker's first digit
    line: int
    column: int


@dataclass(frozen=True)
class TruthNote:
    number: int
    offset: int  # of the note's number
    end: int  # the end of its text
    line: int


@dataclass(frozen=True)
class Document:
    """One plain-text document and what a perfect reader reads in it."""

    text: str
    markers: tuple[TruthMarker, ...]
    notes: tuple[TruthNote, ...]
    variant: str

    def note(self, number: int) -> TruthNote:
        return next(note for note in self.notes if note.number == number)

    def markers_of(self, number: int) -> tuple[TruthMarker, ...]:
        return tuple(marker for marker in self.markers if marker.number == number)


def note_label(number: int, variant: str) -> str:
    """How a note's number is written at the start of its paragraph."""
    if variant == "dotted":
        return f"{number}."
    if variant == "superscript":
        return str(number).translate(_SUPERSCRIPT_DIGITS)
    return str(number)


def note_separator(variant: str) -> str:
    return "\n" if variant == "one_per_line" else "\n\n"


def compose(rendered: Rendered, variant: str) -> Document:
    """The document a reader copies, with every marker and note located exactly."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}")
    pieces = [rendered.body, "\n\nNotes\n\n"]
    offset = len(rendered.body) + len("\n\nNotes\n\n")
    spans: list[tuple[int, int, int]] = []
    separator = note_separator(variant)
    for k, (number, text) in enumerate(rendered.notes):
        if k:
            pieces.append(separator)
            offset += len(separator)
        paragraph = f"{note_label(number, variant)} {text}".rstrip()
        spans.append((number, offset, offset + len(paragraph)))
        pieces.append(paragraph)
        offset += len(paragraph)
    pieces.append("\n")
    return located("".join(pieces), rendered.markers, spans, variant)


def located(
    text: str,
    markers: tuple[tuple[int, int], ...],
    notes: list[tuple[int, int, int]],
    variant: str,
) -> Document:
    """A Document from offsets: (number, offset) markers and (number, start, end) notes."""
    # LineIndex.of walks the text a character at a time; the harness lays out 20 documents
    # per article, so find the line starts with one regex pass instead.
    index = LineIndex((0, *(match.end() for match in NEWLINE.finditer(text))))
    return Document(
        text=text,
        markers=tuple(
            TruthMarker(number, offset, *index.position(offset)) for number, offset in markers
        ),
        notes=tuple(
            TruthNote(number, start, end, index.position(start)[0]) for number, start, end in notes
        ),
        variant=variant,
    )
