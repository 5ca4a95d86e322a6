"""CSL-JSON files (`.json`): what Zotero, Better BibTeX and pandoc export.

The standard library's `json` reads them. It keeps no positions, so each entry is decoded
once more on its own (`raw_decode`) to learn where it stands, and located at its `"id"`
member, or at its opening brace when it has none. A JSON syntax error is a `BibProblem`
at its line and column, as a BibTeX syntax error is.
"""

from __future__ import annotations

import json
import re

from citecheck.bibliography.csl import csl_references
from citecheck.model import BibProblem, Reference, Span

# An entry's id member, its value a JSON string or number.
# matches '"id": "doe2005"', '"id":12'; not '"ids": "x"', '"title": "id"'
ID_MEMBER = re.compile(r'"id"\s*:\s*(?:"(?:[^"\\]|\\.)*"|-?\d+)')

_BETWEEN_ITEMS = " \t\n\r,"


def parse_csl_json(path: str, text: str) -> tuple[list[Reference], list[BibProblem]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        message = f"not valid JSON: {exc.msg}"
        return [], [BibProblem("bib-syntax", message, path, exc.lineno, (), exc.colno)]
    if not isinstance(data, list):
        return [], [BibProblem("bib-syntax", "CSL-JSON must be a list of entries", path, 1)]
    lines = _item_lines(text, len(data))

    def where(number: int) -> tuple[int, Span | None]:
        return (lines[number] if number < len(lines) else 1), None

    return csl_references(path, data, where)


def _item_lines(text: str, count: int) -> list[int]:
    """The line of each entry of the (valid) JSON list: its `"id"`, else its start."""
    decoder = json.JSONDecoder()
    lines: list[int] = []
    position = text.find("[") + 1  # the list's opening bracket: valid JSON, so it is there
    while len(lines) < count and position < len(text):
        while position < len(text) and text[position] in _BETWEEN_ITEMS:
            position += 1
        try:
            _, end = decoder.raw_decode(text, position)
        except json.JSONDecodeError:
            break
        member = ID_MEMBER.search(text, position, end)
        at = member.start() if member else position
        lines.append(text.count("\n", 0, at) + 1)
        position = end
    return lines
