"""The named regex parts that find numbers in prose, composed into one `MENTION` pattern.

Every alternative of `MENTION` is a named group, so the extractor knows what it matched
without guessing: a vague magnitude, a fraction, a decade, an ordinal, money, or a figure
(optional qualifier, numeral, optional range or ratio, optional scale and percent).
"""

from __future__ import annotations

import re

from citecheck.extract.number_words import (
    BELOW_THOUSAND,
    SCALE,
    TENS,
    UNIT,
    UNITS,
    WORD_NUMERAL,
    word_trie,
)
from citecheck.lazy_regex import lazy_compile

# Characters that, straight before digits, make them part of something else.
# "pp533" (letter), "1.3" (point), "-535" (hyphen), "10:30", "1/2", "’60", "#4", "$5".
_NOT_AFTER = r"(?<![\w.,\-–/:'’#£$€¥^])"

# Characters that, straight after digits, make them part of something else.
# "12th", "1930s", "1965a" (letter), "1.2.3", "10:30", "1/2" (punctuation then a digit),
# "17997-h" (hyphen then letter), "17997.txt" (a file name).
_NOT_BEFORE = r"(?!\w|[.,:/]\d|-[^\W\d]|\.[a-z])"

# Digits with optional thousands separators and decimals.
# matches "2,468,524", "1.3", "179,000", "30"; not the "1" of "1,2345"
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

# A qualifier that makes a figure approximate or a bound; the group name is the bound.
# matches "around", "up to", "as many as", "at least", "no fewer than"; not "aroundabout"
QUALIFIER = r"""\b(?:
      (?P<upper>no\s+more\s+than|up\s+to|as\s+(?:many|much)\s+as|at\s+most|fewer\s+than
               |less\s+than|under|below)
    | (?P<lower>no\s+(?:fewer|less)\s+than|at\s+least|more\s+than|over|above
               |in\s+excess\s+of|upwards\s+of)
    | (?P<approx>about|around|roughly|approximately|some|nearly|almost|circa|c\.|ca\.
               |an\s+estimated|estimated|perhaps|reportedly|close\s+to)
    )"""

# Percent, or percentage points (kept apart: a change, not a share).
# matches " percent", " per cent", "%", " percentage points"; not " percentile"
PERCENT = r"(?P<points>\s+percentage\s+points?\b)|(?P<pct>\s?%|\s+per\s?cent\b)"

# Many, without a number: never a figure.
# matches "tens of millions", "Hundreds of thousands", "thousands of"; not "thousand"
VAGUE = r"""\b(?:(?:tens|hundreds|dozens|scores)\s+of\s+(?:thousands|millions|billions)\b
           |(?:thousands|millions|billions|hundreds|dozens|scores)\s+of\b)"""

# A fraction in words.
# matches "nine-tenths", "two thirds", "a quarter"; not "a quarterly", "two three"
FRACTION = rf"""(?:{UNIT}|\ban?\b)[\s-](?:halves|half|thirds?|quarters?|fifths?|sixths?
               |sevenths?|eighths?|ninths?|tenths?|hundredths?)\b"""

# A decade.
# matches "1930s", "60s", "’60s"; not "1930", "60s-style" is still a decade
DECADE = r"(?<![\w.,])(?:\d{4}|\d{2})s\b|[’']\d{2}s\b"

# An ordinal in digits.
# matches "12th", "104th", "1st"; not "12", "4thly" (no word end)
ORDINAL = r"(?<![\w.,])\d+(?:st|nd|rd|th)\b"

# A sum of money: its own kind, not compared yet.
# matches "£2 million", "$5,000"; not "5 dollars" (found by the classifier instead)
MONEY = rf"(?:US)?[£$€¥]\s?(?:{DIGITS})(?:\s+{SCALE})?"


