"""Candidates and scoring on the quirks of OpenLibrary's answers, in the project's own
invented fixtures (the real recordings: tests/test_openlibrary_recordings.py)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from citecheck.openlibrary.candidates import (
    candidate_from_work,
    candidates_from_search,
    fold,
    main_title,
    merge_duplicates,
    title_key,
    years_in,
)
from citecheck.openlibrary.scoring import FIELDS, Query, decide, ladder, score, year_relation
from tests.openlibrary_server import PROJECT

load = PROJECT.load
VERRILL = candidates_from_search(load("search_explicit_fields.json"))
LEDGER = candidates_from_search(load("search_legacy_all_fields.json"))
AUTHOR_WORKS = load("author_works.json")["entries"]
AUTHOR = ("Halvard Penhallow",)


def work(key: str) -> dict[str, Any]:
    return next(w for w in AUTHOR_WORKS if w["key"] == key)


# --- normalisation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Trotskiĭ", "trotskii"),
        ("Skotskiĭ khutor", "skotskii khutor"),
        ("Marx & Engels", "marx and engels"),
    ],
)
def test_fold_drops_case_accents_and_punctuation(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_title_key_drops_subtitle_and_leading_article() -> None:
    assert main_title("Gulag: A History") == "Gulag"
    assert title_key("The Unknown Story (2nd ed.)") == "unknown story"
    assert title_key("L'Étranger") == "etranger"
    assert title_key("Theory of Capitalism") == "theory of capitalism"


def test_years_come_from_free_text_publish_dates() -> None:
    entries = load("work_editions.json")["entries"]
    dates = {e["publish_date"] for e in entries}
    assert {"November 2006", "April 22, 2008", "1996"} <= dates
    assert set().union(*(years_in(d) for d in dates)) == {
        1995,
        1996,
        1997,
        1999,
        2001,
        2002,
        2006,
        2008,
        2010,
    }
    assert years_in("12345") == set()


# --- the query ladder --------------------------------------------------------------------


def test_ladder_asks_for_explicit_fields_and_surname_only() -> None:
    steps = ladder(Query(("Chang", "Halliday"), 2007, "Mao: The Unknown Story"))
    first = steps[0]
    assert first["title"] == "mao" and first["author"] == "chang"
    assert first["lang"] == "en" and first["limit"] == "10"
    for needed in ("isbn", "publish_year", "publisher", "publish_date", "first_publish_year"):
        assert needed in first["fields"].split(",")
    assert "author" not in steps[1]  # relaxed author catches misspellings
    assert len(steps) <= 3


def test_ladder_isbn_first_and_author_year_without_title() -> None:
    assert (
        ladder(Query(("Cliff",), 1974, "State Capitalism in Russia", "9780902818057"))[0]["isbn"]
        == "9780902818057"
    )
    (only,) = ladder(Query(("Cliff",), 1974))
    assert only == {**only, "author": "cliff", "q": "publish_year:1974", "fields": FIELDS}
    assert ladder(Query((), None)) == []


# --- candidates from both search shapes ----------------------------------------------------


def test_new_shape_search_doc_with_a_cyrillic_author_name() -> None:
    first = VERRILL[0]
    assert first.key == "/works/OL9000001W" and first.first_year == 1965
    assert first.authors == ("Tomas Verrill", "Томас Веррилл")
    assert first.publisher == "Hollowmere Press" and first.isbn == "9780000000002"
    best = decide(Query(("Verrill",), 1965, "The Salt Cartographer"), VERRILL).best
    assert best is not None and best.found == ("Verrill",) and not best.missing


def test_duplicate_works_are_one_book_not_an_ambiguity() -> None:
    assert [c.edition_count for c in LEDGER] == [1, 0]
    (merged,) = merge_duplicates(LEDGER)
    assert merged.key == "/works/OL9000011W"  # the one with editions
    assert merged.merged == ("/works/OL9000010W",)
    verdict = decide(Query(("Vasquez-Thorne", "Pell"), 2019, "A ledger of small weathers"), LEDGER)
    assert verdict.status == "confirmed" and verdict.best.relation == "first-edition"


def test_duplicate_works_in_an_authors_list_merge() -> None:
    diaries = [
        candidate_from_work(w, authors=AUTHOR)
        for w in AUTHOR_WORKS
        if title_key(w["title"]) == "bell foundry diaries"
    ]
    assert len(diaries) == 2
    assert len(merge_duplicates(diaries)) == 1


def test_non_english_work_titles_do_not_match_the_english_title() -> None:
    english = candidate_from_work(work("/works/OL9000101W"), authors=AUTHOR)
    translations = [
        candidate_from_work(work(k), authors=AUTHOR)
        for k in ("/works/OL9000102W", "/works/OL9000103W", "/works/OL9000104W")
    ]
    assert [t.title for t in translations] == [
        "Zimniĭ khutor",
        "חורף בחוות הבז",
        "Talvi Tuulihaukan tilalla",
    ]
    query = Query(("Penhallow",), None, "Winter at Kestrel Farm")
    assert all(score(query, t).title < 0.5 for t in translations)
    verdict = decide(query, [*translations, english])
    assert verdict.status == "confirmed" and verdict.best.candidate.key == "/works/OL9000101W"


def test_an_english_edition_title_rescues_a_non_english_work_title() -> None:
    # the search `editions` sub-result carries the edition that matched the English query
    edition = load("edition_record.json")
    translated = {**work("/works/OL9000102W")}
    candidate = candidate_from_work(translated, [edition], authors=AUTHOR)
    doc_like = replace(candidate, edition_title=edition["title"])
    assert score(Query(("Penhallow",), 2015, "Winter at Kestrel Farm"), doc_like).title == 1.0


def test_a_hand_entered_first_publish_date_is_never_trusted() -> None:
    record = load("work_record.json")
    edition = load("edition_record.json")
    assert record["first_publish_date"] == "1997"
    bare = candidate_from_work(record, authors=AUTHOR)
    assert bare.first_year is None and bare.years == frozenset()
    dated = candidate_from_work(record, [edition], authors=AUTHOR)
    assert dated.first_year == 2015 and dated.years == {2015}
    assert dated.edition_key is None  # no cited year given, so no edition picked
    assert year_relation(1997, dated) == "predates-OL-first-edition"
    assert year_relation(2015, dated) == "first-edition"


# --- years and authors ---------------------------------------------------------------------


def test_a_later_edition_year_is_fine_and_an_earlier_year_is_a_mismatch() -> None:
    (book,) = merge_duplicates(LEDGER)
    assert year_relation(2020, book) == "near"
    assert year_relation(2024, book) == "later-edition-not-in-OL"
    verdict = decide(Query(("Verrill",), 1960, "The Salt Cartographer"), VERRILL)
    assert verdict.status == "mismatch" and verdict.problems == ("year",)


def test_misspelt_author_is_reported_with_both_spellings() -> None:
    verdict = decide(Query(("Verril",), 1965, "The Salt Cartographer"), VERRILL)
    assert verdict.status == "mismatch" and verdict.problems == ("author",)
    assert verdict.best.spelling == (("Verril", "Verrill"),)


def test_wrong_author_for_a_matching_title_is_a_mismatch() -> None:
    verdict = decide(Query(("Okafor",), 1965, "The Salt Cartographer"), VERRILL)
    assert verdict.status == "mismatch" and verdict.best.missing == ("Okafor",)


def test_unknown_title_is_unresolved() -> None:
    assert decide(Query(("Verrill",), 1965, "The Copper Aviary"), VERRILL).status == "unresolved"
    assert decide(Query(("Verrill",), 1965, "The Salt Cartographer"), []).status == "unresolved"


def test_author_and_year_alone_pick_the_work_of_that_year() -> None:
    verdict = decide(Query(("Verrill",), 1976), VERRILL)
    assert verdict.status == "confirmed"
    assert verdict.best.candidate.title == "Tidewater Atlas"


def test_several_works_by_the_cited_author_are_ambiguous() -> None:
    verdict = decide(Query(("Verrill",), None), VERRILL)
    assert verdict.status == "ambiguous" and len(verdict.rivals) == 2
