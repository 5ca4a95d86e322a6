"""Works-cited entries in the notes-bibliography style, which the author-year list parser
(`bibliography.reflist`) does not read: "Lewin, Moshe. *Lenin's Last Struggle*. Ann Arbor:
University of Michigan Press, 2005."

Each line of the REFERENCES section that no author-year entry covers is read with the
note-citation reader (as a one-line note), and becomes a `Reference` when it yields a work
with an author or a title.
"""

from __future__ import annotations

from collections.abc import Iterable

from citecheck.extract.note_citations import note_citations_in
from citecheck.model import Note, Reference, Section, SourceText, Span


def works_cited_entries(source: SourceText, parsed: tuple[Reference, ...]) -> tuple[Reference, ...]:
    """`parsed` (the author-year entries) with the full-form entries added, and an entry
    the author-year parser read without a title ("Foster and Wynn Davies, *Labour…*,
    1995." has its year last) replaced by the full-form reading when that has a marked
    title and a year."""
    by_start = {r.span.start: r for r in parsed if r.span is not None}
    covered = [r.span for r in parsed if r.span is not None]
    kept = list(parsed)
    found: list[Reference] = []
    for paragraph in source.paragraphs:
        if paragraph.section is not Section.REFERENCES:
            continue
        for line in _lines(source.masked, paragraph.span):
            earlier = by_start.get(line.start)
            if earlier is None and any(s.start <= line.start < s.end for s in covered):
                continue  # a continuation line of an author-year entry
            taken = {r.key for r in kept + found}
            reference = _entry(source, line, taken)
            if reference is None:
                continue
            if earlier is None:
                found.append(reference)
            elif not earlier.title and reference.title and reference.year:
                kept[kept.index(earlier)] = reference
    everything = kept + found
    return tuple(sorted(everything, key=lambda r: r.span.start if r.span else 0))


def _lines(text: str, span: Span) -> Iterable[Span]:
    start = span.start
    while start < span.end:
        end = text.find("\n", start, span.end)
        end = span.end if end == -1 else end
        line = Span(start, end).strip(text)
        if line.end > line.start:
            yield line
        start = end + 1


def _entry(source: SourceText, line: Span, taken: set[str]) -> Reference | None:
    note = Note(0, line, line, line)
    citations = list(note_citations_in(source.masked, note))
    if not citations or not (citations[0].authors or citations[0].title):
        return None
    work = citations[0]
    first = work.authors[0].folded if work.authors else "anon"
    fields = [("title", work.title)]
    if work.publisher:
        fields.append(("publisher", work.publisher))
    return Reference(
        key=_unique(f"{first}{work.year or 'nd'}", taken),
        authors=work.authors,
        year=work.year,
        suffix="",
        title=work.title,
        source=source.path,
        line=source.text.count("\n", 0, line.start) + 1,
        fields=tuple(fields),
        entry_type="misc",
        span=line,
    )


def _unique(key: str, taken: set[str]) -> str:
    """ "lewin2005", then "lewin2005b", "lewin2005c"… for a second work of the same year."""
    if key not in taken:
        return key
    for letter in "bcdefghijklmnopqrstuvwxyz":
        if key + letter not in taken:
            return key + letter
    return f"{key}-{len(taken)}"
