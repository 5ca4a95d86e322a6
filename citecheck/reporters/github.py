"""GitHub Actions workflow commands: one annotation per finding on the pull request.

    ::error file=ms.txt,line=11,col=589,endLine=11,endColumn=590,title=N101 missing-note::note 3 …

GitHub reads these from the log; the summary line is plain text it shows as is. What
comes from the manuscript goes through `visible` before the runner's own escaping: that
escaping covers newlines and the separators, not an ESC sequence or a bidi override.
"""

from __future__ import annotations

from citecheck.display import visible
from citecheck.engine import LintResult
from citecheck.model import Finding, Severity, place_label
from citecheck.reporters.text import summary_line

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(result: LintResult) -> str:
    lines = [
        annotation(finding, finding.path or file.path)
        for file in result.files
        for finding in file.findings
    ]
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"


def annotation(finding: Finding, path: str) -> str:
    location = finding.location
    properties = [("file", path)]
    if location is not None:
        properties += [
            ("line", str(location.line)),
            ("col", str(location.column)),
            ("endLine", str(location.end_line)),
            ("endColumn", str(location.end_column)),
        ]
    properties.append(("title", f"{finding.code} {finding.rule}"))
    props = ",".join(
        f"{key}={escape_property(visible(value, keep=''))}" for key, value in properties
    )
    message = visible(finding.message)  # CR and LF stay: `escape_data` encodes them
    if place := place_label(finding.data):  # a DOCX: where Word shows it
        message += f" ({visible(place)})"
    if finding.suggestion:
        message += f"\nSuggestion: {visible(finding.suggestion)}"
    return f"::{LEVELS[finding.severity]} {props}::{escape_data(message)}"


def escape_data(text: str) -> str:
    # The runner's own escaping (actions/toolkit command.ts): % first, then CR and LF.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    # In properties ':' and ',' also separate fields, so they are escaped too.
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
