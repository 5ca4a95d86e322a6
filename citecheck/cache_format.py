"""A finished file's result as JSON and back, for the result cache (`citecheck.cache`).

JSON rather than pickle: a cache folder can come with a project from anywhere, and
loading a pickle runs whatever code it names; loading JSON runs none. A finding's `data`
holds str, int, float, bool, None, lists, tuples and dicts: lists, tuples and dicts are
tagged so that each comes back as the type it was (a reporter prints a tuple and a list
alike, but a test compares them). A value of any other type raises `Uncacheable`, and
the result is simply not cached.
"""

from __future__ import annotations

from typing import Any

from citecheck.engine import FileResult
from citecheck.findings import Finding, Location, Related, Severity, Span

# Bumped whenever the layout below changes: an entry of another layout is a miss.
FORMAT = 1


class Uncacheable(ValueError):
    """A result holding a value this format does not write."""


def encode_result(result: FileResult) -> dict[str, Any]:
    if result.manuscript is not None or result.resolutions:
        raise Uncacheable("only a result without its document or resolutions is cached")
    return {
        "path": result.path,
        "findings": [_finding(f) for f in result.findings],
        "stats": dict(result.stats),
        "bibliographies": list(result.bibliographies or ()),
        "entries": sorted([list(entry) for entry in result.entries or ()]),
        "citations_checked": result.citations_checked,
    }


def decode_result(value: dict[str, Any]) -> FileResult:
    """The result `encode_result` wrote; any other shape raises (KeyError, TypeError...)."""
    return FileResult(
        path=_str(value["path"]),
        findings=tuple(_decode_finding(f) for f in value["findings"]),
        stats={_str(k): _int(v) for k, v in value["stats"].items()},
        bibliographies=tuple(_str(b) for b in value["bibliographies"]),
        entries=frozenset((_str(s), _str(k), _int(n)) for s, k, n in value["entries"]),
        citations_checked=_int(value["citations_checked"]),
    )


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "rule": finding.rule,
        "severity": int(finding.severity),
        "message": finding.message,
        "span": _span(finding.span),
        "data": _value(finding.data),
        "suggestion": finding.suggestion,
        "related": [
            [r.message, _span(r.span), r.path, _location(r.location)] for r in finding.related
        ],
        "path": finding.path,
        "location": _location(finding.location),
    }


def _decode_finding(value: dict[str, Any]) -> Finding:
    data = _decode_value(value["data"])
    if not isinstance(data, dict):
        raise TypeError("a finding's data is a dict")
    return Finding(
        code=_str(value["code"]),
        rule=_str(value["rule"]),
        severity=Severity(value["severity"]),
        message=_str(value["message"]),
        span=_decode_span(value["span"]),
        data=data,
        suggestion=_optional_str(value["suggestion"]),
        related=tuple(
            Related(_str(m), _decode_span(s), _optional_str(p), _decode_location(loc))
            for m, s, p, loc in value["related"]
        ),
        path=_optional_str(value["path"]),
        location=_decode_location(value["location"]),
    )


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _decode_span(value: Any) -> Any:
    return None if value is None else Span(_int(value[0]), _int(value[1]))


def _location(location: Location | None) -> list[int] | None:
    if location is None:
        return None
    return [location.line, location.column, location.end_line, location.end_column]


def _decode_location(value: Any) -> Location | None:
    if value is None:
        return None
    line, column, end_line, end_column = (_int(v) for v in value)
    return Location(line, column, end_line, end_column)


def _value(value: Any) -> Any:
    if value is None or type(value) in (str, int, float, bool):
        return value
    if type(value) is list:
        return {"l": [_value(v) for v in value]}
    if type(value) is tuple:
        return {"t": [_value(v) for v in value]}
    if type(value) is dict:
        return {"d": [[_value(k), _value(v)] for k, v in value.items()]}
    raise Uncacheable(f"a {type(value).__name__} in a finding's data")


def _decode_value(value: Any) -> Any:
    if not isinstance(value, dict):
        if value is None or type(value) in (str, int, float, bool):
            return value
        raise TypeError("an untagged list")
    ((tag, items),) = value.items()
    if tag == "l":
        return [_decode_value(v) for v in items]
    if tag == "t":
        return tuple(_decode_value(v) for v in items)
    if tag == "d":
        return {_decode_value(k): _decode_value(v) for k, v in items}
    raise TypeError(f"unknown tag {tag!r}")


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value


def _optional_str(value: Any) -> str | None:
    return None if value is None else _str(value)


def _int(value: Any) -> int:
    if type(value) is not int:
        raise TypeError("expected an integer")
    return value
