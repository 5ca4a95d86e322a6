"""Where a note names the work a quotation was taken from (issue 11).

"Max Horkheimer: Lenin. Zit. in: Schmidt: Streitschrift 1987, S. 425" cites two works: the
one quoted and, after "zit. in" ("quoted in", "cited in"), the one it was quoted from (DIN
1505-2 practice, Chicago 14.260). The details after the cue are the second work's: they
never make the first a full form, which is left a short form when it has none of its own.
"""

from __future__ import annotations

import re

from citecheck.lazy_regex import lazy_compile

# The cue that opens the work quoted from. No nested repetition: linear on any input.
# matches "zit. in:", "Zit. nach", "zitiert nach", "hier zit. n.", "quoted in", "Cited
# from"; not "zitieren", "cited it", "quoted on p. 4", "in:" alone (a container)
_QUOTED_FROM = lazy_compile(
    r"\b(?:(?:zit\.|zitiert)[ \t]+(?:auch[ \t]+)?(?:nach|in|n\.)"
    r"|(?:quoted|cited)[ \t]+(?:in|from)\b)",
    re.IGNORECASE,
)


def quoted_from_at(text: str, start: int, end: int) -> int:
    """Where the first cue to a work quoted from stands in text[start:end], or -1."""
    found = _QUOTED_FROM.search(text, start, end)
    return found.start() if found else -1
