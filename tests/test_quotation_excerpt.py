"""A finding's excerpt of a quotation is cut from a window of it, not from the whole
quotation: the same words as collapsing all of it, at a cost that does not grow with it."""

from __future__ import annotations

import pytest

from citecheck.model import Span
from citecheck.rules.quotations import EXCERPT, excerpt


def whole(text: str, span: Span, *, tail: bool = False) -> str:
    words = " ".join(span.slice(text).split())
    if len(words) <= EXCERPT:
        return words
    return "…" + words[-EXCERPT:].lstrip() if tail else words[:EXCERPT].rstrip() + "…"


TEXTS = [
    "short quote",
    "word " * 200,
    "  lead\n\n  " + "x" * 39 + " " * 500 + "tail end",
    " " * 1_000 + "only words at the far end of a very long run of spaces",
    "words at the start of a long run of spaces" + " " * 1_000,
    ("a" * 39 + " ") * 3,
    "\t".join(["tab"] * 100),
    "exactly forty characters of plain text ab",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("tail", [False, True])
def test_the_excerpt_is_that_of_the_whole_quotation(text: str, tail: bool) -> None:
    span = Span(0, len(text))
    assert excerpt(text, span, tail=tail) == whole(text, span, tail=tail)


def test_a_span_inside_a_longer_text_is_cut_from_its_own_characters() -> None:
    text = "before " * 50 + "the quoted words themselves, long enough to cut" + " after" * 50
    start = text.index("the quoted")
    span = Span(start, start + len("the quoted words themselves, long enough to cut"))
    assert excerpt(text, span) == "the quoted words themselves, long enough…"
    assert excerpt(text, span, tail=True) == "…ted words themselves, long enough to cut"
    assert "before" not in excerpt(text, span) + excerpt(text, span, tail=True)
