"""The registry: every rule, listed explicitly by family, joined into one immutable table."""

from __future__ import annotations

from types import MappingProxyType

from citecheck.rules import (
    bibliography,
    citations,
    figures,
    footnotes,
    manuscript_input,
    marker_placement,
    quotations,
    resolution,
    suppression,
    uncited_quotation,
)
from citecheck.rules.base import CheckContext, Rule

ALL_RULES: tuple[Rule, ...] = (
    *manuscript_input.RULES,
    *footnotes.RULES,
    *citations.RULES,
    *bibliography.RULES,
    *figures.RULES,
    *quotations.RULES,
    *uncited_quotation.RULES,
    *marker_placement.RULES,
    *resolution.RULES,
    *suppression.RULES,
)

RULES_BY_CODE = MappingProxyType({rule.code: rule for rule in ALL_RULES})
RULES_BY_NAME = MappingProxyType({rule.name: rule for rule in ALL_RULES})


def find_rule(name_or_code: str) -> Rule | None:
    return RULES_BY_CODE.get(name_or_code.upper()) or RULES_BY_NAME.get(name_or_code.lower())


__all__ = ["ALL_RULES", "RULES_BY_CODE", "RULES_BY_NAME", "CheckContext", "Rule", "find_rule"]
