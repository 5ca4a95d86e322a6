"""A German work named by its title first and its writer after "von".

German prose and essay notes name a work by its marked title and then its writer: "„Die
Werften im Wandel“ von Anna Kessler, in: *Neue Zeit* 4 (1990), S. 3", "*Der Hafen* von
Ilse Warnke, Kiel: Nordwind 1979" (the title-first order of a review's or a newspaper's
citation). The writer needs a given name (a bare "von Marx" may be a place, "von Hamburg"),
and `note_german_leadins` reads the imprint after the name as it reads one after a title;
a role's "von" ("übers. von", "hg. von") is no such writer: it does not follow the title
straight.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from citecheck.extract.citation_patterns import NAME_WORD, UPPER
from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_not_persons import publisher_name
from citecheck.lazy_regex import lazy_compile

# A marked title (German quotes are English ones by now: `note_german.english_marks`), an
# optional comma, "von", then one or two given names (or initials) and a surname, a
# particle allowed.
# matches "“Die Werften im Wandel” von Anna Kessler", "*Der Hafen*, von Ilse M. Warnke";
# not "“Titel”, übers. von Anna Kessler" (a role), "*Der Hafen* von Marx" (no given name),
# "“Titel” von der Gruppe" (an article)
_TITLE_THEN_WRITER = lazy_compile(
    rf"""(?:\*(?P<italic>[^*\n]{{2,300}}+)\*|“(?P<quoted>[^”\n]{{2,300}}+)”)
         ,?\ ++von\ ++
         (?P<writer>(?:(?:{NAME_WORD}|[{UPPER}]\.)\ ++){{1,2}}
                    (?:(?:von|van|de|der|zu)\ ++){{0,2}}{NAME_WORD})(?![\w-])""",
    re.VERBOSE,
)

# A review's or a translation's word right before the title: the writer after "von" is the
# reviewed or translated work's, not the piece's ("Rezension von „…“ von Anna Kessler").
_REVIEW_BEFORE = lazy_compile(r"(?i:rezension|besprechung|übersetzung|review)\s+(?:von\s+)?$")


@dataclass(frozen=True)
class TitleWriter:
    """A marked title and the writer named after it with "von": the title's span, its text
    and style, the writer's names and where they end."""

    start: int
    title: str
    style: str
    names: str
    names_end: int


def titles_then_writers(text: str) -> Iterator[TitleWriter]:
    """Each marked title followed straight by "von" and a writer with a given name."""
    if " von " not in text:
        return
    for found in _TITLE_THEN_WRITER.finditer(text):
        if _REVIEW_BEFORE.search(text, max(0, found.start() - 30), found.start()):
            continue
        writer = found.group("writer")
        if publisher_name(writer) or is_imprint_word(writer.split()[-1]):
            continue  # "„Die Lage“ von Neue Zeit Verlag": a publisher, no writer (DIN 1505-2)
        style = "italic" if found.group("italic") else "quoted"
        title = (found.group("italic") or found.group("quoted")).strip(" ,.")
        yield TitleWriter(found.start(), title, style, found.group("writer"), found.end())
