"""Read one `MENTION` match into what it is: value, precision, kind and bound.

Precision lives in the written string (the GRIM lesson): trailing zeros of an integer are
not significant, so "30 million" is precise to ten million and "2,468,524" to the unit; a
decimal is precise to its last place, so "2.5 million" is precise to 100,000.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

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

_ONE = Decimal(1)
# 10 ** k and 10 ** -k, the precisions of integers and decimals, made once: a manuscript
# can hold 100,000 numbers.
_POWERS = tuple(Decimal(10) ** k for k in range(MAX_FIGURE_DIGITS + 1))
_PLACES = tuple(Decimal(1).scaleb(-k) for k in range(MAX_FIGURE_DIGITS + 1))

# The characters LOCATOR_BEFORE allows between its word and the figure ("pp. 33, 35–37, "),
# white space aside; and its words, for the gate of `_locator_kind`.
_LOCATOR_TRAIL = "0123456789.,:-–"
_LOCATOR_WORDS = tuple(
    """p pp page pages vol vols volume no nos issue issues chapter chapters ch chap fig figs
    figure table tables section sections sect article isbn issn doi part line lines note
    notes""".split()
)
_LONGEST_LOCATOR_WORD = max(map(len, _LOCATOR_WORDS))

# MONTH_BEFORE's longest match before its trailing white space: "September.".
_MONTH_REACH = len("September.")


# Numerals and mentions are tuples: one is made for every number of the manuscript, and a
# frozen dataclass costs several times as much to make.
class Numeral(NamedTuple):
    value: Decimal
    precision: Decimal
    start: int
    end: int
    scaled: bool
    yearlike: bool  # four plain digits, 1000-2099
    digits: str | None  # as written, when in digits


class Mention(NamedTuple):
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
    if digits is not None:
        plain = digits.replace(",", "") if "," in digits else digits
        if len(plain) > MAX_FIGURE_DIGITS:
            return None
        number = Decimal(plain)
        point = plain.find(".")
        if point != -1:
            precision = _PLACES[len(plain) - point - 1]
        elif plain.isascii():
            precision = _written_precision(plain)
        else:  # digits of another script: read as an integer first
            precision = _integer_precision(int(plain))
        start = match.start(digits_group)
        yearlike = len(plain) == 4 and plain.isdigit() and 1000 <= int(plain) <= 2099
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
    # Multiplied even by one: the product is rounded to the context's 28 digits.
    multiplier = scale_value(own_scale or scale) if own_scale or scale else _ONE
    return Numeral(
        number * multiplier, precision * multiplier, start, end, bool(own_scale), yearlike, digits
    )


def _integer_precision(n: int) -> Decimal:
    """10 ** (trailing zeros): 30 -> 10, 2,500 -> 100, 2,468,524 -> 1, 0 -> 1."""
    if n == 0:
        return _ONE
    written = str(n)
    zeros = len(written) - len(written.rstrip("0"))
    return _POWERS[zeros] if zeros < len(_POWERS) else Decimal(10) ** zeros


def _written_precision(plain: str) -> Decimal:
    """`_integer_precision` of ASCII digits as written, without reading them as an integer:
    leading zeros do not count, and zero itself is precise to the unit."""
    kept = plain.rstrip("0")
    return _POWERS[len(plain) - len(kept)] if kept else _ONE


def read_mention(text: str, match: re.Match[str]) -> list[Mention]:
    """Zero, one or two mentions for one match ("from 2 to 3 million" is two values)."""
    groups = match.group(*_KINDS_OF_THEIR_OWN, *_FIGURE_GROUPS)
    for kind, found in zip(_KINDS_OF_THEIR_OWN, groups, strict=False):
        if found:
            return [Mention(match.start(), match.end(), "ratio" if kind == "fraction" else kind)]
    first = read_numeral(match, "a")
    if first is None:
        return []
    upper, lower, approx, pct, points, ratio, joint = groups[len(_KINDS_OF_THEIR_OWN) :]
    bound = "upper" if upper else "lower" if lower else "approx" if approx else "point"
    percent = "percent" if pct else "points" if points else None
    end = match.end()
    if ratio:
        if not first.scaled and first.value < 100:
            return [Mention(first.start, end, "ratio", first.value)]
        end = first.end  # "2 million in 150 camps": not a ratio
    if joint:
        return _range(text, match, first, bound, percent, end)
    return [_point(text, first, bound, percent, end)]


# What `read_mention` asks of a figure's match, in one call.
_FIGURE_GROUPS = ("upper", "lower", "approx", "pct", "points", "ratio", "joint")


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
    """The first class that fits, in the design note's order.

    The patterns that look back (anchored at the figure, so tried at each of the
    `_LOOKBACK` characters before it) run only where a cheap test of the text says they
    can match: they were most of the time of a manuscript of 100,000 numbers.
    """
    start = numeral.start
    before = text[max(0, start - _LOOKBACK) : start]
    locator = _locator_kind(text, start, before)
    if locator:
        return locator
    if percent:
        return percent
    after = text[end : end + _LOOKBACK]
    scaled = numeral.scaled
    if not scaled and (_looks_like_code(numeral.digits) or fp.ISSUE_AFTER.match(after)):
        return "identifier"
    if not scaled and (_month_before(before) or fp.MONTH_AFTER.match(after)):
        return "date"
    if numeral.yearlike and not fp.COUNT_NOUN_AFTER.match(after):
        # Each alternative of CITATION_BEFORE holds a "," or a "(".
        cited = ("," in before or "(" in before) and fp.CITATION_BEFORE.search(before)
        return "citation-year" if cited else "year"
    if fp.DURATION_AFTER.match(after):
        return "duration"
    if fp.CURRENCY_AFTER.match(after):
        return "money"
    if not scaled and numeral.value < 100:
        return "small"
    return "count"


def _month_before(before: str) -> bool:
    """`MONTH_BEFORE.search(before)`, started where its longest match could start: the
    month (with its full stop) ends where the trailing white space begins."""
    reach = len(before.rstrip()) - _MONTH_REACH
    return fp.MONTH_BEFORE.search(before, max(0, reach)) is not None


def _locator_kind(text: str, start: int, before: str | None = None) -> str | None:
    """The kind a locator before `start` makes of a figure; `before` is the text of the
    `_LOOKBACK` characters before it, when the caller has it already."""
    window = max(0, start - _LOOKBACK)
    if not _may_end_in_locator(text[window:start] if before is None else before):
        return None
    # Searched in the text, not in `before`: "\b" at the window's start reads the text.
    found = fp.LOCATOR_BEFORE.search(text, window, start)
    if not found:
        return None
    word = (found.group("word") or "p").lower().rstrip("s")
    return "page" if word in {"p", "pp", "page", "ch", "chap", "chapter", "line"} else "identifier"


def _may_end_in_locator(before: str) -> bool:
    r"""False only where `LOCATOR_BEFORE` cannot match at the end of `before`.

    Every match ends in a locator word, "§" or "1983)" followed only by characters of
    `_LOCATOR_TRAIL` and white space; stripped of those, the text must end in one of
    them. Digits of other scripts (which `\d` reads) and non-ASCII letters (which the
    pattern's IGNORECASE may fold to ASCII) are left to the pattern.
    """
    tail = before
    while True:
        stripped = tail.rstrip().rstrip(_LOCATOR_TRAIL)
        if len(stripped) == len(tail):
            break
        tail = stripped
    last = tail[-1:]
    if not last:
        return False
    if last in "§)]" or last.isdigit():
        return True
    word = tail[-_LONGEST_LOCATOR_WORD:]
    return not word.isascii() or word.lower().endswith(_LOCATOR_WORDS)


def _looks_like_code(digits: str | None, other: str | None = None) -> bool:
    """Five or more digits with no separator (a postcode, a file number), or a range whose
    second end is a longer run of four or more digits (a phone number: "596-1887")."""
    if digits is None or "," in digits or "." in digits:
        return False
    if other is None:
        return len(digits) >= 5
    return "," not in other and len(other) >= 4 and len(other) > len(digits)
