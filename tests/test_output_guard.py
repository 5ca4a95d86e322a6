"""No output of a run replaces one of its inputs: manuscripts, bibliographies, baselines and
configuration files, named directly or through a link. `report -o` keeps files it did
not write unless --force. `--write-bib` writes only BibTeX that parses back."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.errors import OutputError
from citecheck.model import Resolution
from citecheck.openlibrary.bibwriter import bibtex_entries, check_bibtex
from tests.openlibrary_faults import INJECTION, FaultServer

MANUSCRIPT = "Text one.1 Text two.2\n\n1 A finished note, see Cliff, 1974.\n\n2 Another one.\n"
BIB = "@book{cliff1974,\n  author = {Cliff, Tony},\n  title = {State Capitalism},\n  year = {1974}\n}\n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.txt").write_text(MANUSCRIPT, encoding="utf-8")
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    return tmp_path


def refused(argv: list[str], capsys: pytest.CaptureFixture[str], *protected: Path) -> str:
    capsys.readouterr()  # what earlier steps of the test printed
    before = {path: digest(path) for path in protected}
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert {path: digest(path) for path in protected} == before
    return err


def test_output_file_over_the_manuscript(work, capsys) -> None:
    err = refused(["lint", "m.txt", "--output-file", "m.txt"], capsys, work / "m.txt")
    assert "manuscript" in err and "refusing to write over it" in err


def test_output_file_through_a_symlink_and_a_hard_link(work, capsys) -> None:
    os.symlink(work / "m.txt", work / "link.txt")
    os.link(work / "m.txt", work / "hard.out")
    refused(["lint", "m.txt", "--output-file", "link.txt"], capsys, work / "m.txt")
    refused(["lint", "m.txt", "--output-file", "hard.out"], capsys, work / "m.txt")


def test_output_file_over_the_bibliography(work, capsys) -> None:
    argv = ["lint", "m.txt", "--bib", "refs.bib", "--output-file", "refs.bib"]
    assert "bibliography" in refused(argv, capsys, work / "refs.bib")


def test_output_over_a_bibliography_found_beside_the_manuscript(work, capsys) -> None:
    (work / "bibliography.bib").write_text(BIB, encoding="utf-8")
    argv = ["lint", "m.txt", "--output-file", "bibliography.bib"]
    assert "bibliography" in refused(argv, capsys, work / "bibliography.bib")


def test_html_and_write_baseline_over_the_manuscript(work, capsys) -> None:
    refused(["lint", "m.txt", "--html", "m.txt"], capsys, work / "m.txt")
    refused(["lint", "m.txt", "--write-baseline", "m.txt"], capsys, work / "m.txt")


def test_outputs_over_the_configuration_file(work, capsys) -> None:
    (work / "citecheck.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    err = refused(
        ["lint", "m.txt", "--write-baseline", "citecheck.toml"], capsys, work / "citecheck.toml"
    )
    assert "configuration file" in err
    refused(["lint", "m.txt", "--output-file", "citecheck.toml"], capsys, work / "citecheck.toml")


def test_output_file_over_the_baseline_read(work, capsys) -> None:
    assert main(["lint", "m.txt", "--write-baseline", "base.json"]) == 0
    argv = ["lint", "m.txt", "--baseline", "base.json", "--output-file", "base.json"]
    assert "baseline" in refused(argv, capsys, work / "base.json")


def test_write_baseline_may_refresh_the_configured_baseline(work, capsys) -> None:
    (work / "citecheck.toml").write_text('baseline = "base.json"\n', encoding="utf-8")
    assert main(["lint", "m.txt", "--write-baseline", "base.json"]) == 0
    assert main(["lint", "m.txt", "--write-baseline", "base.json"]) == 0
    assert '"citecheck_baseline"' in (work / "base.json").read_text(encoding="utf-8")


def test_two_outputs_naming_one_file(work, capsys) -> None:
    err = refused(["lint", "m.txt", "--output-file", "r.html", "--html", "r.html"], capsys)
    assert "same file" in err
    assert not (work / "r.html").exists()


def test_report_keeps_a_file_it_did_not_write(work, capsys) -> None:
    out = work / "out"
    out.mkdir()
    (out / "m.html").write_text("<p>my own notes</p>", encoding="utf-8")
    err = refused(["report", "m.txt", "-o", "out"], capsys, out / "m.html")
    assert "not a citecheck report" in err and "--force" in err
    assert main(["report", "m.txt", "-o", "out", "--force"]) == 0
    assert "citecheck" in (out / "m.html").read_text(encoding="utf-8")


def test_report_replaces_its_own_report(work, capsys) -> None:
    assert main(["report", "m.txt", "-o", "out"]) == 0
    first = (work / "out" / "m.html").stat().st_mtime_ns
    assert main(["report", "m.txt", "-o", "out"]) == 0
    assert (work / "out" / "m.html").stat().st_mtime_ns >= first


def test_report_through_a_link_to_the_manuscript(work, capsys) -> None:
    out = work / "out"
    out.mkdir()
    os.symlink(work / "m.txt", out / "m.html")
    err = refused(["report", "m.txt", "-o", "out", "--force"], capsys, work / "m.txt")
    assert "manuscript" in err


# --- --write-bib ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def faults() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


def resolve_argv(faults: FaultServer, mode: str, work: Path, *extra: str) -> list[str]:
    return [
        "resolve",
        "m.txt",
        "--openlibrary-url",
        faults.url_for(mode),
        "--cache-dir",
        str(work / "cache"),
        "--rate-limit",
        "1000",
        *extra,
    ]


def test_write_bib_never_replaces_the_manuscript(work, faults, capsys) -> None:
    refused(resolve_argv(faults, "ok", work, "--write-bib", "m.txt"), capsys, work / "m.txt")
    err = refused(
        resolve_argv(faults, "ok", work, "--write-bib", "m.txt", "--force"), capsys, work / "m.txt"
    )
    assert "manuscript" in err


def test_write_bib_replaces_the_bibliography_only_with_force(work, faults, capsys) -> None:
    argv = resolve_argv(faults, "ok", work, "--bib", "refs.bib", "--write-bib", "refs.bib")
    refused(argv, capsys, work / "refs.bib")
    assert main([*argv, "--force"]) == 0


def test_write_bib_escapes_what_the_server_sends(work, faults, capsys) -> None:
    (work / "m.txt").write_text("Text.1\n\nNotes\n\n1 Herbert, 1965, p. 4.\n", encoding="utf-8")
    argv = resolve_argv(faults, "injected-title", work, "--write-bib", "out.bib")
    assert main(argv) == 0, capsys.readouterr().err
    text = (work / "out.bib").read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if line.startswith("@")] == ["@book{herbert1965,"]
    assert "\n note = {INJECTED}" not in text
    check_bibtex(text, 1)


def resolution(**fields: object) -> Resolution:
    values: dict[str, object] = {
        "citation": "Herbert, 1965",
        "status": "confirmed",
        "work_key": "/works/OL1W",
        "title": "Dune",
        "authors": ("Frank Herbert",),
        "url": "https://openlibrary.org/works/OL1W",
        "cited_authors": ("Herbert",),
        "cited_year": "1965",
    }
    values.update(fields)
    return Resolution(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "field",
    ["work_key", "title", "url", "publisher", "isbn", "edition_key", "reference_key"],
)
def test_every_field_is_escaped(field) -> None:
    hostile = "/works/OL1W},\n note = {INJECTED}\n}\n@misc{x, title = {y}"
    value: object = hostile
    text = bibtex_entries([resolution(**{field: value})])
    assert "\n note = {INJECTED}" not in text
    assert sum(line.startswith("@") for line in text.splitlines()) == 1
    check_bibtex(text, 1)  # parses back: one entry, no problem


def test_authors_and_backslashes_and_line_separators() -> None:
    text = bibtex_entries(
        [resolution(authors=("A \\input{/etc/passwd}", "B\u2028C"), title=INJECTION)]
    )
    assert "\\input" not in text and "\u2028" not in text
    check_bibtex(text, 1)


def test_check_bibtex_refuses_what_does_not_parse() -> None:
    with pytest.raises(OutputError):
        check_bibtex("@book{a,\n title = {unclosed\n}\n", 1)
    with pytest.raises(OutputError):
        check_bibtex("@book{a, title = {x}}\n@book{b, title = {y}}\n", 1)
