"""A work's title named in prose with its year, read as a narrative author-year citation.

A document copied from a web page loses its italics: "*The Long Harbour* (1999)" becomes
"The Long Harbour (1999)", whose last capitalised word and bracketed year read as
"Harbour (1999)", a narrative citation of a writer named Harbour. Where the words before
the year are the title of a work the document lists or cites in a note, with that year,
the bracket names the title's year (Chicago 8.171: a title with its date in running
text), not a writer, and no list owes it an entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from citecheck.bibliography.names import fold
from citecheck.model import Citation, Manuscript

# How far back from the "author" the title is looked for (a bound keeps it linear).
_TITLE_REACH = 300

# A title's words, for comparison: letters and digits, folded.
# matches "The", "Long", "Harbour" in "The Long Harbour:"; not ":", "*"
_WORD = re.compile(r"[^\W_]+")


class DatedTitles:
    """The document's titles with their years: its list's entries and its notes' works."""

    def __init__(self, manuscript: Manuscript, references: Iterable) -> None:
        pairs = [(r.title, r.year) for r in references if r.title and r.year]
        pairs += [(c.title, c.year) for c in manuscript.note_citations if c.title and c.year]
        self._by_last: dict[tuple[str, str], list[list[str]]] = {}
        for title, year in pairs:
            for part in _parts(title):
                if len(part) >= 2:  # a one-word title is no evidence beside a name
                    self._by_last.setdefault((part[-1], year), []).append(part)
        self._text = manuscript.source.masked

    def names(self, citation: Citation) -> bool:
        """The narrative citation's "author" is the last word of a title of its year that
        the text writes out right before the bracket."""
        if citation.form != "narrative" or len(citation.authors) != 1 or citation.key:
            return False
        surname = citation.authors[0].surname
        titles = self._by_last.get((_fold(surname), citation.year))
        if not titles:
            return False
        end = citation.span.start + len(surname)
        before = _words(self._text[max(0, end - _TITLE_REACH) : end])
        return any(before[-len(title) :] == title for title in titles)


def _parts(title: str) -> list[list[str]]:
    """The whole title's words and its main title's (before a colon): prose may name the
    main title alone."""
    whole = _words(title)
    main = _words(title.split(":", 1)[0]) if ":" in title else []
    return [whole, main] if main and main != whole else [whole]


def _words(text: str) -> list[str]:
    return [_fold(w) for w in _WORD.findall(text)]


def _fold(word: str) -> str:
    return fold(word).casefold()
