"""Whole-process start-up ratios, each against its floor, measured as pairs run interleaved.

    .venv/bin/python bench/bench_startup.py [--runs N]

Each pair is run N times (default 15) alternating command and floor, after one warm-up
of each, with PYTHONDONTWRITEBYTECODE unset (byte-code is written as in real use, and so
is the compile cache beside it, `citecheck/compile_cache.py`: the warm-up fills it as a
user's first run does); the ratio is median(command) / median(floor). Interleaving makes
a busy machine slow both sides alike. Prints a table and exits 1 when a ratio is over its bar.
The last column is the ratio of the median CPU seconds (user and system), for reading
beside the wall-time ratio on a busy machine; no bar is applied to it.

- sample lint vs `python -c "import pybtex.database, rapidfuzz"` (bar 2.0)
- `citecheck --version` vs `python -c pass` (bar 1.5)
- pandoc's citation test vs `pandoc --citeproc` on it, when pandoc and ../shared are there
  (bar 1.0)

Each lint is measured three times, and the rows are printed with the bar applied to each:

- "cold", with `--no-cache`: every run reads, extracts and checks the manuscript and
  parses its bibliography, with nothing kept from an earlier run (but byte-code and the
  compile cache, as for any installed program);
- "warm", with the result cache (`citecheck.cache`, in a temporary folder): the warm-up
  run fills it and every timed run is a hit, as on a second run over unchanged files or
  in a pre-commit hook;
- "edited", with the same cache folder: each timed run lints a fresh copy of the
  manuscript (in a folder of its own, under the same name each time) whose last byte
  differs from the copy before, with the same `--bib`, so that the result cache misses
  as after a user's edit while the bibliography, unchanged, is read back from the
  parsed-bibliography cache (`citecheck.bib_cache`) that the warm-up filled. This is
  what a user pays each time they change the manuscript and lint it again.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from timing import ROOT, SAMPLE  # bench/timing.py, beside this script

CITECHECK = str(Path(sys.executable).with_name("citecheck"))
PANDOC_TEST = ROOT.parent / "shared" / "corpus" / "real" / "pandoc-citations-test"


# A command line, or what makes one just before each run (not timed).
Command = list[str] | Callable[[], list[str]]


class EditedCopy:
    """The command line linting a fresh copy of `manuscript` in `folder`, whose last byte
    alternates from one run to the next: each run's bytes differ from the ones the result
    cache holds for that path (those of the run before), so every run is a miss."""

    def __init__(self, manuscript: Path, folder: Path, rest: list[str]) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.copy = folder / manuscript.name
        self.original = manuscript.read_bytes()
        self.rest = rest
        self.runs = 0

    def __call__(self) -> list[str]:
        self.runs += 1
        data = self.original
        if self.runs % 2:
            data = data[:-1] + (b" " if data[-1:] != b" " else b"\n")
        self.copy.write_bytes(data)
        return [CITECHECK, "lint", str(self.copy), *self.rest]


def pairs(cache: str) -> list[tuple[str, Command, str, list[str], float]]:
    bib = str(ROOT / "bibliography.bib")
    floor = [sys.executable, "-c", "import pybtex.database, rapidfuzz"]
    sample = [CITECHECK, "lint", str(SAMPLE), "--bib", bib, "--exit-zero"]
    edited = EditedCopy(
        SAMPLE, Path(cache) / "edited-sample", ["--bib", bib, "--exit-zero", "--cache-dir", cache]
    )
    found: list[tuple[str, Command, str, list[str], float]] = [
        ("sample lint, cold", [*sample, "--no-cache"], floor[2], floor, 2.0),
        ("sample lint, warm", [*sample, "--cache-dir", cache], floor[2], floor, 2.0),
        ("sample lint, edited", edited, floor[2], floor, 2.0),
        (
            "citecheck --version",
            [CITECHECK, "--version"],
            "python -c pass",
            [sys.executable, "-c", "pass"],
            1.5,
        ),
    ]
    pandoc = shutil.which("pandoc")
    manuscript = PANDOC_TEST / "manuscript.md"
    if pandoc and manuscript.is_file():
        bib = str(PANDOC_TEST / "biblio.bib")
        lint = [CITECHECK, "lint", str(manuscript), "--bib", bib, "--exit-zero"]
        citeproc = [pandoc, "--citeproc", "--bibliography", bib, str(manuscript), "-t", "html"]
        found.append(
            ("pandoc test, cold", [*lint, "--no-cache"], "pandoc --citeproc", citeproc, 1.0)
        )
        found.append(
            ("pandoc test, warm", [*lint, "--cache-dir", cache], "pandoc --citeproc", citeproc, 1.0)
        )
        rest = ["--bib", bib, "--exit-zero", "--cache-dir", cache]
        edited = EditedCopy(manuscript, Path(cache) / "edited-pandoc", rest)
        found.append(("pandoc test, edited", edited, "pandoc --citeproc", citeproc, 1.0))
    return found


def once(command: Command, env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user and system, of the process and its children)."""
    argv = command() if callable(command) else command
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def measure(
    command: Command, floor: list[str], runs: int, env: dict[str, str]
) -> tuple[float, float, float]:
    """Median wall seconds of the command and of its floor, and the ratio of their
    median CPU seconds."""
    once(command, env), once(floor, env)  # warm-up: byte-code written, files cached
    mine, theirs = [], []
    for _ in range(runs):
        mine.append(once(command, env))
        theirs.append(once(floor, env))
    cpu = statistics.median(c for _, c in mine) / statistics.median(c for _, c in theirs)
    return statistics.median(w for w, _ in mine), statistics.median(w for w, _ in theirs), cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15, help="runs of each side (>= 10)")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    print(
        f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} (1, 5 min); "
        f"cpus: {os.cpu_count()}; runs: {args.runs} each, interleaved"
    )
    print(
        f"{'measure':<22} {'median s':>9} {'floor':<34} {'median s':>9} {'ratio':>6} "
        f"{'bar':>5} {'cpu':>5}"
    )
    failed = False
    cache = tempfile.mkdtemp(prefix="citecheck-bench-cache-")
    for label, command, floor_label, floor, bar in pairs(cache):
        mine, theirs, cpu = measure(command, floor, args.runs, env)
        ratio = mine / theirs
        failed |= ratio > bar
        verdict = "" if ratio <= bar else "  OVER"
        print(
            f"{label:<22} {mine:>9.3f} {floor_label:<34} {theirs:>9.3f} "
            f"{ratio:>6.2f} {bar:>5.2f} {cpu:>5.2f}{verdict}"
        )
    shutil.rmtree(cache, ignore_errors=True)
    print(
        "cold: --no-cache, every run lints the manuscript; warm: the result cache, every "
        "timed run a hit; edited: a copy one byte changed each run (a result-cache miss), "
        "its .bib from the parsed-bibliography cache. The bar is applied to every row's "
        "wall-time ratio; cpu: the ratio of median CPU seconds (user and system), less "
        "swayed by other work on a busy machine (pandoc's runtime may use several threads)."
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
