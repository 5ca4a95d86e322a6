"""DOCX typed notes against their plain text, on the Platypus articles in ../shared (issue 15).

For every article, the Word file an author would type (raised marker numbers, a typed
"Notes" list; bench/accuracy_harness/docx_variants.py), clean and with each seeded defect,
in three styles. Prints one row per style: footnote precision/recall, seeded recall, and
how many files give exactly the findings (code and message, every default rule) of their
plain-text rendering. `--gate` exits 1 when a marker or note figure is below 0.999, a seeded
defect is missed, or a file differs from its text other than in which of two swapped
markers N104 names. See docs/docx.md.

    .venv/bin/python bench/docx_accuracy.py [--gate] [--jobs 2] [--limit N] [--every K]

`make accuracy` (and so CI) gates every 5th article, a sample spread over the corpus (the
full run takes some 15 minutes of CPU); the table in docs/accuracy.md is the full run.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from accuracy import CORPUS, ROOT, _is_article, shared_root

FLOOR = 0.999


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gate", action="store_true", help="exit 1 below the floor")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--limit", type=int, help="the first N articles only")
    parser.add_argument(
        "--every", type=int, default=1, help="every Kth article only (CI's sample: 5)"
    )
    parser.add_argument("--output", default=str(ROOT / "bench" / "docx_accuracy.json"))
    args = parser.parse_args(argv)
    root = shared_root()
    folder = root.joinpath(*CORPUS) if root else None
    if folder is None or not folder.is_dir():
        print("docx accuracy: shared data not found (../shared/corpus/platypus); nothing measured")
        return 0
    try:
        import docx  # noqa: F401  (python-docx builds the files)
        from accuracy_harness.pool import map_jobs
    except ImportError:
        print("docx accuracy: python-docx is missing; run `make setup-test`", file=sys.stderr)
        return 2
    paths = [str(path) for path in sorted(folder.glob("*.md")) if _is_article(path)]
    jobs = list(enumerate(paths))[:: max(1, args.every)][: args.limit]
    started = time.perf_counter()
    results = map_jobs(_evaluate, jobs, args.jobs)
    elapsed = time.perf_counter() - started
    rows, failures = _summary(results)
    Path(args.output).write_text(json.dumps({"rows": rows, "articles": results}, indent=1) + "\n")
    print(f"## DOCX typed notes against plain text: {len(results)} articles\n")
    print(_table(rows))
    print(f"\n{len(results)} articles in {elapsed:.1f} s ({args.jobs} jobs); wrote {args.output}")
    for failure in failures:
        print(f"  below the floor: {failure}")
    if not failures:
        print("all DOCX figures met")
    return 1 if args.gate and failures else 0


def _evaluate(index: int, path: str) -> dict[str, Any]:
    from accuracy_harness.docx_variants import evaluate_docx
    from accuracy_harness.render import make_parser, render_article

    rendered = render_article(Path(path).read_text(encoding="utf-8"), make_parser())
    return {"name": Path(path).name, "styles": evaluate_docx(rendered, index)}


def _summary(results: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    from accuracy_harness.report import figures
    from accuracy_harness.scoring import Counts

    rows, failures = [], []
    styles = results[0]["styles"] if results else {}
    for style in styles:
        counts, documents, identical = Counts(), 0, 0
        differing: Counter[str] = Counter()
        for article in results:
            each = article["styles"][style]
            counts.add(Counts.from_dict(each["counts"]))
            documents += each["documents"]
            identical += each["identical"]
            differing.update(d["document"] for d in each["differing"])
        row = figures(counts, len(results))
        row.update(style=style, documents=documents, identical=identical, differing=differing)
        rows.append(row)
        for name in ("marker_precision", "marker_recall", "note_precision", "note_recall"):
            if row[name] < FLOOR:
                failures.append(f"{style} {name} {row[name]:.4f}")
        failures.extend(
            f"{style} {kind} recall {value:.3f}"
            for kind, value in row["seeded_recall"].items()
            if value < 1.0
        )
        other = sum(n for kind, n in differing.items() if kind != "markers_swapped")
        if other:
            failures.append(f"{style}: {other} files differ from their text beyond a swap")
    return rows, failures


def _table(rows: list[dict[str, Any]]) -> str:
    head = (
        "| style | files | same findings as text | differ (by document) | marker P | marker R "
        "| note P | note R | seeded recall | false findings |"
    )
    lines = [head, "|" + "---|" * 10]
    for row in rows:
        differ = ", ".join(f"{k} {n}" for k, n in sorted(row["differing"].items())) or "none"
        seeded = min(row["seeded_recall"].values(), default=1.0)
        lines.append(
            f"| {row['style']} | {row['documents']} | {row['identical']} | {differ} "
            f"| {row['marker_precision']:.4f} | {row['marker_recall']:.4f} "
            f"| {row['note_precision']:.4f} | {row['note_recall']:.4f} | {seeded:.3f} "
            f"| {row['false_findings']} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
