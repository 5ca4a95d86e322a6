"""Self-contained HTML reports (filled in by the HTML issue)."""

from __future__ import annotations

from citecheck.engine import LintResult


def write_html(result: LintResult, path: str) -> None:
    raise NotImplementedError("HTML reports are not built yet")
