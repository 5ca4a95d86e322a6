"""How much the figure pass costs: its share of lint time, and how it grows with the input.

Run: .venv/bin/python bench/bench_figures.py [repeats]

The figure pass is the extractor (`find_figures`) plus the default figure rule (F101). It is
timed on the sample manuscript and on the sample concatenated 10, 50 and 100 times; the
cost per character should stay flat (linear growth), so the ratios printed at the end
should be close to 1. The opt-in body rule (F102) is timed separately.
"""

from __future__ import annotations

import sys

from timing import SAMPLE, best_of  # bench/timing.py, beside this script

from citecheck.engine import LintOptions, lint_source
from citecheck.extract import build_manuscript
from citecheck.extract.figures import find_figures
from citecheck.extract.markers import find_markers
from citecheck.readers import read_bytes
from citecheck.rules import CheckContext, find_rule

SIZES = (1, 10, 50, 100)


def measure(copies: int, repeats: int) -> dict[str, float]:
    text = SAMPLE.read_text(encoding="utf-8")
    source = read_bytes("sample.txt", ("\n\n".join([text] * copies)).encode("utf-8"))
    markers = find_markers(source)
    manuscript = build_manuscript(source, figures=True)
    f101, f102 = find_rule("F101"), find_rule("F102")
    assert f101 is not None and f102 is not None
    context = CheckContext(manuscript)
    lint = best_of(repeats, lambda: lint_source(source, LintOptions()))
    extract = best_of(repeats, lambda: find_figures(source, markers))
    rule = best_of(repeats, lambda: list(f101.check(context)))
    body_rule = best_of(repeats, lambda: list(f102.check(context)))
    return {
        "chars": len(source.text),
        "figures": len(manuscript.figures),
        "lint": lint,
        "pass": extract + rule,
        "body_rule": body_rule,
    }


def main(argv: list[str]) -> int:
    repeats = int(argv[0]) if argv else 3
    rows = {copies: measure(copies, repeats if copies < 50 else 2) for copies in SIZES}
    print(
        f"{'copies':>6} {'chars':>10} {'figures':>8} {'lint s':>9} {'figure s':>9} "
        f"{'share':>6} {'F102 s':>8}"
    )
    for copies, row in rows.items():
        share = row["pass"] / row["lint"]
        print(
            f"{copies:>6} {row['chars']:>10,.0f} {row['figures']:>8,.0f} {row['lint']:>9.4f} "
            f"{row['pass']:>9.4f} {share:>6.1%} {row['body_rule']:>8.4f}"
        )
    base = rows[1]
    print("\ncost per character relative to one copy (1.0 = linear):")
    for copies, row in rows.items():
        if copies == 1:
            continue
        size = row["chars"] / base["chars"]
        print(
            f"  x{copies:<4} input x{size:6.1f}: figure pass x{row['pass'] / base['pass']:7.1f} "
            f"(per char {row['pass'] / base['pass'] / size:.2f}), "
            f"lint x{row['lint'] / base['lint']:7.1f} (per char "
            f"{row['lint'] / base['lint'] / size:.2f}), "
            f"F102 per char {row['body_rule'] / base['body_rule'] / size:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
