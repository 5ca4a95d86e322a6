"""A second work of a writer the note has named, given after the first reading in prose:
"His earlier books include *B* (Berlin: Rotbuch, 1996) and a study of the dock group, *C*
(Hamburg: VSA, 2004)", "…, and her earlier article, “B,” *Journal* 31 (2020): 45–67",
"cf. the same author's “B,” *Cahiers*, no. 4 (1977), 12-30", "and, more critically, Vell's
own essay “B,” in the same volume, 77–95", "…, and on Vell, “B,” *Revue* 7 (1995): 33–58".

Chicago 17th 14.23 lists several sources in one note, and 14.28 names the same writer again
by "idem" or "the same author"; English prose names the writer of a second work by a
pronoun or by the writer's name again. The writer is the note's one writer for a pronoun
("his", "her", "the same author's"), the named writer for a name, and only a writer the note
has already read: a name after the first work that is no earlier writer's is another's
(round 14: reading it so added as many false readings as found ones). A pronoun in a note
with two writers names neither. The title needs its own details: an imprint, a journal and
its year, a paper's date, or "in the same volume" and its pages (a short form); a journal's
name after the first work, a place and a year, a quoted phrase without details are no work.
"""

from __future__ import annotations

import re

from citecheck.bibliography.names import fold
from citecheck.extract.note_details import Details, read_details
from citecheck.extract.note_parts import build_citation
from citecheck.extract.note_patterns import (
    CUE_WORD,
    GIVEN_PERSON,
    MARKED_TITLE,
    MONTH_NAME,
    marked_style,
)
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation

# The note's writer by a pronoun, a few words naming the work, then its title (a mark, or a
# web copy's capital).
# matches "His earlier books include " before "*B*", "and her earlier article, " before
# "“B,”", "cf. the same author's " before "“B,”"; not "in his *B*" (the book a chapter stands
# in), "review of her *B*" (`_ABOUT`), "his view, that" (no title after)
_PRONOUN = lazy_compile(
    r"""(?<![\w'’-])(?<!\bin\s)(?<!\bof\s)(?<!\bto\s)(?<!\bon\s)(?<!\bby\s)(?<!\bwith\s)
        (?:[Hh]is|[Hh]er|[Tt]he\s++same\s++author['’]s)
        (?P<words>(?:\s++[a-z]++){0,4}?),?\s++(?=[*_“"«‘A-Z])""",
    re.VERBOSE,
)

# A writer named again before a second work: "Vell's own essay ", "and on Vell, ".
# matches "Vell's own essay " before "“B,”", "and on Vell, " before "“B”"; not "Vell's *B*"
# (`note_kind_writers`), "on Vell, Paris" (no mark)
_NAMED = lazy_compile(
    r"""(?<![\w'’-])(?:(?P<own>[A-Z][\w-]++)['’]s\s++own(?P<words>(?:\s++[a-z]++){0,2}),?\s++
        |\band\s++(?:on|in)\s++(?P<again>[A-Z][\w-]++),\s++)(?=[*_“"«‘])""",
    re.VERBOSE,
)

# A surname as the subject of a clause, a verb after it: the person a pronoun after it
# refers to, not the writer of the work before.
# matches "Rudd knows", "Rudd has", "Szabelska-Mohr says"; not "Rudd, 44", "In London" (no
# verb), "The strike was" (no name: a function word)
_SUBJECT = lazy_compile(
    r"""(?<![\w'’-])(?!(?:The|This|That|It|He|She|They|We|I|In|On|At|For|But|And|As|See)\s)
        (?P<surname>[A-Z][^\W\d_]++(?:-[A-Z][^\W\d_]++)?)\s++(?:[a-z]*s|has|had|was)\b""",
    re.VERBOSE,
)

# A preposition before the title: the title is where the work stands, not the work
# ("her later essays in *Review*"), or what it is about ("his book on *Capital*").
# matches "later essays in", "book on"; not "earlier article", "books include"
_PLACED = lazy_compile(r"\b(?:in|on|of|to|for|from|at|by|about|with)\s*+\Z")

# Words between the pronoun and the title that make the work another's: a translation, a
# review, an introduction, an edition of it (Chicago 14.109-113: the first work's parts).
# matches "translation", "review", "introduction", "edition"; not "article", "books include"
_ABOUT = lazy_compile(
    r"\b(?:translat\w*|review\w*|introduc\w*|preface|foreword|afterword|edition|version|words|phrase|view)\b"
)

