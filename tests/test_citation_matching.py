"""One notion of the references citations are matched against, and one matching per file.

The rules (C101-C103), the HTML report's bibliography table and the OpenLibrary resolver
all use `usable_references`: the .bib entries when a .bib was given, else the manuscript's
own reference list. The matching itself is computed once and shared.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.bibliography import load_bibliography, matching, usable_references
from citecheck.engine import LintOptions, lint_source
from citecheck.openlibrary.resolver import cited_works, references
from citecheck.reporters.html_model import build_view
from tests.helpers import source_of

# Smith is only in the manuscript's own list; a .bib, when given, replaces that list.
TEXT = (
    "A short essay.\n\nThe state ruled.1 Smith agreed.2\n\n"
    "1 Cliff, 1974, p7.\n\n2 Smith, 2001.\n\n"
    "References\n\nCliff, Tony, 1974, State Capitalism in Russia (Pluto).\n"
    "Smith, John, 2001, A Book (Pluto).\n"
)


@pytest.fixture
def bib(tmp_path: Path) -> str:
    path = tmp_path / "refs.bib"
    path.write_text(
        "@book{cliff1974, author = {Cliff, Tony}, title = {State Capitalism}, year = 1974}\n",
        encoding="utf-8",
    )
    return str(path)


def lint(bib: str | None, *select: str):
    bibliography = load_bibliography([bib]) if bib else None
    options = LintOptions(select=select or ("C101", "C102", "C103"))
    return lint_source(source_of(TEXT), options, bibliography=bibliography)


def test_with_a_bib_the_report_and_the_rules_agree_on_a_missing_entry(bib: str) -> None:
    result = lint(bib)
    missing = [f.data["citation"] for f in result.findings if f.rule == "missing-reference"]
    assert missing == ["Smith, 2001"]
    view = build_view(result)
    assert [row.label for row in view.references] == ["Cliff, 1974"]
    assert [(u.label, u.status) for u in view.unmatched] == [("Smith, 2001", "missing")]


def test_without_a_bib_the_manuscripts_list_is_used_everywhere() -> None:
    result = lint(None)
    assert [f.code for f in result.findings] == []
    view = build_view(result)
    assert sorted(row.label for row in view.references) == ["Cliff, 1974", "Smith, 2001"]
    assert view.unmatched == ()


def test_resolver_looks_works_up_in_the_usable_references(bib: str) -> None:
    with_bib = lint(bib).manuscript
    assert references(with_bib) == usable_references(with_bib)
    assert [r.key for r in references(with_bib)] == ["cliff1974"]
    works = {w.label: w.reference_key for w in cited_works(with_bib)}
    assert works == {"Cliff, 1974": "cliff1974", "Smith, 2001": None}
    without = lint(None).manuscript
    assert [r.key for r in references(without)] == ["cliff1974", "smith2001"]


def test_matching_is_computed_once_per_file(bib: str, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[int] = []

    class CountingIndex(matching.ReferenceIndex):
        def __init__(self, refs) -> None:
            built.append(len(refs))
            super().__init__(refs)

    monkeypatch.setattr(matching, "ReferenceIndex", CountingIndex)
    # The .bib's path is this test's own, so no earlier test has matched these references.
    result = lint(bib, "C")
    build_view(result)
    assert built == [1]  # C101, C102, C103 and the HTML table share one matching


def test_manuscript_is_hashable(bib: str) -> None:
    manuscript = lint(bib).manuscript
    assert hash(manuscript) == hash(lint(bib).manuscript)
