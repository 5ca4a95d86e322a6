"""Chicago's shortest short forms inside a note: a surname and a locator, for a work the
notes gave in full before ("Kessel, pp. 101ff.", "Whitcombe, chaps. 9–10.", "Ambler,
188–96"; Chicago 14.29 allows the surname alone when one work of the writer is cited), or
a surname and "op. cit." ("Pettigrew, op. cit., 88–102"), where a work stands: a sentence
or ";" group's start, after "and", "cf.", "see", or after "and, for …,". A note that is
only such a form is read elsewhere (`note_lone_names`, `note_reading`); here they stand
beside another work, or after a locator the names reader does not know ("chaps.").

A place and a page, a publisher and a page, look the same ("London, 188–96", "Verso,
12"): the surname must be a writer of a work read in an earlier note (`EarlierWorks`).
"op. cit." refers to a work given before by definition; after one plausible surname it is
read without that evidence. When the reading of the note's other works ran over the short
form (its pages taken for theirs, its "op. cit." making a full form op. cit.), the note is
read again with the short form and its joining words blanked (offsets kept)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace

from citecheck.bibliography.names import author
from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_lone_names import EarlierWorks
from citecheck.extract.note_names import plausible_names
from citecheck.extract.note_patterns import YEAR
from citecheck.extract.note_segments import segments
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# A surname, then "op. cit." or "loc. cit." and/or a locator: pages (with "pp.", "ff."; a
# volume before them, "vol. 2, 45", or Chicago's "2:45"), or chapters ("chap. 4", "chaps.
# 9–10"), closing its clause.
# matches "Kessel, pp. 101ff.", "Whitcombe, chaps. 9–10", "Ambler, 188–96", "Pettigrew, op.
# cit., 88–102", "Kessel, op. cit.", "Kessel, vol. 2, 45", "Kessel, 2:45"; not "Kessel,
# 1961" (an author-year's year: refused after the match), "Kessel, 12 years later" (no
# clause end), "Kessel, 3,000" (a quantity), "Kessel, *Title*, 41" (a title between)
_AUTHOR_LOCATOR = lazy_compile(
    rf"""(?<![\w'’.-])(?P<surname>[{UPPER}][^\W\d_]++(?:[-'’][{UPPER}]?[^\W\d_]++)?)
        \s*+,\s*+
        (?:(?P<op>(?i:op|loc)\.?\s++cit\.?)(?:\s*+,\s*+)?)?
        (?P<locator>(?:vols?\.\s*+\d{{1,3}}\s*+,\s*+)?
                    (?:(?:(?:pp?|(?-i:Sp?))\.\s*+)?\d{{1,4}}(?:\s*+[-–]++\s*+\d{{1,4}})?(?:\s*+ff?\.?)?
                      |\d{{1,2}}:\d{{1,4}}(?:\s*+[-–]++\s*+\d{{1,4}})?
                      |chaps?\.\s*+\d{{1,3}}(?:\s*+[-–]++\s*+\d{{1,3}})?))?
        (?![.,]\d)(?=\s*+(?:[.;,)]|$))""",
    re.VERBOSE,
)

# A title's short joining words in lower case, English, German and French (not "and",
# "und", "et": persons are joined by them too).
_JOINING = r"""(?:of|the|in|on|for|to|a|an|at|from|with
               |im|am|der|die|das|des|dem|den|zur|zum|für|über|de|la|le|du)"""


# The words between a segment's start and the surname when the short form opens it.
# matches "", "See ", "Cf. ", "cf., ", "See also ", "And compare "; not "In London, "
_OPENS = lazy_compile(r"[\s,.;:]*+(?i:(?:and\s++)?(?:see(?:\s++also)?|cf\.,?|compare)\s++)?")

# The words right before the surname when it follows another work in the same segment.
# matches "… 44–52, and cf. ", "… and ", "…, see ", "… (1969) and, for the other side of it, ",
# "…, 233–40, with " (the second of "Compare A, …, with B, 310"); not "in ", "the memoir of ",
# "by "
_JOINS = lazy_compile(
    r"""(?:(?:^|[\s,])and\s++(?i:(?:see(?:\s++also)?|cf\.|compare)\s++)?
          |\b(?i:see(?:\s++also)?|cf\.|compare)\s++
          |(?:^|[\s,])with\s++
          |(?:^|[\s,])and,\s++[^,;()“”"*]{1,80}+,\s++)$""",
    re.VERBOSE,
)

# Where the blanked part starts: the joining words before the surname ("…, 44–52, and cf. ").
# matches ", and cf. ", " and, for the other side, ", " and "; not "Kessel"
_JOINER_START = lazy_compile(r"[\s,]*+and\b")


@dataclass(frozen=True)
class _Hit:
    """A surname-and-locator short form found beside another work of the note."""

    surname: str
    start: int  # where the short form starts (its surname)
    end: int
    blank_from: int  # where its joining words start: blanked with it when re-read
    op: str
    locator: str


def with_author_locators(
    local: str,
    number: int,
    earlier: EarlierWorks | None,
    read: Callable[[str, int], list[NoteCitation]],
) -> list[NoteCitation]:
    """The works `read` finds in a note's text, with the surname-and-locator short forms
    it missed (offsets in `local`)."""
    found = read(local, number)
    if earlier is None or "," not in local:
        return found
    ordered = sorted(found, key=lambda c: c.span.start)
    starts = [c.span.start for c in ordered]
    hits = [h for h in _hits(local, earlier) if not _read_already(h, ordered, starts)]
    if not hits:
        return found
    if any(_covering(ordered, starts, h.start) for h in hits):
        blanked = list(local)
        for h in hits:
            blanked[h.blank_from : h.end] = " " * (h.end - h.blank_from)
        found = read("".join(blanked), number)
        froms = [h.blank_from for h in hits]  # ascending: the hits are in text order
        found = [_cut(local, c, hits, froms) for c in found if not _starts_in(c, hits, froms)]
    added = [_citation(local, number, h, earlier) for h in hits]
    return sorted([*found, *added], key=lambda c: c.span.start)


def _covering(found: list[NoteCitation], starts: list[int], at: int) -> bool:
    """True when a reading's span holds `at` (the readings are in text order, `starts`
    theirs, and do not overlap but for a work and its container: the nearest start before
    is checked, and the one before it)."""
    i = bisect_right(starts, at) - 1
    return any(
        found[j].span.start < at < found[j].span.end for j in (i, i - 1) if 0 <= j < len(found)
    )


def _starts_in(citation: NoteCitation, hits: list[_Hit], froms: list[int]) -> bool:
    i = bisect_right(froms, citation.span.start) - 1
    return i >= 0 and hits[i].blank_from <= citation.span.start < hits[i].end


def _cut(local: str, citation: NoteCitation, hits: list[_Hit], froms: list[int]) -> NoteCitation:
    """A reading of the blanked note ends before the blanked short form it ran into."""
    start, end = citation.span.start, citation.span.end
    i = bisect_right(froms, start)
    if i < len(hits) and hits[i].blank_from < end:
        end = hits[i].blank_from
    end = start + len(local[start:end].rstrip())
    if end == citation.span.end:
        return citation
    return replace(citation, span=Span(start, end), text=local[start:end])


# How far before a surname its lead is looked at: a joiner, a cue, an open title's mark.
_LEAD_WINDOW = 300


def _hits(local: str, earlier: EarlierWorks) -> list[_Hit]:
    hits: list[_Hit] = []
    parts = segments(local, Span(0, len(local)))
    part_starts = [p.start for p in parts]
    for found in _AUTHOR_LOCATOR.finditer(local):
        op, locator = found.group("op") or "", found.group("locator") or ""
        # a bare year as the locator: "Kessel, 1961" is an author-year citation
        if not (op or locator) or (locator and YEAR.fullmatch(locator)):
            continue
        surname, start = found.group("surname"), found.start("surname")
        if surname.casefold() not in earlier.writers and not (op and plausible_names(surname)):
            continue
        i = bisect_right(part_starts, start) - 1
        if i < 0 or start >= parts[i].end:
            continue
        lead_from = max(parts[i].start, start - _LEAD_WINDOW)
        lead = local[lead_from:start]
        if inside_marks(lead):
            continue  # a title's words: "*Kessel, 12 Tage*"
        if lead_from == parts[i].start and _OPENS.fullmatch(lead):
            blank_from = lead_from
        elif (joined := _JOINS.search(lead)) is not None:
            joiner = _JOINER_START.match(lead, joined.start())
            blank_from = lead_from + (joiner.start() if joiner else joined.start())
        elif op and _prose_before(lead, known=surname.casefold() in earlier.writers):
            blank_from = start
        else:
            continue
        hits.append(_Hit(surname, start, found.end(), blank_from, op, locator.strip()))
    return hits


def _prose_before(lead: str, *, known: bool) -> bool:
    """Before an "op. cit." form in prose: a comma, or a word in lower case; not a title's
    word ("Long Strike, op. cit." is a title's short form, its emphasis gone), nor a title's
    joining word after the writer's comma ("Vell, Harbour Strikes in Wartime, op. cit."), nor
    a word that is no earlier writer after the writer's comma opening the clause ("Vell,
    Harbour, op. cit.")."""
    rest = lead.rstrip()
    if rest and not known and _WRITER_OPENS.search(rest):
        # "Vell, Harbour, op. cit.": a web copy's one-word title after its writer, unless
        # the word is a writer an earlier note read ("Vell, Roe, op. cit.")
        return False
    if not rest or rest.endswith(","):
        return True
    return rest.split()[-1][0].islower() and _TITLE_RUN.search(rest) is None


# A surname and its comma opening the clause (perhaps after a cue): what follows is the
# writer's title, not another writer.
# matches "Vell,", "See Vell,", "…; cf. Vell,"; not "as argued by Vell,", "Vell, Roe,"
_WRITER_OPENS = lazy_compile(
    rf"(?:^|[;.]\s++|(?:^|\s)(?i:see|cf\.|compare)\s++)[{UPPER}][^\W\d_'’-]++,\Z"
)


# The writer's comma, then a title's words in headline case (Chicago 8.159: capitals, and
# the short articles and prepositions in lower case) up to a joining word, whose next
# capitalised word is the title's last, not a surname in prose.
# matches ", Harbour Strikes in", ", The Port of", ", Streiks im" (the end of the lead); not
# "as argued in", ", as argued in", ", Marx and" (persons are joined by "and"), ", Ann wrote in"
_TITLE_RUN = lazy_compile(
    rf""",\s++[{UPPER}][^\W\d_]*+(?:\s++(?:[{UPPER}][^\W\d_'’-]*+|{_JOINING}))*?
        \s++{_JOINING}\Z""",
    re.VERBOSE,
)


def inside_marks(lead: str) -> bool:
    """True when the text before a word leaves a title's emphasis or quotes open."""
    return (
        lead.count("*") % 2 == 1
        or lead.count('"') % 2 == 1
        or lead.count("“") > lead.count("”")
        or lead.count("_") % 2 == 1
    )


def _read_already(hit: _Hit, found: list[NoteCitation], starts: list[int]) -> bool:
    """A reading starting at the surname (or spanning it with that writer) has it."""
    i = bisect_right(starts, hit.start) - 1
    key = hit.surname.casefold()
    return any(
        found[j].span.start <= hit.start < found[j].span.end
        and found[j].authors
        and found[j].authors[0].surname.casefold() == key
        for j in (i, i - 1)
        if 0 <= j < len(found)
    )


def _citation(local: str, number: int, hit: _Hit, earlier: EarlierWorks) -> NoteCitation:
    writers = earlier.writers.get(hit.surname.casefold()) or (author(hit.surname),)
    form = "short"
    if hit.op:
        form = "loc-cit" if hit.op.lower().startswith("loc") else "op-cit"
    why = "op. cit. after a surname" if hit.op else "a surname and a locator; an earlier work's"
    return NoteCitation(
        text=local[hit.start : hit.end],
        span=Span(hit.start, hit.end),
        note=number,
        form=form,
        authors=writers,
        pages=hit.locator,
        unsure=why,
    )
