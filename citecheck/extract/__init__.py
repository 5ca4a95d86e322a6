"""Extractors: turn a reader's `SourceText` into the full `Manuscript` model."""

from __future__ import annotations

from citecheck.bibliography import references_in_text
from citecheck.extract.citations import find_citations
from citecheck.extract.figures import find_figures
from citecheck.extract.markers import find_markers
from citecheck.extract.quotations import find_quotations
from citecheck.model import Bibliography, Manuscript, SourceText


def build_manuscript(
    source: SourceText, bibliography: Bibliography | None = None, *, figures: bool = True
) -> Manuscript:
    markers = find_markers(source)
    sentences, found_figures = find_figures(source, markers) if figures else ((), ())
    return Manuscript(
        source=source,
        markers=markers,
        citations=find_citations(source),
        bibliography=bibliography,
        references_in_text=references_in_text(source),
        sentences=sentences,
        figures=found_figures,
        quotations=find_quotations(source, markers),
    )
