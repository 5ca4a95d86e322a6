"""`links` looks for links only in spans that can hold one; it finds what a search of every
span finds. `split_sentences` keeps abbreviations inside sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extract.sentences import EMAIL, LINK, links, split_sentences
from citecheck.model import Span


def _every_span(text: str, spans: list[Span]) -> list[Span]:
    found: list[Span] = []
    for span in spans:
        found.extend(Span(*m.span()) for m in LINK.finditer(text, span.start, span.end))
        found.extend(Span(*m.span()) for m in EMAIL.finditer(text, span.start, span.end))
    return found


@pytest.mark.parametrize(
    "text",
    [
        "See HTTPS://Example.org/2019/10 now.",
        "At WwW.example.org/a5 and doi: 10.1000/182.",
        "DOI:10.1/x or 10.1000/182, mail business@pglaf.org",
        "No link in 1991. And/or none.",
    ],
)
def test_links_are_found_in_any_case(text: str) -> None:
    spans = [Span(0, len(text))]
    assert links(text, spans) == _every_span(text, spans)


_PIECES = st.sampled_from(
    ["http", "s", "://", "www", "WWW", ".", "doi", ":", "10", "1000", "/", "@", "a", "org", " "]
)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(_PIECES, max_size=16).map("".join), st.integers(0, 8))
def test_links_finds_what_a_search_of_every_span_finds(text: str, cut: int) -> None:
    cut = min(cut, len(text))
    spans = [Span(0, cut), Span(cut, len(text))]
    assert links(text, spans) == _every_span(text, spans)


def test_sentences_split_after_a_word_but_not_after_an_abbreviation() -> None:
    text = "See pp. 4 and e.g. this. 1917 came. “Then” it ended."
    found = [s.slice(text) for s in split_sentences(text, Span(0, len(text)))]
    assert found == ["See pp. 4 and e.g. this.", "1917 came.", "“Then” it ended."]
