"""An edited volume cited as a whole after "in" in a note's prose: editor first ("The text
is in Ann Vell, ed., *Title*, vol. 2 (Berlin: Dietz, 1964), 64–66", "well documented in Ann
Vell and Tom Hale, eds., *Title* (Leeds: …, 1999), but …") or title first ("see the essays
in *Title*, ed. Ann Vell (London: …, 2020)"). Chicago 14.103 and 14.104: the editor stands
for the author; the truth set's convention likewise.

After "in", a book is usually the container of the work named before it ("“Chapter,” in
*Book*, ed. …"): read here only when the words before "in" in the segment are prose (no
title, quotation, bracket or name: "The text is in", "see the essays in"), and only with
the editors' mark and an imprint giving place and year, which together vouch for the
title (a plain one too, in a web copy). A place in the names' slot ("in London, ed. …") is
no person: the names must read as persons."""

from __future__ import annotations

import re
from collections.abc import Callable

from citecheck.extract.note_details import read_details
from citecheck.extract.note_editors import editors_after
from citecheck.extract.note_german_marks import EDITOR_MARK
from citecheck.extract.note_list_words import PART_IN
from citecheck.extract.note_names import plausible_names
from citecheck.extract.note_parts import build_citation
from citecheck.extract.note_patterns import GIVEN_PERSON, MARKED_TITLE, marked_style
from citecheck.extract.note_plain_titles import vouched_plain_title
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# "in" after a word of prose in lower case ("is in", "documented in", "essays in"), or the
# same word in Spanish, French or Portuguese ("reunidos en", "recueillis dans", "em").
# matches " in " after "The text is", "documented in ", " en " after "reunidos"; not "In "
# (a segment's cue), "Berlin ", " en " before "1990" (a date)
_PROSE_IN = lazy_compile(rf"(?<=[a-z])\s++{PART_IN}\s++(?=[A-Z*_“\"])")

# Editors with given names first, then "ed." or "eds." and a comma.
# matches "Ann Vell, ed., ", "Ann Vell and Tom Hale, eds., ", "Ann Vell (ed.), ", "Ann Vell
# (Hg.), ", "Ann Vell, Hrsg., " (German); not "Vell,
# ed., " (no given name), "Ann Vell, *Title*" (no editors' mark)
_EDITORS_FIRST = lazy_compile(
    rf"""(?P<names>{GIVEN_PERSON}(?:\s*+,\s*+{GIVEN_PERSON}){{0,3}}
           (?:(?:\s*+,\s*+|\s++)(?:and|&)\s++{GIVEN_PERSON})?)
        \s*+(?:,\s*+(?:eds?|{EDITOR_MARK})\.|\((?:eds?|{EDITOR_MARK})\.\))\s*+,?\s*+""",
    re.VERBOSE,
)

# What may not stand before "in" in the segment for the book to be cited itself: a title's
# mark, a quotation, a bracket (a work named before it, whose container the book is).
# matches "*", "“", "(", '"'; not "a", ","
_WORK_BEFORE = lazy_compile(r"[*_“”\"()\[\]]")

Reader = Callable[..., NoteCitation | None]


def edited_in_prose(
    s: str, k: int, offset: int, end: int, note: int, read_at: Reader
) -> NoteCitation | None:
    """The edited volume cited after "in" in the prose of segment `s` (from `k`), or None."""
    if ("ed" not in s and "Hg" not in s and "Hrsg" not in s) or "(" not in s:
        return None  # cheap test first: the editors' mark and the imprint's bracket
    found = _PROSE_IN.search(s, k)
    if found is None or _WORK_BEFORE.search(s, k, found.start()):
        return None
    at = found.end()
    editors = _EDITORS_FIRST.match(s, at)
    if editors is not None:
        if not plausible_names(editors.group("names")):
            return None
        read = read_at(s, at, offset, end, note, names_needed=True)
        if read is None or not read.authors or not read.title or not (read.place and read.year):
            return None
        return read
    return _title_then_editors(s, at, offset, end, note)


def _title_then_editors(s: str, at: int, offset: int, end: int, note: int) -> NoteCitation | None:
    marked = MARKED_TITLE.match(s, at)
    if marked is not None:
        title, style, title_end = (
            next(g for g in marked.groups() if g),
            marked_style(marked),
            marked.end(),
        )
    elif (plain := vouched_plain_title(s, at)) is not None:
        (title, title_end), style = plain, "plain"
    else:
        return None
    edited = editors_after(s, title_end)
    if edited is None:
        return None
    authors, editors_end = edited
    details = read_details(s[editors_end:])
    if not (details.place and details.year) or s[editors_end:].lstrip(" ,")[:1] != "(":
        return None
    unsure = ["editors as authors", "after 'in' in prose"] + (
        ["plain title"] if style == "plain" else []
    )
    return build_citation(
        s, at, offset, end, note, "full", authors, title.strip(" ,."), style, details, unsure
    )
