"""The second of "Compare A, …, with B, 310": a surname and a page after "with" (issue 11,
round 17).

Chicago's shortest short form ("Pollard, 310", 14.29) after "with", in a comparison of two
sources, for a writer whose work an earlier note gave in full. `note_author_locators`
read it after "and", "see", "cf." and "compare"; now after "with" too, with the same
evidence: the surname must be an earlier note's writer.

Negatives: a place after "with", a surname never cited, a quantity after "with".
"""

from __future__ import annotations

from tests.note_tables import Reading, context_table_tests

P = "Hanne Pollard, *The Stage and the Street* (New York: Norton, 1986), 12."
F = "Jean Ferrand, *Les Jours de juin* (Paris: Denoël, 1937), 4."


def short(surnames: str, title: str) -> Reading:
    return ("short", tuple(surnames.split("/")) if surnames else (), title, "")


CASES: list[tuple[str, list[str], str, list[Reading]]] = [
    (
        "compare a short form with a surname and a page",
        [P, F],
        "Compare Ferrand, *Les Jours de juin*, 233–40, with Pollard, 310.",
        [short("Ferrand", "Les Jours de juin"), short("Pollard", "")],
    ),
    (
        "contrast, pages with 'pp.'",
        [P, F],
        "Ferrand, *Les Jours de juin*, 12, contrasts sharply with Pollard, pp. 41–44.",
        [short("Ferrand", "Les Jours de juin"), short("Pollard", "")],
    ),
    (
        "negative: a place after 'with'",
        [P, F],
        "Compare Ferrand, *Les Jours de juin*, 233–40, with London, 310.",
        [short("Ferrand", "Les Jours de juin")],
    ),
    (
        "negative: a surname never cited",
        [F],
        "Compare Ferrand, *Les Jours de juin*, 233–40, with Marlowe, 310.",
        [short("Ferrand", "Les Jours de juin")],
    ),
    (
        "negative: a quantity after 'with'",
        [P, F],
        "He met Ferrand in 1937, with Pollard, 310 delegates and more.",
        [],
    ),
]

(
    test_the_last_note_reads_so,
    test_half_the_rows_are_negatives,
    test_no_writer_in_a_negative,
) = context_table_tests(CASES, writerless=lambda before, read: not read)