def numeral(tag: str, *, guarded: bool = True) -> str:
    """A numeral in digits or words, with "and a half" and a scale word, groups prefixed.

    matches "30 million", "seven million", "two and a half million", "2,468,524";
    not "pp533" or "12th" (when guarded)
    """
    before = _NOT_AFTER if guarded else ""
    return rf"""(?:{before}(?P<{tag}_digits>{DIGITS}){_NOT_BEFORE}
                  |(?<![\w-])(?P<{tag}_words>{WORD_NUMERAL}))
                (?P<{tag}_half>\s+and\s+a\s+half\b)?
                (?:\s+(?P<{tag}_scale>{SCALE}))?"""


# The joint of a range: a dash or "to", or "and" after "between".
# matches "15 to 45", "1918-1920", "between 2 and 3"; not "2 and 3" without "between"
RANGE_JOINT = r"(?(between)\s+(?:and|to)\s+|(?:\s*[-–—]\s*|\s+to\s+))"

# The denominator of a ratio: a small numeral, never a year.
# matches "14" in "one in 14", "six" in "one in six"; not "1920" in "six in 1920"
RATIO_DENOMINATOR = rf"\d{{1,3}}(?:,\d{{3}})*{_NOT_BEFORE}|{BELOW_THOUSAND}(?![\w-])"

# Every alternative of MENTION starts with a digit, a currency sign, an apostrophe, one of
# these words, or one of the phrase openings below; checking that first makes the scan
# about twice as fast.
_FIRST_WORDS = (
    *UNITS,
    *TENS,
    *"""tens hundreds dozens scores thousands millions billions under below over above
    upwards about around roughly approximately some nearly almost circa estimated perhaps
    reportedly between from""".split(),
)

# Common words that open a mention only with the word after them: the gate lets "a" through
# before "million" or "third", not before "claim" ("a" and "in" start many sentences).
# matches "a million", "an estimated", "a-half", "in excess", "at least", "US$", "c.";
# not "a claim", "in 1917", "at the", "as the"
_PHRASE_OPENINGS = r"""(?:an?[\s-]\s*(?:half|halves|third|quarter|fifth|sixth|seventh|eighth|ninth
        |tenth|hundred|thousand|million|billion|trillion|estimated)
    |in\s+excess|no\s+(?:more|fewer|less)|up\s+to|as\s+(?:many|much)|at\s+(?:least|most)
    |(?:fewer|less|more)\s+than|close\s+to|ca?\.|us[£$€¥])"""

# The letters a phrase of _PHRASE_OPENINGS starts with ("an", "in", "no", "up", "fewer",
# "less", "more", "close", "ca.", "us$").
_PHRASE_LETTERS = "acfilmnu"

# One character that can start some alternative of FIRST, looked at before the trie: at a
# word start like "was" or "government" one character test fails instead of a failed try
# of each of the trie's twenty branches. Exact: it is a lookahead that admits every first
# character FIRST can match (the same letters under the same IGNORECASE folding, digits,
# the currency signs and apostrophes), so FIRST still decides alone where it passes.
# matches at "7", "£", "t" of "the"; not at "w" of "was", "g" of "government"
_FIRST_CHAR = (
    rf"(?=[\d£$€¥’'{''.join(sorted({w[0] for w in _FIRST_WORDS} | set(_PHRASE_LETTERS)))}])"
)

# matches at "7", "£", "seven", "around", "tens", "a million"; not at "the", "famine", "a claim"
FIRST = rf"{_FIRST_CHAR}(?:\d|[£$€¥’']|(?:{word_trie(_FIRST_WORDS)})\b|{_PHRASE_OPENINGS})"

# The alternatives of MENTION, after its gate.
# matches "around 26 million", "15 to 45 million", "one in 14", "1.3 percent", "1932-3",
# "tens of millions", "nine-tenths", "1930s", "12th"; not "pp533", "Cop26", "1965a"
MENTION_ALTERNATIVES = rf"""
    (?:(?P<vague>{VAGUE})
       | (?P<fraction>{FRACTION})
       | (?P<decade>{DECADE})
       | (?P<ordinal>{ORDINAL})
       | (?P<money>{MONEY})
       | (?:(?P<qualifier>{QUALIFIER})\s+)?
         (?:(?P<between>between|from)\s+)?
         {numeral("a")}
         (?:(?P<ratio>\s+in\s+(?P<denominator>{RATIO_DENOMINATOR}))
           |(?P<joint>{RANGE_JOINT}){numeral("b", guarded=False)})?
         (?:{PERCENT})?)
    """

