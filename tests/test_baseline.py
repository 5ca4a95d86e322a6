"""Baselines: recorded findings stay quiet through edits elsewhere; new ones are reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citecheck.cli import main

TEXT = "Text one.1 Text two.2 Text three.3\n\n1 A finished note.\n\n2 For the interview, see\n"


def lint(argv: list[str], capsys) -> tuple[int, list[tuple[str, int]]]:
    code = main(["lint", "--format", "json", *argv])
    document = json.loads(capsys.readouterr().out)
    return code, [(f["rule"], f["line"]) for f in document["files"][0]["findings"]]


@pytest.fixture
def recorded(tmp_path: Path, capsys, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ms.txt").write_text(TEXT, encoding="utf-8")
    assert main(["lint", "ms.txt", "--write-baseline", "citecheck-baseline.json"]) == 0
    assert "recorded 2 findings in citecheck-baseline.json" in capsys.readouterr().err
    return tmp_path / "citecheck-baseline.json"


def test_the_baseline_records_todays_findings(recorded: Path) -> None:
    document = json.loads(recorded.read_text(encoding="utf-8"))
    assert document["citecheck_baseline"] == 1
    entries = document["findings"]
    assert [(e["code"], e["path"], e["line"]) for e in entries] == [
        ("N101", "ms.txt", 1),
        ("N105", "ms.txt", 5),
    ]
    assert all(len(e["fingerprint"]) == 32 for e in entries)


def test_with_the_baseline_nothing_is_new(recorded: Path, capsys) -> None:
    assert lint(["ms.txt", "--baseline", str(recorded)], capsys) == (0, [])


def test_an_edit_above_a_finding_keeps_it_suppressed(recorded: Path, capsys) -> None:
    ms = recorded.parent / "ms.txt"
    edited = "A new opening paragraph, added later.\n\nAnd  another.\n\n" + TEXT.replace(
        "A finished note.", "A finished, longer note."
    )
    ms.write_text(edited, encoding="utf-8")
    assert lint(["ms.txt", "--baseline", str(recorded)], capsys) == (0, [])
    # without the baseline both are still there, four lines further down
    assert lint(["ms.txt"], capsys)[1] == [("missing-note", 5), ("incomplete-note", 9)]


def test_a_new_finding_is_reported(recorded: Path, capsys) -> None:
    ms = recorded.parent / "ms.txt"
    ms.write_text(TEXT.replace("three.3", "three.3\n\nText four.4"), encoding="utf-8")
    code, found = lint(["ms.txt", "--baseline", str(recorded)], capsys)
    assert (code, found) == (1, [("missing-note", 3)])
    # a second finding with the same code and line as a recorded one is still new
    ms.write_text(TEXT + "\n3 Also see\n", encoding="utf-8")
    assert lint(["ms.txt", "--baseline", str(recorded)], capsys)[1] == [("incomplete-note", 7)]


def test_the_baseline_works_from_another_directory(recorded: Path, capsys, monkeypatch) -> None:
    (recorded.parent / "sub").mkdir()
    monkeypatch.chdir(recorded.parent / "sub")
    assert lint(["../ms.txt", "--baseline", "../citecheck-baseline.json"], capsys) == (0, [])


def test_baseline_from_the_config_file(recorded: Path, capsys) -> None:
    (recorded.parent / "citecheck.toml").write_text(
        'baseline = "citecheck-baseline.json"\n', encoding="utf-8"
    )
    assert lint(["ms.txt"], capsys) == (0, [])


def test_bad_baselines_exit_2(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ms.txt").write_text(TEXT, encoding="utf-8")
    assert main(["lint", "ms.txt", "--baseline", "missing.json"]) == 2
    assert "create it with --write-baseline" in capsys.readouterr().err
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert main(["lint", "ms.txt", "--baseline", "bad.json"]) == 2
    (tmp_path / "other.json").write_text('{"version": 2}', encoding="utf-8")
    assert main(["lint", "ms.txt", "--baseline", "other.json"]) == 2
    err = capsys.readouterr().err
    assert "not a readable citecheck baseline" in err and "not a citecheck baseline" in err
    assert "Traceback" not in err


def test_bib_findings_stay_recorded_when_the_bib_file_moves_lines(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ms.txt").write_text("As argued.1\n\n1 Cliff, 1974, p7.\n", encoding="utf-8")
    entries = (
        "@book{cliff1974, author={Cliff, Tony}, title={State Capitalism}, year={1974}}\n"
        "@book{cliff1974, author={Cliff, Tony}, title={Again}, year={1974}}\n"
        "@book{harman2009, author={Harman, Chris}, title={Zombie Capitalism}, year={2009}}\n"
    )
    (tmp_path / "bibliography.bib").write_text(entries, encoding="utf-8")
    assert main(["lint", "ms.txt", "--write-baseline", "base.json"]) == 0
    capsys.readouterr()
    (tmp_path / "bibliography.bib").write_text("\n\n% moved down\n" + entries, encoding="utf-8")
    code, findings = lint(["ms.txt", "--baseline", "base.json"], capsys)
    assert (code, findings) == (0, [])
