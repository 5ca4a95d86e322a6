"""Bibliography rules: problems met while reading the bibliography files, located in those
files, and a manuscript that cites with no bibliography at all."""

from __future__ import annotations

from collections.abc import Iterable

from citecheck.bibliography import DEFAULT_BIB_NAME, supported_suffixes
from citecheck.model import BibProblem, Finding, Location, Manuscript, Severity, Span
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


def _no_bibliography(ctx: CheckContext) -> Iterable[Finding]:
    manuscript = ctx.manuscript
    citing = [c for c in manuscript.citations if c.form != "nocite"]
    if not citing or manuscript.bibliography is not None or manuscript.references_in_text:
        return
    looked_for = _looked_for(manuscript)
    keys = sorted({c.key for c in citing if c.key})
    count = len(citing)
    yield NO_BIBLIOGRAPHY.finding(
        f"{count} citation{'s' if count != 1 else ''} but no bibliography to check "
        f"{'them' if count != 1 else 'it'} against: looked for {', '.join(looked_for[:-1])} "
        f"and {looked_for[-1]}",
        citing[0].span,
        data={"citations": count, "keys": keys, "looked_for": looked_for},
    )


def _looked_for(manuscript: Manuscript) -> list[str]:
    """Where citecheck looks for a bibliography, in the order it looks."""
    named = {
        "markdown": "`bibliography:` or `references:` in the front matter",
        "latex": "\\bibliography or \\addbibresource",
    }.get(manuscript.source.format)
    return [
        "--bib",
        *([named] if named else []),
        f"{DEFAULT_BIB_NAME} beside the manuscript or in the working directory",
        "a reference list in the text",
    ]


BIB_SYNTAX = Rule(
    code="B101",
    name="bib-syntax",
    severity=Severity.ERROR,
    summary="A bibliography file has a syntax error or a repeated field.",
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
    summary="Two bibliography entries share a key.",
    doc="""What it does: finds an entry key used more than once, in one .bib file or across
the --bib files.
Why it matters: only one of the entries is used; citations of the other go astray.
Example: two entries `@book{cliff1974, ...}`.
Fix: rename one key (cliff1974a, cliff1974b) or merge the entries.""",
    check=_duplicate_reference,
)

NO_BIBLIOGRAPHY = Rule(
    code="B103",
    name="no-bibliography",
    severity=Severity.WARNING,
    summary="A manuscript cites but has no bibliography to check the citations against.",
    doc=f"""What it does: reports a manuscript that has citations when no bibliography was
found: no --bib, none named by the manuscript (pandoc's `bibliography:` or inline
`references:`, LaTeX's \\bibliography or \\addbibresource), no {DEFAULT_BIB_NAME} beside it
or in the working directory, and no reference list of its own. The finding says where
citecheck looked, and stands at the first citation.
Why it matters: no citation could be checked; without it the run would look clean.
Example: `[@doe2023]` in paper.md with no front matter and no {DEFAULT_BIB_NAME}.
Fix: pass --bib FILE ({supported_suffixes()}) or name the file in the manuscript.""",
    check=_no_bibliography,
)

RULES: tuple[Rule, ...] = (BIB_SYNTAX, DUPLICATE_REFERENCE, NO_BIBLIOGRAPHY)
