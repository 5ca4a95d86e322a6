"""A reading that begins inside a listed title the note writes out whole (issue 11).

A plain title with a subtitle or a name in it ("Tom Reed, The Long Shadow. Ann Bell, Wages
and Time, London: Verso, 2001") may be read as two works: the title's head as the writer's
and its tail, with a name from the title, as another's ("Bell", "Wages and Time"). The
works-cited list holds the one work ("Reed, Tom. *The Long Shadow. Ann Bell, Wages and
Time*."), and the tail is no work of its own: the entry's whole title stands in the note
around where the reading begins, and the entry's writer is named right before that title
(or right after it, as an editor is: "…, hg. von Anna Kraus").
A reading that begins where the title begins, or after it ends (another work of the note,
even of the same title), is not such a piece.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from citecheck.model import NoteCitation, Reference

TitleKey = Callable[[str], str]

# A title specific enough to be known when written out: at least this many words and letters
# (as `note_evidence.title_written_out` asks).
MIN_WORDS = 3
MIN_LETTERS = 12
# Words the note may insert into a title written out ("Wages *and* Time": a mark, an "and").
INSERTED_WORDS = 2
# How many words before the title the entry's writer may stand ("Tom Reed, …", "Vgl. die
# ausführliche Studie der Historikerin Anna Kraus: …"), and after it ("…, ed. Tom Reed",
# "…, hg. von Anna Kraus", "… (Tom Reed, 2001)").
NAME_BEFORE = 12
NAME_AFTER = 4

# A word of a note, where it stands.
# matches "Reed", "Bell’s", "1999", "Ο"; not ",", "–"
_WORD = re.compile(r"\w+")


def entry_title_around(
    citation: NoteCitation,
    references: Sequence[Reference],
    note_text: str,
    at: int,
    key: TitleKey,
) -> Reference | None:
    """The entry whose whole title the note writes out around the citation's start (`at` in
    `note_text`, past the title's first word), its first author's surname among the few
    words right before the title or right after it; None when there is none."""
    if citation.form != "full" or not citation.title:
        return None
    words = _keyed_words(note_text, key)
    starts: dict[str, list[int]] = {}  # each word's places, so a title is looked for at its own
    for i, (word, _, _) in enumerate(words):
        starts.setdefault(word, []).append(i)
    read = key(citation.title)
    for reference in references:
        if not (reference.authors and reference.title):
            continue
        title = key(reference.title).split()
        if len(title) < MIN_WORDS or len("".join(title)) < MIN_LETTERS:
            continue
        if read and f" {read} " not in f" {' '.join(title)} ":
            continue  # the title read is no part of this one
        surname = key(reference.authors[0].surname).split()
        if not surname:
            continue
        for start, end in _occurrences(title, words, starts.get(title[0], [])):
            if not words[start][1] < at < words[end - 1][2]:
                continue
            near = words[max(0, start - NAME_BEFORE) : start] + words[end : end + NAME_AFTER]
            if surname[-1] in {w for w, _, _ in near}:
                return reference
    return None


def _keyed_words(text: str, key: TitleKey) -> list[tuple[str, int, int]]:
    """The note's words as `key` folds them, each with where it starts and ends."""
    found = []
    for word in _WORD.finditer(text):
        for part in key(word.group()).split():
            found.append((part, word.start(), word.end()))
    return found


def _occurrences(
    title: list[str], words: list[tuple[str, int, int]], starts: list[int]
) -> list[tuple[int, int]]:
    """Where the title's words stand in the note in order (a few others inserted), as word
    indices (start, end), looked for at `starts` (where its first word stands)."""
    found = []
    for start in starts:
        at, position = 1, start + 1
        limit = min(len(words), start + len(title) + INSERTED_WORDS)
        while at < len(title) and position < limit:
            if words[position][0] == title[at]:
                at += 1
            position += 1
        if at == len(title):
            found.append((start, position))
    return found
