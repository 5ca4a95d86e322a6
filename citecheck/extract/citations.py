"""Author-year citations (filled in by the citations issue)."""

from __future__ import annotations

from citecheck.model import Citation, SourceText


def find_citations(source: SourceText) -> tuple[Citation, ...]:
    return ()
