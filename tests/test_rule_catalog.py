"""The light rule catalog names exactly the registry's rules, in its order."""

from __future__ import annotations

from citecheck.rule_catalog import CATALOG
from citecheck.rules import ALL_RULES


def test_the_catalog_matches_the_registry() -> None:
    registry = [(rule.code, rule.name, rule.default) for rule in ALL_RULES]
    assert [tuple(entry) for entry in CATALOG] == registry, (
        "a rule was added, renamed or changed its default: update citecheck/rule_catalog.py"
    )


def test_the_manuscript_suffixes_are_the_readers() -> None:
    from citecheck.inputs import MANUSCRIPT_SUFFIXES, WALKED_SUFFIXES
    from citecheck.readers import discovered_suffixes, manuscript_suffixes

    assert manuscript_suffixes() == MANUSCRIPT_SUFFIXES
    assert discovered_suffixes() == WALKED_SUFFIXES
