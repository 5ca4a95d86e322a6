"""The rest of a segment after its one reading closes, read again: a second work the same
note names after the first one's imprint, page or closing bracket, joined by a comma, an
"and", a sentence stop or a cue ("see also", "cf.", "und", "sowie", "και", "βλ. επίσης")
rather than the ";" the segments split at (Chicago 14.23 lists several works in one note;
DIN and Greek practice alike): "Hale, *A* (London: Verso, 1974), 12. His *B* (London:
Pluto, 1980) goes further", "…, S. 12. Vgl. auch sein *B*, Berlin 1924", "…, σ. 12, και
του ιδίου, *B*, Αθήνα: Κέδρος, 1985". Only a work's shape counts: a title with its own year,
by a writer (named, "idem"/"ders."/"του ιδίου", or "his"/"seinem" for the writer before);
a place, a publisher, a journal before its year, a page or prose with no title is no work.
`note_reading.read_segment` asks for it when it read one work in the segment."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from citecheck.extract.note_translation_cues import ENGLISH_CUE
from citecheck.extract.note_work import read_at
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation, Span

# What may join the first work to the next in one note: punctuation, conjunctions and cues
# (English, German, Greek), up to where the next work starts.
# matches ". See also ", ", and ", ", und ", " sowie ", ", και ", ". Βλ. επίσης ", ". Cf. "
_JOINER = lazy_compile(
    r"""[\s,.;:·)\]]*+
        (?:(?i:and|or|und|oder|sowie|και|also|see(?:\s+also)?|cf\.|compare|vgl\.(?:\s+auch)?
            |siehe(?:\s+auch)?|βλ\.(?:\s+(?:επίσης|και))?|επίσης)[\s,:]++)*+""",
    re.VERBOSE,
)

# The writer before, by a possessive pronoun, then a marked title: "his *B*", "her later
# book, “B”", "in seinem *B*", "ihrem späteren Buch „B“".
# matches "His *", "his later *", "her own book, “", "in seinem „", "sein *"; not "his
# view", "His" before a plain title (a web copy's "His Party was …" is prose), "this *"
_PRONOUN_TITLE = lazy_compile(
    r"""(?:(?i:in)\s+)?(?<![\w])(?:[Hh]is|[Hh]er|[Tt]heir|[Ss]ein(?:em|en|er|es)?|[Ii]hr(?:em|en|er|es)?)
        (?:\s+(?:later|earlier|own|first|last|recent|major|book|essay|study|article|pamphlet
            |späteren|späterer|frühen|früheren|eigenen|Buch|Aufsatz|Schrift|Studie)){0,2}
        ,?\s+(?=[*_“"„«])""",
    re.VERBOSE,
)

# The same writer's "the same author's *B*", "by the same author, *B*".
# matches "the same author's *", "by the same author, “"; not "the same *"
_SAME_AUTHOR = lazy_compile(
    r"(?i:the\s+same\s+author['’]s|by\s+the\s+same\s+author,?)\s+(?=[*_“\"])"
)

# How far into prose a pronoun's work may stand ("Obermann hat das in seinem *B*"), and
# what prose before it may not hold: a mark, a digit, a bracket (another work's parts).
_PROSE_BEFORE = 50
_NOT_PROSE = lazy_compile(r"[*_“”\"„«»()\[\]\d;]")

# What a work a pronoun gives its writer says of itself.
_PRONOUN = "a pronoun for the writer before"

# What a work read again after the one before says of itself.
_AGAIN = "read again after the work before"

# Capital words in the prose before a pronoun: each must be the writer's surname or a cue.
# matches "Hale", "See", "Vgl"; not "auch", "in"
_CAPITAL_WORD = lazy_compile(r"(?<![\w-])[A-ZÄÖÜ\u0391-\u03a9][\w-]*")
_CUE_WORDS = frozenset("See Cf Also Compare Later There In Vgl Siehe Auch Dort Später".split())

# Words between two works that make the second a form of the first, or a piece about it,
# not another work of the writer's: a translation, an original, a reprint or a new edition
# (Chicago 14.109-113: the first work's parts), a review of it.
# matches "translated as", "English translation:", "dt.:", "übers. als", "μτφρ.", "repr.",
# "reprinted in", "Neuauflage", "a review of", "Rezension"; not "see also", "and", "his"
_NOT_ANOTHER_WORK = lazy_compile(
    ENGLISH_CUE
    + r"""|(?i:\bdt\.|deutsch|übers|μτφρ|μετάφρ|ελλ\.|repr(?:\.|int)|nachdr|neuaufl|neuausg
          |\breview|rezension|besprechung|βιβλιοκρισ)""",
    re.VERBOSE,
)

# Readings after the first tried per segment (a note's prose is read linearly).
_MOST_TRIES = 2


# Where a work's reading closes after its year: the closing bracket, then a page locator.
# matches "), 12", ", S. 12", "): 45–60", ", p. 12f.", ")"; not ", and"
_CLOSE = lazy_compile(
    r"""(?:\s*\))?(?:\s*[,:]\s*(?:(?:pp?|S|Sp|σσ?|σελ)\.\s*)?\d+(?:\s*[-–]\s*\d+)?(?:\s*ff?\.)?)?""",
    re.VERBOSE,
)


def rest_works(
    s: str,
    start: int,
    end: int,
    note: int,
    first: NoteCitation,
    read_rest: Callable[[int], NoteCitation | None],
) -> list[NoteCitation]:
    """`first`, the one work read in the segment `s` (at `start` in the note's text), and
    the works after it, each a work's shape with its own title and year; `first` then ends
    where its reading closed. `read_rest` reads `s` from an offset as a segment of its own."""
    close = _closed_at(s, start, first)
    if close is None:
        return [first]
    found: list[NoteCitation] = []
    titles = {first.title}
    at = close
    for _ in range(_MOST_TRIES):
        if at >= len(s) - 4:
            break
        k = _JOINER.match(s, at).end()
        work = _work_at(s, k, start, end, note, found[-1] if found else first, read_rest)
        if work is None or work.title in titles:
            break
        title_at = s.find(work.title, at)
        if _NOT_ANOTHER_WORK.search(s, at, max(at, title_at)):
            break  # "…, 41, translated as *The Day* (…)": the first work's translation
        found.append(replace(work, unsure="; ".join(p for p in (work.unsure, _AGAIN) if p)))
        titles.add(work.title)
        at = _closed_at(s, start, work) or len(s)
    if not found:
        return [first]
    own = s[first.span.start - start : close].rstrip()
    return [
        replace(first, text=own, span=Span(first.span.start, first.span.start + len(own))),
        *found,
    ]


def _closed_at(s: str, start: int, work: NoteCitation) -> int | None:
    """Where `work`'s reading closes in `s`: after its title, its year, its bracket and
    its page; None when its title or year is not found there."""
    if not work.title or not work.year:
        return None
    title_at = s.find(work.title, max(0, work.span.start - start))
    if title_at < 0:
        return None
    # the last of its year in its reading: a piece's own year may come again in its
    # container's imprint ("…, in, Horkheimer (1985), *Schriften* (Frankfurt: …, 1985)")
    year_at = s.rfind(work.year, title_at + len(work.title), work.span.end - start)
    if year_at < 0:
        return None
    return _CLOSE.match(s, year_at + len(work.year)).end()


def _work_at(
    s: str,
    k: int,
    start: int,
    end: int,
    note: int,
    before: NoteCitation,
    read_rest: Callable[[int], NoteCitation | None],
) -> NoteCitation | None:
    if (pronoun := _pronoun_work(s, k, start, end, note, before.authors)) is not None:
        return pronoun
    work = read_rest(k)
    if not _whole(work):
        return None
    # the same writer again, by name or by "idem"/"ders."/"του ιδίου"; another writer's
    # work after a closed one is the segment readers' (`note_second_works`,
    # `note_evidenced`), not read here
    named_again = bool(work.authors and before.authors) and (
        work.authors[0].folded == before.authors[0].folded
    )
    return work if named_again or work.form == "idem" or _same(work) else None


def opening_work(
    s: str, start: int, end: int, note: int, writers: tuple[Author, ...]
) -> NoteCitation | None:
    """A segment that opens (after a cue and a few words of prose) with the writer before
    by a pronoun and a work ("His *B* (London: Pluto, 1980) goes further", "Obermann hat
    das in seinem *B*, Berlin 1924, vertieft"): that writer's work, or None."""
    return _pronoun_work(s, _JOINER.match(s).end(), start, end, note, writers)


def _pronoun_work(
    s: str, k: int, start: int, end: int, note: int, writers: tuple[Author, ...]
) -> NoteCitation | None:
    """The work at `k`, or after a few words of prose from `k`, that a possessive pronoun
    gives to `writers` ("his later *B* (…)"), or None."""
    if not writers:
        return None
    pronoun = _SAME_AUTHOR.match(s, k) or _PRONOUN_TITLE.search(s, k, k + _PROSE_BEFORE)
    if pronoun is None or _NOT_PROSE.search(s, k, pronoun.start()):
        return None  # "…, 45, and *A* in his *B*": the words before hold a work
    if _NOT_ANOTHER_WORK.search(s, k, pronoun.start()):
        return None  # "see also a review of his *B*": the review is another's
    named = {writer.folded for writer in writers}
    if any(
        word.group().casefold() not in named and word.group() not in _CUE_WORDS
        for word in _CAPITAL_WORD.finditer(s, k, pronoun.start())
    ):
        return None  # "…, wie Rosa Haller in ihrem Buch *B*": the pronoun is another's
    work = read_at(s, pronoun.end(), start, end, note)
    if not _whole(work) or work.authors:
        return None
    unsure = "; ".join(p for p in (work.unsure, _PRONOUN) if p)
    return replace(work, authors=writers, form="full", unsure=unsure)


def _whole(work: NoteCitation | None) -> bool:
    """A work with a title and its own year, and an imprint or a container that vouch for
    it: not a place, a publisher, a journal's name before its year or a page."""
    return (
        work is not None
        and bool(work.title)
        and bool(work.year)
        and work.form in ("full", "idem")
        and bool(work.place or work.publisher or work.container)
    )


def _same(work: NoteCitation) -> bool:
    return "the writer of the work before" in work.unsure
