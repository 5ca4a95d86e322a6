"""Where the tests find data from other repositories: ``../shared`` beside the project.

That data (real manuscripts, recorded OpenLibrary answers, the SARIF schema, the Platypus
accuracy corpus) is never copied into this repository. Tests that need it call
``shared_path(...)``, which skips them with the reason "shared test data not found" when it
is absent. CI has it: ``.ci/run`` sets ``CITECHECK_REQUIRE_SHARED=1``, and then a missing
file fails the test instead of skipping it (and ``.ci/run`` also rejects any such skip).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SKIP_REASON = "shared test data not found"
REQUIRE_VARIABLE = "CITECHECK_REQUIRE_SHARED"


def shared_root() -> Path | None:
    """``$CITECHECK_SHARED`` if set, else ``../shared`` from the project root; None if absent."""
    configured = os.environ.get("CITECHECK_SHARED")
    root = Path(configured) if configured else ROOT.parent / "shared"
    return root if root.is_dir() else None


def shared_required() -> bool:
    """True where the shared data must be present (CI): absence is then a failure."""
    return os.environ.get(REQUIRE_VARIABLE, "") not in ("", "0")


def shared_path(*parts: str) -> Path:
    """The path of a shared file or folder; skips the calling test when it is not there."""
    root = shared_root()
    path = root.joinpath(*parts) if root is not None else None
    if path is None or not path.exists():
        message = f"{SKIP_REASON}: {'/'.join(parts)}" if parts else SKIP_REASON
        if shared_required():
            pytest.fail(f"{message} ({REQUIRE_VARIABLE} is set; set CITECHECK_SHARED)")
        pytest.skip(message)
    return path


def real_document(*parts: str) -> Path:
    """A real manuscript (or its .bib) under ``corpus/real/``; skips as ``shared_path`` does."""
    return shared_path("corpus", "real", *parts)
