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
"""

from __future__ import annotations

from dataclasses import replace

from citecheck.extract.note_lone_names import EarlierWorks, earlier_title_short, known_head
from citecheck.model import Note, NoteCitation, Span


def later_segment_titles(
    local: str, base: int, note: Note, earlier: EarlierWorks, found: list[NoteCitation]
) -> list[NoteCitation]:
    """`found` with the short forms of earlier titles in the ";" parts that nothing read."""
    if ";" not in local:
        return found
    added: list[NoteCitation] = []
    at = local.find(";")
    while at >= 0:
        end = local.find(";", at + 1)
        end = len(local) if end < 0 else end
        start, stop = base + at + 1, base + end
        if not any(c.span.start < stop and start < c.span.end for c in found):
            part = replace(note, text_span=Span(start, stop))
            short = earlier_title_short(local[at + 1 : end], part, earlier)
            if short is not None:
                added.append(_with_writer(short, found, earlier))
        at = local.find(";", at + 1)
    if not added:
        return found
    return sorted([*found, *added], key=lambda c: c.span.start)


def _with_writer(
    short: NoteCitation, found: list[NoteCitation], earlier: EarlierWorks
) -> NoteCitation:
    """The short form with the writer of the part before, when that writer's works read
    before include its title."""
    before = [c for c in found if c.span.end <= short.span.start]
    if not before or not (before[-1].authors and before[-1].title):
        return short  # "Pastrengo, 171; cf. L'ultimo commissario, 198": no work before
    writer = before[-1].authors[0]
    if not known_head(earlier, short.title, writer.surname.casefold()):
        return short
    unsure = "; ".join(p for p in (short.unsure, "author carried from before") if p)
    return replace(short, authors=(writer,), unsure=unsure)
