"""What a cold lint of a plain-text manuscript loads (issue 13): not `inspect` (nor its
`ast`, `dis`, `tokenize`), not the resolve command and its client settings, not the
Markdown or LaTeX readers. Each is checked in a fresh interpreter, where start-up happens."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT, SAMPLE

NOT_LOADED = (
    "inspect",
    "ast",
    "dis",
    "tokenize",
    "citecheck.commands.resolve",
    "citecheck.openlibrary.config",
    "citecheck.readers.markdown",
    "citecheck.readers.latex",
)


def _loaded_after(script: str, cwd: Path = ROOT) -> list[str]:
    code = f"import sys\n{script}\nprint(','.join(m for m in {NOT_LOADED!r} if m in sys.modules))"
    # this checkout's package, whatever the working directory (a relative PYTHONPATH would
    # otherwise find another checkout's installed copy from `cwd`)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, check=True, env=env
    )
    last = (done.stdout.strip().splitlines() or [""])[-1]
    return [name for name in last.split(",") if name]


def test_a_plain_text_lint_loads_none_of_them(tmp_path: Path) -> None:
    # Without a .bib: reading one loads pybtex, and `bibliography/bibtex.py` imports `ast`.
    manuscript = tmp_path / "sample.txt"
    manuscript.write_bytes(SAMPLE.read_bytes())
    script = (
        "from citecheck.cli import main\n"
        f"main(['lint', {str(manuscript)!r}, '--no-cache', '--exit-zero', "
        "'--output-file', '/dev/null'])"
    )
    assert _loaded_after(script, tmp_path) == []


def test_dataclasses_still_reach_inspect_when_they_need_it() -> None:
    """A class without a docstring gets the one `inspect.signature` writes, as before."""
    script = (
        "from citecheck.cli import _import_dataclasses_without_inspect\n"
        "_import_dataclasses_without_inspect()\n"
        "import dataclasses\n"
        "assert 'inspect' not in sys.modules\n"
        "@dataclasses.dataclass\n"
        "class Point:\n"
        "    x: int\n"
        "    y: int = 0\n"
        "assert Point.__doc__ == 'Point(x: int, y: int = 0)', Point.__doc__\n"
        "import inspect\n"
        "assert type(inspect).__name__ == 'module' and inspect.signature is not None"
    )
    assert _loaded_after(script) == ["inspect", "ast", "dis", "tokenize"]


def test_markdown_and_latex_are_read_by_their_own_readers(tmp_path: Path) -> None:
    from citecheck.readers import read_bytes

    markdown = read_bytes("a.md", b"# Title\n\nA claim.[^1]\n\n[^1]: Cliff, 1974, 12.\n")
    latex = read_bytes("a.tex", b"A claim.\\footnote{Cliff, 1974, 12.}\n")
    assert [note.number for note in markdown.notes] == [1]
    assert [note.number for note in latex.notes] == [1]


def test_every_dataclass_on_the_lint_path_has_a_docstring() -> None:
    # `dataclasses` builds a missing docstring from `inspect.signature`, which loads
    # `inspect` (and `ast`, `dis`, `tokenize`) at start-up; a docstring keeps it unloaded.
    import ast

    missing = []
    for path in sorted((ROOT / "citecheck" / "extract").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            decorated = isinstance(node, ast.ClassDef) and any(
                "dataclass" in ast.unparse(d) for d in node.decorator_list
            )
            if decorated and ast.get_docstring(node) is None:
                missing.append(f"{path.name}:{node.lineno} {node.name}")
    assert missing == []
