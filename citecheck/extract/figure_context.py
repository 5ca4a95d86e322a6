"""The words around a figure: heads, context lemmas and concepts, for linking two figures.

Lemmatisation is deliberately crude (a plural "s" and a small irregular table): figures are
linked on a handful of content words, and a wrong lemma costs only a missed link.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from citecheck.extract.number_words import SCALES, TENS, UNITS
from citecheck.model import Span

# A word: letters with inner apostrophes or hyphens.
# matches "working-class", "Stalin’s", "dead"; not "1953", "—"
WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")

STOPWORDS = frozenset(
    """a about above after again against all also although am among an and any are as at
    be been before being between both but by can could did do does during each either else
    even ever every for from further had has have having he her here hers him his how i if
    in into is it its itself just last least less many may me might more most much must my
    near neither no nor not now of off on once one only or other others our out over own
    per rather same several she should since so some such than that the their them then
    there these they this those though through thus to too under until up upon very was we
    were what when where whether which while who whom whose why will with within without
    would yet you your according actually among around during s still later earlier already
    ago almost nearly roughly approximately perhaps reportedly estimated circa""".split()
)

# Heads that say nothing about which quantity is meant.
GENERIC = frozenset(
    """people person figure number total estimate estimates amount count sum level rate
    statistic statistics tally source sources time times year years percent cent case
    million thousand billion hundred official give say put quote""".split()
)

_IRREGULAR = {
    "died": "die",
    "dead": "die",
    "dying": "die",
    "deaths": "die",
    "death": "die",
    "fell": "fall",
    "fallen": "fall",
    "men": "man",
    "women": "woman",
    "children": "child",
    "lives": "life",
    "gave": "give",
    "given": "give",
    "said": "say",
    "says": "say",
    "put": "put",
    "rose": "rise",
    "risen": "rise",
    "standards": "standard",
}

# Number words are figures, not context ("tens of millions" says nothing about what).
NUMBER_WORDS = frozenset(
    [*UNITS, *TENS, *SCALES, *(f"{w}s" for w in SCALES), "tens", "hundred", "hundreds"]
)

CONCEPTS: dict[str, frozenset[str]] = {
    "DEATH": frozenset(
        """die kill killed murder murdered perish perished executed execution casualty
        casualties victim toll fatality fatalities mortality starved starve life""".split()
    ),
}

CONTEXT_WINDOW = 8  # content words each side
HEAD_COUNT = 2


def lemma(word: str) -> str:
    """Crude lemma: "inmates" -> "inmate", "died" -> "die", "Stalin’s" -> "stalin"."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def concepts_of(lemmas: Sequence[str]) -> tuple[str, ...]:
    return tuple(sorted(name for name, words in CONCEPTS.items() if words & set(lemmas)))


class SentenceWords:
    """The content words of one sentence with their offsets, tokenised once."""

    def __init__(self, text: str, span: Span) -> None:
        self.starts: list[int] = []
        self.lemmas: list[str] = []
        for match in WORD.finditer(text, span.start, span.end):
            word = match.group().lower()
            if word in STOPWORDS or word in NUMBER_WORDS:
                continue
            self.starts.append(match.start())
            self.lemmas.append(lemma(match.group()))

    def around(
        self, figure: Span, left_limit: int, right_limit: int
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(heads, context) of a figure; the window stops at the neighbouring figures."""
        first_after = bisect_left(self.starts, figure.end)
        last_allowed = bisect_left(self.starts, right_limit)
        after = self.lemmas[first_after : min(first_after + CONTEXT_WINDOW, last_allowed)]
        before_end = bisect_left(self.starts, figure.start)
        before_start = max(bisect_right(self.starts, left_limit - 1), before_end - CONTEXT_WINDOW)
        before = self.lemmas[before_start:before_end]
        heads = tuple(after[:HEAD_COUNT])
        context = tuple(dict.fromkeys(before + after))
        return heads, context
