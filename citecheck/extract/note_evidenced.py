"""Full forms set in a note's prose, found from their evidence back to their writer.

Chicago's full form may follow any lead-in ("the fullest account remains Stephen Ferrier,
“…,” *Journal* 38, no. 2 (1998): 141–67", "Most recently, and well, in Ruth Ambler, July
1914 and the Left (London: Verso, 2013)"), stand second in a note after ", and" or a clause
("…, and Kenneth Albury's memoir, *Leaving King Street* (Manchester: Carcanet, 1992)"), or
have its writer as the sentence's subject ("Maddock has developed this argument in “…,”
*Platform Review*, no. 42 (Spring 2017)"; "I have discussed … in “…,” …" is the writer's
own, unsigned). Lists of lead-in words cannot know every sentence; the shape after the name
can: an imprint "(Place: Publisher, Year)" or a journal's volume, number and date in
brackets right after a title. That is the evidence; the writer is the person with given
names right before the title (a comma, or a possessive and the kind of work between them).
In a web copy the title is plain and runs from the writer's comma to the imprint's bracket.

Precision: the writer needs given names (a lone word may be a place), is no imprint word
and no publisher's name, and stands after a space, not after "by", "trans." or "ed." (a
translator or editor before another work's title is not its writer)."""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_details import Details, read_details
from citecheck.extract.note_joined_titles import joined_title_before_imprint
from citecheck.extract.note_list_words import PART_IN, PERSON_AND
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_not_persons import publisher_name
from citecheck.extract.note_open_imprint_titles import headline_words, title_to_open_imprint
from citecheck.extract.note_parts import build_citation
from citecheck.extract.note_patterns import GIVEN_PERSON, MARKED_TITLE, YEAR, marked_style
from citecheck.extract.note_place_openers import known_place
from citecheck.extract.note_sentence_titles import sentence_case_before_imprint
from citecheck.extract.note_stop_subtitles import stop_subtitle
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation

# A writer with given names (one, or two joined by "and", "und", "και", "et") set in
# prose, and the bridge to a title: a comma, or a possessive and up to three lower-case
# words naming the kind of work ("Kenneth Albury's memoir, ", "Gerry Hartigan's pamphlet
# "), then a title's mark or a capital (a possessive alone is `note_second_works`' and the
# bridges').
# matches "Stephen Ferrier, " before "“The Clubs", "Kenneth Albury's memoir, " before "*Leaving",
# "Tom Hale and Ann Cole, " before "*Salt"; not "by Ann Cole, *" (a translator or editor),
# "to Ann Cole, *" (a part of her book: "Introduction to Ann Cole, *…*"), "Ann Cole, who"
# (lower case), "Ann Cole (" (no bridge)
_WRITER = lazy_compile(
    rf"""(?<=\s)(?<!\bby\s)(?<!\btrans\.\s)(?<!\bed\.\s)(?<!\beds\.\s)(?<!\bto\s)
        (?P<names>{GIVEN_PERSON}(?:\s+{PERSON_AND}\s+{GIVEN_PERSON})?)
        (?:(?<=['’]s)(?P<kind>\s++(?:[a-z]++,?+\s++){{1,3}}+)|,\s++)
        (?=[*_“"‘{UPPER}])""",
    re.VERBOSE,
)

# A kind of work and "by" before its writer: "…, 12, and the reply by Tom Rudd, *Salt and
# Tar* (York: …, 1988)". `_WRITER` skips every "by" (a translator's, an editor's: "edited
# by Ann Cole, *…*"); after a noun naming a piece the person is its writer.
# matches "reply by ", "an essay by ", "the review by "; not "edited by ", "translated by ",
# "introduced by ", "by " alone
_KIND_BY = lazy_compile(
    r"""\b(?i:essay|article|review|reply|response|study|account|memoir|pamphlet|critique
          |rejoinder|piece|lecture|speech|answer)s?\s++by\s++""",
    re.VERBOSE,
)

