"""Growth exponents: how lint time grows with a .bib's entries and a Markdown file's size.

    .venv/bin/python bench/bench_growth.py [--max-bib 100000] [--check 1.15]

Two generated series, each linted in this process (CPU time, best of two runs per size):
- a .bib of 10^3, 10^4 and 10^5 entries, with a small manuscript citing a few of them;
- a Markdown chapter (pandoc citations, footnotes, figures) of 200 to 1600 parts
  (60 to 480 KB) citing a 200-entry .bib.
The exponent is the least-squares slope of log(time) on log(size): 1.0 is linear, 2.0
quadratic. With --check X it exits 1 when a slope is over X (`make bench-growth`: 1.15).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

from timing import ROOT  # bench/timing.py, beside this script  # noqa: F401

from citecheck.engine import LintOptions, lint_paths

AUTHORS = ["Cliff", "Harman", "Orr", "Binns", "Cox", "Hore", "Gilbert", "Haynes"]


def bib_text(entries: int) -> str:
    out = []
    for n in range(entries):
        name = AUTHORS[n % len(AUTHORS)]
        out.append(
            f"@book{{{name.lower()}{n},\n  author = {{{name}, Alex and Other, Bo}},\n"
            f"  title = {{A Study of Things, Volume {n}}},\n  year = {{{1900 + n % 120}}},\n"
            f"  publisher = {{Press}}\n}}\n"
        )
    return "\n".join(out)


MANUSCRIPT = """As Cliff argued.1 Harman replied.2 Orr disagreed.3

1 Cliff, 1900, p7.
2 Harman, 1901, p8.
3 Orr, 1902.
"""


def _entry(k: int) -> tuple[str, str, int]:
    """Key, author and year of entry `k` of `bib_text`, so that the chapter cites real ones."""
    name = AUTHORS[k % len(AUTHORS)]
    return f"{name.lower()}{k}", name, 1900 + k % 120


def chapter(n: int, entries: int = 200) -> str:
    """One part of a Markdown chapter; `n` keeps labels and figures distinct, and its
    citations (keys and author-year) name entries of a .bib of `entries` entries."""
    (k1, a1, y1), (k2, _, _), (k3, a3, y3) = (_entry((3 * n + i) % entries) for i in range(3))
    return (
        f"## Part {n}\n\nAs @{k1} [p. {n}] argued, the famine killed {n + 3} million "
        f"people.[^n{n}] Others disagreed [see @{k2}, pp. 3-4; @{k3}].\n"
        f"“A quotation of part {n},” she wrote, “ends here.”[^m{n}]\n\n"
        f"[^n{n}]: {a1}, {y1}, p. {n}; the figure of {n + 3} million is official.\n\n"
        f"[^m{n}]: {a3}, {y3}.\n\n"
    )


def timed(paths: list[str], options: LintOptions, repeat: int = 2) -> float:
    """CPU seconds of this process (best of `repeat`): on a machine shared with other
    work, CPU time is what the growth is about, and wall time would count their load."""
    best = math.inf
    for _ in range(repeat):
        start = time.process_time()
        lint_paths(paths, options)
        best = min(best, time.process_time() - start)
    return best


def slope(points: list[tuple[float, float]]) -> float:
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def series(label: str, points: list[tuple[float, float]], unit: str) -> float:
    exponent = slope(points)
    row = "  ".join(f"{int(n):>7} {unit}: {t:7.3f} s" for n, t in points)
    print(f"{label:<10} {row}  exponent {exponent:.2f}")
    return exponent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max-bib", type=int, default=100_000)
    parser.add_argument("--check", type=float, default=None, help="fail over this exponent")
    args = parser.parse_args()
    print(f"load: {os.getloadavg()[0]:.2f} (1 min); cpus: {os.cpu_count()}")
    exponents = {}
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        manuscript = root / "m.txt"
        manuscript.write_text(MANUSCRIPT, encoding="utf-8")
        points = []
        size = 1000
        while size <= args.max_bib:
            bib = root / f"b{size}.bib"
            bib.write_text(bib_text(size), encoding="utf-8")
            options = LintOptions(bib_paths=(str(bib),))
            points.append((size, timed([str(manuscript)], options, 2 if size < 100_000 else 1)))
            size *= 10
        exponents[".bib"] = series(".bib", points, "entries")
        bib = root / "chapter.bib"
        bib.write_text(bib_text(200), encoding="utf-8")
        points = []
        for parts in (200, 400, 800, 1600):
            text = "".join(chapter(n) for n in range(parts))
            path = root / f"chapter{parts}.md"
            path.write_text(text, encoding="utf-8")
            options = LintOptions(bib_paths=(str(bib),))
            points.append((len(text.encode("utf-8")), timed([str(path)], options)))
        exponents["markdown"] = series("markdown", points, "bytes")
    if args.check is not None:
        over = {k: v for k, v in exponents.items() if v > args.check}
        if over:
            print(f"growth over {args.check}: {over}")
            return 1
        print(f"every exponent within {args.check}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
