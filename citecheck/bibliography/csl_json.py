"""CSL-JSON files (`.json`): what Zotero, Better BibTeX and pandoc export.

The standard library's `json` reads them; it keeps no positions, so each entry's line is
found by a scan for its `"id"`. A JSON syntax error is a `BibProblem` at its line and
column, as a BibTeX syntax error is.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict

from citecheck.bibliography.csl import csl_references
from citecheck.model import BibProblem, Reference, Span

# An entry's id member, its value a JSON string or number.
# matches '"id": "doe2005"', '"id":12'; not '"ids": "x"', '"title": "id"'
ID_MEMBER = re.compile(r'"id"\s*:\s*(?P<value>"(?:[^"\\]|\\.)*"|-?\d+)')


def parse_csl_json(path: str, text: str) -> tuple[list[Reference], list[BibProblem]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        message = f"not valid JSON: {exc.msg}"
        return [], [BibProblem("bib-syntax", message, path, exc.lineno, (), exc.colno)]
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        data = data["items"]  # some exporters wrap the list in {"items": [...]}
    if not isinstance(data, list):
        return [], [BibProblem("bib-syntax", "CSL-JSON must be a list of entries", path, 1)]
    lines = _id_lines(text)
    seen: dict[str, int] = defaultdict(int)

    def where(number: int) -> tuple[int, Span | None]:
        item = data[number]
        key = str(item.get("id", "")) if isinstance(item, dict) else ""
        found = lines.get(key, [])
        occurrence = seen[key]
        seen[key] += 1
        return (found[min(occurrence, len(found) - 1)] if found else 1), None

    return csl_references(path, data, where)


def _id_lines(text: str) -> dict[str, list[int]]:
    """Id -> the 1-based lines of its `"id"` members, in order."""
    lines: dict[str, list[int]] = defaultdict(list)
    for match in ID_MEMBER.finditer(text):
        value = json.loads(match.group("value"))
        lines[str(value)].append(text.count("\n", 0, match.start()) + 1)
    return lines