# After one work found so, a second by the same pronoun: ", and a study of the dock group, ".
# matches " and a study of the dock group, " before "*C*" or "Werft und Revolte (";
# not " and Tom Rudd, " (another writer: no article), " and the *Review*" (no comma)
_CHAINED = lazy_compile(
    r""",?\s++and\s++(?:an?|the|his|her)\s++(?P<words>[\w-]++(?:\s++[\w-]++){0,8}?),\s++
        (?=[*_“"«‘A-Z])""",
    re.VERBOSE,
)

# A web copy's plain title, up to an imprint's bracket with a place, a publisher and a year.
# matches "Werft und Revolte" before " (Hamburg: VSA, 2004)"; not "Arbeit" before " (2004)"
PLAIN_TO_IMPRINT = lazy_compile(
    r"""[A-Z][^()*_“”"«»;.]{2,150}?
        (?=\s*+\([A-Z][^():]{0,40}:\s[^()]{1,80}?(?:1[5-9]\d\d|20\d\d)\))""",
    re.VERBOSE,
)

# "in the same volume" and its pages after a title: a short form of a piece in the book cited.
# matches ", in the same volume, 77–95"; not ", in the same year"
_SAME_VOLUME = lazy_compile(
    r",?\s*+in\s++the\s++same\s++(?:volume|collection|book|issue)\s*+,\s*+(?P<pages>\d+(?:\s*+[–-]\s*+\d+)?)"
)

# A plain journal or paper's name and the year after a quoted title in a web copy: ",
# Cahiers ouvriers, no. 4 (1977)", ", Echo, 21 June 1972".
# matches ", Cahiers" before the year; not ", 1977" (no name), ", and" (lower case)
PLAIN_CONTAINER = lazy_compile(r",?\s++[A-Z][\w'’-]++")

# A month's name: a paper's date ("21 June 1972").
MONTH_WORD = lazy_compile(rf"\b{MONTH_NAME}\b", re.VERBOSE)

# How far after a lead its title and details are read (linear in the note's length).
READ_WINDOW = 400

# Leads tried in one note.
_TRIES = 6

_UNSURE = "the same writer again in prose"


def same_writer_works(text: str, note: int, found: list[NoteCitation]) -> list[NoteCitation]:
    """`found` (one note's readings, offsets in `text`) with the second works of a writer
    the note has read, named again by a pronoun or by name, added."""
    if not any(c.authors for c in found) or not _cheap(text):
        return found
    added: list[NoteCitation] = []
    leads = sorted([*_PRONOUN.finditer(text), *_NAMED.finditer(text)], key=lambda m: m.start())[
        :_TRIES
    ]
    for lead in leads:
        writers = _writers(text, lead, found)
        words = lead.group("words") or ""
        if writers is None or _ABOUT.search(words) or _PLACED.search(words):
            continue
        plain = _plain_ok(lead) or _cued(text, lead)
        work = _work_at(text, lead.start(), lead.end(), note, writers, plain=plain)
        while work is not None:
            if _known(work, [*found, *added]):
                break
            added.append(work)
            if _named(lead):
                break
            chained = _CHAINED.match(text, work.span.end)
            if chained is None or _another(chained.group("words")):
                break
            work = _work_at(text, chained.start(), chained.end(), note, writers, plain=True)
    if not added:
        return found
    return sorted([*found, *added], key=lambda c: c.span.start)


def _another(words: str) -> bool:
    """Words before a chained title that make it another's work or no work of the writer's:
    "a study by Tom Rudd", "a review of it", "an essay in"."""
    return bool(
        _ABOUT.search(words) or _PLACED.search(words) or re.search(r"\bby\b|" + GIVEN_PERSON, words)
    )


def _cheap(text: str) -> bool:
    return any(w in text for w in ("his ", "her ", "His ", "Her ", "same author", " own ", " on "))


def _plain_ok(lead: re.Match[str]) -> bool:
    """A web copy's plain title only after a pronoun and the word naming the work."""
    return not _named(lead) and bool(lead.group("words").strip())


# A cue right before a pronoun: "See also his", "cf. her".
# matches "See also ", "cf. ", "Compare "; not "in ", "and "
_CUE_BEFORE = lazy_compile(rf"\b(?:{CUE_WORD}|(?i:also))\s++\Z")


def _cued(text: str, lead: re.Match[str]) -> bool:
    """A cue before the pronoun vouches for a web copy's plain title right after it, with
    its imprint: "…, 8. See also his Unit Operations (Cambridge: MIT Press, 2006)"."""
    return (
        not _named(lead)
        and _CUE_BEFORE.search(text, max(0, lead.start() - 20), lead.start()) is not None
    )


