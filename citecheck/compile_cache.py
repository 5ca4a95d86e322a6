"""What a run compiles that Python's byte-code does not hold, kept between runs.

Two things are compiled anew by every process, and they were most of a cold `citecheck
lint` of a short manuscript:

- regexes: `re` parses and compiles each pattern in Python (~0.25 s of ~0.6 s on the
  sample). What it hands its C engine at the end is plain data: the final flags, a list
  of op-codes, the group count and the group names. That data is kept per (pattern,
  flags), and the pattern built from it with `_sre.compile`, the call
  `re._compiler.compile` ends with, skipping the parse.
- the methods `dataclasses` writes for each class (`__init__`, `__eq__`, ...): it builds
  their source text and `exec`s it, and compiling that text is most of the ~1 ms each of
  the model's forty-odd classes costs. The code object compiled from a text is kept per
  text, and `exec` runs it, as it would have run the text.

The file is `compiled.<cache tag>.marshal` in `citecheck/__pycache__` (or under
`sys.pycache_prefix`), where `importlib` puts `citecheck`'s own `.pyc` files. It is
written (atomically) when the process exits, only if it compiled something the file did
not hold, never when `sys.dont_write_bytecode` is set (`-B`, PYTHONDONTWRITEBYTECODE),
and silently not at all where the folder is read-only. Entries are keyed by their full
source, the file as a whole by the Python version, the cache tag and `_sre`'s MAGIC; a file
from another Python, a damaged one (its CRC does not match) or an entry that fails means
compiling as without it. Only on the Pythons whose `re._compiler.compile` and
`dataclasses` were read and checked (`tests/test_compile_cache.py`).

Deleting the file (or `__pycache__`) clears it. See docs/performance.md.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import CodeType
from typing import Any

# The Pythons whose re._compiler.compile this module's `_build` repeats step for step, and
# whose dataclasses compile their methods by calling `exec` on source text (3.11.7, 3.12.1
# and 3.13.0 read; a later release that changes re makes `_build` fail, and the process
# then compiles with `re` alone).
CHECKED_VERSIONS = ((3, 11), (3, 12), (3, 13))
# Written first in the file: what it is, then the format of what follows.
HEADER = b"citecheck compiled 3\n"
# More entries than this and a write keeps only those this process used: patterns edited
# away during development do not pile up.
MAX_ENTRIES = 4000

# ("re" or "code", CRC-32 of the source, its length, flags); see `_key`.
Key = tuple[str, int, int, int]
# (final flags, op-codes, groups - 1, group index, index group), as _sre.compile takes them.
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
# An entry as kept: the op-codes as the bytes of C unsigned ints (`_sre.CODESIZE` each, in
# this machine's order; the file's signature holds both), read back by one `tolist()`:
# half the size of marshal's list of ints, and a fifth of the time to read.
Kept = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the kept op-codes when they are there."""
    flags = int(flags)
    if not _STORE.usable or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    return _STORE.compile(pattern, flags, re.compile)


@contextmanager
def every_compile_cached() -> Iterator[None]:
    """Within this block every str pattern `re` compiles, and every class `dataclasses`
    builds, go through the cache: the module-level `re.compile(...)` and `@dataclass` of
    modules imported in it, `re.search(SOURCE, ...)`. The command line runs in it; a
    program using citecheck as a library is left alone."""
    import dataclasses
    from re import _compiler

    original = _compiler.compile

    def compile_through_cache(pattern: Any, flags: int = 0) -> Any:
        if not _STORE.usable or not isinstance(pattern, str) or flags & re.DEBUG:
            return original(pattern, flags)
        return _STORE.compile(pattern, flags, original)

    _compiler.compile = compile_through_cache
    # dataclasses calls `exec` by name: a module global of that name is found before the
    # builtin, for that module alone.
    shadowed = "exec" in vars(dataclasses)
    if _STORE.usable and not shadowed:
        dataclasses.exec = _STORE.exec  # type: ignore[attr-defined]
    try:
        yield
    finally:
        _compiler.compile = original
        if _STORE.usable and not shadowed:
            del dataclasses.exec  # type: ignore[attr-defined]


def signature() -> tuple[Any, ...]:
    """What a file must have been written by to be read: this Python and its `_sre`."""
    import _sre

    return (sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE)


def cache_file() -> str | None:
    """Where this Python keeps the file: beside this package's byte-code."""
    tag = sys.implementation.cache_tag
    if tag is None:
        return None
    from importlib.util import cache_from_source

    folder = os.path.dirname(cache_from_source(__file__))
    return os.path.join(folder, f"compiled.{tag}.marshal")


