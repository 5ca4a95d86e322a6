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

import re
from dataclasses import dataclass
from urllib.parse import unquote

from citecheck.model import Marker, Note, Span
from citecheck.readers.html_layout import Element, Layout, is_back_link
from citecheck.readers.paragraphs import is_notes_heading

# A note's anchor and the number it holds.
# matches "fn3", "fn:3", "fn-3", "footnote-3", "Footnote_3_3", "_ftn3", "_edn2", "fn03",
# "cite_note-3", "cite_note-Smith-3", "endnote12"; not "fnref3", "page15", "cite_ref-3"
NOTE_ANCHOR = re.compile(
    r"""^(?:(?:fn|footnote|note|_?ftn|_?edn|endnote|en)[:_-]?(?P<number>\d{1,6})(?:_\d+)?
        | cite_note-(?:.*-)?(?P<cited>\d{1,6}))$""",
    re.IGNORECASE | re.VERBOSE,
)

# Class tokens and roles that make a link a marker.
MARKER_CLASSES = frozenset(
    {"footnote-ref", "footnoteref", "fn", "fnanchor", "noteref", "footnote", "reference",
     "endnote-ref", "footnote-reference"}
)  # fmt: skip
MARKER_ROLES = frozenset({"doc-noteref"})

# A marker's or a label's text: a number, perhaps bracketed.
# matches "3", "[3]", "(12)", " 3 " (no-break spaces); not "3a", "iii", "↩"
NUMBER_TEXT = re.compile(r"^[\s\[\(]*(?P<number>\d{1,6})[\s\]\)]*$")

# What may stand before a note's own number at the start of its block.
LABEL_LEAD = frozenset(" \t\n\u00a0[(")

# How far up the blocks a link's note is looked for, and how many elements into a block
# its label or anchor: notes are shallow and open with their number, and a page nested
# 100,000 deep is not climbed 100,000 times per link.
MAX_CLIMB = 32
MAX_LOOK_IN = 64


@dataclass(frozen=True)
class Structure:
    markers: tuple[Marker, ...]
    notes: tuple[Note, ...]
    masks: tuple[Span, ...]  # markers and list numbers: never read as figures


def read_structure(layout: Layout) -> Structure | None:
    """The page's markers and notes, or None when its structure shows none."""
    return _anchored(layout) or _plain(layout)


def _span(layout: Layout, element: Element) -> Span:
    """The element's text without the white space (no-break spaces too) at either end."""
    return stripped(layout.text, element.start, max(element.start, element.end))


def stripped(text: str, start: int, end: int) -> Span:
    # str.strip, in C: `Span.strip` loops in Python, and a page has a span per link.
    chunk = text[start:end]
    kept = chunk.strip()
    start += len(chunk) - len(chunk.lstrip())
    return Span(start, start + len(kept))


def _number(layout: Layout, element: Element) -> int | None:
    match = NUMBER_TEXT.match(_span(layout, element).slice(layout.text))
    return int(match.group("number")) if match else None


def _tokens(element: Element) -> set[str]:
    return set((element.attrs.get("class") or "").lower().split())


def _anchor_number(key: str) -> int | None:
    match = NOTE_ANCHOR.match(key)
    if match is None:
        return None
    return int(match.group("number") or match.group("cited"))


def _fragment(element: Element) -> str | None:
    href = element.attrs.get("href") or ""
    return unquote(href[1:]) if href.startswith("#") and len(href) > 1 else None


def _target_block(layout: Layout, key: str) -> int | None:
    index = layout.ids.get(key)
    if index is None:
        return None
    element = layout.elements[index]
    return index if element.is_block else (element.block if element.block != -1 else None)


def _anchored(layout: Layout) -> Structure | None:
    elements = layout.elements
    holds_sup = {e.link for e in elements if e.tag == "sup" and e.link != -1}
    candidates: list[tuple[int, int, str]] = []  # (link, number, fragment)
    for index, link in enumerate(elements):
        if link.tag != "a" or not link.shown:
            continue
        key = _fragment(link)
        if key is None or is_back_link(link.attrs):
            continue
        number = _number(layout, link)
        if number is None:
            continue
        said = bool(_tokens(link) & MARKER_CLASSES) or link.attrs.get("role") in MARKER_ROLES
        if said or link.sup or index in holds_sup or _anchor_number(key) is not None:
            candidates.append((index, number, key))
    if not candidates:
        return None
    # A number opening its block is a note's own label (Gutenberg's "1", Word's "[1]"),
    # linking back to its marker: the others are markers, and the blocks they point at notes.
    firsts: dict[int, int] = {}
    candidates = [c for c in candidates if not _opens_block(layout, elements[c[0]], firsts)]
    targets = {key: _target_block(layout, key) for _, _, key in candidates}
    note_blocks = {block for block in targets.values() if block is not None}
    markers = [c for c in candidates if not _inside(elements, elements[c[0]].block, note_blocks)]
    if not markers:
        return None
    noted = [targets[key] for _, _, key in markers if targets[key] is not None]
    blocks = _with_siblings(layout, noted)
    labels = _labels(layout, blocks)
    marker_numbers: dict[int, int] = {}
    for _, number, key in markers:
        block = targets[key]
        if block is not None:
            marker_numbers.setdefault(block, number)
    notes = []
    masks = [_span(layout, elements[index]) for index, _, _ in markers]
    for block in sorted(blocks, key=lambda b: elements[b].start):
        note = _note(layout, block, labels.get(block), marker_numbers.get(block))
        if note is not None:
            notes.append(note)
            masks.append(note.number_span)
    found = tuple(
        Marker(number, _span(layout, elements[index]), "superscript")
        for index, number, _ in markers
    )
    return Structure(found, tuple(notes), tuple(masks))


