"""A short form of a work by several writers whose surnames alone are joined by "και",
"und" or "and", before a plain title: "Μηλιός και Σαββάκης, Η αγορά του λιμανιού, σ. 9."

Greek "και" joins a title's words as often as writers ("Κράτος και Επανάσταση, σ. 4"), so
the reader does not take two Greek words joined by it for writers by their shape alone.
An earlier note vouches for them: the first surname is the writer of a work read before,
and the title is that work's short title (Chicago 14.29-14.32; Greek practice shortens
the same way). The whole note is the short form.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from itertools import accumulate

from citecheck.bibliography.names import author
from citecheck.extract.citation_patterns import NAME_WORD
from citecheck.extract.note_list_words import PERSON_AND
from citecheck.extract.note_lone_names import HEAD_WORDS, EarlierWorks, head_key, rest_as_short_form
from citecheck.extract.note_patterns import PERSON_SPLIT
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Note, NoteCitation, Span

# A whole note: a cue perhaps, surnames alone joined by a list's word or by the dash Greek
# practice sets between co-authors ("Λάμπρου – Ζαχαρίου"), a plain title, a page, marked
# or bare (Chicago's "26--27"; the earlier note's work vouches for the shape).
# matches "Μηλιός και Σαββάκης, Η αγορά του λιμανιού, σ. 9.", "Βλ. Μηλιός, Καρράς και
# Σαββάκης, Η αγορά, σσ. 9-12", "Vgl. Varga und Kolb, Häfen, S. 9", "Λάμπρου – Ζαχαρίου, Οι
# συνελεύσεις, σ. 4"; not "Κράτος και Επανάσταση, σ. 4" (no title), "Μηλιός και Σαββάκης,
# Η αγορά, Αθήνα 2008" (no page), "Kuethe y Andrien, El mundo, 1990" (a year, no page)
_JOINED_SHORT = lazy_compile(
    rf"""\s*+(?:(?:[Ββ]λ\.|[Ππ]ρβλ\.|[Vv]gl\.|[Ss]ee|[Cc]f\.)\s++)?
        (?P<names>{NAME_WORD}(?:\s*+,\s*+{NAME_WORD}){{0,3}}
                  (?:\s++{PERSON_AND}\s++|\s++[–—]\s++){NAME_WORD}),\s++
        (?P<title>[^\W\d_][^,;:()\[\]*_“”"«»]{{1,120}}?|\*[^*]{{1,120}}\*|“[^”]{{1,120}}”),\s*+
        (?P<pages>(?:σσ?\.|σελ\.|S\.|pp?\.)\s*+\d{{1,5}}(?:\s*+[-–]{{1,2}}\s*+\d{{1,5}})?
                 |(?!1[5-9]\d\d\b|20\d\d\b)\d{{1,4}}(?:[-–]{{1,2}}\d{{1,4}})?)
        \s*+\.?\s*+""",
    re.VERBOSE,
)


def joined_writers_short(text: str, note: Note, earlier: EarlierWorks) -> NoteCitation | None:
    """The short form that the note `text` is, by the joined writers of a work an earlier
    note read under that title; None otherwise."""
    found = _JOINED_SHORT.fullmatch(text)
    if found is None:
        return None
    return _vouched(note, text, found, earlier)


# The style of a title by its first character: a Markdown copy's emphasis or quotation mark.
_STYLES = {"*": "italic", "“": "quoted"}


def _vouched(
    note: Note, text: str, found: re.Match[str], earlier: EarlierWorks
) -> NoteCitation | None:
    """The short form `found` (in `text`) names, when an earlier note read a work of its
    first writer under its title; None otherwise."""
    surnames = [p.strip() for p in PERSON_SPLIT.split(found.group("names")) if p.strip()]
    first = surnames[0].casefold()
    if first not in earlier.writers:
        return None  # "Κράτος και Επανάσταση, …": no writer of that name cited before
    title = found.group("title").strip().strip("*“”")  # a Markdown copy's marks
    if not _read_before(earlier, first, title):
        return None  # the first writer's, but not a title of theirs read before
    return rest_as_short_form(
        note,
        text,
        found.start("names"),
        authors=tuple(author(surname) for surname in surnames),
        title=title,
        pages=found.group("pages"),
        title_style=_STYLES.get(found.group("title")[:1], "plain"),
        unsure="joined surnames; a work of theirs read before",
    )


def _read_before(earlier: EarlierWorks, writer: str, title: str) -> bool:
    """An earlier note read a work of the writer (folded surname) whose title opens as
    `title` does (its first words, as the short title keeps them)."""
    head = " ".join(head_key(title).split()[:HEAD_WORDS])
    return (writer, head) in earlier.writer_heads


# The surname and the list's word before a reading's writer: "Kuethe y " before "Andrien".
# matches "Kuethe y ", "Vell et ", "Μηλιός και "; not "Vell, ", "see "
_JOINED_BEFORE = lazy_compile(rf"(?<![\w'’-])(?P<first>{NAME_WORD})\s++{PERSON_AND}\s++$")


def with_joined_writers(
    text: str, base: int, found: list[NoteCitation], earlier: EarlierWorks
) -> list[NoteCitation]:
    """The readings of the note `text` (at `base`), each whose writer is the second of two
    surnames joined by a list's word ("Kuethe y Andrien, *El mundo atlántico español*,
    51--56." read as Andrien's) given both, when an earlier note read a work of the first
    under that title: "y", "et" or "και" join a title's words as often as writers, so the
    earlier work vouches for the pair."""
    return [_joined_first(text, base, c, earlier) for c in found]


def _joined_first(
    text: str, base: int, citation: NoteCitation, earlier: EarlierWorks
) -> NoteCitation:
    if len(citation.authors) != 1 or not citation.title or citation.form != "short":
        return citation
    at = citation.span.start - base
    if not 0 < at <= len(text) or not text.startswith(citation.authors[0].surname, at):
        return citation
    joined = _JOINED_BEFORE.search(text, max(0, at - 60), at)
    if joined is None:
        return citation
    first = joined.group("first")
    if not _read_before(earlier, first.casefold(), citation.title):
        return citation
    start = joined.start("first")
    return replace(
        citation,
        authors=(author(first), *citation.authors),
        span=Span(base + start, citation.span.end),
        text=text[start : citation.span.end - base],
    )


# Where a later work of a note starts: after the ano teleia or a semicolon between works.
# matches "· " and "; "; not ", "
_NEXT_WORK = lazy_compile(r"[·;]\s*+")


def joined_short_segments(
    text: str, base: int, note: Note, earlier: EarlierWorks, found: list[NoteCitation]
) -> list[NoteCitation]:
    """`found` (the readings of the note's `text`, which starts at `base` in the document)
    with the joined writers' short forms of its later works ("Καραβάς, Η πόλη, σ. 12·
    Λάμπρου – Ζαχαρίου, Οι συνελεύσεις, σ. 4"): a segment after "·" or ";" that is such a
    short form and no reading covers."""
    if not earlier.writers or ("·" not in text and ";" not in text):
        return found
    # the readings' starts in order, and the furthest end of those up to each: whether one
    # covers a segment is a bisection, so a note of thousands of works stays linear
    spans = sorted((c.span.start, c.span.end) for c in found)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))
    added: list[NoteCitation] = []
    for sep in _NEXT_WORK.finditer(text):
        stop = _NEXT_WORK.search(text, sep.end())
        end = stop.start() if stop is not None else len(text)
        before = bisect_left(starts, base + end)  # the readings that start before its end
        if before and reach[before - 1] > base + sep.end():
            continue  # the reader read these words already
        segment = _JOINED_SHORT.fullmatch(text, sep.end(), end)
        if segment is None:
            continue
        citation = _vouched(note, text, segment, earlier)
        if citation is not None:
            start = segment.start("names")
            words = text[start:end].rstrip(" .")
            span = Span(base + start, base + start + len(words))
            added.append(replace(citation, span=span, text=words))
    return sorted([*found, *added], key=lambda c: c.span.start) if added else found
