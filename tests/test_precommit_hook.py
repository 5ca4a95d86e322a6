"""The integrations: the pre-commit hook definition and the composite GitHub Action run.

`pre-commit try-repo .` would build citecheck into a fresh virtualenv from PyPI, which the
tests may not reach. The equivalent here: pre-commit validates the manifest, then runs the
hook for real in a scratch repository as a `local` hook with `language: system`, with this
venv's `citecheck` on PATH standing in for the one pre-commit would install.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from pre_commit.clientlib import load_manifest

from tests.helpers import ROOT, SAMPLE

BIN = Path(sys.executable).parent
CLEAN = "Text one.1 Text two.2\n\n1 A finished note.\n\n2 Another one.\n"
BROKEN = "Text one.1 Text two.2\n\n1 A finished note.\n"


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.org",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.org",
    )
    return env


def _hooks() -> dict[str, dict]:
    hooks = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))  # pre-commit's own checks
    return {hook["id"]: hook for hook in hooks}


def _local(hook_id: str) -> dict:
    """The manifest's hook as a `local` one, run by this venv's citecheck."""
    keys = {"id", "name", "entry", "types_or", "files", "pass_filenames", "require_serial"}
    hook = {k: v for k, v in _hooks()[hook_id].items() if k in keys}
    hook["language"] = "system"
    return hook


def test_the_manifest_is_valid_and_lints_the_project() -> None:
    hooks = _hooks()
    project, per_file = hooks["citecheck"], hooks["citecheck-files"]
    assert project["language"] == per_file["language"] == "python"
    assert shlex.split(project["entry"]) == ["citecheck", "lint"]
    assert project["pass_filenames"] is False  # the project, not the staged files
    assert shlex.split(per_file["entry"]) == ["citecheck", "lint", "--force-exclude"]
    assert per_file["pass_filenames"] is True


def _init(repo: Path, tmp_path: Path, hook_ids: list[str]) -> None:
    config = {"repos": [{"repo": "local", "hooks": [_local(i) for i in hook_ids]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    git = ["git", "-c", "init.defaultBranch=main"]
    subprocess.run([*git, "init", "-q"], cwd=repo, check=True, env=_env(tmp_path))


@pytest.fixture
def scratch_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (repo / "script.py").write_text("print('not a manuscript')\n", encoding="utf-8")
    _init(repo, tmp_path, ["citecheck"])
    return repo


def _pre_commit(repo: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=_env(tmp_path))
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files", "--verbose"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=120,
    )


def test_the_hook_passes_a_clean_manuscript(scratch_repo: Path, tmp_path: Path) -> None:
    done = _pre_commit(scratch_repo, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "citecheck" in done.stdout and "Passed" in done.stdout
    assert "All clear: no findings in 1 file." in done.stdout  # script.py was not passed


def test_the_hook_fails_on_findings(scratch_repo: Path, tmp_path: Path) -> None:
    (scratch_repo / "chapter.txt").write_text(BROKEN, encoding="utf-8")
    done = _pre_commit(scratch_repo, tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "chapter.txt:1:21: N101 note 2 is cited" in done.stdout
    assert "Failed" in done.stdout


# --- a project: three chapters share bibliography.bib; a commit stages one file ----------

BIB = (
    "@book{alpha2020, author = {Alpha, Ann}, title = {One}, year = {2020}}\n"
    "@book{beta2021, author = {Beta, Ben}, title = {Two}, year = {2021}}\n"
    "@book{gamma2022, author = {Gamma, Gil}, title = {Three}, year = {2022}}\n"
)
DELTA = "@book{delta2023, author = {Delta, Dan}, title = {Four}, year = {2023}}\n"


@pytest.fixture
def project_repo(tmp_path: Path) -> Path:
    """Committed without hooks; then each test changes and stages one file."""
    repo = tmp_path / "project"
    (repo / "chapters").mkdir(parents=True)
    (repo / "bibliography.bib").write_text(BIB, encoding="utf-8")
    for name, key in (("one", "alpha2020"), ("two", "beta2021"), ("three", "gamma2022")):
        text = f"Chapter {name} argues this [@{key}].\n"
        (repo / "chapters" / f"{name}.md").write_text(text, encoding="utf-8")
    (repo / "README.md").write_text("# A thesis\n", encoding="utf-8")
    _init(repo, tmp_path, ["citecheck", "citecheck-files"])
    _git(repo, tmp_path, "add", "-A")
    _git(repo, tmp_path, "commit", "-q", "--no-verify", "-m", "start")
    return repo


def _git(repo: Path, tmp_path: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, env=_env(tmp_path))


def _run_staged(repo: Path, tmp_path: Path, hook_id: str) -> subprocess.CompletedProcess[str]:
    """`pre-commit run HOOK`: the hook on what is staged, as `git commit` would run it."""
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", hook_id, "--verbose"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=120,
    )


def test_a_staged_chapter_is_judged_with_the_other_chapters(
    project_repo: Path, tmp_path: Path
) -> None:
    chapter = project_repo / "chapters" / "two.md"
    chapter.write_text("Chapter two, revised [@beta2021].\n", encoding="utf-8")
    _git(project_repo, tmp_path, "add", "chapters/two.md")
    done = _run_staged(project_repo, tmp_path, "citecheck")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "Passed" in output
    assert "C103" not in output  # alpha2020 and gamma2022 are cited by the other chapters
    assert "in 3 files" in output  # the project, README left out
    # The per-file variant sees only the staged chapter: the trade-off the README states.
    per_file = _run_staged(project_repo, tmp_path, "citecheck-files")
    assert "in 1 file" in per_file.stdout
    assert "alpha2020" in per_file.stdout and "gamma2022" in per_file.stdout


def test_a_staged_bibliography_alone_runs_the_hook(project_repo: Path, tmp_path: Path) -> None:
    with (project_repo / "bibliography.bib").open("a", encoding="utf-8") as bib:
        bib.write(DELTA)
    _git(project_repo, tmp_path, "add", "bibliography.bib")
    done = _run_staged(project_repo, tmp_path, "citecheck")
    output = done.stdout + done.stderr
    assert "no files to check" not in output and "Skipped" not in output
    assert "bibliography.bib:4:1: C103 the entry `delta2023`" in output
    assert "alpha2020" not in output


# --- the GitHub Action ------------------------------------------------------------------


def _action() -> dict:
    return yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def test_the_action_is_composite_and_installs_its_own_ref() -> None:
    action = _action()
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    assert all("shell" in step for step in steps if "run" in step)  # composite needs it
    install = next(step for step in steps if "pip install" in step.get("run", ""))
    assert install["env"]["CITECHECK_SOURCE"] == "${{ github.action_path }}"
    assert action["inputs"]["paths"]["default"] == "."  # the project, as `citecheck lint`


def test_the_action_lint_step_runs_with_the_github_format(tmp_path: Path) -> None:
    # Run the step's own script with the inputs as the runner would pass them.
    step = next(s for s in _action()["runs"]["steps"] if s.get("name") == "Lint")
    assert "--format github" in step["run"]
    env = _env(tmp_path) | {"CITECHECK_PATHS": str(SAMPLE), "CITECHECK_ARGS": "--select N101"}
    done = subprocess.run(
        ["bash", "-e", "-c", step["run"]], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0].startswith("::error file=") and "title=N101 missing-note::" in lines[0]
    assert sum(line.startswith("::") for line in lines) == 3
