"""A Word paragraph as pieces of text, each knowing whether it is raised (superscript).

A run is superscript when its own properties say so (`<w:vertAlign w:val="superscript"/>`)
or, when they are silent, when its character style does (Word's "Footnote Reference" or
"Endnote Reference" style applied to a typed number, or any style based on one). A run's
own `w:val="baseline"` overrides its style. Real note references (`w:footnoteReference`,
`w:endnoteReference`) are pieces of their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from xml.etree import ElementTree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_BREAKS = {f"{W}br", f"{W}cr"}
_REFERENCES = {f"{W}footnoteReference": "footnote", f"{W}endnoteReference": "endnote"}


@dataclass(frozen=True)
class Piece:
    """Text of one run (or a note reference, with `note_kind` and `note_id`, and no text)."""

    text: str
    superscript: bool = False
    note_kind: str | None = None
    note_id: str = ""


def superscript_styles(styles: ElementTree.Element | None) -> frozenset[str]:
    """The ids of the character styles that raise their text, following `w:basedOn`."""
    if styles is None:
        return frozenset()
    own: dict[str, bool | None] = {}
    based_on: dict[str, str] = {}
    for style in styles.iter(f"{W}style"):
        if style.get(f"{W}type") != "character":
            continue
        style_id = style.get(f"{W}styleId", "")
        own[style_id] = _vertical_alignment(style.find(f"{W}rPr"))
        parent = style.find(f"{W}basedOn")
        if parent is not None:
            based_on[style_id] = parent.get(f"{W}val", "")
    raised = set()
    for style_id in own:
        seen: set[str] = set()
        current: str | None = style_id
        while current is not None and current not in seen and current in own:
            seen.add(current)  # a style based on itself, directly or not, ends the walk
            value = own[current]
            if value is not None:
                if value:
                    raised.add(style_id)
                break
            current = based_on.get(current)
    return frozenset(raised)


def _vertical_alignment(properties: ElementTree.Element | None) -> bool | None:
    """True for superscript, False for any other alignment written, None when unsaid."""
    if properties is None:
        return None
    alignment = properties.find(f"{W}vertAlign")
    if alignment is None:
        return None
    return alignment.get(f"{W}val") == "superscript"


def paragraph_pieces(paragraph: ElementTree.Element, raised_styles: frozenset[str]) -> list[Piece]:
    """The paragraph's own runs in order, as pieces (nested paragraphs are read on their own)."""
    return [piece for run in _own_runs(paragraph) for piece in _run_pieces(run, raised_styles)]


def _own_runs(element: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """Runs anywhere under the paragraph (links, fields, insertions, content controls), but
    not those of paragraphs nested in it (text boxes): `document.iter` visits those itself."""
    for child in element:
        if child.tag == f"{W}r":
            yield child
        elif child.tag != f"{W}p":
            yield from _own_runs(child)


def _run_pieces(run: ElementTree.Element, raised_styles: frozenset[str]) -> Iterator[Piece]:
    properties = run.find(f"{W}rPr")
    raised = _vertical_alignment(properties)
    if raised is None and properties is not None:
        style = properties.find(f"{W}rStyle")
        raised = style is not None and style.get(f"{W}val", "") in raised_styles
    for node in run:
        if node.tag == f"{W}t" and node.text:
            yield Piece(node.text, bool(raised))
        elif node.tag == f"{W}tab":
            yield Piece("\t")
        elif node.tag in _BREAKS:
            yield Piece("\n")
        elif node.tag in _REFERENCES:
            yield Piece("", note_kind=_REFERENCES[node.tag], note_id=node.get(f"{W}id", ""))
