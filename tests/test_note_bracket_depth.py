"""`note_corporate_writers._BracketDepth`: whether a bracket is open at a place, asked in
ascending order (counted on from the last place, so a note of many body openings is read
once), and asked out of order (counted afresh)."""

from __future__ import annotations

from citecheck.extract.note_corporate_writers import _BracketDepth

TEXT = "Vell (London: Verso, 1990), and Roe (Leeds (Dale), 2004) end"


def _brute(at: int) -> bool:
    return TEXT.count("(", 0, at) > TEXT.count(")", 0, at)


def test_in_order_as_counting_from_the_start() -> None:
    depth = _BracketDepth(TEXT)
    assert [depth.open_at(i) for i in range(len(TEXT) + 1)] == [
        _brute(i) for i in range(len(TEXT) + 1)
    ]


def test_out_of_order_counts_afresh() -> None:
    depth = _BracketDepth(TEXT)
    late, early = TEXT.index("Leeds"), TEXT.index("London")
    assert depth.open_at(late) is True
    assert depth.open_at(early) is True
    assert depth.open_at(TEXT.index("and")) is False
