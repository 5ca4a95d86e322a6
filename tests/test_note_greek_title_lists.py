"""Issue 11: one writer's works joined by Greek "και" (and), each with its year.

Greek notes list a writer's works as English ones do, with "και" for "and" and, as Greek
writes it, no comma before it: "Varga, «Harbour Towns» (1971) και «Coastal Fairs» (1974),
στο *Essays on the Sea*, …"; translations keep the English comma (", και «…»"). The next
title, marked and with its year in brackets or after a comma and "και", is the same
writer's work, as after "and"; so is the last of a list after a writer's possessive
("Holm's books The Age of Salt (1962), …, και The Age of Glass (1994)", plain titles too).

Constructed rows written for this table (invented writers and titles, no corpus text). Half
the rows are negatives: after the first work, "και" before a place, a publisher, a
journal's volume, a Greek article and a noun, a quotation: the first work alone is read,
no second reading, no other author (a list's items before it). Each row is read as Markdown and as a web copy
(emphasis stripped), except where the web copy leaves no mark to read by; the readings are
those of the note: (form, surnames, title, year).
"""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, surnames_read, web_copy, work
from tests.note_tables import last_note_readings as readings

PORTS = work("Varga", "Ports of Call", "2010")

# (class, note, readings, also as a web copy)
CASES: list[tuple[str, list[str], list[Reading], bool]] = [
    (
        "two quoted titles, a comma before και",
        [
            "Varga, «Harbour Towns» (1971), και «Coastal Fairs» (1974), στο *Essays on the "
            "Sea*, μτφρ. Tom Reed (London: Verso, 1998), 143–160 και 281–288."
        ],
        [work("Varga", "Harbour Towns", "1971"), work("Varga", "Coastal Fairs", "1998")],
        True,
    ),
    (
        "two quoted titles, no comma before και",
        [
            "Varga, «Harbour Towns» (1971) και «Coastal Fairs» (1974), στο *Essays on the "
            "Sea*, μτφρ. Tom Reed (London: Verso, 1998), 143–160."
        ],
        [work("Varga", "Harbour Towns", "1971"), work("Varga", "Coastal Fairs", "1998")],
        True,
    ),
    (
        "two articles with their journals, a writer's possessive",
        [
            "Olaf Brenner's articles are «Mending the Nets,» *Weekly Harbour* 899 (February 2, "
            "2012), και «Casting the Nets,» *Weekly Harbour* 907 (March 29, 2012)."
        ],
        [work("Brenner", "Mending the Nets", "2012"), work("Brenner", "Casting the Nets", "2012")],
        True,
    ),
    (
        "three books, the last after a comma and και",
        [
            "Βλ. Olaf Holm's books *The Age of Salt* (1962), *The Age of Iron* (1975), και "
            "*The Age of Glass* (1994)."
        ],
        [
            work("Holm", "The Age of Salt", "1962"),
            work("Holm", "The Age of Iron", "1975"),
            work("Holm", "The Age of Glass", "1994"),
        ],
        False,
    ),
    (
        "two books, no comma before και",
        ["Βλ. Olaf Holm, *The Age of Salt* (1962) και *The Age of Glass* (1994)."],
        [work("Holm", "The Age of Salt", "1962"), work("Holm", "The Age of Glass", "1994")],
        False,
    ),
    (
        "two Greek titles in guillemets",
        ["Βλ. Ο. Χολμ, «Το αλάτι» (1962) και «Το γυαλί» (1994)."],
        [work("Χολμ", "Το αλάτι", "1962"), work("Χολμ", "Το γυαλί", "1994")],
        True,
    ),
    (
        "a web copy's list of plain titles, the last after a comma and και",
        [
            "Βλ. Olaf Holm's books The Age of Salt (1962), The Age of Iron (1975), και The Age "
            "of Glass (1994)."
        ],
        [
            work("Holm", "The Age of Salt", "1962"),
            work("Holm", "The Age of Iron", "1975"),
            work("Holm", "The Age of Glass", "1994"),
        ],
        False,
    ),
    (
        "a web copy's two plain titles joined by και",
        ["Βλ. Olaf Holm's books The Age of Salt (1962) και The Age of Glass (1994)."],
        [work("Holm", "The Age of Salt", "1962"), work("Holm", "The Age of Glass", "1994")],
        False,
    ),
    # negatives: the first work alone
    (
        "negative: a Greek place and a year",
        ["Varga, *Ports of Call* (2010) και Λονδίνο (1998)."],
        [PORTS],
        True,
    ),
    (
        "negative: a place and a year",
        ["Varga, *Ports of Call* (2010) και London (1998)."],
        [PORTS],
        True,
    ),
    (
        "negative: a publisher and a year",
        ["Varga, *Ports of Call* (2010), και Verso, 1998."],
        [PORTS],
        True,
    ),
    (
        "negative: a place and a publisher",
        ["Varga, *Ports of Call* (London: Verso, 2010) και Αθήνα: Κέδρος (1998)."],
        [PORTS],
        True,
    ),
    (
        "negative: a Greek article and a place",
        ["Η Varga, *Ports of Call* (2010) και η Αθήνα (1998)."],
        [PORTS],
        True,
    ),
    (
        "negative: a Greek quotation",
        ["Varga, *Ports of Call* (2010) και «η πάλη των τάξεων»."],
        [PORTS],
        True,
    ),
    (
        "negative: an English quotation",
        ["Varga, *Ports of Call* (2010), και «the end of trade»."],
        [PORTS],
        True,
    ),
    (
        "negative: a journal's volume",
        ["Varga, *Ports of Call* (London: Verso, 2010) και *Harbour Review* 12 (1998)."],
        [PORTS],
        False,
    ),
    (
        "negative: a journal's volume and page",
        ["Varga, *Ports of Call* (London: Verso, 2010), και *Harbour Review* 12 (1998), 4."],
        [PORTS],
        False,
    ),
    (
        "negative: a journal after το",
        ["Varga, *Ports of Call* (London: Verso, 2010) και το *Harbour Review* (1998)."],
        [PORTS],
        False,
    ),
    (
        "negative: a quotation after a short form's page",
        [
            "Ilse Varga, *Ports of Call* (London: Verso, 2010).",
            "Varga, *Ports of Call*, σ. 4, και «the end of trade».",
        ],
        [work("Varga", "Ports of Call", form="short")],
        True,
    ),
]


ROWS = [
    (c[0], c[1], c[2], r) for c in CASES for r in ("markdown", "web") if r == "markdown" or c[3]
]


@pytest.mark.parametrize(
    ("notes", "expected", "rendering"), [r[1:] for r in ROWS], ids=[f"{r[0]}-{r[3]}" for r in ROWS]
)
def test_reading(notes: list[str], expected: list[Reading], rendering: str) -> None:
    if rendering == "web":
        notes = [web_copy(n) for n in notes]
    assert readings(notes) == expected


NEGATIVES = [c for c in CASES if c[0].startswith("negative")]


@pytest.mark.parametrize("notes", [c[1] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_negatives_give_no_other_author(notes: list[str]) -> None:
    """The last note of a negative row names no author but the first work's."""
    assert surnames_read(notes[-1]) == {"Varga"}
