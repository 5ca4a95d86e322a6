"""Atomic file writes: a reader never sees half a file, and a crash leaves the old one."""

from __future__ import annotations

import os
from pathlib import Path


def write_text_atomic(path: str | os.PathLike[str], text: str, *, overwrite: bool = True) -> None:
    """Write `text` to `path` (UTF-8) through a temporary file in the same folder and a rename.

    With overwrite=False an existing file raises FileExistsError and is left untouched.
    """
    write_bytes_atomic(path, text.encode("utf-8"), overwrite=overwrite)


def write_bytes_atomic(
    path: str | os.PathLike[str], data: bytes, *, overwrite: bool = True
) -> None:
    """`write_text_atomic` for bytes already encoded (a manuscript rewritten by --fix in
    its own encoding)."""
    # Through a symlink, replace the file it points at, not the link.
    target = Path(os.path.realpath(path))
    if not overwrite and target.exists():
        raise FileExistsError(str(path))
    if target.exists() and not target.is_file():
        # /dev/null, /dev/stdout, a FIFO: renaming over them would replace the device.
        with open(target, "wb") as handle:
            handle.write(data)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # here: it imports shutil and random, which a lint never needs

    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        # mkstemp makes the file private (0600); give it the mode a plain open() would,
        # or keep the mode of the file it replaces.
        os.chmod(temp, target.stat().st_mode & 0o7777 if target.exists() else _default_mode())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
