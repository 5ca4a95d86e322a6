"""BibTeX files through pybtex: the only module that imports it.

pybtex raises on the first problem in strict mode and prints to stderr in lenient mode;
`pybtex.errors.capture()` collects its errors instead, and each becomes a located
`BibProblem`. pybtex keeps no line numbers for entries, so they are found here by a
scan of the text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import latexcodec  # noqa: F401  (registers the "latex+utf8" codec)
import pybtex.errors
from pybtex.database import BibliographyData, Entry, Person
from pybtex.database.input.bibtex import DuplicateField, Parser
from pybtex.exceptions import PybtexError
from pybtex.scanner import PybtexSyntaxError

from citecheck.bibliography.names import author
from citecheck.model import Author, BibProblem, Reference

# The head of an entry: type and key (comments, strings and preambles have no key).
# matches "@book{cliff1974,", "@Article ( doe:2005 ,"; not "@comment{...}", "user@example.org"
ENTRY_HEAD = re.compile(r"^[ \t]*@(?P<type>\w+)\s*[{(]\s*(?P<key>[^\s,{}()]+)\s*,", re.MULTILINE)

# A year with an optional suffix inside a year or date field.
# matches "1974", "1965a", "2019-05-01" (2019); not "n.d."
YEAR_FIELD = re.compile(r"(?P<year>\d{4})(?P<suffix>[a-z])?(?![a-z])")

# pybtex's message for a repeated key.
# matches "repeated bibliography entry: cliff1974"; not "bad cross-reference"
_REPEATED = re.compile(r"repeated bibliography entry: (?P<key>\S+)")

_SKIPPED_TYPES = frozenset({"comment", "string", "preamble"})


def parse_bibtex(path: str, text: str) -> tuple[list[Reference], list[BibProblem]]:
    """The entries of one .bib text and the problems met reading it."""
    heads = _entry_heads(text)
    with pybtex.errors.capture() as errors:
        try:
            data: BibliographyData = Parser().parse_string(text)
        except PybtexError as exc:  # anything pybtex raises instead of reporting
            return [], [BibProblem("bib-syntax", f"cannot parse: {exc}", path, 1)]
    problems = list(_problems(path, text, errors, heads))
    references = [_reference(path, key, entry, heads) for key, entry in data.entries.items()]
    return references, problems


def _entry_heads(text: str) -> dict[str, list[int]]:
    """Lower-cased key -> 1-based start lines of every entry with that key, in order."""
    heads: dict[str, list[int]] = defaultdict(list)
    for match in ENTRY_HEAD.finditer(text):
        if match.group("type").lower() not in _SKIPPED_TYPES:
            heads[match.group("key").lower()].append(_line_of(text, match.start("key")))
    return heads


def _problems(
    path: str, text: str, errors: Iterable[Exception], heads: dict[str, list[int]]
) -> Iterable[BibProblem]:
    repeats: dict[str, int] = defaultdict(int)
    for error in errors:
        if isinstance(error, PybtexSyntaxError):
            yield _syntax_problem(path, text, error)
        elif isinstance(error, DuplicateField):
            yield _duplicate_field(path, text, error, heads)
        elif match := _REPEATED.match(str(error)):
            key = match.group("key")
            repeats[key.lower()] += 1
            lines = heads.get(key.lower(), [1])
            line = lines[min(repeats[key.lower()], len(lines) - 1)]
            yield BibProblem(
                "duplicate-reference",
                f"the key `{key}` is used by another entry (line {lines[0]}): rename or merge",
                path,
                line,
                (("key", key), ("first_line", lines[0])),
            )
        else:
            yield BibProblem("bib-syntax", str(error), path, 1)


def _syntax_problem(path: str, text: str, error: PybtexSyntaxError) -> BibProblem:
    _, line, column = error.parser.get_error_context(error.error_context_info)
    entry_line = _line_of(text, error.error_context_info[0])
    where = f" (in the entry starting at line {entry_line})" if entry_line != line else ""
    message = f"{error.error_type}: {Exception.__str__(error)}{where}"
    data = (("entry_line", entry_line),)
    return BibProblem("bib-syntax", message, path, line or entry_line, data, column + 1)


def _duplicate_field(
    path: str, text: str, error: DuplicateField, heads: dict[str, list[int]]
) -> BibProblem:
    match = re.search(r"key (?P<key>\S+) has a duplicate (?P<field>\S+) field", str(error))
    key, name = (match.group("key"), match.group("field")) if match else ("", "")
    start_line = heads.get(key.lower(), [1])[0]
    line = start_line
    lines = text.split("\n")
    field_line = re.compile(rf"^\s*{re.escape(name)}\s*=", re.IGNORECASE)
    seen = 0
    for number in range(start_line, len(lines) + 1):
        if number > start_line and ENTRY_HEAD.match(lines[number - 1] + ","):
            break
        if field_line.search(lines[number - 1]):
            seen += 1
            if seen == 2:
                line = number
                break
    return BibProblem(
        "bib-syntax",
        f"the entry `{key}` has the field `{name}` twice: keep one",
        path,
        line,
        (("key", key), ("field", name)),
    )


def _reference(path: str, key: str, entry: Entry, heads: dict[str, list[int]]) -> Reference:
    fields = {name.lower(): _plain(value) for name, value in entry.fields.items()}
    year_match = YEAR_FIELD.search(fields.get("year") or fields.get("date", ""))
    year = year_match.group("year") if year_match else ""
    suffix = (year_match.group("suffix") or "") if year_match else ""
    key_suffix = re.search(rf"{year}(?P<suffix>[a-z])$", key) if year else None
    if not suffix and key_suffix:
        suffix = key_suffix.group("suffix")
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    return Reference(
        key=key,
        authors=tuple(_author(person) for person in people),
        year=year,
        suffix=suffix,
        title=fields.get("title", ""),
        source=path,
        line=heads.get(key.lower(), [1])[0],
        fields=tuple(fields.items()),
        entry_type=entry.type.lower(),
    )


def _author(person: Person) -> Author:
    surname = " ".join([*person.prelast_names, *person.last_names])
    return author(_plain(surname))


def _plain(value: str) -> str:
    """LaTeX accents to Unicode, braces dropped: "Zbavitelov{\\'a}" -> "Zbavitelová".

    Only text with a backslash is decoded: the codec takes "%" for a comment.
    """
    if "\\" in value:
        try:
            value = value.encode("utf-8").decode("latex+utf8")
        except (UnicodeError, LookupError, ValueError):
            pass
    return " ".join(value.replace("{", "").replace("}", "").split())


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
