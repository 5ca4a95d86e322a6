"""The sweep over one paragraph's quotation marks: a stack of the quotations open.

A closing mark closes the nearest open quotation of its family (kept in one list per
family, so that is found in constant time) and leaves those opened inside it unclosed.
`citecheck.extract.quotations` runs it over the paragraphs and settles what stays open.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from citecheck.extract.quotation_marks import (
    DOUBLE,
    FAMILY_OF_OPENER,
    GUILLEMET,
    QUOTE_CHARS,
    SINGLE,
    SINGLE_GUILLEMET,
    STYLE_OF_OPENER,
    closes_shape,
    is_apostrophe,
    opens_shape,
)
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Paragraph, Quotation, Section, Span

# One quotation mark, any of QUOTE_CHARS: the sweep visits these and nothing else, found by
# `re` instead of a Python loop over every character (the same positions, in order).
# matches the "“" and "”" of "“Bread”", the "'" of "it's"; not "B", "`"
_QUOTE_MARK = lazy_compile("[" + "".join(map(re.escape, sorted(QUOTE_CHARS))) + "]")


@dataclass
class OpenMark:
    """An opening quotation mark still waiting for its close."""

    index: int  # in the result list
    family: str
    mark: str
    start: int


class Sweep:
    """The state of one document's sweep: the quotations found and the open stack."""

    def __init__(self, text: str, guillemet_opener: str, single_guillemet_opener: str) -> None:
        self.text = text
        self.guillemet_opener = guillemet_opener
        self.single_guillemet_opener = single_guillemet_opener
        self.found: list[Quotation] = []
        self.stack: list[OpenMark] = []
        self.open: dict[str, list[OpenMark]] = defaultdict(list)  # the stack, by family
        self.dropped: set[int] = set()  # straight ' taken for apostrophes after all

    def paragraph(
        self, paragraph: Paragraph, block: bool, skip: Iterable[Span], *, carry: bool = False
    ) -> list[OpenMark]:
        """Sweep one paragraph; return what is left open at its end (outermost first).

        With `carry`, what the previous paragraph left open stays open: it broke off
        mid-sentence.
        """
        if not carry:
            self.stack, self.open = [], defaultdict(list)
        text, start, end = self.text, paragraph.span.start, paragraph.span.end
        skipped = iter(skip)
        next_skip = next(skipped, None)
        for mark in _QUOTE_MARK.finditer(text, start, end):
            index, char = mark.start(), mark.group()
            while next_skip is not None and next_skip.end <= index:
                next_skip = next(skipped, None)
            if next_skip is not None and next_skip.start <= index:
                continue
            left = text[index - 1] if index > start else ""
            right = text[index + 1] if index + 1 < end else ""
            self._mark(char, index, left, right, end, paragraph.section, block)
        return list(self.stack)

    def _mark(
        self, char: str, index: int, left: str, right: str, end: int, section: Section, block: bool
    ) -> None:
        opens, closes = opens_shape(left, right), closes_shape(left, right)
        if char == '"':
            if left.isdigit() and not self.open[DOUBLE]:
                return  # a prime: 5' 10"
            if self.open[DOUBLE] and (closes or not opens):
                self._close(DOUBLE, index)
            elif closes and not opens:
                self._stray(char, index, section, block)
            else:
                self._push(char, index, section, block)
        elif char in "'’":
            if is_apostrophe(self.text, index, end):
                return
            if left.isdigit() and not self.open[SINGLE]:
                return  # a prime, or 1990s' with the s dropped
            if closes and not opens:
                if self.open[SINGLE]:
                    self._close(SINGLE, index)
                return  # workers’: a possessive, not a closing quote
            if char == "'" and opens and not closes:
                self._push(char, index, section, block)
        elif char == "‘":
            if self._nearest_mark(SINGLE) == "‚":
                self._close(SINGLE, index)
            elif not is_apostrophe(self.text, index, end):
                self._push(char, index, section, block)
        elif char == "“":
            if self._nearest_mark(DOUBLE) == "„" or (closes and not opens and self.open[DOUBLE]):
                self._close(DOUBLE, index)
            else:
                self._push(char, index, section, block)
        elif char == "”":
            if self.open[DOUBLE]:
                self._close(DOUBLE, index)
            elif opens and not closes:
                self._push(char, index, section, block)
            else:
                self._stray(char, index, section, block)
        elif char in "„‚":
            if opens:
                self._push(char, index, section, block)
        else:
            self._guillemet(char, index, section, block)

    def _guillemet(self, char: str, index: int, section: Section, block: bool) -> None:
        family = GUILLEMET if char in "«»" else SINGLE_GUILLEMET
        opener = self.guillemet_opener if family == GUILLEMET else self.single_guillemet_opener
        if char == opener:
            self._push(char, index, section, block)
        elif self.open[family]:
            self._close(family, index)
        else:
            self._stray(char, index, section, block)

    def _nearest_mark(self, family: str) -> str | None:
        entries = self.open[family]
        return entries[-1].mark if entries else None

    def _push(self, char: str, index: int, section: Section, block: bool) -> None:
        parent = self.stack[-1].index if self.stack else None
        quotation = Quotation(
            span=Span(index, index + 1),
            opening=Span(index, index + 1),
            closing=None,
            style=STYLE_OF_OPENER[char],
            depth=len(self.stack),
            block=block,
            parent=parent,
            section=section,
        )
        family = FAMILY_OF_OPENER[char]
        self.stack.append(OpenMark(len(self.found), family, char, index))
        self.open[family].append(self.stack[-1])
        self.found.append(quotation)

    def _close(self, family: str, index: int) -> None:
        """Close the nearest open quotation of `family`; those opened inside stay unclosed."""
        while self.stack:
            entry = self.stack.pop()
            self.open[entry.family].pop()  # the top of its family too
            if entry.family == family:
                quotation = self.found[entry.index]
                closing = Span(index, index + 1)
                span = Span(entry.start, index + 1)
                self.found[entry.index] = replace(quotation, closing=closing, span=span)
                return
            if entry.mark == "'":
                self.dropped.add(entry.index)  # an apostrophe after all: 'Allo

    def _stray(self, char: str, index: int, section: Section, block: bool) -> None:
        depth = len(self.stack)
        parent = self.stack[-1].index if self.stack else None
        span = Span(index, index + 1)
        style = {"”": "double", '"': "double"}.get(char, STYLE_OF_OPENER.get(char, "guillemet"))
        self.found.append(
            Quotation(span, None, span, style, depth, block, parent=parent, section=section)
        )
