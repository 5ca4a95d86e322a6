"""Small builders shared by the tests: manuscripts from strings, lint in-process."""

from __future__ import annotations

from pathlib import Path

from citecheck.engine import FileResult, LintOptions, lint_source
from citecheck.readers import read_bytes

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "stalinisms-long-shadow.txt"


def source_of(text: str, name: str = "manuscript.txt"):
    return read_bytes(name, text.encode("utf-8"))


def lint_text(text: str, *select: str, name: str = "manuscript.txt") -> FileResult:
    options = LintOptions(select=tuple(select))
    return lint_source(source_of(text, name), options)


def codes_of(result: FileResult, rule: str | None = None) -> list[tuple[str, object]]:
    """(rule name, data["note"]) pairs, the shape most footnote assertions need."""
    return [(f.rule, f.data.get("note")) for f in result.findings if rule is None or f.rule == rule]
