"""`_BRACKET_YEAR` skips the narrative scan of a paragraph only when that scan finds nothing:
every `NARRATIVE_CITATION` match holds a `_BRACKET_YEAR` match."""

from __future__ import annotations

import pytest

from citecheck.extract.citation_patterns import NARRATIVE_CITATION
from citecheck.extract.citations import _BRACKET_YEAR
from tests.shared_data import shared_path


def _each_match_holds_a_bracket_year(text: str) -> int:
    count = 0
    for match in NARRATIVE_CITATION.finditer(text):
        assert _BRACKET_YEAR.search(text, match.start(), match.end()), match.group()
        count += 1
    return count


@pytest.mark.parametrize(
    "text",
    ["Cliff (1974)", "Cliff ( 1974 )", "Cliff\n(\n1965a: 118)", "Binns and Hallas (1976, p20)"],
)
def test_narrative_citations_hold_a_bracket_year(text: str) -> None:
    assert _each_match_holds_a_bracket_year(text) == 1


def test_no_bracket_year_no_narrative_citation() -> None:
    text = "Cliff, 1974 and Harman 2009 (see above)"
    assert _BRACKET_YEAR.search(text) is None
    assert NARRATIVE_CITATION.search(text) is None


def test_the_corpus_narrative_citations_hold_a_bracket_year() -> None:
    corpus = shared_path("corpus")
    texts = [p.read_text("utf-8", "replace") for p in sorted(corpus.rglob("*.md"))]
    assert sum(_each_match_holds_a_bracket_year(text) for text in texts) > 0
