"""Pandoc's YAML front matter, read by a YAML parser (PyYAML, safe loading).

Only the keys citecheck uses are kept: `bibliography` (a file or a list of files),
`references` (inline CSL entries), `nocite` (`@key`, `@*`) and `citation-style`. The
block is found at the very top of a Markdown text; PyYAML is imported only when there is
one. Malformed YAML, or a key of the wrong shape, is an InputError naming the line
(exit code 2): pandoc would stop on it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from citecheck.errors import InputError

# YAML front matter at the very top of the text: the delimiters only, the body is YAML's.
# matches "---\ntitle: x\nbibliography: a.bib\n---\n"; not a "---" rule later in the text
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)

# A key in a `nocite` value, as pandoc's citation syntax writes it.
# matches "@doe2005" in "@doe2005, @roe2006", "@*"; not "user@example.org"
NOCITE_KEY = re.compile(r"(?<![\w@])@(?P<key>\*|[\w][\w:.#$%&+?<>~/-]*(?<![:.#$%&+?<>~/-]))")


@dataclass(frozen=True)
class FrontMatter:
    """What the front matter says about the bibliography. Offsets are into the manuscript."""

    bibliography: tuple[str, ...] = ()
    references: tuple[tuple[Any, int], ...] = ()  # (CSL item, offset of the item)
    nocite: tuple[tuple[str, int], ...] = ()  # (key or "*", offset of the nocite value)
    citation_style: str = ""
    start: int = 0  # offset of the YAML body in the manuscript


def read_front_matter(path: str, text: str) -> FrontMatter | None:
    """The front matter of a Markdown text, or None when it has none."""
    matter = FRONT_MATTER.match(text)
    if matter is None:
        return None
    return _parse(path, matter.group("body"), matter.start("body"))


@lru_cache(maxsize=16)
def _parse(path: str, body: str, start: int) -> FrontMatter:
    # The engine asks for the bibliography files and then for the inline entries: parse once.
    import yaml

    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(body)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = 2 + (mark.line if mark else 0)  # the body starts on the line after "---"
        raise InputError(
            f"{path}:{line}: the front matter is not valid YAML: {exc.problem or exc}"
        ) from None
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: the front matter is not valid YAML: {exc}") from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        return FrontMatter(start=start)  # a list or a scalar: no metadata pandoc would read
    values = {
        key_node.value: value_node
        for key_node, value_node in node.value
        if isinstance(key_node.value, str)
    }
    return FrontMatter(
        bibliography=_files(path, data.get("bibliography"), values.get("bibliography")),
        references=_references(path, start, data.get("references"), values),
        nocite=_nocite(data.get("nocite"), values.get("nocite"), start),
        citation_style=str(data.get("citation-style") or ""),
        start=start,
    )


def _files(path: str, value: Any, node: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    if not all(isinstance(item, str) and item.strip() for item in items):
        line = 2 + node.start_mark.line
        raise InputError(
            f"{path}:{line}: `bibliography` in the front matter must be a file name "
            "or a list of file names"
        )
    return tuple(item.strip() for item in items)


def _references(
    path: str, start: int, value: Any, nodes: dict[str, Any]
) -> tuple[tuple[Any, int], ...]:
    if value is None:
        return ()
    node = nodes["references"]
    if not isinstance(value, list):
        line = 2 + node.start_mark.line
        raise InputError(f"{path}:{line}: `references` in the front matter must be a list")
    return tuple(
        (item, start + item_node.start_mark.index)
        for item, item_node in zip(value, node.value, strict=True)
    )


def _nocite(value: Any, node: Any, start: int) -> tuple[tuple[str, int], ...]:
    """`nocite: "@a, @b"`, `nocite: "@*"` or a list of such strings."""
    if value is None or node is None:
        return ()
    items = value if isinstance(value, list) else [value]
    offset = start + node.start_mark.index
    return tuple(
        (match.group("key"), offset)
        for item in items
        if isinstance(item, str)
        for match in NOCITE_KEY.finditer(item)
    )
