"""Readings whose writer is no writer of the work, told by what stands around the names:

- a place after a sentence's opening "In" ("In Ann Arbor, the press …"): a prepositional
  phrase, not "In Ann Vell, *Book*, 12" (a writer cited "in", which gives a locator or
  details); the place is read as a given name and a surname;
- a paper's or journal's two-word name in a web copy ("Morning Clarion, “A Storm,” 3 May
  1901"): Chicago 14.191 names the paper, its emphasis lost, and its words read as a
  person; the article is unsigned;
- a reviewer or translator named with the role before the reading ("Reviewed by Tom Rudd,
  *Book* …", "…; translated by Tom Rudd, …"): the person is no writer of the titled work
  (a review's own writer is `note_reviews`' reading, "Tom Rudd, review of *Book*, by …";
  a translation named by its translator alone, "Translated by Dennis Redmond, 2001.", is
  his, as the annotated truth reads it);
- a byline after the title (Chicago 14.76 after a title in prose; a title page's "By"):
  "Harbour Year. By Ann Vell (London: …)" was read as a writer "Year" with the title "By
  Ann Vell", and a marked "*Harbour Year*. By Ann Vell (…)" as unsigned;
- and the title of "Vell, Ann, ed. *Title*." read as "Ann" (`note_edited_names`)."""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.citation_patterns import NAME_WORD
from citecheck.extract.note_edited_names import with_edited_title
from citecheck.extract.note_names import surnames
from citecheck.extract.note_patterns import PERSON
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# How far before a reading's names the words that name its role or "In" are looked for.
_LOOK_BACK = 80

# "In" opening the note or a sentence, right before the reading's names ("^" is the note's
# start only: the pattern is searched from a position, where "^" does not match).
# matches "In " at the note's start, ". In " after a sentence; not "in " (prose inside a
# sentence), "In: " (German "In:" before a host), "; in "
_IN_BEFORE = lazy_compile(r"(?:^|[.!?]\s++)In\s++$")

# The opening word of a paper's or journal's name that no given name is, or the noun that
# ends such a name and no surname is: closed classes, as `note_place_openers`' places.
# matches "Morning Clarion", "Daily Worker", "Harbour Gazette", "Labour Review" (each before
# a comma, colon or bracket); not "Ann Vell", "Tom Rudd", "Morning" alone
_PAPER_NAME = lazy_compile(
    rf"""(?:The\s++)?(?P<name>(?:Morning|Evening|Daily|Sunday|Weekly|Monthly|Quarterly)\s++
         (?P<surname>{NAME_WORD})
        |{NAME_WORD}\s++(?P<noun>Clarion|Gazette|Tribune|Chronicle|Observer|Review|Journal
          |Bulletin|Telegraph|Dispatch|Zeitung|Rundschau|Magazine|Quarterly|Monthly|Weekly))
       (?=\s*+[,:(])""",
    re.VERBOSE,
)

# A reviewer's or translator's role right before the reading's names.
# matches "Reviewed by ", "; translated by ", "trans. by ", "übersetzt von "; not "edited
# by " (an edited volume is cited by its editor: Chicago 14.76), "review of "
_ROLE_BEFORE = lazy_compile(
    r"(?i:\b(?:reviewed|translated|trans\.|tr\.)\s++by|\b(?:übersetzt|rezensiert)\s++von)\s++$"
)

# The title's words, its full stop, then the byline; the names end before a bracket, a
# comma, a full stop or the end.
# matches "Harbour Year. By Ann Vell" before " (London", "Salt Roads. Von Ann Vell and Tom
# Rudd" before ","; not "Harbour Year. By then", "Harbour Year. By 1999"
_PLAIN_BYLINE = lazy_compile(
    rf"""(?P<title>[^.;:()*_“”"]{{2,200}}?)\.\s++(?:By|Von)\s++
         (?P<names>{PERSON}(?:\s++(?:and|&|und)\s++{PERSON})?)(?=\s*+[(,.;]|$)""",
    re.VERBOSE,
)

# A marked title's closing mark, its full stop, then the byline.
# matches "*. By Ann Vell", "”. Von Ann Vell"; not "*, by Ann Vell" (read already)
_MARKED_BYLINE = lazy_compile(
    rf"""[*_”"]++\.\s++(?:By|Von)\s++(?P<names>{PERSON}(?:\s++(?:and|&|und)\s++{PERSON})?)
         (?=\s*+[(,.;]|$)""",
    re.VERBOSE,
)


def without_misread_writers(local: str, base: int, found: list[NoteCitation]) -> list[NoteCitation]:
    """`found` (offsets from `base`, the start of `local`) with the readings above mended:
    a place's reading dropped, a paper's or a role's person taken off the titled work (the
    reading dropped when it follows another of the same note), a byline's writer given the
    work, an editor's given name read as the title replaced by the title."""
    kept: list[NoteCitation] = []
    for citation in found:
        # the words right before the names, a bounded look: a pattern ending at the names,
        # searched over all the note before them, made a note of many readings quadratic
        end = max(citation.span.start - base, 0)
        start = max(end - _LOOK_BACK, 0)
        if _place_after_in(local, start, end, citation):
            continue
        if _paper_as_writer(citation):
            citation = replace(citation, authors=())
        elif citation.authors and _ROLE_BEFORE.search(local, start, end) is not None:
            if kept:
                continue  # the role's person names a review or translation of the work before
            if citation.title:
                citation = replace(citation, authors=())
            # untitled, the translation itself is cited by its translator ("Translated by
            # Dennis Redmond, 2001."): read as it was
        kept.append(with_edited_title(_with_byline(citation)))
    return kept


def _place_after_in(local: str, start: int, end: int, citation: NoteCitation) -> bool:
    """One writer after a sentence's opening "In" (in `local` between `start` and `end`,
    where the names start), and nothing of a citation after the title: no year, locator,
    imprint or host."""
    if len(citation.authors) != 1 or _IN_BEFORE.search(local, start, end) is None:
        return False
    details = (citation.year, citation.pages, citation.place, citation.publisher)
    return not any(details) and not citation.container and not citation.url


def _paper_as_writer(citation: NoteCitation) -> bool:
    """The reading's one writer is the last word of a paper's name, its emphasis lost."""
    if len(citation.authors) != 1 or citation.title_style == "italic":
        return False
    found = _PAPER_NAME.match(citation.text)
    if found is None:
        return False
    surname = citation.authors[0].surname  # the last word, or the name whole as a body's
    return surname in (found.group("surname") or found.group("noun"), found.group("name"))


def _with_byline(citation: NoteCitation) -> NoteCitation:
    """The reading with the writer its byline names: a plain title's last word read as the
    surname and the byline as the title, or a marked title read unsigned."""
    if len(citation.authors) == 1 and citation.title.startswith(("By ", "Von ")):
        found = _PLAIN_BYLINE.match(citation.text)
        if found is None or not found.group("title").endswith(citation.authors[0].surname):
            return citation
        title = found.group("title").strip()
        return replace(citation, authors=tuple(surnames(found.group("names"))), title=title)
    if citation.authors or not citation.title:
        return citation
    at = citation.text.find(citation.title)
    found = _MARKED_BYLINE.match(citation.text, at + len(citation.title)) if at != -1 else None
    if found is None:
        return citation
    return replace(citation, authors=tuple(surnames(found.group("names"))))
