"""Reading an input file's bytes, with one-line errors for everything that can go wrong."""

from __future__ import annotations

import os
from pathlib import Path

from citecheck.errors import InputError


def read_input_bytes(path: str | os.PathLike[str], what: str, max_bytes: int) -> bytes:
    """The file's bytes; InputError for a missing, unreadable, oversized, special or folder path.

    `what` names the kind of file in messages ("bibliography file").
    """
    name = str(path)
    file = Path(path)
    if not file.exists():
        raise InputError(f"{name}: no such {what}")
    if file.is_dir():
        raise InputError(f"{name}: is a directory, not a {what}")
    if not file.is_file():
        # A FIFO or a device would block or never end.
        raise InputError(f"{name}: not a regular file")
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: larger than {max_bytes // (1024 * 1024)} MiB")
    return data