class _Store:
    """The entries read from the file, those compiled since, and the write at exit."""

    def __init__(self, path: str | None = None) -> None:
        self.usable = sys.version_info[:2] in CHECKED_VERSIONS
        self.path = path  # None: cache_file(), found on first use
        self.kept: dict[Key, bytes] | None = None  # read on first use; (source, payload)
        self.new: dict[Key, bytes] = {}
        self.used: set[Key] = set()

    def _lookup(self, key: Key, source: bytes) -> Any:
        """What was kept for `source` (UTF-8) under `key`, or None (absent, damaged, or
        another source with the same key)."""
        if self.kept is None:
            self.kept = self._read()
        self.used.add(key)
        blob = self.kept.get(key) or self.new.get(key)
        if blob is None:
            return None
        try:
            kept_source, payload = marshal.loads(blob)
        except Exception:  # damaged: compiled again, and the entry replaced
            return None
        # Kept as UTF-8, as the key hashed it: compared without decoding the kept text.
        return payload if kept_source == source else None

    def _add(self, key: Key, source: bytes, payload: Any) -> None:
        blob = marshal.dumps((source, payload))  # ValueError for what marshal cannot keep
        if not self.new:
            import atexit

            atexit.register(self.write)
        self.new[key] = blob

    def compile(
        self, pattern: str, flags: int, fallback: Callable[[str, int], re.Pattern[str]]
    ) -> re.Pattern[str]:
        """The pattern `fallback(pattern, flags)` would compile."""
        import _sre

        source = _utf8(pattern)
        key = _key("re", pattern, flags, source)
        kept = self._lookup(key, source)
        if kept is not None:
            try:
                return _sre.compile(pattern, *_unpacked(kept))
            except Exception:  # an entry _sre refuses: compile it again
                pass
        try:
            entry = _build(pattern, flags)
            compiled = _sre.compile(pattern, *entry)
            self._add(key, source, _packed(entry))
        except re.error:
            raise  # a bad pattern: the caller's error, as from re.compile
        except Exception:  # re's internals are not what _build expects: stop using them
            self.usable = False
            return fallback(pattern, flags)
        return compiled

    def exec(self, source: Any, globals: Any = None, locals: Any = None) -> None:
        """`exec(source, globals, locals)`, the source compiled once for every run."""
        if globals is None:  # as exec does: the caller's namespaces
            caller = sys._getframe(1)
            globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
        elif locals is None:
            locals = globals
        if not isinstance(source, str):
            return exec(source, globals, locals)
        text = _utf8(source)
        key = _key("code", source, 0, text)
        code = self._lookup(key, text)
        if not isinstance(code, CodeType):  # absent, or not code: never run anything else
            # As exec(source) compiles it in dataclasses, whose module has no __future__
            # import: nothing inherited from this one (which has `annotations`).
            code = compile(source, "<string>", "exec", dont_inherit=True)
            self._add(key, text, code)
        return exec(code, globals, locals)

    def _read(self) -> dict[Key, bytes]:
        self.path = self.path or cache_file()
        if self.path is None:
            return {}
        try:
            with open(self.path, "rb") as handle:
                data = handle.read()
            if not data.startswith(HEADER):
                return {}
            crc, body = data[len(HEADER) : len(HEADER) + 4], data[len(HEADER) + 4 :]
            if int.from_bytes(crc, "little") != zlib.crc32(body):
                return {}
            written_by, entries = marshal.loads(body)
            if written_by != signature() or not isinstance(entries, dict):
                return {}
            return entries
        except (OSError, ValueError, EOFError, TypeError):
            return {}

    def write(self) -> None:
        """Keep what this process compiled, with what the file held; never an error."""
        if sys.dont_write_bytecode or not self.new or self.path is None:
            return
        entries = {**(self.kept or {}), **self.new}
        if len(entries) > MAX_ENTRIES:
            entries = {key: blob for key, blob in entries.items() if key in self.used}
        try:
            from citecheck.atomic import write_bytes_atomic

            body = marshal.dumps((signature(), entries))
            crc = zlib.crc32(body).to_bytes(4, "little")
            write_bytes_atomic(self.path, HEADER + crc + body)
        except (OSError, ValueError):
            pass  # a read-only install, a full disk: the next run compiles again
        self.kept, self.new = entries, {}


def _utf8(source: str) -> bytes:
    return source.encode("utf-8", "surrogatepass")  # a lone surrogate is a valid pattern


def _key(kind: str, source: str, flags: int, encoded: bytes | None = None) -> Key:
    """A short key for a source (`encoded`: its UTF-8, when the caller has it): the file
    is then read without building (and hashing) every long pattern and method text it
    holds; the source kept in the entry is compared on use, so two sources with one key
    cost a compile, never a wrong pattern."""
    return (kind, zlib.crc32(_utf8(source) if encoded is None else encoded), len(source), flags)


def _packed(entry: Entry) -> Kept | Entry:
    """The entry as kept: its op-codes as bytes (where a C unsigned int is a code's size,
    as on every platform CPython builds on; else as the list itself)."""
    import _sre

    flags, code, groups, groupindex, indexgroup = entry
    if _sre.CODESIZE != _UINT_SIZE:
        return entry
    packed = memoryview(bytearray(len(code) * _UINT_SIZE)).cast("I")
    for index, op in enumerate(code):
        packed[index] = op
    return flags, packed.tobytes(), groups, groupindex, indexgroup


def _unpacked(kept: Kept | Entry) -> Entry:
    """What `_sre.compile` takes, from a kept entry."""
    flags, code, groups, groupindex, indexgroup = kept
    if not isinstance(code, list):
        code = memoryview(code).cast("I").tolist()
    return flags, code, groups, groupindex, indexgroup


_UINT_SIZE = memoryview(bytes(8)).cast("I").itemsize


def _build(pattern: str, flags: int) -> Entry:
    """What `re._compiler.compile` hands `_sre.compile`, step for step, without the call."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    # Op-codes are int subclasses (_NamedIntConstant), which marshal refuses: plain ints.
    code = list(map(int, _compiler._code(parsed, flags)))
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


_STORE = _Store()
