"""The imprint searched for in a bracket (`note_details`): found where a place can begin,
in one pass, and the same match as the plain pattern's `search` (issue 17, hostile input:
a long bracket of capitalised words was quadratic). Growth is measured in
`bench/complexity.py` (probe note-long-bracket); here, that the match is the same."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extract.note_details import (
    _IMPRINT_IN_BRACKET,
    _UNDATED_IMPRINT,
    _UNDATED_IN_BRACKET,
    read_details,
)
from citecheck.extract.note_patterns import IMPRINT

BRACKETS = [
    "London: Verso, 1974",
    "trans. Ann Lee, London: Verso, 1974",
    "dt. Übers.: I. Hartung, Kranich, Leipzig 1974",
    "Cambridge, MA: MIT Press, 1999; repr. New York: Dover, 2003",
    "ed. Tom Vale (Boston: Harbor, 1990)",
    "Manchester: WEL, n.d.",
    "see: n.d.",
    # negatives: no imprint
    "1974",
    "Berlin 1990",
    "vol. 3, 1999",
    "Word " * 50 + "1974",
    "April 12: the day of the vote, 33 delegates",
    "Paris: Gallimard",
    "",
]


def _same(found, expected) -> bool:
    if expected is None:
        return found is None
    return found is not None and found.groupdict() == expected.groupdict()


@pytest.mark.parametrize("inner", BRACKETS)
def test_the_bracket_search_finds_what_search_found(inner: str) -> None:
    assert _same(_IMPRINT_IN_BRACKET.search(inner), IMPRINT.search(inner))
    assert _same(_UNDATED_IN_BRACKET.search(inner), _UNDATED_IMPRINT.search(inner))


@pytest.mark.parametrize(
    ("details", "place", "publisher", "year"),
    [
        (" (London: Verso, 1974), 12.", "London", "Verso", "1974"),
        (" (trans. Ann Lee, London: Verso, 1974), 12.", "Ann Lee, London", "Verso", "1974"),
        (" (Manchester: WEL, n.d.), 4.", "Manchester", "WEL", ""),
        (" (" + "Word I. " * 200 + "1974), S. 4.", "", "", "1974"),
    ],
)
def test_read_details_reads_the_imprint(
    details: str, place: str, publisher: str, year: str
) -> None:
    read = read_details(details)
    assert (read.place, read.publisher, read.year) == (place, publisher, year)


PIECES = st.lists(
    st.sampled_from(
        [
            "London",
            "Verso",
            "I.",
            "Ann",
            "lee",
            ", ",
            ": ",
            "; ",
            " ",
            "(",
            ")",
            "1974",
            "n.d.",
            "Ü",
            "x",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(PIECES)
def test_the_bracket_search_is_the_same_on_any_text(inner: str) -> None:
    assert _same(_IMPRINT_IN_BRACKET.search(inner), IMPRINT.search(inner))
    assert _same(_UNDATED_IN_BRACKET.search(inner), _UNDATED_IMPRINT.search(inner))
