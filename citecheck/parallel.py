"""An ordered map over a pool of worker processes, for linting many files on every core.

Workers are forked (Linux, and any platform offering fork): they inherit the loaded
modules and the work function, so nothing but the items and the results is pickled, and
closures (a baseline postprocess) work as they do in one process. Where fork is not
offered, or for one job or one item, the map runs here, in order, as `map` does.

Results come back in the order the items were given (`Pool.imap`), so the output of a
run is the same for any number of jobs; they stream, so the caller can drop what it
does not keep before the next one arrives. The first item is done in this process before
the workers are forked, so that they inherit whatever doing it loaded.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any

# The work of the current pool, set before the fork; a worker's copy is what it runs.
_WORK: Callable[[Any], Any] | None = None


def default_jobs() -> int:
    """The CPUs this process may run on (the affinity mask, else the count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    import multiprocessing  # here: its import costs a one-file run ~20 ms

    return "fork" in multiprocessing.get_all_start_methods()


def ordered_map(
    work: Callable[[Any], Any], items: Iterable[Any], jobs: int, count: int
) -> Iterator[Any]:
    """`map(work, items)` over `count` items, spread over `jobs` forked processes when that
    helps. `items` is read as the workers take them, so it may be a generator."""
    jobs = min(jobs, count - 1)
    if jobs <= 1 or not can_fork():
        yield from map(work, items)
        return
    # The first item is done here, before the fork: what doing it loads (modules, patterns
    # compiled on first use, a parsed bibliography the work keeps) is then inherited by
    # every worker, rather than loaded again by each.
    items = iter(items)
    yield work(next(items))
    global _WORK
    _WORK = work
    # Small chunks keep the order cheap to restore, and every worker busy to the end: a
    # worker finishing its last chunk waits for the others' last at most 1/16 of the run.
    chunk = max(1, min(16, (count - 1) // (jobs * 16)))
    # Processes are forked in Pool() before its helper threads start.
    import gc
    import multiprocessing

    # What this process holds is moved out of the collector's sight before the fork: a
    # worker's collections then never walk it, and never write to (and so copy) its pages.
    gc.freeze()
    try:
        pool = multiprocessing.get_context("fork").Pool(
            jobs, initializer=_leave_interrupts_to_parent
        )
    finally:
        gc.unfreeze()  # this process collects as before; the workers keep their copy frozen
    try:
        yield from pool.imap(_run, items, chunksize=chunk)
        pool.close()
    finally:
        pool.terminate()
        pool.join()
        _WORK = None


def _leave_interrupts_to_parent() -> None:
    """Ctrl-C reaches every process of the group: the parent stops the pool and says
    "interrupted" once; a worker printing its own traceback would break that promise."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run(item: Any) -> Any:
    assert _WORK is not None, "a worker runs the work its parent set before forking"
    return _WORK(item)
