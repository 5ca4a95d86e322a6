"""What the HTML conventions share: a note built from its block, numbers read from text
and from anchors, spans without their white space."""

from __future__ import annotations

import re
from dataclasses import dataclass

from citecheck.model import Marker, Note, Span
from citecheck.readers.html_layout import Element, Layout

# A note's anchor and the number it holds.
# matches "fn3", "fn:3", "fn-3", "footnote-3", "Footnote_3_3", "_ftn3", "_edn2", "fn03",
# "cite_note-3", "cite_note-Smith-3", "endnote12"; not "fnref3", "page15", "cite_ref-3"
NOTE_ANCHOR = re.compile(
    r"""^(?:(?:fn|footnote|note|_?ftn|_?edn|endnote|en)[:_-]?(?P<number>\d{1,6})(?:_\d+)?
        | cite_note-(?:.*-)?(?P<cited>\d{1,6}))$""",
    re.IGNORECASE | re.VERBOSE,
)

# A marker's or a label's text: a number, perhaps bracketed.
# matches "3", "[3]", "(12)", " 3 " (no-break spaces); not "3a", "iii", "↩"
NUMBER_TEXT = re.compile(r"^[\s\[\(]*(?P<number>\d{1,6})[\s\]\)]*$")

# How many elements into a block its anchor is looked for: notes open with their number.
MAX_LOOK_IN = 64


@dataclass(frozen=True)
class Structure:
    markers: tuple[Marker, ...]
    notes: tuple[Note, ...]
    masks: tuple[Span, ...]  # markers and list numbers: never read as figures


def span_of(layout: Layout, element: Element) -> Span:
    """The element's text without the white space (no-break spaces too) at either end."""
    return stripped(layout.text, element.start, max(element.start, element.end))


def stripped(text: str, start: int, end: int) -> Span:
    # str.strip, in C: `Span.strip` loops in Python, and a page has a span per link.
    chunk = text[start:end]
    kept = chunk.strip()
    start += len(chunk) - len(chunk.lstrip())
    return Span(start, start + len(kept))


def number_of(layout: Layout, element: Element) -> int | None:
    match = NUMBER_TEXT.match(span_of(layout, element).slice(layout.text))
    return int(match.group("number")) if match else None


def anchor_number(key: str) -> int | None:
    match = NOTE_ANCHOR.match(key)
    if match is None:
        return None
    return int(match.group("number") or match.group("cited"))


def build_note(
    layout: Layout, block: int, label: Element | None, marker_number: int | None
) -> Note | None:
    element = layout.elements[block]
    span = span_of(layout, element)
    if span.end <= span.start:
        return None
    if label is not None:
        number_span = span_of(layout, label)
        number = number_of(layout, label)
    elif element.label is not None:
        number_span = stripped(layout.text, *element.label)
        number = None
    else:
        number_span = Span(span.start, span.start)
        number = None
    if number is None:
        number = anchor_number(element.attrs.get("id") or "") or inner_anchor(layout, block)
    if number is None:
        number = element.ordinal if element.ordinal is not None else marker_number
    if number is None:
        return None
    text_span = stripped(layout.text, number_span.end, span.end)
    return Note(number, Span(min(span.start, number_span.start), span.end), number_span, text_span)


def inner_anchor(layout: Layout, block: int) -> int | None:
    """The number of a note anchor inside the block (Gutenberg's `<a name="fn01">`)."""
    end = layout.elements[block].end
    for element in layout.elements[block + 1 : block + 1 + MAX_LOOK_IN]:
        if element.start > end:
            break
        for key in (element.attrs.get("id"), element.attrs.get("name")):
            number = anchor_number(key or "")
            if number is not None:
                return number
    return None
