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

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from citecheck.bibliography.entry_names import listed_author
from citecheck.bibliography.entry_other_editions import other_edition
from citecheck.bibliography.entry_shapes import EntryReading, read_entry
from citecheck.extract.note_citations import note_citations_in
from citecheck.model import Author, LineIndex, Note, Reference, Section, SourceText, Span


def works_cited_entries(source: SourceText, parsed: tuple[Reference, ...]) -> tuple[Reference, ...]:
    """`parsed` (the author-year entries) with the full-form entries added, and an entry
    the author-year parser read without a title ("Foster and Wynn Davies, *Labour…*,
    1995." has its year last) replaced by the full-form reading when that has a marked
    title and a year."""
    by_start = {r.span.start: (i, r) for i, r in enumerate(parsed) if r.span is not None}
    covered = _Covered(r.span for r in parsed if r.span is not None)
    kept = list(parsed)
    found: list[Reference] = []
    # the keys of kept + found, kept up to date as entries are added or replaced, so that
    # each line does not rebuild them (that made a long list quadratic)
    taken = _KeysTaken(r.key for r in kept)
    previous: tuple[Author, ...] = ()
    # each entry's line, by bisect over line starts counted once (not from the file's start)
    line_index = LineIndex.of(source.text)
    for paragraph in source.paragraphs:
        if paragraph.section is not Section.REFERENCES:
            continue
        for line in _lines(source.masked, paragraph.span):
            position, earlier = by_start.get(line.start, (-1, None))
            if earlier is None and covered.contains(line.start):
                continue  # a continuation line of an author-year entry
            replacement = None
            with taken.without(earlier):
                shaped = _shaped(source, line_index, line, earlier, taken, previous)
                if shaped is not None:
                    previous = shaped.authors
                    replacement = shaped
                else:
                    reference = _entry(source, line_index, line, taken)
                    if reference is not None and reference.authors:
                        previous = reference.authors
                    if reference is None:
                        continue
                    if earlier is None or (
                        not earlier.title and reference.title and reference.year
                    ):
                        replacement = reference
            if replacement is None:
                continue
            if earlier is None:
                found.append(replacement)
                taken.add(replacement.key)
            else:
                taken.replace(earlier.key, replacement.key)
                kept[position] = replacement
    everything = kept + found
    return tuple(sorted(everything, key=lambda r: r.span.start if r.span else 0))


class _KeysTaken:
    """The keys of the entries kept so far, as a multiset: `key in taken` and `len(taken)`
    as for the set of distinct keys, with one entry set aside while its line is read."""

    def __init__(self, keys: Iterable[str]) -> None:
        self._counts = Counter(keys)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._counts[key] > 0

    def __len__(self) -> int:
        return sum(1 for count in self._counts.values() if count > 0)

    def add(self, key: str) -> None:
        self._counts[key] += 1

    def replace(self, old: str, new: str) -> None:
        self._counts[old] -= 1
        self._counts[new] += 1

    @contextmanager
    def without(self, entry: Reference | None) -> Iterator[None]:
        """The keys taken by every entry but `entry`, for the time of one line: an entry
        read again keeps its own key."""
        if entry is None:
            yield
            return
        self._counts[entry.key] -= 1
        try:
            yield
        finally:
            self._counts[entry.key] += 1


class _Covered:
    """Whether an offset falls inside any of the author-year entries' spans, by bisect over
    their starts and the largest end up to each (spans may overlap)."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted((s.start, s.end) for s in spans)
        self._starts = [start for start, _ in ordered]
        self._reach: list[int] = []
        reach = -1
        for _, end in ordered:
            reach = max(reach, end)
            self._reach.append(reach)

    def contains(self, offset: int) -> bool:
        i = bisect_right(self._starts, offset)
        return i > 0 and self._reach[i - 1] > offset


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
    taken: _KeysTaken,
    previous: tuple[Author, ...],
) -> Reference | None:
    """The line read by its shape, with an author (or the entry before's, after "———.")
    and a title; None when the shape reader cannot read it."""
    text = line.slice(source.masked)
    reading = read_entry(text)
    if reading is None or not reading.title:
        return None
    authors = previous if reading.ditto else tuple(listed_author(name) for name in reading.authors)
    authors = tuple(a for a in authors if a.folded)
    if not authors:
        return None
    key = _key(reading, authors, earlier, taken)
    fields: tuple[tuple[str, str], ...] = (("title", reading.title),)
    other = other_edition(text)
    if other is not None:  # "Originally published as *…* (Paris, 1979)" (Chicago 14.109)
        fields += (("other_title", other.title), ("other_year", other.year))
    return Reference(
        key=key,
        authors=authors,
        year=reading.year,
        suffix=reading.suffix,
        title=reading.title,
        source=source.path,
        line=line_index.line(line.start),
        fields=fields,
        entry_type="misc",
        span=earlier.span if earlier is not None else line,
    )


def _key(
    reading: EntryReading, authors: tuple[Author, ...], earlier: Reference | None, taken: _KeysTaken
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
    source: SourceText, line_index: LineIndex, line: Span, taken: _KeysTaken
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


def _unique(key: str, taken: _KeysTaken) -> str:
    """ "lewin2005", then "lewin2005b", "lewin2005c"… for a second work of the same year."""
    if key not in taken:
        return key
    for letter in "bcdefghijklmnopqrstuvwxyz":
        if key + letter not in taken:
            return key + letter
    return f"{key}-{len(taken)}"
