"""Works-cited entries in every common shape, which the author-year list parser
(`bibliography.reflist`) reads only in part: "Lewin, Moshe. *Lenin's Last Struggle*. Ann
Arbor: University of Michigan Press, 2005.", "Korsch, Marxism and Philosophy, 2008.".

Each line of the REFERENCES section that starts an entry is read by its shape
(`bibliography.entry_shapes`: names, title, year); the reading replaces the author-year
parser's where both read the line (it is the one that knows titles, particles and years
inside titles). A line the shape reader cannot read is read with the note-citation reader
(as a one-line note), and becomes a `Reference` when it yields a work with an author or a
title. "———." takes the authors of the entry before.
"""

from __future__ import annotations

from collections.abc import Iterable

from citecheck.bibliography.entry_names import listed_author
from citecheck.bibliography.entry_shapes import EntryReading, read_entry
from citecheck.extract.note_citations import note_citations_in
from citecheck.model import Author, LineIndex, Note, Reference, Section, SourceText, Span


def works_cited_entries(source: SourceText, parsed: tuple[Reference, ...]) -> tuple[Reference, ...]:
    """`parsed` (the author-year entries) with the full-form entries added, and an entry
    the author-year parser read without a title ("Foster and Wynn Davies, *Labour…*,
    1995." has its year last) replaced by the full-form reading when that has a marked
    title and a year."""
    by_start = {r.span.start: r for r in parsed if r.span is not None}
    covered = [r.span for r in parsed if r.span is not None]
    kept = list(parsed)
    found: list[Reference] = []
    previous: tuple[Author, ...] = ()
    # each entry's line, by bisect over line starts counted once (not from the file's start)
    line_index = LineIndex.of(source.text)
    for paragraph in source.paragraphs:
        if paragraph.section is not Section.REFERENCES:
            continue
        for line in _lines(source.masked, paragraph.span):
            earlier = by_start.get(line.start)
            if earlier is None and any(s.start <= line.start < s.end for s in covered):
                continue  # a continuation line of an author-year entry
            taken = {r.key for r in kept + found if r is not earlier}
            shaped = _shaped(source, line_index, line, earlier, taken, previous)
            if shaped is not None:
                previous = shaped.authors
                if earlier is None:
                    found.append(shaped)
                else:
                    kept[kept.index(earlier)] = shaped
                continue
            reference = _entry(source, line_index, line, taken)
            if reference is not None and reference.authors:
                previous = reference.authors
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


def _shaped(
    source: SourceText,
    line_index: LineIndex,
    line: Span,
    earlier: Reference | None,
    taken: set[str],
    previous: tuple[Author, ...],
) -> Reference | None:
    """The line read by its shape, with an author (or the entry before's, after "———.")
    and a title; None when the shape reader cannot read it."""
    reading = read_entry(line.slice(source.masked))
    if reading is None or not reading.title:
        return None
    authors = previous if reading.ditto else tuple(listed_author(name) for name in reading.authors)
    authors = tuple(a for a in authors if a.folded)
    if not authors:
        return None
    key = _key(reading, authors, earlier, taken)
    return Reference(
        key=key,
        authors=authors,
        year=reading.year,
        suffix=reading.suffix,
        title=reading.title,
        source=source.path,
        line=line_index.line(line.start),
        fields=(("title", reading.title),),
        entry_type="misc",
        span=earlier.span if earlier is not None else line,
    )


def _key(
    reading: EntryReading, authors: tuple[Author, ...], earlier: Reference | None, taken: set[str]
) -> str:
    """The author-year parser's key when it read the same first author and year (author-year
    citations are matched by it), else a new one."""
    if (
        earlier is not None
        and earlier.year == reading.year
        and earlier.authors
        and earlier.authors[0].folded == authors[0].folded
    ):
        return earlier.key
    return _unique(f"{authors[0].folded}{reading.year or 'nd'}{reading.suffix}", taken)


def _entry(
    source: SourceText, line_index: LineIndex, line: Span, taken: set[str]
) -> Reference | None:
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
        line=line_index.line(line.start),
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
