"""What rules produce, and the positions they point at: a finding, its severity, spans and
locations. Apart from the document model (`citecheck.model`, which re-exports all of
these) so that a run whose results come from the cache builds these few classes only.
This module imports nothing from the rest of citecheck.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, label: str) -> Severity:
        try:
            return cls[label.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {label!r} (use error, warning or info)") from None


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character offsets [start, end) into a text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def strip(self, text: str) -> Span:
        """The span without the white space at either end of its text."""
        start, end = self.start, self.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Span(start, end)


@dataclass(frozen=True)
class Location:
    """1-based line and column of a span's start and end (end column exclusive)."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Related:
    """Another place a finding points to ("note 57 says 38 million here")."""

    message: str
    span: Span | None = None
    path: str | None = None
    location: Location | None = None


@dataclass(frozen=True)
class Finding:
    """One problem, as data. Rules set `span`; the engine fills `location` once.

    A finding about another file (a .bib entry) carries that file's `path` and its
    `location` directly.
    """

    code: str
    rule: str
    severity: Severity
    message: str
    span: Span
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    suggestion: str | None = None
    related: tuple[Related, ...] = ()
    path: str | None = None
    location: Location | None = None


def place_label(data: dict[str, Any]) -> str | None:
    """ "paragraph 17, “…collapsed in 1991.”" from a finding's data, or None."""
    for kind in ("paragraph", "footnote", "endnote"):
        if kind in data and "context" in data:
            return f"{kind} {data[kind]}, “{data['context']}”"
    return None
