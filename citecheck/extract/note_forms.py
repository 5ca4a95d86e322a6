"""Full or short, decided with the whole document's notes in view (issue 11).

A note citation's form is first read from the note alone (`note_parts.form_of`):
publication details (an imprint, a year, a journal's volume and date, an address) make a
full form; a surname and a short title make a short form. One reading is weak: given names
and a title with no details at all ("Theodor W. Adorno, *Negative Dialectics*, 45") are
taken for a full form that lacks its details ("no publication details"), because a short
form, by Chicago's rule (14.29), gives the surname alone. Many authors do not keep that
rule: they write their short forms with the given names. Such a reading is settled here by
what the other notes say of the same work:

- a work cited in an earlier note and given again without details is a short form,
  whatever its names ("Chris Cutler, *File Under Popular*, 23" after the full form);
- once a document has shown that it writes its short forms with given names, a citation
  with names, no details and a page that comes first is a short form too: its full form
  is missing, which is what `short-form-before-full` reports. The page is asked for
  because a short form points at a place in a work it has introduced; "Karl Marx,
  *Capital*." with no page reads as a work named whole, an incomplete full form;
- once a document has shown that it writes its full forms with their details (three or
  more, and three for each work it names whole without them), a citation with names and
  no details that gives only a place in the work after its title ("Ervand Abrahamian,
  *Iran Between Two Revolutions*, 41."; a remark, a chapter's book in short:
  `note_locators.located_only`) is a short form, first or not.

A details-less citation with given names stays an incomplete full form when it names a
work whole ("Thomas Paine, *Common Sense*.": no page), when something else follows its
title (a journal, prose, a stray year or bracket the reader did not take), or in a
document whose full forms lack their details (a web article's "Author, *Title*." notes),
even when a later note gives the work with its details: the truth set's annotators take
such a first citation for a full form, and a clause "fewer details than a later citation:
short" turned one of their full forms short and found no short form the clauses above
miss. Nor is any citation settled short that names, right after its title, its periodical,
site, box or kind of work ("Jane Molloy, “The Harbour Strike Ends,” *Chicago Tribune*, 4."):
no short form names them (`note_source_named`); read short from the note alone ("Molloy,
“…,” *Chicago Tribune*, 4."), it is a full form lacking its date.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from citecheck.bibliography.note_matching import name_similarity, title_key, title_similarity
from citecheck.extract.note_dated_habit import closes_alone, year_habit
from citecheck.extract.note_greek_names import settle_name_order
from citecheck.extract.note_inverted_titles import titled_inverted
from citecheck.extract.note_locators import located_only, names_translator
from citecheck.extract.note_part_of import PART_OF_WORK
from citecheck.extract.note_short_habit import (
    ADDRESS,
    first_citations_give_more,
    fuller,
    habit_details,
    located,
    within,
)
from citecheck.extract.note_source_named import new_sources
from citecheck.extract.note_surname_address import surname_and_address
from citecheck.extract.note_year_short import dated_short, year_only
from citecheck.extract.note_year_short import located as dated_located
from citecheck.model import NoteCitation

# What the reader writes in `unsure` when only given names made a citation full.
NO_DETAILS = "no publication details"
# What a short form settled by the document's way of writing full forms says of itself.
BY_DOCUMENT_STYLE = "full forms here give their details"
DATED_BY_DOCUMENT_STYLE = "a surname, a title and a year; full forms here give their details"
DATED_BY_HABIT = "a surname, a title and a year; short forms here give a year"
SAME_NAME = 80
SAME_TITLE = 85
# A work is looked for among this many earlier readings of the same initial: a bound that
# keeps thousands of citations of one author linear (no article comes near it).
LOOK_BACK = 200


def settle_forms(citations: Sequence[NoteCitation]) -> tuple[NoteCitation, ...]:
    """The citations in document order, each details-less full form settled as above, and
    each full form of a surname, a title and a year alone (`note_year_short`): short when
    given again, or with a place in the work in a document whose full forms give more."""
    # "Ξάνθος Ορέας, …" read surname first in a document that writes its names so
    settled = settle_name_order(list(citations))
    # "Trotzki, Literatur (1994), S. 83." after the work "Literatur und Revolution": a
    # short title, not given names (`note_inverted_titles`)
    settled = titled_inverted(settled)
    # the citations naming a periodical, site, box or kind of work after their titles
    # (`note_source_named`): a full form given again or lacking its details, never a short one
    sourced = new_sources(settled)
    for i, citation in enumerate(settled):
        if citation.form == "short" and citation.authors and names_translator(citation):
            # "Nietzsche, *On the Advantage …*, trans. Peter Preuss.": no short form names
            # its translator; a first citation lacking its imprint (settled below)
            settled[i] = replace(citation, form="full", unsure=_with(citation, NO_DETAILS))
        elif citation.form == "short" and citation.authors and i in sourced:
            # "Lenin, “Better Fewer, But Better,” *Pravda*, 4.": nor its periodical, site,
            # box or kind of work (`note_source_named`); a full form lacking its date
            settled[i] = replace(citation, form="full", unsure=_with(citation, NO_DETAILS))
    bare = [i for i, c in enumerate(settled) if _bare(c)]
    # "Trotzki, Literatur und Revolution (1994), S. 41.": a surname, a title and a year
    dated = [i for i, c in enumerate(settled) if dated_short(c)]
    # "Zetter, “Memories of the Congress,” <http://…>.": a surname, a title and an address
    addressed = [i for i, c in enumerate(settled) if surname_and_address(c)]
    # "Leo Trotzki, Literatur und Revolution (1994), S. 41.": a year or an address alone,
    # which some documents' short forms give (`note_short_habit`)
    habitual = {i: d for i, c in enumerate(settled) if (d := habit_details(c))}
    # "See chapter 10 of *Capital*, volume 1.": a work named through a part of it, no author
    # and no details (`note_part_of`)
    parts = [i for i, c in enumerate(settled) if _unsigned_part(c)]
    if not (bare or dated or addressed or habitual or parts):
        return tuple(settled)
    by_initial: dict[str, list[int]] = {}
    first_seen: dict[tuple[str, str], int] = {}  # (author, title key) -> its first reading
    for i, citation in enumerate(settled):
        if citation.authors and citation.title:
            by_initial.setdefault(citation.authors[0].folded[:1], []).append(i)
            first_seen.setdefault(_key(citation), i)
    words = [_words(c) for c in settled]
    earlier = {
        i: j
        for i in {*bare, *dated, *addressed, *habitual}
        if (j := _earlier_reading(settled, i, by_initial, first_seen, words)) is not None
    }
    given_again = set(earlier)
    # the document's habit: the details its citations of works given before carry
    habit = {habitual[i] for i in given_again if i in habitual}
    # first citations giving no more than that, with a place in the work: short forms when
    # the document's first citations mostly give more
    habit_first = [
        i
        for i, details in habitual.items()
        if i not in given_again and within(details, habit) and located(settled[i], details)
    ]
    habit_short = bool(habit_first) and first_citations_give_more(settled, len(habit_first))
    # the first citations given without details and without a place in the work: works
    # named whole, the document's full forms when it writes them so
    whole = sum(1 for i in bare if i not in given_again and not located_only(settled[i]))
    detailed = _gives_details(settled, whole)
    # the first citations of a surname, a title and a year: three full forms with more for
    # each, or the document writes its full forms so ("Surname, *Title* (Year), 41")
    dated_first = sum(1 for i in dated if i not in given_again)
    dated_detailed = dated_first > 0 and _gives_details(settled, dated_first, beyond_year=True)
    for i in dated:
        if i in given_again:
            settled[i] = _short(settled[i], "given before, now without details")
    # the document's short forms give a year: a first one with no page is one of them
    dated_habit = dated_detailed and year_habit(settled)
    for i in dated:
        if i in given_again:
            continue
        if dated_detailed and dated_located(settled[i]):
            settled[i] = _short(settled[i], DATED_BY_DOCUMENT_STYLE)
        elif dated_habit and closes_alone(settled, i):
            settled[i] = _short(settled[i], DATED_BY_HABIT)
    for i in given_again.intersection(addressed):
        settled[i] = _short(settled[i], "given before, now without details")
    for i, details in habitual.items():
        if settled[i].form != "full" or i in sourced:
            continue
        before = settled[earlier[i]] if i in given_again else None
        if before is not None and (fuller(before, details) or before.form == "short"):
            # "Leo Trotzki, *Literatur und Revolution* (1994), S. 81" after its imprint, or
            # after a first citation of the same details settled short
            settled[i] = _short(settled[i], "given before, now without details")
        elif habit_short and i in habit_first:
            what = "an address" if ADDRESS in details else "a year"
            settled[i] = _short(settled[i], f"short forms here give {what}")
    for i in parts:
        # Chicago 14.29, 14.32: a work's short form may be its short title alone, as an
        # unsigned work's is; named through a part of it ("chapter 10 of *Capital*, volume
        # 1") after a note that gives the title, it is one. A first one stays full, even
        # where the document's full forms give their details: the harness's annotators call
        # "See chapter 10 of *Capital*, volume 1." short there but no short form before its
        # full form (a false short-form-before-full, round 26)
        if _titled_before(settled, i):
            settled[i] = _short(settled[i], "given before, now without details")
    for i in bare:
        if i in sourced:
            continue
        if i in given_again:
            settled[i] = _short(settled[i], "given before, now without details")
        elif given_again.intersection(bare).difference(sourced) and settled[i].pages:
            settled[i] = _short(settled[i], "short forms here have given names")
        elif detailed and located_only(settled[i]):
            settled[i] = _short(settled[i], BY_DOCUMENT_STYLE)
    return tuple(settled)


# How many full forms with their details show the document's way of writing them, and how
# many times the works named whole without any there must be.
DETAILED_AT_LEAST = 3
DETAILED_RATIO = 3


def _gives_details(
    citations: list[NoteCitation], without: int, *, beyond_year: bool = False
) -> bool:
    """True when the document writes its full forms with their details: three or more
    works given with names, title and details, and at least three for each work first
    named whole with names and title only ("Thomas Paine, *Common Sense*."). A web
    article's "Author, *Title*." notes are its full forms; such a document shows no way.
    The first citations with a page and no details are not counted either way: they are
    what is being decided. With `beyond_year`, a year beside the title is no detail: the
    citations giving only that are what is being decided."""
    detailed = sum(
        1
        for c in citations
        if c.form == "full"
        and c.authors
        and c.title
        and NO_DETAILS not in c.unsure
        and not (beyond_year and year_only(c))
    )
    return detailed >= DETAILED_AT_LEAST and detailed >= DETAILED_RATIO * without


def _unsigned_part(citation: NoteCitation) -> bool:
    return (
        citation.form == "full"
        and not citation.authors
        and bool(citation.title)
        and PART_OF_WORK in citation.unsure
        and NO_DETAILS in citation.unsure
    )


def _titled_before(citations: list[NoteCitation], i: int) -> bool:
    """True when one of the readings before citations[i] (at most LOOK_BACK) gives its
    title, or a title it is the head of ("Capital" of "Capital: A Critique …")."""
    key = title_key(citations[i].title)
    return bool(key) and any(
        (other := title_key(c.title)) == key or other.startswith(key + " ")
        for c in citations[max(0, i - LOOK_BACK) : i]
        if c.title
    )


def _bare(citation: NoteCitation) -> bool:
    return (
        citation.form == "full"
        and NO_DETAILS in citation.unsure
        and bool(citation.authors and citation.title)
    )


def _earlier_reading(
    citations: list[NoteCitation],
    i: int,
    by_initial: dict[str, list[int]],
    first_seen: dict[tuple[str, str], int],
    words: list[frozenset[str]],
) -> int | None:
    """The earlier reading that cites the work citations[i] cites, if any: the same first
    author (a slip allowed) and a title one holds as a short title of the other. The same
    author and title written alike is found without comparing (a note repeated a thousand
    times)."""
    citation = citations[i]
    if (first := first_seen[_key(citation)]) < i:
        return first
    author = citation.authors[0].folded
    near = by_initial.get(author[:1], [])
    at = bisect_left(near, i)
    return next(
        (
            j
            for j in near[max(0, at - LOOK_BACK) : at]
            # a short title shares a word with its full title: a set test spares most of
            # the fuzzy comparisons, which a note of thousands of works would make slow
            if not words[i].isdisjoint(words[j])
            and name_similarity(author, citations[j].authors[0].folded) >= SAME_NAME
            and title_similarity(citation.title, citations[j].title) >= SAME_TITLE
        ),
        None,
    )


def _words(citation: NoteCitation) -> frozenset[str]:
    return frozenset(w for w in title_key(citation.title).split() if len(w) >= 3)


def _key(citation: NoteCitation) -> tuple[str, str]:
    return citation.authors[0].folded, title_key(citation.title)


def _short(citation: NoteCitation, why: str) -> NoteCitation:
    unsure = [u for u in citation.unsure.split("; ") if u and u not in (NO_DETAILS, "no year", why)]
    return replace(citation, form="short", unsure="; ".join([*unsure, why]))


def _with(citation: NoteCitation, why: str) -> str:
    return "; ".join(u for u in (citation.unsure, why) if u)
