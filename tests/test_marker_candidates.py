"""`digit_runs` finds exactly DIGIT_RUN's matches: the regex is the specification."""

from __future__ import annotations

import random

from citecheck.extract.marker_candidates import DIGIT_RUN, digit_runs

# Digits, spaces, what stands before a spaced marker, letters, and a non-ASCII digit.
_ALPHABET = "0123456789 \u00a0\u2009.!?…”’\"'“‘»«a\n\t٣"


def _by_regex(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [match.span() for match in DIGIT_RUN.finditer(text, start, end)]


def test_digit_runs_match_the_regex_on_random_text() -> None:
    rng = random.Random(13)
    for _ in range(20000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 16)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert list(digit_runs(text, start, end)) == _by_regex(text, start, end), (text, start)


def test_digit_runs_on_the_documented_cases() -> None:
    cases = {
        "in 1991.1 x": [(8, 9)],
        "cracks23": [(6, 8)],
        "destroyed. 58": [(11, 13)],
        "in 200737 x": [(3, 9)],
        "in 1917": [],
        "a ٣ b": [],
    }
    for text, expected in cases.items():
        assert list(digit_runs(text, 0, len(text))) == expected == _by_regex(text, 0, len(text))


def test_a_start_inside_a_run_finds_nothing_of_it() -> None:
    assert list(digit_runs("x12345", 3, 6)) == [] == _by_regex("x12345", 3, 6)
