"""Candidates and scoring on the recorded responses' real quirks."""

from __future__ import annotations

import json
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
from tests.openlibrary_server import DATA


def load(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


DUNE = candidates_from_search(load("search_fields_dune_herbert.json"))
TIME_WAR = candidates_from_search(load("search_legacy_all_fields_time_war.json"))
ORWELL_WORKS = load("authors_OL118077A_works_orwell.json")["entries"]


def orwell(key: str) -> dict[str, Any]:
    return next(w for w in ORWELL_WORKS if w["key"] == key)


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
    entries = load("works_OL15832982W_editions.json")["entries"]
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
    dune = DUNE[0]
    assert dune.key == "/works/OL893414W" and dune.first_year == 1965
    assert dune.authors == ("Frank Herbert", "Френк Герберт")
    assert dune.publisher == "Ace" and dune.isbn == "9780425043769"
    best = decide(Query(("Herbert",), 1965, "Dune"), DUNE).best
    assert best is not None and best.found == ("Herbert",) and not best.missing


def test_duplicate_works_are_one_book_not_an_ambiguity() -> None:
    assert [c.edition_count for c in TIME_WAR] == [1, 0]
    (merged,) = merge_duplicates(TIME_WAR)
    assert merged.key == "/works/OL20639540W"  # the one with editions
    assert merged.merged == ("/works/OL19859295W",)
    verdict = decide(
        Query(("El-Mohtar", "Gladstone"), 2019, "This is how you lose the time war"), TIME_WAR
    )
    assert verdict.status == "confirmed" and verdict.best.relation == "first-edition"


def test_duplicate_works_in_an_authors_list_merge() -> None:
    homage = [
        candidate_from_work(w, authors=("George Orwell",))
        for w in ORWELL_WORKS
        if title_key(w["title"]) == "homage to catalonia"
    ]
    assert len(homage) == 2
    assert len(merge_duplicates(homage)) == 1


def test_non_english_work_titles_do_not_match_the_english_title() -> None:
    animal_farm = candidate_from_work(orwell("/works/OL23745767W"), authors=("George Orwell",))
    translations = [
        candidate_from_work(orwell(k), authors=("George Orwell",))
        for k in ("/works/OL42645733W", "/works/OL39300762W", "/works/OL38970585W")
    ]
    assert [t.title for t in translations] == ["Skotskiĭ khutor", "חוות החיות", "Mũgũnda wa nyamũ"]
    query = Query(("Orwell",), None, "Animal Farm")
    assert all(score(query, t).title < 0.5 for t in translations)
    verdict = decide(query, [*translations, animal_farm])
    assert verdict.status == "confirmed" and verdict.best.candidate.key == "/works/OL23745767W"


def test_an_english_edition_title_rescues_a_non_english_work_title() -> None:
    # the search `editions` sub-result carries the edition that matched the English query
    edition = load("books_OL31889064M_animal_farm.json")
    work = {**orwell("/works/OL42645733W")}
    candidate = candidate_from_work(work, [edition], authors=("George Orwell",))
    doc_like = replace(candidate, edition_title=edition["title"])
    assert score(Query(("Orwell",), 2015, "Animal Farm"), doc_like).title == 1.0


def test_animal_farm_first_publish_date_1997_is_never_trusted() -> None:
    work = load("works_OL1168007W_animal_farm.json")
    edition = load("books_OL31889064M_animal_farm.json")
    assert work["first_publish_date"] == "1997"
    bare = candidate_from_work(work, authors=("George Orwell",))
    assert bare.first_year is None and bare.years == frozenset()
    dated = candidate_from_work(work, [edition], authors=("George Orwell",))
    assert dated.first_year == 2015 and dated.years == {2015}
    assert dated.edition_key is None  # no cited year given, so no edition picked
    assert year_relation(1997, dated) == "predates-OL-first-edition"
    assert year_relation(2015, dated) == "first-edition"


# --- years and authors ---------------------------------------------------------------------


def test_a_later_edition_year_is_fine_and_an_earlier_year_is_a_mismatch() -> None:
    (book,) = merge_duplicates(TIME_WAR)
    assert year_relation(2020, book) == "near"
    assert year_relation(2024, book) == "later-edition-not-in-OL"
    verdict = decide(Query(("Herbert",), 1960, "Dune"), DUNE)
    assert verdict.status == "mismatch" and verdict.problems == ("year",)


def test_misspelt_author_is_reported_with_both_spellings() -> None:
    verdict = decide(Query(("Herbet",), 1965, "Dune"), DUNE)
    assert verdict.status == "mismatch" and verdict.problems == ("author",)
    assert verdict.best.spelling == (("Herbet", "Herbert"),)


def test_wrong_author_for_a_matching_title_is_a_mismatch() -> None:
    verdict = decide(Query(("Asimov",), 1965, "Dune"), DUNE)
    assert verdict.status == "mismatch" and verdict.best.missing == ("Asimov",)


def test_unknown_title_is_unresolved() -> None:
    assert decide(Query(("Herbert",), 1965, "The Foundation Trilogy"), DUNE).status == "unresolved"
    assert decide(Query(("Herbert",), 1965, "Dune"), []).status == "unresolved"


def test_author_and_year_alone_pick_the_work_of_that_year() -> None:
    verdict = decide(Query(("Herbert",), 1976), DUNE)
    assert verdict.status == "confirmed"
    assert verdict.best.candidate.title == "Children of Dune"


def test_several_works_by_the_cited_author_are_ambiguous() -> None:
    verdict = decide(Query(("Herbert",), None), DUNE)
    assert verdict.status == "ambiguous" and len(verdict.rivals) == 2
