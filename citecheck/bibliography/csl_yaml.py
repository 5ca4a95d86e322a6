"""CSL-YAML files (`.yaml`, `.yml`): a `references:` list, as pandoc writes them, or a
bare list of entries. PyYAML reads them (safe loading) and gives each entry's line; a
YAML syntax error is a `BibProblem` at its line. Imported only when such a file is read.
"""

from __future__ import annotations

from typing import Any

import yaml

from citecheck.bibliography.csl import csl_references
from citecheck.model import BibProblem, Reference, Span

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_csl_yaml(path: str, text: str) -> tuple[list[Reference], list[BibProblem]]:
    loader = _LOADER(text)
    try:
        documents = []
        while loader.check_node():
            node = loader.get_node()
            documents.append((node, loader.construct_document(node)))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = f"not valid YAML: {exc.problem or exc}"
        return [], [BibProblem("bib-syntax", message, path, line, (), column)]
    finally:
        loader.dispose()
    for node, data in documents:
        entries = _entries(node, data)
        if entries is not None:
            items, nodes = entries

            def where(number: int, nodes: list[Any] = nodes) -> tuple[int, Span | None]:
                return id_line(nodes[number]), None

            return csl_references(path, items, where)
    message = "CSL-YAML must hold a `references:` list (or be a list of entries)"
    return [], [BibProblem("bib-syntax", message, path, 1)]


def _entries(node: Any, data: Any) -> tuple[list[Any], list[Any]] | None:
    """The entries and their YAML nodes, or None for a document without them."""
    if isinstance(data, list):
        return data, node.value
    if isinstance(data, dict) and isinstance(data.get("references"), list):
        for key_node, value_node in node.value:
            if key_node.value == "references":
                return data["references"], value_node.value
    return None


def id_line(node: Any) -> int:
    """The 1-based line of an entry's `id:` key, else of the entry's start."""
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            if key_node.value == "id":
                return key_node.start_mark.line + 1
    return node.start_mark.line + 1
