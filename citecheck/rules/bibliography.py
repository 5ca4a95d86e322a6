"""Rules of this family (to be filled in by its issue)."""

from __future__ import annotations

from citecheck.rules.base import Rule

RULES: tuple[Rule, ...] = ()
