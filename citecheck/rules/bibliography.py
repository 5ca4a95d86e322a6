"""Bibliography rules: problems met while reading the .bib files, located in those files."""

from __future__ import annotations

from collections.abc import Iterable

from citecheck.model import BibProblem, Finding, Location, Severity, Span
from citecheck.rules.base import CheckContext, Rule


def _problems(ctx: CheckContext, code: str) -> Iterable[BibProblem]:
    bibliography = ctx.manuscript.bibliography
    if bibliography is None:
        return ()
    return (p for p in bibliography.problems if p.code == code)


def _finding(rule: Rule, problem: BibProblem) -> Finding:
    location = Location(problem.line, problem.column, problem.line, problem.column)
    return rule.finding(
        problem.message,
        Span(0, 0),
        data={"line": problem.line, **dict(problem.data)},
        path=problem.source,
        location=location,
    )


def _bib_syntax(ctx: CheckContext) -> Iterable[Finding]:
    for problem in _problems(ctx, BIB_SYNTAX.name):
        yield _finding(BIB_SYNTAX, problem)


def _duplicate_reference(ctx: CheckContext) -> Iterable[Finding]:
    for problem in _problems(ctx, DUPLICATE_REFERENCE.name):
        yield _finding(DUPLICATE_REFERENCE, problem)


BIB_SYNTAX = Rule(
    code="B101",
    name="bib-syntax",
    severity=Severity.ERROR,
    summary="A .bib file has a syntax error or a repeated field.",
    doc="""What it does: reports what the BibTeX parser could not read (an unclosed brace,
a missing comma, a field given twice), at its line in the .bib file.
Why it matters: BibTeX and biber skip or mangle the entry, and its citations break.
Example: `author = {Cliff, Tony` with no closing brace.
Fix: correct the entry at the line given.""",
    check=_bib_syntax,
)

DUPLICATE_REFERENCE = Rule(
    code="B102",
    name="duplicate-reference",
    severity=Severity.ERROR,
    summary="Two .bib entries share a key.",
    doc="""What it does: finds an entry key used more than once, in one .bib file or across
the --bib files.
Why it matters: only one of the entries is used; citations of the other go astray.
Example: two entries `@book{cliff1974, ...}`.
Fix: rename one key (cliff1974a, cliff1974b) or merge the entries.""",
    check=_duplicate_reference,
)

RULES: tuple[Rule, ...] = (BIB_SYNTAX, DUPLICATE_REFERENCE)
