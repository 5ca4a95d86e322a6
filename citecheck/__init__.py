"""citecheck: a citation and bibliography checker for manuscripts.

`citecheck.lint(...)` is the Python API (see `citecheck.api`); it and the types it
returns are imported on first use, so `import citecheck` stays cheap.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["Finding", "Result", "Severity", "__version__", "lint"]

_LAZY = {
    "lint": "citecheck.api",
    "Result": "citecheck.api",
    "Finding": "citecheck.model",
    "Severity": "citecheck.model",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'citecheck' has no attribute {name!r}")
