"""A work whose writer the note's prose names before its title, in the same clause: "As
Carla Bellini shows in her study of the Prato strikes, *B* (Florence: …, 1991), the demand
…", "which Kouloumbi has since expanded as a pamphlet, *B* (London: …, 2024)", "; and the
Communist rejoinder, Leo Fumetti, “B,” *l'Eco*, 16 November 1969".

MLA 9 (works named in prose) and Chicago 17th 14.23: a note may name a work in a sentence
of its own; the writer is the person the clause names just before the title ("X shows in
her study …, *B*", "which X has expanded as …, *B*", "the rejoinder, X, “B,”"), and the
title needs details of its own (an imprint, a journal and its year, a paper's day). Not a
writer: a person named in another clause, a translator, editor or reviewer named with the
role, a name with no title after it, a quoted phrase without details.
"""

from __future__ import annotations

import re

from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_details import Details, read_details
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_parts import build_citation
from citecheck.extract.note_patterns import GIVEN_PERSON
from citecheck.extract.note_same_writer_again import (
    MONTH_WORD,
    PLAIN_CONTAINER,
    READ_WINDOW,
    title_at,
)
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation

# A person with given names, a verb of a few words, then "in his/her <kind …>," and a
# marked title: "Carla Bellini shows in her study of the Prato strikes, ".
# matches "Carla Bellini shows in her study of the Prato strikes, " before "*B*"; not
# "Carla Bellini, in her *B*" (no verb: the ordinary reading's), "shows in her *B*" (no one)
_SHOWS_IN = lazy_compile(
    rf"""(?<![\w'’-])(?P<person>{GIVEN_PERSON})\s++(?:[a-z]++\s++){{1,3}}?in\s++(?:his|her)\s++
        (?P<words>[a-z][\w-]*+(?:\s++[\w-]++){{0,8}}?),\s++(?=[*_“"«‘A-Z])""",
    re.VERBOSE,
)

# A relative clause whose subject is the writer: "which Kouloumbi has since expanded as a
# pamphlet, ".
# matches "which Kouloumbi has since expanded as a pamphlet, " before "*B*"; not "which
# London has …" (`plausible_names` keeps places out only in part: a title must follow with
# an imprint), "which he expanded as …" (no name)
_RELATIVE = lazy_compile(
    r"""\b(?:which|that)\s++(?P<person>[A-Z][\w'’-]++)\s++(?:has|had)\s++
        (?:(?:since|later|also|then|now)\s++)?
        (?:expanded|published|reprinted|republished|revised|developed|reworked|issued)\s++
        (?:it\s++|this\s++)?as\s++(?P<words>(?:an?\s++)?[a-z]++(?:\s++[a-z]++){0,2}),\s++
        (?=[*_“"«‘A-Z])""",
    re.VERBOSE,
)

# The writer's possessive, then "in" and the marked title: "The phrase is Tomás Arriaga
# Soto's, in ".
# matches "Tomás Arriaga Soto's, in " before "“B,”"; not "Soto's, in “" (a surname alone may
# be a place's), "Tomás Soto's “B”" (no ", in": `note_second_works`)
_POSSESSIVE_IN = lazy_compile(
    rf"""(?<![\w'’-])(?P<person>{GIVEN_PERSON})(?<=['’]s),\s++in\s++(?P<words>)(?=[*_“"«‘])""",
    re.VERBOSE,
)

# "and", a writer with given names and a comma after the work before (its page, its
# bracket, its title's close), then a web copy's plain title: read only up to a full imprint
# ("(Place: Publisher, Year)"); marked titles are `note_second_works.and_author`'s.
# matches ", and Paul Hervé-Alves, " after "40 n. 12"; not ", and New York, " (no given
# name: `plausible_names`, and a place's second word is no surname), "and Tom Rudd argued"
_AND_PERSON = lazy_compile(
    rf"""(?<=[\d)”"*_]),?\s++and\s++(?P<person>{GIVEN_PERSON}),\s++(?P<words>)(?=[A-Z])""",
    re.VERBOSE,
)

# A person with given names as a clause's subject, a verb of arguing or showing, "in" and
# the title, marked or (a web copy's) plain up to its imprint: "As Grete Ilic argues in
# Die bewaffnete Partei: … (Graz: Leykam, 1974), the answer …" (MLA 9, a work named in
# prose with its details; Chicago 14.23).
# matches "Grete Ilic argues in " before the title, "Giulia Ferra showed long ago in ", "Ann
# Vell has convincingly shown in "; not "argues in " (no one), "Ilic argues
# in " (a surname alone may be a place's), "Grete Ilic lived in " (no verb of arguing),
# "“…,” Ann Vell writes in " (a quotation's source: `note_said_sources`)
_ARGUES_IN = lazy_compile(
    rf"""(?<![\w'’-])(?<![”"’]\s)(?P<person>{GIVEN_PERSON})\s++
        (?:(?:has|had)\s++)?(?:[a-z]+ly\s++)?
        (?:argues|argued|shows|showed|shown|writes|wrote|written|notes|noted|suggests|suggested
          |claims|claimed|observes|observed|demonstrates|demonstrated|explains|explained
          |documents|documented|puts\s++it)
        (?:\s++(?:long\s++ago|at\s++length|in\s++detail|[a-z]+ly))?
        \s++in\s++(?P<words>)(?=[*_“"«‘A-Z])""",
    re.VERBOSE,
)

