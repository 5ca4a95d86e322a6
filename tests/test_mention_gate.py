"""`MENTION`'s gate lets through only phrases that can open a mention: the pattern behind
the narrower gate finds exactly what it finds behind a gate open at every listed word."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extract import figure_patterns as fp
from citecheck.extract.number_words import word_trie
from tests.shared_data import shared_path

# The gate as it was: each phrase opening a whole word of its own.
_OPEN_WORDS = "a an no up as at fewer less more in close c ca us".split()
_WIDE_GATE = rf"(?:\d|[£$€¥’']|(?:{word_trie((*fp._FIRST_WORDS, *_OPEN_WORDS))})\b)"
WIDE = re.compile(rf"(?<!\w)(?={_WIDE_GATE}){fp.MENTION_ALTERNATIVES}", re.VERBOSE | re.IGNORECASE)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


_WORDS = st.sampled_from(
    [
        *_OPEN_WORDS,
        "A",
        "An",
        "US",
        "half",
        "a-third",
        "quarter",
        "hundred",
        "million",
        "estimated",
        "excess of",
        "more than",
        "many as",
        "least",
        "to",
        "than",
        "claim",
        "the",
        "was",
        "ſeven",
        "İn",
        "ıt",
        "Kelvin",
        "twenty",
        "seven",
        "1917",
        "2,500",
        "$5",
        "£3",
        "%",
        "percent",
        "-",
        ".",
        ",",
    ]
)
_SEPARATORS = st.sampled_from([" ", "  ", "\n", "-", ""])
_TEXTS = st.lists(st.tuples(_WORDS, _SEPARATORS), max_size=12).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)


@settings(max_examples=400, derandomize=True, deadline=None)
@given(_TEXTS)
def test_the_narrow_gate_finds_what_the_wide_gate_finds(text: str) -> None:
    assert _found(fp.MENTION, text) == _found(WIDE, text)


@pytest.mark.parametrize(
    "text",
    [
        "a million people, an estimated 3 million, a-half, a third of them",
        "in excess of 2,000; no more than 40; up to 30; as many as 7; at least 9",
        "fewer than 10, less than 5, more than 6, close to 8, c. 1917, ca. 1920, US$5",
        "A claim. In 1917 at the front as the war went on, no one came up.",
    ],
)
def test_phrases_that_open_mentions(text: str) -> None:
    assert _found(fp.MENTION, text) == _found(WIDE, text)
    assert fp.MENTION.search(text) is not None


def test_the_corpus_reads_the_same_behind_both_gates() -> None:
    corpus = shared_path("corpus")
    texts = [p.read_text("utf-8", "replace") for p in sorted(corpus.rglob("*.md"))[:40]]
    for text in texts:
        assert _found(fp.MENTION, text) == _found(WIDE, text)


# Every letter that folds to an ASCII letter under IGNORECASE, the odd ones ("ſ", "K", "İ") too.
_FOLDING_LETTERS = [chr(c) for c in range(0x110000) if re.fullmatch("[a-z]", chr(c), re.IGNORECASE)]


def test_the_first_character_look_turns_away_no_start_of_first() -> None:
    """Each listed word and phrase, with its first letter written as any letter that folds to
    it, passes `_FIRST_CHAR` wherever `FIRST` without that look would match it."""
    bare = re.compile(fp.FIRST.removeprefix(fp._FIRST_CHAR), re.VERBOSE | re.IGNORECASE)
    first_char = re.compile(fp._FIRST_CHAR, re.VERBOSE | re.IGNORECASE)
    phrases = [
        "an estimated",
        "a half",
        "in excess",
        "no more",
        "up to",
        "as many",
        "at least",
        "fewer than",
        "less than",
        "more than",
        "close to",
        "c.",
        "ca.",
        "us$",
    ]
    passed = 0
    for word in (*fp._FIRST_WORDS, *phrases):
        for letter in _FOLDING_LETTERS:
            text = letter + word[1:] + " 5"
            if bare.match(text):
                passed += 1
                assert first_char.match(text), text
    assert passed > len(fp._FIRST_WORDS)
    assert first_char.match("was") is None
