"""`lint -j N`: the same output, in the same order, for any number of worker processes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.engine import LintOptions, lint_paths
from tests.helpers import ROOT, SAMPLE

BIB = """@book{cliff1974, author={Cliff, Tony}, title={State Capitalism}, year={1974}}
@book{harman2009, author={Harman, Chris}, title={Zombie Capitalism}, year={2009}}
@book{orr2015, author={Orr, Judith}, title={Marxism and Women}, year={2015}}
"""


def _chapters(root: Path) -> Path:
    """Twelve manuscripts sharing one .bib: chapter 1 cites Cliff, chapter 2 Harman, and
    nobody Orr; the others vary their findings (missing notes, a badly punctuated citation)."""
    folder = root / "book"
    folder.mkdir()
    (folder / "bibliography.bib").write_text(BIB, encoding="utf-8")
    bodies = [
        "Cliff argued this.1\n\n1 Cliff, 1974, p7.\n",
        "Harman argued that.1\n\n1 Harman, 2009, p20.\n",
    ]
    for n in range(10):
        bodies.append(
            f"Text {n}.1 More.2 And {n}.3\n\n1 Cliff, 1974, p{n}.\n2 Cliff 1974, p{n + 1}.\n"
            + ("" if n % 3 else f"4 Harman, 2009, p{n}.\n")
        )
    for n, body in enumerate(bodies, 1):
        (folder / f"chapter-{n:02d}.txt").write_text(body, encoding="utf-8")
    return folder


@pytest.mark.parametrize("format", ["text", "json", "sarif"])
def test_output_is_identical_for_any_number_of_jobs(tmp_path: Path, capsys, format) -> None:
    folder = _chapters(tmp_path)
    outputs = {}
    for jobs in ("1", "2", "4"):  # linted every time: the result cache is for test_cache.py
        code = main(["lint", str(folder), "-j", jobs, "--format", format, "--no-cache"])
        outputs[jobs] = (code, capsys.readouterr().out)
    assert outputs["1"][0] == 1 and "N101" in outputs["1"][1]
    assert outputs["2"] == outputs["1"]
    assert outputs["4"] == outputs["1"]


def test_a_latex_project_among_other_files_in_any_number_of_jobs(tmp_path: Path, capsys) -> None:
    """The .tex files are read and planned in the main process, the others in the workers;
    the order of the output is the order of the paths all the same."""
    folder = _chapters(tmp_path)
    (folder / "book.tex").write_text(
        "\\documentclass{book}\n\\begin{document}\n\\input{part}\n\\end{document}\n",
        encoding="utf-8",
    )
    (folder / "part.tex").write_text(
        "As \\cite{cliff1974} argued.\\footnote{See also \\cite{nobody2020}.}\n",
        encoding="utf-8",
    )
    outputs = {}
    for jobs in ("1", "2", "3"):
        code = main(["lint", str(folder), "-j", jobs, "--no-cache"])
        outputs[jobs] = (code, capsys.readouterr().out)
    assert "nobody2020" in outputs["1"][1] and "chapter-12.txt" in outputs["1"][1]
    assert outputs["2"] == outputs["1"] and outputs["3"] == outputs["1"]


def test_never_cited_is_merged_across_workers(tmp_path: Path) -> None:
    folder = _chapters(tmp_path)
    for jobs in (1, 2):
        result = lint_paths([str(folder)], LintOptions(), jobs=jobs, keep_documents=False)
        uncited = [f for f in result.findings() if f.rule == "uncited-reference"]
        # cliff1974 and harman2009 are cited by some chapter: only orr2015 is uncited, once
        assert [f.data.get("key") for f in uncited] == ["orr2015"], jobs
        assert [file.path for file in result.files] == sorted(str(p) for p in folder.glob("*.txt"))
        assert all(file.manuscript is None for file in result.files)


def test_the_sample_in_several_copies_reports_the_same_per_copy(tmp_path: Path, capsys) -> None:
    for n in range(3):
        shutil.copy(SAMPLE, tmp_path / f"copy{n}.txt")
    bib = str(ROOT / "bibliography.bib")
    main(["lint", str(tmp_path), "--bib", bib, "-j", "1"])
    one = capsys.readouterr().out
    main(["lint", str(tmp_path), "--bib", bib, "-j", "2"])
    assert capsys.readouterr().out == one
    assert one.count("C104") == 6  # two per copy, in the order of the paths
    assert "Checked 150 citations against 31 entries." in one


def test_jobs_must_be_a_positive_number(capsys) -> None:
    assert main(["lint", str(SAMPLE), "-j", "0"]) == 2
    assert "at least 1 job" in capsys.readouterr().err
    assert main(["lint", str(SAMPLE), "-j", "many"]) == 2
