"""The source of a block quotation in a note, given in brackets closing its paragraph:
"Lenin wrote that,\n\n    > … The two monstrosities complemented each other. (Robert C.
Tucker, ed., *The Lenin Anthology* (New York: Norton, 1975), 559--560.)". `note_parenthetical`
reads such a bracket as it reads one after a quotation's closing mark; a journal piece there
without author takes the speaker of the line introducing the quotation ("As Fredric Jameson
has written,")."""

from __future__ import annotations

from collections.abc import Callable

from citecheck.extract.citation_patterns import UPPER
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A bracket that may open a block quotation's source.
# matches " (Robert", " (*Capital*", " (“Sandblasting", " (  “Sandblasting" (a link's masked
# bracket); not "(1920)" (no capital or mark), a bracket opening a line
_BLOCK_SOURCE = lazy_compile(rf"(?<=\S)\s+(?P<open>\()\s*(?=[*_“\"{UPPER}])")

# After a bracket's end: the paragraph's end (a full stop at most, then a blank line or the
# note's end).
# matches ").\n\n", ")", ".)  \n\n"; not "), and so on", ") he said"
_PARAGRAPH_END = lazy_compile(r"\)[.\s]*?(?:\n[ \t]*\n|\s*$)")

# How far back a block quotation's paragraph is looked for (the reading stays linear).
_QUOTED_BLOCK = 4000

# How much of the line introducing a block quotation is read for its speaker.
_INTRODUCTION = 300


def block_brackets(
    s: str, note_text: str, offset: int, closing_of: Callable[[str, int], int | None]
) -> list[int]:
    """The offsets of the brackets in `s` (at `offset` in `note_text`) that close a block
    quotation's paragraph; `closing_of` finds a bracket's end."""
    if note_text.find(">", max(0, offset - _QUOTED_BLOCK), offset + len(s)) == -1:
        return []  # cheap test first: most notes quote no block
    found = []
    for bracket in _BLOCK_SOURCE.finditer(s):
        opening = bracket.start("open")
        closing = closing_of(s, opening)
        if (
            closing is not None
            and _PARAGRAPH_END.match(s, closing)
            and _in_block_quotation(note_text, offset + opening)
        ):
            found.append(opening)
    return found


def introduction(note_text: str, at: int) -> str:
    """The end of the line introducing the block quotation at `at` ("… As Fredric Jameson
    has written,"): the last line before it that is no part of the quotation, when it ends
    with "," or ":"; else ""."""
    lines = note_text[max(0, at - _QUOTED_BLOCK) : at].split("\n")
    for line in reversed(lines[:-1]):  # the last one holds the bracket
        stripped = line.strip()
        if not stripped or stripped.startswith(">"):
            continue
        return stripped[-_INTRODUCTION:] if stripped.endswith((",", ":")) else ""
    return ""


def journal_piece(citation: NoteCitation) -> bool:
    """A marked title in a journal with its date, no author: "“Sandblasting Marx,” *New Left
    Review* 55 [January -- February 2009]"."""
    return bool(
        not citation.authors
        and citation.title
        and citation.title_style != "plain"
        and citation.container
        and citation.year
    )


def _in_block_quotation(s: str, i: int) -> bool:
    """Offset `i` is in a paragraph whose first line opens with ">" (a Markdown block
    quotation; its later lines may go without), begun at most `_QUOTED_BLOCK` before."""
    back = max(0, i - _QUOTED_BLOCK)
    paragraph = max(s.rfind(blank, back, i) for blank in ("\n\n", "\n \n", "\n    \n"))
    if paragraph == -1 and back > 0:
        return False
    return s[paragraph + 1 : i].lstrip().startswith(">")
