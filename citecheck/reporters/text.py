"""`path:line:col: CODE message`, one line per finding, then a summary line.

Paths and messages quote the manuscript: they are written through `visible`, so that no
control character, bidi override or newline from it reaches the terminal raw.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from citecheck.bibliography import usable_references
from citecheck.display import visible
from citecheck.engine import FileResult, LintResult, severity_counts
from citecheck.model import Finding, Severity, place_label


def render(
    result: LintResult,
    *,
    color: bool = False,
    show_source: bool = False,
    statistics: bool = False,
) -> str:
    """The findings, one a line, then the summary. `color` adds ANSI colours,
    `show_source` the offending line with a caret under the span, and `statistics`
    replaces the findings by their count per code (as `ruff --statistics`)."""
    paint = _Paint(color)
    if statistics:
        lines = statistics_lines(result, paint)
    else:
        lines = []
        sources = _Sources()
        for file in result.files:
            for finding in file.findings:
                lines.append(_finding_line(file.path, finding, paint))
                if show_source:
                    lines.extend(_source_lines(file, finding, sources, paint))
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"


def _finding_line(default_path: str, finding: Finding, paint: _Paint) -> str:
    location = finding.location
    line, column = (location.line, location.column) if location else (1, 1)
    path = visible(finding.path or default_path, keep="")
    code = paint(finding.code, _SEVERITY_COLOURS[finding.severity])
    message = finding.message
    if place := place_label(finding.data):  # a DOCX: where Word shows it
        message += f" ({place})"
    return f"{paint(path, BOLD)}:{line}:{column}: {code} {visible(message, keep='')}"


def statistics_lines(result: LintResult, paint: _Paint | None = None) -> list[str]:
    """`  3  C104  citation-format`: findings counted by code, most frequent first."""
    paint = paint or _Paint(False)
    counts = Counter((f.code, f.rule, f.severity) for f in result.findings())
    width = max((len(str(n)) for n in counts.values()), default=1)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
    return [
        f"{n:>{width}}  {paint(code, _SEVERITY_COLOURS[severity])}  {rule}"
        for (code, rule, severity), n in ordered
    ]


def _source_lines(
    file: FileResult, finding: Finding, sources: _Sources, paint: _Paint
) -> list[str]:
    """The line the finding starts on, and a caret under its span (to the line's end)."""
    location = finding.location
    if location is None:
        return []
    text = sources.line(file, finding.path, location.line)
    if text is None:
        return []
    start = location.column - 1
    end = location.end_column - 1 if location.end_line == location.line else len(text)
    width = max(1, min(end, len(text)) - start)
    gutter = f"{location.line} | "
    return [
        f"{paint(gutter, BLUE)}{text}",
        f"{' ' * len(gutter)}{' ' * start}{paint('^' * width, RED)}",
    ]


class _Sources:
    """The lines of each file shown: the manuscript kept in the result, else read again
    (a .bib, or a result kept without its document)."""

    def __init__(self) -> None:
        self._lines: dict[str, list[str] | None] = {}

    def line(self, file: FileResult, foreign: str | None, number: int) -> str | None:
        path = foreign or file.path
        if path not in self._lines:
            self._lines[path] = self._read(file, foreign)
        lines = self._lines[path]
        if lines is None or not 1 <= number <= len(lines):
            return None
        # One character for one, so that the caret stays under the span: a control
        # character or bidi override from the manuscript is shown as "?", never sent raw.
        line = lines[number - 1].expandtabs(1)
        return "".join(c if c.isprintable() else "?" for c in line)

    @staticmethod
    def _read(file: FileResult, foreign: str | None) -> list[str] | None:
        if foreign is None and file.manuscript is not None:
            source = file.manuscript.source
            if source.origin is None:  # else its lines are the file's, not the text's
                return source.text.split("\n")
        try:
            data = Path(foreign or file.path).read_bytes()
        except OSError:
            return None
        return data.decode("utf-8", errors="replace").splitlines()


BOLD, RED, YELLOW, BLUE = "1", "31", "33", "34"
_SEVERITY_COLOURS = {Severity.ERROR: RED, Severity.WARNING: YELLOW, Severity.INFO: BLUE}


class _Paint:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, colour: str) -> str:
        return f"\x1b[{colour}m{text}\x1b[0m" if self.enabled else text


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
        if manuscript is None and file.entries is not None:  # kept without its document
            citations += file.citations_checked or 0
            entries.update(file.entries)
            continue
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
