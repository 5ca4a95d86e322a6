"""A Word file with typed notes gives the findings of its plain text (issue 15).

For a sample of Platypus articles (../shared), the Word file an author would type (raised
marker numbers, a typed "Notes" list) is built with python-docx from the plain-text
rendering and its exact marker offsets, clean and with each seeded defect, and linted with
every default rule. The findings (code and message; the places differ) must be those of
the plain text. One difference is allowed, and checked: for two swapped markers both
readings report N104 about the pair, but may name different ones of the two (the plain-text
decoder weighs its candidates, the raised numbers are all certain).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.accuracy_harness.docx_variants import docx_of, reading_of
from bench.accuracy_harness.render import make_parser, render_article
from bench.accuracy_harness.seeds import choose_targets, seed
from bench.accuracy_harness.truth import compose
from tests.shared_data import shared_path

# Every 30th article in name order (front matter only: SOURCE.md is no article).
SAMPLE_STEP = 30


def _articles() -> list[Path]:
    folder = shared_path("corpus", "platypus")
    paths = [p for p in sorted(folder.glob("*.md")) if p.read_text().startswith("---")]
    return paths


@pytest.mark.parametrize("position", range(0, 108, SAMPLE_STEP))
@pytest.mark.parametrize(("style", "variant"), [("direct", "plain"), ("style", "plain")])
def test_docx_findings_are_those_of_the_plain_text(position: int, style: str, variant: str) -> None:
    paths = _articles()
    if position >= len(paths):
        pytest.skip("fewer articles in the corpus")  # pragma: no cover
    document = compose(render_article(paths[position].read_text(), make_parser()), variant)
    targets = choose_targets(document, position)
    cases = [("clean", document, frozenset[int]())]
    for kind, number in targets.items():
        seeded = seed(document, kind, number)
        cases.append((kind, seeded.document, seeded.expectation.notes))
    for kind, each, notes in cases:
        text_reading, as_text = reading_of("article.txt", each.text.encode("utf-8"))
        docx_reading, as_docx = reading_of("article.docx", docx_of(each, style))
        assert docx_reading.markers == tuple((m.number, m.offset) for m in each.markers), kind
        assert docx_reading.notes == text_reading.notes, kind
        if kind == "markers_swapped":
            swap_text = [f for f in as_text if f[0] == "N104"]
            swap_docx = [f for f in as_docx if f[0] == "N104"]
            assert len(swap_text) == len(swap_docx) == 1, (swap_text, swap_docx)
            named = {f[1] for f in docx_reading.findings if f[0] == "N104"}
            assert named <= notes
            as_text = [f for f in as_text if f[0] != "N104"]
            as_docx = [f for f in as_docx if f[0] != "N104"]
        assert as_docx == as_text, kind
