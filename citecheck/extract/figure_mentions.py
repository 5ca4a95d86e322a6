"""Read one `MENTION` match into what it is: value, precision, kind and bound.

Precision lives in the written string (the GRIM lesson): trailing zeros of an integer are
not significant, so "30 million" is precise to ten million and "2,468,524" to the unit; a
decimal is precise to its last place, so "2.5 million" is precise to 100,000.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from citecheck.extract import figure_patterns as fp
from citecheck.extract.number_words import scale_value, words_value

# Words before "from X to Y" that make it a range of estimates rather than a change.
# matches "range from", "estimates varying from", "ranging from"; not "rose from"
_RANGE_VERB = re.compile(r"\b(?:rang\w*|var\w*|estimat\w*|between)\W+(?:\w+\W+)?$", re.I)

_LOOKBACK = 40  # characters of text before a figure read by the classifier

# Digits a numeral may have to be read as a figure. Longer runs (a serial number, a line of
# digits) are not quantities, and reading them as integers would meet Python's limit on
# integer strings (4,300 digits), so they are skipped.
MAX_FIGURE_DIGITS = 40

# The group names of numeral "a" and "b", spelled once: read_numeral runs per figure.
_NUMERAL_GROUPS = {
    tag: (f"{tag}_digits", f"{tag}_words", f"{tag}_scale", f"{tag}_half") for tag in ("a", "b")
}

_KINDS_OF_THEIR_OWN = ("vague", "fraction", "decade", "ordinal", "money")


@dataclass(frozen=True)
class Numeral:
    value: Decimal
    precision: Decimal
    start: int
    end: int
    scaled: bool
    yearlike: bool  # four plain digits, 1000-2099
    digits: str | None  # as written, when in digits


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str
    value: Decimal = Decimal(0)
    precision: Decimal = Decimal(1)
    bound: str = "point"
    lo: Decimal | None = None
    hi: Decimal | None = None


def read_numeral(match: re.Match[str], tag: str, scale: str | None = None) -> Numeral | None:
    """The value and precision of numeral `tag` ("a" or "b"); `scale` borrows a scale word."""
    digits_group, words_group, scale_group, half_group = _NUMERAL_GROUPS[tag]
    digits, words, own_scale, half = match.group(digits_group, words_group, scale_group, half_group)
    multiplier = scale_value(own_scale or scale)
    if digits is not None:
        plain = digits.replace(",", "")
        if len(plain) > MAX_FIGURE_DIGITS:
            return None
        number = Decimal(plain)
        if "." in plain:
            precision = Decimal(1).scaleb(-len(plain.split(".")[1]))
        else:
            precision = _integer_precision(int(plain))
        start = match.start(digits_group)
        yearlike = plain.isdigit() and len(plain) == 4 and 1000 <= int(plain) <= 2099
    else:
        n = words_value(words)
        if n is None:
            return None
        number, precision = Decimal(n), _integer_precision(n)
        start = match.start(words_group)
        yearlike = False
    if half:
        number, precision = number + Decimal("0.5"), Decimal("0.5")
    end = match.end(scale_group) if own_scale else match.end(half_group)
    end = max(end, match.end(digits_group), match.end(words_group))
    return Numeral(
        number * multiplier, precision * multiplier, start, end, bool(own_scale), yearlike, digits
    )


def _integer_precision(n: int) -> Decimal:
    """10 ** (trailing zeros): 30 -> 10, 2,500 -> 100, 2,468,524 -> 1, 0 -> 1."""
    if n == 0:
        return Decimal(1)
    written = str(n)
    zeros = len(written) - len(written.rstrip("0"))
    return Decimal(10) ** zeros


def read_mention(text: str, match: re.Match[str]) -> list[Mention]:
    """Zero, one or two mentions for one match ("from 2 to 3 million" is two values)."""
    for kind, found in zip(_KINDS_OF_THEIR_OWN, match.group(*_KINDS_OF_THEIR_OWN), strict=True):
        if found:
            return [Mention(match.start(), match.end(), "ratio" if kind == "fraction" else kind)]
    first = read_numeral(match, "a")
    if first is None:
        return []
    bound = next((b for b in ("upper", "lower", "approx") if match.group(b)), "point")
    percent = "percent" if match.group("pct") else "points" if match.group("points") else None
    end = match.end()
    if match.group("ratio"):
        if not first.scaled and first.value < 100:
            return [Mention(first.start, end, "ratio", first.value)]
        end = first.end  # "2 million in 150 camps": not a ratio
    if match.group("joint"):
        return _range(text, match, first, bound, percent, end)
    return [_point(text, first, bound, percent, end)]


def _range(
    text: str, match: re.Match[str], first: Numeral, bound: str, percent: str | None, end: int
) -> list[Mention]:
    second = read_numeral(match, "b")
    if second is None:
        return [_point(text, first, bound, percent, first.end)]
    if first.yearlike and (second.yearlike or (not second.scaled and second.value < 100)):
        return [Mention(first.start, end, "year")]  # 1918-1920, 1932-3, 1918 to 1920
    if second.scaled and not first.scaled and first.value < 1000:
        first = read_numeral(match, "a", scale=match.group("b_scale")) or first
    starts_with_from = (match.group("between") or "").lower() == "from"
    if starts_with_from and not _RANGE_VERB.search(
        text, max(0, match.start() - _LOOKBACK), match.start()
    ):
        # "rose from 2 to 3 million": two values of a change, not one range.
        return [
            _point(text, first, "point", percent, first.end),
            _point(text, second, "point", percent, end),
        ]
    if not second.scaled and _looks_like_code(match.group("a_digits"), match.group("b_digits")):
        return [Mention(first.start, end, "identifier")]
    if second.value < first.value:
        return [Mention(first.start, end, "other")]
    page = _locator_kind(text, first.start)
    if page:
        return [Mention(first.start, end, page)]
    precision = max(first.precision, second.precision)
    middle = (first.value + second.value) / 2
    return [Mention(first.start, end, "range", middle, precision, bound, first.value, second.value)]


def _point(text: str, numeral: Numeral, bound: str, percent: str | None, end: int) -> Mention:
    kind = _classify(text, numeral, percent, end)
    return Mention(numeral.start, end, kind, numeral.value, numeral.precision, bound)


def _classify(text: str, numeral: Numeral, percent: str | None, end: int) -> str:
    """The first class that fits, in the design note's order."""
    before = text[max(0, numeral.start - _LOOKBACK) : numeral.start]
    after = text[end : end + _LOOKBACK]
    locator = _locator_kind(text, numeral.start)
    if locator:
        return locator
    if percent:
        return percent
    if not numeral.scaled and (fp.ISSUE_AFTER.match(after) or _looks_like_code(numeral.digits)):
        return "identifier"
    if not numeral.scaled and (fp.MONTH_BEFORE.search(before) or fp.MONTH_AFTER.match(after)):
        return "date"
    if numeral.yearlike and not fp.COUNT_NOUN_AFTER.match(after):
        return "citation-year" if fp.CITATION_BEFORE.search(before) else "year"
    if fp.DURATION_AFTER.match(after):
        return "duration"
    if fp.CURRENCY_AFTER.match(after):
        return "money"
    if not numeral.scaled and numeral.value < 100:
        return "small"
    return "count"


def _locator_kind(text: str, start: int) -> str | None:
    found = fp.LOCATOR_BEFORE.search(text, max(0, start - _LOOKBACK), start)
    if not found:
        return None
    word = (found.group("word") or "p").lower().rstrip("s")
    return "page" if word in {"p", "pp", "page", "ch", "chap", "chapter", "line"} else "identifier"


def _looks_like_code(digits: str | None, other: str | None = None) -> bool:
    """Five or more digits with no separator (a postcode, a file number), or a range whose
    second end is a longer run of four or more digits (a phone number: "596-1887")."""
    if digits is None or "," in digits or "." in digits:
        return False
    if other is None:
        return len(digits) >= 5
    return "," not in other and len(other) >= 4 and len(other) > len(digits)
