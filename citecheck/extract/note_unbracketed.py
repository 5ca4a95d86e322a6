"""A plain title with a translator or editor, then its publisher and year without brackets
("Negative Dialectics, Trans. E.B. Ashton, Continuum, 1973 (p. 3).", "The Marx-Engels
Reader, Robert C. Tucker ed., Norton 1978 (p. 10)"): the translator or editor vouches that
the words are a book's title and the publisher and year its imprint. Without one of them a
"Title, Name, Year" is as likely a place, a publisher and a year ("London, Verso, 2015")."""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_details import Details
from citecheck.extract.note_german_marks import EDITOR_MARK
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_parts import build_citation
from citecheck.extract.note_patterns import PERSON
from citecheck.extract.note_titles import title_case
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A plain title (no comma inside), a translator ("Trans. E.B. Ashton") or an editor ("Robert
# C. Tucker ed."), then a publisher of one to four capitalised words and a year.
# matches "Negative Dialectics, Trans. E.B. Ashton, Continuum, 1973", "The Marx-Engels
# Reader, Robert C. Tucker ed., Norton 1978", "The Marx-Engels Reader, Robert C. Tucker Hg.,
# Norton 1978" (German: the editor's mark after the names); not "London, Verso Books, 2015"
# (no translator or editor), "Capital, trans. Ben Fowkes" (no publisher and year),
# "Frankfurt am Main, hg. v. Oskar Negt, Berlin 1970" (German marks before the names are
# `note_german_edited`'s, which knows a place from a title)
_UNBRACKETED = lazy_compile(
    rf"""(?P<title>[{UPPER}0-9][^()*_“”"\[\];,]{{2,120}}?)
        ,\s*(?:(?i:trans|tr|eds?)\.\s+(?P<translator>{PERSON})
              |(?P<editor>{PERSON})\s+(?:eds?|{EDITOR_MARK})\.)
        ,?\s+(?P<publisher>[{UPPER}][\w&.'’-]*(?:\s+[{UPPER}][\w&.'’-]*){{0,3}}),?\s+
        (?P<year>1[5-9]\d\d|20\d\d)(?!\d)""",
    re.VERBOSE,
)


def unbracketed_imprint_title(
    s: str, at: int, offset: int, end: int, note: int
) -> NoteCitation | None:
    """The work at `at`, given by a plain title, a translator or editor, a publisher and a
    year; the editor of a book cited as a whole is its author."""
    found = _UNBRACKETED.match(s, at)
    if found is None:
        return None
    title = found.group("title").strip()
    if len(title.split()) < 2 or not title_case(title):
        return None
    editor = found.group("editor")
    if editor is not None and not plausible_names(editor):
        return None
    authors = tuple(surnames(editor)) if editor else ()
    details = Details(year=found.group("year"), publisher=found.group("publisher"), published=True)
    unsure = ["plain title", "an imprint without brackets"]
    unsure.append("editors as authors" if editor else "no author")
    return build_citation(
        s, at, offset, end, note, "full", authors, title, "plain", details, unsure
    )
