"""BibTeX files through pybtex: the only module that uses it (imported by `pybtex_import`).

pybtex raises on the first problem in strict mode and prints to stderr in lenient mode;
`pybtex.errors.capture()` collects its errors instead, and each becomes a located
`BibProblem`. pybtex keeps no line numbers for entries, so they are found here by a
scan of the text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from citecheck.bibliography.names import author
from citecheck.bibliography.pybtex_import import (
    BibliographyData,
    DuplicateField,
    Entry,
    Parser,
    Person,
    PybtexError,
    PybtexSyntaxError,
    pybtex,
)
from citecheck.model import Author, BibProblem, LineIndex, Reference

# The head of an entry: type and key (comments, strings and preambles have no key).
# matches "@book{cliff1974,", "@Article ( doe:2005 ,"; not "@comment{...}", "user@example.org"
ENTRY_HEAD = re.compile(r"^[ \t]*@(?P<type>\w+)\s*[{(]\s*(?P<key>[^\s,{}()]+)\s*,", re.MULTILINE)

# A year with an optional suffix inside a year or date field.
# matches "1974", "1965a", "2019-05-01" (2019); not "n.d."
YEAR_FIELD = re.compile(r"(?P<year>\d{4})(?P<suffix>[a-z])?(?![a-z])")

# pybtex's message for a repeated key.
# matches "repeated bibliography entry: cliff1974"; not "bad cross-reference"
_REPEATED = re.compile(r"repeated bibliography entry: (?P<key>\S+)")

# pybtex's message for a field given twice in one entry.
# matches "entry with key harman2009 has a duplicate year field"; not "repeated bibliography"
_DUPLICATE_FIELD = re.compile(r"key (?P<key>\S+) has a duplicate (?P<field>\S+) field")

# pybtex's message for a name with more than two commas (it keeps only the message).
# matches "Too many commas in 'Smith, John, Jr, Extra'"; not "Too many commas" alone
_TOO_MANY_COMMAS = re.compile(r"Too many commas in (?P<name>'.*'|\".*\")$", re.DOTALL)

# A run of white space, as pybtex collapses it in field values.
# matches "\n   " in "Smith,\n   John"; not "Smith"
_SPACES = re.compile(r"\s+")

_SKIPPED_TYPES = frozenset({"comment", "string", "preamble"})

Heads = dict[str, list[int]]


class _EntryTrackingParser(Parser):
    """pybtex's parser, noting the entry (key and which of its same-key entries) in which
    each error was met: name errors such as "Too many commas" do not say."""

    def __init__(self, errors: list[Exception]) -> None:
        super().__init__()
        self._errors = errors
        self._seen: dict[str, int] = defaultdict(int)
        self.entry_of: dict[int, tuple[str, int]] = {}  # id(error) -> (key, occurrence)

    def process_entry(self, entry_type: str, key: str | None, fields: object) -> None:
        before = len(self._errors)
        occurrence = self._seen[(key or "").lower()]
        self._seen[(key or "").lower()] += 1
        try:
            super().process_entry(entry_type, key, fields)
        finally:
            for error in self._errors[before:]:
                self.entry_of.setdefault(id(error), (key or "", occurrence))


def parse_bibtex(path: str, text: str) -> tuple[list[Reference], list[BibProblem]]:
    """The entries of one .bib text and the problems met reading it."""
    heads = _entry_heads(text)
    with pybtex.errors.capture() as errors:
        parser = _EntryTrackingParser(errors)
        try:
            data: BibliographyData = parser.parse_string(text)
        except PybtexError as exc:  # anything pybtex raises instead of reporting
            return [], [BibProblem("bib-syntax", f"cannot parse: {exc}", path, 1)]
    problems = list(_problems(path, text, errors, heads, parser.entry_of))
    references = [_reference(path, key, entry, heads) for key, entry in data.entries.items()]
    return references, problems


def _entry_heads(text: str) -> Heads:
    """Lower-cased key -> 1-based start lines of every entry with that key, in order."""
    heads: Heads = defaultdict(list)
    for match in ENTRY_HEAD.finditer(text):
        if match.group("type").lower() not in _SKIPPED_TYPES:
            heads[match.group("key").lower()].append(_line_of(text, match.start("key")))
    return heads


def _problems(
    path: str,
    text: str,
    errors: Iterable[Exception],
    heads: Heads,
    entry_of: dict[int, tuple[str, int]],
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
                f"the key `{key}` is already used by an entry first defined in {path}: "
                "rename or merge",
                path,
                line,
                (("key", key), ("first_line", lines[0]), ("first_path", path)),
            )
        elif id(error) in entry_of:
            yield _entry_problem(path, text, error, heads, *entry_of[id(error)])
        else:
            yield BibProblem("bib-syntax", str(error), path, 1)


def _entry_problem(
    path: str, text: str, error: Exception, heads: Heads, key: str, occurrence: int
) -> BibProblem:
    """An error pybtex met inside an entry, located at the entry, or at the name it is about."""
    lines = heads.get(key.lower()) or [1]
    entry_line = lines[min(occurrence, len(lines) - 1)]
    line, column = entry_line, 1
    message = f"in the entry `{key}`: {error}"
    data: dict[str, object] = {"key": key, "entry_line": entry_line}
    if commas := _TOO_MANY_COMMAS.match(str(error)):
        import ast  # only for this rare error: `ast` costs ~2 ms of every .bib's start-up

        name = ast.literal_eval(commas.group("name"))
        message = (
            f"in the entry `{key}`, the name {name!r} has more than two commas: "
            'separate the authors with "and"'
        )
        data["name"] = name
        found = _find_in_entry(text, entry_line, name)
        if found is not None:
            line, column = found
    return BibProblem("bib-syntax", message, path, line, tuple(data.items()), column)


def _find_in_entry(text: str, entry_line: int, value: str) -> tuple[int, int] | None:
    """Line and column of `value` (white space as pybtex collapsed it) in the entry that
    starts at `entry_line`, or None."""
    offset = _line_index(text).line_starts[entry_line - 1]
    head = ENTRY_HEAD.search(text, offset + 1)
    end = head.start() if head else len(text)
    words = value.split()
    position = text.find(words[0], offset, end) if words else -1
    while position != -1:
        window = _SPACES.sub(" ", text[position : position + 4 * len(value)])
        if window.startswith(" ".join(words)):
            line_start = text.rfind("\n", 0, position) + 1
            return _line_of(text, position), position - line_start + 1
        position = text.find(words[0], position + 1, end)
    return None


def _syntax_problem(path: str, text: str, error: PybtexSyntaxError) -> BibProblem:
    _, line, column = error.parser.get_error_context(error.error_context_info)
    entry_line = _line_of(text, error.error_context_info[0])
    where = f" (in the entry starting at line {entry_line})" if entry_line != line else ""
    message = f"{error.error_type}: {Exception.__str__(error)}{where}"
    data = (("entry_line", entry_line),)
    return BibProblem("bib-syntax", message, path, line or entry_line, data, column + 1)


def _duplicate_field(path: str, text: str, error: DuplicateField, heads: Heads) -> BibProblem:
    match = _DUPLICATE_FIELD.search(str(error))
    key, name = (match.group("key"), match.group("field")) if match else ("", "")
    start_line = heads.get(key.lower(), [1])[0]
    line = start_line
    lines = _lines(text)
    seen = 0
    for number in range(start_line, len(lines) + 1):
        if number > start_line and ENTRY_HEAD.match(lines[number - 1] + ","):
            break
        if _starts_field(lines[number - 1], name):
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


def _starts_field(line: str, name: str) -> bool:
    """True for a line that opens the field `name`: "  year = {2010},"."""
    stripped = line.lstrip()
    if not stripped.lower().startswith(name.lower()):
        return False
    return stripped[len(name) :].lstrip().startswith("=")


def _reference(path: str, key: str, entry: Entry, heads: Heads) -> Reference:
    fields = {name.lower(): _plain(value) for name, value in entry.fields.items()}
    year_match = YEAR_FIELD.search(fields.get("year") or fields.get("date", ""))
    year = year_match.group("year") if year_match else ""
    suffix = (year_match.group("suffix") or "") if year_match else ""
    if not suffix and year and key[-1:].islower() and key[:-1].endswith(year):
        suffix = key[-1]  # the key's letter: "lenin1965a"
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
        import latexcodec  # noqa: F401  (registers the "latex+utf8" codec; only when needed)

        try:
            value = value.encode("utf-8").decode("latex+utf8")
        except (UnicodeError, LookupError, ValueError):
            pass
    return " ".join(value.replace("{", "").replace("}", "").split())


def _line_of(text: str, offset: int) -> int:
    """By bisection over the text's line starts, computed once per text: counting newlines
    from the start for each entry made a 10^5-entry file quadratic (354 s)."""
    return _line_index(text).line(offset)


@lru_cache(maxsize=2)
def _line_index(text: str) -> LineIndex:
    return LineIndex.of(text)


@lru_cache(maxsize=2)
def _lines(text: str) -> tuple[str, ...]:
    return tuple(text.split("\n"))
