"""Reading an input file's bytes, with one-line errors for everything that can go wrong.

The size is checked with `stat` before a byte is read, and the read itself stops one byte
past the limit, so a 4 GB file (or one that grows while it is read) costs no memory.
Only regular files are opened: a FIFO or a device would block or never end.
"""

from __future__ import annotations

import errno
import os
import stat

from citecheck.errors import InputError

# What a manuscript may be, known before any reader is imported (a walk, and a run whose
# results come from the cache, need no reader): `citecheck.readers` registers a reader for
# each of these suffixes, and a folder walk takes all but the web pages
# (`readers.discovered_suffixes`); tests/test_rule_catalog.py checks they agree.
MANUSCRIPT_SUFFIXES = frozenset(
    {".txt", ".text", ".md", ".markdown", ".tex", ".docx", ".html", ".htm", ".xhtml"}
)
WALKED_SUFFIXES = MANUSCRIPT_SUFFIXES - {".html", ".htm", ".xhtml"}
MANUSCRIPT_MAX_BYTES = 64 * 1024 * 1024


def describe_os_error(exc: OSError) -> str:
    """ "Permission denied", "Too many levels of symbolic links": the OS's words, one line."""
    if exc.errno == errno.ELOOP:
        return "a symbolic link loop"
    return exc.strerror or type(exc).__name__


def regular_file_size(path: str | os.PathLike[str], what: str) -> int:
    """The size of a regular file at `path`; InputError for anything else."""
    name = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{name}: no such {what}") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({describe_os_error(exc)})") from None
    except ValueError:  # an embedded NUL in the name
        raise InputError(f"{name!r}: not a valid file name") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{name}: is a directory, not a {what}")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{name}: not a regular file (a FIFO, socket or device)")
    return info.st_size


def read_input_bytes(path: str | os.PathLike[str], what: str, max_bytes: int) -> bytes:
    """The file's bytes; InputError for a missing, unreadable, oversized, special or folder path.

    `what` names the kind of file in messages ("bibliography file").
    """
    name = str(path)
    limit = f"larger than {max_bytes // (1024 * 1024)} MiB"
    if regular_file_size(path, what) > max_bytes:
        raise InputError(f"{name}: {limit}")
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO after the stat, open() still returns.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise InputError(f"{name}: not a regular file (a FIFO, socket or device)")
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({describe_os_error(exc)})") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: {limit}")
    return data
