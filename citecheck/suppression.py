"""Suppression directives written in the manuscript, and the engine step that applies them.

    <!-- citecheck: ignore missing-note -- reason -->     the next paragraph
    <!-- citecheck: ignore-file N105 -- reason -->        the whole file
    <!-- citecheck: off -- reason --> ... <!-- citecheck: on -->   a region
    % citecheck: ignore N105 -- reason                    the same, as a LaTeX line comment

The scanner is format-agnostic: it reads the decoded text, so it works for plain text,
Markdown and LaTeX alike. Directives are blanked out before the manuscript is read into
paragraphs and notes, so a directive is never taken for a note or for body text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from citecheck.masking import blank_spans
from citecheck.model import Comment, Finding, SourceText, Span
from citecheck.readers import BINARY_READERS, TEXT_READERS
from citecheck.readers.plaintext import read_plain_text
from citecheck.rules import ALL_RULES, RULES_BY_CODE, Rule
from citecheck.rules.suppression import (
    INVALID_SUPPRESSION,
    SUPPRESSION_WITHOUT_REASON,
    UNUSED_SUPPRESSION,
)

# A directive in an HTML comment (plain text; the Markdown reader finds its own comments):
# "<!--", this head, then the body up to the first "-->" (found by `_html_directives`).
# matches "<!-- citecheck: ignore N105 -- cut off -->"; not "<!-- a note to self -->"
HTML_DIRECTIVE_HEAD = re.compile(r"<!--(?P<head>[ \t]*+citecheck:)")
HTML_COMMENT_CLOSE = "-->"

# A directive in a LaTeX line comment, alone on its line.
# matches "% citecheck: off -- table quoted verbatim"; not "a 50% citecheck: rise"
LATEX_DIRECTIVE = re.compile(r"^[ \t]*%(?P<body>[ \t]*citecheck:[^\n]*)$", re.MULTILINE)

# Where a blank line starts (overlapping ones too, as `BLANK_LINE.search` finds them).
# matches the first "\n" of "\n\n" and of "\n  \n"; not the "\n" of "\n text"
BLANK_LINE_START = re.compile(r"\n(?=[ \t\f\v]*+\n)")

# A comment that is a directive, whoever found it; the rest is the directive itself.
# matches "citecheck: ignore N105 -- why", "CiteCheck:off"; not "TODO citecheck: later"
DIRECTIVE = re.compile(r"^\s*citecheck\s*:(?P<directive>.*)$", re.IGNORECASE | re.DOTALL)

ACTIONS = ("ignore", "ignore-file", "off", "on")
SUPPRESSING = frozenset({"ignore", "ignore-file", "off"})
# Which directive wins when several cover a finding: the narrowest, so that a broader one
# left with nothing to do is reported as unused.
_NARROWNESS = {"ignore": 0, "off": 1, "ignore-file": 2}

Matches = Callable[[Rule, str], bool]


@dataclass
class Directive:
    """A suppression comment: what it does, to which rules, over which text."""

    action: str
    selectors: tuple[str, ...]  # empty: every rule
    reason: str
    span: Span  # the comment itself
    scope: Span = field(default_factory=lambda: Span(0, 0))  # the text it covers
    used: set[str] = field(default_factory=set)  # selectors that suppressed something ("*": any)


# --- reading ------------------------------------------------------------------------


def scan_comments(text: str) -> tuple[Comment, ...]:
    """Every `citecheck:` comment in the text, in order, with its body after the colon."""
    found = list(_html_directives(text))
    found.extend(
        Comment(match.group("body").strip(), Span(match.start(), match.end()))
        for match in LATEX_DIRECTIVE.finditer(text)
    )
    return tuple(sorted(found, key=lambda c: c.span))


def _html_directives(text: str) -> Iterable[Comment]:
    """What `<!--(?P<body>[ \t]*citecheck:.*?)-->` finds, in one pass: that pattern read on
    to the end of the text for every unclosed directive, quadratic in their number."""
    position = 0
    while (head := HTML_DIRECTIVE_HEAD.search(text, position)) is not None:
        close = text.find(HTML_COMMENT_CLOSE, head.end())
        if close == -1:
            return  # unclosed, and so is every directive after it
        end = close + len(HTML_COMMENT_CLOSE)
        yield Comment(text[head.start("head") : close].strip(), Span(head.start(), end))
        position = end


def with_directives(source: SourceText) -> SourceText:
    """The source with its directive comments recorded in `comments` and blanked out.

    The text is read again with the directives replaced by spaces (offsets unchanged), so
    paragraphs, notes and markers are found as if the directives were not there; `text`
    keeps the directives for display.
    """
    if source.comments:
        return source  # the reader found its comments itself
    comments = scan_comments(source.text)
    if not comments:
        return source
    suffix = Path(source.path).suffix.lower()
    if suffix in BINARY_READERS:
        return replace(source, comments=comments)
    blanked = blank_spans(source.text, [c.span for c in comments])
    reread = TEXT_READERS.get(suffix, read_plain_text)(source.path, blanked)
    return replace(
        reread,
        text=source.text,
        masked=blank_spans(reread.masked, [c.span for c in comments]),
        comments=comments,
        messages=source.messages,
    )


def parse_directive(comment: Comment) -> tuple[Directive | None, str | None]:
    """The directive in a comment, or None and the reason it cannot be understood."""
    match = DIRECTIVE.match(comment.text)
    if match is None:
        return None, None  # an ordinary comment
    head, dashes, reason = match.group("directive").partition("--")
    words = head.replace(",", " ").split()
    if not words or words[0].lower() not in ACTIONS:
        action = words[0] if words else ""
        return None, f"unknown directive `{action}`: use ignore, ignore-file, off or on"
    directive = Directive(
        action=words[0].lower(),
        selectors=tuple(words[1:]),
        reason=reason.strip() if dashes else "",
        span=comment.span,
    )
    return directive, None


def directives_of(source: SourceText) -> tuple[list[Directive], list[tuple[Span, str]]]:
    """Parsed directives with their scopes, and (span, problem) for the ones in error."""
    directives: list[Directive] = []
    problems: list[tuple[Span, str]] = []
    text = source.masked
    blank_lines = [match.start() for match in BLANK_LINE_START.finditer(text)]
    open_off: list[Directive] = []
    for comment in source.comments:
        directive, problem = parse_directive(comment)
        if directive is None:
            if problem:
                problems.append((comment.span, problem))
            continue
        if directive.action == "on":
            if not open_off:
                problems.append((comment.span, "`citecheck: on` without an `off` before it"))
            for off in open_off:
                off.scope = Span(off.span.end, comment.span.start)
            open_off = []
            continue
        if directive.action == "ignore":
            directive.scope = _next_paragraph(text, directive.span.end, blank_lines)
        elif directive.action == "ignore-file":
            directive.scope = Span(0, len(text) + 1)
        else:  # off: until the next `on`, or the end of the file
            directive.scope = Span(directive.span.end, len(text))
            open_off.append(directive)
        directives.append(directive)
    return directives, problems


def _next_paragraph(text: str, offset: int, blank_lines: Sequence[int]) -> Span:
    """From the directive to the end of the paragraph after it (the next blank line).

    `blank_lines` are where blank lines start, found once: searching the text afresh for
    each directive was quadratic in a paragraph of thousands of them."""
    start = offset
    while start < len(text) and text[start].isspace():
        start += 1
    i = bisect_left(blank_lines, start)
    return Span(offset, blank_lines[i] if i < len(blank_lines) else len(text))


# --- applying -------------------------------------------------------------------------


def apply_suppressions(
    findings: Sequence[Finding], source: SourceText, active: Sequence[Rule], matches: Matches
) -> list[Finding]:
    """Drop suppressed findings; add S101-S103 findings for the directives themselves.

    `active` are the rules that ran for this file: codes of other rules are never
    reported as unused, since nothing could have used them.
    """
    if not source.comments:
        return list(findings)
    directives, problems = directives_of(source)
    ordered = sorted(directives, key=lambda d: (_NARROWNESS[d.action], -d.span.start))
    kept = [f for f in findings if not _suppress(f, ordered, matches)]
    active_codes = {rule.code for rule in active}
    report: list[Finding] = []
    for span, problem in problems:
        report.append(INVALID_SUPPRESSION.finding(problem, span))
    for directive in directives:
        report.extend(_directive_findings(directive, active, matches))
    index = source.line_index
    return kept + [
        replace(f, location=index.locate(f.span)) for f in report if f.code in active_codes
    ]


def _suppress(finding: Finding, ordered: Sequence[Directive], matches: Matches) -> bool:
    if finding.path is not None:
        return False  # about another file (a .bib entry): the manuscript's directives don't reach
    rule = RULES_BY_CODE.get(finding.code)
    for directive in ordered:
        if not directive.scope.contains(finding.span.start):
            continue
        if not directive.selectors:
            directive.used.add("*")
            return True
        for selector in directive.selectors:
            if rule is not None and matches(rule, selector):
                directive.used.add(selector)
                return True
    return False


def _directive_findings(
    directive: Directive, active: Sequence[Rule], matches: Matches
) -> Iterable[Finding]:
    if not directive.reason:
        named = ", ".join(directive.selectors) or "every rule"
        example = " ".join((directive.action, *directive.selectors))
        yield SUPPRESSION_WITHOUT_REASON.finding(
            f"suppression of {named} gives no reason: say why after `--`, "
            f"as in `citecheck: {example} -- why`",
            directive.span,
        )
    unknown = [s for s in directive.selectors if not any(matches(r, s) for r in ALL_RULES)]
    if unknown:
        yield INVALID_SUPPRESSION.finding(
            f"suppression names unknown rule {', '.join(unknown)} (see `citecheck rules`)",
            directive.span,
            data={"unknown": unknown},
        )
    if directive.selectors:
        unused = [
            s
            for s in directive.selectors
            if s not in directive.used and any(matches(r, s) for r in active)
        ]
    else:
        unused = [] if directive.used else ["every rule"]
    if unused:
        where = {"ignore": "the next paragraph", "off": "this region", "ignore-file": "the file"}
        yield UNUSED_SUPPRESSION.finding(
            f"suppression of {', '.join(unused)} is unused: nothing in "
            f"{where[directive.action]} triggers it; remove it",
            directive.span,
            data={"unused": unused},
        )
