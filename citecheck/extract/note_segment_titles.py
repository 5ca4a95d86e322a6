"""A title the document cited before, plain, in a later ";" part of a note (issue 11).

A note may give a second short form after ";" by its title alone, the writer carried from
the part before or named in an earlier note: "Rautenstrauch, *Everyday Life*, 88;
*Gesammelte Schriften*, Bd. 2, S. 317." (Chicago 14.29: a short title and a locator). A
web page's copy loses the emphasis: "…; Gesammelte Schriften, Bd. 2, S. 317.", and nothing
marks the title. The document does: a title its notes cited before, followed by a locator
and nothing else, is that work's short form, as a whole note of that shape is
(`note_lone_names.earlier_title_short`). Its writer is the part before's when that part
names a work of that writer's and the title was cited under that writer; otherwise it is
read without one, as the title alone names it (the Markdown reading does the same).

A title not cited before is taken so only with a volume and a page ("…; Gesammelte
Schriften, Bd. 2, S. 317"): two parts of a locator name a work's volume, which a place or a
person's name never has; every word of it a title's (capitalised or a joining word), its
first no imprint's, and the part before a work of a writer's, whose short form it follows
(Chicago 14.29-14.30).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from itertools import accumulate

from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_lone_names import (
    PLAIN_SHORT_NOTE,
    EarlierWorks,
    earlier_title_short,
    known_head,
    rest_as_short_form,
)
from citecheck.extract.note_titles import title_words_only
from citecheck.model import Note, NoteCitation, Span


class _Covered:
    """Whether any reading overlaps a span, asked in O(log n): the readings' starts in
    order, with the furthest end among each prefix (each ";" part asked of every reading
    made a note of many parts quadratic)."""

    def __init__(self, found: list[NoteCitation]) -> None:
        spans = sorted((c.span.start, c.span.end) for c in found)
        self._starts = [start for start, _ in spans]
        self._furthest = list(accumulate((end for _, end in spans), max))

    def any_between(self, start: int, stop: int) -> bool:
        """Some reading starts before `stop` and ends after `start`."""
        before = bisect_left(self._starts, stop)
        return before > 0 and self._furthest[before - 1] > start


def later_segment_titles(
    local: str, base: int, note: Note, earlier: EarlierWorks, found: list[NoteCitation]
) -> list[NoteCitation]:
    """`found` with the short forms of earlier titles in the ";" parts that nothing read."""
    if ";" not in local:
        return found
    added: list[NoteCitation] = []
    covered = _Covered(found)
    at = local.find(";")
    while at >= 0:
        end = local.find(";", at + 1)
        end = len(local) if end < 0 else end
        start, stop = base + at + 1, base + end
        if not covered.any_between(start, stop):
            part = replace(note, text_span=Span(start, stop))
            short = earlier_title_short(local[at + 1 : end], part, earlier)
            if short is not None:
                added.append(_with_writer(short, found, earlier))
            elif (volume := _volume_paged(local[at + 1 : end], part, found)) is not None:
                added.append(volume)
        at = local.find(";", at + 1)
    if not added:
        return found
    return sorted([*found, *added], key=lambda c: c.span.start)


def _with_writer(
    short: NoteCitation, found: list[NoteCitation], earlier: EarlierWorks
) -> NoteCitation:
    """The short form with the writer of the part before, when that writer's works read
    before include its title."""
    work = _work_before(found, short.span.start)
    if work is None:
        return short  # "Pastrengo, 171; cf. L'ultimo commissario, 198": no work before
    writer = work.authors[0]
    if not known_head(earlier, short.title, writer.surname.casefold()):
        return short
    unsure = "; ".join(p for p in (short.unsure, "author carried from before") if p)
    return replace(short, authors=(writer,), unsure=unsure)


def _volume_paged(text: str, part: Note, found: list[NoteCitation]) -> NoteCitation | None:
    """A plain title not cited before, with a volume and a page, after a writer's work in
    the part before: that writer's short form."""
    short = PLAIN_SHORT_NOTE.fullmatch(text)
    if short is None or not short.group("title") or not short.group("volume"):
        return None
    title = short.group("title").strip()
    words = title.split()
    if len(words) < 2 or is_imprint_word(words[0]):
        return None
    if not title_words_only(title):
        return None  # "the letters of that year, Bd. 2, S. 4": prose
    work = _work_before(found, part.text_span.start)
    if work is None:
        return None
    return rest_as_short_form(
        part,
        text,
        short.start("title"),
        authors=(work.authors[0],),
        title=title,
        title_style="plain",
        pages=short.group("locator").strip(" ,"),
        unsure="plain title; a volume and a page; author carried from before",
    )


def _work_before(found: list[NoteCitation], at: int) -> NoteCitation | None:
    """The last reading ending before `at`, when it names a writer and a title."""
    before = [c for c in found if c.span.end <= at]
    return before[-1] if before and before[-1].authors and before[-1].title else None
