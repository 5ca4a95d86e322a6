"""Issue 11: two unsigned periodical pieces in one note, joined by "and", "with", "sowie" or
"και" (`extract/note_unsigned_leads.later_unsigned`, `note_reading._own_piece`).

Constructed notes (invented titles and papers; no corpus text). Chicago 14.191/14.207: each
unsigned piece by its title, paper and date; a note comparing two gives both. The reader
read the first and dropped the second: "and “B”" with no writer before it to carry was
taken for a title named in passing. Each row is read as Markdown and as a web copy.

At least half the rows are negatives: a quoted phrase in prose after the joiner, a slogan
and a place and a day, a second title with a year in brackets only, quoted words with no
paper, a place and a day with no title, and two pieces by a named writer (the writer is
carried to the second, as before)."""

from __future__ import annotations

from tests.note_tables import Reading, negative_table_tests, rendering_table_tests, unsigned

MILL = "Mill Hands Walk Out"
REOPEN = "Mills Reopen"
FIRST = f"“{MILL},” *Daily Courier*, March 3, 1999, 8"

CASES: list[tuple[str, str, list[Reading]]] = [
    (
        "and: a second piece with its paper and day",
        f"See {FIRST}, and “{REOPEN},” *Evening Post*, March 9, 1999, 2.",
        [unsigned(MILL, "1999"), unsigned(REOPEN, "1999")],
    ),
    (
        "with: a second piece compared",
        f"Compare {FIRST}, with “{REOPEN},” *Evening Post*, March 9, 1999, 2.",
        [unsigned(MILL, "1999"), unsigned(REOPEN, "1999")],
    ),
    (
        "German: sowie",
        "„Die Krise der Partei“, in: *Vorwärts*, 12.3.1931, S. 2, sowie „Die Antwort der "
        "Partei“, in: *Vorwärts*, 14.3.1931, S. 1.",
        [unsigned("Die Krise der Partei", "1931"), unsigned("Die Antwort der Partei", "1931")],
    ),
    (
        "Greek: και",
        "«Η κρίση του κράτους», εφ. *Η Ημέρα*, 3/5/1999 και «Η απάντηση του κόμματος», εφ. "
        "*Η Ημέρα*, 5/5/1999.",
        [unsigned("Η κρίση του κράτους", "1999"), unsigned("Η απάντηση του κόμματος", "1999")],
    ),
    # negatives
    (
        "negative: a quoted phrase in prose after the joiner",
        f"See {FIRST}, and “a shameful surrender,” as the paper said.",
        [unsigned(MILL, "1999")],
    ),
    (
        "negative: a slogan, a place and a day after the joiner",
        f"See {FIRST}, and “Bread and Peace,” London, May 4, 1917.",
        [unsigned(MILL, "1999")],
    ),
    (
        "negative: a second title with a year in brackets only",
        f"See {FIRST}, and “{REOPEN}” (1999).",
        [unsigned(MILL, "1999")],
    ),
    (
        "negative: quoted words with no paper after them",
        f"See {FIRST}, with “Bread and Peace” on its front page.",
        [unsigned(MILL, "1999")],
    ),
    (
        "negative: a place and a day with no title",
        f"See {FIRST}, and Harrogate, May 4, 1917.",
        [unsigned(MILL, "1999")],
    ),
    (
        "negative: a named writer's two pieces keep the writer",
        f"Ann Cole, {FIRST}, and “{REOPEN},” *Evening Post*, March 9, 1999, 2.",
        [("full", ("Cole",), MILL, "1999"), ("full", ("Cole",), REOPEN, "1999")],
    ),
]


test_markdown, test_web_copy = rendering_table_tests(CASES, web_column=2)


(
    test_the_table_holds_at_least_as_many_negatives_as_positives,
    test_the_author_year_reader_reads_no_author_in_a_negative,
) = negative_table_tests(CASES)
