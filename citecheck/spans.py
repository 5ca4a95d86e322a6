"""A set of text spans that answers "does this overlap / contain that?" by bisection.

Extractors and readers ask, for each of thousands of candidates, whether it falls inside
a note or overlaps a citation already taken. Asked of a list, that is a pairwise loop,
quadratic on a manuscript of 100,000 notes; asked of this set, it is a logarithmic look-up.
Overlapping spans are merged on insertion (touching ones are kept apart), so the set holds
the union and every query answers as a loop over the original spans would.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from citecheck.model import Span


class SpanSet:
    """The union of some half-open spans, kept as sorted disjoint intervals."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for span in sorted(spans, key=lambda s: (s.start, s.end)):
            if self._ends and span.start < self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], span.end)
            else:
                self._starts.append(span.start)
                self._ends.append(span.end)

    def __len__(self) -> int:
        return len(self._starts)

    def contains(self, offset: int) -> bool:
        """True when some span holds `offset` (start <= offset < end)."""
        i = bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ends[i]

    def overlaps(self, span: Span) -> bool:
        """True when `span` shares a character with some span (as `a.start < b.end and
        b.start < a.end`)."""
        i = bisect_right(self._ends, span.start)  # the first interval ending after its start
        return i < len(self._starts) and self._starts[i] < span.end

    def add(self, span: Span) -> None:
        """Insert `span`, merging it with the intervals it overlaps."""
        first = bisect_right(self._ends, span.start)  # the first interval ending after its start
        last = bisect_left(self._starts, span.end)  # one past the last starting before its end
        if first < last:
            start = min(span.start, self._starts[first])
            end = max(span.end, self._ends[last - 1])
        else:
            start, end = span.start, span.end
        self._starts[first:last] = [start]
        self._ends[first:last] = [end]
