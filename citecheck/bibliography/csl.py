"""CSL items (the data of CSL-JSON, CSL-YAML and pandoc's inline `references:`) as the
project's `Reference`s.

An item is a mapping with an `id` (the citation key, exact case), a `type`, names
(`author`, `editor`: `family`, `given`, `non-dropping-particle`, or a `literal`), a
`title` and an `issued` date (`date-parts`, `literal`/`raw`, or, as pandoc writes YAML, a
bare year). An item without an id, or an id used twice, is a located `BibProblem`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from citecheck.bibliography.names import author
from citecheck.model import Author, BibProblem, Reference, Span

# A four-digit year with an optional letter, anywhere in a date value.
# matches "2005" in "2005-03-01", "1965a"; not "20051" (five digits), "n.d."
YEAR = re.compile(r"(?<!\d)(?P<year>\d{4})(?P<suffix>[a-z])?(?![\da-z])")

Where = Callable[[int], tuple[int, Span | None]]  # item index -> (line, span in manuscript)


def csl_references(
    path: str, items: Sequence[Any], where: Where
) -> tuple[list[Reference], list[BibProblem]]:
    """The items as references, and the problems met (no id, a repeated id, not a mapping)."""
    references: list[Reference] = []
    problems: list[BibProblem] = []
    first: dict[str, Reference] = {}
    for number, item in enumerate(items):
        line, span = where(number)
        if not isinstance(item, dict):
            problems.append(
                BibProblem("bib-syntax", "an entry that is not a key-value mapping", path, line)
            )
            continue
        key = _text(item.get("id"))
        if not key:
            title = _text(item.get("title"))
            about = f" (titled {title!r})" if title else ""
            problems.append(BibProblem("bib-syntax", f"an entry without an id{about}", path, line))
            continue
        reference = _reference(path, key, item, line, span)
        earlier = first.get(key)
        if earlier is not None:
            problems.append(
                BibProblem(
                    "duplicate-reference",
                    f"the key `{key}` is already used by an entry first defined in {path}: "
                    "rename or merge",
                    path,
                    line,
                    (("key", key), ("first_line", earlier.line), ("first_path", path)),
                )
            )
            continue
        first[key] = reference
        references.append(reference)
    return references, problems


def _reference(
    path: str, key: str, item: dict[str, Any], line: int, span: Span | None
) -> Reference:
    year, suffix = _year(item.get("issued"))
    if not suffix and year and key[-1:].islower() and key[:-1].endswith(year):
        suffix = key[-1]  # the key's letter: "lenin1965a", as for BibTeX
    people = item.get("author") or item.get("editor") or []
    fields = {
        name: _text(value)
        for name, value in item.items()
        if isinstance(value, str | int | float) and not isinstance(value, bool)
    }
    return Reference(
        key=key,
        authors=tuple(a for a in (_author(p) for p in _list(people)) if a is not None),
        year=year,
        suffix=suffix,
        title=_text(item.get("title")),
        source=path,
        line=line,
        fields=tuple(fields.items()),
        entry_type=_text(item.get("type")) or "misc",
        span=span,
    )


def _author(person: Any) -> Author | None:
    if isinstance(person, str):  # pandoc's YAML allows "Doe, John"
        surname = person.split(",")[0] if "," in person else person.split()[-1:][0]
        return author(surname) if surname.strip() else None
    if not isinstance(person, dict):
        return None
    family = _text(person.get("family"))
    if not family:
        literal = _text(person.get("literal"))
        return author(literal) if literal else None
    # "van der Berg": pandoc writes the particle as dropping or non-dropping; either way
    # it is part of the surname as BibTeX gives it, and folding drops it for matching.
    particles = [_text(person.get(name)) for name in ("dropping-particle", "non-dropping-particle")]
    return author(" ".join(part for part in (*particles, family) if part))


def _year(issued: Any) -> tuple[str, str]:
    """Year and letter of an `issued` value: {"date-parts": [[2005, 3]]}, {"literal":
    "2005"}, [{"year": 2005}] (pandoc-citeproc's YAML), 2005 or "2005-03"."""
    if isinstance(issued, dict):
        parts = issued.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            return _year(parts[0][0])
        return _year(issued.get("literal") or issued.get("raw") or issued.get("year"))
    if isinstance(issued, list) and issued:
        return _year(issued[0])
    if isinstance(issued, int | str) and not isinstance(issued, bool):
        match = YEAR.search(str(issued))
        if match:
            return match.group("year"), match.group("suffix") or ""
    return "", ""


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _text(value: Any) -> str:
    if value is None or isinstance(value, bool | dict | list):
        return ""
    return " ".join(str(value).split())
