"""A list of one writer's works, each a title and its year: "See Hobsbawm's books *The Age
of Revolution* (1962), *The Age of Capital* (1975), *The Age of Empire* (1987), and *The Age
of Extremes* (1994)". The writer is named once, by the possessive and a kind of work; each
title is a work. In a web copy the titles are plain: the list's shape (a title, its year in
brackets, a comma, the next) vouches for them, as an imprint vouches for one plain title.

A list needs two works or more after its head; a single "Hobsbawm's book *…* (1962)" is
left to the bridges of `note_work`. A work after ", and" that the segments cut off is read
there, with the writer carried."""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_details import Details, read_details
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_parts import build_citation
from citecheck.extract.note_place_openers import known_place
from citecheck.extract.note_titles import title_case
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation

# The list's head: a writer's possessive and a kind of work in the plural.
# matches "Hobsbawm's books ", "Thompson’s historical studies ", "E. P. Thompson's works:
# "; not "Hobsbawm's book " (one work), "the books " (no writer)
_HEAD = lazy_compile(
    rf"""(?<![\w'’-])(?P<names>(?:(?:[{UPPER}]\.\s*){{1,3}}|[{UPPER}][\w-]+\s+){{0,2}}[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?)
        ['’]s\s+(?:[a-z]+\s+){{0,2}}
        (?:books|works|novels|essays|studies|articles|writings|pamphlets|films|histories
           |volumes|trilogy|tetralogy|lectures)[,:]?\s+""",
    re.VERBOSE,
)

# One item of the list: a marked or plain title, then its year in brackets, then a comma,
# ", and" (German ", und", ", sowie"; Greek ", και"/" και") or the segment's end.
# matches "*The Age of Capital: 1848--1875* (1975), ", "The Age of Empire: 1875--1914
# (1987)"; not "London (1962)" (one word), "*Telos* 12 (1975)" (a volume)
_ITEM = lazy_compile(
    rf"""(?:\*{{1,2}}(?P<italic>[^*]+?)\*{{1,2}}|_(?P<under>[^_]+?)_|[“"](?P<quoted>[^”"]+?)[,.]?[”"]
          |(?P<plain>[{UPPER}\d][^()*_“”"\[\];]{{3,160}}?))
        \s*\((?P<year>1[5-9]\d\d|20\d\d)\)
        (?P<next>\s*,\s*(?:(?:and|und|sowie|και)\s+)?|\s+(?:and|und|sowie|και)\s+|\s*[.;]?\s*$)""",
    re.VERBOSE,
)


def listed_works(
    s: str, k: int, offset: int, end: int, note: int, after: str = ""
) -> list[NoteCitation]:
    """The works of a writer's list in the segment `s` (offsets from `offset`), or []; the
    list's last work may stand in the next segment, `after` ("… (1975) and *B* (1991)")."""
    if "'s " not in s and "’s " not in s:
        return []  # cheap test first: a list needs its writer's possessive
    for head in _HEAD.finditer(s, k):
        words = head.group("names").split()
        # "See Hobsbawm's": the head may take a word of prose before the writer
        names = next(
            (
                " ".join(words[n:])
                for n in range(len(words))
                if plausible_names(" ".join(words[n:]))
            ),
            "",
        )
        if not names:
            continue
        works = _items(s, head.end(), offset, end, note, names)
        if len(works) >= 2 or (works and _AND_ITEM.match(after)):
            return works
    return []


# The list's last work, after "and" (German "und", "sowie"; Greek "και"), opening the next
# segment.
# matches " and *Customs in Common* (1991)", " and Customs in Common (1991).", " und *Customs
# in Common* (1991)", ", και The Age of Glass (1994)"; not " and the rest (1991)" (lower
# case), " και το" (an article)
_AND_ITEM = lazy_compile(rf"\s*,?\s*(?:and|und|sowie|και)\s+(?=[*_“\"„»{UPPER}])")


