"""A participle before "in" opens a note as "Quoted in" does (Chicago 14.260 on sources
quoted from another): "Reported in *Paper*", "Reproduced in Jane Doe, *Title*",
"Excerpted in", "Discussed in", "Summarized in". The participle is no writer; the work
after "in" is cited, under its own writer or unsigned.

Invented writers and titles; half the rows are negatives: a writer or title that merely
begins with such a word, the participle inside a title, prose.
"""

from __future__ import annotations

import pytest

from tests.note_tables import first_surnames_and_titles, negative_table_tests

LONG_PAUSE = "*The Long Pause* (London: Verso, 1999), 4."

CASES = [
    ("an unsigned paper after 'Reported in'", "Reported in *Inlet Gazette*, 12 March 1937, 3.", []),
    ("a writer after 'Reproduced in'", f"Reproduced in Jane Doe, {LONG_PAUSE}", ["Doe"]),
    ("a writer after 'Discussed in'", f"Discussed in Jane Doe, {LONG_PAUSE}", ["Doe"]),
    ("a writer after 'Summarized in'", f"Summarized in Jane Doe, {LONG_PAUSE}", ["Doe"]),
    ("a writer after 'Summarised in'", f"Summarised in Jane Doe, {LONG_PAUSE}", ["Doe"]),
    ("a writer after 'Described in'", f"Described in Jane Doe, {LONG_PAUSE}", ["Doe"]),
    ("a writer after 'Analyzed in'", f"Analyzed in Jane Doe, {LONG_PAUSE}", ["Doe"]),
    ("a journal after 'Reported in'", "Reported in *Inlet Review* 9 (1990): 3-9.", []),
    ("negative: a writer whose title holds the participle", "Ivo Reed, *Reported in the Gazette* (London: Verso, 1999), 4.", ["Reed"]),
    ("negative: a writer named like a participle's start", f"Mia Reporter, {LONG_PAUSE}", ["Reporter"]),
    ("negative: a surname and a title, no cue", f"Doe, {LONG_PAUSE}", ["Doe"]),
    ("negative: 'As reported in' before a writer", f"As reported in Jane Doe, {LONG_PAUSE}", ["Doe"]),
    ("negative: 'Quoted in' before a writer", f"Quoted in Jane Doe, {LONG_PAUSE}", ["Doe"]),
    ("negative: 'Reprinted in' before a writer", f"Reprinted in Jane Doe, {LONG_PAUSE}", ["Doe"]),
    ("negative: the participle in prose, then a writer", f"The strike was reported in the press; see Jane Doe, {LONG_PAUSE}", ["Doe"]),
    ("negative: a writer and two editors", "Jane Doe, “The Quiet Quays,” in *Harbour Lives*, ed. Mia Tols and Ivo Reed (London: Verso, 1999), 4.", ["Doe"]),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "note", "surnames"), CASES, ids=[c[0] for c in CASES])
def test_participle_cue(kind: str, note: str, surnames: list[str]) -> None:
    readings, author_year = first_surnames_and_titles(note)
    assert [surname for surname, _ in readings] == (surnames or [""])
    assert author_year == []


test_the_table_holds_its_negatives, test_no_author_year_in_a_negative = negative_table_tests(
    CASES, least=16
)
