"""Every rule's code, name and whether it runs by default, without the rules themselves.

Choosing rules (`--select`, `--ignore`, a config file, `# citecheck: ignore[...]`) needs
only these three facts; importing the rule registry loads every extractor and compiles
their regular expressions. A run whose results come from the cache (`citecheck.cache`)
settles its rules from this table and never imports them. `tests/test_rule_catalog.py`
keeps it equal to the registry (`citecheck.rules.ALL_RULES`), in its order.
"""

from __future__ import annotations

from typing import NamedTuple


class RuleName(NamedTuple):
    code: str
    name: str
    default: bool = True


CATALOG: tuple[RuleName, ...] = (
    RuleName("I001", "input-encoding"),
    RuleName("N101", "missing-note"),
    RuleName("N102", "orphan-note"),
    RuleName("N103", "duplicate-note"),
    RuleName("N104", "marker-order"),
    RuleName("N105", "incomplete-note"),
    RuleName("N106", "repeated-note"),
    RuleName("C101", "missing-reference"),
    RuleName("C102", "ambiguous-citation"),
    RuleName("C103", "uncited-reference"),
    RuleName("C104", "citation-format"),
    RuleName("C105", "short-form-before-full"),
    RuleName("C106", "ambiguous-ibid"),
    RuleName("C107", "inconsistent-reference", default=False),
    RuleName("B101", "bib-syntax"),
    RuleName("B102", "duplicate-reference"),
    RuleName("B103", "no-bibliography"),
    RuleName("F101", "inconsistent-figure"),
    RuleName("F102", "inconsistent-figure-body", default=False),
    RuleName("Q101", "unbalanced-quote"),
    RuleName("Q102", "nested-quote-style"),
    RuleName("Q103", "uncited-quotation", default=False),
    RuleName("P101", "marker-placement"),
    RuleName("R101", "unresolved-reference"),
    RuleName("R102", "reference-mismatch"),
    RuleName("R103", "ambiguous-resolution"),
    RuleName("R104", "resolution-unavailable"),
    RuleName("S101", "suppression-without-reason"),
    RuleName("S102", "unused-suppression"),
    RuleName("S103", "invalid-suppression"),
)
