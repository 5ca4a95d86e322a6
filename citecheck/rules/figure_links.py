"""When two figures disagree, and what says they describe the same quantity (rules only).

Pure functions over `Figure` values, shared by the figure rules. Comparing two numbers is
the easy part; the hard part is the evidence that they are about the same thing, so the
cues here are narrow on purpose.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_FLOOR, Decimal

from citecheck.extract.figure_context import GENERIC
from citecheck.extract.figure_patterns import QUALIFIER
from citecheck.model import Figure

MAX_FACTOR = 3.0  # figures further apart than this are not the same quantity mistyped
APPROX_SLACK = 0.10  # "around 2 million" tolerates 10 %

# A phrase that refers back to a figure already given, right before the note's figure.
# matches "The figure of ", "The number of deaths was ", "This estimate of around ",
# "their total stood at "; not "Chang gives ", "in "
ANAPHORIC_LEAD = re.compile(
    rf"""\b(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+)?
        (?:figures?|numbers?|estimates?|totals?|tolls?|counts?|statistics?|tall(?:y|ies))
        (?:\s+(?:of|for)\s+[\w-]+(?:\s+[\w-]+)?)?
        (?:\s+(?:of|is|was|are|were|at|as|stood\s+at|reached|given\s+as))?
        (?:\s+{QUALIFIER})?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)

# A note offering another figure for the same thing.
# matches "Some sources say", "other estimates", "estimates vary", "puts the toll";
# not "some 30 years", "other workers"
CONTRAST_CUE = re.compile(
    r"""\b(?:(?:some|other|another|alternative|higher|lower|different|later|earlier)\s+
            (?:sources|estimates?|accounts|historians|scholars|authors|figures|studies)
          |estimates\s+(?:vary|range|differ)|others\s+(?:say|give|put)
          |puts?\s+the\s+(?:figure|number|toll|total))\b""",
    re.VERBOSE | re.IGNORECASE,
)

# A note explaining why its figure differs: never a contradiction.
# matches "includes", "excluding", "refers to", "whereas", "compared with", "rather than";
# not "include" in "inclusion" (word ends), "refers" alone
EXPLAIN_CUE = re.compile(
    r"""\b(?:includ(?:es|ing|ed)|exclud(?:es|ing|ed)|inclusive\s+of|exclusive\s+of
          |refers?\s+to|covers|counts\s+only|whereas|compared\s+(?:with|to)|by\s+contrast
          |as\s+opposed\s+to|rather\s+than|not\s+counting|does\s+not\s+include)\b""",
    re.VERBOSE | re.IGNORECASE,
)


def unit(figure: Figure) -> str:
    """What a figure counts: "percent" for shares (ranges included), else "count"."""
    if figure.kind == "percent":
        return "percent"
    if figure.kind == "range" and ("%" in figure.surface or "cent" in figure.surface.lower()):
        return "percent"
    return "count"


def _ends(figure: Figure) -> tuple[float, float]:
    if figure.lo is not None and figure.hi is not None:
        return figure.lo, figure.hi
    return figure.value, figure.value


def within_factor(a: Figure, b: Figure, factor: float = MAX_FACTOR) -> bool:
    """True when some end of `a` and some end of `b` are within `factor` of each other."""
    (a_lo, a_hi), (b_lo, b_hi) = _ends(a), _ends(b)
    if min(a_lo, b_lo) <= 0:
        return False
    if a_hi >= b_lo and b_hi >= a_lo:
        return True
    gap = b_lo / a_hi if b_lo > a_hi else a_lo / b_hi
    return gap <= factor


def _decimal(x: float) -> Decimal:
    return Decimal(repr(x))


def rounds_alike(a: Figure, b: Figure) -> bool:
    """Round the finer figure half-up to the coarser one's precision: equal? (statcheck)."""
    fine, coarse = (a, b) if a.precision <= b.precision else (b, a)
    step = _decimal(coarse.precision)
    steps = (_decimal(fine.value) / step + Decimal("0.5")).to_integral_value(ROUND_FLOOR)
    return steps * step == _decimal(coarse.value)


def _interval(figure: Figure) -> tuple[float, float]:
    half = figure.precision / 2
    lo, hi = _ends(figure)
    if figure.bound == "upper":
        return 0.0, hi + half
    if figure.bound == "lower":
        return lo - half, math.inf
    if figure.bound == "approx":
        return min(lo * (1 - APPROX_SLACK), lo - half), max(hi * (1 + APPROX_SLACK), hi + half)
    return lo - half, hi + half


def consistent(a: Figure, b: Figure) -> bool:
    """Could both figures be right about one quantity, given rounding, bounds and ranges?"""
    if a.kind != "range" and b.kind != "range" and {a.bound, b.bound} <= {"point", "approx"}:
        if rounds_alike(a, b):
            return True
        if "approx" in {a.bound, b.bound}:
            return abs(a.value - b.value) <= APPROX_SLACK * max(a.value, b.value)
        return False
    (a_lo, a_hi), (b_lo, b_hi) = _interval(a), _interval(b)
    return a_lo <= b_hi and b_lo <= a_hi


def specific(lemmas: tuple[str, ...]) -> set[str]:
    return {w for w in lemmas if w not in GENERIC}


def link_score(a: Figure, b: Figure) -> int:
    """2 x shared head + 2 x shared concept + shared context words (none of them generic)."""
    shared_head = bool(specific(a.heads) & specific(b.heads))
    shared_concept = bool(set(a.concepts) & set(b.concepts))
    shared_context = specific(a.context) & specific(b.context)
    return 2 * shared_head + 2 * shared_concept + len(shared_context)
