"""Project Gutenberg #16351 in its two editions, text and HTML, read by two different
readers (the plain-text marker decoder with its notes after paragraphs, and the page's
anchors): they must give the same markers, the same notes and the same findings (issue 15).
The hand counts of each edition are in test_book_parts.py and test_html_gutenberg.py."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

import pytest

from citecheck.engine import LintOptions, lint_source
from citecheck.extract import build_manuscript
from citecheck.model import Manuscript
from citecheck.readers import read_manuscript
from tests.shared_data import shared_path

EDITIONS = ("16351.txt", "16351-h.htm")
# Gutenberg's text edition marks italics with underscores, the HTML with <i>.
ITALICS = re.compile(r"_(?P<words>[^_\n]+)_")
# The HTML edition curls its quotes; the text edition keeps them straight.
STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


@pytest.fixture(scope="module")
def sources() -> dict[str, Manuscript]:
    return {
        name: build_manuscript(read_manuscript(shared_path("corpus", "gutenberg-16351", name)))
        for name in EDITIONS
    }


def opening(source: Manuscript, span) -> str:
    words = ITALICS.sub(r"\g<words>", span.slice(source.text)).translate(STRAIGHT).split()
    return " ".join(words[:8])


def test_both_editions_give_the_same_markers_and_notes(sources):
    text, page = (sources[name] for name in EDITIONS)
    assert (
        [m.number for m in text.markers] == [m.number for m in page.markers] == list(range(1, 16))
    )
    assert [n.number for n in text.notes] == [n.number for n in page.notes] == list(range(1, 16))
    # The same words open each note; the text edition spells some signs out
    # ("[over-dot]c" for "ċ"), so the openings are alike, not equal.
    for ours, theirs in zip(text.notes, page.notes, strict=True):
        pair = opening(text, ours.text_span), opening(page, theirs.text_span)
        assert SequenceMatcher(None, *pair).ratio() > 0.8, pair


def test_both_editions_give_the_same_findings_and_no_footnote_finding(sources):
    found = {}
    for name, source in sources.items():
        result = lint_source(source.source, LintOptions())
        found[name] = sorted((f.code, f.message) for f in result.findings)
        assert not [code for code, _ in found[name] if code.startswith("N")], name
    assert found[EDITIONS[0]] == found[EDITIONS[1]]
