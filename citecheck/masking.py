"""Blanking spans of a text with spaces, offsets and newlines unchanged.

Readers blank markup, extractors blank accepted markers, suppression blanks directives:
what is blanked is never read as prose, and every offset still points at the original.
"""

from __future__ import annotations

from collections.abc import Iterable

from citecheck.model import Span


def blank_spans(text: str, spans: Iterable[Span]) -> str:
    chars = list(text)
    for span in spans:
        for i in range(span.start, min(span.end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
