"""Hugo Markdown with `[^n]` footnotes to the plain text a reader copies from the web page.

Each footnote reference becomes a number glued to the preceding character, numbered by
first use (markdown-it's footnote plugin does that numbering; a repeated reference reuses
its number). References are first rendered as private-use sentinels, the text is laid out,
and the sentinels are then stripped while their offsets are recorded: the truth is exact.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

# A reference while the text is laid out: U+E000, the number, U+E001.
SENTINEL_OPEN, SENTINEL_CLOSE = "\ue000", "\ue001"
# A line break the layout must keep (<br>, a hard break) while other white space collapses.
HARD_BREAK = "\ue002"

# A sentinel reference.
# matches "\ue00012\ue001"; not "12"
SENTINEL = re.compile(f"{SENTINEL_OPEN}(?P<number>\\d+){SENTINEL_CLOSE}")

# YAML front matter at the very start.
# matches "---\ntitle: X\n---\n"; not "text\n---\n"
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)

# The title line of the front matter.
# matches 'title: "Trotsky\'s Marxism"'; not "subtitle: x"
TITLE_LINE = re.compile(r"^title:[ \t]*(?P<title>.+?)[ \t]*$", re.MULTILINE)

# A Hugo shortcode, either delimiter.
# matches '{{% figure src="/img/x.jpg" %}}', "{{< youtube id >}}"; not "{ x }"
SHORTCODE = re.compile(r"\{\{[<%].*?[%>]\}\}", re.DOTALL)

# An HTML tag or comment, for html blocks whose text a browser shows.
# matches "<span class='x'>", "</a>", "<!-- c -->"; not "a < b"
HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>", re.DOTALL)

# A <br> tag.
# matches "<br>", "<br />"; not "<b>"
BR_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)

# White space a browser collapses (not the no-break space).
# matches " \n  "; not "\u00a0"
COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")


@dataclass(frozen=True)
class Rendered:
    """The body as copied, with every marker (number, offset), and the notes by number."""

    body: str
    markers: tuple[tuple[int, int], ...]
    notes: tuple[tuple[int, str], ...]


def make_parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"typographer": True, "html": True})
    # Hugo's typographer: curly quotes, dashes, ellipses, as on the published page.
    return parser.use(footnote_plugin).enable(["replacements", "smartquotes", "table"])


def render_article(source: str, parser: MarkdownIt | None = None) -> Rendered:
    title, markdown = split_front_matter(source)
    tokens = (parser or make_parser()).parse(SHORTCODE.sub("", markdown))
    blocks, notes = _layout(tokens)
    if title:
        blocks.insert(0, ("\n\n", title))
    with_sentinels = "".join(sep + text if i else text for i, (sep, text) in enumerate(blocks))
    body, markers = strip_sentinels(with_sentinels)
    return Rendered(body, markers, tuple(sorted(notes.items())))


def split_front_matter(source: str) -> tuple[str, str]:
    """(the title, or "", the Markdown after the front matter)."""
    match = FRONT_MATTER.match(source)
    if not match:
        return "", source
    title = TITLE_LINE.search(match.group("yaml"))
    text = title.group("title").strip() if title else ""
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].replace('\\"', '"').replace("''", "'")
    return text, source[match.end() :]


def strip_sentinels(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text with each sentinel replaced by its digits, and (number, offset) of each."""
    pieces: list[str] = []
    markers: list[tuple[int, int]] = []
    length = 0
    last = 0
    for match in SENTINEL.finditer(text):
        before = text[last : match.start()]
        pieces.append(before)
        length += len(before)
        digits = match.group("number")
        markers.append((int(digits), length))
        pieces.append(digits)
        length += len(digits)
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces), tuple(markers)


def _layout(tokens: list[Token]) -> tuple[list[tuple[str, str]], dict[int, str]]:
    """Body blocks as (separator before, text), and each note's text by its number."""
    blocks: list[tuple[str, str]] = []
    notes: dict[int, list[str]] = {}
    note: int | None = None  # the note being read, inside the footnote block
    cells: list[str] = []
    previous_tight = False  # the last body block was an item of a tight list
    for position, token in enumerate(tokens):
        opener = tokens[position - 1] if position else None
        if token.type == "footnote_open":
            note = int(token.meta["id"]) + 1
            notes[note] = []
        elif token.type == "footnote_close":
            note = None
        elif token.type == "tr_open":
            cells = []
        elif token.type == "inline" and token.children is not None:
            text = _collapse(_inline(token.children, sentinels=note is None))
            if note is not None:
                notes[note].append(text)
            elif opener is not None and opener.type in ("td_open", "th_open"):
                cells.append(text)
            elif text:
                # Items of a tight list are copied one a line, with no blank line between.
                tight = opener is not None and opener.type == "paragraph_open" and opener.hidden
                blocks.append(("\n" if tight and previous_tight else "\n\n", text))
                previous_tight = tight
        elif token.type == "tr_close" and note is None:
            blocks.append(("\n\n", "\t".join(cells)))
            previous_tight = False
        elif token.type in ("html_block", "fence", "code_block"):
            text = token.content.rstrip("\n")
            if token.type == "html_block":
                text = _collapse(HTML_TAG.sub("", BR_TAG.sub(HARD_BREAK, text)))
                text = html.unescape(text)
            if text and note is not None:
                notes[note].append(text)
            elif text:
                blocks.append(("\n\n", text))
                previous_tight = False
    return blocks, {
        n: " ".join(p for p in parts if p).replace("\n", " ") for n, parts in notes.items()
    }


def _inline(children: list[Token], *, sentinels: bool) -> str:
    out: list[str] = []
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            out.append(child.content)
        elif kind == "softbreak":
            out.append(" ")
        elif kind == "hardbreak":
            out.append(HARD_BREAK)
        elif kind == "html_inline" and BR_TAG.fullmatch(child.content.strip()):
            out.append(HARD_BREAK)
        elif kind == "footnote_ref":
            number = int(child.meta["id"]) + 1
            out.append(f"{SENTINEL_OPEN}{number}{SENTINEL_CLOSE}" if sentinels else str(number))
        # Tags, emphasis, links and images leave only their text, as a browser copy does.
    return "".join(out)


def _collapse(text: str) -> str:
    text = COLLAPSIBLE.sub(" ", text).strip(" ")
    return "\n".join(line.strip(" ") for line in text.split(HARD_BREAK))
