"""Small pieces the note-citation reader's modules share: where a segment's cue ends, the
punctuation skipped after names, and the `NoteCitation` built from the parts read."""

from __future__ import annotations

from citecheck.extract.note_details import Details
from citecheck.extract.note_german import after_translation_cue
from citecheck.extract.note_patterns import CUE
from citecheck.model import Author, NoteCitation, Span


def skip_comma(s: str, at: int) -> int:
    i = at
    while i < len(s) and (s[i] in ",.:" or s[i].isspace()):
        i += 1
    return i


def after_cue(s: str) -> int:
    cue = CUE.match(s)
    return after_translation_cue(s, cue.end() if cue else 0)  # "(Deutsch:) …"


def build_citation(
    s: str,
    k: int,
    offset: int,
    end: int,
    note: int,
    form: str,
    authors: tuple[Author, ...],
    title: str,
    title_style: str,
    details: Details,
    unsure: list[str],
) -> NoteCitation:
    return NoteCitation(
        text=s[k:],
        span=Span(offset + k, end),
        note=note,
        form=form,
        authors=authors,
        title=title,
        year=details.year,
        pages=details.pages,
        container=details.container,
        place=details.place,
        publisher=details.publisher,
        url=details.url,
        title_style=title_style,
        unsure="; ".join(unsure),
    )


def form_of(details: Details) -> str:
    if details.op_cit:
        return details.op_cit
    return "full" if details.published else "short"
