"""Issue 11: a journal's issue date in square brackets, as a full form set inside a bracket
of the note's own writes it (Chicago 6.101: parentheses within parentheses become
brackets), read with the journal as the work's container (`note_details._PLAIN_JOURNAL`).

Constructed notes (invented writers, titles and journals; no corpus text). In a web copy the
journal's italics are gone; the journal's name, its number and a dated bracket, round or
square, are what make it one. Each note is read as Markdown and as its web copy, alike.

At least half the rows are negatives: a bracket that gives no year ("[sic]", "[n.p.]"), a
year in square brackets after a title with no journal, a writer not named before the bracket,
speech, a quantity."""

from __future__ import annotations

import pytest

from tests.note_tables import (
    both_renderings_table_tests,
    built_from_note,
    web_copy,
    work,
)

TITLE = "Entretien avec Odile Sarrazin"
INTERVIEW = f'"{TITLE},"'

ROWS: list[tuple[str, str, list]] = [
    (
        "a month and a year in square brackets inside the note's own bracket",
        f"Vell said so himself, forty years later (Vell, {INTERVIEW} *La Nouvelle Critique*,"
        " no. 104 [mai 1977]: 31–38), and never again.",
        [work("Vell", TITLE, "1977")],
    ),
    (
        "a season and a year in square brackets",
        f"Vell said so himself, later (Vell, {INTERVIEW} *Harbour Quarterly* 12 [Spring 1981]:"
        " 4–9).",
        [work("Vell", TITLE, "1981")],
    ),
    (
        "a year alone in square brackets",
        f"Vell said so himself, later (Vell, {INTERVIEW} *Harbour Quarterly* 12 [1981]: 4–9).",
        [work("Vell", TITLE, "1981")],
    ),
    (
        "a note of its own, its issue dated in square brackets",
        f"Vell, {INTERVIEW} *La Nouvelle Critique*, no. 104 [mai 1977]: 31–38.",
        [work("Vell", TITLE, "1977")],
    ),
    # negatives
    (
        "negative: a bracket that gives no year after the journal's number",
        f"Vell said so himself, later (Vell, {INTERVIEW} *Harbour Quarterly* 12 [sic]: 4–9).",
        [],
    ),
    (
        "negative: no place and no year in square brackets",
        f"Vell said so himself, later (Vell, {INTERVIEW} *Harbour Quarterly* 12 [n.p.]: 4–9).",
        [],
    ),
    (
        "negative: the writer not named before the bracket",
        f"The strike is described in an interview (Vell, {INTERVIEW} *Harbour Quarterly*"
        " 12 [1981]: 4–9).",
        [],
    ),
    (
        "negative: a quoted phrase and a year in square brackets, no journal",
        f'He called it "{TITLE}" [1977] in a letter.',
        [],
    ),
    ("negative: a quantity and a year in square brackets", "Some 104 [1977] copies were sold.", []),
    (
        "negative: speech, a number and a bracketed year",
        'Vell said "it was over," Harbour 12 [1981] later wrote.',
        [],
    ),
]


test_alike, test_web_quiet, test_balance, test_negatives_quiet = both_renderings_table_tests(ROWS)


@pytest.mark.parametrize("note", [ROWS[0][1], ROWS[2][1]])
def test_the_journal_is_the_container_of_the_web_copy(note: str) -> None:
    (citation,) = built_from_note(web_copy(note)).note_citations
    assert citation.container in ("La Nouvelle Critique", "Harbour Quarterly")
