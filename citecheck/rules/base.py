"""What a rule is: stable code, kebab-case name, documentation and a check function."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from citecheck.model import Finding, Manuscript, Resolution, Severity, Span


@dataclass(frozen=True)
class CheckContext:
    """Everything a rule may look at. Rules never read files or touch the network."""

    manuscript: Manuscript
    resolutions: tuple[Resolution, ...] | None = None  # OpenLibrary results, when --resolve ran


Check = Callable[[CheckContext], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """A rule: its stable code and name, severity, documentation and check."""

    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    check: Check = field(compare=False, repr=False)
    default: bool = True  # off-by-default rules run only when selected
    # For findings about a file shared by several manuscripts (a .bib entry nothing cites):
    # the finding stands only when every manuscript that uses the file reports it.
    needs_every_manuscript: bool = False
    needs_figures: bool = False  # the figure extractor runs only when a rule needs it

    def finding(
        self,
        message: str,
        span: Span,
        *,
        severity: Severity | None = None,
        **extra: Any,
    ) -> Finding:
        return Finding(
            code=self.code,
            rule=self.name,
            severity=severity or self.severity,
            message=message,
            span=span,
            **extra,
        )
