"""Which reader reads a bibliography file, by its suffix, as pandoc decides.

Each reader is imported only when a file of its format is read: pybtex, PyYAML and the
rest stay off the path of a run that does not need them.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from citecheck.errors import InputError
from citecheck.model import BibProblem, Reference

Parser = Callable[[str, str], tuple[list[Reference], list[BibProblem]]]

# suffix -> (format name, module, function)
FORMATS: dict[str, tuple[str, str, str]] = {
    ".bib": ("BibTeX/BibLaTeX", "citecheck.bibliography.bibtex", "parse_bibtex"),
    ".bibtex": ("BibTeX", "citecheck.bibliography.bibtex", "parse_bibtex"),
    ".json": ("CSL-JSON", "citecheck.bibliography.csl_json", "parse_csl_json"),
    ".yaml": ("CSL-YAML", "citecheck.bibliography.csl_yaml", "parse_csl_yaml"),
    ".yml": ("CSL-YAML", "citecheck.bibliography.csl_yaml", "parse_csl_yaml"),
    ".ris": ("RIS", "citecheck.bibliography.ris", "parse_ris"),
}


def supported_suffixes() -> str:
    return ", ".join(FORMATS)


def reader_name(path: str) -> str:
    """The reader of the file's format as "module.function", without importing it;
    InputError for a suffix no reader knows."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            f"{path}: unknown bibliography format {suffix or '(no suffix)'!r} "
            f"(citecheck reads {supported_suffixes()})"
        )
    _, module, function = FORMATS[suffix]
    return f"{module}.{function}"


def parser_for(path: str) -> Parser:
    """The reader of the file's format (imported now); InputError for a suffix no reader knows."""
    module, _, function = reader_name(path).rpartition(".")
    parser: Parser = getattr(import_module(module), function)
    return parser
