"""Leads standing in the author's place before a work (`note_no_author.lead_stand_in`):
DIN/German practice's "N. N.: Titel. Ort Jahr" (nomen nescio) and "o. V.: Titel" (ohne
Verfasser) read as an unsigned work, and a writer supplied in square brackets, "[Jakob
Wendel]: Titel. Ort Jahr" (Chicago 14.79, DIN 1505: an unsigned work's attributed author),
read as that writer's work. Every writer, title, place and publisher is invented.

Half the rows or more are negatives: "N. N." in prose or before prose, before an imprint
alone, with no details; "[sic]", "[Hrsg.]", a bracketed year, a bracketed surname alone, a
bracketed publisher before a colon; a bracketed writer in prose, before an imprint alone,
before a title with no details; a writer's own role in brackets."""

from __future__ import annotations

import pytest

from tests.note_tables import negative_table_tests, one_note_readings, web_copy, work

ORDNUNG = work("", "Die Ordnung", "1931")
WENDEL = work("Wendel", "Die Ordnung", "1931")

# name, note, readings (alike in Markdown and in the web copy)
ROWS = [
    ("'N. N.:' before a plain title and its imprint", "N. N.: Die Ordnung. Berlin 1931.",
     [ORDNUNG]),
    ("'N. N.:' and a page", "N. N.: Die Ordnung. Berlin 1931, S. 4.", [ORDNUNG]),
    ("'N.N.:' closed up", "N.N.: Die Ordnung. Berlin 1931.", [ORDNUNG]),
    ("'o. V.:' and DIN 1505-2's publisher",
     "o. V.: Die Ordnung der Dinge. Berlin: Dietz 1931.", [work("", "Die Ordnung der Dinge", "1931")]),
    ("'N. N.:' after a cue", "Vgl. N. N.: Die Ordnung. Berlin 1931, S. 4.", [ORDNUNG]),
    ("a writer in brackets before a colon", "[Jakob Wendel]: Die Ordnung. Berlin 1931.", [WENDEL]),
    ("a writer in brackets and a page", "[Jakob Wendel]: Die Ordnung. Berlin 1931, S. 4.",
     [WENDEL]),
    ("a writer in brackets before a comma (Chicago)",
     "[Jakob Wendel], *Die Ordnung* (Berlin: Dietz, 1931), 4.", [WENDEL]),
    ("a writer's initial in brackets", "[J. Wendel]: Die Ordnung. Berlin 1931.", [WENDEL]),
    ("negative: 'N. N.' before no details", "N. N.: Die Ordnung.", []),
    ("negative: 'N. N.' before an imprint alone", "N. N.: Berlin 1931.", []),
    ("negative: 'N. N.' before prose", "N. N.: Der Verfasser ist unbekannt.", []),
    ("negative: 'N. N.' before prose and a year", "N. N.: Das blieb ungeklärt, bis 1931.", []),
    ("negative: 'N. N.' in prose", "Der Text stammt von N. N.: Die Ordnung. Berlin 1931.", []),
    ("negative: 'N. N.' as a speaker in prose", "Ein N. N. sprach 1931 in Berlin.", []),
    ("negative: '[sic]' before a colon", "[sic]: Die Ordnung. Berlin 1931.", []),
    ("negative: '[Hrsg.]' before a colon", "[Hrsg.]: Die Ordnung. Berlin 1931.", []),
    ("negative: a bracketed year", "[1931]: Die Ordnung. Berlin 1931.", []),
    ("negative: a bracketed surname alone", "[Wendel]: Die Ordnung. Berlin 1931.", []),
    ("negative: a bracketed publisher", "[Berlin Verlag]: Die Ordnung. Berlin 1931.", []),
    ("negative: a bracketed writer in prose",
     "[Jakob Wendel] meinte, die Ordnung sei 1931 gescheitert.", []),
    ("negative: a bracketed writer before an imprint alone", "[Jakob Wendel]: Berlin 1931.", []),
    ("negative: a bracketed writer before no details", "[Jakob Wendel]: Die Ordnung.", []),
    ("negative: a bracketed writer after prose", "Das schrieb [Jakob Wendel], Berlin 1931.", []),
    ("negative: an editor's role in brackets",
     "Jakob Wendel [Hrsg.]: Die Ordnung. Berlin 1931.", []),
]  # fmt: skip


@pytest.mark.parametrize(("note", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_markdown_readings(note: str, expected: list) -> None:
    assert one_note_readings(note) == expected


@pytest.mark.parametrize(("note", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_web_copy_readings(note: str, expected: list) -> None:
    assert one_note_readings(web_copy(note)) == expected


test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=20
)
