"""Bibliographies: files in the formats pandoc reads, inline entries, the manuscript's
own reference list.

`load_bibliography` reads the bibliography files, each by the reader of its suffix
(`formats`): a missing, unreadable, empty or unknown-format file is an InputError (exit
code 2); problems inside a file are `BibProblem`s, reported as findings.
`with_front_matter` adds a Markdown manuscript's inline `references:` and `nocite:`.
`references_in_text` parses a "References" section of the manuscript, which stands in
for the bibliography when there is none. `declared_bibliographies` lists the files the
manuscript names itself (YAML front matter, `\\bibliography`, `\\addbibresource`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from citecheck.bibliography.declared import (
    declared_bibliographies,
    front_matter,
    latex_nocite,
    named_files,
    where_declared,
)
from citecheck.bibliography.formats import parser_for, reader_name, supported_suffixes
from citecheck.bibliography.parsed_format import Parsed
from citecheck.bibliography.reflist import references_in_list as references_in_text
from citecheck.errors import InputError
from citecheck.inputs import read_input_bytes, regular_file_size
from citecheck.model import (
    Bibliography,
    BibProblem,
    Citation,
    Manuscript,
    Reference,
    SourceText,
    Span,
)

MAX_BYTES = 32 * 1024 * 1024
# The bibliography used when none is given or named, beside the manuscript or in the
# working directory.
DEFAULT_BIB_NAME = "bibliography.bib"


class ParsedStore(Protocol):
    """Where parsed files are kept between runs (`citecheck.bib_cache`)."""

    def get(self, path: str, reader: str, data: bytes) -> Parsed | None: ...

    def put(self, path: str, reader: str, data: bytes, parsed: Parsed) -> None: ...


def load_bibliography(paths: Sequence[str], store: ParsedStore | None = None) -> Bibliography:
    """The entries of the files, in order, and the problems met. With a `store`, a file
    whose bytes were parsed before is read back from it, not parsed again."""
    if not paths:
        return Bibliography((), (), ())
    # A folder or a missing file is named as such first; then an unknown suffix fails
    # before anything is read.
    for path in paths:
        regular_file_size(path, "bibliography file")
    readers = [reader_name(path) for path in paths]
    references: list[Reference] = []
    problems: list[BibProblem] = []
    first_seen: dict[str, Reference] = {}
    for path, reader in zip(paths, readers, strict=True):
        found, found_problems = _parsed(path, reader, store)
        if not found and not found_problems:
            raise InputError(f"{path}: the bibliography has no entries")
        problems.extend(found_problems)
        for reference in found:
            earlier = first_seen.get(reference.key)
            if earlier is not None:  # the same key in two files
                problems.append(_duplicate(path, reference, earlier))
                continue
            first_seen[reference.key] = reference
            references.append(reference)
    return Bibliography(tuple(references), tuple(problems), tuple(paths))


def _parsed(path: str, reader: str, store: ParsedStore | None) -> Parsed:
    """The file's entries and problems: from the store when its bytes were parsed before."""
    data = _read_bytes(path)
    kept = store.get(path, reader, data) if store is not None else None
    if kept is not None:
        return kept
    parsed = parser_for(path)(path, _decode(data))
    if store is not None:
        store.put(path, reader, data, parsed)
    return parsed


def _duplicate(path: str, reference: Reference, earlier: Reference) -> BibProblem:
    return BibProblem(
        "duplicate-reference",
        f"the key `{reference.key}` is already used by an entry first defined "
        f"in {earlier.source}: rename or merge",
        path,
        reference.line,
        (
            ("key", reference.key),
            ("first_line", earlier.line),
            ("first_path", earlier.source),
        ),
    )


def _read_bytes(path: str) -> bytes:
    data = read_input_bytes(path, "bibliography file", MAX_BYTES)
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not a bibliography")
    return data


def _decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def with_front_matter(shared: Bibliography | None, source: SourceText) -> Bibliography | None:
    """The bibliography of one manuscript: the files' entries plus the front matter's
    inline `references:` (which win over a file's entry of the same key, as in pandoc),
    and the keys its `nocite:` or LaTeX's `\\nocite` list."""
    matter = front_matter(source)
    listed = (*(matter.nocite if matter else ()), *latex_nocite(source))
    if not listed and (matter is None or not matter.references):
        return shared
    from citecheck.bibliography.csl import csl_references

    def where(number: int) -> tuple[int, Span]:
        assert matter is not None  # there are items only when there is front matter
        offset = matter.references[number][1]
        return source.text.count("\n", 0, offset) + 1, Span(offset, offset)

    items = [item for item, _ in matter.references] if matter else []
    inline, problems = csl_references(source.path, items, where)
    nocite = tuple(_nocite(key, offset) for key, offset in listed)
    if shared is None and not inline and not problems:
        return None  # `nocite` alone, with nothing to cite from
    base = shared or Bibliography((), (), ())
    own = {reference.key for reference in inline}
    references = (*inline, *(r for r in base.references if r.key not in own))
    return Bibliography(
        tuple(references),
        (*base.problems, *problems),
        base.sources or (source.path,),
        nocite,
    )


def _nocite(key: str, offset: int) -> Citation:
    return Citation(
        text=f"@{key}",
        span=Span(offset, offset),
        authors=(),
        year="",
        suffix="",
        locator="",
        pattern="@key",
        note=None,
        key=key,
        form="nocite",
    )


def usable_references(manuscript: Manuscript) -> tuple[Reference, ...]:
    """The bibliography's entries when there is one, else the manuscript's own list."""
    if manuscript.bibliography is not None:
        return manuscript.bibliography.references
    return manuscript.references_in_text


def all_citations(manuscript: Manuscript) -> tuple[Citation, ...]:
    """The manuscript's citations with its front matter's `nocite` keys."""
    if manuscript.bibliography is None or not manuscript.bibliography.nocite:
        return manuscript.citations
    return (*manuscript.citations, *manuscript.bibliography.nocite)


__all__ = [
    "DEFAULT_BIB_NAME",
    "ParsedStore",
    "all_citations",
    "declared_bibliographies",
    "front_matter",
    "load_bibliography",
    "named_files",
    "references_in_text",
    "supported_suffixes",
    "usable_references",
    "where_declared",
    "with_front_matter",
]
