"""The command line, in-process through `main(argv)`: every exit code, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from citecheck.cli import main
from tests.helpers import ROOT, SAMPLE

CLEAN = "Text one.1 Text two.2\n\n1 A finished note.\n\n2 Another one.\n"
WARNING_ONLY = "Text one.1\n\n1 For the interview, see\n"
ERROR = "Text one.1 Two.2\n\n1 A note.\n"


def write(tmp_path: Path, name: str, text: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_manuscript_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["lint", write(tmp_path, "a.txt", CLEAN)], capsys)
    assert code == 0
    assert out.strip().endswith(
        "All clear: no findings in 1 file. Checked 0 citations against 0 entries."
    )


def test_findings_at_threshold_exit_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "a.txt", ERROR)
    code, out, _ = run(["lint", path], capsys)
    assert code == 1
    assert f"{path}:1:16: N101 note 2 is cited in the text but missing from the notes" in out
    assert "1 error" in out.splitlines()[-1]


def test_fail_on_threshold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "a.txt", WARNING_ONLY)
    assert run(["lint", path], capsys)[0] == 0
    assert run(["lint", path, "--fail-on", "warning"], capsys)[0] == 1
    assert run(["lint", path, "--fail-on", "warning", "--exit-zero"], capsys)[0] == 0


def test_select_and_ignore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "a.txt", ERROR)
    assert run(["lint", path, "--ignore", "missing-note"], capsys)[0] == 0
    assert run(["lint", path, "--select", "N105"], capsys)[0] == 0
    assert run(["lint", path, "--select", "N1"], capsys)[0] == 1


def test_unknown_rule_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["lint", write(tmp_path, "a.txt", CLEAN), "--select", "Z999"], capsys)
    assert code == 2
    assert "unknown rule code or name: Z999" in err
    assert "Traceback" not in err


def test_usage_errors_exit_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert run([], capsys)[0] == 2
    assert run(["lint"], capsys)[0] == 2
    assert run(["lint", "x.txt", "--format", "yaml"], capsys)[0] == 2
    assert run(["frobnicate"], capsys)[0] == 2


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 20, "binary"),
        ("empty.txt", b"", "empty"),
        ("missing.txt", None, "no such file"),
    ],
)
def test_bad_input_is_one_line_not_a_traceback(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | None,
    message: str,
) -> None:
    path = write(tmp_path, name, content) if content is not None else str(tmp_path / name)
    code, _, err = run(["lint", path], capsys)
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert err.startswith("citecheck: error: ")


def test_directory_without_manuscripts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    code, _, err = run(["lint", str(tmp_path)], capsys)
    assert code == 2
    assert "no manuscripts found" in err


def test_directory_lints_the_manuscripts_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "a.txt", CLEAN)
    write(tmp_path, "b.txt", ERROR)
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / ".hidden", "c.txt", ERROR)
    code, out, _ = run(["lint", str(tmp_path), "--format", "json"], capsys)
    assert code == 1
    data = json.loads(out)
    assert [Path(f["path"]).name for f in data["files"]] == ["a.txt", "b.txt"]


def test_cp1252_file_is_read_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "old.txt", "He said “yes” to the café.1\n\n1 A note.\n".encode("cp1252"))
    code, out, err = run(["lint", path], capsys)
    assert code == 0  # a warning is below the default threshold
    assert "I001" in out and "cp1252" in out
    assert err == ""


def test_output_file_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out" / "report.json"
    code, out, _ = run(
        ["lint", write(tmp_path, "a.txt", ERROR), "--format", "json", "--output-file", str(target)],
        capsys,
    )
    assert code == 1
    assert out == ""
    assert json.loads(target.read_text())["summary"]["errors"] == 1


def test_json_contract_on_the_sample(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["lint", str(SAMPLE), "--format", "json", "--select", "N"], capsys)
    assert code == 1
    data = json.loads(out)
    assert data["schema_version"] == 1
    assert set(data["summary"]) == {"files", "errors", "warnings", "infos"}
    [file] = data["files"]
    assert file["stats"]["markers"] == 57 and file["stats"]["notes"] == 54
    for finding in file["findings"]:
        assert {
            "code",
            "rule",
            "severity",
            "message",
            "line",
            "column",
            "end_line",
            "end_column",
            "data",
        } <= set(finding)
        assert finding["severity"] in {"error", "warning", "info"}
    missing = [
        (f["data"]["note"], f["line"]) for f in file["findings"] if f["rule"] == "missing-note"
    ]
    assert [note for note, _ in missing] == [3, 5, 33]
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    assert "position”.3" in lines[missing[0][1] - 1]


def test_text_output_is_sorted_by_line_and_column(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["lint", str(SAMPLE), "--select", "N"], capsys)
    rows = [line.split(":") for line in out.splitlines()[:-1]]
    positions = [(int(r[1]), int(r[2])) for r in rows]
    assert positions == sorted(positions)


def test_rules_and_rule_commands(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["rules"], capsys)
    assert code == 0 and "missing-note" in out and "N101" in out
    code, out, _ = run(["rule", "missing-note"], capsys)
    assert code == 0 and "What it does" in out
    assert run(["rule", "n101"], capsys)[0] == 0
    code, _, err = run(["rule", "nope"], capsys)
    assert code == 2 and "no rule named" in err


def test_python_dash_m_and_console_script_work() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "citecheck", "lint", str(SAMPLE), "--select", "N101"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout.count("N101") == 3


def test_default_bibliography_beside_the_manuscript(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    manuscript = tmp_path / "paper" / "a.txt"
    manuscript.parent.mkdir()
    manuscript.write_text("As Cliff argued.1\n\n1 Cliff, 1974, p7.\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "bibliography.bib").write_text("@book{other2000, author={Other}, year={2000}}\n")
    monkeypatch.chdir(elsewhere)
    # The working directory's bibliography is not used for a manuscript outside it.
    code, out, _ = run(["lint", str(manuscript), "--format", "json"], capsys)
    assert json.loads(out)["files"][0]["stats"]["references"] == 0
    (manuscript.parent / "bibliography.bib").write_text(
        "@book{cliff1974, author={Cliff, Tony}, title={State Capitalism in Russia}, year={1974}}\n"
    )
    code, out, _ = run(["lint", str(manuscript), "--format", "json"], capsys)
    assert json.loads(out)["files"][0]["stats"]["references"] == 1
    assert code == 0


def test_report_command_reads_the_config_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manuscript = write(tmp_path, "a.txt", "One.1 Two.2\n\n1 For the interview, see\n")
    (tmp_path / "citecheck.toml").write_text('ignore = ["incomplete-note"]\n', encoding="utf-8")
    code, out, _ = run(["report", manuscript, "-o", str(tmp_path / "out")], capsys)
    assert code == 0
    html = (tmp_path / "out" / "a.html").read_text(encoding="utf-8")
    assert out.strip() == str(tmp_path / "out" / "a.html")
    assert "missing-note" in html
    assert "N105" not in html  # ignored through citecheck.toml
    (tmp_path / "citecheck.toml").write_text('ignroe = ["N105"]\n', encoding="utf-8")
    code, _, err = run(["report", manuscript, "-o", str(tmp_path / "out")], capsys)
    assert code == 2 and "ignroe" in err


def test_html_with_two_manuscripts_fails_before_any_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = write(tmp_path, "a.txt", CLEAN), write(tmp_path, "b.txt", CLEAN)
    out_file = tmp_path / "out.txt"
    code, out, err = run(
        ["lint", a, b, "--html", str(tmp_path / "r.html"), "--output-file", str(out_file)], capsys
    )
    assert (code, out) == (2, "")
    assert "citecheck report" in err
    assert not out_file.exists() and not (tmp_path / "r.html").exists()
    code, _, err = run(["lint", a, "--html", str(tmp_path)], capsys)
    assert code == 2 and "is a directory" in err


def test_unknown_suffix_fifo_and_empty_selector_are_input_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["lint", write(tmp_path, "pyproject.toml", "[x]\ny = 1\n")], capsys)
    assert code == 2 and "not a manuscript format" in err
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, _, err = run(["lint", str(fifo)], capsys)  # would block forever if opened
    assert code == 2 and "not a regular file" in err
    path = write(tmp_path, "a.txt", ERROR)
    (tmp_path / "citecheck.toml").write_text('ignore = [""]\n', encoding="utf-8")
    code, _, err = run(["lint", path], capsys)
    assert code == 2 and "''" in err


def test_a_file_without_suffix_is_plain_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["lint", write(tmp_path, "MANUSCRIPT", ERROR)], capsys)[0] == 1


def test_the_bibliography_the_manuscript_declares_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "paper.bib").write_text(
        "@book{cliff1974, author={Cliff, Tony}, title={State Capitalism}, year={1974}}\n"
    )
    (tmp_path / "bibliography.bib").write_text("@book{other2000, author={Other}, year={2000}}\n")
    text = "---\ntitle: x\nbibliography: paper.bib\n---\n\nAs shown [@cliff1974].\n"
    manuscript = write(tmp_path, "paper.md", text)
    code, out, _ = run(["lint", manuscript, "--format", "json"], capsys)
    [file] = json.loads(out)["files"]
    assert (code, file["stats"]["references"], file["findings"]) == (0, 1, [])


def test_an_entry_cited_by_another_chapter_is_not_uncited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bibliography.bib").write_text(
        "@book{cliff1974, author={Cliff, Tony}, title={State Capitalism}, year={1974}}\n"
        "@book{harman2009, author={Harman, Chris}, title={Zombie Capitalism}, year={2009}}\n"
        "@book{orr2015, author={Orr, Judith}, title={Marxism and Women's Liberation}, year={2015}}\n"
    )
    write(tmp_path, "ch1.txt", "As argued.1\n\n1 Cliff, 1974, p7.\n")
    write(tmp_path, "ch2.txt", "As argued.1\n\n1 Harman, 2009, p7.\n")
    code, out, _ = run(["lint", str(tmp_path), "--format", "json"], capsys)
    uncited = [f["data"]["key"] for file in json.loads(out)["files"] for f in file["findings"]]
    assert (code, uncited) == (0, ["orr2015"])  # uncited is a warning: exit 0
