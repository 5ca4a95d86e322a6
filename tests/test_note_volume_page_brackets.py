"""A short form woven into prose whose locator is a volume and its page (issue 11, round 17).

"Rocheteau's account (*Mémoires*, 2:58–71) is a necessary corrective": Chicago 14.23 gives
a multivolume work's volume and page with a colon. `note_woven_shorts` read a bracket's
page, roman pages, a volume and a page after "vol." or "Bd.", but not "2:58–71".

Negatives: a clock time in a bracket, a year after the title, a ratio in prose.
"""

from __future__ import annotations

from tests.note_tables import Reading, context_table_tests

R = "Jules Roche, *Mémoires*, 3 vols. (Paris: Gallimard, 1950), 1:12."


def short(surnames: str, title: str) -> Reading:
    return ("short", tuple(surnames.split("/")) if surnames else (), title, "")


CASES: list[tuple[str, list[str], str, list[Reading]]] = [
    (
        "a possessive's account, a marked title, a volume and pages",
        [],
        "Roche's account (*Mémoires*, 2:58–71) is a necessary corrective.",
        [short("Roche", "Mémoires")],
    ),
    (
        "the web copy: a plain title cited before, a volume and a page",
        [R],
        "Roche's account (Mémoires, 2:58) is a necessary corrective.",
        [short("Roche", "Mémoires")],
    ),
    (
        "negative: a clock time in a bracket",
        [R],
        "The meeting began at noon; Roche's account (12:30 pm) differs.",
        [],
    ),
    (
        "negative: a year after the title",
        [],
        "Roche's account (*Mémoires*, 1950) is a necessary corrective.",
        [],
    ),
    (
        "negative: a ratio in prose after a surname",
        [R],
        "Roche's account of the vote (2:1) is doubtful.",
        [],
    ),
]

(
    test_the_last_note_reads_so,
    test_half_the_rows_are_negatives,
    test_no_writer_in_a_negative,
) = context_table_tests(CASES)
