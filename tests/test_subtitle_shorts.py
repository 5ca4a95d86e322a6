"""A short title from the subtitle of a work whose main title is a name (issue 11, round 17).

"Kranz, *Revolutionary Life*, 301" after "Anna Kranz, *Ervin Szalay: A Revolutionary Life*
(…)": a biography's writers shorten its title to the subtitle, since the name alone would
name every book on its subject. short-form-before-full took the short form for another work
and reported it (a review of two biographies written blind, fifth written set). Chicago
14.29 takes the short title from the main title, and the rule still does otherwise.

Negatives: one word after an article ("The Evidence" of "Khrushchev Lied: The Evidence
…"), an article opening the main title, words that are not the subtitle's head.
"""

from __future__ import annotations

import pytest

from citecheck.bibliography.subtitle_shorts import subtitle_short
from tests.helpers import lint_text
from tests.note_tables import short_form_findings

ROWS = [
    ("the subtitle after an article", "Revolutionary Life", "Ervin Szalay: A Revolutionary Life", True),
    ("the subtitle's head", "Strike Years", "Tom Mann: The Strike Years in Leeds", True),
    ("negative: one word after the article", "The Evidence", "Khrushchev Lied: The Evidence That Every Revelation", False),
    ("negative: an article opens the main title", "Long Winter", "The Long Winter: A Story", False),
    ("negative: not the subtitle's head", "Other Book", "Ervin Szalay: A Revolutionary Life", False),
    ("negative: no subtitle", "Revolutionary Life", "A Revolutionary Life", False),
]  # fmt: skip


@pytest.mark.parametrize(("name", "short", "full", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_subtitle_short(name: str, short: str, full: str, expected: bool) -> None:
    assert subtitle_short(short, full) is expected


def test_half_the_rows_are_negatives() -> None:
    assert 2 * sum(r[0].startswith("negative") for r in ROWS) >= len(ROWS)


FULL = "Anna Kranz, *Ervin Szalay: A Revolutionary Life* (London: Verso, 2021), 4."
ENTRY = "Kranz, Anna. *Ervin Szalay: A Revolutionary Life*. London: Verso, 2021."


def test_the_subtitle_short_form_has_its_full_form() -> None:
    assert short_form_findings([FULL, "Kranz, *Revolutionary Life*, 301–2."], [ENTRY]) == []


def test_another_short_title_is_still_reported() -> None:
    assert short_form_findings([FULL, "Kranz, *Exile Years*, 30."], [ENTRY]) == [2]


def _missing_references(notes: list[str], entries: list[str]) -> list:
    body = "Body text." + "".join(f" Text.[^{i}]" for i in range(1, len(notes) + 1)) + "\n\n"
    body += "".join(f"[^{i}]: {n}\n" for i, n in enumerate(notes, 1))
    text = body + "\n## Works cited\n\n" + "\n\n".join(entries) + "\n"
    return [f.data.get("note") for f in lint_text(text, "C101", name="m.md").findings]


def test_the_subtitle_short_form_matches_its_entry() -> None:
    assert _missing_references([FULL, "Kranz, *Revolutionary Life*, 301–2."], [ENTRY]) == []


def test_a_short_form_of_another_title_still_has_no_entry() -> None:
    assert _missing_references([FULL, "Kranz, *Exile Years*, 30."], [ENTRY]) == [2]
