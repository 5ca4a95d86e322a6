"""The cheap tests in front of the figure classifier's look-back patterns answer as the
patterns do: each shortcut of `figure_mentions` against the plain pattern search it saves."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extract import figure_mentions as fm
from citecheck.extract import figure_patterns as fp

# Words, digits, punctuation and white space the look-back patterns care about, with a few
# characters they treat specially: digits of another script, IGNORECASE's odd letters.
_PIECES = st.sampled_from(
    [
        *fm._LOCATOR_WORDS,
        "Pp",
        "Vol",
        "ISBN",
        "September",
        "Sept",
        "Dec",
        "May",
        "Smith",
        "et al",
        "the",
        "was",
        "group",
        "1983",
        "33",
        "٣",
        "²",
        "ſ",
        "K",
        "İ",
        "§",
        ")",
        "]",
        "(",
        ",",
        ".",
        ":",
        "-",
        "–",
        " ",
        "  ",
        "\n",
        "\u2029",
        "x",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=14).map("".join)


def _locator_by_pattern(text: str, start: int) -> str | None:
    found = fp.LOCATOR_BEFORE.search(text, max(0, start - fm._LOOKBACK), start)
    if not found:
        return None
    word = (found.group("word") or "p").lower().rstrip("s")
    return "page" if word in {"p", "pp", "page", "ch", "chap", "chapter", "line"} else "identifier"


@settings(max_examples=500, derandomize=True, deadline=None)
@given(_TEXTS, _TEXTS)
def test_the_locator_gate_never_hides_a_locator(earlier: str, before: str) -> None:
    text = earlier + before + "12"
    start = len(earlier) + len(before)
    assert fm._locator_kind(text, start) == _locator_by_pattern(text, start)


@settings(max_examples=500, derandomize=True, deadline=None)
@given(_TEXTS)
def test_the_bounded_month_search_finds_what_the_whole_search_finds(before: str) -> None:
    assert fm._month_before(before) == bool(fp.MONTH_BEFORE.search(before))


@pytest.mark.parametrize(
    ("before", "kind"),
    [
        ("see pp. 33, 35–37, ", "page"),
        ("Vol. 4, no. ", "identifier"),
        ("§ ", "page"),
        ("Smith (2001), ", "page"),
        ("chapter ", "page"),
        ("in the group ", None),
        ("A note on bma.\n", None),
        ("Issues: ", "identifier"),
    ],
)
def test_locators_are_still_read(before: str, kind: str | None) -> None:
    assert fm._locator_kind(before + "12", len(before)) == kind


@pytest.mark.parametrize(
    "digits", ["0", "000", "30", "2500", "2468524", "0100", "1" + "0" * 39, "٣٠٠"]
)
def test_the_precision_of_written_digits_is_that_of_the_integer(digits: str) -> None:
    expected = fm._integer_precision(int(digits))
    if digits.isascii():
        assert fm._written_precision(digits) == expected
    match = fp.MENTION.search(f"There were {digits} of them.")
    assert match is not None
    numeral = fm.read_numeral(match, "a")
    assert numeral is not None and numeral.precision == expected