# The writer after `_KIND_BY`: `_WRITER`'s names and comma, no kind between (the group
# never matches, so `_work_at` reads it as `_WRITER`'s comma form).
# matches "Tom Rudd, " before "*Salt"; not "Rudd, " (a surname alone), "Tom Rudd (" (no comma)
_BY_WRITER = lazy_compile(
    rf"""(?P<names>{GIVEN_PERSON}(?:\s+{PERSON_AND}\s+{GIVEN_PERSON})?)(?P<kind>(?!))?
        ,\s++(?=[*_“"‘{UPPER}])""",
    re.VERBOSE,
)


# Where a plain title ends before the imprint: a container "in", a volume, a translator or
# an editor (Chicago 14.88–14.110 set these between the title and the imprint).
# matches ", in Selected Works", German ", in: Hafenleben", ", ed. and trans. Andrew Coll",
# ", vol. 5", ", trans. Ben", ", introd. Ben", ", foreword by Ben", Italian ", a cura di Ben",
# ", 2nd ed.", ", rev. ed.", Spanish, French and Portuguese ", en Memoria", ", dans Les
# villes", ", em Obras"; not ", 1915–1918" (the title's own years), " and the Left"
_AFTER_TITLE = lazy_compile(
    rf""",\s++(?:{PART_IN}:?\s+(?=[*_“"‘A-Z])|vols?\.\s*\d|(?:ed|eds|trans|comp|introd|intro|trad)\.\s
        |edited\s+by\s|translated\s+by\s|a\s+cura\s+di\s
        |(?:with\s+an?\s+)?(?:introduction|foreword|preface)\s+by\s
        |(?:\d{{1,2}}(?:st|nd|rd|th)|rev\.|new)\s+ed\.)""",
    re.VERBOSE,
)

# An imprint's bracket: "(Place: Publisher, Year)", perhaps after an original year and
# "repr." ("(1927; repr., Frankfurt am Main: Verlag Neue Kritik, 1978)"), or undated.
# matches "(London: Verso, 2013)", "(1927; repr., Frankfurt am Main: Verlag …, 1978)",
# "(New York: Pathfinder Press, n.d.)"; not "(1998)", "(Spring 2017)", "(see below: 4)"
_IMPRINT = lazy_compile(
    rf"""\(\s*+(?:(?:1[5-9]\d\d|20\d\d);\s*+(?:repr\.,?|reprint,?|reissued)\s++)?
        [{UPPER}][^():;]{{1,40}}:\s++[{UPPER}][^():;]{{0,160}},\s*+(?:1[5-9]\d\d|20\d\d|n\.\s?d\.)
        [^()]{{0,20}}\)""",
    re.VERBOSE,
)

# A month's name, written out or abbreviated (Chicago 10.41).
MONTH = r"""(?:January|February|March|April|May|June|July|August|September|October|November
    |December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"""

