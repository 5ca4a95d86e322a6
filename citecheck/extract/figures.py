"""Figures in the body and the notes, with the words around them.

The body is split into sentences (returned, since a marker's sentence is what its note is
compared with); the notes are read sentence by sentence too. Marker digits and links are
masked first, so ``1991.1`` is the year 1991 and ``2,561,351.15`` the count 2,561,351.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from citecheck.extract.figure_context import SentenceWords, concepts_of
from citecheck.extract.figure_mentions import Mention, read_mention
from citecheck.extract.figure_patterns import MENTION
from citecheck.extract.sentences import links, split_sentences
from citecheck.masking import blank_spans
from citecheck.model import Figure, Marker, Section, SourceText, Span


def find_figures(
    source: SourceText, markers: tuple[Marker, ...]
) -> tuple[tuple[Span, ...], tuple[Figure, ...]]:
    """Sentence spans of the body and the figures found in body and notes."""
    body = source.section_spans(Section.BODY)
    note_spans = [note.text_span for note in source.notes]
    hidden = [marker.span for marker in markers]
    hidden.extend(links(source.masked, [*body, *note_spans]))
    text = blank_spans(source.masked, hidden)

    sentences: list[Span] = []
    figures: list[Figure] = []
    for paragraph in body:
        found = split_sentences(text, paragraph)
        for i, matches in _matches_by_sentence(text, paragraph, found).items():
            figures.extend(_figures_of(text, found[i], matches, len(sentences) + i))
        sentences.extend(found)
    for note in source.notes:
        span = note.text_span
        if MENTION.search(text, span.start, span.end) is None:
            continue  # no number at all: no need of its sentences
        found = split_sentences(text, span)
        for i, matches in _matches_by_sentence(text, span, found).items():
            figures.extend(_figures_of(text, found[i], matches, -1, note.number))
    return tuple(sentences), tuple(figures)


def _matches_by_sentence(
    text: str, region: Span, sentences: list[Span]
) -> dict[int, list[re.Match[str]]]:
    """The `MENTION` matches of a paragraph or note by the index of their sentence, in
    order; sentences without one are left out (most sentences hold no number).

    The pattern runs once over the whole region and its matches are dealt out to the
    sentences: run once per sentence, its set-up cost made a manuscript of 100,000 short
    sentences slow. No match can run past a sentence's closing punctuation, so the matches
    are those a run per sentence finds; should one do so all the same, the region is read
    sentence by sentence, as before.
    """
    starts = [sentence.start for sentence in sentences]
    by_sentence: dict[int, list[re.Match[str]]] = {}
    for match in MENTION.finditer(text, region.start, region.end):
        i = bisect_right(starts, match.start()) - 1
        if i < 0 or match.end() > sentences[i].end:
            return _matches_sentence_by_sentence(text, sentences)
        if i in by_sentence:
            by_sentence[i].append(match)
        else:
            by_sentence[i] = [match]
    return by_sentence


def _matches_sentence_by_sentence(
    text: str, sentences: list[Span]
) -> dict[int, list[re.Match[str]]]:
    found = (list(MENTION.finditer(text, s.start, s.end)) for s in sentences)
    return {i: matches for i, matches in enumerate(found) if matches}


def _figures_of(
    text: str,
    sentence: Span,
    matches: list[re.Match[str]],
    index: int = -1,
    note: int | None = None,
) -> list[Figure]:
    """The figures of one sentence's `MENTION` matches.

    Which figures are comparable is `Figure.comparable`'s call alone, so a figure is made
    first and given its words afterwards.
    """
    if not matches:
        return []
    mentions = [mention for match in matches for mention in read_mention(text, match)]
    figures = [_figure(text, mention, index, note) for mention in mentions]
    comparable = [f.span for f in figures if f.comparable]
    if not comparable:
        return figures
    words = SentenceWords(text, sentence)
    ends = sorted(span.end for span in comparable)
    starts = sorted(span.start for span in comparable)
    result = []
    for figure in figures:
        if figure.comparable:
            left, right = _neighbours(starts, ends, figure.span, sentence)
            heads, context = words.around(figure.span, left, right)
            figure = replace(figure, heads=heads, context=context, concepts=concepts_of(context))
        result.append(figure)
    return result


def _neighbours(
    starts: list[int], ends: list[int], figure: Span, sentence: Span
) -> tuple[int, int]:
    """Where the context window of `figure` must stop: the comparable figures either side
    (the last end before it, the first start after it), found by bisection in the sorted
    starts and ends: a loop over every figure was quadratic in a sentence of thousands."""
    left, right = sentence.start, sentence.end
    before = bisect_right(ends, figure.start)
    if before:
        left = max(left, ends[before - 1])
    after = bisect_left(starts, figure.end)
    if after < len(starts):
        right = min(right, starts[after])
    return left, right


def _figure(text: str, mention: Mention, index: int, note: int | None) -> Figure:
    start, end, kind, value, precision, bound, lo, hi = mention
    return Figure(
        text[start:end],
        Span(start, end),
        float(value),
        float(precision),
        kind,
        bound,
        None if lo is None else float(lo),
        None if hi is None else float(hi),
        sentence=index,
        note=note,
    )
