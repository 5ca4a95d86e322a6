"""Issue 11: short forms by title alone of works an earlier note gave (web copies).

Three shapes read nothing: a main title without its subtitle ("Capital, 123." after
"Capital: A Critique of Political Economy"; Chicago 14.29 drops the subtitle), the first
word of an earlier title after "Quoted in" ("Quoted in Pedagogy, 123." after "Pedagogy of
Hope": a one-word title and a page alone may be a place, "Paris, 41.", but "Quoted in"
names a source), and a note that is a marked title alone ('"The Harbour Strike."': an
article cited whole, Chicago 14.32). Each is read only when an earlier note gave that
title. Synthetic notes; half the rows are negatives."""

from __future__ import annotations

import pytest

from tests.helpers import lint_text
from tests.test_note_citation_rules import manuscript

CAPITAL = "Karl Marx, Capital: A Critique of Political Economy (London: Penguin, 1976), 3."
PEDAGOGY = "Hazel Vell, Pedagogy of Hope (London: Verso, 1999), 3."
STRIKE = 'Hazel Vell, "The Harbour Strike," Northern Review 4 (1999): 3–9.'

CASES = [
    (
        "main title after 'Quoted in'",
        CAPITAL,
        "Quoted in Capital, 123.",
        [("short", "Capital", "123")],
    ),
    ("main title alone", CAPITAL, "Capital, 123.", [("short", "Capital", "123")]),
    (
        "first word after 'Quoted in'",
        PEDAGOGY,
        "Quoted in Pedagogy, 123.",
        [("short", "Pedagogy", "123")],
    ),
    (
        "a longer title after 'Quoted in'",
        "Hazel Vell, The Making of Harbours: Essays (London: Verso, 1999), 3.",
        "Quoted in The Making of Harbours, 12.",
        [("short", "The Making of Harbours", "12")],
    ),
    (
        "a quoted title alone",
        STRIKE,
        '"The Harbour Strike."',
        [("short", "The Harbour Strike", "")],
    ),
    (
        "an italic title alone",
        "Hazel Vell, *The Harbour Strike* (London: Verso, 1999), 3.",
        "*The Harbour Strike*.",
        [("short", "The Harbour Strike", "")],
    ),
    ("negative: a place and a page", CAPITAL, "Paris, 123.", []),
    ("negative: a first word without the cue", PEDAGOGY, "Pedagogy, 123.", []),
    ("negative: a place after 'Quoted in'", PEDAGOGY, "Quoted in Paris, 123.", []),
    ("negative: a last word after 'Cited in'", PEDAGOGY, "Cited in Hope, 12.", []),
    ("negative: another marked title alone", STRIKE, '"The Harbour Lights."', []),
    ("negative: a main title with no earlier work", "A comment on the port.", "Capital, 123.", []),
]


def _last(first: str, note: str) -> list[tuple[str, str, str]]:
    result = lint_text(manuscript(first, note), name="m.md")
    return [(c.form, c.title, c.pages) for c in result.manuscript.note_citations if c.note == 2]


@pytest.mark.parametrize(
    ("first", "note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_read(first: str, note: str, expected: list) -> None:
    assert _last(first, note) == expected


def test_the_table_holds_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for name, *_ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives
