"""`path:line:col: CODE message`, one line per finding, then a summary line.

Paths and messages quote the manuscript: they are written through `visible`, so that no
control character, bidi override or newline from it reaches the terminal raw.
"""

from __future__ import annotations

from citecheck.bibliography import usable_references
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
    matched = _checked_against(result)
    if not sum(counts.values()):
        return f"All clear: no findings in {checked}. {matched}"
    return f"Found {', '.join(parts)} in {checked}. {matched}"


def _checked_against(result: LintResult) -> str:
    """ "Checked 50 citations against 31 entries.": what the run could compare. Entries of a
    bibliography shared by several manuscripts count once."""
    citations = 0
    entries: set[tuple[str, str, int]] = set()
    unshared = 0
    for file in result.files:
        manuscript = file.manuscript
        if manuscript is None:  # a result built without its model: its counts only
            citations += file.stats.get("citations", 0)
            unshared += file.stats.get("references", 0)
            continue
        citations += sum(1 for c in manuscript.citations if c.form != "nocite")
        citations += sum(1 for c in manuscript.note_citations if c.authors or c.title)
        entries.update((r.source, r.key, r.line) for r in usable_references(manuscript))
    return (
        f"Checked {_plural(citations, 'citation')} against "
        f"{_plural(len(entries) + unshared, 'entry')}."
    )


def _plural(n: int, word: str) -> str:
    if n == 1 or word == "info":
        return f"{n} {word}"
    return f"{n} entries" if word == "entry" else f"{n} {word}s"
