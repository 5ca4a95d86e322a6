"""What the benchmarks share: where the sample is, and how a timing is taken."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "stalinisms-long-shadow.txt"

if str(ROOT) not in sys.path:  # run as `python bench/x.py` without installing
    sys.path.insert(0, str(ROOT))


def best_of(repeats: int, run: Callable[[], object]) -> float:
    """The fastest of `repeats` runs, in seconds (the least disturbed by other work)."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)
