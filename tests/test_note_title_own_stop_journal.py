"""Issue 11: a quoted title ending with its own "?" or "!", then a journal, its volume and
the issue's date in brackets (Chicago 14.171).

A title that ends with a question or exclamation mark takes no comma before its closing
quotation mark ('"Who Rules the Harbour?" *Harbour Notes* 4, no. 2 (1999)'). In a web copy
the journal's name is plain, and the segmenter ended a sentence at '?"' before a capital:
the title and its journal were read apart, and nothing was read. A journal's name, its
volume and a bracketed date with its year now keep the sentence going, as a name, a comma
and a date did. Prose after a quoted question still ends the sentence. Synthetic notes;
half the rows are negatives."""

from __future__ import annotations

import pytest

from tests.helpers import lint_text
from tests.note_tables import negative_table_tests
from tests.test_note_citation_rules import manuscript

CASES = [
    (
        "unsigned, '!', volume and season",
        '"Harbour Lights and the Strike!" Northern Review 123 (Winter 1999).',
        [("full", (), "Harbour Lights and the Strike!", "Northern Review", "1999")],
    ),
    (
        "unsigned, '?', volume, number and year",
        '"Who Rules the Harbour?" Harbour Notes 4, no. 2 (1999): 3–9.',
        [("full", (), "Who Rules the Harbour?", "Harbour Notes", "1999")],
    ),
    (
        "a writer, '?'",
        'Hazel Vell, "Who Rules the Harbour?" Harbour Notes 4, no. 2 (1999): 3–9.',
        [("full", ("Vell",), "Who Rules the Harbour?", "Harbour Notes", "1999")],
    ),
    (
        "negative: prose after a quoted question",
        '"Who rules the harbour?" Then the strike began in 1921.',
        [],
    ),
    (
        "negative: a number and a bracket of prose",
        'As she said, "Who rules the harbour?" He was 12 (or so) then.',
        [],
    ),
    (
        "negative: a sentence with a year in brackets",
        '"Who rules the harbour?" He wrote 12 (in 1999).',
        [],
    ),
]


def _readings(note: str) -> list:
    result = lint_text(manuscript(note), name="m.md")
    return [
        (c.form, tuple(a.surname for a in c.authors), c.title, c.container, c.year)
        for c in result.manuscript.note_citations
    ]


@pytest.mark.parametrize(("note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_read(note: str, expected: list) -> None:
    assert _readings(note) == expected


test_balance, test_negatives_read_no_author_year = negative_table_tests(CASES)
