"""Quotations, read once from their marks so that rules and the report share them.

A sweep over each paragraph (`citecheck.extract.quotation_sweep`) keeps a stack of open
quotations; what is still open at the paragraph's end is unclosed, unless the next
paragraph opens again with the same mark (a quotation running over several paragraphs
opens each paragraph and closes only the last), the paragraph broke off mid-sentence, or
it is verse set one line a paragraph. Every character is looked at once and every
quotation is pushed and popped once, so the whole is linear in the length of the text.

Straight single quotes are the weakest evidence: a ' left open is taken for an apostrophe
unless the document quotes with single marks at the outer level.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from citecheck.extract.quotation_marks import FAMILY_OF_OPENER, SINGLE, STYLE_OF_OPENER
from citecheck.extract.quotation_sweep import OpenMark, Sweep
from citecheck.masking import SHORTCODE
from citecheck.model import Marker, Paragraph, Quotation, SourceText, Span

# Markup whose quotes are not prose: HTML tags and Hugo shortcodes in Markdown.
# matches '<a href="/x">', '{{< figure src="a.jpg" >}}'; not "a < b", "x > y"
MARKUP = re.compile(r"<[A-Za-z/!][^<>\n]*>|" + SHORTCODE)

# A line of a Markdown block quotation holding only its mark: a paragraph break inside it.
# matches ">" and "  > " on a line of their own; not "> text"
BLOCK_BREAK = re.compile(r"^[ \t]*>[ \t]*$", re.MULTILINE)

# A closed quotation may run on over this many paragraphs without reopening them (verse
# set one line a paragraph): an opening mark left open, then a closing mark that nothing
# opened, with no other mark of its style between.
MAX_VERSE_PARAGRAPHS = 12
MAX_VERSE_LINE = 100  # characters: longer paragraphs are prose, which reopens each one

# A Markdown block quotation's leading marks.
# matches "> ", ">> "; not "-> x" (not at the start)
BLOCK_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)+")


def find_quotations(source: SourceText, markers: Sequence[Marker] = ()) -> tuple[Quotation, ...]:
    """Every quotation of the manuscript, in the order their first marks appear."""
    text = source.masked
    sweep = Sweep(text, _first_of(text, "«", "»"), _first_of(text, "‹", "›"))
    skip = [Span(m.start(), m.end()) for m in MARKUP.finditer(text)]
    skip_ends = [span.end for span in skip]
    paragraphs = _units(text, source.paragraphs)
    left_open: list[tuple[int, list[OpenMark]]] = []
    for number, paragraph in enumerate(paragraphs):
        prefix = BLOCK_PREFIX.match(text, paragraph.span.start)
        block = prefix is not None and ">" in prefix.group()
        first = bisect_right(skip_ends, paragraph.span.start)
        carry = number > 0 and _runs_on(text, paragraphs[number - 1], paragraph)
        if carry and left_open and left_open[-1][0] == number - 1:
            left_open.pop()  # not left open after all: the sentence goes on here
        left = sweep.paragraph(
            paragraph, block, (skip[i] for i in range(first, len(skip))), carry=carry
        )
        if left:
            left_open.append((number, left))
    found = sweep.found
    continued = _continued(text, paragraphs, left_open, found)
    single_outer = _outer_style_is_single(found)
    marker_starts = sorted(marker.span.start for marker in markers)
    paragraph_starts = [p.span.start for p in paragraphs]
    numbers = [max(0, bisect_right(paragraph_starts, q.span.start) - 1) for q in found]
    verse = _verse_pairs(text, found, paragraphs, numbers, continued)
    strays_paired = set(verse.values())
    kept: list[Quotation] = []
    new_index: dict[int, int] = {}
    for index, quotation in enumerate(found):
        if index in strays_paired:
            continue
        if index in verse:
            closing = found[verse[index]].closing
            assert closing is not None and quotation.opening is not None
            span = Span(quotation.opening.start, closing.end)
            quotation = replace(quotation, closing=closing, span=span)
        elif index in continued:
            quotation = replace(quotation, continued=True)
        elif quotation.closing is None and quotation.opening is not None:
            mark = text[quotation.opening.start]
            if index in sweep.dropped or (mark == "'" and not single_outer):
                continue  # a straight ' left open: an apostrophe, most likely
            span = _seems_to_end(quotation, paragraphs[numbers[index]], marker_starts)
            quotation = replace(quotation, span=span)
        new_index[index] = len(kept)
        parent = new_index.get(quotation.parent) if quotation.parent is not None else None
        kept.append(replace(quotation, parent=parent))
    return tuple(kept)


def _verse_pairs(
    text: str,
    found: list[Quotation],
    paragraphs: Sequence[Paragraph],
    numbers: list[int],
    continued: set[int],
) -> dict[int, int]:
    """Opening marks left open, each paired with the closing mark that nothing opened a few
    paragraphs later, when no other mark of their family stands between (verse)."""
    pairs: dict[int, int] = {}
    pending: dict[str, int] = {}  # family -> index of the quotation left open
    for index, quotation in enumerate(found):
        mark = text[quotation.span.start]
        family = FAMILY_OF_OPENER.get(mark, SINGLE)
        waiting = pending.get(family)
        if waiting is not None and numbers[index] > numbers[waiting]:
            del pending[family]
            first, last = numbers[waiting], numbers[index]
            lines = [Span(found[waiting].span.start, paragraphs[first].span.end)]
            lines.extend(p.span for p in paragraphs[first + 1 : last + 1])
            verse = all(line.end - line.start <= MAX_VERSE_LINE for line in lines)
            if quotation.opening is None and last - first <= MAX_VERSE_PARAGRAPHS and verse:
                pairs[waiting] = index
                continue
        if quotation.opening is not None and quotation.closing is None:
            if quotation.depth == 0 and index not in continued:
                pending[family] = index
    return pairs


def _units(text: str, paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """The paragraphs, with block quotations split at their ">" lines."""
    units = []
    for paragraph in paragraphs:
        start = paragraph.span.start
        for match in BLOCK_BREAK.finditer(text, paragraph.span.start, paragraph.span.end):
            part = Span(start, match.start()).strip(text)
            if part.end > part.start:
                units.append(Paragraph(part, paragraph.section))
            start = match.end()
        part = Span(start, paragraph.span.end).strip(text)
        if part.end > part.start:
            units.append(Paragraph(part, paragraph.section))
    return units


def _runs_on(text: str, previous: Paragraph, paragraph: Paragraph) -> bool:
    """A paragraph break in mid-sentence (a line of verse, a conversion slip): the previous
    paragraph ends on a word or a comma and this one starts in lower case."""
    if previous.section is not paragraph.section:
        return False
    last = text[previous.span.end - 1]
    prefix = BLOCK_PREFIX.match(text, paragraph.span.start)
    first = text[prefix.end() if prefix else paragraph.span.start]
    return (last.isalpha() or last in ",-–") and first.islower()


def _first_of(text: str, a: str, b: str) -> str:
    first_a, first_b = text.find(a), text.find(b)
    if first_b != -1 and (first_a == -1 or first_b < first_a):
        return b
    return a


def _continued(
    text: str,
    paragraphs: Sequence[Paragraph],
    left_open: list[tuple[int, list[OpenMark]]],
    found: list[Quotation],
) -> set[int]:
    """Outer quotations left open because the next paragraph opens the same way again."""
    continued = set()
    for number, entries in left_open:
        if number + 1 >= len(paragraphs):
            continue
        outer = entries[0]
        following = paragraphs[number + 1]
        start = following.span.start
        prefix = BLOCK_PREFIX.match(text, start)
        first = text[prefix.end() if prefix else start : following.span.end][:1]
        if first and STYLE_OF_OPENER.get(first) == found[outer.index].style:
            continued.add(outer.index)
    return continued


def _outer_style_is_single(found: list[Quotation]) -> bool:
    """Whether the document's outer quotations are mostly single-quoted."""
    styles = Counter(q.style for q in found if q.depth == 0 and q.closing and q.opening)
    return styles["single"] > styles["double"]


def _seems_to_end(quotation: Quotation, paragraph: Paragraph, marker_starts: list[int]) -> Span:
    """An unclosed quotation seems to end at the next note marker, else with its paragraph."""
    assert quotation.opening is not None
    start = quotation.opening.start
    following = bisect_right(marker_starts, start)
    end = paragraph.span.end
    if following < len(marker_starts) and marker_starts[following] < end:
        end = marker_starts[following]
    return Span(start, end)
