"""Output paths checked against the run's inputs: nothing citecheck writes may replace a
manuscript, bibliography, baseline or configuration file it reads.

Paths are compared after resolving symbolic links (and by device and inode when both
exist, which also catches hard links), so `--output-file link-to-m.txt` is refused too.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from citecheck.errors import OutputError

# The marker citecheck's own HTML reports carry (templates/report.html.j2): a report
# recognised by it may be replaced; any other existing file only with --force.
GENERATOR_MARK = b'<meta name="generator" content="citecheck">'


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    try:
        if os.path.realpath(a) == os.path.realpath(b):
            return True
        return os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def run_inputs(
    *,
    manuscripts: Iterable[str] = (),
    bibliographies: Iterable[str] = (),
    baselines: Iterable[str | None] = (),
    configs: Iterable[str | os.PathLike[str] | None] = (),
) -> dict[str, str]:
    """Every input of a run, by path, with what it is ("manuscript", …)."""
    inputs: dict[str, str] = {}
    for role, paths in (
        ("manuscript", manuscripts),
        ("bibliography", bibliographies),
        ("baseline", baselines),
        ("configuration file", configs),
    ):
        for path in paths:
            if path:
                inputs.setdefault(str(path), role)
    return inputs


def refuse_inputs(option: str, target: str | os.PathLike[str], inputs: Mapping[str, str]) -> None:
    """OutputError when `target` is (or links to) one of the run's inputs."""
    for path, role in inputs.items():
        if same_file(target, path):
            through = "" if str(target) == path else f" ({path})"
            raise OutputError(
                f"{option} {target}: is the {role}{through} this run reads; "
                "refusing to write over it (choose another file)"
            )


def refuse_same_outputs(outputs: Mapping[str, str | None]) -> None:
    """OutputError when two outputs of one run name the same file."""
    named = [(option, path) for option, path in outputs.items() if path]
    for i, (first, a) in enumerate(named):
        for second, b in named[i + 1 :]:
            if same_file(a, b):
                raise OutputError(f"{first} and {second} name the same file {a}")


def written_by_citecheck(path: Path) -> bool:
    """True when the file at `path` is one of citecheck's HTML reports."""
    try:
        with open(path, "rb") as handle:
            return GENERATOR_MARK in handle.read(4096)
    except OSError:
        return False
