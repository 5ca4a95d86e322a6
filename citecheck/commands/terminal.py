"""The terminal habits of the lint command: colour, progress, stdin.

Colour follows the conventions ruff and most CLIs share: `--color always|never` wins;
else NO_COLOR (any non-empty value) turns it off and FORCE_COLOR turns it on; else it is
on when stdout is a terminal. Progress is shown on stderr only when stderr is a terminal
and not in CI, and only for runs long enough to want it; tqdm is imported only then.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import IO, Any

FEW_FILES = 5  # up to this many files (not resolving), a run is too short for a bar
STDIN_LIMIT = 64 * 1024 * 1024  # as for a manuscript read from a file


def use_color(choice: str, stream: IO[str]) -> bool:
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return _is_terminal(stream) and os.environ.get("TERM") != "dumb"


def progress_bar(resolving: bool) -> Callable[[int], Callable[[Any], None] | None]:
    """A factory the engine calls with the file count; it returns a per-file callback,
    or None when no bar belongs on this run."""

    def start(total: int) -> Callable[[Any], None] | None:
        if not _is_terminal(sys.stderr) or os.environ.get("CI"):
            return None
        if total <= FEW_FILES and not resolving:
            return None
        from tqdm import tqdm  # only for a bar that is shown

        columns, lines = _size()
        bar = tqdm(
            total=total, file=sys.stderr, unit="file", leave=False, ncols=columns, nrows=lines
        )

        def step(_result: Any) -> None:
            bar.update(1)
            if bar.n >= total:
                bar.close()

        return step

    return start


def read_stdin() -> bytes:
    data = sys.stdin.buffer.read(STDIN_LIMIT + 1)
    if len(data) > STDIN_LIMIT:
        from citecheck.errors import InputError

        raise InputError("-: standard input is larger than 64 MB")
    return data


def _size() -> tuple[int, int]:
    """stderr's columns and lines; a terminal that reports no size (0 x 0) gets 80 x 24,
    as tqdm would otherwise draw nothing at all."""
    try:
        size = os.get_terminal_size(sys.stderr.fileno())
    except (OSError, ValueError, AttributeError):
        return 80, 24
    return size.columns or 80, size.lines or 24


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
