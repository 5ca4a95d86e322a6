"""Long runs of white space, cut short for the note reader and mapped back.

A Markdown link's blanked target, or a pasted `data:` address, leaves a run of hundreds or
thousands of spaces in a note. Many of the note reader's patterns try a run again from each
of its spaces, which is quadratic in the run's length (a run of 8,000 spaces took 5 s). The
reader therefore reads a copy in which each long run keeps its first and last eight
characters, and up to two of the line breaks between them (a blank line parts paragraphs),
and what it reads is mapped back to the note as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from citecheck.lazy_regex import lazy_compile

_KEPT = 8  # characters kept at each end of a long run: more than any pattern counts
# matches a run of 33 or more white-space characters, from its start (the text's start
# too: nothing stands before it); not a run of 32
_LONG_RUN = lazy_compile(r"(?<!\s)\s{33,}")


@dataclass(frozen=True)
class Shortened:
    """A text with its long runs cut short, and where each of its characters stands in the
    text as written (`origin`, one more entry for the end)."""

    text: str
    origin: tuple[int, ...]

    def span_back(self, start: int, end: int) -> tuple[int, int]:
        """The span of the text as written that `start:end` of the short text covers."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1

    def then(self, second: Shortened) -> Shortened:
        """This copy shortened again by `second` (a copy of this copy's text), mapped back to
        the text as written."""
        return Shortened(second.text, tuple(self.origin[i] for i in second.origin))


def shortened(text: str) -> Shortened | None:
    """`text` with each run of more than 32 white-space characters cut short, or None when
    it has none (the common case: nothing is copied)."""
    runs = list(_LONG_RUN.finditer(text))
    if not runs:
        return None
    origin: list[int] = []
    at = 0
    for run in runs:
        origin.extend(range(at, run.start()))
        start, end = run.start(), run.end()
        breaks = [i for i in range(start + _KEPT, end - _KEPT) if text[i] == "\n"][:2]
        origin.extend([*range(start, start + _KEPT), *breaks, *range(end - _KEPT, end)])
        at = end
    origin.extend(range(at, len(text)))
    short = "".join(text[i] for i in origin)
    origin.append(len(text))
    return Shortened(short, tuple(origin))
