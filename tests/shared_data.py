"""Where the tests find data from other repositories: ``../shared`` beside the project.

That data (real manuscripts, recorded OpenLibrary answers, the SARIF schema, the Platypus
accuracy corpus) is never copied into this repository. Tests that need it call
``shared_path(...)``, which skips them with the reason "shared test data not found" when it
is absent; ``.ci/run`` fails if any test was skipped for that reason, because CI has it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SKIP_REASON = "shared test data not found"


def shared_root() -> Path | None:
    """``$CITECHECK_SHARED`` if set, else ``../shared`` from the project root; None if absent."""
    configured = os.environ.get("CITECHECK_SHARED")
    root = Path(configured) if configured else ROOT.parent / "shared"
    return root if root.is_dir() else None


def shared_path(*parts: str) -> Path:
    """The path of a shared file or folder; skips the calling test when it is not there."""
    root = shared_root()
    path = root.joinpath(*parts) if root is not None else None
    if path is None or not path.exists():
        pytest.skip(f"{SKIP_REASON}: {'/'.join(parts)}")
    return path
