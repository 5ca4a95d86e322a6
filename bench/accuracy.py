"""Footnote accuracy on the Platypus Review articles in ../shared (issue 10).

Renders each article to the text a reader copies from its web page (four notes variants),
seeds one defect of each kind, reads every document with citecheck in-process and reports
marker and note precision/recall, seeded-defect recall and false footnote findings, for
the `tune` and `check` halves and overall. Writes bench/accuracy.json and prints a Markdown
table. `--gate` exits 1 when a figure misses bench/accuracy_thresholds.toml.

    .venv/bin/python bench/accuracy.py [--gate] [--jobs 2] [--half tune]

See docs/accuracy.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ("corpus", "platypus")


def shared_root() -> Path | None:
    """As tests/shared_data.py: $CITECHECK_SHARED, else ../shared beside the project."""
    configured = os.environ.get("CITECHECK_SHARED")
    root = Path(configured) if configured else ROOT.parent / "shared"
    return root if root.is_dir() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gate", action="store_true", help="exit 1 below a threshold")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--half", choices=["tune", "check"], help="measure one half only")
    parser.add_argument("--output", default=str(ROOT / "bench" / "accuracy.json"))
    args = parser.parse_args(argv)

    root = shared_root()
    folder = root.joinpath(*CORPUS) if root else None
    if folder is None or not folder.is_dir():
        print("accuracy: shared data not found (../shared/corpus/platypus); nothing measured")
        return 0
    try:
        from accuracy_harness import article, book_variants, gate, report
        from accuracy_harness.pool import map_jobs
    except ImportError as exc:
        print(f"accuracy: {exc.name} is missing; run `make setup-test`", file=sys.stderr)
        return 2

    # The index (for the seeds) is the article's place among all articles, whatever is run.
    paths = [path for path in sorted(folder.glob("*.md")) if _is_article(path)]
    jobs = [
        (str(path), index)
        for index, path in enumerate(paths)
        if args.half is None or article.half_of(path.name) == args.half
    ]
    started = time.perf_counter()
    results = map_jobs(article.evaluate_article, jobs, args.jobs)

    built = report.build_report(results)
    failures = gate.gate_failures(built["overall"], gate.load_thresholds())
    for name, thresholds in gate.load_set_thresholds().items():
        if name in built["sets"]:
            failures.extend(
                f"{name}: {f}" for f in gate.gate_failures(built["sets"][name], thresholds)
            )
    # Books of 10 articles as chapters, notes restarting per chapter (issue 15).
    books = book_variants.run(paths, args.half, args.jobs)
    book_rows = book_variants.summary(books)
    failures += book_variants.gate_failures(book_rows, gate.load_thresholds())
    elapsed = time.perf_counter() - started
    document: dict[str, Any] = {
        "date": date.today().isoformat(),
        "corpus": str(folder),
        "elapsed_seconds": round(elapsed, 1),
        "gate_failures": failures,
        **built,
        "books": {"figures": book_rows, "books": books},
    }
    Path(args.output).write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n")
    print(f"## Footnote accuracy: {len(results)} articles, {date.today().isoformat()}\n")
    print(report.markdown_table(built))
    print(f"\n## Books: {len(books)} books of up to 10 chapters, 2 layouts\n")
    print(book_variants.markdown_table(book_rows))
    print(f"\n{len(results)} articles in {elapsed:.1f} s ({args.jobs} jobs); wrote {args.output}")
    if failures:
        print("\nbelow the thresholds in bench/accuracy_thresholds.toml:")
        for failure in failures:
            print(f"  {failure}")
    else:
        print("\nall thresholds met")
    return 1 if args.gate and failures else 0


def _is_article(path: Path) -> bool:
    """An article opens with Hugo front matter (SOURCE.md, the provenance, does not)."""
    with path.open(encoding="utf-8") as file:
        return file.readline().strip() == "---"


if __name__ == "__main__":
    sys.exit(main())
