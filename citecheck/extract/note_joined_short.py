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

from citecheck.bibliography.names import author
from citecheck.extract.citation_patterns import NAME_WORD
from citecheck.extract.note_list_words import PERSON_AND
from citecheck.extract.note_lone_names import HEAD_WORDS, EarlierWorks, head_key, rest_as_short_form
from citecheck.extract.note_patterns import PERSON_SPLIT
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Note, NoteCitation

# A whole note: a cue perhaps, surnames alone joined by a list's word, a plain title, a page.
# matches "Μηλιός και Σαββάκης, Η αγορά του λιμανιού, σ. 9.", "Βλ. Μηλιός, Καρράς και
# Σαββάκης, Η αγορά, σσ. 9-12", "Vgl. Varga und Kolb, Häfen, S. 9"; not "Κράτος και
# Επανάσταση, σ. 4" (no title), "Μηλιός και Σαββάκης, Η αγορά, Αθήνα 2008" (no page)
_JOINED_SHORT = lazy_compile(
    rf"""\s*+(?:(?:[Ββ]λ\.|[Ππ]ρβλ\.|[Vv]gl\.|[Ss]ee|[Cc]f\.)\s++)?
        (?P<names>{NAME_WORD}(?:\s*+,\s*+{NAME_WORD}){{0,3}}\s++{PERSON_AND}\s++{NAME_WORD}),\s++
        (?P<title>[^\W\d_][^,;:()\[\]*_“”"«»]{{1,120}}?),\s*+
        (?P<pages>(?:σσ?\.|σελ\.|S\.|pp?\.)\s*+\d{{1,5}}(?:\s*+[-–]{{1,2}}\s*+\d{{1,5}})?)
        \s*+\.?\s*+""",
    re.VERBOSE,
)


def joined_writers_short(text: str, note: Note, earlier: EarlierWorks) -> NoteCitation | None:
    """The short form that the note `text` is, by the joined writers of a work an earlier
    note read under that title; None otherwise."""
    found = _JOINED_SHORT.fullmatch(text)
    if found is None:
        return None
    surnames = [p.strip() for p in PERSON_SPLIT.split(found.group("names")) if p.strip()]
    first = surnames[0].casefold()
    if first not in earlier.writers:
        return None  # "Κράτος και Επανάσταση, …": no writer of that name cited before
    title = found.group("title").strip()
    head = " ".join(head_key(title).split()[:HEAD_WORDS])
    if (first, head) not in earlier.writer_heads:
        return None  # the first writer's, but not a title of theirs read before
    return rest_as_short_form(
        note,
        text,
        found.start("names"),
        authors=tuple(author(surname) for surname in surnames),
        title=title,
        pages=found.group("pages"),
        title_style="plain",
        unsure="joined surnames; a work of theirs read before",
    )