def _items(s: str, at: int, offset: int, end: int, note: int, names: str) -> list[NoteCitation]:
    authors = tuple(surnames(names))
    works: list[NoteCitation] = []
    while (item := _ITEM.match(s, at)) is not None:
        plain = item.group("plain")
        title = plain or item.group("italic") or item.group("under") or item.group("quoted")
        title = title.strip(" ,.")
        if plain is not None and (len(title.split()) < 2 or not title_case(title)):
            break  # "London (1962)": a place, not a title
        style = "plain" if plain is not None else "quoted" if item.group("quoted") else "italic"
        unsure = ["author in prose", "a list of the writer's works", "year beside the title"]
        if style == "plain":
            unsure.append("plain title")
        details = Details(year=item.group("year"), published=True, loose_year=True)
        work = build_citation(
            s, item.start(), offset, end, note, "full", authors, title, style, details, unsure
        )
        works.append(work)
        at = item.end()
    return works


# A place, and maybe a publisher, before a year in brackets: "Leeds: Dale, ", "Berlin ".
# matches "Leeds: Dale Press, ", "New York, ", "Berlin "; not "vol. 2, " (lower case), "12 "
_IMPRINT = rf"[{UPPER}][^()\d:;,]{{1,40}}?(?::\s*[^()\d;]{{1,60}}?)?,?\s+"

# A page after a work's details: ", 4", ", pp. 3–4", ", S. 12", ", σ. 12".
_PAGE = r"(?:\s*,\s*(?:pp?\.|S\.|σσ?\.)?\s*\d{1,4}(?:[–-]{1,2}\d{1,4})?)?"

# A web copy's next title by the same writer after "and": a plain title and its year in
# brackets, or its imprint and a page, in brackets ("(Leeds: Dale, 1950), 4") or open
# (", Leeds: Dale, 1950, 4", ", Αθήνα 1980"), ending the segment.
# matches "The Iranian Mojahedin (1992)", "Customs in Common (1991).", "Harbour Ledgers,
# Leeds: Dale, 1950, 4."; not "London (1992)" (one word: `continued_plain_title` checks),
# "the book (1992)" (lower case), "Telos 12 (2000)" (a volume: a digit before the bracket)
_NEXT_PLAIN_TITLE = lazy_compile(
    rf"(?P<title>[{UPPER}][^()*_“”\";,.\d]{{2,120}}?)"
    rf"(?:\s*\(\s*(?P<imprint>{_IMPRINT})?(?P<year>1[5-9]\d\d|20\d\d)\s*\)(?(imprint){_PAGE})"
    rf"|,\s*(?P<open>{_IMPRINT})(?P<open_year>1[5-9]\d\d|20\d\d){_PAGE})"
    r"\s*[.;,]?\s*$"
)


def continued_plain_title(
    s: str, k: int, offset: int, end: int, note: int, previous: tuple[Author, ...]
) -> NoteCitation | None:
    """ "and The Iranian Mojahedin (1992)" after "Ervand Abrahamian, Iran Between Two
    Revolutions (1982)": the same writer's next work (`k` is after "and")."""
    found = _NEXT_PLAIN_TITLE.match(s, k)
    if found is None or not previous:
        return None
    title = found.group("title").strip()
    if len(title.split()) < 2 or not title_case(title):
        return None
    if found.group("open") and known_place(title):
        return None  # "…, and New York, Harbor Books, 1977": another imprint, no title
    if found.group("imprint") or found.group("open"):
        # "and Harbour Ledgers of the North (Leeds: Dale, 1950), 4.", "…, Leeds: Dale, 1950"
        details = read_details(s[found.end("title") : found.end()])
        unsure = ["author carried from before", "plain title"]
    else:
        details = Details(year=found.group("year"), published=True, loose_year=True)
        unsure = ["author carried from before", "plain title", "year beside the title"]
    return build_citation(
        s, k, offset, end, note, "full", previous, title, "plain", details, unsure
    )
