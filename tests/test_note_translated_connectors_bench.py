"""The translated-connectors bench (bench/note_translated_connectors.py): which words of a
note it translates, which it leaves, and its gate. Constructed notes; no corpus text."""

from __future__ import annotations

import sys

import pytest

from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import note_translated_connectors as bench
from note_scoring import Score

NOTE = (
    "See Ilse Varga and Tom Brill, “Ledgers and Harbours,” in *Ports and Grain*, ed. Ann Ro, "
    "trans. Bo Ek, vol. 2 (London: Verso, 1998), pp. 41–44; Ibid., p. 7."
)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "german",
            "Vgl. Ilse Varga und Tom Brill, „Ledgers and Harbours,“ in: *Ports and Grain*, "
            "Hg. Ann Ro, übers. Bo Ek, Bd. 2 (London: Verso, 1998), S. 41–44; Ebd., S. 7.",
        ),
        (
            "greek",
            "Βλ. Ilse Varga και Tom Brill, «Ledgers and Harbours,» στο *Ports and Grain*, "
            "επιμ. Ann Ro, μτφρ. Bo Ek, τόμ. 2 (London: Verso, 1998), σσ. 41–44; Ό.π., σ. 7.",
        ),
    ],
)
def test_the_connecting_words_are_translated_and_titles_and_imprints_kept(
    language: str, expected: str
) -> None:
    assert bench.translator(language)(NOTE) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "Andersen, *Seeds and Sees*, 12.",  # a title's words, in emphasis
        '"See and Be Seen," *Grand Review* 4 (2001).',  # a title's words, in quotes
        "Seeley, Landon, Pepper, 1999.",  # "See", "and", "p" inside words
        "www.example.org/see/and/p.html",  # an address, no word boundary to the left
    ],
)
def test_words_inside_titles_and_other_words_are_left(kept: str) -> None:
    rewritten = bench.translator("german")(kept)
    assert "Vgl." not in rewritten and "und" not in rewritten and "S." not in rewritten


def _score(found: int, truth: int = 100, places: int = 0) -> Score:
    return Score(true_positive=found, scored_truth=truth, places_as_authors=places)


def test_the_gate_fails_on_lost_recall_precision_or_a_place() -> None:
    table = {
        ("markdown", "tune", "as written"): _score(95),
        ("markdown", "tune", "german"): _score(90),
        ("markdown", "tune", "greek"): _score(80, places=1),
    }
    failures = bench.translation_failures(
        table, {"translated_recall_drop": 0.1, "places_as_authors": 0}
    )
    assert failures == [
        "translated notes, markdown tune, greek: places as authors 1 > 0",
        "markdown tune: recall falls 0.150 > 0.1 in greek notes",
    ]
    table[("markdown", "tune", "greek")] = _score(94)
    assert bench.translation_failures(table, {"translated_recall_drop": 0.1}) == []
