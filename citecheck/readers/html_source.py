"""An HTML file's characters as a browser decodes them, with the way back to the file.

Two jobs before the parser sees the page: bytes to text (the BOM, else the page's own
`<meta charset>`, else UTF-8 with cp1252 as the fallback of every text reader), and the
page's character data (the text between tags, character references decoded) laid end to
end as one string, with anchors from that string's offsets to the file's. The parser
(selectolax) knows the tree but not where a text node stood in the file; finding each text
node in this string, in order, gives it back its place (html_text.py).

The scan is one pass of `str.find` and anchored matches: no pattern reads past the end
of the construct it is matching, so the cost is linear in the file.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass

from citecheck.errors import InputError
from citecheck.readers.decoding import decode, normalise_newlines

# How far into the file the <meta charset> may stand (the HTML standard's prescan: 1024).
PRESCAN_BYTES = 1024

# A character-encoding declaration in a <meta> tag.
# matches '<meta charset="utf-8">', '<meta http-equiv="Content-Type"
# content="text/html; charset=iso-8859-1" />'; not '<meta name="charset">'
META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*(?P<charset>[A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)

# Labels the HTML standard reads as windows-1252 (a page saying latin-1 means cp1252).
_WINDOWS_1252 = frozenset(
    "iso-8859-1 iso8859-1 iso_8859-1 latin1 latin-1 l1 ascii us-ascii cp819 windows-1252 "
    "cp1252".split()
)


@dataclass(frozen=True)
class DecodedPage:
    text: str  # newlines normalised: line numbers are those an editor shows
    fallback: bool  # True when nothing declared the encoding and cp1252 was guessed


def decode_page(data: bytes, name: str) -> DecodedPage:
    """The page's text: a BOM wins, then a declared charset, then UTF-8 (else cp1252)."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = _declared_encoding(data[:PRESCAN_BYTES])
        if declared is not None:
            try:
                return DecodedPage(normalise_newlines(data.decode(declared)), False)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: not valid {declared} text at byte {exc.start}, "
                    "as its <meta charset> declares"
                ) from None
    decoded = decode(data, name)
    return DecodedPage(normalise_newlines(decoded.text), decoded.fallback)


def _declared_encoding(head: bytes) -> str | None:
    """The Python codec of the page's <meta charset>, or None (absent, unknown, UTF-16:
    a page in UTF-16 carries a BOM, and a declaration without one is wrong)."""
    match = META_CHARSET.search(head)
    if match is None:
        return None
    label = match.group("charset").decode("ascii").lower()
    if label in _WINDOWS_1252:
        return "cp1252"
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    return None if codec.startswith("utf-16") or codec.startswith("utf-32") else codec


# --- character data --------------------------------------------------------------------

# Raw-text elements: their content is not markup (nor, but for title and textarea, are
# character references decoded in it); it runs to the element's end tag.
RAW_TEXT = ("script", "style", "xmp", "iframe", "noembed", "noframes", "noscript")
ESCAPABLE_RAW_TEXT = ("textarea", "title")

# Markup, as the HTML tokenizer reads it, in one pass. Each branch ends at the first
# character that can end it, or at the end of the page (an unclosed comment runs to the
# end, as in a browser), so no attempt reads past the next "<" or ">" it needs.
# A raw-text element's start tag takes its content with it, in group "raw" (or
# "escapable"). A "<" before anything but a letter, "/", "!" or "?" is text.
# matches "<!-- c -->", "<!DOCTYPE html>", "<p class=x>", "</p>",
# "<script>if (a<b) x()</script" (to its end tag); not "a < b", "<3"
MARKUP = re.compile(
    rf"""<!--.*?(?:-->|\Z)
      | <(?P<rawname>{"|".join(RAW_TEXT)})(?![A-Za-z0-9-])[^<>]*>(?P<raw>.*?)(?=</(?P=rawname)|\Z)
      | <(?P<escname>{"|".join(ESCAPABLE_RAW_TEXT)})(?![A-Za-z0-9-])[^<>]*>
        (?P<escapable>.*?)(?=</(?P=escname)|\Z)
      | <[!?][^>]*(?:>|\Z)
      | </(?![A-Za-z])[^>]*(?:>|\Z)
      | <(?P<tag>[A-Za-z][^\s/<>]*)[^<>]*>
      | </(?P<endtag>[A-Za-z][^\s/<>]*)[^<>]*>
    """,
    re.DOTALL | re.IGNORECASE | re.VERBOSE,
)

