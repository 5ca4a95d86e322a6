"""The Python API: `citecheck.lint(paths_or_text, **options) -> Result`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import citecheck
from citecheck.errors import UsageError
from tests.helpers import ROOT, SAMPLE


def test_lint_a_path_returns_typed_located_findings() -> None:
    result = citecheck.lint(SAMPLE, bib=[ROOT / "bibliography.bib"])
    assert isinstance(result, citecheck.Result)
    assert len(result.findings) == 14
    first = result.findings[0]
    assert isinstance(first, citecheck.Finding)
    assert (first.code, first.severity, first.location.line) == (
        "N101",
        citecheck.Severity.ERROR,
        11,
    )
    c104 = [f for f in result.findings if f.code == "C104"]
    assert [f.suggestion for f in c104] == ["Cliff, 1974, p20", "Harman, 2009, p176"]
    assert result.count(citecheck.Severity.ERROR) == 3
    assert result.exit_code() == 1
    assert result.files[0].manuscript is None  # not kept unless asked
    assert result.render().endswith("Checked 50 citations against 31 entries.\n")


def test_lint_text_with_a_filename_choosing_the_reader(tmp_path: Path) -> None:
    markdown = "As Cliff argued.[^1]\n\n[^1]: Cliff, 1974, p. 7.\n[^2]: Orphan note.\n"
    result = citecheck.lint(markdown, filename=str(tmp_path / "ch.md"), select=["N"])
    assert [(f.code, f.location.line) for f in result.findings] == [("N102", 4)]
    assert result.files[0].path == str(tmp_path / "ch.md")


def test_lint_options_match_the_command_line(tmp_path: Path) -> None:
    selected = citecheck.lint(SAMPLE, bib=[ROOT / "bibliography.bib"], select=["C104"])
    assert {f.code for f in selected.findings} == {"C104"}
    ignored = citecheck.lint([SAMPLE], bib=[ROOT / "bibliography.bib"], ignore=["N", "Q"])
    assert not {f.code[0] for f in ignored.findings} & {"N", "Q"}
    with pytest.raises(UsageError, match="unknown rule"):
        citecheck.lint(SAMPLE, select=["Z999"])


def test_import_citecheck_stays_cheap() -> None:
    code = (
        "import sys, citecheck; print(sorted(m for m in sys.modules if m.startswith('citecheck')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['citecheck']"


def test_version_and_rules_import_only_what_they_need() -> None:
    code = (
        "import sys; from citecheck.cli import main; main({argv!r}); "
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('citecheck.') "
        "or m.split('.')[0] in ('pybtex', 'latexcodec', 'rapidfuzz', 'yaml', 'jinja2'))))"
    )
    version = subprocess.run(
        [sys.executable, "-c", code.format(argv=["--version"])],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()[-1]
    assert version.split() == ["citecheck.cli", "citecheck.errors"]
    rules = subprocess.run(
        [sys.executable, "-c", code.format(argv=["rules"])],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()[-1]
    for heavy in (
        "pybtex",
        "latexcodec",
        "yaml",
        "jinja2",
        "citecheck.engine",
        "citecheck.commands.lint",
    ):
        assert heavy not in rules.split(), heavy
