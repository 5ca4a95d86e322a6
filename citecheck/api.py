"""The Python API: `citecheck.lint(paths_or_text, **options) -> Result`.

The command line is a layer over the same engine call; this module is what a script
needs without argparse:

    >>> import citecheck
    >>> result = citecheck.lint("paper.md", bib=["refs.bib"])
    >>> [(f.code, f.location.line) for f in result.findings]
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from citecheck.engine import FileResult, LintOptions, LintResult, exit_code, lint_paths
from citecheck.model import Finding, Severity

PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class Result:
    """What a lint found: every finding (typed, located) and each file's result."""

    files: tuple[FileResult, ...]

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for file in self.files for f in file.findings)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def exit_code(self, fail_on: Severity = Severity.ERROR) -> int:
        """The command line's exit code for these findings: 1 when any is at `fail_on`."""
        return exit_code(LintResult(self.files), fail_on)

    def render(self, format: str = "text") -> str:
        """The report as the command line prints it: text, json, github or sarif."""
        from citecheck.reporters import get_reporter

        return get_reporter(format)(LintResult(self.files))


def lint(
    paths_or_text: PathLike | Iterable[PathLike],
    *,
    text: bool | None = None,
    filename: str = "manuscript.txt",
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    bib: Sequence[PathLike] = (),
    jobs: int = 1,
    keep_documents: bool = False,
) -> Result:
    """Lint manuscripts, or a manuscript given as text.

    `paths_or_text`: a path, a list of paths (files or folders), or the text of one
    manuscript. A string is taken as text when `text=True`, or, with `text` unset, when it
    holds a line break; `filename` then names it and its suffix chooses the reader (.md,
    .tex, .txt). `select`/`ignore`: rule codes, prefixes or names, as on the command
    line. `bib`: bibliography files (default: as the command line finds them). `jobs`:
    worker processes. `keep_documents`: keep each file's extracted manuscript on its
    `FileResult` (for inspection; costs memory on many files).

    Raises `citecheck.errors.CitecheckError` (an `InputError` or `UsageError`) for input
    the command line would refuse with exit 2.
    """
    from citecheck.engine import unknown_selectors
    from citecheck.errors import UsageError

    unknown = unknown_selectors([*select, *ignore])
    if unknown:
        raise UsageError(f"unknown rule code or name: {', '.join(unknown)}")
    options = LintOptions(
        select=tuple(select), ignore=tuple(ignore), bib_paths=tuple(str(p) for p in bib)
    )
    is_text = isinstance(paths_or_text, str) and (
        text if text is not None else "\n" in paths_or_text
    )
    if is_text:
        assert isinstance(paths_or_text, str)
        result = lint_paths(
            ["-"],
            options,
            keep_documents=keep_documents,
            stdin=paths_or_text.encode("utf-8"),
            stdin_filename=filename,
        )
    else:
        if isinstance(paths_or_text, str | os.PathLike):
            paths = [os.fspath(paths_or_text)]
        else:
            paths = [os.fspath(p) for p in paths_or_text]
        result = lint_paths(paths, options, jobs=jobs, keep_documents=keep_documents)
    return Result(result.files)