def _opens_block(layout: Layout, link: Element, firsts: dict[int, int]) -> bool:
    """Whether nothing but spaces and an opening bracket stand before the link in its
    block (`firsts` keeps where each block's content starts: a paragraph of 10,000
    markers is read once, not once per marker)."""
    if link.block == -1:
        return False
    if link.block not in firsts:
        text = layout.text
        position = layout.elements[link.block].start
        while position < len(text) and text[position] in LABEL_LEAD:
            position += 1
        firsts[link.block] = position
    return link.start <= firsts[link.block]


def _inside(elements: list[Element], block: int, note_blocks: set[int]) -> bool:
    for _ in range(MAX_CLIMB):
        if block == -1:
            return False
        if block in note_blocks:
            return True
        block = elements[block].block
    return False


def _with_siblings(layout: Layout, noted: list[int]) -> set[int]:
    """The note blocks, with the other items of their lists and the blocks shaped like
    them that open with a number (a note whose marker was lost is still a note)."""
    elements = layout.elements
    blocks = set(noted)
    lists = {elements[b].block for b in blocks if elements[b].tag == "li"}
    shapes = {(elements[b].tag, (elements[b].attrs.get("class") or "")) for b in blocks}
    for index, element in enumerate(elements):
        if not element.shown or index in blocks:
            continue
        if element.tag == "li" and element.block in lists:
            blocks.add(index)
        elif element.is_block and (element.tag, (element.attrs.get("class") or "")) in shapes:
            if element.attrs.get("class") and _opens_with_number(layout, index):
                blocks.add(index)
    return blocks


def _opens_with_number(layout: Layout, block: int) -> bool:
    return _first_link(layout, block) is not None


def _first_link(layout: Layout, block: int) -> Element | None:
    """The numbered link a block opens with, if any."""
    start = layout.elements[block].start
    for element in _links_in(layout, block):
        before = layout.text[start : element.start]
        if before.strip("".join(LABEL_LEAD)) or _number(layout, element) is None:
            return None
        return element
    return None


def _links_in(layout: Layout, block: int) -> list[Element]:
    elements = layout.elements
    end = elements[block].end
    found = []
    for element in elements[block + 1 : block + 1 + MAX_LOOK_IN]:
        if element.start >= end or len(found) > 2:
            break
        if element.tag == "a" and element.start < element.end:
            found.append(element)
    return found


def _labels(layout: Layout, blocks: set[int]) -> dict[int, Element]:
    labels = {}
    for block in blocks:
        link = _first_link(layout, block)
        if link is not None:
            labels[block] = link
    return labels


def _note(
    layout: Layout, block: int, label: Element | None, marker_number: int | None
) -> Note | None:
    element = layout.elements[block]
    span = _span(layout, element)
    if span.end <= span.start:
        return None
    if label is not None:
        number_span = _span(layout, label)
        number = _number(layout, label)
    elif element.label is not None:
        number_span = stripped(layout.text, *element.label)
        number = None
    else:
        number_span = Span(span.start, span.start)
        number = None
    if number is None:
        number = _anchor_number(element.attrs.get("id") or "") or _inner_anchor(layout, block)
    if number is None:
        number = element.ordinal if element.ordinal is not None else marker_number
    if number is None:
        return None
    text_span = stripped(layout.text, number_span.end, span.end)
    return Note(number, Span(min(span.start, number_span.start), span.end), number_span, text_span)


def _inner_anchor(layout: Layout, block: int) -> int | None:
    """The number of a note anchor inside the block (Gutenberg's `<a name="fn01">`)."""
    end = layout.elements[block].end
    for element in layout.elements[block + 1 : block + 1 + MAX_LOOK_IN]:
        if element.start > end:
            break
        for key in (element.attrs.get("id"), element.attrs.get("name")):
            number = _anchor_number(key or "")
            if number is not None:
                return number
    return None


def _plain(layout: Layout) -> Structure | None:
    """`<sup>` numbers with no link, and an ordered list of notes after them."""
    elements = layout.elements
    sups = _in_sequence(
        layout,
        [
            (index, number)
            for index, element in enumerate(elements)
            if element.tag == "sup" and element.shown and element.link == -1
            and (number := _number(layout, element)) is not None
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
        note = _note(layout, index, None, None)
        if note is not None:
            notes.append(note)
    markers = tuple(
        Marker(number, _span(layout, elements[index]), "superscript")
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
        start = _span(layout, layout.elements[index]).start
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
