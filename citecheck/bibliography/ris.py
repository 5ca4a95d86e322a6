"""RIS files (`.ris`), read by a small reader of our own (docs/bibliographies.md says why
not rispy): each line is `TAG  - value`, `ER  -` ends an entry.

Keys follow pandoc's RIS reader: the `ID` tag, else the first word of each author's name
joined by "_" and the year (`Doe_Roe_2007`); a repeated generated key gets a letter, as
pandoc gives it (the second `Doe_2005` is `Doe_2005a`). A line that is not a tag line, or
an entry without its `ER`, is a located `BibProblem`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from citecheck.bibliography.csl import csl_references
from citecheck.model import BibProblem, Reference

# One RIS line: a two-character tag, spaces, a hyphen, then the value.
# matches "AU  - Doe, John", "ER  - ", "ER  -"; not "Doe, John", "AUTHOR - x"
TAG_LINE = re.compile(r"^(?P<tag>[A-Z][A-Z0-9])[ \t]+-(?:[ \t]+(?P<value>.*?))?[ \t]*$")

# The first word of an author's name, as pandoc's RIS reader takes it for a key.
# matches "Doe" in "Doe, John" and in "Doe John"; not ", John"
FIRST_WORD = re.compile(r"^[^,\s]*")

_TYPES = {
    "BOOK": "book", "EBOOK": "book", "EDBOOK": "book", "CHAP": "chapter",
    "ECHAP": "chapter", "JOUR": "article-journal", "JFULL": "article-journal",
    "MGZN": "article-magazine", "NEWS": "article-newspaper", "THES": "thesis",
    "RPRT": "report", "CONF": "paper-conference", "CPAPER": "paper-conference",
    "WEB": "webpage", "UNPB": "unpublished",
}  # fmt: skip

_FIELDS = {
    "TI": "title", "T1": "title", "CT": "title", "JO": "container-title",
    "JF": "container-title", "T2": "container-title", "PB": "publisher",
    "PP": "publisher-place", "VL": "volume", "IS": "issue", "DO": "DOI", "UR": "URL",
    "SN": "ISSN", "ET": "edition", "LA": "language",
}  # fmt: skip


@dataclass
class _Record:
    start: int  # the line of its first tag
    line: int  # the line of its ID tag, else its start
    tags: list[tuple[str, str]] = field(default_factory=list)

    def values(self, *tags: str) -> list[str]:
        return [value for tag, value in self.tags if tag in tags]


def parse_ris(path: str, text: str) -> tuple[list[Reference], list[BibProblem]]:
    records, problems = _records(path, text)
    items = _items(records)
    references, found = csl_references(path, items, lambda n: (records[n].line, None))
    return references, problems + found


def _records(path: str, text: str) -> tuple[list[_Record], list[BibProblem]]:
    records: list[_Record] = []
    problems: list[BibProblem] = []
    current: _Record | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        match = TAG_LINE.match(line)
        if match is None:
            problems.append(
                BibProblem(
                    "bib-syntax", f"not a RIS line (`TAG  - value`): {line[:40]!r}", path, number
                )
            )
            continue
        tag, value = match.group("tag"), match.group("value") or ""
        if tag == "ER":
            if current is None:
                problems.append(BibProblem("bib-syntax", "`ER` with no entry open", path, number))
            else:
                records.append(current)
            current = None
            continue
        if current is None:
            current = _Record(number, number)
            if tag != "TY":
                problems.append(
                    BibProblem("bib-syntax", f"an entry starts with {tag}, not TY", path, number)
                )
        current.tags.append((tag, value))
        if tag == "ID":
            current.line = number  # located at its key, as a BibTeX entry is
    if current is not None:
        problems.append(
            BibProblem(
                "bib-syntax",
                f"the entry starting at line {current.start} has no `ER  -` line",
                path,
                current.start,
            )
        )
        records.append(current)
    return records, problems


def _items(records: list[_Record]) -> list[dict[str, object]]:
    items = []
    generated: Counter[str] = Counter()
    for record in records:
        key = next(iter(record.values("ID")), "")
        if not key:
            key = _generated_key(record)
            generated[key] += 1
            if generated[key] > 1:  # pandoc: the second is "a", the third "b", ...
                key += chr(ord("a") + generated[key] - 2)
        item: dict[str, object] = {"id": key}
        kind = next(iter(record.values("TY")), "")
        item["type"] = _TYPES.get(kind, "misc")
        item["author"] = record.values("AU", "A1")
        item["editor"] = record.values("ED", "A2")
        item["issued"] = next(iter(record.values("PY", "Y1", "DA")), "")
        for tag, value in record.tags:
            name = _FIELDS.get(tag)
            if name and name not in item:
                item[name] = value
        items.append(item)
    return items


def _generated_key(record: _Record) -> str:
    authors = "_".join(FIRST_WORD.match(name).group() for name in record.values("AU", "A1"))
    years = "".join(f"_{year}" for year in record.values("PY", "Y1"))
    return authors + years
