"""An HTML tree laid out as the text a reader sees, with every piece's place in the file.

The walk is iterative (a page nested 100,000 deep is walked, not recursed into). Blocks
(`p`, `li`, `h2`, …) become paragraphs separated by a blank line, `br` a line break,
table cells a tab; white space collapses as a browser collapses it, except in `pre`. An
ordered list's items show their numbers ("3. "), as the browser draws them, and an
image outside a `figure` its alt text, as a text browser does. Scripts,
styles, navigation, headers, footers and asides are walked (their text nodes keep the
alignment in step) but not shown, and where the page has a `main` or an `article`, only
that is shown, with any footnotes container of the page.

What the structure reader needs (links, superscripts, elements with an id, blocks and
list items) is recorded on the way as `Element`s with their text offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from citecheck.model import Comment, Span
from citecheck.readers.html_source import CharacterData
from citecheck.readers.html_writer import LaidParagraph, Writer, compose

BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main menu "
    "nav ol p pre section summary table tbody tfoot thead tr ul".split()
)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Walked for alignment, never shown.
HIDDEN = frozenset(
    "head script style noscript template nav header footer form button select option "
    "textarea svg math iframe object canvas audio video datalist".split()
)
# Shown only when they hold footnotes (pandoc's `<aside id="footnotes">`, EPUB notes).
ASIDES = frozenset({"aside"})
# Elements the structure reader asks about; others are recorded only when they carry an id.
RECORDED = frozenset({"a", "sup", "ol", "img"}) | BLOCKS

# A footnotes container, by its id, class or role.
# matches "footnotes", "footnotes footnotes-end-of-document", "doc-endnotes",
# "references"; not "reference-text", "notes-menu"
NOTES_CONTAINER = re.compile(
    r"(?:^|\s)(?:foot|end)?notes?(?:$|\s|-end)|doc-(?:end|foot)notes?\b|(?:^|\s)references(?:$|\s)",
    re.IGNORECASE,
)

# The class of a note's link back to its marker ("↩"): not shown, as it says nothing.
# matches "footnote-back", "footnote-backref", "reversefootnote", "mw-cite-backlink";
# not "footnote-ref"
BACK_LINK_CLASS = re.compile(r"back|reverse", re.IGNORECASE)
BACK_LINK_ROLES = frozenset({"doc-backlink"})

# How far past the expected place a list item is looked for among the file's start tags.
TAG_SLACK = 64
# Elements the parser makes when the file has no tag for them: matched only to the very
# next start tag, so that a missing one does not take a later table's tag.
IMPLIED = frozenset({"html", "head", "body", "tbody", "colgroup"})


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    start: int  # text offset where its content starts (before pending separators)
    end: int = -1
    block: int = -1  # the innermost enclosing block (an index into `Layout.elements`)
    link: int = -1  # the enclosing link, for a superscript or an element inside one
    sup: bool = False  # inside a <sup>
    label: tuple[int, int] | None = None  # an ordered-list item's drawn number
    ordinal: int | None = None
    shown: bool = True

    @property
    def is_block(self) -> bool:
        return self.tag in BLOCKS


@dataclass
class Layout:
    text: str
    text_starts: list[int]
    source_starts: list[int]
    elements: list[Element]
    paragraphs: list[LaidParagraph]
    ids: dict[str, int] = field(default_factory=dict)  # id or a[name] -> element (first)
    comments: tuple[Comment, ...] = ()  # `<!-- citecheck: … -->` directives, where they stand


def lay_out(document: Any, root: Any, data: CharacterData) -> Layout:
    """The text of `document` (a selectolax tree) as shown, with `root` the part shown
    (a `main`, an `article`, or the body)."""
    out = Writer(data)
    elements: list[Element] = []
    ids: dict[str, int] = {}
    comments: list[Comment] = []
    root_id = root.mem_id
    # Per open element: (record index or -1, node, tag, saved state).
    stack: list[tuple[int, Any, str, tuple[Any, ...]]] = []
    shown = root_id == document.mem_id
    link = -1
    sup = False
    counters: list[int | None] = []  # the next number of each open list (None: bullets)
    tags = data.tags
    tag_cursor = 0  # the next start tag of the file an element may be
    root_tag = root.tag
    node = document
    while node is not None:
        child = None
        tag = node.tag  # one property read: "-text" and "-comment" are no elements
        if tag == "-text":
            out.text(node.text_content or "", shown)
        elif tag == "-comment":
            content = (node.comment_content or "").strip()
            if content[:9].lower() == "citecheck":  # a suppression directive, where it stands
                comments.append(Comment(content, Span(out.length, out.length)))
        elif tag and tag[0] != "-":
            attrs = node.attributes
            saved = (shown, link, sup, out.block, out.heading, len(counters))
            if tag_cursor < len(tags) and tags[tag_cursor][0] == tag:
                at: int | None = tag_cursor  # the usual case, without a call
            else:
                at = _tag_place(tags, tag_cursor, tag)
            place = None
            if at is not None:
                tag_cursor = at + 1
                place = tags[at][1]
            if tag == root_tag and node.mem_id == root_id:
                shown = True
            if (
                tag in HIDDEN
                or "hidden" in attrs
                or (tag in ASIDES and not _holds_notes(attrs))
                or (tag == "a" and is_back_link(attrs))
            ):
                shown = False
            elif not shown and _holds_notes(attrs):
                shown = True
            index = -1
            if tag in RECORDED or "id" in attrs or (tag == "a" and "name" in attrs):
                index = len(elements)
                element = Element(tag, attrs, out.length,
                                  block=out.block, link=link, sup=sup, shown=shown)  # fmt: skip
                elements.append(element)
                for key in (attrs.get("id"), attrs.get("name") if tag == "a" else None):
                    if key:
                        ids.setdefault(key, index)
            if tag in BLOCKS:
                out.break_paragraph()
                if index != -1:
                    out.block = index
                if tag in HEADINGS:
                    out.heading += 1
                if tag == "li" and counters and counters[-1] is not None and shown:
                    value = _integer(attrs.get("value"))
                    number = value if value is not None else counters[-1]
                    counters[-1] = number + 1
                    elements[index].ordinal = number
                    elements[index].label = out.synthetic(f"{number}. ", place)
            if tag == "ol":
                start = _integer(attrs.get("start"))
                counters.append(1 if start is None else start)
            elif tag in {"ul", "menu"}:
                counters.append(None)
            if tag == "a" and index != -1:
                link = index
            elif tag == "sup":
                sup = True
            elif tag == "br" and shown:
                out.separator("\n")
            elif tag == "img" and shown and not _in_figure(elements, out.block):
                _write_alt(out, attrs, place)
            elif tag in {"td", "th"} and shown:
                out.separator("\t")
            elif tag == "pre":
                out.pre += 1
            child = node.child
            if child is not None:
                stack.append((index, node, tag, saved))
            else:
                _close(out, elements, index, tag)
                shown, link, sup, out.block, out.heading, depth = saved
                del counters[depth:]
        if child is not None:
            node = child
            continue
        following = node.next if stack else None
        while following is None and stack:
            index, node, tag, saved = stack.pop()
            _close(out, elements, index, tag)
            shown, link, sup, out.block, out.heading, depth = saved
            del counters[depth:]
            following = node.next if stack else None
        node = following
    out.break_paragraph()
    text = "".join(out.pieces)
    text_starts, source_starts = compose(out.anchors, len(text), data)
    return Layout(text, text_starts, source_starts, elements, out.paragraphs, ids, tuple(comments))


def _close(out: Writer, elements: list[Element], index: int, tag: str) -> None:
    if tag == "li":
        out.glued = False
    if tag in BLOCKS:
        out.break_paragraph()
    if tag == "pre":
        out.pre -= 1
    if index != -1:
        elements[index].end = out.length


def _in_figure(elements: list[Element], block: int) -> bool:
    """Whether the innermost block is a `figure`, whose caption says what the alt says."""
    return block != -1 and elements[block].tag == "figure"


def _write_alt(out: Writer, attrs: dict[str, str | None], place: int | None) -> None:
    """An image's alt text, as a text browser shows it (Gutenberg's "[Illustration: …]"
    is its text edition's words), placed at the image's tag."""
    alt = " ".join((attrs.get("alt") or "").split())
    if alt:
        glued = out.glued
        out.synthetic(alt, place)
        out.glued = glued


def is_back_link(attrs: dict[str, str | None]) -> bool:
    """A note's link back to its marker, by its class or role."""
    return bool(BACK_LINK_CLASS.search(attrs.get("class") or "")) or (
        attrs.get("role") in BACK_LINK_ROLES
    )


def _holds_notes(attrs: dict[str, str | None]) -> bool:
    return any(NOTES_CONTAINER.search(attrs.get(name) or "") for name in ("id", "class", "role"))


def _integer(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdecimal() and len(value) <= 9 else None


def _tag_place(tags: tuple[tuple[str, int], ...], cursor: int, name: str) -> int | None:
    """The index of the start tag `name` at or just after `cursor` in the file's tags
    (the parser's tree holds elements the file has no tag for: these find none)."""
    reach = 1 if name in IMPLIED else TAG_SLACK
    for k in range(cursor, min(len(tags), cursor + reach)):
        if tags[k][0] == name:
            return k
    return None
