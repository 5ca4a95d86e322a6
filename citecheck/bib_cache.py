"""The parsed-bibliography cache: a bibliography file read before, with the same bytes,
by the same citecheck, is not parsed again (as ruff and mypy keep what has not changed).

When the result cache misses (the manuscript was edited), the .bib usually has not
changed: its entries and problems are read back from a JSON entry instead of being
parsed, and pybtex and latexcodec are never imported.

Where: `bib-v1/` beside the result cache's `lint-v1/`, in the same folder (the same
rules: `--cache-dir`, `cache-dir`, $CITECHECK_CACHE_DIR; `--no-cache` turns both off).

One entry per file's bytes, named by the SHA-256 of: this citecheck (the result cache's
code stamp: version, Python, every module's size and time, and the libraries whose
answers are parsed, pybtex, latexcodec and PyYAML among them), the reader of the file's
format, the path as given (it stands in the entries and messages), and the SHA-256 of
the bytes. The entry repeats the path, reader and digest, and is used only when they
are the same. Written through a temporary file and a rename (`citecheck.atomic`); a
corrupt, truncated or foreign entry is parsed again and written over; a folder that
cannot be written is passed over in silence (the result cache has said so already).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from citecheck.bibliography.parsed_format import (
    FORMAT,
    Parsed,
    Uncacheable,
    decode_parsed,
    encode_parsed,
)
from citecheck.cache import code_stamp

ENTRIES = "bib-v1"  # the folder of the entries, inside the cache folder


class ParsedBibliographies:
    """Parsed bibliography files by path, reader and bytes; see the module's docstring."""

    def __init__(self, folder: Path) -> None:
        self.entries = folder / ENTRIES

    def get(self, path: str, reader: str, data: bytes) -> Parsed | None:
        """The entries and problems `reader` found in `data` (the bytes of `path`), or None."""
        digest = hashlib.sha256(data).hexdigest()
        try:
            raw = self._entry(path, reader, digest).read_bytes()
        except OSError:
            return None  # not parsed before (or not readable): parse it
        try:
            entry = json.loads(raw)
            if (entry["format"], entry["path"], entry["reader"], entry["content"]) != (
                FORMAT,
                path,
                reader,
                digest,
            ):
                return None
            return decode_parsed(entry["parsed"])
        except (ValueError, KeyError, TypeError, AttributeError, IndexError):
            return None  # corrupt or foreign: parsed again, and written over

    def put(self, path: str, reader: str, data: bytes, parsed: Parsed) -> None:
        digest = hashlib.sha256(data).hexdigest()
        try:
            entry = {
                "format": FORMAT,
                "path": path,
                "reader": reader,
                "content": digest,
                "parsed": encode_parsed(*parsed),
            }
            text = json.dumps(entry, ensure_ascii=True, separators=(",", ":"))
        except Uncacheable:
            return
        from citecheck.atomic import write_bytes_atomic

        try:
            write_bytes_atomic(self._entry(path, reader, digest), text.encode("ascii"))
        except OSError:
            pass  # a cache that cannot be written is only slower

    def _entry(self, path: str, reader: str, digest: str) -> Path:
        key = "\0".join((code_stamp(), reader, path, digest))
        name = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()
        return self.entries / name[:2] / f"{name}.json"
