"""pybtex imported without importlib.metadata (issue 13, `bibliography/pybtex_import.py`).

Each case runs in a fresh interpreter: what is loaded at import is the point."""

from __future__ import annotations

import json
import subprocess
import sys

from citecheck.bibliography.pybtex_import import _dist_info_version
from tests.helpers import ROOT

BIB_TEXT = "@book{cliff1974,\n  author = {Cliff, Tony},\n  title = {State Capitalism},\n  year = {1974}\n}\n"


def _run(script: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_reading_a_bib_loads_neither_importlib_metadata_nor_email() -> None:
    seen = _run(
        "import json, sys\n"
        "from citecheck.bibliography.bibtex import parse_bibtex\n"
        f"references, problems = parse_bibtex('bibliography.bib', {BIB_TEXT!r})\n"
        "print(json.dumps({'entries': len(references), 'loaded': "
        "[m for m in ('importlib.metadata', 'email', 'zipfile', 'csv') if m in sys.modules]}))"
    )
    assert seen["entries"] == 1
    assert seen["loaded"] == []


def test_pybtex_knows_its_own_version_and_the_real_module_comes_back() -> None:
    seen = _run(
        "import json, sys, importlib\n"
        "from citecheck.bibliography.pybtex_import import pybtex\n"
        "stand_in_left = 'importlib.metadata' in sys.modules or hasattr(importlib, 'metadata')\n"
        "import importlib.metadata\n"
        "print(json.dumps({'left': stand_in_left, 'ours': pybtex.__version__, "
        "'real': importlib.metadata.version('pybtex'), "
        "'real_module': hasattr(importlib.metadata, 'distributions')}))"
    )
    assert seen["left"] is False
    assert seen["ours"] == seen["real"]
    assert seen["real_module"] is True


def test_pybtex_plugins_still_find_their_entry_points() -> None:
    # pybtex.plugin bound the stand-in's `entry_points`: it must hand on to the real one.
    seen = _run(
        "import json\n"
        "from citecheck.bibliography.pybtex_import import pybtex\n"
        "import pybtex.plugin\n"
        "ours = sorted(e.name for e in pybtex.plugin.entry_points(group='pybtex.database.input'))\n"
        "import importlib.metadata\n"
        "real = sorted(e.name for e in "
        "importlib.metadata.entry_points(group='pybtex.database.input'))\n"
        "print(json.dumps({'ours': ours, 'real': real}))"
    )
    assert seen["ours"] == seen["real"]
    assert "bibtex" in seen["real"]


def test_with_importlib_metadata_already_loaded_the_import_is_plain() -> None:
    seen = _run(
        "import json, importlib.metadata, sys\n"
        "real = sys.modules['importlib.metadata']\n"
        "from citecheck.bibliography.pybtex_import import pybtex\n"
        "print(json.dumps({'same': sys.modules['importlib.metadata'] is real, "
        "'version': pybtex.__version__ == importlib.metadata.version('pybtex')}))"
    )
    assert seen == {"same": True, "version": True}


def test_the_version_is_read_from_the_distributions_own_metadata() -> None:
    import importlib.metadata

    assert _dist_info_version("pybtex") == importlib.metadata.version("pybtex")
    assert _dist_info_version("rapidfuzz") == importlib.metadata.version("rapidfuzz")
    # Not installed: None, and the real lookup decides (and raises).
    assert _dist_info_version("no-such-distribution-citecheck") is None
