"""Which files a directory holds that are manuscripts: project mode (`citecheck lint .`).

A folder is walked top-down. A file is taken when it matches `include` (by default the
suffixes citecheck reads), matches neither `exclude` (the defaults below) nor
`extend-exclude`, and is not ignored by a `.gitignore` on its way down from the folder
linted (or by `.git/info/exclude`). Patterns are gitignore patterns, matched by `pathspec`
against the path relative to the folder linted: `build/` is a folder of that name at any
depth, `README*` a file name anywhere, `/notes.md` only at the top.

`.gitignore` files are read with `pathspec` rather than by asking `git ls-files`: one code
path whether or not the folder is a git work tree or git is installed (a tarball, an
Overleaf export), no subprocess on the lint path, and the same answer in tests. It covers
what a manuscript project uses (nested `.gitignore`, negation, `.git/info/exclude`); it
does not read git's global `core.excludesFile`. See docs/project-mode.md.

A file named on the command line is always taken, as ruff does, unless `force_exclude`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from citecheck.errors import InputError
from citecheck.inputs import describe_os_error

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

Warn = Callable[[str], None]

# Files that live beside manuscripts but are not manuscripts, and folders of generated or
# installed files. Matched without regard to case (README.md, Readme.txt, readme).
DEFAULT_EXCLUDE: tuple[str, ...] = (
    "README*",
    "LICENSE*",
    "LICENCE*",
    "CHANGELOG*",
    "CONTRIBUTING*",
    "build/",
    "_site/",
    "dist/",
    ".*",  # hidden files and folders: .git, .github, .venv, .cache
    ".venv/",
    "venv/",
    "node_modules/",
)


@dataclass(frozen=True)
class Selection:
    """What project mode takes. `include` empty means every suffix citecheck reads."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    force_exclude: bool = False


def suffix_patterns(suffixes: Iterable[str]) -> tuple[str, ...]:
    return tuple(f"*{suffix}" for suffix in sorted(suffixes))


def is_excluded(relative: str, selection: Selection) -> bool:
    """`relative` is the path from the folder linted, with "/" separators."""
    if selection.exclude is DEFAULT_EXCLUDE or selection.exclude == DEFAULT_EXCLUDE:
        default = _spec(DEFAULT_EXCLUDE).match_file(relative.lower())
    else:
        default = _spec(selection.exclude).match_file(relative)
    return default or _spec(selection.extend_exclude).match_file(relative)


def walk(
    root: Path,
    selection: Selection,
    suffixes: Iterable[str],
    warn: Warn | None = None,
) -> list[Path]:
    """The manuscripts under `root`, sorted, as project mode selects them."""
    include = _spec(selection.include or suffix_patterns(suffixes))
    ignored: list[tuple[str, GitIgnoreSpec]] = []  # (folder relative to root, its rules)
    info_exclude = root / ".git" / "info" / "exclude"
    if info_exclude.is_file():
        ignored.append(("", _read_ignore_file(info_exclude)))
    found: list[Path] = []

    def unreadable(exc: OSError) -> None:
        message = (
            f"{exc.filename}: cannot read the folder ({describe_os_error(exc)}); "
            "its manuscripts were not checked"
        )
        if warn is None:
            raise InputError(message)
        warn(message)

    for folder, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=False):
        here = Path(folder)
        base = here.relative_to(root).as_posix()
        base = "" if base == "." else base
        gitignore = here / ".gitignore"
        if gitignore.is_file():
            ignored.append((base, _read_ignore_file(gitignore)))
        rules = [(b, s) for b, s in ignored if not b or base == b or base.startswith(b + "/")]
        dirnames[:] = sorted(
            d for d in dirnames if not _skipped(_join(base, d) + "/", selection, rules)
        )
        for name in sorted(filenames):
            relative = _join(base, name)
            if not include.match_file(relative) or _skipped(relative, selection, rules):
                continue
            path = here / name
            if path.is_file():
                found.append(path)
            elif path.is_symlink() and warn is not None:
                warn(f"{path}: a broken symbolic link or a link loop; not checked")
    return sorted(found)


def named_file_excluded(path: Path, selection: Selection) -> bool:
    """Under `force_exclude`, a file named on the command line is excluded like any other."""
    if not selection.force_exclude:
        return False
    parts = Path(os.path.relpath(path)).as_posix().split("/")
    return any(is_excluded("/".join(parts[i:]), selection) for i in range(len(parts)))


def _join(base: str, name: str) -> str:
    return f"{base}/{name}" if base else name


def _skipped(
    relative: str, selection: Selection, rules: Sequence[tuple[str, GitIgnoreSpec]]
) -> bool:
    """`relative` ends in "/" for a folder, as gitignore patterns expect."""
    return is_excluded(relative, selection) or _git_ignored(relative, rules)


def _git_ignored(relative: str, rules: Sequence[tuple[str, GitIgnoreSpec]]) -> bool:
    """The last .gitignore with something to say decides, as in git (deeper files last)."""
    verdict = False
    for base, spec in rules:
        inside = relative[len(base) + 1 :] if base else relative
        result = spec.check_file(inside)
        if result.include is not None:
            verdict = result.include
    return verdict


def _read_ignore_file(path: Path) -> GitIgnoreSpec:
    from pathspec import GitIgnoreSpec  # only when a folder is walked: a file named needs none

    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    return GitIgnoreSpec.from_lines(lines)


_SPECS: dict[tuple[str, ...], GitIgnoreSpec] = {}


def _spec(patterns: Sequence[str]) -> GitIgnoreSpec:
    from pathspec import GitIgnoreSpec

    key = tuple(patterns)
    if key not in _SPECS:
        lines = [p.lower() for p in key] if key == DEFAULT_EXCLUDE else list(key)
        _SPECS[key] = GitIgnoreSpec.from_lines(lines)
    return _SPECS[key]
