"""The result cache: a hit prints what a miss prints, in every format, without loading the
extractors or the rules; a changed manuscript, configuration or bibliography is a miss; a
corrupt entry or a cache that cannot be written never stops a run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, SAMPLE

# Runs the command line in a child and says on its last stderr line whether the
# extractors or the rule registry were imported (a miss) or not (a hit).
RUNNER = """
import sys
from citecheck.cli import main
code = main(sys.argv[1:])
sys.stdout.flush()
loaded = [m for m in ("citecheck.extract", "citecheck.rules") if m in sys.modules]
print("loaded:" + ",".join(loaded), file=sys.stderr)
sys.exit(code)
"""


def run(cwd: Path, *args: str, env: dict[str, str] | None = None) -> tuple[str, bool, str]:
    """(stdout, whether the lint was a hit, stderr without the runner's line)."""
    environment = {k: v for k, v in os.environ.items() if k != "CITECHECK_CACHE_DIR"}
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=environment,
    )
    assert done.returncode in (0, 1), done.stderr
    *errors, last = done.stderr.splitlines()
    return done.stdout, last == "loaded:", "\n".join(errors)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy(SAMPLE, tmp_path / "manuscript.txt")
    shutil.copy(ROOT / "bibliography.bib", tmp_path / "bibliography.bib")
    return tmp_path


@pytest.mark.parametrize("format", ["text", "json", "github", "sarif"])
def test_a_hit_prints_what_a_miss_prints(project: Path, format: str) -> None:
    args = ("lint", "manuscript.txt", "--format", format)
    missed, hit_first, _ = run(project, *args)
    hit, hit_second, _ = run(project, *args)
    assert not hit_first and ("N101" in missed or "missing-note" in missed)
    assert hit == missed
    if format != "sarif":  # SARIF prints each rule's documentation: it loads the registry
        assert hit_second, "a cache hit imported the extractors or the rules"
    uncached, was_hit, _ = run(project, *args, "--no-cache")
    assert uncached == missed and not was_hit


def test_the_cache_folder_is_tagged_and_ignored(project: Path) -> None:
    run(project, "lint", "manuscript.txt")
    folder = project / ".citecheck_cache"
    assert (
        (folder / "CACHEDIR.TAG")
        .read_text()
        .startswith("Signature: 8a477f597d28d172789f06886806bc55")
    )
    assert (folder / ".gitignore").read_text().splitlines()[-1] == "*"
    assert list(folder.rglob("*.json"))


def test_no_cache_writes_nothing(project: Path) -> None:
    run(project, "lint", "manuscript.txt", "--no-cache")
    assert not (project / ".citecheck_cache").exists()


def test_cache_dir_and_the_environment_choose_the_folder(project: Path) -> None:
    run(project, "lint", "manuscript.txt", "--cache-dir", "elsewhere")
    assert list((project / "elsewhere").rglob("*.json"))
    run(project, "lint", "manuscript.txt", env={"CITECHECK_CACHE_DIR": str(project / "env")})
    assert list((project / "env").rglob("*.json"))
    assert not (project / ".citecheck_cache").exists()


def test_a_changed_manuscript_is_linted_again(project: Path) -> None:
    first, _, _ = run(project, "lint", "manuscript.txt")
    manuscript = project / "manuscript.txt"
    manuscript.write_text("A preface.\n\n" + manuscript.read_text(), encoding="utf-8")
    second, hit, _ = run(project, "lint", "manuscript.txt")
    assert not hit and second != first
    assert "manuscript.txt:13:589: N101 note 3 is cited" in second  # two lines further down


def test_changed_settings_are_a_miss(project: Path) -> None:
    run(project, "lint", "manuscript.txt")
    narrowed, hit, _ = run(project, "lint", "manuscript.txt", "--select", "N")
    assert not hit and "C10" not in narrowed and "N101" in narrowed
    # A configuration file that ignores a rule changes the result, and the cache sees it.
    (project / "citecheck.toml").write_text('ignore = ["N106"]\n', encoding="utf-8")
    configured, hit, _ = run(project, "lint", "manuscript.txt")
    assert not hit and "N106" not in configured
    again, hit, _ = run(project, "lint", "manuscript.txt")
    assert hit and again == configured


