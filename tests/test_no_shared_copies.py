"""No file of this repository is a byte-identical copy of a file in ../shared.

Data from other repositories (real manuscripts, recorded answers, schemas) is read from
../shared and never committed here, so its licence and provenance stay with it. The one
exception is the sample manuscript, the demo's own input.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterable
from pathlib import Path

from tests.shared_data import ROOT, shared_path

ALLOWED = {"examples/stalinisms-long-shadow.txt"}
SKIPPED_FOLDERS = {".git", ".venv"}  # for the walk, when git cannot list the files


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def project_files(root: Path) -> list[str]:
    """The tracked files (`git ls-files`), or every file but .git's and .venv's."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z"], cwd=root, capture_output=True, check=True
        ).stdout
        return [name for name in listed.decode("utf-8").split("\0") if name]
    except (OSError, subprocess.CalledProcessError):
        pass
    found = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [s for s in subfolders if s not in SKIPPED_FOLDERS]
        found += [(Path(folder) / f).relative_to(root).as_posix() for f in files]
    return found


def copies_of_shared(root: Path, names: Iterable[str], shared: Path) -> list[tuple[str, str]]:
    """(project file, shared file) pairs with the same bytes; empty files never count."""
    by_size: dict[int, list[Path]] = {}
    for path in shared.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.stat().st_size > 0:
            by_size.setdefault(path.stat().st_size, []).append(path)
    digests: dict[Path, str] = {}
    copies = []
    for name in names:
        path = root / name
        if not path.is_file() or path.stat().st_size not in by_size:
            continue  # deleted in the worktree, or no shared file of that size
        mine = _digest(path)
        for other in by_size[path.stat().st_size]:
            if digests.setdefault(other, _digest(other)) == mine:
                copies.append((name, other.relative_to(shared).as_posix()))
    return copies


def test_no_committed_file_is_a_copy_of_shared_data() -> None:
    shared = shared_path()
    copies = [c for c in copies_of_shared(ROOT, project_files(ROOT), shared) if c[0] not in ALLOWED]
    assert copies == [], "read these from ../shared instead of committing copies: " + ", ".join(
        f"{mine} = ../shared/{theirs}" for mine, theirs in copies
    )


def test_the_sample_manuscript_is_the_one_allowed_copy() -> None:
    # Guards the exception itself: if the sample stops being the shared manuscript, the
    # exception is stale and should go.
    shared = shared_path("corpus", "stalinisms-long-shadow.txt")
    assert _digest(ROOT / "examples" / "stalinisms-long-shadow.txt") == _digest(shared)


def test_copies_are_found_by_content_not_by_name(tmp_path: Path) -> None:
    shared, project = tmp_path / "shared", tmp_path / "project"
    (shared / "corpus").mkdir(parents=True)
    project.mkdir()
    (shared / "corpus" / "paper.md").write_text("A real paper.\n", encoding="utf-8")
    (shared / "corpus" / "empty.txt").write_bytes(b"")
    (project / "renamed.md").write_text("A real paper.\n", encoding="utf-8")
    (project / "paper.md").write_text("Our own paper.\n", encoding="utf-8")
    (project / "empty.txt").write_bytes(b"")
    names = ["renamed.md", "paper.md", "empty.txt", "gone.txt"]
    assert copies_of_shared(project, names, shared) == [("renamed.md", "corpus/paper.md")]


def test_without_git_the_walk_lists_files_but_not_git_or_venv(tmp_path: Path) -> None:
    for name in ("a.txt", "sub/b.txt", ".git/HEAD", ".venv/lib/x.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name, encoding="utf-8")
    # tmp_path is no git work tree, so git fails and the walk answers
    assert sorted(project_files(tmp_path)) == ["a.txt", "sub/b.txt"]
