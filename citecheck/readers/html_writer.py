"""The text a reader sees, written piece by piece with each piece's place in the file.

`lay_out` (html_layout.py) walks the tree and calls the writer: text nodes, list numbers,
separators and paragraph breaks. Each text node is found in the page's character data at
or just after the previous one, which gives it its place; `compose` turns the pieces'
places into the anchors of the `OffsetMap`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from citecheck.readers.html_source import CharacterData

# White space a browser collapses (not the no-break space), each made a space first.
WHITE = " \t\n\f\r"
_TO_SPACE = str.maketrans("\t\n\f\r", "    ")

# A run of spaces that collapses to one.
# matches "  ", "    "; not " "
SPACE_RUN = re.compile(r" {2,}")

# How far past the expected place a text node is looked for in the character data.
ALIGN_SLACK = 256


@dataclass
class LaidParagraph:
    start: int
    end: int
    block: int  # the innermost block holding it
    heading: bool


class Writer:
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


def compose(
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
