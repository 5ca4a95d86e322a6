"""Numerals written as words ("seven", "twenty-five", "a hundred and twelve") and scale words.

The patterns here are regex *parts* (strings, no groups) for `figure_patterns` to compose;
`words_value` turns a matched numeral back into an integer. No number library is used:
the ones tried read "30 million" as "30 1000000" or took seconds on a short article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

UNITS: dict[str, int] = {
    word: n
    for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS: dict[str, int] = {
    word: 10 * n
    for n, word in enumerate(
        "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2
    )
}
SCALES: dict[str, Decimal] = {
    "thousand": Decimal(10**3),
    "million": Decimal(10**6),
    "billion": Decimal(10**9),
    "trillion": Decimal(10**12),
}


def _alternatives(words: Iterable[str]) -> str:
    # Longest first so "seventeen" is tried before "seven".
    return "|".join(sorted(words, key=len, reverse=True))


def word_trie(words: Iterable[str]) -> str:
    """An alternation of whole words with their shared prefixes factored out: "about",
    "above", "a", "an" give "a(?:b(?:o(?:ut|ve))|n)?". Followed by a word boundary it
    matches what "|".join(words) does (only one of the words can end at a boundary there),
    but reads one character per step instead of trying every word in turn: the gate of
    `MENTION` runs at every word start of a manuscript."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(tree)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_pattern(node[char]) for char in sorted(node) if char]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{group})?" if "" in node else group


# One unit word or a tens word, each a whole word.
# matches "seven", "fourteen"; not "seventh", "someone"
UNIT = rf"\b(?:{word_trie(UNITS)})\b"
TEN = rf"\b(?:{word_trie(TENS)})\b"

# A number below a hundred in words.
# matches "twenty-five", "twenty five", "six"; not "twenty-fifth"
BELOW_HUNDRED = rf"(?:{TEN}(?:[\s-]{UNIT}(?!-))?|{UNIT})"

# A number below a thousand in words; "a"/"an" only before "hundred".
# matches "two hundred and twelve", "a hundred", "nineteen"; not "a dozen"
BELOW_THOUSAND = (
    rf"(?:(?:{BELOW_HUNDRED}|\ban?)\s+hundred\b(?:\s+(?:and\s+)?{BELOW_HUNDRED})?"
    rf"|{BELOW_HUNDRED})"
)

# A scale word, singular or plural.
# matches "million", "thousands"; not "millionaire"
SCALE = rf"\b(?:{_alternatives(SCALES)})s?\b"

# "a"/"an" standing for one, only right before a scale word.
# matches "a" in "a million"; not "a" in "a famine"
ONE_BEFORE_SCALE = rf"\ban?(?=\s+{SCALE})"

# A numeral in words.
# matches "seven", "two hundred", "a" (before "million"); not "seventh", "none"
WORD_NUMERAL = rf"(?:{BELOW_THOUSAND}|{ONE_BEFORE_SCALE})(?![\w-])"

_TOKEN = re.compile(r"[a-z]+")


def words_value(text: str) -> int | None:
    """The integer a word numeral stands for: "two hundred and twelve" -> 212."""
    total = 0
    for token in _TOKEN.findall(text.lower()):
        if token in UNITS:
            total += UNITS[token]
        elif token in TENS:
            total += TENS[token]
        elif token in {"a", "an"}:
            total += 1
        elif token == "hundred":
            total = (total or 1) * 100
        elif token != "and":
            return None
    return total


def scale_value(word: str | None) -> Decimal:
    """The multiplier of a scale word ("millions" -> 10**6); 1 when there is none."""
    if not word:
        return Decimal(1)
    return SCALES.get(word.lower().rstrip("s"), Decimal(1))
