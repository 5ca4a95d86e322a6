"""Issue 11: a work named inside a sentence as "Surname, Title (1904)" and vouched for by the
words a copy keeps of its link, "available online here" (`note_work._YEAR_THEN_ONLINE`,
`note_inline_forms`). A year alone beside a title is a work named in passing; with the
link's words after it, the note points the reader at the work: a citation, as a Markdown
note with the link itself already reads.

Constructed notes (invented writers and titles; no corpus text), each read as Markdown (its
title in italics, the link's address gone) and as its web copy (the italics gone too), alike.

At least half the rows are negatives: a year and prose after it, a year and a page, "available
in translation", a sentence's words in place of a title, a place for a writer, no year."""

from __future__ import annotations

from tests.note_tables import both_renderings_table_tests, work

STRIKE = "The Harbour Strike and the Party"

ROWS: list[tuple[str, str, list]] = [
    (
        "a critique of a writer's work, its year, then the link's words",
        f"Vell's pamphlet was a critique of Kessel, *{STRIKE}* (1904), available online here.",
        [work("Kessel", STRIKE, "1904")],
    ),
    (
        "the work a container of the prose's reply",
        f"The reply came in Kessel, *{STRIKE}* (1904), available online at the archive.",
        [work("Kessel", STRIKE, "1904")],
    ),
    (
        "on-line, hyphenated",
        f"Vell answered the first of Kessel, *{STRIKE}* (1904), available on-line.",
        [work("Kessel", STRIKE, "1904")],
    ),
    (
        "a subtitle after a colon",
        f"It is a critique of Kessel, *{STRIKE}: A Study* (1904), available online here.",
        [work("Kessel", f"{STRIKE}: A Study", "1904")],
    ),
    # negatives
    (
        "negative: a year beside the title, then prose",
        f"Vell's pamphlet was a critique of Kessel, *{STRIKE}* (1904), which he never read.",
        [],
    ),
    (
        "negative: a year and a page, inside a sentence",
        f"Vell's pamphlet was a critique of Kessel, *{STRIKE}* (1904), 44.",
        [],
    ),
    (
        "negative: available in translation, not online",
        f"Vell's pamphlet was a critique of Kessel, *{STRIKE}* (1904), available in English.",
        [],
    ),
    (
        "negative: a sentence's words after a place",
        "The strike began in Leeds, where the dockers struck (1904), available online here.",
        [],
    ),
    (
        "negative: no year in the bracket",
        f"Vell's pamphlet was a critique of Kessel, *{STRIKE}* (abridged), available online here.",
        [],
    ),
    (
        "negative: a list of persons, no title",
        "The letter went to Kessel, Hale and Reed (1904), available online here.",
        [],
    ),
]


test_alike, test_web_quiet, test_balance, test_negatives_quiet = both_renderings_table_tests(ROWS)
