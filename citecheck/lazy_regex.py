"""Regexes compiled on first use, not at import.

Compiling is most of what importing the extractors costs: `re` parses and compiles each
pattern in Python, and the name patterns repeat a character class of 430 capitals that
alone takes half a millisecond each time. A run uses about half of the patterns (a plain
text has no LaTeX, a bibliography style no notes), so the others should cost nothing.

`lazy_compile(source, flags)` stands where `re.compile(source, flags)` stood. The first
time one of the pattern's methods is read it compiles, and copies the compiled pattern's
methods onto itself: every later `PATTERN.search(...)` is a plain attribute read, as fast
as on a compiled pattern. `.pattern` is the source from the start, so a pattern composed
from another's source (`rf"...{DATE.pattern}..."`) compiles neither. Where a real
`re.Pattern` is needed (`re.sub(PATTERN, ...)`), `PATTERN.compiled()` gives it.

A worker process forked after the first file inherits whatever that file compiled
(`citecheck.parallel`), so each pattern is compiled once per run, not once per worker.

Compiling goes through `citecheck.compile_cache`, which keeps the compiled op-codes between
runs as Python keeps byte-code: a second run builds each pattern without parsing it.

`class_ranges` makes what must be compiled cheaper: a class of many single characters
written as ranges, the same set in fewer items for `re` to parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from citecheck.compile_cache import compile_pattern

# What a compiled pattern offers, copied onto the lazy one when it compiles.
_COPIED = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """A `re.Pattern` that compiles the first time it is used."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now, if this is its first use)."""
        if self._compiled is None:
            compiled = compile_pattern(self.pattern, self._flags)
            for name in _COPIED:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        # Only called for an attribute not set yet: before the first use.
        if name not in _COPIED:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return getattr(self.compiled(), name)

    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, int]]:
        return LazyPattern, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """`re.compile(pattern, flags)`, done the first time the pattern is used."""
    return LazyPattern(pattern, flags)


def class_ranges(code_points: Iterable[int]) -> str:
    """The inside of a character class matching exactly `code_points`, runs written as
    ranges: [65, 66, 67, 69] gives "A-CE". Fewer items parse faster; the set is the same.
    Meant for letters and such: a code point that is special in a class is escaped."""
    points = sorted(set(code_points))
    items = []
    start = 0
    while start < len(points):
        end = start
        while end + 1 < len(points) and points[end + 1] == points[end] + 1:
            end += 1
        first, last = re.escape(chr(points[start])), re.escape(chr(points[end]))
        if end == start:
            items.append(first)
        elif end == start + 1:
            items.append(first + last)
        else:
            items.append(f"{first}-{last}")
        start = end + 1
    return "".join(items)
