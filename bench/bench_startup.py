"""Whole-process start-up ratios, each against its floor, measured as pairs run interleaved.

    .venv/bin/python bench/bench_startup.py [--runs N]

Each pair is run N times (default 15) alternating command and floor, after one warm-up
of each, with PYTHONDONTWRITEBYTECODE unset (byte-code is written as in real use, and so
is the compile cache beside it, `citecheck/compile_cache.py`: the warm-up fills it as a
user's first run does); the ratio is median(command) / median(floor). Interleaving makes
a busy machine slow both sides alike. Prints a table and exits 1 when a ratio is over its bar.

- sample lint vs `python -c "import pybtex.database, rapidfuzz"` (bar 2.0)
- `citecheck --version` vs `python -c pass` (bar 1.5)
- pandoc's citation test vs `pandoc --citeproc` on it, when pandoc and ../shared are there
  (bar 1.0)

Each lint is measured twice, and both rows are printed with the bar applied to each:
"cold" with `--no-cache` (every run reads, extracts and checks the manuscript), and
"warm" with the result cache (`citecheck.cache`, in a temporary folder): the warm-up run
fills it and every timed run is a hit. The cold row is what a changed manuscript costs;
the warm row what an unchanged one costs, as on a second run or in a pre-commit hook.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import ROOT, SAMPLE  # bench/timing.py, beside this script

CITECHECK = str(Path(sys.executable).with_name("citecheck"))
PANDOC_TEST = ROOT.parent / "shared" / "corpus" / "real" / "pandoc-citations-test"


def pairs(cache: str) -> list[tuple[str, list[str], str, list[str], float]]:
    bib = str(ROOT / "bibliography.bib")
    floor = [sys.executable, "-c", "import pybtex.database, rapidfuzz"]
    sample = [CITECHECK, "lint", str(SAMPLE), "--bib", bib, "--exit-zero"]
    found = [
        ("sample lint, cold", [*sample, "--no-cache"], floor[2], floor, 2.0),
        ("sample lint, warm", [*sample, "--cache-dir", cache], floor[2], floor, 2.0),
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
    return found


def once(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def measure(command: list[str], floor: list[str], runs: int, env: dict[str, str]):
    once(command, env), once(floor, env)  # warm-up: byte-code written, files cached
    mine, theirs = [], []
    for _ in range(runs):
        mine.append(once(command, env))
        theirs.append(once(floor, env))
    return statistics.median(mine), statistics.median(theirs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15, help="runs of each side (>= 10)")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    print(
        f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} (1, 5 min); "
        f"cpus: {os.cpu_count()}; runs: {args.runs} each, interleaved"
    )
    print(f"{'measure':<22} {'median s':>9} {'floor':<34} {'median s':>9} {'ratio':>6} {'bar':>5}")
    failed = False
    cache = tempfile.mkdtemp(prefix="citecheck-bench-cache-")
    for label, command, floor_label, floor, bar in pairs(cache):
        mine, theirs = measure(command, floor, args.runs, env)
        ratio = mine / theirs
        failed |= ratio > bar
        verdict = "" if ratio <= bar else "  OVER"
        print(
            f"{label:<22} {mine:>9.3f} {floor_label:<34} {theirs:>9.3f} "
            f"{ratio:>6.2f} {bar:>5.2f}{verdict}"
        )
    shutil.rmtree(cache, ignore_errors=True)
    print(
        "cold: --no-cache, every run lints the manuscript; warm: the result cache, every "
        "timed run a hit. The bar is applied to both rows."
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
