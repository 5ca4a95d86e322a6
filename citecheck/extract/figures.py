"""Figures in the body and the notes, with the words around them.

The body is split into sentences (returned, since a marker's sentence is what its note is
compared with); the notes are read sentence by sentence too. Marker digits and links are
masked first, so ``1991.1`` is the year 1991 and ``2,561,351.15`` the count 2,561,351.
"""

from __future__ import annotations

from collections.abc import Iterable
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

    sentences = tuple(s for paragraph in body for s in split_sentences(text, paragraph))
    figures: list[Figure] = []
    for index, sentence in enumerate(sentences):
        figures.extend(figures_in(text, sentence, index))
    for note in source.notes:
        for sentence in split_sentences(text, note.text_span):
            figures.extend(figures_in(text, sentence, -1, note.number))
    return sentences, tuple(figures)


def figures_in(
    text: str, sentence: Span, index: int = -1, note: int | None = None
) -> Iterable[Figure]:
    """Every number mention of one sentence; comparable ones carry heads and context.

    Which figures are comparable is `Figure.comparable`'s call alone, so a figure is made
    first and given its words afterwards.
    """
    mentions = [
        mention
        for match in MENTION.finditer(text, sentence.start, sentence.end)
        for mention in read_mention(text, match)
    ]
    figures = [_figure(text, mention, index, note) for mention in mentions]
    comparable = [f.span for f in figures if f.comparable]
    words = SentenceWords(text, sentence) if comparable else None
    for figure in figures:
        if words is not None and figure.comparable:
            left, right = _neighbours(comparable, figure.span, sentence)
            heads, context = words.around(figure.span, left, right)
            figure = replace(figure, heads=heads, context=context, concepts=concepts_of(context))
        yield figure


def _neighbours(comparable: list[Span], figure: Span, sentence: Span) -> tuple[int, int]:
    """Where the context window of `figure` must stop: the comparable figures either side."""
    left, right = sentence.start, sentence.end
    for other in comparable:
        if other.end <= figure.start:
            left = max(left, other.end)
        elif other.start >= figure.end:
            right = min(right, other.start)
    return left, right


def _figure(text: str, mention: Mention, index: int, note: int | None) -> Figure:
    return Figure(
        surface=text[mention.start : mention.end],
        span=Span(mention.start, mention.end),
        value=float(mention.value),
        precision=float(mention.precision),
        kind=mention.kind,
        bound=mention.bound,
        lo=None if mention.lo is None else float(mention.lo),
        hi=None if mention.hi is None else float(mention.hi),
        sentence=index,
        note=note,
    )
