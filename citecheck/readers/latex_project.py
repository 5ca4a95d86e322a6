"""A LaTeX document laid out over several files: the root and what it brings in.

From a root file (one with `\\documentclass`), `\\input`, `\\include` and `\\subfile` are
followed relative to the folder LaTeX runs in (the root's), and the `import` package's
`\\import{dir}{file}` (from the root's folder, or an absolute dir) and `\\subimport{dir}{file}`
(from the including file's folder; inside an imported file `\\input` is relative to it
too). As in LaTeX, ".tex" is tried first when the name does not end in it. A command in a
comment is passed over.

Each file reached becomes a member of the project and is linted as what it is: text at its
own path and lines, against the bibliographies the project names anywhere in its tree. A
file brought in before `\\begin{document}` is preamble (macros, `\\addbibresource`): its
bibliographies count, its text is not linted. A cycle, a file that is not there, or nesting
deeper than MAX_DEPTH is a note (the caller prints it on stderr) and the rest goes on.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from citecheck.errors import InputError
from citecheck.model import LineIndex, SourceText

# Deeper than this is a mistake (TeX's own input stack allows some 15 open files).
MAX_DEPTH = 16

# The commands that bring in another file.
# matches "\input{chapters/one}", "\include{two}", "\subfile{three.tex}",
# "\import{parts/}{four}", "\subimport*{sub/}{five}";
# not "\includegraphics{fig}", "\inputencoding{utf8}", "\includeonly{two}"
INCLUSION = re.compile(
    r"""\\(?P<command>input|include|subfile)\s*\{(?P<name>[^{}]*)\}
      | \\(?P<import>import|subimport)\*?\s*\{(?P<folder>[^{}]*)\}\s*\{(?P<file>[^{}]*)\}
    """,
    re.VERBOSE,
)

# A root file declares its document class (a subfile's `\documentclass[main]{subfiles}` too).
# matches "\documentclass[12pt]{book}", "\documentclass{article}"; not "% \documentclass{x}"
# (comments are checked separately) nor "\documentclasses"
DOCUMENT_CLASS = re.compile(r"\\documentclass\s*(?:\[[^\]]*\]\s*)?\{")

BEGIN_DOCUMENT = "\\begin{document}"

Read = Callable[[Path], SourceText]


@dataclass(frozen=True)
class Member:
    path: Path
    source: SourceText
    preamble: bool  # brought in before \begin{document}: read for bibliographies only


@dataclass(frozen=True)
class LatexProject:
    root: Path
    members: tuple[Member, ...]  # the root first, then the files in the order LaTeX reads them
    notes: tuple[str, ...]  # cycles, missing files, too deep: for stderr

    @property
    def body(self) -> tuple[Member, ...]:
        return tuple(member for member in self.members if not member.preamble)


def is_root(source: SourceText) -> bool:
    """A LaTeX file that declares its document class, outside a comment."""
    if source.format != "latex":
        return False
    return any(
        not _in_comment(source, match.start()) for match in DOCUMENT_CLASS.finditer(source.text)
    )


def assemble(root: Path, source: SourceText, read: Read) -> LatexProject:
    """The root and every file it brings in, each once, in the order LaTeX reads them."""
    members = [Member(root, source, preamble=False)]
    notes: list[str] = []
    seen = {_identity(root)}

    def visit(
        path: Path, source: SourceText, base: Path, chain: tuple[Path, ...], preamble: bool
    ) -> None:
        begin = source.text.find(BEGIN_DOCUMENT)
        lines = LineIndex.of(source.text)
        for match in INCLUSION.finditer(source.text):
            if _in_comment(source, match.start()):
                continue
            where = f"{path}:{lines.position(match.start())[0]}"
            target, folder = _target(match, base, path.parent)
            found = _find(target)
            if found is None:
                notes.append(
                    f"{where}: {match.group(0)}: no such file (looked for {_tried(target)}); "
                    "its text was not checked"
                )
                continue
            if _identity(found) in {_identity(p) for p in chain}:
                notes.append(f"{where}: {match.group(0)}: brings in {found} again (a cycle)")
                continue
            if _identity(found) in seen:
                continue  # brought in twice: read once
            if len(chain) >= MAX_DEPTH:
                notes.append(
                    f"{where}: {match.group(0)}: nested more than {MAX_DEPTH} files deep; "
                    "not followed"
                )
                continue
            seen.add(_identity(found))
            try:
                included = read(found)
            except InputError as exc:
                notes.append(f"{where}: {match.group(0)}: {exc}")
                continue
            in_preamble = preamble or 0 <= match.start() < begin
            members.append(Member(found, included, in_preamble))
            visit(found, included, folder, (*chain, found), in_preamble)

    visit(root, source, root.parent, (root,), False)
    return LatexProject(root, tuple(members), tuple(notes))


def _target(match: re.Match[str], base: Path, here: Path) -> tuple[Path, Path]:
    """The file named, and the folder its own inclusions are relative to."""
    if match.group("command"):
        target = base / match.group("name").strip()
        return target, base
    folder_name = match.group("folder").strip()
    origin = here if match.group("import") == "subimport" else base
    folder = Path(folder_name) if Path(folder_name).is_absolute() else origin / folder_name
    return folder / match.group("file").strip(), folder


def _tried(target: Path) -> str:
    return " or ".join(str(p) for p in _candidates(target))


def _candidates(target: Path) -> list[Path]:
    if target.suffix == ".tex":
        return [target]
    return [target.with_name(target.name + ".tex"), target]


def _find(target: Path) -> Path | None:
    for candidate in _candidates(target):
        if candidate.is_file():
            return candidate
    return None


def _identity(path: Path) -> Path:
    return Path(os.path.realpath(path))  # Path.resolve raises on a symlink loop


def _in_comment(source: SourceText, offset: int) -> bool:
    return any(comment.span.contains(offset) for comment in source.comments)
