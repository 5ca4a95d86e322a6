"""A pronoun's work after another person is named as a clause's subject (issue 11, round
17).

"As Giulia Ferrac showed in *Il biennio rosso* (Bari: Laterza, 1972), 44–61, it ran
through each faction. Szabel knows this: her own early essay, “Turin Without Myth,” …":
the pronoun is Szabel's, the subject of the clause before it, not the writer of the work
read before. `note_same_writer_again` gave the second work to the note's one writer unless
a person with given names stood between; a surname alone as a clause's subject ("Szabel
knows") now says the pronoun is another's too, and the work is left unread rather than
given to the wrong writer (precision first).

Negatives: a surname as the subject between the work and the pronoun. Positives: the
pronoun right after the work, and the writer's own surname as the subject.
"""

from __future__ import annotations

from tests.note_tables import Reading, context_table_tests

FIRST = "As Giulia Ferrac showed long ago in *Il biennio rosso* (Bari: Laterza, 1972), 44–61"
FERRAC = ("full", ("Ferrac",), "Il biennio rosso", "1972")
ESSAY = '"Turin Without Myth," *Critique of Labour* 9 (1966): 3–22'

CASES: list[tuple[str, list[str], str, list[Reading]]] = [
    (
        "the pronoun right after the work: the writer's",
        [],
        f"{FIRST}. Her earlier article, {ESSAY}, said as much.",
        [FERRAC, ("full", ("Ferrac",), "Turin Without Myth", "1966")],
    ),
    (
        "the writer's own surname as the subject",
        [],
        f"{FIRST}. Ferrac says so in her earlier article, {ESSAY}.",
        [FERRAC, ("full", ("Ferrac",), "Turin Without Myth", "1966")],
    ),
    (
        "negative: another surname as the subject before the pronoun",
        [],
        f"{FIRST}, it ran through each faction. Szabel knows this: her own early essay, "
        f"{ESSAY}, said as much.",
        [FERRAC],
    ),
    (
        "another surname as the subject, 'in his own essay' after it: his",
        [],
        f"{FIRST}. Rudd has replied in his own essay, {ESSAY}.",
        [FERRAC, ("full", ("Rudd",), "Turin Without Myth", "1966")],
    ),
    (
        "negative: another surname with 'has', then the pronoun",
        [],
        f"{FIRST}. Rudd has a reply: his early essay, {ESSAY}, said otherwise.",
        [FERRAC],
    ),
    (
        "negative: another surname before a ';', then the pronoun",
        [],
        f"{FIRST}. Rudd disagrees; her early essay, {ESSAY}, said otherwise.",
        [FERRAC],
    ),
]

# every negative reads the first work, so the table has no writerless negatives to check
test_the_last_note_reads_so, test_half_the_rows_are_negatives, _ = context_table_tests(CASES)
