"""Extractors: turn a reader's `SourceText` into the full `Manuscript` model."""

from __future__ import annotations

from citecheck.bibliography import references_in_text
from citecheck.extract.citations import find_citations
from citecheck.extract.figures import find_figures
from citecheck.extract.imprint_evidence import imprint_evidence
from citecheck.extract.markers import find_markers
from citecheck.extract.note_citations import claimed_spans, find_note_citations, note_writers
from citecheck.extract.quotations import find_quotations
from citecheck.extract.works_cited import works_cited_entries
from citecheck.model import Bibliography, Manuscript, SourceText


def build_manuscript(
    source: SourceText, bibliography: Bibliography | None = None, *, figures: bool = True
) -> Manuscript:
    markers = find_markers(source)
    sentences, found_figures = find_figures(source, markers) if figures else ((), ())
    note_citations = find_note_citations(source)
    listed = works_cited_entries(source, references_in_text(source))
    # the words the document's own imprints use as places and publishers are no authors
    evidence = imprint_evidence(source.masked, note_citations, listed)
    return Manuscript(
        source=source,
        markers=markers,
        citations=find_citations(
            source,
            claimed_spans(note_citations, source),
            note_writers(note_citations),
            evidence,
        ),
        bibliography=bibliography,
        references_in_text=listed,
        sentences=sentences,
        figures=found_figures,
        note_citations=note_citations,
        quotations=find_quotations(source, markers),
    )
