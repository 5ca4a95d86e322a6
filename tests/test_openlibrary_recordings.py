"""The resolver's candidates, scoring and client on real openlibrary.org answers.

Shared-data tests: the recordings live in ../shared/fixtures/openlibrary (its README gives
each file's provenance) and are never copied here; without them these tests are skipped
with "shared test data not found". The same behaviour is tested on the project's invented
fixtures in test_openlibrary_scoring.py and test_openlibrary_client.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from citecheck.openlibrary.candidates import (
    Candidate,
    candidate_from_work,
    candidates_from_search,
    merge_duplicates,
    title_key,
    with_editions,
    years_in,
)
from citecheck.openlibrary.client import OpenLibraryClient
from citecheck.openlibrary.config import ClientConfig
from citecheck.openlibrary.scoring import Query, decide, ladder, score, year_relation
from tests.openlibrary_server import FakeOpenLibrary, Recordings, shared_recordings

ORWELL = ("George Orwell",)


@pytest.fixture
def recordings() -> Recordings:
    return shared_recordings()


@pytest.fixture
def dune(recordings: Recordings) -> tuple[Candidate, ...]:
    return candidates_from_search(recordings.load("search_fields_dune_herbert.json"))


@pytest.fixture
def time_war(recordings: Recordings) -> tuple[Candidate, ...]:
    return candidates_from_search(recordings.load("search_legacy_all_fields_time_war.json"))


@pytest.fixture
def orwell_works(recordings: Recordings) -> dict[str, dict[str, Any]]:
    entries = recordings.load("authors_OL118077A_works_orwell.json")["entries"]
    return {w["key"]: w for w in entries}


def test_editions_free_text_publish_dates(recordings: Recordings) -> None:
    entries = recordings.load("works_OL15832982W_editions.json")["entries"]
    dates = {e["publish_date"] for e in entries}
    assert {"November 2006", "April 22, 2008", "1996"} <= dates
    years = set().union(*(years_in(d) for d in dates))
    assert min(years) == 1995 and max(years) == 2010 and len(years) == 9


def test_new_shape_search_doc_with_a_cyrillic_author_name(dune) -> None:
    first = dune[0]
    assert first.key == "/works/OL893414W" and first.first_year == 1965
    assert first.authors == ("Frank Herbert", "Френк Герберт")
    assert first.publisher == "Ace" and first.isbn == "9780425043769"
    best = decide(Query(("Herbert",), 1965, "Dune"), dune).best
    assert best is not None and best.found == ("Herbert",) and not best.missing


def test_duplicate_works_are_one_book_not_an_ambiguity(time_war) -> None:
    assert [c.edition_count for c in time_war] == [1, 0]
    (merged,) = merge_duplicates(time_war)
    assert merged.key == "/works/OL20639540W"  # the one with editions
    assert merged.merged == ("/works/OL19859295W",)
    verdict = decide(
        Query(("El-Mohtar", "Gladstone"), 2019, "This is how you lose the time war"), time_war
    )
    assert verdict.status == "confirmed" and verdict.best.relation == "first-edition"
    assert year_relation(2020, merged) == "near"
    assert year_relation(2024, merged) == "later-edition-not-in-OL"


def test_duplicate_works_in_an_authors_list_merge(orwell_works) -> None:
    homage = [
        candidate_from_work(w, authors=ORWELL)
        for w in orwell_works.values()
        if title_key(w["title"]) == "homage to catalonia"
    ]
    assert len(homage) == 2
    assert len(merge_duplicates(homage)) == 1


def test_non_english_work_titles_do_not_match_the_english_title(orwell_works) -> None:
    animal_farm = candidate_from_work(orwell_works["/works/OL23745767W"], authors=ORWELL)
    translations = [
        candidate_from_work(orwell_works[k], authors=ORWELL)
        for k in ("/works/OL42645733W", "/works/OL39300762W", "/works/OL38970585W")
    ]
    assert [t.title for t in translations] == ["Skotskiĭ khutor", "חוות החיות", "Mũgũnda wa nyamũ"]
    query = Query(("Orwell",), None, "Animal Farm")
    assert all(score(query, t).title < 0.5 for t in translations)
    verdict = decide(query, [*translations, animal_farm])
    assert verdict.status == "confirmed" and verdict.best.candidate.key == "/works/OL23745767W"


def test_an_english_edition_title_rescues_a_non_english_work_title(
    recordings, orwell_works
) -> None:
    edition = recordings.load("books_OL31889064M_animal_farm.json")
    candidate = candidate_from_work(orwell_works["/works/OL42645733W"], [edition], authors=ORWELL)
    doc_like = replace(candidate, edition_title=edition["title"])
    assert score(Query(("Orwell",), 2015, "Animal Farm"), doc_like).title == 1.0


def test_animal_farm_first_publish_date_1997_is_never_trusted(recordings) -> None:
    work = recordings.load("works_OL1168007W_animal_farm.json")
    edition = recordings.load("books_OL31889064M_animal_farm.json")
    assert work["first_publish_date"] == "1997"
    bare = candidate_from_work(work, authors=ORWELL)
    assert bare.first_year is None and bare.years == frozenset()
    dated = candidate_from_work(work, [edition], authors=ORWELL)
    assert dated.first_year == 2015 and dated.years == {2015}
    assert year_relation(1997, dated) == "predates-OL-first-edition"


@pytest.mark.parametrize(
    ("query", "status", "problems"),
    [
        (Query(("Herbert",), 1960, "Dune"), "mismatch", ("year",)),
        (Query(("Herbet",), 1965, "Dune"), "mismatch", ("author",)),
        (Query(("Herbert",), 1965, "The Foundation Trilogy"), "unresolved", ()),
        (Query(("Herbert",), 1976), "confirmed", ()),
        (Query(("Herbert",), None), "ambiguous", ()),
    ],
)
def test_verdicts_on_the_recorded_search(dune, query: Query, status: str, problems) -> None:
    verdict = decide(query, dune)
    assert (verdict.status, verdict.problems) == (status, problems)


# --- the loopback server serving the recordings --------------------------------------------


@pytest.fixture
def server(recordings: Recordings) -> Iterator[FakeOpenLibrary]:
    with FakeOpenLibrary(recordings) as fake:
        yield fake


def client_for(server: FakeOpenLibrary, cache: Path) -> OpenLibraryClient:
    return OpenLibraryClient(ClientConfig(base_url=server.url, cache_dir=cache, rate_limit=50.0))


def test_client_reads_the_recorded_search_and_the_zero_hit_cassette(server, tmp_path) -> None:
    client = client_for(server, tmp_path)
    (dune_search, *_) = ladder(Query(("Herbert",), 1965, "Dune"))
    found = client.search(dune_search)
    assert found.ok
    verdict = decide(Query(("Herbert",), 1965, "Dune"), candidates_from_search(found.data))
    assert verdict.status == "confirmed" and verdict.best.candidate.key == "/works/OL893414W"
    (voltaire, *_) = ladder(Query(("Voltaire",), 1759, "Candide"))
    nothing = client.search(voltaire)
    assert nothing.ok and nothing.data["numFound"] == 0 and nothing.data["docs"] == []


def test_client_reads_recorded_editions(server, tmp_path) -> None:
    fetch = client_for(server, tmp_path).get("/works/OL15832982W/editions.json")
    assert fetch.ok
    bare = Candidate(key="/works/OL15832982W", title="Sabriel")
    dated = with_editions(bare, fetch.data["entries"], 2008)
    assert dated.first_year == 1995 and dated.edition_key is not None
