"""Rules about the input itself: what the reader had to guess."""

from __future__ import annotations

from collections.abc import Iterable

from citecheck.model import Finding, Severity
from citecheck.rules.base import CheckContext, Rule


def _input_encoding(ctx: CheckContext) -> Iterable[Finding]:
    for message in ctx.manuscript.source.messages:
        if message.code == INPUT_ENCODING.name:
            yield INPUT_ENCODING.finding(message.message, message.span)


INPUT_ENCODING = Rule(
    code="I001",
    name="input-encoding",
    severity=Severity.WARNING,
    summary="The file is not UTF-8 and its encoding was guessed.",
    doc="""What it does: reports a manuscript that is neither UTF-8 nor UTF-16 with a BOM,
which citecheck then reads as cp1252 (Windows Latin-1).
Why it matters: a wrong guess turns quotes and accented names into other characters, so
citations may not match their entries.
Example: a file saved by an old word processor as "ANSI".
Fix: save the file as UTF-8.""",
    check=_input_encoding,
)

RULES: tuple[Rule, ...] = (INPUT_ENCODING,)
