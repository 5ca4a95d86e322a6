"""The lexical-novelty bench (bench/note_lexical_novelty.py): which words of a note it gives
new ones, and that the truth follows. Constructed notes and truth; no corpus text."""

from __future__ import annotations

import sys

from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import note_lexical_novelty as bench


def truth(*authors: str, title: str = "A Title") -> dict:
    citation = {"form": "full", "authors": list(authors), "title": title, "year": 1999}
    return {"article": "x.md", "notes": [{"label": "1", "citations": [citation]}]}


NOTES = [
    "Ilse Varga, *The Grain Ledger* (London: Verso, 1998), 41.",
    "See Varga's *Harbours*, 7. Vargas Llosa is another writer.",
    "Γιάννης Μηλιός, *Τίτλος* (Αθήνα: Θεμέλιο, 2000); Μηλιού, ό.π., σ. 3.",
]


def novel(*authors: str) -> bench.NovelWords:
    return bench.NovelWords(truth(*authors), NOTES, salt="x")


def test_a_writer_is_replaced_everywhere_and_the_same_way() -> None:
    words = novel("Varga")
    first, second = words.text(NOTES[0]), words.text(NOTES[1])
    new = first.split(",")[0].split()[-1]
    assert new != "Varga" and new[:1].isupper()
    assert f"See {new}'s" in second


def test_the_given_name_beside_a_writer_is_replaced_and_cue_words_are_not() -> None:
    words = novel("Varga")
    assert not words.text(NOTES[0]).startswith("Ilse ")
    assert words.text(NOTES[1]).startswith("See ")


def test_places_and_publishers_of_the_imprint_lists_are_replaced() -> None:
    text = novel("Varga").text(NOTES[0])
    assert "London" not in text and "Verso" not in text
    assert "(1998), 41." not in text and "1998), 41." in text  # years and pages stay


def test_a_declined_surname_keeps_its_ending_and_its_one_stem() -> None:
    text = novel("Μηλιός").text(NOTES[2])
    nominative, genitive = text.split(",")[0].split()[-1], text.split("; ")[1].split(",")[0]
    assert nominative.endswith("ός") and genitive.endswith("ού")
    assert nominative[:-2] == genitive[:-2] and nominative[:-2] != "Μηλι"
    assert "Αθήνα" not in text and "Θεμέλιο" not in text


def test_the_truth_takes_the_same_new_names() -> None:
    words = novel("Varga")
    rewritten = words.truth(truth("Varga", title="Varga and the Sea"))
    cited = rewritten["notes"][0]["citations"][0]
    new = words.text("Varga")
    assert cited["authors"] == [new] and cited["title"] == f"{new} and the Sea"


def test_words_that_only_begin_like_a_short_surname_stay() -> None:
    assert "Vargas Llosa" in novel("Varga").text(NOTES[1])


def test_the_language_of_an_article_is_told_by_its_notes() -> None:
    assert bench.language(["Vgl. Adorno und die Kritik der Politik, S. 3."]) == "german"
    assert bench.language(["See the discussion of the state, p. 3."]) == "english"
    assert bench.language(["Βλ. Μηλιός, σ. 3."]) == "greek"


class Row:
    def __init__(self, precision: float, recall: float, places: int = 0) -> None:
        self.precision, self.recall, self.places_as_authors = precision, recall, places


GATE = {"precision": 0.95, "recall": 0.84, "places_as_authors": 0, "novelty_recall_drop": 0.05}


def novelty_table(written: float, novel: float, precision: float = 0.99) -> dict:
    return {
        ("markdown", "tune", "all", "as written"): Row(0.99, written),
        ("markdown", "tune", "all", "novel"): Row(precision, novel),
        ("markdown", "tune", "german", "novel"): Row(0.5, 0.1),  # per language: not gated
    }


def test_the_gate_passes_a_reader_that_holds_with_new_words() -> None:
    assert bench.novelty_failures(novelty_table(0.96, 0.93), GATE) == []


def test_the_gate_fails_a_reader_that_leans_on_its_word_lists() -> None:
    assert bench.novelty_failures(novelty_table(0.96, 0.90), GATE) == [
        "markdown tune: recall falls 0.060 > 0.05 with new words"
    ]
    assert bench.novelty_failures(novelty_table(0.96, 0.95, precision=0.93), GATE) == [
        "novel words, markdown tune: precision 0.930 < 0.95"
    ]


def test_a_writer_named_like_a_month_leaves_dates_alone() -> None:
    words = bench.NovelWords(truth("Women's March"), ["Women's March, March 20, 2015."], "x")
    renamed = words.text("Women's March, March 20, 2015.")
    assert renamed.endswith("'s March, March 20, 2015.") and not renamed.startswith("Women")
