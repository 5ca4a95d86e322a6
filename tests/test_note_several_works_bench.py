"""The several-works bench (bench/note_several_works.py): how it cuts a citation out of its
note, joins works, and pairs readings with works. Constructed notes; no corpus text."""

from __future__ import annotations

import sys

from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import note_several_works as bench
from note_seeding import Work
from note_short_form_variants import Cited


def piece(surname: str, title: str, year: int, text: str) -> bench.Piece:
    work = Work((surname,), title, year, ("1",))
    return bench.Piece(Cited(work, surname, "", title, False), text)


VARGA = piece("Varga", "The Grain Ledger", 1998, "Ilse Varga, *The Grain Ledger*, 41")
REINER = piece("Reiner", "Quiet Harbours", 2004, "Tomas Reiner, “Quiet Harbours,” 7")


def test_a_citation_is_cut_with_its_emphasis_and_without_its_cue_and_stop() -> None:
    note = "On grain, see Ilse Varga, *The Grain Ledger* (London: Foxley, 1998), 41. More."
    text = "Ilse Varga, The Grain Ledger (London: Foxley, 1998), 41"
    assert bench.cut(note, text) == "Ilse Varga, *The Grain Ledger* (London: Foxley, 1998), 41"
    assert bench.cut("See Ilse Varga, *Ledger*, 41.", "See Ilse Varga, Ledger, 41.") == (
        "Ilse Varga, *Ledger*, 41"
    )


def test_a_citation_not_in_its_note_or_with_unbalanced_emphasis_is_left_out() -> None:
    assert bench.cut("Ilse Varga, *The Grain Ledger*, 41.", "Tomas Reiner, 7") is None
    assert bench.cut("*Ilse Varga, The* Grain Ledger, 41.", "The Grain Ledger, 41") is None


def test_a_pair_is_joined_and_a_triple_takes_a_semicolon_first() -> None:
    assert bench.joined((VARGA, REINER), " – ") == (
        "Ilse Varga, *The Grain Ledger*, 41 – Tomas Reiner, “Quiet Harbours,” 7."
    )
    assert bench.joined((VARGA, REINER, VARGA), "; see also ").count(";") == 2


def test_readings_pair_with_works_by_surname_and_year_or_title() -> None:
    right = ("full", ("varga",), "The Grain Ledger", "", "")
    by_year = ("full", ("reiner",), "", "2004", "")
    place = ("full", ("paris",), "", "1968", "")
    assert bench.paired((VARGA, REINER), [right, by_year]) == (2, 0)
    assert bench.paired((VARGA, REINER), [right, place]) == (1, 1)
    assert bench.paired((VARGA,), [right, right]) == (1, 1)  # one work, read twice


def test_every_joiner_and_negative_is_distinct() -> None:
    assert len(set(bench.JOINERS)) == len(bench.JOINERS)
    assert len(set(bench.NOT_WORKS)) == len(bench.NOT_WORKS)
    assert set(bench.NEGATIVE_JOINERS) <= set(bench.JOINERS)
