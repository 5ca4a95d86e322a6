"""A misspelt author in a note the reader could not read as a citation.

inconsistent-reference compares the note citations the reader read with their entries. A
note it could not read ("As Luxmeburg put it in 1915 in *The Crisis of German Social
Democracy* (…)", "the political scientist J. P. Ntetl, in the essay “The German Social
Democratic Party 1890--1914 as Political Model” (…)") still names an entry's work: its
title written out whole, and just before it a name one slip from the entry's author. That
name is the author misspelt ("Mounanda" for "Mouanda"), unless it is another listed author.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from citecheck.bibliography.names import author
from citecheck.bibliography.note_evidence import stands_at
from citecheck.bibliography.note_matching import name_similarity, title_key
from citecheck.model import Manuscript, Reference, Span

# A capitalised word that may be a surname, with a possessive "'s" left off.
# matches "Luxmeburg", "Ntetl", "Bayrelein's", "Žižek"; not "the", "1915", "J."
_NAME = re.compile(r"(?<![\w.])(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’-]*\w)(?:['’]s)?(?![\w.])")

# Words too common to look titles up by.
_FUNCTION_WORDS = frozenset({"with", "from", "that", "this", "their", "into", "upon", "what"})

# How far before the title a misspelt name may stand: the names of a citation and a few
# words of prose ("As Luxmeburg put it in 1915 in").
BEFORE_TITLE = 120
# The entry's title must be specific enough to name it: two words and ten letters.
MIN_TITLE_WORDS = 2
MIN_TITLE_LETTERS = 10


@dataclass(frozen=True)
class Misspelling:
    note: int
    span: Span  # the misspelt name
    cited: str
    reference: Reference
    listed: str


def misspelt_authors(
    manuscript: Manuscript, references: Sequence[Reference], read: set[tuple[int, str]]
) -> Iterable[Misspelling]:
    """Each note naming an entry's title whole with, just before it, a name one slip from
    the entry's author; `read` holds (note, entry key) pairs the reader's citations already
    matched (those are compared field by field instead)."""
    by_key_word = _titles_by_key_word(references)
    if not by_key_word:
        return
    listed_names = {a.folded for r in references for a in r.authors}
    masked = manuscript.source.masked
    for note in manuscript.notes:
        text = masked[note.text_span.start : note.text_span.end]
        words = list(_words(text))
        folded = [w for w, _ in words]
        named: set[str] = set()
        for position, (word, _) in enumerate(words):
            for wanted, anchor, reference in by_key_word.get(word, ()):
                start = position - anchor
                if reference.key in named or (note.number, reference.key) in read:
                    continue
                if start < 0 or not stands_at(wanted, folded, start):
                    continue
                named.add(reference.key)
                offset = words[start][1]
                found = _near_name(
                    text, max(0, offset - BEFORE_TITLE), offset, reference, listed_names
                )
                if found is not None:
                    begin, end, listed = found
                    span = Span(note.text_span.start + begin, note.text_span.start + end)
                    yield Misspelling(note.number, span, text[begin:end], reference, listed)


def _titles_by_key_word(
    references: Sequence[Reference],
) -> dict[str, list[tuple[list[str], int, Reference]]]:
    """The entries with an author and a specific title, by their title's first word of four
    letters that is no function word ("crisis" for "The Crisis of …"), with its place in
    the title: a note's words are looked up, not every entry tried on every note, and a
    common "the" leads to no entry."""
    index: dict[str, list[tuple[list[str], int, Reference]]] = {}
    for reference in references:
        wanted = title_key(reference.title).split()
        if not reference.authors or len(wanted) < MIN_TITLE_WORDS:
            continue
        if len("".join(wanted)) < MIN_TITLE_LETTERS:
            continue
        # words inserted before the key word would move the title's start: look it up
        # among the first few words only
        anchor = next(
            (i for i, w in enumerate(wanted[:4]) if len(w) >= 4 and w not in _FUNCTION_WORDS), 0
        )
        index.setdefault(wanted[anchor], []).append((wanted, anchor, reference))
    return index


def _words(text: str) -> Iterable[tuple[str, int]]:
    """The text's words folded as titles are ("Democracy" -> "democracy"), with offsets."""
    for word in re.finditer(r"\w+", text):
        for part in title_key(word.group()).split():
            yield part, word.start()


def _near_name(
    text: str, start: int, end: int, reference: Reference, listed_names: set[str]
) -> tuple[int, int, str] | None:
    """The last name in text[start:end] one slip from an author of the entry (two in a
    long name), not that author's own spelling nor any listed author's."""
    window = text[start:end]
    surnames = {a.folded: a.surname for a in reference.authors}
    if any(a.surname in window for a in reference.authors):
        return None  # the author is spelt right here: the near name is someone else
    for name in reversed(list(_NAME.finditer(window))):
        folded = author(name.group("name")).folded
        if folded in listed_names or len(folded) < 4:
            continue
        for listed, surname in surnames.items():
            if name_similarity(folded, listed) >= 80 and folded[:1] == listed[:1]:
                return start + name.start("name"), start + name.end("name"), surname
    return None