# A journal after a title: its name, then a volume, a number, or both, then the date in
# brackets ("*Journal of Labour History* 38, no. 2 (1998)", "Platform Review, no. 42
# (Spring 2017)", "*Red Ledger* 7.3 (2001)", "*Tide*, vol. 4, no. 2 (1990)", "*New Review*
# I/41 (1967)"), or only a date and then the pages ("*Tide* (Spring 1990): 4–9"); or a
# newspaper's (or a blog's) name and a day ("*Harbour Times*, 4 May
# 1990", "Tide (blog), March 3, 2015"), Chicago 14.191.
# matches ", *Journal of Labour History* 38, no. 2 (1998)", " Platform Review, no. 42
# (Spring 2017)", ", *Harbour Times*, 4 May 1990", ", the *Harbour Review* 12 (1990)" and ",
# *the Harbour Review* 12 (1990)" (a journal's "the" in lower case, Chicago 8.170); not ",
# London, 1998" (no number), ", Verso 2 (" (no year in the bracket), ", Harbour Times, May
# 1990" (no day)
_ISSUE = lazy_compile(
    rf"""[\s,]*+(?:the\s++)?(?P<journal>[*_]?(?:the\s++)?[{UPPER}][^()*_“”"\d;:]{{0,80}}?[*_]?)
        (?:,?\s++(?:vol\.\s*+)?(?:[IVX]{{1,3}}/)?\d{{1,4}}(?:\.\d{{1,2}})?(?:,\s*+(?:no|Nr)\.\s*+\d{{1,4}})?
          |,\s*+(?:no|Nr)\.\s*+\d{{1,4}})
        \s*+\((?P<date>[^()]{{0,24}}?(?P<year>1[6-9]\d\d|20\d\d)[^()]{{0,10}})\)
      |[\s,]*+(?P<dated>[*_]?[{UPPER}][^()*_“”"\d;:]{{0,80}}?[*_]?)
        \s*+\((?:[{UPPER}][a-z]++\s++)?(?P<dated_year>1[6-9]\d\d|20\d\d)\)\s*+:\s*+\d
      |[\s,]*+(?P<paper>[*_]?(?:The\s++)?[{UPPER}][^\W\d_]*+(?:\s++[{UPPER}][^\W\d_]*+){{0,4}}[*_]?)
        (?:\s*+\([a-z]++\))?,\s++
        (?:{MONTH}\s++\d{{1,2}},\s++|\d{{1,2}}\s++{MONTH}\s++)
        (?P<day_year>1[6-9]\d\d|20\d\d)\b""",
    re.VERBOSE,
)

# A year: every kind of evidence holds one.
# matches "1990"; not "199", "12345"
_YEAR = YEAR


def has_evidence_mark(s: str) -> bool:
    """A cheap test before reading: an imprint, an issue or a day all give a year."""
    return _YEAR.search(s) is not None


# A plain title: a capital, then no bracket, mark or sentence end; a title quoted inside it
# (Chicago 14.94: a title within an italic title keeps its quotation marks), not closed by a
# comma as an article's title is.
# matches "July 1914 and the Left" before " (London", "A Defence of "Salt Roads": Dock Work"
# before " (London"; not "who wrote" (lower case), "“Salt Roads,” in Harbours" (an article)
_PLAIN_TITLE = lazy_compile(
    rf"""[{UPPER}\d](?:[^()*_“”"‘’;]|(?<=\s)[“"][{UPPER}][^()*_“”"‘’;,]{{0,80}}[”"](?![,.]))
        {{0,160}}?(?=\s*+\()""",
    re.VERBOSE,
)

# A sentence's end inside what would be a plain title: a full stop, then a capital.
# matches ". The" in "Ambler. The Left"; not "vol. 5", "J. H. W. Dietz"
_SENTENCE_END = lazy_compile(r"[a-z]{3}\.\s+[A-Z]")

# Persons tried in one segment, each a reading of the rest (a long note stays linear).
_MOST_WRITERS = 6


