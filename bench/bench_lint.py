"""Time `citecheck lint` on the sample and on the sample concatenated 100 times.

In-process (the engine alone, best of N) and as a whole process (python -m citecheck,
start-up and imports included). Prints the figures and the ratios; asserts nothing.

    .venv/bin/python bench/bench_lint.py [--repeat N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from timing import ROOT, SAMPLE, best_of  # bench/timing.py, beside this script

from citecheck.engine import LintOptions, lint_paths

BIB = ROOT / "bibliography.bib"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "sample-x100.txt"
        big.write_text(SAMPLE.read_text(encoding="utf-8") * 100, encoding="utf-8")
        bib = (str(BIB),) if BIB.is_file() else ()
        options = LintOptions(bib_paths=bib, select=("ALL",))
        rows = []
        for label, path, repeat in (("sample", SAMPLE, args.repeat), ("sample x100", big, 2)):
            size = path.stat().st_size
            in_process = best_of(repeat, lambda p=path: lint_paths([str(p)], options))
            command = [
                sys.executable,
                "-m",
                "citecheck",
                "lint",
                str(path),
                "--select",
                "ALL",
                "--output-file",
                str(Path(folder) / "out.txt"),
                "--no-cache",  # the lint itself, every time (bench_startup has the warm row)
            ]
            whole = best_of(
                max(1, repeat // 2), lambda c=command: subprocess.run(c, cwd=ROOT, check=False)
            )
            rows.append((label, size, in_process, whole))

    print(f"{'input':<12} {'bytes':>10} {'in-process':>12} {'whole process':>14}")
    for label, size, in_process, whole in rows:
        print(f"{label:<12} {size:>10,} {in_process * 1000:>10.1f}ms {whole * 1000:>12.1f}ms")
    (_, small_size, small, small_whole), (_, big_size, large, large_whole) = rows
    print(
        f"size ratio x{big_size / small_size:.0f}: in-process time ratio x{large / small:.1f}, "
        f"whole-process ratio x{large_whole / small_whole:.1f}"
    )
    print(f"start-up: ~{(small_whole - small) * 1000:.0f}ms of the sample's whole run")


if __name__ == "__main__":
    main()
