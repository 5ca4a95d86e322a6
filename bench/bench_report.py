"""How long the HTML report takes: the sample, and the sample concatenated 100 times (~6 MB).

Run: .venv/bin/python bench/bench_report.py [repeats] [--browser]

Lint is run once per size (its cost is lint's own, measured by bench_lint.py); what is timed
here is the report alone: the view data (`build_view`), the template (`render_file`), and
the atomic write. With --browser the written page is also opened from file:// in headless
Chromium (/usr/bin/chromium) and the time to its load event is printed.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from timing import ROOT, SAMPLE, best_of  # bench/timing.py, beside this script

from citecheck.engine import FileResult, LintOptions, lint_source
from citecheck.readers import read_bytes
from citecheck.reporters.html import render_file, write_report
from citecheck.reporters.html_model import build_view

SIZES = (1, 100)


def linted(copies: int) -> FileResult:
    text = SAMPLE.read_text(encoding="utf-8")
    source = read_bytes(f"sample-x{copies}.txt", "\n\n".join([text] * copies).encode("utf-8"))
    return lint_source(source, LintOptions())


def open_time(path: Path) -> float:
    """Seconds from navigation to the load event, in headless Chromium."""
    sys.path.insert(0, str(ROOT))
    from playwright.sync_api import sync_playwright

    from tests.browser_support import ARGS, ensure_chromium

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=ensure_chromium(), args=ARGS)
        page = browser.new_page()
        start = time.perf_counter()
        page.goto(path.resolve().as_uri(), wait_until="load", timeout=120_000)
        elapsed = time.perf_counter() - start
        browser.close()
    return elapsed


def main(argv: list[str]) -> int:
    browser = "--browser" in argv
    numbers = [a for a in argv if a != "--browser"]
    repeats = int(numbers[0]) if numbers else 3
    print(
        f"{'copies':>6} {'chars':>10} {'findings':>8} {'view s':>8} {'render s':>9} "
        f"{'write s':>8} {'html MB':>8}" + (f" {'open s':>7}" if browser else "")
    )
    with tempfile.TemporaryDirectory() as tmp:
        for copies in SIZES:
            result = linted(copies)
            runs = repeats if copies == 1 else max(1, repeats - 1)
            view = best_of(runs, lambda r=result: build_view(r))
            render = best_of(runs, lambda r=result: render_file(r))
            target = Path(tmp) / f"sample-x{copies}.html"
            write = best_of(runs, lambda r=result, t=target: write_report(r, str(t)))
            size = target.stat().st_size / 1e6
            row = (
                f"{copies:>6} {len(result.manuscript.text):>10,} {len(result.findings):>8} "
                f"{view:>8.3f} {render:>9.3f} {write:>8.3f} {size:>8.2f}"
            )
            if browser:
                row += f" {open_time(target):>7.2f}"
            print(row)
    print("\nrender includes view; write includes render (the full cost of one report).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
