"""Bibliographies: BibTeX files and the manuscript's own reference list.

`load_bibliography` reads the --bib files (a missing or unreadable file is an InputError,
exit code 2; problems inside a file are `BibProblem`s, reported as findings).
`references_in_text` parses a "References" section of the manuscript, which stands in
for the bibliography when no .bib is given. `declared_bibliographies` lists the .bib files
the manuscript names itself (YAML front matter, `\\bibliography`, `\\addbibresource`).
"""

from __future__ import annotations

from collections.abc import Sequence

from citecheck.bibliography.declared import declared_bibliographies
from citecheck.bibliography.reflist import references_in_list as references_in_text
from citecheck.errors import InputError
from citecheck.inputs import read_input_bytes
from citecheck.model import Bibliography, BibProblem, Manuscript, Reference

MAX_BYTES = 32 * 1024 * 1024


def load_bibliography(paths: Sequence[str]) -> Bibliography:
    if not paths:
        return Bibliography((), (), ())
    # pybtex and latexcodec cost ~30 ms to import: only a run with a .bib pays for them.
    from citecheck.bibliography.bibtex import parse_bibtex

    references: list[Reference] = []
    problems: list[BibProblem] = []
    first_seen: dict[str, Reference] = {}
    for path in paths:
        found, found_problems = parse_bibtex(path, _read(path))
        problems.extend(found_problems)
        for reference in found:
            earlier = first_seen.get(reference.key.lower())
            if earlier is not None:  # the same key in two files
                problems.append(
                    BibProblem(
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
                )
                continue
            first_seen[reference.key.lower()] = reference
            references.append(reference)
    return Bibliography(tuple(references), tuple(problems), tuple(paths))


def _read(path: str) -> str:
    data = read_input_bytes(path, "bibliography file", MAX_BYTES)
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not BibTeX")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def usable_references(manuscript: Manuscript) -> tuple[Reference, ...]:
    """The .bib entries when a .bib was given, else the manuscript's own list."""
    if manuscript.bibliography is not None:
        return manuscript.bibliography.references
    return manuscript.references_in_text


__all__ = [
    "declared_bibliographies",
    "load_bibliography",
    "references_in_text",
    "usable_references",
]
