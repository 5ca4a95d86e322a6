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
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Figure, Span

MAX_FACTOR = 3.0  # figures further apart than this are not the same quantity mistyped
APPROX_SLACK = 0.10  # "around 2 million" tolerates 10 %

# A phrase that refers back to a figure already given, right before the note's figure.
# matches "The figure of ", "The number of deaths was ", "This estimate of around ",
# "their total stood at "; not "Chang gives ", "in "
ANAPHORIC_LEAD = lazy_compile(
    rf"""\b(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+)?
        (?:figures?|numbers?|estimates?|totals?|tolls?|counts?|statistics?|tall(?:y|ies))
        (?:\s+(?:of|for)\s+[\w-]+(?:\s+[\w-]+)?)?
        (?:\s+(?:of|is|was|are|were|at|as|stood\s+at|reached|given\s+as))?
        (?:\s+{QUALIFIER})?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)

# A note offering another figure for the same thing.
# matches "Some sources say", "Another source gives", "other estimates", "estimates vary",
# "puts the toll"; not "some 30 years", "other workers", "another 200,000"
CONTRAST_CUE = lazy_compile(
    r"""\b(?:(?:some|other|another|alternative|higher|lower|different|later|earlier)\s+
            (?:sources?|estimates?|accounts?|historians?|scholars?|authors?|figures
              |stud(?:y|ies)|census(?:es)?)
          |estimates\s+(?:vary|range|differ)|others\s+(?:say|give|put)
          |puts?\s+the\s+(?:figure|number|toll|total))\b""",
    re.VERBOSE | re.IGNORECASE,
)

# A source giving the note's figure, straight before it: with a shared head word, the note
# offers another figure for the text's quantity ("Smith gives 3 million members").
# matches "Smith gives ", "Conquest puts the toll at ", "records give about ", "estimated ";
# not "The figure of ", "died of ", "an estimated " (a qualifier, not a source)
ATTRIBUTION = lazy_compile(
    rf"""\b(?<!an\s)(?:gives?|gave|puts?|says?|said|estimated?|estimates|counts?|counted|reports?
          |reported|records?|recorded|cites?|cited|claims?|claimed|suggests?|suggested)\s+
        (?:(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:at|as|of)\s+)?
        (?:{QUALIFIER}\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)

# A note figure that is a part of the text's figure, or comes on top of it, is no
# contradiction ("Of these, 120,000 were women"; "A further 3 million died of disease").
# The cues are read around the note's figure only, so a cue elsewhere in the note cannot
# hide a real mismatch.

# Straight before the figure (a qualifier may stand between): an addition or the rest.
# matches "A further ", "another ", "an additional some ", "the remaining ", "the other ";
# not "Another source gives ", "The figure of ", "further research puts it at "
ADDED_BEFORE = lazy_compile(
    rf"""\b(?:an?\s+further|further|another|an?\s+additional|additional|an?\s+extra|extra
          |yet\s+another|the\s+remaining|remaining|the\s+other|the\s+rest\s*,?|the\s+remainder\s*,?)
        \s+(?:{QUALIFIER}\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)

# Straight before the figure: a restriction. Not a cue when the note also offers another
# figure ("Other sources give only 1 million" is an alternative, not a part).
# matches "Only ", "only about ", "just ", "merely "; not "not only by "
ONLY_BEFORE = lazy_compile(
    rf"\b(?<!not\s)(?:only|just|merely)\s+(?:{QUALIFIER}\s+)?$", re.VERBOSE | re.IGNORECASE
)

# Straight after the figure: an addition, or a part of a group already named.
# matches " more", " others", " of them", " of these", " of whom", " of the total";
# not " more or less" (an approximation), " of the workers"
ADDED_AFTER = lazy_compile(
    r"""\s+(?:more(?!\s+or\s+less)|others
          |(?:of|among)\s+(?:these|those|them|whom|which|(?:the|this|that)\s+total))\b""",
    re.VERBOSE | re.IGNORECASE,
)

# Earlier in the figure's clause: a partitive that makes the clause about a part.
# matches "Of these, ", "Among them were ", "of whom ", "half of them, about ", "of which ";
# not "Of these sources, Smith gives " (a noun follows "these": not a partitive)
PARTITIVE_BEFORE = lazy_compile(
    r"""\b(?:of|among(?:st)?)\s+(?:them|whom|which
          |(?:these|those)(?=\s*[,:;–—]|\s+(?:were|was|are|is|had|have|only|some|about|\d)))\b""",
    re.IGNORECASE,
)

# A clause opening on the group the figure is a part of, the figure straight after.
# matches "Of the dead, ", "Among these workers, some ", "Of all the victims, ";
# not "Of these sources, Smith gives " (the figure does not follow), "The figure of "
GROUP_FIRST = lazy_compile(
    rf"""^\s*(?:of|among(?:st)?)\s+(?:all\s+)?(?:the|these|those)\s+(?:[\w’'-]+\s+){{0,3}}?
        [\w’'-]+\s*,\s*(?:{QUALIFIER}\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)

# In the figure's clause: a restriction to one place or group.
# matches "In the old town alone", "for Ukraine alone", "among peasants alone";
# not "alone" far from a preposition ("left them alone")
ALONE = lazy_compile(
    r"\b(?:in|at|among|for|from|within)\s+(?:[\w’'-]+\s+){0,4}?alone\b", re.IGNORECASE
)

_NEAR = 60  # characters before a figure searched for "a further", "only"
_CLAUSE_END = re.compile(r"[;:,()]|\s[–—]\s")

# A note explaining why its figure differs: never a contradiction.
# matches "includes", "excluding", "refers to", "whereas", "compared with", "rather than";
# not "include" in "inclusion" (word ends), "refers" alone
EXPLAIN_CUE = lazy_compile(
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


def part_or_addition(text: str, figure: Figure, sentence: Span, left: int) -> bool:
    """Does the note present `figure` as a part of a whole, or as an addition to it?

    The cues are read in the figure's clause of `sentence` only; `left` is where the
    comparable figure before it ends (or the sentence's start), so "in Kiev alone" restricts
    the figure after it and not one before.
    """
    start, end = figure.span.start, figure.span.end
    clause_start = max(
        sentence.start,
        text.rfind(";", sentence.start, start) + 1,
        text.rfind(":", sentence.start, start) + 1,
    )
    near = text[max(clause_start, start - _NEAR) : start]
    if ADDED_BEFORE.search(near) or ADDED_AFTER.match(text, end, sentence.end):
        return True
    if ONLY_BEFORE.search(near) and not CONTRAST_CUE.search(text, sentence.start, sentence.end):
        return True
    if PARTITIVE_BEFORE.search(text, clause_start, start):
        return True
    if GROUP_FIRST.search(text[clause_start:start]):
        return True
    clause_end = _CLAUSE_END.search(text, end, sentence.end)
    after_end = clause_end.start() if clause_end else sentence.end
    return bool(
        ALONE.search(text, max(clause_start, left), start) or ALONE.search(text, end, after_end)
    )


def specific(lemmas: tuple[str, ...]) -> set[str]:
    return {w for w in lemmas if w not in GENERIC}


def link_score(a: Figure, b: Figure) -> int:
    """2 x shared head + 2 x shared concept + shared context words (none of them generic)."""
    shared_head = bool(specific(a.heads) & specific(b.heads))
    shared_concept = bool(set(a.concepts) & set(b.concepts))
    shared_context = specific(a.context) & specific(b.context)
    return 2 * shared_head + 2 * shared_concept + len(shared_context)