# One mention of a number, whatever it turns out to be.
# matches "around 26 million", "15 to 45 million", "one in 14", "1.3 percent", "1932-3",
# "tens of millions", "nine-tenths", "1930s", "12th"; not "pp533", "Cop26", "1965a"
MENTION = lazy_compile(
    rf"""(?<!\w)(?={FIRST})   # a cheap gate: most positions fail here, before the alternatives
    {MENTION_ALTERNATIVES}""",
    re.VERBOSE | re.IGNORECASE,
)

# A phrase before a figure that makes it about a citation or a place in a text.
# matches "pp", "p.", "page", "Vol.", "Issue:", "No.", "chapter", "ISBN"; not "pop"
# A list of earlier locators may stand between: "pp. 517, 518", "pp. 33, 35-37".
LOCATOR_BEFORE = lazy_compile(
    r"""(?:\b(?P<word>pp?|pages?|vols?|volume|no|nos|issues?|chapters?|ch|chap|figs?|figure
           |tables?|sections?|sect|article|isbn|issn|doi|part|lines?|notes?)\.?:?\s*
           (?:\d+(?:\s*[-–]\s*\d+)?,\s*)*
        |(?P<sign>§)\s*
        |(?P<after_year>\b\d{4}[)\]]+,\s*))$""",
    re.VERBOSE | re.IGNORECASE,
)

# A parenthesis with a year after a number: a journal's volume or issue.
# matches " (May -- June 1997)", " (1964)", " (Winter, 2015-2016)"; not " (see below)"
ISSUE_AFTER = lazy_compile(r"^\s*\([^()]{0,30}?\b(?:1[5-9]|20)\d\d\b")

# A month name beside a number makes it a date.
# matches "December", "Sept."; not "Marching"
MONTH = r"""(?:January|February|March|April|May|June|July|August|September|October|November
             |December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"""
MONTH_BEFORE = lazy_compile(rf"\b{MONTH}\s*$", re.VERBOSE)
# matches " December 1991", " of March"; not " marching"
MONTH_AFTER = lazy_compile(rf"^\s*(?:of\s+)?{MONTH}", re.VERBOSE)

# A time unit after a number makes it a duration.
# matches " years", "-year", " days later"; not " yearly"
DURATION_AFTER = lazy_compile(
    r"""^(?:\s+|-)(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?
        |centuries|century|yrs?|hrs?|mins?)\b""",
    re.VERBOSE | re.IGNORECASE,
)

# A count noun after a four-digit number makes it a count, not a year.
# matches " people", " workers", " deaths"; not " the", " when"
COUNT_NOUN_AFTER = lazy_compile(
    r"""^\s+(?:[a-z-]+\s+)?(?:people|persons|men|women|children|deaths|dead|soldiers|workers
        |members|inmates|prisoners|victims|troops|families|households|casualties|refugees
        |students|votes|copies|cases|units|jobs|strikers|delegates|residents|peasants)\b""",
    re.VERBOSE | re.IGNORECASE,
)

# A year that is part of a citation: after "Surname, " or inside "(Surname 2007".
# matches "Halliday, 2007", "et al., 2019", "(Smith 2007"; not "In 1917,", "by 1960"
CITATION_BEFORE = lazy_compile(
    r"""(?:\b[A-Z][\w’'-]+(?:\s+et\s+al\.?)?,\s*|\([A-Z][\w’'-]+(?:\s+et\s+al\.?)?,?\s+
        |\(\s*)$""",
    re.VERBOSE,
)

# A currency word after a number makes it money.
# matches " dollars", " roubles", " pounds"; not " people"
CURRENCY_AFTER = lazy_compile(
    r"^\s+(?:dollars|pounds|euros|roubles|rubles|yuan|francs|marks|yen|pesos|rupees)\b",
    re.IGNORECASE,
)
