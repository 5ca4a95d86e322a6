"""Figures in the text and the notes (filled in by the figures issue)."""

from __future__ import annotations

from citecheck.model import Figure, Marker, SourceText, Span


def find_figures(
    source: SourceText, markers: tuple[Marker, ...]
) -> tuple[tuple[Span, ...], tuple[Figure, ...]]:
    """Sentence spans of the body and the figures found in body and notes."""
    return (), ()
