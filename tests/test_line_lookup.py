"""The look-ups that replaced quadratic loops answer as the loops did."""

from __future__ import annotations

import random

from citecheck.bibliography.bibtex import _line_of
from citecheck.extract.citation_keys import _Sweep
from citecheck.model import LineIndex, Span
from tests.helpers import source_of


def test_line_index_matches_counting_newlines() -> None:
    rng = random.Random(7)
    for _ in range(50):
        text = "".join(rng.choice("ab\n") for _ in range(rng.randrange(0, 60)))
        index = LineIndex.of(text)
        assert index.line_starts[0] == 0
        assert len(index.line_starts) == text.count("\n") + 1
        for offset in range(len(text) + 1):
            line = text.count("\n", 0, offset) + 1
            column = offset - (text.rfind("\n", 0, offset) + 1) + 1
            assert index.position(offset) == (line, column)
            assert index.line(offset) == line == _line_of(text, offset)


def test_the_line_index_is_computed_once_per_source() -> None:
    source = source_of("One.\nTwo.\n")
    assert source.line_index is source.line_index
    assert source.line_index.position(6) == (2, 2)


def test_the_sweep_answers_as_a_check_against_every_span() -> None:
    rng = random.Random(11)
    for _ in range(200):
        spans = []
        for _ in range(rng.randrange(0, 8)):
            start = rng.randrange(0, 50)
            spans.append(Span(start, start + rng.randrange(0, 12)))
        offsets = sorted(rng.randrange(0, 70) for _ in range(20))
        if rng.random() < 0.2:
            rng.shuffle(offsets)  # out of order: the sweep starts again, still right
        inside = _Sweep(spans)
        for offset in offsets:
            assert inside(offset) == any(s.contains(offset) for s in spans)
