"""Every test runs with the result cache in its own temporary folder, never in the project:
a test that lints the sample from the project's root leaves no `.citecheck_cache/` behind,
and no test sees another's cached results."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _cache_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Path:
    folder = tmp_path_factory.mktemp("citecheck-cache")
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(folder))
    return folder
