"""Short forms that give the year after the short title, as German notes write them:
"Horkheimer: Lenins Materialismus 1987, S. 176.", "zit. in: Schmidt Begriff der Natur 1971,
S. 77f", "Lenin Empiriokritizismus 1947, S. 355"; and author-date short forms of a work an
earlier note gives in full ("Lukács (1970), S. 284." after "Lukács, G. (1970): Geschichte
und Klassenbewusstsein. …"; "Honneth 2015: 12").

The shape alone is that of a place and a year ("Frankfurt/M 1987, S. 171" after a title),
so the reader takes it only when an earlier note of the document cites a work by that
surname (`EarlierWorks`): a writer already cited, not a list of names, vouches for it.
Without one, an author-date note ("Cliff, 1974, p20", "Honneth 2015: 12") stays the
author-year reader's (`citations.py`), as in a document of author-year notes.
"""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import NAME_WORD, UPPER
from citecheck.extract.note_lone_names import EarlierWorks
from citecheck.extract.note_patterns import CUE
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span
from citecheck.spans import SpanSet

# A surname, a colon or none, a short title of one to six words, the year and the page.
# matches "Horkheimer: Lenins Materialismus 1987, S. 176", "Schmidt : Lenins Streitschrift
# 1987, S. 425", "Lenin Empiriokritizismus 1947, S. 355", "Schmidt Begriff der Natur 1971,
# S. 77f"; not "Frankfurt/M 1987, S. 171" (no title between the place and the year),
# "Horkheimer: Lenins Materialismus, S. 176" (no year: read as a short form already),
# "Berlin u.a. 1984, S. 505" (no capital after "Berlin")
_DATED_SHORT = lazy_compile(
    rf"""(?P<surname>{NAME_WORD})\s?:?\s+
        (?P<title>[{UPPER}][^\W\d_]*(?:\s+[^\W\d_]+){{0,5}})\s+
        (?P<year>1[5-9]\d\d|20\d\d),\s*
        (?P<pages>(?:S\.|pp?\.|σελ\.)\s*\d{{1,5}}(?:ff?\.?)?(?:\s*[-–]+\s*\d{{1,5}})?)""",
    re.VERBOSE,
)

# An author-date short form: the surname, the year in brackets or before a colon, the page.
# matches "Lukács (1970), S. 284", "Honneth 2015: 12", "Honneth (2015: 12)", "Lukács
# (1970a), S. 49", "Trotzki 1994, S. 157f" (a comma, then "S." or "p."), "Kessel/Maiwald
# 1961, S. 4" (DIN 1505-2 joins two writers by "/"; the first is looked up), "Marx and
# Engels, (1975): 45" (two writers, a comma before the bracketed year); not "Lukács 1970"
# (no page), "Honneth 2015, 12" (a comma and a bare number). "Frankfurt/M 1987, S. 171" and
# "Moskau 2010, S. 214" have the shape: only an earlier writer of that name vouches for it
_AUTHOR_DATE = lazy_compile(
    rf"""(?P<surname>{NAME_WORD})(?:/(?P<second>{NAME_WORD})|\s++(?:and|und|&)\s++{NAME_WORD})?
        (?:\s*+,(?=\s*+\())?\s*
        (?:\((?P<year>1[5-9]\d\d|20\d\d)[a-z]?(?:\)[,:]?\s*|:\s*(?=\d))
          |(?P<year_colon>1[5-9]\d\d|20\d\d)[a-z]?(?::\s*|,\s*(?=(?:S\.|pp?\.)\s*\d)))
        (?P<pages>(?:S\.|pp?\.)?\s*\d{{1,5}}(?:ff?\.?)?(?:\s*[-–]+\s*\d{{1,5}})?)""",
    re.VERBOSE,
)

# What may stand right before such a short form: the note's start, a ";", a colon or a full
# stop ending the sentence before, or "in" ("zit. auch in Schmidt …"), or "nach" (after,
# as quoted: "die Angaben nach Schmidt 2008, S. 297"), or "und"/"sowie" joining a second
# ("…, S. 5, und Schmidt 1995, S. 7"), or a word that introduces a person in German prose
# ("bei", "laut", "wie", "gegen", "etwa", "auch"); the earlier writer vouches for the name,
# where "nach Moskau 2010" would be a place.
# An opening bracket too: "(Honneth 2015, S. 12)".
# matches "", "…, S. 192f; ", "Zit. in: ", "zit. auch in ", "(", "Angaben nach ", ", und ",
# "Wie ", "Laut ";
# not "Iring Fetscher (Hg.), "
_BEFORE = lazy_compile(
    r"(?:^|[;:.(]|\b(?i:in|nach|bei|laut|wie|gegen|etwa|auch)|\bund|\bsowie)\s*$"
)


# An author-date short form after a comma that ends a word of prose: "Die Zahl nennt etwa
# die Partei, Kessel 1961, S. 4" (the earlier writer vouches for the name); not after an
# editor's bracket ("Iring Fetscher (Hg.), Marx 1990, S. 4"), nor for the titled shape.
# matches "Partei, ", "Krieg , "; not "(Hg.), ", "S. 12, "
_AFTER_PROSE = lazy_compile(r"[^\W\d_]\s*+,\s*+$")


def dated_short_forms(
    text: str, base: int, number: int, earlier: EarlierWorks, found: list[NoteCitation]
) -> list[NoteCitation]:
    """The works `found` in one note (`text`, at `base` in the document), with the short
    forms of the German shape that no reading took, each by a writer of an earlier note."""
    if not earlier.writers or not _has_year(text):
        return found
    # the spans read so far, binary-searched: a note of thousands of short forms stays linear
    taken = SpanSet(Span(c.span.start - base, c.span.end - base) for c in found)
    added: list[NoteCitation] = []
    for match in _matches(text):
        writer = earlier.writers.get(match.group("surname").casefold())
        if writer is None or taken.overlaps(Span(match.start(), match.end())):
            continue
        taken.add(Span(match.start(), match.end()))
        title = match.groupdict().get("title") or ""
        before = text[max(0, match.start() - 40) : match.start()]
        if not (
            _BEFORE.search(before)
            or CUE.fullmatch(text, 0, match.start())
            or (not title and _AFTER_PROSE.search(before))
        ):
            continue
        added.append(
            NoteCitation(
                text=match.group(),
                span=Span(base + match.start(), base + match.end()),
                note=number,
                form="short",
                authors=writer,
                title=title,
                title_style="plain" if title else "",
                year=match.group("year") or match.group("year_colon"),
                pages=match.group("pages").strip(),
                unsure=_UNSURE_TITLED if title else _UNSURE_AUTHOR_DATE,
            )
        )
    if not added:
        return found
    return sorted(found + added, key=lambda c: c.span.start)


_UNSURE_TITLED = "plain title; year after the short title; the writer of an earlier note"
_UNSURE_AUTHOR_DATE = "author and date; the writer of an earlier note"


def _matches(text: str) -> list[re.Match[str]]:
    """Both shapes' matches in the note, in order (a titled one first where both start)."""
    found = [*_DATED_SHORT.finditer(text), *_AUTHOR_DATE.finditer(text)]
    return sorted(found, key=lambda m: (m.start(), "title" not in m.re.groupindex))


# A year anywhere: a note without one holds no such short form (a cheap test first).
# matches "1987"; not "S. 176"
_YEAR = lazy_compile(r"(?:1[5-9]|20)\d\d")


def _has_year(text: str) -> bool:
    return _YEAR.search(text) is not None
