"""One job per article (or book), over worker processes: the harness's measurements are
independent, and the results come back in the order of the jobs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any


def map_jobs(work: Callable[..., Any], jobs: Sequence[tuple[Any, ...]], workers: int) -> list[Any]:
    """`work(*job)` for each job, in order; in this process when `workers` is 1."""
    if workers <= 1:
        return [work(*job) for job in jobs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(work, *zip(*jobs, strict=True)))
