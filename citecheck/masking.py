"""Blanking spans of a text with spaces, offsets and newlines unchanged.

Readers blank markup, extractors blank accepted markers, suppression blanks directives:
what is blanked is never read as prose, and every offset still points at the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import attrgetter

from citecheck.model import Span

# Any character but a newline: what blanking turns into a space.
# matches "a", " ", "\t"; not "\n"
_NOT_NEWLINE = re.compile(r"[^\n]")


_START = attrgetter("start")


# A site generator's shortcode in Markdown (Hugo's): markup, whose quoted arguments are
# strings, not prose.
# matches '{{< figure src="a.jpg" >}}', '{{% figure caption="a" %}}'; not "{{ x }}", "{%"
SHORTCODE = r"\{\{[<%].*?[>%]\}\}"


def blank_spans(text: str, spans: Iterable[Span]) -> str:
    """The text with every character of the spans but newlines replaced by a space.

    The spans are merged first and the text rebuilt from slices, so the cost is the
    text's length plus sorting the spans, however many there are or overlap."""
    merged: list[list[int]] = []
    for span in sorted(spans, key=_START):
        start, end = max(span.start, 0), min(span.end, len(text))
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    if not merged:
        return text
    pieces: list[str] = []
    cursor = 0
    for start, end in merged:
        pieces.append(text[cursor:start])
        blank = text[start:end]
        pieces.append(_NOT_NEWLINE.sub(" ", blank) if "\n" in blank else " " * len(blank))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)
