"""Seeded defects: one of each kind per document, at a target chosen by a fixed seed.

Each defect is one a checker must report, and the target is picked so that the report is
unambiguous: a note whose number the text cites exactly once, with a marker not stacked
against another marker. The random generator is seeded from a constant and the article's
position in name order, never tuned.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .truth import Document, located, note_separator

SEED = 20261130  # fixed when the harness was written; changing it is a new benchmark

KINDS = ("note_deleted", "marker_deleted", "note_duplicated", "markers_swapped")

# The finding each kind must produce.
EXPECTED_CODE = {
    "note_deleted": "N101",
    "marker_deleted": "N102",
    "note_duplicated": "N103",
    "markers_swapped": "N104",
}


@dataclass(frozen=True)
class Expectation:
    """A finding the seeded document must produce: `code` about one of `notes`.

    `line`, when set, is where the finding must stand (N101 stands at the marker).
    """

    kind: str
    code: str
    notes: frozenset[int]
    line: int | None = None


@dataclass(frozen=True)
class Seeded:
    document: Document
    expectation: Expectation


def choose_targets(document: Document, article_index: int) -> dict[str, int]:
    """For each kind, the note number it acts on (the first of the pair for a swap).

    Kinds with no fitting target (an article with one note cannot swap) are left out. The
    targets depend only on the body's markers and notes, the same in every variant.
    """
    rng = random.Random(SEED + article_index)
    single = _single_unstacked(document)
    noted = {note.number for note in document.notes}
    once = sorted(single & noted)
    targets: dict[str, int] = {}
    for kind in KINDS:
        if kind == "markers_swapped":
            pool = [n for n in once if n + 1 in single and n + 1 in noted]
        elif kind == "note_duplicated":
            pool = sorted(noted)
        else:
            pool = once
        if pool:
            targets[kind] = rng.choice(pool)
    return targets


def seed(document: Document, kind: str, number: int) -> Seeded:
    if kind == "note_deleted":
        return _delete_note(document, number)
    if kind == "marker_deleted":
        return _delete_marker(document, number)
    if kind == "note_duplicated":
        return _duplicate_note(document, number)
    if kind == "markers_swapped":
        return _swap_markers(document, number)
    raise ValueError(f"unknown defect kind {kind!r}")


def _single_unstacked(document: Document) -> set[int]:
    """Numbers cited exactly once, by a marker with no other marker right beside it."""
    counts: dict[int, int] = {}
    for marker in document.markers:
        counts[marker.number] = counts.get(marker.number, 0) + 1
    starts = {marker.offset for marker in document.markers}
    ends = {marker.offset + len(str(marker.number)) for marker in document.markers}
    return {
        marker.number
        for marker in document.markers
        if counts[marker.number] == 1
        and marker.offset not in ends
        and marker.offset + len(str(marker.number)) not in starts
    }


def _edit(document: Document, start: int, end: int, insert: str) -> Document:
    """The document with text[start:end] replaced, every marker and note shifted to match.

    A marker or note inside the replaced stretch is dropped from the truth.
    """
    shift = len(insert) - (end - start)

    def moved(offset: int) -> int:
        return offset + shift if offset >= end else offset

    markers = tuple(
        (m.number, moved(m.offset)) for m in document.markers if not (start <= m.offset < end)
    )
    notes = [
        (n.number, moved(n.offset), moved(n.end))
        for n in document.notes
        if not (start <= n.offset < end)
    ]
    text = document.text[:start] + insert + document.text[end:]
    return located(text, markers, notes, document.variant)


def _delete_note(document: Document, number: int) -> Seeded:
    notes = list(document.notes)
    k = next(i for i, note in enumerate(notes) if note.number == number)
    if k + 1 < len(notes):  # the note and the separator after it
        start, end = notes[k].offset, notes[k + 1].offset
    elif k > 0:  # the last note and the separator before it
        start, end = notes[k - 1].end, notes[k].end
    else:
        start, end = notes[k].offset, notes[k].end
    edited = _edit(document, start, end, "")
    (marker,) = edited.markers_of(number)
    return Seeded(edited, Expectation("note_deleted", "N101", frozenset({number}), marker.line))


def _delete_marker(document: Document, number: int) -> Seeded:
    (marker,) = document.markers_of(number)
    edited = _edit(document, marker.offset, marker.offset + len(str(number)), "")
    return Seeded(edited, Expectation("marker_deleted", "N102", frozenset({number})))


def _duplicate_note(document: Document, number: int) -> Seeded:
    """A second note with the same number right after the first (a pasted note)."""
    note = document.note(number)
    copy = note_separator(document.variant) + document.text[note.offset : note.end]
    edited = _edit(document, note.end, note.end, copy)
    start = note.end + len(note_separator(document.variant))
    notes = [(n.number, n.offset, n.end) for n in edited.notes]
    notes.append((number, start, start + note.end - note.offset))
    notes.sort(key=lambda item: item[1])
    markers = tuple((m.number, m.offset) for m in edited.markers)
    edited = located(edited.text, markers, notes, document.variant)
    return Seeded(edited, Expectation("note_duplicated", "N103", frozenset({number})))


def _swap_markers(document: Document, number: int) -> Seeded:
    """Markers `number` and `number + 1` trade places (their digits are exchanged)."""
    (first,) = document.markers_of(number)
    (second,) = document.markers_of(number + 1)
    a, b = str(number), str(number + 1)
    text = document.text
    swapped = (
        text[: first.offset]
        + b
        + text[first.offset + len(a) : second.offset]
        + a
        + text[second.offset + len(b) :]
    )
    grow = len(b) - len(a)  # 9 and 10: the text between the two moves by one

    def moved(offset: int) -> int:
        return offset + grow if first.offset < offset <= second.offset else offset

    markers = [
        (number + 1 if m is first else number if m is second else m.number, moved(m.offset))
        for m in document.markers
    ]
    notes = [(n.number, moved(n.offset), moved(n.end)) for n in document.notes]
    edited = located(swapped, tuple(markers), notes, document.variant)
    return Seeded(edited, Expectation("markers_swapped", "N104", frozenset({number, number + 1})))
