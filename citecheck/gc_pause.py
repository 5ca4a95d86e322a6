"""Cyclic garbage collection paused while one document is read or linted.

A document's model is hundreds of thousands of small objects that live until the lint is
over and hold no cycles. Python's collector nonetheless walks all of them every time the
objects it tracks grow by a quarter: about a dozen full passes over a 100,000-note
document, a fifth of its lint time and a cost that grows faster than the document.
Reference counting still frees everything at once; the collector runs again afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic collection inside the block; nested blocks are fine (the outermost one
    turns it back on, and only if it was on)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# Whether `pause_for_start_up` turned the collector off (and so must turn it back on), and
# whether this process has frozen its start-up objects yet.
_START_UP = {"paused": False, "frozen": False}


def pause_for_start_up() -> None:
    """No cyclic collection while the command line starts: what start-up allocates
    (modules, classes, functions, compiled patterns, the first file's model) lives for the
    whole run or is freed by reference counting, and the ~45 collections it used to
    trigger (four of them over every object then alive) found nothing to free. Ended by
    `end_start_up`. Does nothing when the collector is already off."""
    if gc.isenabled():
        gc.disable()
        _START_UP["paused"] = True


def end_start_up() -> None:
    """The collector runs again if `pause_for_start_up` stopped it: called once the first
    file is done (before `-j` workers are forked, which inherit the collector as it is) and
    when the command ends; harmless when there was no pause.

    The objects alive then are first moved out of the collector's sight (`gc.freeze`, once
    per process): later collections, and the one at exit, no longer walk the modules. They
    are still freed by reference counting; `parallel.ordered_map` unfreezes them after its
    fork, as before. Once per process, so that a program calling `main` again and again (the
    tests) does not keep every cycle it made since."""
    if _START_UP["paused"]:
        _START_UP["paused"] = False
        if not _START_UP["frozen"]:
            _START_UP["frozen"] = True
            gc.freeze()
        gc.enable()