def test_a_changed_bibliography_is_a_miss_and_a_touched_one_is_not(project: Path) -> None:
    first, _, _ = run(project, "lint", "manuscript.txt")
    bib = project / "bibliography.bib"
    os.utime(bib, ns=(1_000_000_000, 1_000_000_000))  # touched, the same bytes
    touched, hit, _ = run(project, "lint", "manuscript.txt")
    assert hit and touched == first
    bib.write_text(bib.read_text() + "\n@book{extra2020, title={Extra}, year={2020}}\n")
    changed, hit, _ = run(project, "lint", "manuscript.txt")
    assert not hit and "extra2020" in changed


def test_a_bibliography_that_appears_is_a_miss(tmp_path: Path) -> None:
    (tmp_path / "m.txt").write_text("As Cliff argued.1\n\n1 Cliff, 1974, p. 3.\n", "utf-8")
    before, _, _ = run(tmp_path, "lint", "m.txt")
    assert "B103" in before  # no bibliography found
    (tmp_path / "bibliography.bib").write_text(
        "@book{cliff1974, author={Cliff, Tony}, title={State Capitalism}, year={1974}}\n"
    )
    after, hit, _ = run(tmp_path, "lint", "m.txt")
    assert not hit and "B103" not in after


def test_a_corrupt_entry_is_ignored_and_written_over(project: Path) -> None:
    first, _, _ = run(project, "lint", "manuscript.txt", "--format", "json")
    (entry,) = (project / ".citecheck_cache" / "lint-v1").rglob("*.json")
    for damage in (b"{not json", json.dumps({"format": 1}).encode(), b"\x00" * 10):
        entry.write_bytes(damage)
        again, hit, errors = run(project, "lint", "manuscript.txt", "--format", "json")
        assert again == first and not hit and errors == ""
    _, hit, _ = run(project, "lint", "manuscript.txt", "--format", "json")
    assert hit


def test_a_cache_path_that_is_a_file_is_noted_once(project: Path) -> None:
    (project / "taken").write_text("not a folder\n")
    output, _, errors = run(project, "lint", "manuscript.txt", "--cache-dir", "taken", "-j", "2")
    assert errors.count("cannot write the cache") == 1 and "Traceback" not in errors
    expected, _, _ = run(project, "lint", "manuscript.txt", "--no-cache")
    assert output == expected


def test_many_files_from_the_cache_in_any_number_of_jobs(tmp_path: Path) -> None:
    shutil.copy(ROOT / "bibliography.bib", tmp_path / "bibliography.bib")
    for n in range(6):
        text = f"Claim {n}.1 Another.2\n\n1 Cliff, 1974, p. {n}.\n2 Harman, 2009.\n"
        (tmp_path / f"m{n}.txt").write_text(text, encoding="utf-8")
    expected, _, _ = run(tmp_path, "lint", ".", "-j", "1", "--no-cache")
    cold, _, _ = run(tmp_path, "lint", ".", "-j", "2")
    warm, hit, _ = run(tmp_path, "lint", ".", "-j", "2")
    warm_one, hit_one, _ = run(tmp_path, "lint", ".", "-j", "1")
    assert cold == warm == warm_one == expected
    assert hit and hit_one


def test_latex_files_are_linted_with_their_project_and_the_others_cached(tmp_path: Path) -> None:
    shutil.copy(ROOT / "bibliography.bib", tmp_path / "bibliography.bib")
    (tmp_path / "notes.txt").write_text("A claim.1\n\n1 Cliff, 1974, p. 3.\n", "utf-8")
    (tmp_path / "book.tex").write_text(
        "\\documentclass{book}\n\\begin{document}\n\\input{part}\n\\end{document}\n", "utf-8"
    )
    part = tmp_path / "part.tex"
    part.write_text("As \\cite{cliff1974} argued.\\footnote{See \\cite{nobody2020}.}\n", "utf-8")
    first, _, _ = run(tmp_path, "lint", ".")
    assert "nobody2020" in first
    assert len(list((tmp_path / ".citecheck_cache" / "lint-v1").rglob("*.json"))) == 1  # notes.txt
    part.write_text("As \\cite{cliff1974} argued.\\footnote{See \\cite{later2021}.}\n", "utf-8")
    second, _, _ = run(tmp_path, "lint", ".")
    assert "later2021" in second and "nobody2020" not in second
