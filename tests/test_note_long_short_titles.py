"""A web copy's plain short title of more than four words, the head of a title cited
before (issue 11, round 17).

The reader remembers the first one to four words of each title it reads
(`EarlierWorks.heads`) and takes a web copy's plain words for a short title only when they
open a title cited before: its emphasis gone, nothing else tells a title from prose. A
short title may be longer than four words (Chicago 14.32 keeps up to four as a rule, but
writers keep more: "La fabbrica e la città" of "La fabbrica e la città: Torino operaia
…"), and such a title was never found among the heads, so its short form was lost in the
web copy while the Markdown read it by its emphasis. `note_lone_names.known_head` looks a
longer title up by its head and then checks, word for word, that it opens a title read
before.

Negatives: a long plain title whose first four words open a title cited before but whose
next words do not; a long plain title never cited; a title of another writer in a writer's
bracket.
"""

from __future__ import annotations

from tests.note_tables import Reading, context_table_tests

L = (
    "Giuliana Lanzi, *La fabbrica e la città: Torino operaia dal boom all'autunno caldo* "
    "(Bari: Laterza, 1983), 15–29."
)
V = "Tomas Vell, *Strikes in the Port of Genoa, 1890–1914* (London: Dale Press, 1990), 11."
R = "Anna Rudd, *The Making of the Dock Republic in Britain* (Leeds: Pell, 1988), 4."


def short(surnames: str, title: str) -> Reading:
    return ("short", tuple(surnames.split("/")) if surnames else (), title, "")


CASES: list[tuple[str, list[str], str, list[Reading]]] = [
    (
        "a possessive's bracket: five words of a title cited before",
        [L],
        "The site copies much of Lanzi's chronology (La fabbrica e la città, 301–17).",
        [short("Lanzi", "La fabbrica e la città")],
    ),
    (
        "a whole note: the plain short title and a page",
        [L, R],
        "La fabbrica e la città, 44.",
        [short("", "La fabbrica e la città")],
    ),
    (
        "the clause's writer, a six-word short title in brackets",
        [R],
        "Rudd traces it to the docks (Making of the Dock Republic in Britain, 37).",
        [short("Rudd", "Making of the Dock Republic in Britain")],
    ),
    (
        "a writer's possessive, a six-word short title and a page",
        [R],
        "Rudd's Making of the Dock Republic in Britain, 41.",
        [short("Rudd", "Making of the Dock Republic in Britain")],
    ),
    (
        "negative: four words open the title, the fifth and sixth do not",
        [V],
        "Vell's account (Strikes in the Port of Naples, 44) is brief.",
        [],
    ),
    (
        "negative: a long plain title never cited",
        [V],
        "Vell's chronology (La fabbrica e la città, 301–17) is borrowed.",
        [],
    ),
    (
        "negative: a whole note of five words, not the head of a title cited",
        [V],
        "Strikes in the Port of Naples, 44.",
        [],
    ),
    (
        "negative: the clause's writer, four words of his title, then others",
        [R],
        "Rudd traces it to the docks (Making of the Dock Strike in Britain, 37).",
        [],
    ),
]

(
    test_the_last_note_reads_so,
    test_half_the_rows_are_negatives,
    test_no_writer_in_a_negative,
) = context_table_tests(CASES)
