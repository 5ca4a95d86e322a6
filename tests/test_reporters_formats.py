"""Every output format, rendered from one fixed result and compared with its golden file.

Regenerate the goldens after an intended change with
`CITECHECK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_reporters_formats.py`, then read the diff.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.reporters import REPORTERS, get_reporter
from citecheck.reporters.github import escape_data, escape_property
from citecheck.reporters.sarif import artifact_uri
from tests.golden.fixed_result import MANUSCRIPT, fixed_result
from tests.helpers import ROOT, SAMPLE
from tests.sarif_check import SCHEMA_PARTS, sarif_problems, schema_problems, structure_problems
from tests.shared_data import shared_path

GOLDEN = ROOT / "tests" / "golden"
GOLDEN_FILES = {
    "text": "result.text.txt",
    "json": "result.json",
    "github": "result.github.txt",
    "sarif": "result.sarif.json",
}


@pytest.mark.parametrize("name", sorted(GOLDEN_FILES))
def test_format_matches_its_golden_file(name: str) -> None:
    rendered = get_reporter(name)(fixed_result())
    golden = GOLDEN / GOLDEN_FILES[name]
    if os.environ.get("CITECHECK_UPDATE_GOLDEN"):
        golden.write_text(rendered, encoding="utf-8", newline="")
    # Bytes, not read_text: the CR in the fixed result must survive the comparison.
    assert rendered == golden.read_bytes().decode("utf-8"), f"regenerate {golden.name}?"


def test_every_registered_format_has_a_golden_file() -> None:
    # html writes a file of its own and has its own tests; every text format has a golden.
    assert set(REPORTERS) - {"html"} <= set(GOLDEN_FILES)


# --- github ---------------------------------------------------------------------------


def test_github_escapes_percent_cr_and_lf_in_messages() -> None:
    assert escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    # % first, or the escapes themselves would be escaped again
    assert escape_data("%0A") == "%250A"


def test_github_escapes_comma_and_colon_in_properties() -> None:
    assert escape_property("a, b: c%\n") == "a%2C b%3A c%25%0A"


def test_github_annotations_are_one_line_each_with_levels() -> None:
    lines = get_reporter("github")(fixed_result()).splitlines()
    annotations = [line for line in lines if line.startswith("::")]
    assert len(annotations) == 4
    assert [line.split(" ", 1)[0] for line in annotations] == [
        "::error",
        "::warning",
        "::notice",
        "::error",
    ]
    warning = annotations[1]
    assert "file=drafts/chapter 1%2C v2%3A final.txt,line=282,col=1," in warning
    assert "title=N105 incomplete-note::" in warning
    assert "%0D%0Afinish the sentence; 100%25 of readers" in warning
    assert "%0ASuggestion: finish the note" in warning
    # the foreign finding names its own file
    assert annotations[3].startswith("::error file=refs/library.bib,line=7,col=3,")


# --- sarif ----------------------------------------------------------------------------


def _sarif(result=None) -> dict:
    return json.loads(get_reporter("sarif")(result or fixed_result()))


def test_sarif_validates_against_the_2_1_0_schema() -> None:
    schema = json.loads(shared_path(*SCHEMA_PARTS).read_text(encoding="utf-8"))
    assert schema_problems(_sarif(), schema) == []


def test_sarif_has_the_structure_2_1_0_requires() -> None:
    assert structure_problems(_sarif()) == []


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        (("version",), "2.0.0", "$.version"),
        (("runs", 0, "tool", "driver", "name"), None, ".tool.driver.name"),
        (("runs", 0, "results", 1, "level"), "warn", "results[1].level"),
        (("runs", 0, "results", 0, "ruleIndex"), 3, "results[0].ruleIndex"),
        (("runs", 0, "results", 0, "message"), {}, "results[0].message.text"),
        (
            ("runs", 0, "results", 0, "locations", 0, "physicalLocation", "region", "startLine"),
            0,
            ".region.startLine",
        ),
    ],
)
def test_sarif_structure_check_names_what_is_wrong(path: tuple, value, problem: str) -> None:
    document = _sarif()
    *parents, last = path
    target = document
    for key in parents:
        target = target[key]
    target[last] = value
    problems = structure_problems(document)
    assert len(problems) == 1 and problem in problems[0], problems


def test_sarif_rules_carry_their_documentation() -> None:
    run = _sarif()["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == ["N101", "N103", "N105", "N106"]
    missing = rules[0]
    assert missing["name"] == "missing-note"
    assert missing["shortDescription"]["text"] == "A marker in the text has no note."
    for part in ("What it does", "Why it matters", "Example", "Fix"):
        assert part in missing["fullDescription"]["text"]
        assert part in missing["help"]["text"]
    assert missing["defaultConfiguration"]["level"] == "error"


def test_sarif_results_have_locations_levels_and_rule_indexes() -> None:
    run = _sarif()["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert [r["level"] for r in results] == ["error", "warning", "note", "error"]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    first = results[0]["locations"][0]["physicalLocation"]
    assert first["artifactLocation"]["uri"] == "drafts/chapter%201%2C%20v2%3A%20final.txt"
    assert first["region"] == {"startLine": 11, "startColumn": 589, "endLine": 11, "endColumn": 590}
    related = results[2]["relatedLocations"][0]
    assert related["message"]["text"] == "note 21 says the same here"
    assert related["physicalLocation"]["region"]["startLine"] == 264
    assert results[3]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "refs/library.bib"
    )
    assert run["columnKind"] == "unicodeCodePoints"


def test_sarif_uris_are_relative_or_file_uris() -> None:
    # ':' is escaped too, or "a:b.txt" would read as a URI with the scheme "a".
    assert artifact_uri("a:b.txt") == "a%3Ab.txt"
    assert artifact_uri(MANUSCRIPT) == "drafts/chapter%201%2C%20v2%3A%20final.txt"
    assert artifact_uri("/srv/ms/a b.txt") == "file:///srv/ms/a%20b.txt"


def test_sarif_of_the_sample_validates(tmp_path: Path, capsys) -> None:
    # A real run, not only the hand-built result: the suppression rules' docs included.
    out = tmp_path / "sample.sarif"
    assert main(["lint", str(SAMPLE), "--format", "sarif", "--output-file", str(out)]) == 1
    document = json.loads(out.read_text(encoding="utf-8"))
    assert sarif_problems(document) == []  # with the schema when ../shared is there
    assert document["runs"][0]["results"], "the sample has findings"


def test_ci_sample_check_reads_back_what_github_escapes() -> None:
    spec = importlib.util.spec_from_file_location("check_sample", ROOT / ".ci" / "check_sample.py")
    assert spec and spec.loader
    check_sample = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check_sample)
    tricky = "a, b: 100%\r\nc %0A"
    assert check_sample.unescape(escape_property(tricky)) == tricky
