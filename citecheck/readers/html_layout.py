"""An HTML tree laid out as the text a reader sees, with every piece's place in the file.

The walk is iterative (a page nested 100,000 deep is walked, not recursed into). Blocks
(`p`, `li`, `h2`, …) become paragraphs separated by a blank line, `br` a line break,
table cells a tab; white space collapses as a browser collapses it, except in `pre`. An
ordered list's items show their numbers ("3. "), as the browser draws them. Scripts,
styles, navigation, headers, footers and asides are walked (their text nodes keep the
alignment in step) but not shown, and where the page has a `main` or an `article`, only
that is shown, with any footnotes container of the page.

What the structure reader needs (links, superscripts, elements with an id, blocks and
list items) is recorded on the way as `Element`s with their text offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from citecheck.readers.html_source import CharacterData

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
RECORDED = frozenset({"a", "sup", "ol"}) | BLOCKS

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

# White space a browser collapses (not the no-break space), each made a space first.
WHITE = " \t\n\f\r"
_TO_SPACE = str.maketrans("\t\n\f\r", "    ")

# A run of spaces that collapses to one.
# matches "  ", "    "; not " "
SPACE_RUN = re.compile(r" {2,}")

# How far past the expected place a text node is looked for in the character data, and
# a list item among the file's start tags.
ALIGN_SLACK = 256
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
class LaidParagraph:
    start: int
    end: int
    block: int  # the innermost block holding it
    heading: bool


@dataclass
class Layout:
    text: str
    text_starts: list[int]
    source_starts: list[int]
    elements: list[Element]
    paragraphs: list[LaidParagraph]
    ids: dict[str, int] = field(default_factory=dict)  # id or a[name] -> element (first)


class _Writer:
    def __init__(self, data: CharacterData) -> None:
        self.data = data
        self.cursor = 0  # where the next text node is looked for in the character data
        self.pieces: list[str] = []
        self.length = 0
        # (text offset, its character-data offset, or else its file offset, or neither)
        self.anchors: list[tuple[int, int | None, int | None]] = []
        self.pending = ""
        self.paragraph_start: int | None = None
        self.paragraphs: list[LaidParagraph] = []
        self.block = -1
        self.heading = 0
        self.pre = 0
        self.glued = False  # a list number was drawn: the item's first block goes on its line

    def align(self, text: str) -> int | None:
        """Where `text` stands in the character data, at or just after the cursor."""
        at = self.data.text.find(text, self.cursor, self.cursor + len(text) + ALIGN_SLACK)
        if at == -1:
            return None
        self.cursor = at + len(text)
        return at

    def put(self, piece: str, data_at: int | None, source_at: int | None = None) -> None:
        self.anchors.append((self.length, data_at, source_at))
        self.pieces.append(piece)
        self.length += len(piece)

    def open_content(self) -> None:
        self.glued = False
        if self.paragraph_start is None:
            if self.length:
                self.put("\n\n", None)
            self.paragraph_start = self.length
        elif self.pending and not (self.pending == " " and self.pieces[-1].endswith(" ")):
            self.put(self.pending, None)
        self.pending = ""

    def text(self, text: str, shown: bool) -> None:
        core = text.strip(WHITE)
        if not core and not (self.pre and shown):
            if shown and self.paragraph_start is not None and not self.pending:
                self.pending = " "
            return
        at = self.align(text)
        if not shown:
            return
        if self.pre:
            self.open_content()
            self.put(text, at)
            return
        lead = len(text) - len(text.lstrip(WHITE))
        if lead and self.paragraph_start is not None and not self.pending:
            self.pending = " "
        self.open_content()
        base = None if at is None else at + lead
        flat = core.replace("\n", " ")  # one for one: no anchor needed
        if "\t" in flat or "\f" in flat or "\r" in flat:
            flat = flat.translate(_TO_SPACE)
        if "  " in flat:
            cursor = 0
            for run in SPACE_RUN.finditer(flat):
                self.put(flat[cursor : run.start() + 1], None if base is None else base + cursor)
                cursor = run.end()
            self.put(flat[cursor:], None if base is None else base + cursor)
        else:
            self.put(flat, base)
        if len(core) + lead < len(text):
            self.pending = " "

    def synthetic(self, piece: str, source_at: int | None) -> tuple[int, int]:
        self.open_content()
        start = self.length
        self.put(piece, None, source_at)
        self.glued = True
        return start, self.length

    def separator(self, kind: str) -> None:
        if self.paragraph_start is not None:
            self.pending = kind

    def break_paragraph(self) -> None:
        if self.glued:
            return
        if self.paragraph_start is not None:
            self.paragraphs.append(
                LaidParagraph(self.paragraph_start, self.length, self.block, self.heading > 0)
            )
        self.paragraph_start = None
        self.pending = ""


def lay_out(document: Any, root: Any, data: CharacterData) -> Layout:
    """The text of `document` (a selectolax tree) as shown, with `root` the part shown
    (a `main`, an `article`, or the body)."""
    out = _Writer(data)
    elements: list[Element] = []
    ids: dict[str, int] = {}
    root_id = root.mem_id
    # Per open element: (record index or -1, node, tag, saved state).
    stack: list[tuple[int, Any, str, tuple[Any, ...]]] = []
    shown = root_id == document.mem_id
    link = -1
    sup = False
    counters: list[int | None] = []  # the next number of each open list (None: bullets)
    tags = data.tags
    tag_cursor = 0  # the next start tag of the file an element may be
    node = document
    while node is not None:
        child = None
        if node.is_text_node:
            out.text(node.text_content or "", shown)
        elif node.is_element_node:
            tag = node.tag
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
            if node.mem_id == root_id:
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
    text_starts, source_starts = _compose(out.anchors, len(text), data)
    return Layout(text, text_starts, source_starts, elements, out.paragraphs, ids)


def _close(out: _Writer, elements: list[Element], index: int, tag: str) -> None:
    if tag == "li":
        out.glued = False
    if tag in BLOCKS:
        out.break_paragraph()
    if tag == "pre":
        out.pre -= 1
    if index != -1:
        elements[index].end = out.length


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


def _compose(
    anchors: list[tuple[int, int | None, int | None]], length: int, data: CharacterData
) -> tuple[list[int], list[int]]:
    """Text anchors to file anchors: each piece's place in the character data, then the
    character data's own anchors (a decoded reference, a new stretch) inside the piece.
    A piece with a file place of its own (a list number, at its `<li>`) keeps it; one with
    no place (a separator) takes the next piece's."""
    places: list[int | None] = [at for _, at, _ in anchors]
    following = None
    for i in range(len(places) - 1, -1, -1):
        if places[i] is None:
            places[i] = following
        else:
            following = places[i]
    last = len(data.text)
    text_starts: list[int] = []
    source_starts: list[int] = []
    for k, (start, data_at, source_at) in enumerate(anchors):
        if source_at is not None:
            text_starts.append(start)
            source_starts.append(source_at)
            continue
        at = places[k] if places[k] is not None else last
        end = anchors[k + 1][0] if k + 1 < len(anchors) else length
        i = bisect_right(data.data_starts, at) - 1
        source = data.source_starts[i] + at - data.data_starts[i] if i >= 0 else 0
        text_starts.append(start)
        source_starts.append(source)
        if data_at is None:
            continue
        stop = bisect_left(data.data_starts, at + end - start)
        for j in range(i + 1, stop):
            text_starts.append(start + data.data_starts[j] - at)
            source_starts.append(data.source_starts[j])
    return text_starts, source_starts