def _writers(
    text: str, lead: re.Match[str], found: list[NoteCitation]
) -> tuple[Author, ...] | None:
    """Whose the work after `lead` is: the note's one writer before it (a pronoun), or the
    writer named, when the note read a work of that writer's before; else None."""
    before = [c for c in found if c.authors and c.span.start < lead.start()]
    if _named(lead):
        name = fold(lead.group("own") or lead.group("again"))
        for citation in before:
            for person in citation.authors:
                if person.folded == name:
                    return (person,)
        return None
    heads = {tuple(a.folded for a in c.authors) for c in before}
    if len(heads) != 1 or len(before[-1].authors) != 1:
        return None  # no writer, or two: the pronoun names neither
    last = before[-1]
    between = text[min(last.span.end, lead.start()) : lead.start()]
    if re.search(GIVEN_PERSON, between):
        return None  # "…, as Ann Hale in her *B*": another person named before the pronoun
    # the work before may be read on to the note's end: look after its title
    title_at = text.find(last.title, last.span.start) if last.title else -1
    after_title = title_at + len(last.title) if title_at >= 0 else last.span.end
    subject = _SUBJECT.search(text, min(after_title, lead.start()), lead.start())
    if subject is not None and fold(subject.group("surname")) not in {
        a.folded for a in last.authors
    }:
        return None  # "…, 44–61. Rudd knows this: her own essay …": the pronoun is Rudd's
    return last.authors


def _work_at(
    text: str, opening: int, at: int, note: int, writers: tuple[Author, ...], *, plain: bool
) -> NoteCitation | None:
    """The work whose title starts at `at`, with details of its own; None without them."""
    window = text[: min(len(text), at + READ_WINDOW)]
    read = title_at(window, at, plain=plain)
    if read is None or not read[0]:
        return None
    title, title_end, style = read
    rest = _own_details(window[title_end:])
    unsure = [_UNSURE] + (["plain title"] if style == "plain" else [])
    if (same := _SAME_VOLUME.match(rest)) is not None:
        details = Details(pages=same.group("pages"))
        end = title_end + same.end()
        return build_citation(
            window[:end], opening, 0, end, note, "short", writers, title, style, details, unsure
        )
    details = read_details(rest)
    if not _vouched(details, style, rest):
        return None
    end = _details_end(rest, details) + title_end
    return build_citation(
        window[:end], opening, 0, end, note, "full", writers, title, style, details, unsure
    )


def title_at(window: str, at: int, *, plain: bool = True) -> tuple[str, int, str] | None:
    """The title starting at `at`, marked, or (with `plain`) a web copy's plain title of 2 to
    15 words up to its imprint's bracket: its words without end punctuation, its end and its
    style; None for neither."""
    marked = MARKED_TITLE.match(window, at)
    if marked is not None:
        title = next(g for g in marked.groups() if g).strip(" ,.")
        return title, marked.end(), marked_style(marked)
    if plain and (found := PLAIN_TO_IMPRINT.match(window, at)) is not None:
        title = found.group().strip(" ,.")
        return (title, found.end(), "plain") if 2 <= len(title.split()) <= 15 else None
    return None


def _own_details(rest: str) -> str:
    """The text after a title up to where another work may start: a ";" or a chained one."""
    rest = rest.split(";", 1)[0]
    chained = _CHAINED.search(rest)
    return rest[: chained.start()] if chained else rest


def _vouched(details: Details, style: str, rest: str) -> bool:
    """Details of the work's own: an imprint, a journal and its year, or (a quoted title
    in a web copy) a plain journal's or paper's name, then a year with pages or a day."""
    if not details.year:
        return False
    if details.place or details.publisher or details.container:
        return True
    # a journal's volume and year alone (`details.journal`) vouch for nothing: the title
    # was the journal ("and her *Harbour Review* 15 (1989)")
    dated = bool(details.pages) or MONTH_WORD.search(rest) is not None
    return style == "quoted" and dated and PLAIN_CONTAINER.match(rest) is not None


def _details_end(rest: str, details: Details) -> int:
    """Where the work's details end in `rest`: after its year and a closing bracket."""
    at = rest.find(details.year)
    end = at + len(details.year)
    return end + 1 if rest[end : end + 1] == ")" else end


def _known(work: NoteCitation, found: list[NoteCitation]) -> bool:
    """Read already: the same title, or a reading at the title's place."""
    return any(
        c.title == work.title
        or (c.span.start <= work.span.start < c.span.end and c.title and work.title in c.title)
        for c in found
    )


def _named(lead: re.Match[str]) -> bool:
    """A lead naming its writer ("Vell's own essay", "and on Vell,"), not a pronoun."""
    return "again" in lead.re.groupindex
