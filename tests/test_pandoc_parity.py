"""citecheck's missing keys equal pandoc's "citation X not found" warnings (issue 12).

pandoc's warnings on the shared corpus's Markdown manuscripts (real/, and platypus/'s 108
articles) are recorded in
tests/fixtures/bibliographies/pandoc-citeproc-warnings.json (the file says how), so the
suite needs no pandoc. One more test runs pandoc live on the project's own fixture when it
is installed, and skips otherwise.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from citecheck.engine import LintOptions, LintResult, lint_paths
from tests.helpers import ROOT
from tests.shared_data import shared_path

FIXTURES = ROOT / "tests" / "fixtures" / "bibliographies"
# pandoc's warning for a key it cannot resolve.
# matches "[WARNING] Citeproc: citation doe2023missing not found"; not "[INFO] Loaded x.bib"
PANDOC_NOT_FOUND = re.compile(r"citation (?P<key>\S+) not found")

# The rules that say a key is not found; the others need not run here.
PARITY_RULES = ("missing-reference", "no-bibliography")

RECORDED = json.loads((FIXTURES / "pandoc-citeproc-warnings.json").read_text(encoding="utf-8"))


def missing_keys(result: LintResult) -> set[str]:
    """The keys citecheck finds nothing for: C101's, and B103's when there is no
    bibliography at all (pandoc then warns about every key)."""
    keys: set[str] = set()
    for finding in result.findings():
        if finding.rule == "missing-reference" and "key" in finding.data:
            keys.add(finding.data["key"])
        elif finding.rule == "no-bibliography":
            keys.update(finding.data["keys"])
    return keys


@pytest.mark.parametrize(
    "run",
    RECORDED["runs"],
    ids=[f"{r['manuscript']}{'+bib' if r['bibliography'] else ''}" for r in RECORDED["runs"]],
)
def test_missing_keys_equal_pandocs_recorded_warnings(
    run: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manuscript = shared_path(*run["manuscript"].split("/"))
    bib = (str(shared_path(*run["bibliography"].split("/"))),) if run["bibliography"] else ()
    monkeypatch.chdir(tmp_path)  # no working-directory bibliography.bib to fall back on
    options = LintOptions(select=PARITY_RULES, bib_paths=bib)
    assert missing_keys(lint_paths([str(manuscript)], options)) == set(run["not_found"])


def _pandoc_not_found(output: str) -> set[str]:
    return {m.group("key") for m in PANDOC_NOT_FOUND.finditer(output)}


@pytest.mark.parametrize("name", ["library.bib", "library.json", "library.yaml"])
def test_missing_keys_equal_pandocs_live_warnings(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        pytest.skip("pandoc is not installed (the recorded warnings are tested above)")
    for file in ("paper.md", name):
        shutil.copy(FIXTURES / file, tmp_path / file)
    monkeypatch.chdir(tmp_path)
    done = subprocess.run(
        [pandoc, "--citeproc", "--bibliography", name, "paper.md", "-t", "plain"],
        capture_output=True,
        text=True,
        check=True,
    )
    result = lint_paths(["paper.md"], LintOptions(bib_paths=(name,)))
    assert (
        missing_keys(result)
        == _pandoc_not_found(done.stderr)
        == {
            "doe2023missing",
            "smithprimary2020",
        }
    )
