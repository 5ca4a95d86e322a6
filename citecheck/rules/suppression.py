"""Suppression rules: problems with the manuscript's own `citecheck:` directives.

Their findings come from the engine's suppression step (`citecheck.suppression`), the only
place that knows which directives were used; the checks here therefore yield nothing.
The rules exist so that the codes can be selected, ignored and documented like any other.
"""

from __future__ import annotations

from collections.abc import Iterable

from citecheck.model import Finding, Severity
from citecheck.rules.base import CheckContext, Rule


def _reported_by_the_engine(ctx: CheckContext) -> Iterable[Finding]:
    return ()


SUPPRESSION_WITHOUT_REASON = Rule(
    code="S101",
    name="suppression-without-reason",
    severity=Severity.WARNING,
    summary="A suppression directive gives no reason.",
    doc="""What it does: finds `citecheck: ignore`, `ignore-file` and `off` directives with
nothing after the `--` that should say why the finding is accepted.
Why it matters: a reviewer (or the author a year later) cannot tell a deliberate exception
from a problem someone wanted to hide; the reason is what makes a suppression reviewable.
Example: `<!-- citecheck: ignore incomplete-note -->`.
Fix: add the reason: `<!-- citecheck: ignore incomplete-note -- cut off in the original -->`.
The directive still suppresses while it lacks a reason.""",
    check=_reported_by_the_engine,
)

UNUSED_SUPPRESSION = Rule(
    code="S102",
    name="unused-suppression",
    severity=Severity.WARNING,
    summary="A suppression directive suppresses nothing.",
    doc="""What it does: finds directives (or codes within one) that matched no finding in
the paragraph, region or file they cover, like ruff's RUF100. Codes of rules that did not
run (not selected, or ignored for the file) are not reported.
Why it matters: a stale suppression would silently hide a real problem that appears there
later, and it clutters the manuscript.
Example: `<!-- citecheck: ignore missing-note -- lost in typesetting -->` above a paragraph
whose note has since been restored.
Fix: remove the directive, or the unused code from it.""",
    check=_reported_by_the_engine,
)

INVALID_SUPPRESSION = Rule(
    code="S103",
    name="invalid-suppression",
    severity=Severity.ERROR,
    summary="A suppression directive cannot be understood.",
    doc="""What it does: finds `citecheck:` directives with an unknown action, an unknown
rule code or name, or an `on` with no `off` before it.
Why it matters: a misspelt directive suppresses nothing, so the author believes a finding
is handled when it is not.
Example: `<!-- citecheck: ignroe N105 -- cut off in the original -->`,
`<!-- citecheck: ignore N999 -- reason -->`.
Fix: write `ignore CODES -- reason`, `ignore-file CODES -- reason`, `off -- reason` or `on`
with codes or names that `citecheck rules` lists.""",
    check=_reported_by_the_engine,
)

RULES: tuple[Rule, ...] = (
    SUPPRESSION_WITHOUT_REASON,
    UNUSED_SUPPRESSION,
    INVALID_SUPPRESSION,
)
