"""Anchored notes: links to anchors in the page (pandoc, Goldmark, Wikipedia, Word,
Project Gutenberg). See html_notes.py and docs/html.md."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import unquote

from citecheck.model import Marker, Note, Span
from citecheck.readers.html_layout import Element, Layout, is_back_link
from citecheck.readers.html_note_parts import (
    MAX_LOOK_IN,
    Structure,
    anchor_number,
    build_note,
    number_of,
    span_of,
    stripped,
)

# Class tokens and roles that make a link a marker.
MARKER_CLASSES = frozenset(
    {"footnote-ref", "footnoteref", "fn", "fnanchor", "noteref", "footnote", "reference",
     "endnote-ref", "footnote-reference"}
)  # fmt: skip
MARKER_ROLES = frozenset({"doc-noteref"})

# What may stand before a note's own number at the start of its block.
LABEL_LEAD = frozenset(" \t\n\u00a0[(")

# How far up the blocks a link's note is looked for, and how many elements into a block
# its label or anchor: notes are shallow and open with their number, and a page nested
# 100,000 deep is not climbed 100,000 times per link.
MAX_CLIMB = 32


def _tokens(element: Element) -> set[str]:
    return set((element.attrs.get("class") or "").lower().split())


def _fragment(element: Element) -> str | None:
    href = element.attrs.get("href") or ""
    return unquote(href[1:]) if href.startswith("#") and len(href) > 1 else None


def _target_block(layout: Layout, key: str) -> int | None:
    index = layout.ids.get(key)
    if index is None:
        return None
    element = layout.elements[index]
    return index if element.is_block else (element.block if element.block != -1 else None)


def read_anchored(layout: Layout) -> Structure | None:
    elements = layout.elements
    holds_sup = {e.link for e in elements if e.tag == "sup" and e.link != -1}
    candidates: list[tuple[int, int, str]] = []  # (link, number, fragment)
    for index, link in enumerate(elements):
        if link.tag != "a" or not link.shown:
            continue
        key = _fragment(link)
        if key is None or is_back_link(link.attrs):
            continue
        number = number_of(layout, link)
        if number is None:
            continue
        said = bool(_tokens(link) & MARKER_CLASSES) or link.attrs.get("role") in MARKER_ROLES
        if said or link.sup or index in holds_sup or anchor_number(key) is not None:
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
    masks = [span_of(layout, elements[index]) for index, _, _ in markers]
    for block in sorted(blocks, key=lambda b: elements[b].start):
        note = build_note(layout, block, labels.get(block), marker_numbers.get(block))
        if note is not None:
            note = _with_display(layout, block, note)
            notes.append(note)
            masks.append(note.number_span)
    found = tuple(
        Marker(number, span_of(layout, elements[index]), "superscript")
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
        if before.strip("".join(LABEL_LEAD)) or number_of(layout, element) is None:
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


def _with_display(layout: Layout, block: int, note: Note) -> Note:
    """A note that ends with a colon and is followed by a block holding only images (the
    music example, the formula or the table it announces) runs on over that block, as the
    text edition's note runs on over the display's "[Illustration: …]" line."""
    text = layout.text
    if not note.text_span.slice(text).endswith(":"):
        return note
    display = _next_block(layout, block)
    if display is None or not _only_images(layout, display):
        return note
    end = stripped(text, layout.elements[display].start, layout.elements[display].end).end
    if end <= note.span.end:
        return note
    return replace(note, span=Span(note.span.start, end), text_span=Span(note.text_span.start, end))


def _next_block(layout: Layout, block: int) -> int | None:
    """The block right after `block` in the same parent, if the next element is one."""
    elements = layout.elements
    end, parent = elements[block].end, elements[block].block
    for index in range(block + 1, min(len(elements), block + 1 + MAX_LOOK_IN)):
        element = elements[index]
        if element.start < end:
            continue  # inside the note
        return index if element.is_block and element.block == parent else None
    return None


def _only_images(layout: Layout, block: int) -> bool:
    """Whether the block's text is nothing but its images' alt texts (and white space)."""
    elements = layout.elements
    start, end = elements[block].start, elements[block].end
    rest, images, cursor = [], 0, start
    for element in elements[block + 1 : block + 1 + MAX_LOOK_IN]:
        if element.start >= end:
            break
        if element.tag == "img":
            rest.append(layout.text[cursor : element.start])
            cursor = max(cursor, element.end)
            images += 1
    rest.append(layout.text[cursor:end])
    return images > 0 and not "".join(rest).strip()
