"""The full-form bench (bench/note_full_form_variants.py): what its shapes write, what its
works-cited list holds, and that every English shape it measures, written for an invented
work, is read whole in a manuscript of its own; its negatives give no writer."""

from __future__ import annotations

import sys

import pytest

from tests.helpers import ROOT
from tests.note_tables import last_note_readings, surnames_read
from tests.shared_data import shared_path

sys.path.insert(0, str(ROOT / "bench"))

import note_full_form_variants as bench
from note_seeding import Work
from note_short_form_variants import Cited

PIKE = Work(("Pike",), "Salt Roads of the North", 1999, ("1",))
HALE = Work(("Hale",), "The Canal Years", 1988, ("2",))


def full(work: Work, given: str) -> bench.Full:
    cited = Cited(work, work.authors[0], given, work.title, quoted=False)
    en, de, el = (bench.IMPRINTS[language][0] for language in ("en", "de", "el"))
    return bench.Full(cited, en, de, el)


JOAN = full(PIKE, "Joan A.")
TOM = full(HALE, "Tom")
ENGLISH = [name for name in bench.SHAPES if bench._language(name) == "en"]


def test_the_parts_a_shape_takes() -> None:
    assert JOAN.initials == "J. A."
    assert JOAN.given_stop == "Joan A."  # one stop after an initial
    assert TOM.given_stop == "Tom."
    assert full(Work(("Pike",), "Why Strike?", 1999, ()), "Joan").book_stop() == "*Why Strike?*"
    assert JOAN.quoted() == "“Salt Roads of the North,”"
    assert JOAN.imprint("de") == "Frankfurt am Main: Suhrkamp, 1999"


@pytest.mark.parametrize("shape", list(bench.SHAPES))
def test_every_shape_names_the_work(shape: str) -> None:
    note = bench.SHAPES[shape](JOAN, TOM)
    assert note is not None and "Pike" in note and "Salt Roads of the North" in note
    assert str(PIKE.year) in note


def test_two_work_shapes_need_another_work() -> None:
    assert bench.SHAPES["two works parted by ;"](JOAN, None) is None
    assert bench.SHAPES["two works, this one second"](JOAN, None) is None


def test_the_invented_co_authors_join_the_works_entry_only() -> None:
    truth = {
        "notes": [
            {"label": "1", "citations": [_truth("Pike", "Salt Roads of the North", 1999)]},
            {"label": "2", "citations": [_truth("Hale", "The Canal Years", 1988)]},
        ]
    }
    works = bench.listed(truth, JOAN, 2)
    assert [w.authors for w in works] == [("Pike", "Quill", "Varga"), ("Hale",)]
    assert [w.authors for w in bench.listed(truth, JOAN, 0)] == [("Pike",), ("Hale",)]


def _truth(surname: str, title: str, year: int) -> dict:
    return {"form": "full", "authors": [surname], "title": title, "year": year, "text": ""}


@pytest.mark.parametrize("shape", ENGLISH)
@pytest.mark.parametrize("web", [False, True], ids=["markdown", "web"])
def test_every_english_shape_is_read_whole(shape: str, web: bool) -> None:
    note = bench.SHAPES[shape](JOAN, TOM)
    assert note is not None
    if web:
        note = note.replace("*", "")
    readings = last_note_readings([note])
    assert ("full", ("Pike",)) in [(form, names[:1]) for form, names, _, _ in readings]
    pike = next(r for r in readings if r[1][:1] == ("Pike",))
    assert pike[3] == "1999" or pike[2].startswith("Salt Roads")


@pytest.mark.parametrize("negative", list(bench.NEGATIVES))
def test_the_negatives_name_no_writer(negative: str) -> None:
    note = bench.NEGATIVES[negative](JOAN)
    if "place and a year" in negative or "publisher and a year" in negative:
        # "London, 1999." alone is author-year by its shape (`citations.py`): the bench
        # counts it; a writer shown ("Joan A. Pike") is what this table pins
        assert "Pike" not in surnames_read(note)
    else:
        assert surnames_read(note) == set()


def test_one_article_is_measured() -> None:
    shared_path("corpus", "platypus")
    name = next(p.name for p in sorted(bench.TRUTH.glob("*.json")) if bench.half(p.name) == "tune")
    only = ("Chicago book, 41.", "a quantity")
    tally, negatives, _, works = bench.measure_article((name, 1, False, only))
    assert works <= 1
    assert set(tally) <= {(only[0], "markdown"), (only[0], "web")}
    for row in (*tally.values(), *negatives.values()):
        assert row["cases"] == works  # one case per work and rendering
        assert all(row[c] <= row["cases"] for c in row)