# A character reference, named or numeric, with or without its semicolon.
# matches "&amp;", "&#8212;", "&#x2014;", "&nbsp"; not "& ", "&;"
CHARACTER_REFERENCE = re.compile(
    r"&(?:\#[0-9]{1,8};?|\#[xX][0-9A-Fa-f]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)"
)


# Elements that hold nothing (no end tag) or end where the next of their kind begins:
# they add no depth. Past MAX_DEPTH open elements a start tag is blanked before parsing,
# as a browser stops nesting deeper (Blink at 512): lexbor's tree building is quadratic
# in the depth, and no manuscript is nested hundreds deep.
VOID = frozenset(
    "area base br col embed hr img input link meta source track wbr param keygen frame "
    "p li dt dd option optgroup tr td th thead tbody tfoot caption colgroup rb rt rp "
    "html head body".split()
)
MAX_DEPTH = 512


@dataclass(frozen=True)
class CharacterData:
    """The page's character data end to end, and where each stretch of it stands in the
    file: offset `data_starts[i] + k` of `text` is offset `source_starts[i] + k` of the
    file. `tags` are the start tags (lower-cased name, offset) in file order; `too_deep`
    the (start, end) of those nested past MAX_DEPTH."""

    text: str
    data_starts: tuple[int, ...]
    source_starts: tuple[int, ...]
    tags: tuple[tuple[str, int], ...] = ()
    too_deep: tuple[tuple[int, int], ...] = ()


class _Collector:
    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.data_starts: list[int] = []
        self.source_starts: list[int] = []

    def raw(self, chunk: str, source_start: int) -> None:
        if chunk:
            self.data_starts.append(self.length)
            self.source_starts.append(source_start)
            self.pieces.append(chunk)
            self.length += len(chunk)

    def decoded(self, page: str, start: int, end: int) -> None:
        """page[start:end] with its character references decoded, one anchor per
        reference and one after it."""
        if page.find("&", start, end) == -1:
            self.raw(page[start:end], start)
            return
        cursor = start
        while (at := page.find("&", cursor, end)) != -1:
            match = CHARACTER_REFERENCE.match(page, at, end)
            if match is None:
                self.raw(page[cursor : at + 1], cursor)
                cursor = at + 1
                continue
            self.raw(page[cursor:at], cursor)
            self.raw(html.unescape(match.group()), at)
            cursor = match.end()
        self.raw(page[cursor:end], cursor)


def character_data(page: str) -> CharacterData:
    """The character data of the page, in file order, as a parser's text nodes hold it."""
    out = _Collector()
    tags: list[tuple[str, int]] = []
    too_deep: list[tuple[int, int]] = []
    depth = 0
    cursor = 0
    for markup in MARKUP.finditer(page):
        start = markup.start()
        if start > cursor:
            out.decoded(page, cursor, start)
        cursor = markup.end()
        kind = markup.lastgroup  # the branch that matched: tag, endtag, raw, escapable, None
        if kind is None:
            continue
        if kind == "endtag":
            if depth and markup.group("endtag").lower() not in VOID:
                depth -= 1
            continue
        name = markup.group("tag" if kind == "tag" else "rawname" if kind == "raw" else "escname")
        name = name.lower()
        if name in VOID or page[cursor - 2] == "/":
            tags.append((name, start))
        elif depth >= MAX_DEPTH:
            if too_deep and too_deep[-1][1] == start:  # a run of them: one span
                too_deep[-1] = (too_deep[-1][0], cursor)
            else:
                too_deep.append((start, cursor))
            continue
        else:
            depth += 1
            tags.append((name, start))
        if kind == "raw":
            out.raw(markup.group("raw"), markup.start("raw"))
        elif kind == "escapable":
            out.decoded(page, markup.start("escapable"), markup.end("escapable"))
    if cursor < len(page):
        out.decoded(page, cursor, len(page))
    return CharacterData(
        "".join(out.pieces),
        tuple(out.data_starts),
        tuple(out.source_starts),
        tuple(tags),
        tuple(too_deep),
    )
