"""Issue 11: a title the prose names as its writer's piece, and the bracket after it.

"He referred to his article “The Left and the Classes” (*Monday Notes*, 2016)", Greek
"παρέπεμψε στο άρθρο του «…» (*…*, 2016)": the words in marks are the article's title and
the bracket its journal, not a quotation and its source; reading the bracket as a source
made the journal a work of its own. Greek sets titles and quotations alike in «…»; the
piece named with its writer ("his article", "το άρθρο του") says which.

Constructed rows written for this table (invented writers, titles, journals; no corpus
text). The first rows must read no journal as a work; the rest (a quotation and its source
in brackets, "the article" with no writer's word, a piece named before a comma) keep their
readings. Each row is read as Markdown and as a web copy (emphasis stripped).
"""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, web_copy, work
from tests.note_tables import last_note_readings as readings

PORTS = "Ilse Varga, *Ports of Call* (London: Verso, 2010)."

# (class, notes, readings of the last note)
CASES: list[tuple[str, list[str], list[Reading]]] = [
    (
        "his article, its journal in brackets",
        [
            "He referred to his article “The Left and the Classes” (*Monday Notes*, 2016), "
            "which we could not find."
        ],
        [],
    ),
    (
        "her essay, its journal and year in brackets",
        ["He cited her essay “Salt and Iron” (*Harbour Review* 12, 1998), now lost."],
        [],
    ),
    (
        "Greek: το άρθρο του, a Latin-script title in «…»",
        [
            "Ο συγγραφέας παρέπεμψε στο άρθρο του «The Left and the Classes» (*Monday Notes*, "
            "2016), που δεν βρήκαμε."
        ],
        [],
    ),
    (
        "Greek: στο βιβλίο της, a Greek title",
        ["Η Βάργκα παραπέμπει στο βιβλίο της «Τα λιμάνια» (*Σειρά Θάλασσα*, 2001), σ. 4."],
        [],
    ),
    # kept: a quotation and its source, or the piece read with its writer
    (
        "kept: a writer's possessive reads the piece as a work",
        ["Olaf Holm's short essay “Salt and Iron” (*Harbour Review* 12, 1998) is lost."],
        [work("Holm", "Salt and Iron", "1998")],
    ),
    (
        "kept: a quotation, a title and a year",
        ["Holm wrote “the end of trade” (*Ports*, 1998)."],
        [work("", "Ports", "1998")],
    ),
    (
        "kept: a piece named before a comma",
        [PORTS, "As Varga put it in her book, “the port is a market” (*Ports of Call*, 12)."],
        [work("", "Ports of Call", form="short")],
    ),
    (
        "kept: the article with no writer's word",
        [
            "Varga calls the article “a turning point” (Holm, *Ports of Call* (London: Verso, 2010), 12)."
        ],
        [work("Holm", "Ports of Call", "2010")],
    ),
    (
        "kept: his theory, a quoted source",
        [
            "Freud calls his theory “the cornerstone of the whole” (“The History of the "
            "Movement,” *Collected Papers* (New York: Basic Books, 1959), p. 168)."
        ],
        [work("Freud", "The History of the Movement", "1959")],
    ),
]


# a web copy strips the emphasis a quotation's short source is read by: Markdown only
WEB = [
    c
    for c in CASES
    if c[0] not in ("kept: a quotation, a title and a year", "kept: a piece named before a comma")
]
ROWS = [(c, "markdown") for c in CASES] + [(c, "web") for c in WEB]


@pytest.mark.parametrize(
    ("notes", "expected", "rendering"),
    [(c[1], c[2], r) for c, r in ROWS],
    ids=[f"{c[0]}-{r}" for c, r in ROWS],
)
def test_reading(notes: list[str], expected: list[Reading], rendering: str) -> None:
    if rendering == "web":
        notes = [web_copy(n) for n in notes]
    assert readings(notes) == expected
