"""How the quotation sweep grows with its input: the cost per character, as ratios.

Run: .venv/bin/python bench/bench_quotations.py [repeats]

`find_quotations` is timed on each input at a small and a ten times larger size: the
sample, and hostile inputs made only of quotation marks (every mark opening, every mark
closing nothing, a deep stack of one family under marks of another, straight quotes). The
ratio is the time per character at the large size over the small one; a linear sweep keeps
every ratio near 1 (a quadratic one would give about 10).
"""

from __future__ import annotations

import sys

from timing import SAMPLE, best_of  # bench/timing.py, beside this script

from citecheck.extract.markers import find_markers
from citecheck.extract.quotations import find_quotations
from citecheck.readers import read_bytes

SMALL = 20_000  # characters of a hostile input at the small size


def per_char(text: str, repeats: int) -> float:
    source = read_bytes("bench.txt", text.encode("utf-8"))
    markers = find_markers(source)
    return best_of(repeats, lambda: find_quotations(source, markers)) / len(text)


def hostile(unit: str, chars: int) -> str:
    return unit * (chars // len(unit))


INPUTS = {
    "sample": lambda n: "\n\n".join([SAMPLE.read_text(encoding="utf-8")] * n),
    "opening marks only": lambda n: hostile("x “", SMALL * n),
    "closing marks only": lambda n: hostile("x” ", SMALL * n),
    "deep stack, other family": lambda n: (
        "“" + hostile("‘", SMALL * n // 2) + hostile("’ ", SMALL * n // 2)
    ),
    "straight quotes": lambda n: hostile("a \"b 'c ", SMALL * n),
}


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    per_char(INPUTS["sample"](1), 1)  # warm up
    print(f"{'input':<26} {'chars (x1)':>10} {'ratio x10 / x1':>15}")
    for name, make in INPUTS.items():
        small, large = make(1), make(10)
        ratio = per_char(large, repeats) / per_char(small, repeats)
        print(f"{name:<26} {len(small):>10} {ratio:>15.2f}")


if __name__ == "__main__":
    main()
