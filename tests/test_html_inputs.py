"""HTML pages through the command line: lint, --stdin-filename, extract, project mode."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from citecheck.cli import main
from tests.helpers import ROOT

# Note 2 is missing: N101 at the marker's digit, line 3 column 56 of the page.
PAGE = """<!DOCTYPE html>
<html><body><article><p>A claim.<sup><a href="#fn1" class="footnote-ref">1</a></sup>
Another claim.<sup><a href="#fn2" class="footnote-ref">2</a></sup></p>
<section class="footnotes"><ol><li id="fn1">Cliff, 1974, p. 7.</li></ol></section>
</article></body></html>
"""


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_findings_point_at_the_pages_line_and_column(tmp_path: Path, capsys) -> None:
    page = tmp_path / "article.html"
    page.write_text(PAGE, encoding="utf-8")
    code, out, _ = run(["lint", str(page), "--select", "N101"], capsys)
    assert code == 1
    assert f"{page}:3:56: N101 note 2" in out
    assert PAGE.split("\n")[2][55] == "2"


def test_show_source_shows_the_pages_own_line(tmp_path: Path, capsys) -> None:
    page = tmp_path / "article.html"
    page.write_text(PAGE, encoding="utf-8")
    _, out, _ = run(["lint", str(page), "--select", "N101", "--show-source"], capsys)
    assert 'Another claim.<sup><a href="#fn2"' in out


def test_stdin_filename_chooses_the_html_reader() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "citecheck", "lint", "-", "--stdin-filename", "page.html",
         "--select", "N101"],
        input=PAGE.encode("utf-8"), capture_output=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert done.stdout.decode().startswith("page.html:3:56: N101")


def test_extract_lists_what_the_page_holds(tmp_path: Path, capsys) -> None:
    page = tmp_path / "article.htm"
    page.write_text(PAGE, encoding="utf-8")
    code, out, _ = run(["extract", str(page), "--format", "json"], capsys)
    assert code == 0
    (view,) = json.loads(out)["files"]
    assert view["format"] == "html"
    assert [(m["number"], m["line"], m["column"]) for m in view["markers"]] == [
        (1, 2, 74),
        (2, 3, 56),
    ]
    assert [(n["number"], n["line"]) for n in view["notes"]] == [(1, 4)]


def test_a_bad_page_is_one_line_and_exit_two(tmp_path: Path, capsys) -> None:
    page = tmp_path / "bad.html"
    page.write_bytes(b'<meta charset="utf-8"><p>caf\xe9</p>')
    code, _, err = run(["lint", str(page)], capsys)
    assert code == 2
    assert err.count("\n") == 1 and "bad.html: not valid utf-8" in err
    assert "Traceback" not in err


def test_project_mode_takes_web_pages_only_when_include_names_them(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    (tmp_path / "chapter.txt").write_text("A claim.1\n\n1 Cliff, 1974.\n", encoding="utf-8")
    (tmp_path / "article.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "chapter.html").write_text("<p>An old report.</p>", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _, out, _ = run(["lint", "--select", "N"], capsys)
    assert "in 1 file" in out and "article.html" not in out
    (tmp_path / "citecheck.toml").write_text(
        'include = ["*.txt", "*.html"]\nextend-exclude = ["reports/"]\n', encoding="utf-8"
    )
    _, out, _ = run(["lint", "--select", "N"], capsys)
    assert "in 2 files" in out and "article.html:3:56: N101" in out


def test_a_suppression_comment_in_the_page_is_honoured(tmp_path: Path, capsys) -> None:
    page = tmp_path / "article.html"
    page.write_text(
        PAGE.replace(
            "<p>A claim.",
            "<!-- citecheck: ignore missing-note -- note 2 is online -->\n<p>A claim.",
        ),
        encoding="utf-8",
    )
    code, out, _ = run(["lint", str(page), "--select", "N101,S"], capsys)
    assert code == 0 and "N101" not in out
    unused = tmp_path / "unused.html"
    unused.write_text(
        PAGE.replace("<p>A claim.", "<!-- citecheck: ignore N105 -- not needed -->\n<p>A claim."),
        encoding="utf-8",
    )
    _, out, _ = run(["lint", str(unused), "--select", "N101,N105,S"], capsys)
    assert "N101" in out and "S102 suppression of N105 is unused" in out
