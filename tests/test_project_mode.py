"""Project mode: `citecheck lint` / `lint .` in a repository laid out as people keep one.

Each test builds a scratch project (a git work tree where .gitignore matters) and runs the
command line in it, as a user would from the project's folder.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.discovery import Selection, walk
from citecheck.readers import manuscript_suffixes

BIB = (
    "@book{alpha2020, author = {Alpha, Ann}, title = {One}, year = {2020}}\n"
    "@book{beta2021, author = {Beta, Ben}, title = {Two}, year = {2021}}\n"
    "@book{gamma2022, author = {Gamma, Gil}, title = {Three}, year = {2022}}\n"
)


def _files(root: Path, files: dict[str, str | bytes]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")


def _git_init(root: Path) -> None:
    subprocess.run(["git", "-c", "init.defaultBranch=main", "init", "-q"], cwd=root, check=True)


def _run(
    argv: list[str], capsys: pytest.CaptureFixture[str], cwd: Path, monkeypatch
) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """README, LICENSE, an empty requirements.txt, a git-ignored build/ and two chapters
    sharing bibliography.bib: each cites an entry the other does not; gamma2022 is uncited."""
    root = tmp_path / "paper"
    root.mkdir()
    _git_init(root)
    _files(
        root,
        {
            ".gitignore": "build/\n",
            "bibliography.bib": BIB,
            "chapters/one.md": "The first claim [@alpha2020].\n",
            "chapters/two.md": "The second claim [@beta2021].\n",
            "README.md": "# The paper\n\nBuild it with `make`; see [@readme2000].\n",
            "LICENSE.txt": "Permission is hereby granted [@license1999].\n",
            "requirements.txt": "",
            "build/paper.md": "Generated copy [@built2024].\n",
        },
    )
    return root


@pytest.mark.parametrize("argv", [["lint"], ["lint", "."]], ids=["no-path", "dot"])
def test_lint_of_a_project_checks_the_chapters_only(
    repository: Path, argv: list[str], capsys, monkeypatch
) -> None:
    code, out, err = _run(argv, capsys, repository, monkeypatch)
    assert code == 0, err  # warnings only: never an abort on requirements.txt
    # README, LICENSE and the git-ignored build/ are not manuscripts of the project
    for key in ("readme2000", "license1999", "built2024"):
        assert key not in out
    # never cited is judged across both chapters: only gamma2022 is uncited
    assert "gamma2022" in out
    assert "alpha2020" not in out and "beta2021" not in out
    assert "in 2 files" in out
    # the empty requirements.txt is skipped with a note on stderr
    assert "requirements.txt" in err and "skipped" in err


def test_a_file_that_cites_nothing_does_not_hide_never_cited(
    repository: Path, capsys, monkeypatch
) -> None:
    _files(repository, {"notes.md": "A to-do list with no citation at all.\n"})
    _code, out, err = _run(["lint", "."], capsys, repository, monkeypatch)
    assert "in 3 files" in out, err
    assert "C103" in out and "gamma2022" in out


def test_a_file_named_is_linted_even_when_excluded(repository: Path, capsys, monkeypatch) -> None:
    code, out, _ = _run(["lint", "README.md"], capsys, repository, monkeypatch)
    assert "readme2000" in out and code == 1
    code, out, err = _run(["lint", "README.md", "--force-exclude"], capsys, repository, monkeypatch)
    assert code == 0 and "readme2000" not in out  # as a per-file hook given only the README
    assert "README.md: matches the exclude patterns" in err


def test_a_non_manuscript_named_is_still_an_input_error(
    repository: Path, capsys, monkeypatch
) -> None:
    code, _, err = _run(["lint", "requirements.txt"], capsys, repository, monkeypatch)
    assert code == 2
    assert "requirements.txt" in err and "Traceback" not in err


def test_exclude_and_extend_exclude_from_the_command_line(
    repository: Path, capsys, monkeypatch
) -> None:
    _code, out, _ = _run(
        ["lint", ".", "--extend-exclude", "chapters/two.md"], capsys, repository, monkeypatch
    )
    assert "in 1 file" in out
    assert "beta2021" in out  # with chapter two left out, its entry is uncited
    # --exclude replaces the defaults: README.md is linted again
    _code, out, _ = _run(["lint", ".", "--exclude", "build/"], capsys, repository, monkeypatch)
    assert "readme2000" in out and "built2024" not in out


def test_exclude_from_the_configuration_file(repository: Path, capsys, monkeypatch) -> None:
    _files(repository, {"citecheck.toml": 'extend-exclude = ["two.md"]\n'})
    _code, out, _ = _run(["lint"], capsys, repository, monkeypatch)
    assert "in 1 file" in out and "beta2021" in out


def test_the_walk_reads_nested_gitignores_and_skips_installed_folders(tmp_path: Path) -> None:
    _files(
        tmp_path,
        {
            ".gitignore": "*.txt\n!keep.txt\n",
            "drafts/.gitignore": "old/\n",
            "drafts/old/a.md": "x",
            "drafts/new.md": "x",
            "drafts/notes.txt": "x",
            "drafts/keep.txt": "x",
            "node_modules/pkg/readme.md": "x",
            ".venv/lib/x.md": "x",
            "_site/index.md": "x",
            "dist/paper.md": "x",
            "CHANGELOG.md": "x",
            "Contributing.md": "x",
            "paper.tex": "x",
        },
    )
    found = walk(tmp_path, Selection(), manuscript_suffixes())
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "drafts/keep.txt",
        "drafts/new.md",
        "paper.tex",
    ]
    only_tex = walk(tmp_path, Selection(include=("*.tex",)), manuscript_suffixes())
    assert [p.name for p in only_tex] == ["paper.tex"]
