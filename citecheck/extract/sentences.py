"""Sentence spans, and the spans of links and e-mail addresses (whose digits are not figures).

This module masks nothing itself: `links` only finds the spans, and the figure extractor
blanks them, with the accepted marker digits, through `citecheck.masking.blank_spans`
(characters become spaces, so offsets into the masked text are offsets into the original).
`SentenceIndex` finds the sentence that holds an offset.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from citecheck.lazy_regex import lazy_compile
from citecheck.model import Span

# The end of a sentence: terminal punctuation and closing quotes or brackets, then
# whitespace and something that can start a sentence.
# matches ". Yet", "”. “Tankie", "? 1917", "… The"; not "1.3 percent", "e.g. the", ". and"
SENTENCE_END = lazy_compile(
    r"""(?P<end>[.!?…]+[”’"')\]]*)
        (?=\s+[\[(“‘"']?[A-Z0-9\u00c0-\u00de])
    """,
    re.VERBOSE,
)

# A word before a full stop that does not end the sentence: abbreviations and initials.
# matches "pp", "e.g", "Dr", "H" (an initial); not "dead", "USSR" (a stop after it ends)
NO_SPLIT_BEFORE = lazy_compile(
    r"""(?:^|[\s(\[“‘"'])(?P<word>pp?|vols?|nos?|cf|e\.g|i\.e|mr|mrs|ms|dr|st|eds?|al|c|ca
        |viz|vs|fig|figs|ch|chap|sec|art|approx|est|op|[A-Z])$""",
    re.VERBOSE | re.IGNORECASE,
)

# A link or a DOI: its digits are not figures.
# matches "https://example.org/2019/10", "www.x.org/a5", "doi:10.1000/182", "10.1000/182";
# not "1991." or "and/or"
LINK = re.compile(
    r"""(?<![\w/])(?=[hwd1])   # a cheap gate: only where a link can start
        (?:(?:https?://|www\.|doi:\s*)\S+|10\.\d{4,9}/\S+)
    """,
    re.VERBOSE | re.IGNORECASE,
)

# An e-mail address (searched only in paragraphs that hold an "@").
# matches "business@pglaf.org"; not "@handle" or "a @ b"
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+")


def split_sentences(text: str, span: Span) -> list[Span]:
    """The sentences of one paragraph, trimmed of surrounding whitespace."""
    sentences: list[Span] = []
    start = span.start
    for match in SENTENCE_END.finditer(text, span.start, span.end):
        stop, end = match.span("end")
        # A lone full stop after a letter may follow an abbreviation. Only the last few
        # characters can hold one: keeps the search linear.
        if (
            end - stop == 1
            and text[stop] == "."
            and text[stop - 1].isalpha()
            and NO_SPLIT_BEFORE.search(text, max(start, stop - 10), stop)
        ):
            continue
        _append(text, start, end, sentences)
        start = end
    _append(text, start, span.end, sentences)
    return sentences


def _append(text: str, start: int, end: int, out: list[Span]) -> None:
    # str.strip drops what str.isspace calls white space, in C: faster than a loop per end.
    chunk = text[start:end]
    kept = chunk.lstrip()
    if kept:
        start += len(chunk) - len(kept)
        out.append(Span(start, start + len(kept.rstrip())))


def links(text: str, spans: Iterable[Span]) -> list[Span]:
    """Spans of links, DOIs and e-mail addresses inside the given spans."""
    found: list[Span] = []
    for span in spans:
        start, end = span.start, span.end
        chunk = text[start:end]
        # Each link holds "://", "doi:", "10." or "www." (in any case): most notes none.
        if ":" in chunk or "10." in chunk or "www." in chunk.lower():
            found.extend(Span(m.start(), m.end()) for m in LINK.finditer(text, start, end))
        if "@" in chunk:
            found.extend(Span(m.start(), m.end()) for m in EMAIL.finditer(text, start, end))
    return found


class SentenceIndex:
    """Finds the sentence holding an offset by bisection over sorted sentence starts."""

    def __init__(self, sentences: tuple[Span, ...]) -> None:
        self.sentences = sentences
        self._starts = [s.start for s in sentences]

    def at(self, offset: int) -> int | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None
