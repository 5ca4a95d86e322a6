"""The author-year reader's citations inside one note, as the harness counts them.

A note may cite author-date ("Vgl. Honneth 2015: 12.", "Μηλιός (2000, σ. 45)"), with the
full reference in a works-cited list. The tool reads such a citation with the author-year
reader (`extract/citations.py`), which matches it against the list (missing-reference),
checks its punctuation (citation-format) and never takes it for a short form that needs an
earlier note (short-form-before-full). So the harness counts it among the tool's readings
of the note, as the truth set annotates it: a `short` form, the surname and the year as
written, no title. As in `build_manuscript`, the author-year reader leaves alone the spans
the note reader read (`claimed_spans`): one reading per citation, never two.
"""

from __future__ import annotations

import re

from citecheck.extract.citations import find_citations
from citecheck.extract.imprint_evidence import NO_EVIDENCE, ImprintEvidence
from citecheck.extract.note_citations import claimed_spans, note_writers
from citecheck.model import Author, Note, NoteCitation, Paragraph, Section, SourceText, Span

# What the reading says of itself, beside the note reader's own doubts.
AUTHOR_YEAR = "author-year reader"

# A blank line parts the paragraphs of a note, as the readers part them.
# matches "\n\n", "\n  \n"; not "\n"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def author_year_readings(
    text: str,
    note: Note,
    read: list[NoteCitation],
    before: tuple[Author, ...] = (),
    evidence: ImprintEvidence = NO_EVIDENCE,
) -> list[NoteCitation]:
    """The author-date citations of the note `text` (the whole string) that the note reader
    did not read (`read`, its readings of the note), as short forms. `before` is the writer
    of the last citation of the note before, whom a "ders. 2015: 4" at its start names;
    `evidence` the article's own imprint words and authors, as `build_manuscript` gives it."""
    writers = [(-1, before)] if before else []
    writers += note_writers(read)
    source = SourceText(
        path="note.md",
        text=text,
        masked=text,
        paragraphs=_paragraphs(text),
        notes=(note,),
        format="markdown",
    )
    return [
        NoteCitation(
            text=c.text,
            span=c.span,
            note=note.number,
            form="short",
            authors=c.authors,
            year=c.year,
            pages=c.locator,
            unsure=AUTHOR_YEAR,
        )
        for c in find_citations(source, claimed_spans(read, source), writers, evidence)
        if c.key is None
    ]


def _paragraphs(text: str) -> tuple[Paragraph, ...]:
    paragraphs, start = [], 0
    for gap in _PARAGRAPH_BREAK.finditer(text):
        paragraphs.append(Paragraph(Span(start, gap.start()), Section.NOTES))
        start = gap.end()
    paragraphs.append(Paragraph(Span(start, len(text)), Section.NOTES))
    return tuple(paragraphs)
