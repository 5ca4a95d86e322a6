"""Reporters: one module per output format, chosen by name from this registry.

A reporter gets a finished, sorted `LintResult` and returns text; it decides nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from citecheck.engine import LintResult

Render = Callable[[LintResult], str]

# Format name -> module holding `render(result) -> str`. Imported on use, so heavy
# reporters (html needs jinja2) cost nothing unless chosen.
REPORTERS: dict[str, str] = {
    "text": "citecheck.reporters.text",
    "json": "citecheck.reporters.json_report",
    "github": "citecheck.reporters.github",
    "sarif": "citecheck.reporters.sarif",
}


def get_reporter(name: str) -> Render:
    return importlib.import_module(REPORTERS[name]).render
