"""`path:line:col: CODE message`, one line per finding, then a summary line.

Paths and messages quote the manuscript: they are written through `visible`, so that no
control character, bidi override or newline from it reaches the terminal raw.
"""

from __future__ import annotations

from citecheck.display import visible
from citecheck.engine import LintResult, severity_counts
from citecheck.model import Severity


def render(result: LintResult) -> str:
    lines = []
    for file in result.files:
        for finding in file.findings:
            location = finding.location
            line, column = (location.line, location.column) if location else (1, 1)
            path = visible(finding.path or file.path, keep="")
            message = visible(finding.message, keep="")
            lines.append(f"{path}:{line}:{column}: {finding.code} {message}")
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"


def summary_line(result: LintResult) -> str:
    counts = severity_counts(result)
    files = len(result.files)
    parts = [
        _plural(counts[Severity.ERROR], "error"),
        _plural(counts[Severity.WARNING], "warning"),
        _plural(counts[Severity.INFO], "info"),
    ]
    checked = _plural(files, "file")
    if not sum(counts.values()):
        return f"All clear: no findings in {checked}."
    return f"Found {', '.join(parts)} in {checked}."


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 or word == "info" else f"{n} {word}s"
