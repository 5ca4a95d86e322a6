"""What an OpenLibrary answer must look like before it is used or cached.

A server (or a proxy, or a corrupt cache) can send any JSON: nested 100,000 deep, NaN,
`{"docs": 5}`, a key of the wrong type, a work key carrying BibTeX. `parse_answer` parses
strictly (no NaN or Infinity, integers of at most 15 digits, bounded nesting) and
checks the fields the resolver reads; anything else is refused, so a wrong answer is
never cached and never reaches the scoring.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

MAX_INT_DIGITS = 15

# An OpenLibrary work or edition key.
# matches "/works/OL45883W", "/books/OL7353617M"; not "/works/OL1W},\n note = {x}"
_WORK_KEY = re.compile(r"/works/OL\d{1,12}W")
_EDITION_KEY = re.compile(r"/books/OL\d{1,12}M")

Check = Callable[[Any], bool]


class BadAnswer(ValueError):
    """The body is not JSON of the expected shape."""


def _refuse_constant(name: str) -> Any:
    raise BadAnswer(f"{name} is not JSON")


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise BadAnswer(f"an integer of more than {MAX_INT_DIGITS} digits")
    return int(digits)


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise BadAnswer("a number out of range")
    return value


def parse_json(body: str) -> Any:
    try:
        return json.loads(
            body,
            parse_constant=_refuse_constant,
            parse_int=_bounded_int,
            parse_float=_finite_float,
        )
    except RecursionError:
        raise BadAnswer("the answer was nested too deeply") from None
    except BadAnswer:
        raise
    except ValueError as exc:
        raise BadAnswer(f"the answer was not valid JSON ({exc})") from None


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _texts(value: Any) -> bool:
    """A string or a list of strings (old and new search shapes differ)."""
    return isinstance(value, str) or (isinstance(value, list) and all(map(_text, value)))


def _ints(value: Any) -> bool:
    return isinstance(value, list) and all(map(_int, value))


def _fields(record: Any, checks: Mapping[str, Check]) -> bool:
    """A dict whose listed fields, when present and not null, pass their checks."""
    if not isinstance(record, dict):
        return False
    return all(record.get(name) is None or check(record[name]) for name, check in checks.items())


def _key(pattern: re.Pattern[str]) -> Check:
    return lambda value: isinstance(value, str) and pattern.fullmatch(value) is not None


_EDITION_DOC: Mapping[str, Check] = {
    "key": _key(_EDITION_KEY),
    "title": _text,
    "subtitle": _text,
    "publisher": _texts,
    "isbn": _texts,
}


def _edition_docs(value: Any) -> bool:
    docs = value.get("docs") if isinstance(value, dict) else None
    return isinstance(value, dict) and (
        docs is None or (isinstance(docs, list) and all(_fields(d, _EDITION_DOC) for d in docs))
    )


_SEARCH_DOC: Mapping[str, Check] = {
    "key": _key(_WORK_KEY),
    "title": _text,
    "subtitle": _text,
    "author_name": _texts,
    "author_key": _texts,
    "author_alternative_name": _texts,
    "first_publish_year": _int,
    "publish_year": _ints,
    "publish_date": _texts,
    "edition_count": _int,
    "editions": _edition_docs,
    "publisher": _texts,
    "isbn": _texts,
}

_EDITION_ENTRY: Mapping[str, Check] = {
    "key": _key(_EDITION_KEY),
    "title": _text,
    "subtitle": _text,
    "publish_date": _text,
    "publishers": _texts,
    "isbn_13": _texts,
    "isbn_10": _texts,
}


def search_answer(data: Any) -> bool:
    """`/search.json`: {"docs": [work docs with a work key, ...], ...}."""
    if not isinstance(data, dict) or not isinstance(data.get("docs"), list):
        return False
    return all(_fields(doc, _SEARCH_DOC) and "key" in doc for doc in data["docs"])


def editions_answer(data: Any) -> bool:
    """`/works/OL…W/editions.json`: {"entries": [edition records, ...], ...}."""
    if not isinstance(data, dict) or not isinstance(data.get("entries", []), list):
        return False
    return all(_fields(entry, _EDITION_ENTRY) for entry in data.get("entries", []))


def any_object(data: Any) -> bool:
    return isinstance(data, dict)


def check_for(path: str) -> Check:
    if path.endswith("/search.json"):
        return search_answer
    if path.endswith("/editions.json"):
        return editions_answer
    return any_object


def parse_answer(path: str, body: str) -> Any:
    """The JSON of an answer to `path`, or BadAnswer."""
    data = parse_json(body)
    if not check_for(path)(data):
        raise BadAnswer("the answer did not have the shape of an OpenLibrary answer")
    return data
