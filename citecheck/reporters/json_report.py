"""The JSON contract (schema_version 1), which other tools parse.

Messages and suggestions are prose for people, written through `visible` as in every
other output ("⟨U+202E⟩"), so a tool that prints them prints nothing a terminal obeys.
Paths and `data` are values for tools and stay exact; the file \\u-escapes every control
and bidi character in them (`display.json_dumps`), the same JSON for a parser.
"""

from __future__ import annotations

from typing import Any

from citecheck.display import json_dumps, visible
from citecheck.engine import FileResult, LintResult
from citecheck.findings import Finding, Severity

SCHEMA_VERSION = 1


def render(result: LintResult) -> str:
    return json_dumps(as_dict(result)) + "\n"


def as_dict(result: LintResult) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "files": [_file(file) for file in result.files],
        "summary": {
            "files": len(result.files),
            "errors": result.count(Severity.ERROR),
            "warnings": result.count(Severity.WARNING),
            "infos": result.count(Severity.INFO),
        },
    }


def _file(file: FileResult) -> dict[str, Any]:
    return {
        "path": file.path,
        "stats": dict(file.stats),
        "findings": [finding_dict(f, file.path) for f in file.findings],
    }


def finding_dict(finding: Finding, default_path: str) -> dict[str, Any]:
    location = finding.location
    assert location is not None, "the engine locates every finding"
    out: dict[str, Any] = {
        "code": finding.code,
        "rule": finding.rule,
        "severity": finding.severity.label,
        "message": visible(finding.message),
        "line": location.line,
        "column": location.column,
        "end_line": location.end_line,
        "end_column": location.end_column,
        "data": dict(finding.data),
        "path": finding.path or default_path,
    }
    if finding.suggestion:
        out["suggestion"] = visible(finding.suggestion)
    return out
