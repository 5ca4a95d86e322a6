"""The features of a digit run's context, named as in marker_weights.FEATURE_WEIGHTS.

What stands before the digits (a full stop, a closing quote, a letter, a decimal point, a
page locator…) and what follows them (a capital, the end of the paragraph, a quantity word,
an ordinal suffix…). Each function returns the names of the features that fire.
"""

from __future__ import annotations

import re

from citecheck.lazy_regex import lazy_compile

# Words after a number that make it a quantity. Lower case only: "14 Members of" after a
# marker starts a sentence.
# matches " million", " per cent", " people", "km"; not " Yet", " Members"
QUANTITY_AFTER = lazy_compile(
    r"""[ \u00a0]?(?:per[ ]?cent|percent|per\b|thousand|million|billion|trillion|hundred
        |people|persons|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|centuries
        |members|times\b|km\b|kg\b|kilomet|miles?\b|metres?\b|meters?\b|tons?\b|tonnes
        |dollars|pounds|euros|workers|men\b|women|children|deaths|dead\b|votes|seats
        |delegates|soldiers|troops|copies|pages|volumes|countries|cases)""",
    re.VERBOSE,
)

# Letters glued after a number that make it an ordinal, a decade or a time.
# matches "th ", "s,", "nd", "am"; not "But" (a capital), "and" (more letters)
ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th|s|am|pm|a\.m|p\.m)(?![a-z])")

# A year, where a number before a point could be one.
# matches "1991", "2020"; not "991", "3000"
YEAR = re.compile(r"(?:1[5-9]|20)[0-9]{2}")

# A count written with thousands groups.
# matches "2,561,351", "1,000"; not "2561351", "1,5"
GROUPED_COUNT = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")

# A host name and path inside a token: the digits after it belong to a link.
# matches "example.org/page", "site.de/"; not "either/or", "1917/18"
DOMAIN = re.compile(r"[A-Za-z0-9]\.[a-z]{2,}/")

# Abbreviations that introduce a number: digits after them are that number.
LOCATOR_WORDS = frozenset(
    {"p", "pp", "no", "nos", "vol", "vols", "ch", "chap", "fig", "figs", "n", "nn", "art"}
    | {"sec", "para", "ed", "edn", "col", "cols", "fn", "v", "vv", "nr", "op", "bd"}
)

SENTENCE_END = ".!?…"
QUOTES = "”’\"'“‘»«"  # closing when glued to a word: “…”1, German „…“2, «…»3
OPENING_MARKS = "([{$£€#§¥+=<@„^"
DASHES = "—–"
HYPHENS = "-‐‑"
SPACES = " \u00a0"


def before_features(text: str, start: int, before: str) -> list[str]:
    digit_before = start >= 2 and text[start - 2].isdigit()
    if _in_url(text, start):
        return ["in_url"]
    if before in ".,":
        if digit_before:
            return _decimal_features(text, start, before)
        if before == "." and word_before(text, start - 1).lower() in LOCATOR_WORDS:
            return ["page_locator"]
        return ["after_sentence_end" if before == "." else "after_clause_punctuation"]
    if before in SENTENCE_END:
        return ["after_sentence_end"]
    if before in ";:":
        if before == ":" and digit_before:
            return ["time_or_verse"]
        return ["after_clause_punctuation"]
    if before in QUOTES:
        opening = start < 2 or text[start - 2].isspace() or text[start - 2] in OPENING_MARKS
        return ["after_opening_mark" if opening else "after_closing_quote"]
    if before in ")]":
        return ["after_closing_bracket"]
    if before.isalpha():
        word = word_before(text, start)
        if word.lower() in LOCATOR_WORDS and len(word) <= 2:
            return ["page_locator"]
        if not word:
            return ["identifier"]  # "4x4", "B52s2": letters between digits
        if (len(word) <= 3 and word[0].isupper()) or (len(word) >= 2 and word.isupper()):
            return ["identifier"]
        return ["after_letter"]
    if before in DASHES + HYPHENS + "/":
        if digit_before:
            return ["number_range"]
        return ["after_dash" if before in DASHES else "identifier"]
    if before in OPENING_MARKS:
        return ["after_opening_mark"]
    return ["after_other"]


def _decimal_features(text: str, start: int, before: str) -> list[str]:
    digits_end = start - 1
    run_start = digits_end
    while run_start > 0 and (text[run_start - 1].isdigit() or text[run_start - 1] == ","):
        run_start -= 1
    number = text[run_start:digits_end].lstrip(",")
    if before == "," and start + 3 <= len(text) and _run_length(text, start) == 3:
        return ["thousands_group"]
    features = ["decimal"]
    if YEAR.fullmatch(number):
        features.append("after_year")
    elif before == "." and GROUPED_COUNT.fullmatch(number):
        features.append("after_grouped_count")
    return features


def _run_length(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    return end - start


def after_features(text: str, end: int, paragraph_end: int, decimal: bool) -> list[str]:
    if end >= paragraph_end:
        return ["then_end_of_paragraph"]
    after = text[end]
    if after in " \u00a0\t\n":
        if QUANTITY_AFTER.match(text, end):
            return ["then_quantity"]
        rest = end + 1
        while rest < paragraph_end and text[rest] in " \u00a0\t":
            rest += 1
        if rest >= paragraph_end:
            return ["then_end_of_paragraph"]
        following = text[rest]
        if following.isupper() or following in "“‘\"'([":
            return ["then_capital"]
        if following.islower():
            return ["decimal_then_lowercase"] if decimal else ["then_lowercase_word"]
        return []
    next_is_digit = end + 1 < paragraph_end and text[end + 1].isdigit()
    if after in ".,:-–/" and next_is_digit:
        return ["then_number"]
    if after in "%°":
        return ["then_percent_or_degree"]
    if after.isalpha():
        if QUANTITY_AFTER.match(text, end):
            return ["then_quantity"]
        if ORDINAL_AFTER.match(text, end):
            return ["then_ordinal_or_decade"]
        return ["then_glued_capital"] if after.isupper() else ["then_glued_lowercase"]
    return []


def word_before(text: str, end: int) -> str:
    """The letters right before `end`; empty when digits precede them ("1950s")."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if start > 0 and text[start - 1].isdigit():
        return ""
    return text[start:end]


def _in_url(text: str, offset: int) -> bool:
    """`https://example.org/page2`, `www.site.org/n5`, `a@b.org`: digits in a link."""
    before = text[max(0, offset - 200) : offset]
    if not before or before[-1].isspace():
        return False
    if "/" not in before and "@" not in before and "www." not in before:
        return False  # each test below needs one of these in the token, a part of `before`
    token = before.rsplit(None, 1)[-1]
    return "://" in token or token.startswith("www.") or "@" in token or bool(DOMAIN.search(token))
