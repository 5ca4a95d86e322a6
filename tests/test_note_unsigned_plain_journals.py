"""Issue 11: an unsigned article cited by its quoted title and a journal whose name a web copy
left unmarked, with the volume or issue written as German and Greek notes write it
(`extract/note_details._PLAIN_JOURNAL`).

Constructed notes (invented titles and journals; no corpus text). Chicago 14.175/14.207
cites an unsigned article by its title, journal, volume and year; German notes write the
volume "Jg." (Jahrgang), "Bd.", the issue "H." (Heft) or "Nr."; Greek notes "τχ."/"τεύχος"
(issue) and "τ."/"τόμος" (volume), perhaps with "περ." (periodical) before the name; a
journal's name may end in a number ("Phase 2 36 (2010)": the journal "Phase 2", issue 36).
In a web copy the journal's italics are gone, and a quoted title with a year in brackets
and no container was dropped as a work named in passing.

At least half the rows are negatives: a title and a year in brackets alone, a journal's
issue with no title, a quoted phrase in prose, a place or a publisher before a volume, a
quantity, speech. None gives an author, and the author-year reader reads none."""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, negative_table_tests, unsigned
from tests.note_tables import one_note_readings as readings

FAMILIE = "Familie und Staat"
KRATOS = "Η κρίση του κράτους"
STRIKE = "The Coming Strike"

CASES: list[tuple[str, str, list[Reading]]] = [
    (
        "a journal's name ending in a number, then its issue",
        f"“{FAMILIE},” Phase 2 36 (2010), 18.",
        [unsigned(FAMILIE, "2010")],
    ),
    (
        "a journal's name, volume and issue as two numbers",
        f'"{STRIKE}," Labor Monthly 12 3 (1931), 45.',
        [unsigned(STRIKE, "1931")],
    ),
    (
        "German: Jg. before the volume",
        f"„{FAMILIE}“, Neue Zeit, Jg. 36 (2010), H. 2, S. 18.",
        [unsigned(FAMILIE, "2010")],
    ),
    (
        "German: Heft before the issue",
        f"„{FAMILIE}“, in: Neue Zeit, Heft 4 (2010), S. 18.",
        [unsigned(FAMILIE, "2010")],
    ),
    (
        "Greek: τχ. before the issue",
        f"«{KRATOS}», Θέσεις, τχ. 12 (1985), σ. 45.",
        [unsigned(KRATOS, "1985")],
    ),
    (
        "Greek: περ. before the journal, τεύχος before the issue",
        f"«{KRATOS}», περ. Θέσεις, τεύχος 12 (1985), σ. 45.",
        [unsigned(KRATOS, "1985")],
    ),
    (
        "Greek: τ. before the volume",
        f"«{KRATOS}», Νέα Εποχή, τ. 3 (1985), σ. 45.",
        [unsigned(KRATOS, "1985")],
    ),
    # negatives
    ("negative: a quoted title and a year in brackets", f'"{STRIKE}" (1931), 45.', []),
    ("negative: a Greek title and a year in brackets", f"«{KRATOS}» (1985), σ. 45.", []),
    ("negative: a Greek journal's issue, no title", "Θέσεις, τχ. 12 (1985), σ. 45.", []),
    ("negative: a German journal's volume, no title", "Neue Zeit, Jg. 36 (2010), H. 2, S. 18.", []),
    (
        "negative: a quoted phrase in German prose before a volume",
        f"Der Ausdruck „{FAMILIE}“ stammt aus Jg. 36 (2010) der Zeitschrift.",
        [],
    ),
    (
        "negative: a quoted phrase in Greek prose before an issue",
        "Ο όρος «κρίση του κράτους» εμφανίζεται στο τχ. 12 (1985).",
        [],
    ),
    ("negative: a place before a volume", "Berlin, Bd. 2 (1925), S. 4.", []),
    ("negative: a publisher before a volume", "Suhrkamp, Bd. 2 (1970), S. 4.", []),
    ("negative: a quantity and a year", "Some 36 (2010) copies, 18.", []),
    ("negative: speech and a year", f'"{STRIKE}," he said in 1931, 45.', []),
]


@pytest.mark.parametrize(("note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reading(note: str, expected: list[Reading]) -> None:
    assert readings(note) == expected


(
    test_the_table_holds_at_least_as_many_negatives_as_positives,
    test_the_author_year_reader_reads_no_author_in_a_negative,
) = negative_table_tests(CASES)
