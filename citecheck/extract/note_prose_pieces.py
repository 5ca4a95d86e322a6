"""Unsigned pieces the note names after prose, in three shapes whose details make them works:
a lecture, talk or paper given ("in a lecture, “B”, Hafen-Stiftung, Bremen, 9
November 2024", Chicago 17th 14.217: title, sponsor, place, date), and a newspaper piece
whose paper the same note has named in italics before ("See also the report in *Echo* the
following day, “B,” Echo, 21 June 1972", Chicago 14.191: title, paper, date); and a work
the prose says was published under a title, with its imprint ("only the first was ever
published commercially, as *B* (Leeds: Dale Press, 1978)"): a web copy's reading that
took the title's first words for a writer ("Salt Work, Iron Toil" as "Work") is
replaced by it.

A piece read here has no writer: the clause names none (a pronoun, "the interviewee", is no
name, and a name in the clause makes it another module's). Not read: a quoted phrase after
"lecture" with no sponsor and day, a quoted title after a one-word place and a day whose
word the note never set in italics (a place as likely as a paper), a title in lower case.
"""

from __future__ import annotations

import re

from citecheck.extract.note_details import Details
from citecheck.extract.note_parts import build_citation
from citecheck.extract.note_patterns import GIVEN_PERSON, MARKED_TITLE, MONTH_NAME, marked_style
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A day: "9 November 2024", "November 9, 2024".
_DAY = (
    rf"(?:\d{{1,2}}\s++{MONTH_NAME}\s++|{MONTH_NAME}\s++\d{{1,2}},\s++)"
    r"(?P<year>1[6-9]\d\d|20\d\d)\b"
)

# "a lecture," and the like, then a quoted title.
# matches "in a lecture, " before "“B”", "a public talk, " before "\"B,\""; not "lecture
# notes, “" (no article), "a lecture by Ann Vell, “" (a writer named: not unsigned)
_LECTURE = lazy_compile(
    r"""\b(?:in\s++)?an?\s++(?:public\s++|keynote\s++|conference\s++)?
        (?:lecture|talk|address|paper|keynote|speech|presentation)s?,\s++(?=[“"])""",
    re.VERBOSE,
)

# A verb of publishing and "as", then the title a work appeared under: "only the first was
# ever published commercially, as ".
# matches "published commercially, as ", "reissued as ", "appeared in English as "; not
# "published in 1978", "known as " (no publishing)
_PUBLISHED_AS = lazy_compile(
    r"""\b(?:published|reprinted|reissued|republished|appeared|issued)
        (?:\s++[a-z]++){0,2},?\s++as\s++(?=[*_“"A-Z])""",
    re.VERBOSE,
)

# A web copy's plain title up to its imprint's bracket with a place, a publisher and a year.
# matches "Salt Work, Iron Toil" before " (Leeds: Dale Press, 1978)"
_PLAIN_TO_IMPRINT = lazy_compile(
    r"""[A-Z][^()*_“”"«»;.]{2,150}?
        (?=\s*+\((?P<place>[A-Z][^():]{0,40}):\s(?P<publisher>[^()]{1,80}?),?\s(?P<year>1[5-9]\d\d|20\d\d)\))""",
    re.VERBOSE,
)

# An imprint's bracket right after a marked title.
_IMPRINT = lazy_compile(
    r"""\s*+\((?P<place>[A-Z][^():]{0,40}):\s(?P<publisher>[^()]{1,80}?),?\s(?P<year>1[5-9]\d\d|20\d\d)\)""",
    re.VERBOSE,
)

# After a lecture's title: its sponsor, perhaps a place, and the day.
# matches ", Hafen-Stiftung, Bremen, 9 November 2024"; not ", Berlin, 1990" (no day)
_SPONSOR_DAY = lazy_compile(
    rf""",?\s++[A-Z][^,;()“”"]{{1,60}},\s++(?:[A-Z][^,;()“”"\d]{{1,30}},\s++)?{_DAY}""",
    re.VERBOSE,
)

# After a quoted title: a paper's plain name and a day.
# matches " Echo, 21 June 1972"; not " Echo, 1972" (no day)
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
    """`found` (one note's readings, offsets in `text`) with the unsigned lectures, the
    pieces in a paper named before and the works published as a title that no reading
    took, added."""
    if not re.search(r"1[5-9]\d\d|20\d\d", text):
        return found  # cheap test first: every shape carries a year
    added: list[NoteCitation] = []
    for lead in _LECTURE.finditer(text):
        if re.search(GIVEN_PERSON, _clause_before(text, lead.start())):
            continue  # "Ann Vell, in a lecture, “B”, …": hers, the ordinary reading's
        work = _piece(text, lead.start(), lead.end(), note, _SPONSOR_DAY)
        if work is not None and not _known(work, [*found, *added]):
            added.append(work)
    for lead in _PUBLISHED_AS.finditer(text):
        if re.search(r"[A-Z]", _clause_before(text, lead.start())[1:]):
            continue  # "which Vell published as …": a name (or a title) in the clause
        work = _published(text, lead.end(), note)
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
    kept = [c for c in found if not any(_inside_title(c, work) for work in added)]
    return sorted([*kept, *added], key=lambda c: c.span.start)


def _published(text: str, at: int, note: int) -> NoteCitation | None:
    """The work whose title starts at `at` with its imprint right after it, or None."""
    marked = MARKED_TITLE.match(text, at)
    if marked is not None:
        title, style = next(g for g in marked.groups() if g), marked_style(marked)
        imprint = _IMPRINT.match(text, marked.end())
    else:
        plain = _PLAIN_TO_IMPRINT.match(text, at)
        if plain is None or not 2 <= len(plain.group().split()) <= 15:
            return None
        title, style = plain.group(), "plain"
        imprint = _IMPRINT.match(text, plain.end())
    if imprint is None:
        return None
    facts = Details(
        year=imprint.group("year"),
        place=imprint.group("place").strip(),
        publisher=imprint.group("publisher").strip(),
        published=True,
    )
    unsure = [_UNSURE] + (["plain title"] if style == "plain" else [])
    end = imprint.end()
    return build_citation(
        text[:end], at, 0, end, note, "full", (), title.strip(" ,."), style, facts, unsure
    )


def _inside_title(reading: NoteCitation, work: NoteCitation) -> bool:
    """A reading that took part of the work's title for a writer and the rest for its title
    ("as Salt Work, Iron Toil (…)" read as "Work", "Iron Toil")."""
    return (
        reading.title != work.title
        and bool(reading.title)
        and work.title.endswith(reading.title)
        and work.span.start <= reading.span.start < work.span.start + len(work.title)
    )


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
    in *Echo* the following day, “B,” Echo, …"."""
    paper = re.escape(work.container)
    return re.search(rf"[*_]{paper}[*_]", text[: work.span.start]) is not None


def _clause_before(text: str, at: int) -> str:
    """The clause before `at`: from the last sentence's end or ";"."""
    stop = max(text.rfind(". ", 0, at), text.rfind(";", 0, at))
    return text[stop + 1 : at]


def _known(work: NoteCitation, found: list[NoteCitation]) -> bool:
    """Read already: the same title."""
    return any(c.title == work.title for c in found)
