"""Check a SARIF document: against the 2.1.0 schema from ``../shared`` when it is there,
and always against the parts of the structure that code-scanning consumers rely on.

The schema (OASIS, ``fixtures/sarif/sarif-schema-2.1.0.json``) is not copied into this
repository, so without ``../shared`` the structural check below is what remains.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from tests.shared_data import shared_path

SCHEMA_PARTS = ("fixtures", "sarif", "sarif-schema-2.1.0.json")
LEVELS = {"none", "note", "warning", "error"}


def shared_schema() -> dict[str, Any] | None:
    """The 2.1.0 schema, or None without ``../shared`` (a failure where it is required)."""
    try:
        path = shared_path(*SCHEMA_PARTS)
    except pytest.skip.Exception:
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def schema_problems(document: Any, schema: dict[str, Any]) -> list[str]:
    validator = jsonschema.validators.validator_for(schema)
    validator.check_schema(schema)
    return [error.message for error in sorted(validator(schema).iter_errors(document), key=str)]


def sarif_problems(document: Any) -> list[str]:
    """Structural problems, plus the schema's errors when the schema is available."""
    problems = structure_problems(document)
    schema = shared_schema()
    return problems + (schema_problems(document, schema) if schema is not None else [])


def structure_problems(document: Any) -> list[str]:
    """What SARIF 2.1.0 requires of a log, its runs, rules, results and locations."""
    problems: list[str] = []

    def need(ok: bool, where: str, what: str) -> None:
        if not ok:
            problems.append(f"{where}: {what}")

    if not isinstance(document, dict):
        return ["$: a SARIF log is a JSON object"]
    need(document.get("version") == "2.1.0", "$.version", "must be '2.1.0'")
    need(isinstance(document.get("$schema"), str), "$.$schema", "must name the schema")
    runs = document.get("runs")
    need(isinstance(runs, list), "$.runs", "must be a list")
    for r, run in enumerate(runs if isinstance(runs, list) else []):
        where = f"$.runs[{r}]"
        driver = _get(run, "tool", "driver")
        need(isinstance(_get(driver, "name"), str), f"{where}.tool.driver.name", "is required")
        rules = _get(driver, "rules")
        rules = rules if isinstance(rules, list) else []
        need(isinstance(_get(driver, "rules"), list), f"{where}.tool.driver.rules", "a list")
        for i, rule in enumerate(rules):
            need(isinstance(_get(rule, "id"), str), f"{where}.tool.driver.rules[{i}].id", "a str")
        results = _get(run, "results")
        need(isinstance(results, list), f"{where}.results", "must be a list")
        for i, result in enumerate(results if isinstance(results, list) else []):
            problems += _result_problems(result, rules, f"{where}.results[{i}]")
    return problems


def _result_problems(result: Any, rules: list[Any], where: str) -> list[str]:
    problems = []
    if not isinstance(_get(result, "ruleId"), str):
        problems.append(f"{where}.ruleId: is required")
    if _get(result, "level") not in LEVELS:
        problems.append(f"{where}.level: must be one of {sorted(LEVELS)}")
    if not isinstance(_get(result, "message", "text"), str):
        problems.append(f"{where}.message.text: is required")
    index = _get(result, "ruleIndex")
    if index is not None and not (
        isinstance(index, int)
        and 0 <= index < len(rules)
        and _get(rules[index], "id") == _get(result, "ruleId")
    ):
        problems.append(f"{where}.ruleIndex: must point at the rule named by ruleId")
    locations = _get(result, "locations")
    if not isinstance(locations, list) or not locations:
        problems.append(f"{where}.locations: at least one location")
        locations = []
    related = _get(result, "relatedLocations") or []
    for i, location in enumerate(locations):
        problems += _location_problems(location, f"{where}.locations[{i}]", region_required=True)
    for i, location in enumerate(related):
        problems += _location_problems(location, f"{where}.relatedLocations[{i}]")
    return problems


def _location_problems(location: Any, where: str, region_required: bool = False) -> list[str]:
    """A result's own location needs a line; the schema leaves a related one's region out."""
    problems = []
    physical = _get(location, "physicalLocation")
    if not isinstance(_get(physical, "artifactLocation", "uri"), str):
        problems.append(f"{where}.physicalLocation.artifactLocation.uri: is required")
    region = _get(physical, "region")
    if region is None and not region_required:
        return problems
    start = _get(region, "startLine")
    if not (isinstance(start, int) and start >= 1):
        problems.append(f"{where}.physicalLocation.region.startLine: an integer >= 1")
    for key in ("startColumn", "endLine", "endColumn"):
        value = _get(region, key)
        if value is not None and not (isinstance(value, int) and value >= 1):
            problems.append(f"{where}.physicalLocation.region.{key}: an integer >= 1")
    return problems


def _get(value: Any, *keys: str) -> Any:
    """value[k1][k2]..., or None where a level is missing or not an object."""
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value
