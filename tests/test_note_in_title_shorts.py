"""A short form set in a clause after its writer and "in": "Teits makes much the same point
in *Sovereign Shop Floor*, p. 97, though …" (issue 11, round 17).

Chicago 14.29's short form (a short title and the locator) inside running text, its writer
the clause's subject and a writer an earlier note cited ("As Brandt argues in *T*, 77" with
no work of Brandt's before is left alone). `note_prose_shorts._ARGUES_IN` read it after one
to three words of the clause; "makes much the same point" has five, so it now takes up to
six. A web copy's plain title is read only as the head of a title of that writer cited
before.

Negatives: a place and a number after "in", a writer far back in a long sentence, a place
after a writer who "lived".
"""

from __future__ import annotations

from tests.note_tables import Reading, context_table_tests

T = "Halldor Teits, *Sovereign Shop Floor* (London: Verso, 2019), 4."


def short(surnames: str, title: str) -> Reading:
    return ("short", tuple(surnames.split("/")) if surnames else (), title, "")


CASES: list[tuple[str, list[str], str, list[Reading]]] = [
    (
        "after another short form, the title marked",
        [T],
        "Szabel, *Democracy in the Workshop*, 140. Teits makes much the same point in "
        "*Sovereign Shop Floor*, p. 97, though he draws the opposite conclusion from it.",
        [short("Szabel", "Democracy in the Workshop"), short("Teits", "Sovereign Shop Floor")],
    ),
    (
        "the web copy: a plain title of the writer's cited before",
        [T],
        "Szabel, Democracy in the Workshop, 140. Teits makes much the same point in "
        "Sovereign Shop Floor, p. 97, though he draws the opposite conclusion from it.",
        [short("Szabel", "Democracy in the Workshop"), short("Teits", "Sovereign Shop Floor")],
    ),
    (
        "negative: a place and a number after 'in'",
        [T],
        "The union met in Genoa, 12 times.",
        [],
    ),
    (
        "negative: the writer far back in a long sentence",
        [T],
        "Teits, *Sovereign Shop Floor*, 4. The union, which had met many times over the long "
        "winter of that year in the old hall, met again in *Harbour Hall*, 12.",
        [short("Teits", "Sovereign Shop Floor")],
    ),
    (
        "negative: a writer no earlier note cited",
        [],
        "Szabel, *Democracy in the Workshop*, 140. Rudd makes much the same point in "
        "*Sovereign Shop Floor*, p. 97, though he draws the opposite conclusion from it.",
        [short("Szabel", "Democracy in the Workshop")],
    ),
    (
        "negative: a writer who lived in a place",
        [T],
        "Teits lived for years in Genoa, 12 miles from the port.",
        [],
    ),
]

test_the_last_note_reads_so, test_half_the_rows_are_negatives, _ = context_table_tests(CASES)
