"""pybtex imported without importlib.metadata's start-up cost.

pybtex 0.26 sets `__version__ = importlib.metadata.version("pybtex")` when it is imported,
and `pybtex.plugin` imports `entry_points` from the same module. Importing
importlib.metadata brings in email, zipfile, csv and socket, and the version lookup walks
every distribution on the path: together 50-70 ms on this machine, more than reading a
small .bib takes. citecheck uses neither pybtex's version nor its plugins.

So while pybtex itself is imported, and only if importlib.metadata is not loaded yet, a
stand-in module takes its place in `sys.modules`: its `version` reads the one
`Version:` line from the distribution's own METADATA file, and its `entry_points` imports
the real module on its first call and hands the call on. The real module is back (or
simply not loaded) as soon as the import is done. Only this module and `bibtex.py`, which
takes pybtex's names from here, know about it.
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_METADATA = "importlib.metadata"


def _real_metadata() -> types.ModuleType:
    """The real importlib.metadata, imported now if need be."""
    if isinstance(sys.modules.get(_METADATA), _StandIn):
        del sys.modules[_METADATA]
    return importlib.import_module(_METADATA)


def _dist_info_version(name: str) -> str | None:
    """The `Version:` of the first `<name>-*.dist-info` on `sys.path`, as importlib.metadata
    would find it, or None when there is none (then the real lookup decides)."""
    prefix = name.lower().replace("-", "_") + "-"
    for folder in sys.path:
        try:
            entries = list(os.scandir(folder or "."))
        except OSError:  # a zip file, or a folder that is gone
            continue
        for entry in entries:
            if entry.name.lower().startswith(prefix) and entry.name.endswith(".dist-info"):
                try:
                    with open(os.path.join(entry.path, "METADATA"), encoding="utf-8") as file:
                        for line in file:
                            if line.startswith("Version:"):
                                return line.split(":", 1)[1].strip()
                            if not line.strip():  # the headers are over
                                break
                except OSError:
                    return None
                return None
    return None


def _version(name: str) -> str:
    found = _dist_info_version(name)
    return found if found is not None else _real_metadata().version(name)


def _entry_points(**selection: Any) -> Any:
    return _real_metadata().entry_points(**selection)


class _StandIn(types.ModuleType):
    """What `import importlib.metadata` gives while pybtex is being imported."""


@contextmanager
def _metadata_stand_in() -> Iterator[None]:
    if _METADATA in sys.modules:  # already paid for: nothing to save
        yield
        return
    stand_in = _StandIn(_METADATA)
    stand_in.version = _version  # type: ignore[attr-defined]
    stand_in.entry_points = _entry_points  # type: ignore[attr-defined]
    sys.modules[_METADATA] = stand_in
    # `import importlib.metadata` finds the module in sys.modules but reads it back as
    # the attribute of the package, which only a real import would have set.
    importlib.metadata = stand_in  # type: ignore[attr-defined]
    try:
        yield
    finally:
        if sys.modules.get(_METADATA) is stand_in:
            del sys.modules[_METADATA]
        if getattr(importlib, "metadata", None) is stand_in:
            del importlib.metadata  # type: ignore[attr-defined]


with _metadata_stand_in():
    import pybtex.errors
    from pybtex.database import BibliographyData, Entry, Person
    from pybtex.database.input.bibtex import DuplicateField, Parser
    from pybtex.exceptions import PybtexError
    from pybtex.scanner import PybtexSyntaxError

__all__ = [
    "BibliographyData",
    "DuplicateField",
    "Entry",
    "Parser",
    "Person",
    "PybtexError",
    "PybtexSyntaxError",
    "pybtex",
]
