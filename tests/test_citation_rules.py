"""Citation and bibliography rules on the sample, on edited copies of it, and via the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from citecheck.bibliography import load_bibliography
from citecheck.cli import main
from citecheck.engine import LintOptions, lint_source
from citecheck.model import Bibliography
from citecheck.readers import read_manuscript
from tests.helpers import ROOT, SAMPLE, source_of
from tests.shared_data import real_document

BIB = ROOT / "bibliography.bib"
DATA = ROOT / "tests" / "data" / "citations"
SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")
BIB_TEXT = BIB.read_text(encoding="utf-8")


def lint(text: str, bibliography: Bibliography | None, *select: str, name: str = "m.txt"):
    options = LintOptions(select=select or ("C", "B"))
    return lint_source(source_of(text, name), options, bibliography=bibliography)


def sample_bib() -> Bibliography:
    return load_bibliography([str(BIB)])


def found(result, rule: str) -> list[dict]:
    return [f.data for f in result.findings if f.rule == rule]


def test_sample_is_clean_but_for_two_formats() -> None:
    result = lint(SAMPLE_TEXT, sample_bib())
    citations = result.manuscript.citations
    assert len(citations) == 50
    assert all(c.note is not None for c in citations)
    assert any(c.note == 7 and c.label == "Adereth, 1986" for c in citations)
    assert found(result, "missing-reference") == []
    assert found(result, "uncited-reference") == []
    assert found(result, "ambiguous-citation") == []
    assert [d["note"] for d in found(result, "citation-format")] == [24, 47]
    suggestions = [f.suggestion for f in result.findings if f.rule == "citation-format"]
    assert suggestions == ["Cliff, 1974, p20", "Harman, 2009, p176"]
    assert result.stats["citations"] == 50 and result.stats["references"] == 31


@pytest.mark.parametrize(
    ("old", "new", "citation", "suggestion"),
    [
        (
            "10 Figures calculated in Cliff, 1974",
            "10 Figures calculated in Cliff, 1975",
            "Cliff, 1975, pp118-119",
            "Cliff, 1974",
        ),
        ("17 Applebaum, 2003", "17 Applebam, 2003", "Applebam, 2003, p7", "Applebaum, 2003"),
    ],
)
def test_edited_citation_is_missing_with_a_suggestion(
    old: str, new: str, citation: str, suggestion: str
) -> None:
    assert old in SAMPLE_TEXT
    result = lint(SAMPLE_TEXT.replace(old, new), sample_bib())
    (data,) = found(result, "missing-reference")
    assert data["citation"] == citation and data["suggestion"] == suggestion


def test_deleting_an_entry_makes_its_citation_missing(tmp_path: Path) -> None:
    bib = re.sub(r"@misc\{lenin1965b,.*?\n\}\n", "", BIB_TEXT, flags=re.S)
    assert "lenin1965b" not in bib
    path = tmp_path / "b.bib"
    path.write_text(bib, encoding="utf-8")
    result = lint(SAMPLE_TEXT, load_bibliography([str(path)]))
    assert [(d["note"], d["suggestion"]) for d in found(result, "missing-reference")] == [
        (38, "Lenin, 1965a")
    ]


def test_second_unsuffixed_entry_makes_the_citation_ambiguous(tmp_path: Path) -> None:
    text = "Text.1\n\n1 Lenin, 1965.\n"
    one = tmp_path / "one.bib"
    one.write_text("@book{lenin1965, author = {Lenin}, year = 1965}\n", encoding="utf-8")
    two = tmp_path / "two.bib"
    two.write_text(
        one.read_text(encoding="utf-8") + "@book{leninnep, author = {Lenin}, year = 1965}\n",
        encoding="utf-8",
    )
    assert found(lint(text, load_bibliography([str(one)])), "ambiguous-citation") == []
    (data,) = found(lint(text, load_bibliography([str(two)])), "ambiguous-citation")
    assert data["candidates"] == ["lenin1965", "leninnep"]


def test_uncited_reference_is_located_in_the_bib(tmp_path: Path) -> None:
    path = tmp_path / "x.bib"
    path.write_text(
        "@book{cliff1974, author = {Cliff, Tony}, year = 1974}\n\n"
        "@book{orr2015, author = {Orr, Judith}, year = 2015}\n",
        encoding="utf-8",
    )
    result = lint("Text.1\n\n1 Cliff, 1974.\n", load_bibliography([str(path)]))
    (finding,) = [f for f in result.findings if f.rule == "uncited-reference"]
    assert finding.data["key"] == "orr2015"
    assert finding.path == str(path) and finding.location.line == 3


def test_no_bibliography_means_no_matching_rules_and_one_no_bibliography_finding() -> None:
    # Nothing to match against: no C101/C103, but never silent (issue 12): one B103.
    result = lint(SAMPLE_TEXT, None)
    assert {f.rule for f in result.findings} == {"citation-format", "no-bibliography"}


def test_reference_list_stands_in_for_the_bibliography() -> None:
    text = (DATA / "reflist.txt").read_text(encoding="utf-8")
    result = lint(text, None)
    assert found(result, "missing-reference") == []
    uncited = [f for f in result.findings if f.rule == "uncited-reference"]
    assert [f.data["key"] for f in uncited] == ["orr2015"]
    assert result.manuscript.source.text[uncited[0].span.start :].startswith("Orr, Judith")
    assert uncited[0].path is None  # in the manuscript: located by span
    missing = lint(text.replace("1 Cliff, 1974", "1 Cliff, 1975"), None)
    assert [d["suggestion"] for d in found(missing, "missing-reference")] == ["Cliff, 1974"]


def test_citation_format_needs_a_dominant_form() -> None:
    few = "Text.1 More.2\n\n1 Cliff, 1974, p7.\n\n2 Harman 2009, p176.\n"
    assert found(lint(few, None), "citation-format") == []
    text = "".join(f"{n} Cliff, 1974, p. {n}.\n\n" for n in range(1, 5)) + "5 Cliff, 1974, p5.\n"
    (data,) = found(lint("Body.\n\n" + text, None), "citation-format")
    assert data["note"] == 5 and data["differs"] == ["page_mark"]


def test_places_and_years_in_the_body_are_neither_missing_nor_a_format(tmp_path: Path) -> None:
    bib = tmp_path / "x.bib"
    bib.write_text("@book{cliff1974, author = {Cliff, Tony}, year = 1974}\n", encoding="utf-8")
    text = (
        "Hungary, 1956\n\nPetrograd, 1917. Moscow, 1918. In Britain, 1926 saw a general "
        "strike.1 Then USSR, 1991.2 And Berlin, 1953.3\n\n"
        "1 Cliff 1974, p7.\n\n2 Cliff 1974, p8.\n\n3 Cliff 1974, p9.\n"
    )
    result = lint(text, load_bibliography([str(bib)]))
    assert [c.note for c in result.manuscript.citations] == [1, 2, 3]
    assert found(result, "missing-reference") == []
    assert found(result, "citation-format") == []


def test_pandoc_keys_are_matched_by_key(tmp_path: Path) -> None:
    bib = tmp_path / "p.bib"
    bib.write_text(
        "@book{item1, author = {Doe, John}, year = 2005}\n"
        "@book{item2, author = {Doe, John}, year = 2006}\n",
        encoding="utf-8",
    )
    text = "Blah [@item1; @nonexistent] and [see @item2 p. 3].\n"
    result = lint(text, load_bibliography([str(bib)]), name="m.md")
    assert [d["citation"] for d in found(result, "missing-reference")] == ["@nonexistent"]
    assert found(result, "uncited-reference") == []


def test_keys_in_code_comments_and_links_are_not_missing(tmp_path: Path) -> None:
    bib = tmp_path / "p.bib"
    bib.write_text("@book{item1, author = {Doe, John}, year = 2005}\n", encoding="utf-8")
    text = (
        "Cite with `[@key]`, as in [@item1].\n\n<!-- [@old] -->\n\n"
        "Follow [me](https://x.org/@user).\n\n```\n[@fenced]\n```\n"
    )
    result = lint(text, load_bibliography([str(bib)]), name="m.md")
    assert found(result, "missing-reference") == []
    latex = "Write \\verb|\\cite{key}|, $\\cite{math}$ and \\cite{item1}.\n"
    result = lint(latex, load_bibliography([str(bib)]), name="m.tex")
    assert found(result, "missing-reference") == []


@pytest.mark.parametrize("name", ["mendeley_citations.docx", "zotero_citations.docx"])
def test_docx_reference_lists_match_their_citations(name: str) -> None:
    path = real_document("pandoc-docx", name)
    result = lint_source(read_manuscript(path), LintOptions(select=("C",)))
    assert len(result.manuscript.references_in_text) == (4 if "mendeley" in name else 3)
    assert [f.code for f in result.findings] == []


def test_bib_problems_become_findings_in_the_bib_file() -> None:
    result = lint(SAMPLE_TEXT, load_bibliography([str(DATA / "broken.bib")]), "B")
    located = [(f.rule, f.location.line) for f in result.findings]
    assert ("duplicate-reference", 7) in located
    assert ("bib-syntax", 15) in located and ("bib-syntax", 20) in located
    assert all(f.path == str(DATA / "broken.bib") for f in result.findings)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_broken_bib_exits_one_with_located_findings(capsys) -> None:
    code, out, err = run(
        [
            "lint",
            str(SAMPLE),
            "--bib",
            str(DATA / "broken.bib"),
            "--select",
            "B",
            "--format",
            "json",
        ],
        capsys,
    )
    assert code == 1 and "Traceback" not in err
    findings = json.loads(out)["files"][0]["findings"]
    assert {(f["code"], f["path"]) for f in findings} == {
        ("B101", str(DATA / "broken.bib")),
        ("B102", str(DATA / "broken.bib")),
    }


@pytest.mark.parametrize("bib", ["does-not-exist.bib", "."])
def test_cli_unreadable_bib_exits_two(capsys, bib: str) -> None:
    code, out, err = run(["lint", str(SAMPLE), "--bib", bib], capsys)
    assert code == 2 and out == ""
    assert err.startswith("citecheck: error:") and "Traceback" not in err


def test_cli_sample_json_stats(capsys) -> None:
    code, out, _ = run(
        ["lint", str(SAMPLE), "--bib", str(BIB), "--select", "C", "--format", "json"], capsys
    )
    assert code == 0  # citation-format is a warning; the default threshold is error
    file = json.loads(out)["files"][0]
    assert file["stats"]["citations"] == 50 and file["stats"]["references"] == 31
    assert sorted(f["code"] for f in file["findings"]) == ["C104", "C104"]
