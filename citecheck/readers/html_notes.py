"""Footnote markers and notes read from a page's structure: links to anchors, `<sup>`.

Conventions read (docs/html.md):

- anchored: a link to an anchor in the page, `<a href="#fn3">`, is a marker when it says
  so (pandoc's and Goldmark's `footnote-ref`, Gutenberg's `fn`/`fnanchor`, `doc-noteref`),
  sits in or holds a `<sup>` (Wikipedia, Word, WordPress), or points at a note's anchor
  (`fn3`, `fn:3`, `Footnote_3_3`, `_ftn3`, `cite_note-3`). The note is the block holding
  that anchor; its number is its own label ("[3]" at its start), else its anchor's, else
  its place in its ordered list. Back links (`footnote-back`, "↩") are neither.
- plain: `<sup>` numbers with no link, and an ordered list of notes after a "Notes"
  heading or after the last of them.

Anything else (no such structure) is left to the plain-text reader.
"""

from __future__ import annotations

from citecheck.model import Marker
from citecheck.readers.html_anchored import read_anchored
from citecheck.readers.html_layout import Layout
from citecheck.readers.html_note_parts import (
    Structure,
    build_note,
    number_of,
    span_of,
    stripped,
)
from citecheck.readers.paragraphs import is_notes_heading

__all__ = ["Structure", "read_structure", "stripped"]


def read_structure(layout: Layout) -> Structure | None:
    """The page's markers and notes, or None when its structure shows none."""
    return read_anchored(layout) or _plain(layout)


def _plain(layout: Layout) -> Structure | None:
    """`<sup>` numbers with no link, and an ordered list of notes after them."""
    elements = layout.elements
    sups = _in_sequence(
        layout,
        [
            (index, number)
            for index, element in enumerate(elements)
            if element.tag == "sup" and element.shown and element.link == -1
            and (number := number_of(layout, element)) is not None
        ],
    )  # fmt: skip
    if not sups:
        return None
    notes_list = _notes_list(layout, elements[sups[-1][0]].end)
    if notes_list is None:
        return None
    items = [
        index
        for index, element in enumerate(elements)
        if element.tag == "li" and element.block == notes_list and element.shown
    ]
    ol = elements[notes_list]
    notes = []
    for index in items:
        note = build_note(layout, index, None, None)
        if note is not None:
            notes.append(note)
    markers = tuple(
        Marker(number, span_of(layout, elements[index]), "superscript")
        for index, number in sups
        if not (ol.start <= elements[index].start < ol.end)
    )
    masks = [m.span for m in markers] + [n.number_span for n in notes]
    return Structure(markers, tuple(notes), tuple(masks))


def _in_sequence(layout: Layout, sups: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The superscripts that are markers. One right after a digit is a power ("10<sup>6
    </sup>") unless it is the next note number ("in 1939<sup>1</sup>", or the second of
    "<sup>21</sup><sup>22</sup>"); any other is a marker, in sequence or not."""
    kept = []
    highest = 0
    for index, number in sups:
        start = span_of(layout, layout.elements[index]).start
        after_digit = start > 0 and layout.text[start - 1].isdigit()
        if not after_digit or number == highest + 1:
            kept.append((index, number))
            highest = max(highest, number)
    return kept


def _notes_list(layout: Layout, after: int) -> int | None:
    """The ordered list of notes: the first after a "Notes" heading, else the last one on
    the page if it follows the last marker."""
    elements = layout.elements
    lists = [i for i, e in enumerate(elements) if e.tag == "ol" and e.shown and e.start >= after]
    if not lists:
        return None
    for paragraph in layout.paragraphs:
        chunk = layout.text[paragraph.start : paragraph.end]
        if is_notes_heading(chunk):
            following = [i for i in lists if elements[i].start >= paragraph.end]
            if following:
                return following[0]
    return lists[-1]
