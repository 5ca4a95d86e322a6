"""SARIF 2.1.0, the format GitHub code scanning uploads (github/codeql-action/upload-sarif).

One run; the driver lists the rules the results refer to, with their documentation, so
code scanning can show "what it does / why it matters / fix" beside each alert. Messages
are written through `visible`, as in the JSON report (see `json_report`).
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from citecheck import __version__
from citecheck.display import json_dumps, visible
from citecheck.engine import LintResult
from citecheck.model import Finding, Location, Severity
from citecheck.rules import find_rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(result: LintResult) -> str:
    return json_dumps(as_sarif(result)) + "\n"


def as_sarif(result: LintResult) -> dict[str, Any]:
    findings = [(f, f.path or file.path) for file in result.files for f in file.findings]
    codes = sorted({finding.code for finding, _ in findings})
    rule_index = {code: i for i, code in enumerate(codes)}
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "citecheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_rule(code, findings) for code in codes],
                    }
                },
                # Our columns count characters, not UTF-16 code units (SARIF's default).
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, path, rule_index[f.code]) for f, path in findings],
            }
        ],
    }


def _rule(code: str, findings: list[tuple[Finding, str]]) -> dict[str, Any]:
    rule = find_rule(code)
    if rule is None:  # a code from outside the registry: describe it by its findings
        name = next(f.rule for f, _ in findings if f.code == code)
        return {"id": code, "name": name, "shortDescription": {"text": name}}
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc},
        "help": {"text": rule.doc},
        "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": rule.default},
        "properties": {"tags": ["citecheck", rule.code[0]]},
    }


def _result(finding: Finding, path: str, index: int) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": visible(finding.message)},
        "locations": [_location(path, finding.location)],
    }
    related = [
        {
            "id": i,
            "message": {"text": visible(item.message)},
            **_location(item.path or path, item.location),
        }
        for i, item in enumerate(finding.related)
    ]
    if related:
        out["relatedLocations"] = related
    if finding.suggestion:
        out["properties"] = {"suggestion": visible(finding.suggestion)}
    return out


def _location(path: str, location: Location | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(path)}}
    if location is not None:
        physical["region"] = {
            "startLine": location.line,
            "startColumn": location.column,
            "endLine": location.end_line,
            "endColumn": location.end_column,
        }
    return {"physicalLocation": physical}


def artifact_uri(path: str) -> str:
    """A relative path stays relative (code scanning resolves it against the checkout)."""
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(pure.as_posix(), safe="/")
