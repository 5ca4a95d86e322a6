"""Works a segment names after the one it opens with, or instead of it, in the shape of
its prose: another writer's piece after ", and" ("Alain Badiou, “The Idea of Communism,”
and Judith Balso, “To Present Oneself …,” in *The Idea of Communism* (…)"), a work named by
its writer's possessive that its details vouch for ("…, extracts of Adolf Hitler's *Mein
Kampf* (München: Eher Verlag, 1933)"), and an Ibid. naming its writer ("(As cited in Herb
Gamberg, ibid)"). `note_reading` asks for these after its own reading of the segment."""

from __future__ import annotations

import re

from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_patterns import GIVEN_PERSON, PERSON
from citecheck.extract.note_work import read_at
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# "and" after a marked title (and perhaps its page), before another writer with given names
# and a marked title: a second work in the same segment.
# matches ' and Judith Balso, "' after '"The Idea of Communism,"', ", 28, and Fathiyeh
# Naghibzadeh and Andreas Benl, “" ; not " and Marx, “" (a surname alone may be a place),
# " and the Party, “", " and Judith Balso argued"
_AND_AUTHOR = lazy_compile(
    rf"""(?<=[”"*_\d])[,.]?\s+and\s+
        (?=(?P<names>{GIVEN_PERSON}(?:\s+(?:and|&)\s+{GIVEN_PERSON})?),\s+[“"‘*_])""",
    re.VERBOSE,
)


def and_author(s: str, start: int, end: int, note: int, first: NoteCitation) -> NoteCitation | None:
    """Another writer's work after the first work's title in the same segment ("Alain
    Badiou, “The Idea of Communism,” and Judith Balso, “To Present Oneself …,” in *The Idea
    of Communism* (…)"), or None."""
    if not first.title or not first.authors:
        return None
    title_at = s.find(first.title, first.span.start - start)
    if title_at == -1:
        return None
    found = _AND_AUTHOR.search(s, title_at + len(first.title))
    if found is None or not plausible_names(found.group("names")):
        return None
    other = read_at(s, found.end(), start, end, note, names_needed=True)
    if other is None or not other.authors or other.title == first.title:
        return None
    return other


# A writer with given names, then "ibid" closing the segment: the writer's work just cited.
# matches "Herb Gamberg, ibid)", "(As cited in Herb Gamberg, ibid).", "Ann Cole, ibid., 45";
# not "Gamberg, ibid" (a surname alone may be a place), "Herb Gamberg, ibid and others"
_NAMED_IBID = lazy_compile(
    rf"\(?(?i:(?:as\s+)?(?:cited|quoted)\s+in\s+)?(?P<names>{GIVEN_PERSON}),\s+(?i:ibid(?:em)?)\b\.?(?:,?\s*(?:(?:pp?|(?-i:Sp?))\.\s*)?\d[\d-]*)?[\s.)]*$"
)

# The same in a bracket after a work, with its cue: where the note's work was found.
# matches "(As cited in Herb Gamberg, ibid)", "(quoted in Ann Cole, ibid., 45)"; not "(Herb
# Gamberg, ibid)" (no cue), "(As cited in Gamberg, ibid)" (a surname alone)
_CITED_IN_IBID = lazy_compile(
    rf"\((?i:(?:as\s+)?(?:cited|quoted)\s+in)\s+(?P<names>{GIVEN_PERSON}),\s+(?i:ibid(?:em)?)\b[^()]{{0,20}}\)"
)


def named_ibid_after(
    s: str, start: int, end: int, note: int, work: NoteCitation
) -> NoteCitation | None:
    """An Ibid. naming its writer in a bracket after the work read ("…, 133. (As cited in
    Herb Gamberg, ibid)."): the writer's work just cited, where this one was found."""
    found = _CITED_IN_IBID.search(s, max(0, work.span.start - start))
    if found is None or not plausible_names(found.group("names")):
        return None
    return NoteCitation(
        text=found.group()[1:],
        span=Span(start + found.start() + 1, start + found.end()),
        note=note,
        form="ibid",
        authors=tuple(surnames(found.group("names"))),
        unsure="a writer named before Ibid.",
    )


# A writer's possessive in prose (given names, or two writers), then a marked title or a
# web copy's plain one.
# matches "Adolf Hitler's *", "Marx and Engels's “", "Adolf Hitler's M"; not "Hitler's *"
# (a surname alone may be a place's: "London's *Times*"), "the Party's *"
_POSSESSIVE_WRITER = lazy_compile(
    rf"""(?<![\w'’-])(?P<names>{GIVEN_PERSON}|{PERSON}\s+(?:and|&)\s+{PERSON})(?<=['’]s)
        \s+(?=[*_“"‘A-Z])""",
    re.VERBOSE,
)

# Possessives tried per segment (the reading stays linear in the segment's length).
_MOST_POSSESSIVES = 5


def title_end(s: str, start: int, work: NoteCitation) -> int | None:
    """Where the work's title ends in `s`, or None (no title read)."""
    if not work.title:
        return None
    at = s.find(work.title, work.span.start - start)
    return None if at == -1 else at + len(work.title)


def possessive_work(s: str, at: int, start: int, end: int, note: int) -> NoteCitation | None:
    """A work named in prose by its writer's possessive, from `at` on, that publication
    details vouch for: an imprint ("Adolf Hitler's *Mein Kampf* (München: Eher Verlag,
    1933)") or a container and a page ("Marx and Engels's “Communist Manifesto,” in
    *Marx-Engels Reader*, 475-6"); or None."""
    for tried, found in enumerate(_POSSESSIVE_WRITER.finditer(s, at)):
        if tried == _MOST_POSSESSIVES:
            break
        names = found.group("names")[:-2]
        if not plausible_names(names):
            continue
        work = read_at(s, found.start(), start, end, note, names_needed=True)
        if work is None or not work.title or not work.authors:
            continue
        if work.authors[0].folded != next(iter(surnames(names))).folded:
            continue  # the names read are not the possessive's ("…'s Infamous “Secret …”")
        if work.place or work.publisher or (work.container and work.pages):
            return work
    return None


def named_ibid(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    """ "Herb Gamberg, ibid" filling the segment from `k`: the writer's work just cited."""
    found = _NAMED_IBID.match(s, k)
    if found is None or not plausible_names(found.group("names")):
        return None
    return NoteCitation(
        text=s[k:],
        span=Span(start + k, end),
        note=note,
        form="ibid",
        authors=tuple(surnames(found.group("names"))),
        unsure="a writer named before Ibid.",
    )
