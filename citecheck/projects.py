"""The files found, read and grouped into what is linted: manuscripts and LaTeX projects.

A file found by walking a folder that citecheck cannot read as a manuscript (an empty
`requirements.txt`, a binary, an unreadable file) is skipped with a note; named on the
command line it stays an input error. A LaTeX root brings in its members
(`readers.latex_project`); a member is linted once, as part of its project, even when the
walk found it too, and against the bibliographies named anywhere in the project.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from citecheck.bibliography import named_files
from citecheck.errors import InputError
from citecheck.model import SourceText
from citecheck.readers.latex_project import LatexProject, assemble, is_root

Read = Callable[[Path], SourceText]
Warn = Callable[[str], None]


@dataclass(frozen=True)
class Unit:
    """One file to lint. `home` and `home_source` are the file (and text) whose folder the
    bibliography is looked for from: the file itself, or its project's root."""

    path: Path
    source: SourceText
    home: Path
    home_source: SourceText
    named: tuple[str, ...] = ()  # the bibliographies named anywhere in the project's tree


def plan(
    found: Sequence[Path], named: Iterable[Path], read: Read, warn: Warn | None
) -> list[Unit | Path]:
    """What is linted, in the order found: a unit for each LaTeX file (a project's members
    with their root), and the path of every other file, which is read where it is linted
    (in a worker). Only the LaTeX files are read here: a project is made of them alone."""
    named_paths = {_identity(path) for path in named}
    sources: dict[Path, SourceText] = {}
    for path in found:
        if not _is_latex(path):
            continue
        try:
            sources[path] = read(path)
        except InputError as exc:
            if _identity(path) in named_paths or warn is None:
                raise
            warn(f"{exc}; skipped, not read as a manuscript")
    projects = {
        path: assemble(path, source, read) for path, source in sources.items() if is_root(source)
    }
    members = {_identity(m.path) for p in projects.values() for m in p.members[1:]}
    units: list[Unit | Path] = []
    done: set[Path] = set()
    for path in found:
        if _identity(path) in members or _identity(path) in done:
            continue  # linted with the project that brings it in
        if not _is_latex(path):
            units.append(path)
            done.add(_identity(path))
            continue
        if path not in sources:
            continue  # unreadable, skipped with a warning above
        source = sources[path]
        project = projects.get(path)
        if project is None:
            units.append(Unit(path, source, path, source))
            done.add(_identity(path))
            continue
        for note in project.notes:
            if warn is not None:
                warn(note)
        bibliographies = project_bibliographies(project)
        for member in project.body:
            if _identity(member.path) not in done:
                done.add(_identity(member.path))
                units.append(Unit(member.path, member.source, path, source, bibliographies))
    return units


def _is_latex(path: Path) -> bool:
    return path.suffix.lower() == ".tex"


def project_bibliographies(project: LatexProject) -> tuple[str, ...]:
    """The files `\\bibliography` or `\\addbibresource` name anywhere in the project, found
    from the root's folder (where LaTeX runs); a missing one is an InputError."""
    found: list[str] = []
    for member in project.members:
        for path in named_files(project.root, member.source):
            if str(path) not in found:
                found.append(str(path))
    return tuple(found)


def _identity(path: Path) -> Path:
    return Path(os.path.realpath(path))  # Path.resolve raises on a symlink loop