def evidenced_work(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    """The first work in the segment, from `k`, whose writer stands in prose before its
    title and whose imprint or journal issue follows it; or None."""
    works = evidenced_works(s, k, start, end, note, most=1)
    return works[0] if works else None


def evidenced_works(
    s: str, at: int, start: int, end: int, note: int, *, most: int = 3
) -> list[NoteCitation]:
    """Up to `most` works from `at` on, each a writer in prose, a title and its evidence,
    none inside another's title."""
    if not has_evidence_mark(s):
        return []  # cheap test first
    found: list[NoteCitation] = []
    after = at
    for tried, writer in enumerate(_writers(s, at)):
        if tried >= _MOST_WRITERS or len(found) >= most:
            break
        if writer.start() < after:
            continue  # inside the title or the details of the work before
        work = _work_at(s, writer, start, end, note)
        if work is not None:
            found.append(work)
            title_at = s.find(work.title, writer.end())
            after = title_at + len(work.title) if title_at >= 0 else writer.end()
    return found


def _writers(s: str, at: int) -> list[re.Match[str]]:
    """The writers in prose from `at` on, in order: `_WRITER`'s, and those after a kind of
    work and "by" (the first few of each: a long note stays linear)."""
    found = [w for _, w in zip(range(_MOST_WRITERS), _WRITER.finditer(s, at), strict=False)]
    if " by " in s:
        for _, kind in zip(range(_MOST_WRITERS), _KIND_BY.finditer(s, at), strict=False):
            if (writer := _BY_WRITER.match(s, kind.end())) is not None:
                found.append(writer)
    return sorted(found, key=lambda w: w.start())


def later_works(
    s: str, start: int, end: int, note: int, works: list[NoteCitation]
) -> list[NoteCitation]:
    """Works after the segment's last one read, each with its writer and evidence: "…
    (London: …, 1987), esp. chap. 4, and Kenneth Albury's memoir, *Leaving King Street*
    (Manchester: Carcanet, 1992)". Not one already read (by title)."""
    last = works[-1]
    if not last.title or not has_evidence_mark(s):
        return []
    title_at = s.find(last.title, last.span.start - start)
    if title_at < 0:
        return []
    known = {work.title for work in works}
    return [
        work
        for work in evidenced_works(s, title_at + len(last.title), start, end, note)
        if work.title not in known and not _IN_BEFORE.search(s, 0, work.span.start - start)
    ]


# "in" right before a later writer: the book the work before stands in ("“Counter-Planning
# …,” in Ann Cole, *Point Zero* (…)"), its container, not a second work.
# matches "…,” in " before the writer; not "and, for a view, " or "…), and "
_IN_BEFORE = lazy_compile(r"\bin\s++\Z")


def _work_at(s: str, writer: re.Match[str], start: int, end: int, note: int) -> NoteCitation | None:
    names = writer.group("names")
    if names.endswith(("'s", "’s")):
        names = names[:-2]
    elif writer.group("kind") is not None:
        return None
    before = max(0, writer.start() - 40)
    if not plausible_names(names) or _LISTED.search(s, before, writer.start()):
        return None  # "edited by Ann Cole, Tom Hale, …": one of a list, not a writer
    if _INSIDE_TITLE.search(s, before, writer.start()):
        return None  # "100 Years of Permanent Revolution, Results …": words of a title
    if any(word.lower().strip(",.") in _BOOK_WORDS for word in names.split()):
        return None  # "4th English Edition, Vol. 27", "Gesammelte Schriften, Bd. 8"
    authors = tuple(surnames(names))
    if not authors or any(_not_a_writer(person) for person in _AND.split(names)):
        return None
    kind = (writer.group("kind") or "").split()
    named_kind = bool(kind) and kind[-1].strip(",") in _KINDS_OF_WORK
    return work_after(
        s, writer.start(), writer.end(), start, end, note, authors, "author in prose", named_kind
    )


# The kind of work prose may name between a writer's possessive and a title ("Ken Vell's
# recent documentary series The Harbour (2014)"): with it a year alone in brackets vouches
# for a web copy's plain title, as the Markdown's emphasis would.
_KINDS_OF_WORK = frozenset(
    """book books study studies essay essays article memoir memoirs pamphlet pamphlets film
    films documentary series novel novels biography history histories monograph lecture
    speech report poem play collection anthology treatise survey dissertation thesis
    autobiography classic""".split()
)

# A year alone in brackets right after a plain title: "(2014)".
_YEAR_BRACKET = lazy_compile(r"\s*+\(\s*+(?:1[5-9]\d\d|20\d\d)\s*+\)")


# How far after a title its imprint, issue and other details are looked for.
_DETAILS_WINDOW = 1_000


def work_after(
    s: str,
    opening: int,
    at: int,
    start: int,
    end: int,
    note: int,
    authors: tuple[Author, ...],
    unsure: str,
    named_kind: bool = False,
) -> NoteCitation | None:
    """The work whose title starts at `at` (marked, or plain up to an imprint's bracket),
    with an imprint or a journal issue right after the title; its text runs from `opening`
    to the segment's end. None without that evidence. With `named_kind` (the prose named
    the kind of work before it), a plain title's year alone in brackets is evidence too."""
    marked = MARKED_TITLE.match(s, at)
    open_end = None  # where an open imprint ends a plain title
    if marked is not None:
        title, title_end = next(g for g in marked.groups() if g), marked.end()
        style = marked_style(marked)
    else:
        plain = _plain_title(s, at)
        open_end = title_to_open_imprint(s, at) if authors else None
        if open_end is not None and (plain is None or open_end < plain[1]):
            # "Ann Vell, Harbour Strikes in Wartime, London: Dale Press, 1990": the open
            # imprint ends the title and vouches for it (`note_open_imprint_titles`); a
            # person with an initial is the next of a list ("Ann Vell, Tom B. Rudd, London:
            # …"), two capitalised words may be a title ("Dockers Unite"); words in lower
            # case are a sentence's ("Ann Vell, The strike was lost, …", "Ann Vell, Tom
            # Rudd spoke next, …")
            plain = _checked_plain_title(s, at, open_end)
            if plain is None or _INITIALLED_PERSON.fullmatch(plain[0].strip()):
                return None
            if not (headline_words(plain[0]) or sentence_case_before_imprint(plain[0])):
                return None  # "I porti e la città, Einaudi, …": sentence case, Chicago 11.6
        else:
            open_end = None
        if plain is None:
            return None
        title, title_end = plain
        style = "plain"
    title = title.strip(" ,.")
    if not title:
        return None
    # a work's details follow its title closely: a bounded window keeps a segment of many
    # leads and titles, each tried from here, linear in its length
    rest = s[title_end : title_end + _DETAILS_WINDOW]
    issue = None
    opened = open_end is not None
    year_alone = False
    # "(Oxford, 2009)", "(Boston, MA, 1992)": a place and a year, no publisher (Chicago
    # 14.135 lets older works and many journals' notes leave it out), for a title in
    # headline style, as a web copy's plain title is
    headline = headline_words(title.strip(" ,."))
    placed = _place_year(rest) if headline else ""
    # "(Pluto Press, 2019)": a publisher and a year, no place (many presses' house styles)
    published_by = _publisher_year(rest) if headline and not placed else ""
    if (
        _IMPRINT.match(rest.lstrip(" ,")) is None
        and not _imprint_after_part(rest)
        and not opened
        and not placed
        and not published_by
    ):
        issue = _ISSUE.match(rest)
        year_alone = issue is None and named_kind and style == "plain"
        if issue is None and not (year_alone and _YEAR_BRACKET.match(rest)):
            return None
    details = read_details(rest)
    if placed and not details.place:
        details = replace(details, place=placed)
    if published_by and not details.publisher:
        details = replace(details, publisher=published_by)
    if issue is not None:
        container = issue.group("journal") or issue.group("dated") or issue.group("paper")
        container = container.strip(" ,*_")
        if is_imprint_word(container.split()[-1]):
            return None  # "…,” London, 4 May 1990": a place and a day, no periodical
        year = issue.group("year") or issue.group("dated_year") or issue.group("day_year")
        details = Details(
            year=year,
            container=details.container or container,
            url=details.url,
            pages=details.pages,
            journal=True,
            published=True,
        )
    elif year_alone:
        if not details.year or not headline_words(title):
            return None
        unsure = f"{unsure}; year beside the title" if unsure else "year beside the title"
    elif not ((details.place or published_by) and details.year):
        return None
    parts = [unsure] if unsure else []
    if style == "plain":
        parts.append("plain title")
    return build_citation(
        s, opening, start, end, note, "full", authors, title, style, details, parts
    )


# A place and a year in brackets: a known place (or a US state's or a county's abbreviation
# after a place), then the year.
# matches " (Oxford, 2009)", " (Boston, MA, 1992)", " (Urbana, Ill., 1997)", " (New Haven,
# 2007)"; not " (Einstein, 1905)" (no place known), " (London: Verso, 2013)" (`_IMPRINT`),
# " (2009)", " (Kassel 2012)" (German practice's bracket without a comma is a dateline as
# often: "Hans Meierling, Leiter des Stadtarchivs (Kassel 2012)", test_note_german_prose_writers)
_PLACE_YEAR = lazy_compile(
    rf"""\s*+,?\s*+\(\s*+(?P<place>[{UPPER}][\w'’.-]*+(?:\s++[{UPPER}][\w'’.-]*+){{0,2}})
        (?P<region>,\s*+[{UPPER}][A-Za-z]{{0,3}}\.?(?:\s?[{UPPER}]\.)?)?
        ,\s*+(?:1[5-9]\d\d|20\d\d)\s*+\)""",
    re.VERBOSE,
)


def _place_year(rest: str) -> str:
    """The place of a place and a year in a bracket right after a title ("" for none): a
    known place, two words opening as places do, or a place with a region's abbreviation."""
    found = _PLACE_YEAR.match(rest)
    if found is None:
        return ""
    place = found.group("place")
    if publisher_name(place):
        return ""
    return place if found.group("region") or known_place(place) else ""


# A publisher and a year in brackets, no place: a name a publisher's word heads or ends.
# matches " (Pluto Press, 2019)", " (University of Minnesota Press, 2019)", " (Suhrkamp
# Verlag, 1970)"; not " (Einstein, 1905)", " (Tom Rudd, 1990)" (no publisher's word)
_PUBLISHER_YEAR = lazy_compile(
    rf"""\s*+,?\s*+\(\s*+(?P<publisher>[{UPPER}][\w'’.&-]*+(?:\s++(?:of\s++|&\s++)?[{UPPER}][\w'’.&-]*+){{1,5}})
        ,\s*+(?:1[5-9]\d\d|20\d\d)\s*+\)""",
    re.VERBOSE,
)


def _publisher_year(rest: str) -> str:
    """The publisher of a publisher and a year in a bracket right after a title ("" for
    none)."""
    found = _PUBLISHER_YEAR.match(rest)
    if found is None or not publisher_name(found.group("publisher")):
        return ""
    return found.group("publisher")


def _imprint_after_part(rest: str) -> bool:
    """An imprint after the parts Chicago sets between a title and it: "…, in *Selected
    Works*, vol. 5 (Moscow: …, 1977)", "…, ed. and trans. Andrew Coll (London: …, 1980)"."""
    if _AFTER_TITLE.match(rest if rest.startswith(",") else "," + rest) is None:
        return False  # (a quoted title holds its comma: "“Salt,” in *Harbours*, …")
    bracket = rest.find("(")
    return 0 < bracket <= 160 and ";" not in rest[:bracket] and _IMPRINT.match(rest, bracket)


def _plain_title(s: str, at: int) -> tuple[str, int] | None:
    """A web copy's plain title from `at`: up to a container, volume, editor or translator
    after a comma, else up to the imprint's bracket; no sentence ends inside it."""
    found = _PLAIN_TITLE.match(s, at)
    if found is None:
        return None
    stop = _AFTER_TITLE.search(s, at, found.end())
    return _checked_plain_title(s, at, stop.start() if stop else found.end())


def _checked_plain_title(s: str, at: int, title_end: int) -> tuple[str, int] | None:
    """The plain title from `at` to `title_end`, unless its words are a sentence, an
    abbreviation's or persons'."""
    if not s[at : at + 1].isupper() and not s[at : at + 1].isdigit():
        return None
    title = s[at:title_end]
    if not title.strip():
        return None
    if _SENTENCE_END.search(title) and not stop_subtitle(title, s[title_end:]):
        # a sentence ("… Ann Vell, Dock Work. He said so (…)"); not a subtitle after a full
        # stop, running to the imprint that closes the note (`note_stop_subtitles`)
        return None
    if len(title.split()) > 20 or title.split()[0].endswith("."):
        return None  # a volume's or page's abbreviation ("Vol. 27", "Bd. 8")
    persons = _PERSONS_FIRST.match(title)
    if persons and persons.group().endswith(",") and title[persons.end() :].strip()[:1].isdigit():
        persons = None  # "Die Hafenarbeiter, 1890–1914": a title's span of years, no list
    if persons and persons.group().endswith(("and ", "& ")):
        # "European Cities and Towns": a capital after "and" and no person, a title's words
        # ("Paul Okafor and others" stays persons)
        capital = title[persons.end() : persons.end() + 1].isupper()
        rest = title[persons.end() :].split()
        closing = bool(rest) and rest[0].strip(".,").lower() in _LIST_CLOSES
        if capital and not closing and not _NEXT_PERSON.match(title, persons.end()):
            persons = None
    if persons and plausible_names(persons.group("names")):
        if not joined_title_before_imprint(s, at, title_end):  # "Salt Roads and Sea Lanes (…"
            return None  # "Slavoj Žižek, and David Fernbach,", "Andrew Arato and …": persons
    if _EDITORS_LAST.search(title):
        return None  # "Andrew Arato and Tom Hale, eds.": editors
    return title, title_end


# A person with given names opening a plain title, then a comma or "and": a list of
# persons, not a title (a title shaped so, "Salt Roads and Sea Lanes", is given up unless
# an imprint follows it at once: `note_joined_titles`).
# matches "Slavoj Žižek, and", "Paul Okafor and"; not "After the Strike", "Leaving King
# Street", "The Port Unions and" (a function word is no name: `plausible_names`)
_PERSONS_FIRST = lazy_compile(rf"(?P<names>{GIVEN_PERSON})(?:,|\s+(?:and|&)\s)")

# The person after "and" in a list of persons: given names and a surname.
# matches "Friedrich Engels", "Ann B. Cole"; not "Towns" (one word), "Empire"
_NEXT_PERSON = lazy_compile(rf"\s*+{GIVEN_PERSON}")

# The words a list of persons closes with after "and" ("Paul Okafor and Others").
_LIST_CLOSES = frozenset("others colleagues friends comrades associates family company co".split())

# An editor's mark closing what would be a plain title.
# matches ", eds." in "Ann Cole and Tom Hale, eds.", ", ed"; not "Education"
_EDITORS_LAST = lazy_compile(r",\s*+(?:eds?|hg|hrsg)\.?\s*+$", re.IGNORECASE)

# A capitalised word and a comma right before the writer: one of a list of names ("edited
# by Sebastian Pike, Ann Cole, …") or an apposition to a name, not a lead-in.
# matches "Pike, " before "Ann Cole"; not "remains ", "and, for a view, " (lower case)
_LISTED = lazy_compile(r"[A-Z][\w'’.-]*+,\s++\Z")

# A capitalised word or a number, then a joining word, right before the "writer": the
# words of a plain title ("100 Years of Permanent Revolution, …"), not prose.
# matches "Years of " before the writer; not "memoir of ", "delegate ", "well, in "
_INSIDE_TITLE = lazy_compile(r"[A-Z\d][\w'’-]*+\s++(?:of|and|the|for|on|to|at|from|&)\s++\Z")

# Words naming a kind of book or an edition, which no writer's names hold.
_BOOK_WORDS = frozenset(
    """collected selected complete essential works writings papers letters essays documents
    speeches edition editions reader werke schriften briefe volume""".split()
)


# One person's names with an initial and nothing else: the next name of a list, no title.
# matches "Tom B. Rudd", "T. Rudd"; not "Dockers Unite", "Harbour Strikes in Wartime"
_INITIALLED_PERSON = lazy_compile(rf"(?=[^.]*\b[A-Z]\.)(?:{GIVEN_PERSON})")


# "and" between two writers: "Tom Hale and Ann Cole" gives "Tom Hale", "Ann Cole".
_AND = lazy_compile(rf"\s+{PERSON_AND}\s+")


def _not_a_writer(person: str) -> bool:
    """A place or a publisher in a writer's slot: "New York", "Northern University Press"."""
    words = person.split()
    return publisher_name(person) or is_imprint_word(words[-1]) or words[-1] == "University"
