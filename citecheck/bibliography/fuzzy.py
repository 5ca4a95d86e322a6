"""rapidfuzz's scorers, imported on the first comparison, not when a module that may compare
is imported: a manuscript whose citations all match exactly (or that has none) never
loads rapidfuzz (about 15-25 ms of start-up).

Call them as attributes of this module (`fuzzy.ratio(a, b)`): the first call imports
rapidfuzz and puts its functions in this module's place, so later calls go straight to
rapidfuzz's own, at no cost over importing it up front.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from functools import partial
from typing import Any


def loaded() -> bool:
    """True once rapidfuzz is imported (here or by anyone else)."""
    return "rapidfuzz.fuzz" in sys.modules


def may_reach_ratio(query: str, choices: Sequence[str], cutoff: int) -> list[str]:
    """The choices, in order, less those whose `ratio` with `query` is certainly below
    `cutoff`, told without rapidfuzz.

    `ratio` is 100 * (1 - d / (len(a) + len(b))), d the insertions and deletions that turn
    one string into the other: d = len(a) + len(b) - 2 * (their longest common
    subsequence), which is no longer than the shorter string, nor than the letters of the
    choice that occur in the query. So 200 * that length / (len(a) + len(b)) bounds the
    ratio from above, and a bound below the cutoff rules the choice out.
    """
    letters = set(query)
    kept = []
    for choice in choices:
        total = len(query) + len(choice)
        shared = min(len(query), sum(c in letters for c in choice))
        if total == 0 or 200 * shared >= cutoff * total:
            kept.append(choice)
    return kept


def _load() -> None:
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import OSA

    globals().update(
        ratio=fuzz.ratio,
        partial_ratio=fuzz.partial_ratio,
        token_sort_ratio=fuzz.token_sort_ratio,
        token_set_ratio=fuzz.token_set_ratio,
        osa_distance=OSA.distance,
        best_by_ratio=partial(process.extractOne, scorer=fuzz.ratio),
    )


def ratio(a: str, b: str) -> float:
    _load()
    return ratio(a, b)  # type: ignore[no-any-return]


def partial_ratio(a: str, b: str) -> float:
    _load()
    return partial_ratio(a, b)  # type: ignore[no-any-return]


def token_sort_ratio(a: str, b: str) -> float:
    _load()
    return token_sort_ratio(a, b)  # type: ignore[no-any-return]


def token_set_ratio(a: str, b: str) -> float:
    _load()
    return token_set_ratio(a, b)  # type: ignore[no-any-return]


def osa_distance(a: str, b: str) -> int:
    """Optimal string alignment: edits, a swap of two neighbours counting as one."""
    _load()
    return osa_distance(a, b)  # type: ignore[no-any-return]


def best_by_ratio(query: str, choices: Sequence[str]) -> Any:
    """The choice closest to `query` by `ratio`, as (choice, score, index); None for none."""
    _load()
    return best_by_ratio(query, choices)
