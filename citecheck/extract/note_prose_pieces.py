"""Unsigned pieces the note names after prose, in two shapes whose details make them works:
a lecture, talk or paper given ("in a lecture, “B”, Rosa-Luxemburg-Stiftung, Berlin, 9
November 2024", Chicago 17th 14.217: title, sponsor, place, date), and a newspaper piece
whose paper the same note has named in italics before ("See also the report in *Clarín* the
following day, “B,” Clarín, 21 June 1972", Chicago 14.191: title, paper, date).

A piece read here has no writer: the clause names none (a pronoun, "the interviewee", is no
name, and a name in the clause makes it another module's). Not read: a quoted phrase after
"lecture" with no sponsor and day, a quoted title after a one-word place and a day whose
word the note never set in italics (a place as likely as a paper), a title in lower case.
"""

from __future__ import annotations

import re

from citecheck.extract.note_details import Details
from citecheck.extract.note_parts import build_citation
from citecheck.extract.note_patterns import GIVEN_PERSON, MARKED_TITLE, marked_style
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

_MONTHS = r"""(?:January|February|March|April|May|June|July|August|September|October
    |November|December)"""

# A day: "9 November 2024", "November 9, 2024".
_DAY = rf"(?:\d{{1,2}}\s++{_MONTHS}\s++|{_MONTHS}\s++\d{{1,2}},\s++)(?P<year>1[6-9]\d\d|20\d\d)\b"

# "a lecture," and the like, then a quoted title.
# matches "in a lecture, " before "“B”", "a public talk, " before "\"B,\""; not "lecture
# notes, “" (no article), "a lecture by Ann Vell, “" (a writer named: not unsigned)
_LECTURE = lazy_compile(
    r"""\b(?:in\s++)?an?\s++(?:public\s++|keynote\s++|conference\s++)?
        (?:lecture|talk|address|paper|keynote|speech|presentation)s?,\s++(?=[“"])""",
    re.VERBOSE,
)

# After a lecture's title: its sponsor, perhaps a place, and the day.
# matches ", Rosa-Luxemburg-Stiftung, Berlin, 9 November 2024"; not ", Berlin, 1990" (no day)
_SPONSOR_DAY = lazy_compile(
    rf""",?\s++[A-Z][^,;()“”"]{{1,60}},\s++(?:[A-Z][^,;()“”"\d]{{1,30}},\s++)?{_DAY}""",
    re.VERBOSE,
)

# After a quoted title: a paper's plain name and a day.
# matches " Clarín, 21 June 1972"; not " Clarín, 1972" (no day)
_PAPER_DAY = lazy_compile(
    rf""",?\s++(?P<paper>[A-Z][\w'’-]*+(?:\s++[A-Z][\w'’-]*+){{0,3}}),\s++{_DAY}""",
    re.VERBOSE,
)

# A quoted title opening at a sentence's prose: after a comma or a word.
# matches "“B,”" after "the following day, "
_QUOTED = lazy_compile(r"(?<=[,\s])(?=[“\"])")

# Quoted titles tried in one note.
_TRIES = 6

_UNSURE = "no author; an unsigned piece after prose"


def prose_pieces(text: str, note: int, found: list[NoteCitation]) -> list[NoteCitation]:
    """`found` (one note's readings, offsets in `text`) with the unsigned lectures and the
    pieces in a paper named before that no reading took, added."""
    if not re.search(_MONTHS, text, re.VERBOSE):
        return found  # cheap test first: both shapes carry a day
    added: list[NoteCitation] = []
    for lead in _LECTURE.finditer(text):
        if re.search(GIVEN_PERSON, _clause_before(text, lead.start())):
            continue  # "Ann Vell, in a lecture, “B”, …": hers, the ordinary reading's
        work = _piece(text, lead.start(), lead.end(), note, _SPONSOR_DAY)
        if work is not None and not _known(work, [*found, *added]):
            added.append(work)
    for tried, quote in enumerate(_QUOTED.finditer(text)):
        if tried == _TRIES:
            break
        work = _piece(text, quote.start(), quote.start(), note, _PAPER_DAY)
        if work is None or not _paper_named_before(text, work):
            continue
        if not _known(work, [*found, *added]):
            added.append(work)
    if not added:
        return found
    return sorted([*found, *added], key=lambda c: c.span.start)


def _piece(
    text: str, opening: int, at: int, note: int, after: re.Pattern[str]
) -> NoteCitation | None:
    marked = MARKED_TITLE.match(text, at)
    if marked is None or marked_style(marked) != "quoted":
        return None
    title = next(g for g in marked.groups() if g).strip(" ,.")
    if not title[:1].isupper():
        return None  # a phrase in prose
    details = after.match(text, marked.end())
    if details is None:
        return None
    paper = details.groupdict().get("paper") or ""
    facts = Details(year=details.group("year"), container=paper, published=True)
    end = details.end()
    return build_citation(
        text[:end], opening, 0, end, note, "full", (), title, "quoted", facts, [_UNSURE]
    )


def _paper_named_before(text: str, work: NoteCitation) -> bool:
    """The paper after the piece's title stands in italics earlier in the note: "the report
    in *Clarín* the following day, “B,” Clarín, …"."""
    paper = re.escape(work.container)
    return re.search(rf"[*_]{paper}[*_]", text[: work.span.start]) is not None


def _clause_before(text: str, at: int) -> str:
    """The clause before `at`: from the last sentence's end or ";"."""
    stop = max(text.rfind(". ", 0, at), text.rfind(";", 0, at))
    return text[stop + 1 : at]


def _known(work: NoteCitation, found: list[NoteCitation]) -> bool:
    """Read already: the same title."""
    return any(c.title == work.title for c in found)
