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


def _hook() -> dict:
    (hook,) = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))  # pre-commit's own checks
    return hook


def test_the_manifest_is_valid_and_runs_citecheck_lint() -> None:
    hook = _hook()
    assert hook["id"] == "citecheck"
    assert hook["language"] == "python"
    assert shlex.split(hook["entry"]) == ["citecheck", "lint"]
    assert hook["pass_filenames"] is True


@pytest.fixture
def scratch_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    hook = {k: v for k, v in _hook().items() if k in {"id", "name", "entry", "types_or"}}
    hook["language"] = "system"
    config = {"repos": [{"repo": "local", "hooks": [hook]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (repo / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (repo / "script.py").write_text("print('not a manuscript')\n", encoding="utf-8")
    git = ["git", "-c", "init.defaultBranch=main"]
    subprocess.run([*git, "init", "-q"], cwd=repo, check=True, env=_env(tmp_path))
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
    assert action["inputs"]["paths"]["required"] is True


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