# A translation of a writer's works, then the translated book's title: the book is the
# writer's (Chicago 17th 14.103 cites a translation under its author, the translator after
# the title).
# matches "translation of Obermeyer's essays, " before "*B*"; not "translation of *B*" (no
# writer), "translation of Obermeyer's *B*" (no words: `note_kind_writers`' possessive)
_TRANSLATION_OF = lazy_compile(
    r"""\btranslation\s++of\s++(?P<person>[A-Z][\w-]++(?:\s++[A-Z][\w-]++)?['’]s)\s++
        (?P<words>[a-z]++(?:\s++[a-z]++){0,2}),\s++(?=[*_“"«‘A-Z])""",
    re.VERBOSE,
)

# A descriptive lead (an article and a few words naming the piece), then its writer with
# given names and a comma, then the marked title: "and the Communist rejoinder, Leo
# Fumetti, ".
# matches "and the Communist rejoinder, Leo Fumetti, " before "“B,”"; not "the translator,
# Leo Fumetti, “" (`_ROLES`), "and Leo Fumetti, “" (no lead: the ordinary reading's)
_DESCRIBED = lazy_compile(
    rf"""(?:^|(?<=[;.]\s))(?:and\s++)?(?:the|a|an)\s++(?P<words>(?:[\w-]++\s++){{0,3}}?[a-z]++),\s++
        (?P<person>{GIVEN_PERSON}),\s++(?=[*_“"«‘])""",
    re.VERBOSE,
)

# Words naming a role, not a piece: the person named so is no writer of the title after.
# matches "translator", "editor", "reviewer"; not "rejoinder", "study"
_ROLES = lazy_compile(
    r"\b(?:translat\w*|editor\w*|edited|reviewer|review|interview\w*|introduc\w*|preface|foreword)\b"
)

_UNSURE = "writer named in the prose before the title"


def prose_writer_works(text: str, note: int, found: list[NoteCitation]) -> list[NoteCitation]:
    """`found` (one note's readings, offsets in `text`) with each work whose writer the
    clause before its title names added, unless read already."""
    if not re.search(r"1[5-9]\d\d|20\d\d", text):
        return found  # cheap test first: every work read here has a year
    added: list[NoteCitation] = []
    shapes = (_SHOWS_IN, _RELATIVE, _DESCRIBED, _POSSESSIVE_IN, _AND_PERSON, _TRANSLATION_OF)
    for shape in (*shapes, _ARGUES_IN):
        for lead in shape.finditer(text):
            if _ROLES.search(lead.group("words")):
                continue
            person = _without_lead_words(re.sub(r"['’]s$", "", lead.group("person")))
            if not person or not plausible_names(person) or is_imprint_word(person.split()[-1]):
                continue  # "translation of London's charters": a place's, no writer's
            writers = tuple(surnames(person))[:1]
            work = _work_at(text, lead.start("person"), lead.end(), note, writers)
            if work is not None and not _known(work, [*found, *added]):
                added.append(work)
    if not added:
        return found
    kept = [c for c in found if not any(_swallowed(c, work) for work in added)]
    return sorted([*kept, *added], key=lambda c: c.span.start)


def _swallowed(reading: NoteCitation, work: NoteCitation) -> bool:
    """A web copy's plain title that ran from the prose before into the work's title ("…
    Obermeyer's essays, Harbour Life …"): a misreading of the work read here."""
    return (
        reading.title_style == "plain"
        and reading.title != work.title
        and reading.title.endswith(work.title)
        and reading.span.start <= work.span.start < reading.span.end
    )


# Words that open a clause before its subject: "As Carla Bellini shows …".
_LEAD_WORDS = frozenset("As So While Whereas And But See Thus Yet Here There Now".split())


def _without_lead_words(person: str) -> str:
    """The person's names without the words opening the clause ("As Carla Bellini")."""
    words = person.split()
    while words and words[0] in _LEAD_WORDS:
        words = words[1:]
    return " ".join(words)


def _work_at(
    text: str, opening: int, at: int, note: int, writers: tuple[Author, ...]
) -> NoteCitation | None:
    """The work whose marked title starts at `at`, with details of its own; else None."""
    window = text[: min(len(text), at + READ_WINDOW)]
    read = title_at(window, at)  # marked, or a web copy's plain title up to its imprint
    if read is None:
        return None
    title, title_end, style = read
    if not title or not title[:1].isupper():
        return None  # a phrase in prose
    rest = window[title_end:].split(";", 1)[0]
    details = read_details(rest)
    if not _vouched(details, style, rest):
        return None
    year_at = rest.find(details.year)
    end = title_end + year_at + len(details.year)
    end += 1 if window[end : end + 1] == ")" else 0
    unsure = [_UNSURE] + (["plain title"] if style == "plain" else [])
    return build_citation(
        window[:end], opening, 0, end, note, "full", writers, title, style, details, unsure
    )


def _vouched(details: Details, style: str, rest: str) -> bool:
    """An imprint, a container, or (a quoted title) a plain paper or journal's name and its
    day or pages: details of the work's own."""
    if not details.year:
        return False
    if details.place or details.publisher or details.container:
        return True
    if style != "quoted":
        return False
    if MONTH_WORD.search(rest[: rest.find(details.year)]) is not None:
        return rest[:1] in ", "  # a paper's day: "“B,” l'Eco, 16 November 1969"
    return bool(details.pages) and PLAIN_CONTAINER.match(rest) is not None


def _known(work: NoteCitation, found: list[NoteCitation]) -> bool:
    """Read already: the same title."""
    return any(c.title == work.title for c in found)
