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
