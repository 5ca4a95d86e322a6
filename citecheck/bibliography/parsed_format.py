"""A parsed bibliography file (its entries and the problems met reading it) as JSON and back,
for the parsed-bibliography cache (`citecheck.bib_cache`).

Plain JSON of lists, not pickle: a cache folder can come with a project from anywhere,
and loading JSON runs no code. Each `Reference`, `Author` and `BibProblem` is a list of
its fields in declaration order; a problem's `data` values are kept only when JSON gives
them back as the same type (str, int, float, bool, None), else `Uncacheable` is raised
and the file is simply not cached. Decoding checks every type, so a damaged or foreign
entry raises (TypeError, ValueError, KeyError) and is parsed again instead.

This module imports neither pybtex nor latexcodec: a hit never loads them.
"""

from __future__ import annotations

from typing import Any

from citecheck.model import Author, BibProblem, Reference, Span

# Bumped whenever the layout below, or a field of the classes it writes, changes.
FORMAT = 1

Parsed = tuple[list[Reference], list[BibProblem]]

_SCALARS = (str, int, float, bool, type(None))


class Uncacheable(ValueError):
    """A parsed value this format does not write."""


def encode_parsed(references: list[Reference], problems: list[BibProblem]) -> dict[str, Any]:
    return {
        "references": [_reference(r) for r in references],
        "problems": [_problem(p) for p in problems],
    }


def decode_parsed(value: dict[str, Any]) -> Parsed:
    """What `encode_parsed` wrote; any other shape raises."""
    return (
        [_decode_reference(r) for r in value["references"]],
        [_decode_problem(p) for p in value["problems"]],
    )


def _reference(reference: Reference) -> list[Any]:
    return [
        reference.key,
        [[a.surname, a.folded] for a in reference.authors],
        reference.year,
        reference.suffix,
        reference.title,
        reference.source,
        reference.line,
        [[name, value] for name, value in reference.fields],
        reference.entry_type,
        None if reference.span is None else [reference.span.start, reference.span.end],
    ]


def _decode_reference(value: list[Any]) -> Reference:
    key, authors, year, suffix, title, source, line, fields, entry_type, span = value
    return Reference(
        key=_str(key),
        authors=tuple(Author(_str(s), _str(f)) for s, f in authors),
        year=_str(year),
        suffix=_str(suffix),
        title=_str(title),
        source=_str(source),
        line=_int(line),
        fields=tuple((_str(name), _str(text)) for name, text in fields),
        entry_type=_str(entry_type),
        span=None if span is None else Span(_int(span[0]), _int(span[1])),
    )


def _problem(problem: BibProblem) -> list[Any]:
    for _, item in problem.data:
        if type(item) not in _SCALARS:
            raise Uncacheable(f"a {type(item).__name__} in a problem's data")
    return [
        problem.code,
        problem.message,
        problem.source,
        problem.line,
        [[name, item] for name, item in problem.data],
        problem.column,
    ]


def _decode_problem(value: list[Any]) -> BibProblem:
    code, message, source, line, data, column = value
    for _, item in data:
        if type(item) not in _SCALARS:
            raise TypeError("a problem's data holds only scalars")
    return BibProblem(
        code=_str(code),
        message=_str(message),
        source=_str(source),
        line=_int(line),
        data=tuple((_str(name), item) for name, item in data),
        column=_int(column),
    )


def _str(value: Any) -> str:
    if type(value) is not str:
        raise TypeError("expected a string")
    return value


def _int(value: Any) -> int:
    if type(value) is not int:
        raise TypeError("expected an integer")
    return value
