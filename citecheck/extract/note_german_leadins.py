"""German full forms set inside a note's prose, read by the shape after the writer's name.

German humanities notes open a work with any prose ("Zur Lage … grundlegend noch immer",
"Gemeint ist wohl", "anders, mit stärkerer Betonung …,", "sowie, ausführlicher,") before
the writer: "Given Surname" (or "Given Surname (Hg.)", two writers joined by "/"), then ":"
or ",", a title (in emphasis, in quotes, or plain) and German imprint details ("Ort:
Verlag Jahr", "Ort Jahr", "in: Zeitschrift 21 (1967), S. …", "in: Zeitung, 3.5.1999").
No list of lead-in words decides: the writer must have a given name (no German article or
preposition, nor a word the note writes in lower case, is one), and the title must be
followed by an imprint of that shape. Several works in one note ("…; und jetzt bei …",
"sowie …", "vgl. ferner …") are each read so.

A reading found so replaces the readings made of its own pieces: a "writer" read inside its
title or details ("Getrennt geschlagen. SPD, KPD …" is no work by "SPD"), its editor read as
its author, or a label before it whose "title" is the writer's name ("Exemplarisch: Jörg
Peltzer, …"). `tests/test_note_german_leadins.py` holds the shapes and their look-alikes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace

from citecheck.bibliography.names import author
from citecheck.extract.citation_patterns import NAME_WORD, UPPER
from citecheck.extract.note_german_title_writers import titles_then_writers
from citecheck.extract.note_german_unsigned import title_first_works
from citecheck.extract.note_names import genitive_after_noun, names_a_doctrine, surnames
from citecheck.extract.note_patterns import PUBLISHER_PLACE_IMPRINT
from citecheck.extract.note_publisher_imprints import publisher_imprint_at
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation, Span

# Why a reading was made here (the `unsure` of the citations this module builds).
LEADIN = "German full form after a lead-in"

# German articles, prepositions and their contractions, conjunctions and pronouns that open
# a sentence with a capital: a closed class of words, none of them a given name ("Im
# Original", "Die Bewegung", "Zur Lage").
GERMAN_ARTICLES = frozenset(
    "der die das den dem des ein eine einer einem einen eines kein keine".split()
)
CLOSED_WORDS = GERMAN_ARTICLES | frozenset(
    """
    im am zum zur vom beim ins ans aufs
    in an auf aus bei mit nach von vor über unter um für gegen ohne durch seit bis zu zwischen
    und oder aber auch so wie als noch schon nur etwa dazu hier dort dies diese dieser dieses
    man es er sie wir ich ihr the a an erster zweiter dritter vierter fünfter
    """.split()
)

# One given name or initial: a capitalised word (hyphenated parts allowed) or an initial.
# matches "Hans-Georg", "Jean-Luc", "E."; not "hans", "1987"
_GIVEN = rf"(?:{NAME_WORD}|[{UPPER}]\.)"

# A writer with one to three given names before the surname (a nickname in quotes and
# brackets after one), the surname perhaps with a particle ("von", "van der").
# matches "Ute Sandvoß", "Hans-Georg Lindemeyer", "Kurt von Rheda", "Harold (“Hal”) Brenner";
# not "Sandvoß" (no given name), "ute sandvoß"
_WRITER = rf"""(?:{_GIVEN}\s+(?:\(“[{UPPER}][\w-]{{0,20}}+”\)\s+)?){{1,3}}
               (?:(?:von|van|de|der|zu)\s+){{0,2}}{NAME_WORD}"""

# The writers: one, or two joined by "/" (German: "Karl Marx/Friedrich Engels"), then an
# editor's mark, then ":" or ",".
# matches "Ute Sandvoß: ", "Michael Stoll (Hg.), ", "Rainer Thiel/Sonja Marquardt (Hrsg.): ",
# "David Ashcombe/Peter Lyle (eds.), "; not "Sandvoß, " (no given name), "Arnold Weiß vom"
# (no ":" or ",")
_WRITERS = lazy_compile(
    rf"""(?<![\w/.’'-])(?P<writers>{_WRITER}(?:\s*/\s*{_WRITER})?)
         (?:\s*\((?P<role>Hg|Hgg|Hrsg|eds?|Eds?)\.\))?\s*(?P<sep>[:,])\s+""",
    re.VERBOSE,
)

# A writer written surname first, as DIN 1505-2 heads a full form ("Name, Vorname:"), set
# after a note's prose ("Zur Debatte vgl. Lanz, Ute: …", "Ähnlich Falkner, Jürgen: …"); a
# second writer joined by "/" or "und", then an editor's mark; the colon is required (a
# comma after "Surname, Word" is a list or a place: "Berlin, Weimar, 1970").
# matches "Lanz, Ute: ", "Falkner, Jürgen (Hg.): ", "Lanz, Ute/Falkner, Jürgen: ", "Lanz, Ute
# und Falkner, Jürgen: "; not "Lanz, Ute, " (no colon), "Berlin, Dietz 1970: " (a year is no
# given name)
_INVERTED_WRITERS = lazy_compile(
    rf"""(?<![\w/.’'-])(?P<surname>(?:(?:von|van|de|der|zu)\s+){{0,2}}{NAME_WORD}),\s+
         (?P<given>{_GIVEN}(?:\s+{_GIVEN}){{0,2}})
         (?:(?:\s*/\s*|\s+(?:und|u\.|&)\s+)
            (?P<surname2>{NAME_WORD}),\s+(?P<given2>{_GIVEN}(?:\s+{_GIVEN}){{0,2}}))?
         (?:\s*\((?P<role>Hg|Hgg|Hrsg)\.\))?\s*(?P<sep>:)\s+""",
    re.VERBOSE,
)

# A title in emphasis or in quotes (German quotes are English ones by now:
# `note_german.english_marks`).
# matches "*Der gespaltene Geist*", "“Die Spaltung …”", '"What 1981 Taught Us"'; not
# "Der gespaltene Geist" (plain)
_MARKED = lazy_compile(r"""\*(?P<italic>[^*\n]{2,300}+)\*|[“"](?P<quoted>[^”"\n]{2,300}+)[”"]""")

# What may stand between a title and its imprint: an editor or translator, a volume, an
# edition, the kind of a thesis.
# matches "hg. v. Gisela Horn, ", "übers. v. Renate Kühn, ", "Bd. 2, ", "2. Aufl., ",
# "Dissertation, "; not "Berlin 1999"
_BETWEEN = r"""(?:(?:(?i:hg|hrsg|übers|eingel|bearb)\.\s*(?:v\.|von)
                  |(?i:herausgegeben|übersetzt)\s+von)\s+[^,;()]{1,60}+,\s+
               |Bd\.\s*\d{1,3}[,.]?\s+
               |\d{1,2}\.\s*Aufl(?:age|\.)[,.]?\s+
               |(?:Dissertation|Diss\.|Habilitationsschrift|Magisterarbeit|Masterarbeit)[,.]?\s+)"""

# A month, German or English: "Mai 1999" is a date, no place and year.
# matches "Mai", "Oktober", "March"; not "Mainz", "Marburg"
_MONTH = r"""(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober
              |November|Dezember|January|February|March|May|June|July|October|December)"""

# A place of publication (no month): one to three capitalised words, "am Main", "a. M.", "/M.",
# "bei Hamburg", "(Ost)", "u. a." (and others), or "o. O." (no place).
# matches "Frankfurt am Main", "Frankfurt a. M.", "Frankfurt/M.", "Ithaca/London", "Berlin
# (Ost)", "FU Berlin", "Frankfurt am Main/New York", "Reinbek bei Hamburg", "München u. a.",
# "o. O."; not "und", "1999"
_PLACE = rf"""(?!{_MONTH}(?![\w-]))(?P<place>[{UPPER}][\w-]*+\.?
                (?:\s(?:am|an\sder|a\.|i\.|im|bei)\s?[{UPPER}][\w.]*+|/[{UPPER}]?[\w]*+\.?
                  |\s[{UPPER}][\w-]*+\.?){{0,3}}
                (?:\s\((?:Ost|West|DDR|BRD)\))?(?:\s(?:u\.\s?a\.|\[u\.\s?a\.\]))?
               |o\.\s?O\.)"""

# A year, not inside a longer number or a range.
# matches "1987"; not "19875", "1930–" in "1930–1933", "1958/" in "1958/59"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?![\d–/-])"

# The German imprint after a title (and its comma or full stop): the container after "in:",
# or a place, a publisher after a colon, and a year.
# matches "in: *Jahrbuch* 21 (1967)", "Frankfurt am Main: Suhrkamp 1987", "Göttingen 1999",
# "Ithaca/London: Cornell University Press 2008", "hg. v. Gisela Horn, Bd. 2, Berlin:
# Akademie-Verlag 1982", "Dissertation, FU Berlin 2013", "Berlin (Ost) 1963"; not "KPD und
# das Jahr 1933", "Politik und Gesellschaft 1930–1933", "1999" (no place)
_IMPRINT = lazy_compile(
    rf"""(?:{_BETWEEN}){{0,3}}
         (?:(?P<container>(?i:in):\s+)
           |{_PLACE}(?::\s+(?P<publisher>[^,;:()\d]{{1,60}}?),?)?\s+{_YEAR})""",
    re.VERBOSE,
)

# Where an imprint may start after a plain title: after a comma or a full stop (a bracket
# after a plain title is `_plain_bracketed`'s, read only where a work opens: else an English
# note's "Centre, University of …, … (London 1990)" would take it).
# matches ", " before "Göttingen", ". " before "Dissertation"
_IMPRINT_START = lazy_compile(r"[,.]\s+(?=[\w])")

# A container's year: in brackets after a volume, in a date, or alone.
# matches "(1967)" in "21 (1967)", "3.5.1999", "28.1.1983", "1999"; not "19999"
_CONTAINER_YEAR = lazy_compile(
    r"\((?P<a>1[5-9]\d\d|20\d\d)\)|\d{1,2}\.\s?\d{1,2}\.\s?(?P<b>1[5-9]\d\d|20\d\d)(?!\d)"
    r"|(?<![\d/])(?P<c>1[5-9]\d\d|20\d\d)(?![\d–-])"
)

# Pages after the imprint.
# matches ", S. 11–58", ", bes. S. 102–131", ", hier S. 311"; not ", Bd. 2"
_PAGES = lazy_compile(r",\s*(?:(?:bes|hier|vor\s+allem)\.?\s+)?S\.\s*(?P<pages>\d[\d–\-f. ]*+)")

# The characters a plain title does not hold: another group's ";", brackets.
_NOT_IN_PLAIN = ";()[]"

PLAIN_TITLE_LONGEST = 300  # characters a plain title may run before its imprint
CONTAINER_LONGEST = 200  # characters from "in:" to the container's year


@dataclass(frozen=True)
class _Read:
    """A full form read inside a note's prose, before it becomes a citation."""

    start: int
    names_end: int
    end: int
    authors: tuple[Author, ...]
    title: str
    title_style: str
    year: str
    place: str
    publisher: str
    container: str
    pages: str
    inverted: bool = False  # headed "Surname, Given:"


def leadin_works(text: str, note: int, found: list[NoteCitation]) -> list[NoteCitation]:
    """`found` (the note's readings, offsets in `text`) with the German full forms set in the
    note's prose added, and the readings made of their pieces dropped."""
    if ":" not in text and "," not in text and " von " not in text:
        return found  # no writer's ":" or ",", no title's writer after "von"
    kept = list(found)
    marked = [(m.start() + 1, m.end() - 1) for m in _MARKED.finditer(text)]
    for read in _reads(text):
        if any(start <= read.start < end for start, end in marked):
            continue  # "*Lenin Rediscovered: …*": a name inside a title is no writer
        if any(names_a_doctrine(a.surname) for a in read.authors):
            continue  # a web copy's "Black Anarchism: A Reader, …": a title, no writer
        overlapping = [c for c in kept if c.span.start < read.end and read.start < c.span.end]
        writers = {a.folded for a in read.authors}
        same = [c for c in overlapping if writers & {a.folded for a in c.authors}]
        if same and not all(_names_in_title(text, c, read) or _undated(c, read) for c in same):
            continue  # the reader has this work already
        if any(
            c.span.start == read.start
            for c in overlapping
            if c not in same and not _writer_after_title(c, read)
        ):
            continue  # the reader read the same words otherwise: its reading stands
        if read.inverted and any(c.span.start > read.start for c in overlapping):
            continue  # a work read inside the head's words: "Surname, Given:" was no head
        if any(_titled_by_writer_before(text, c, read) for c in overlapping):
            continue  # "Tom Rudd, Salt Roads: A History …": the "writer" opens a title
        pieces = [c for c in overlapping if _made_of(text, c, read)]
        if any(_inside(text, c, read) for c in overlapping if c not in pieces):
            continue  # the details of a work read before it
        if _container_of_before(text, read, kept):
            continue  # "…; in: Max Horkheimer: Gesammelte Schriften": the book the work is in
        kept = [c for c in kept if c not in pieces]
        kept.append(_citation(text, read, note))
    for work in title_first_works(text, note):  # "Die Einheitsfront …. Hg. von …, Berlin 1966"
        if not any(c.span.start < work.span.end and work.span.start < c.span.end for c in kept):
            kept.append(work)
    kept.sort(key=lambda c: c.span.start)
    return kept


def _reads(text: str) -> Iterator[_Read]:
    lower = frozenset(_LOWER_WORD.findall(text))  # the note's own lower-case words
    yield from _title_first_reads(text, lower)
    inverted = list(_inverted_reads(text, lower)) if ", " in text else []
    yield from inverted
    starts = [r.start for r in inverted]  # in order: each head is read after the one before
    at = 0
    while (writers := _WRITERS.search(text, at)) is not None:
        at = writers.start() + 1
        before = bisect_right(starts, writers.start()) - 1  # the last head at or before it
        if before >= 0 and writers.start() < inverted[before].end:
            at = inverted[before].end  # "Ähnlich Falkner, Jürgen: …" is read surname first
            continue
        if before + 1 < len(inverted) and inverted[before + 1].start < writers.end():
            continue  # "Ähnlich Falkner, " before "Jürgen: Ordnungen": no given name "Ähnlich"
        read = _read_at(text, writers, lower)
        if read is not None:
            yield read
            at = read.end


def _title_first_reads(text: str, lower: frozenset[str]) -> Iterator[_Read]:
    """The works named title first, their writer after "von" ("„Titel“ von Anna Kessler,
    in: …"), each with the German imprint after the writer's names."""
    for named in titles_then_writers(text):
        if _not_given(named.names.split()[0], lower):
            continue
        after = _skip(text, named.names_end)
        imprint = _IMPRINT.match(text, after) or _bracket_imprint(text, after)
        if imprint is None:
            continue
        details = _details(text, imprint)
        if details is None:
            continue
        year, container, end, pages = details
        yield _Read(
            start=named.start,
            names_end=named.names_end,
            end=end,
            authors=tuple(surnames(named.names)),
            title=named.title,
            title_style=named.style,
            year=year,
            place=(imprint.group("place") or "").strip(),
            publisher=(imprint.group("publisher") or "").strip(),
            container=container,
            pages=pages.group("pages").strip(" .") if pages else "",
        )


def _details(
    text: str, imprint: re.Match[str]
) -> tuple[str, str, int, re.Match[str] | None] | None:
    """The year, the container, the end and the pages' match of a work whose imprint is
    `imprint`; None when a container gives no year."""
    year, container = imprint.group("year") or "", ""
    end = imprint.end()
    if text.startswith("(", imprint.start() - 1) and text.startswith(")", end):
        end += 1  # "(Hamburg 1977)": the bracket closes after the year
    if imprint.group("container") is not None:
        group_end = _group_end(text, imprint.end())
        dated = _CONTAINER_YEAR.search(text, imprint.end(), group_end)
        if dated is None:
            return None
        year = dated.group("a") or dated.group("b") or dated.group("c")
        container = text[imprint.end() : dated.start()].strip(" ,*")
        end = dated.end() + (1 if dated.group("a") else 0)
    pages = _PAGES.match(text, end)
    if pages is not None:
        end = pages.end()
    return year, container, end, pages


def _inverted_reads(text: str, lower: frozenset[str]) -> Iterator[_Read]:
    """The full forms headed "Surname, Given:" (DIN 1505-2) anywhere in the note."""
    places = frozenset(m.group("word") for m in _PRINTED_PLACE.finditer(text))
    at = 0
    while (head := _INVERTED_WRITERS.search(text, at)) is not None:
        at = head.start() + 1
        read = _inverted_read_at(text, head, lower, places)
        if read is not None:
            yield read
            at = read.end


# An initial: "E.", "H.-G."
_INITIAL = lazy_compile(rf"[{UPPER}]\.(?:-[{UPPER}]\.)?")

# Where a head may open with two given names after its surname ("Falkner, Hans Georg:"):
# the note's start, or after a full stop, a colon or a ";" (a cue's "Vgl."); in prose
# "Motive, Ute Sandvoß:" is a noun and a name given first.
# matches "" at the start, "Vgl. ", "; "; not "politischen "
_OPENS_HERE = lazy_compile(r"(?:^|[.;:])\s*$")

# A joining word right after a word, no comma or ";" before it: the head after it is the
# later person of a list ("Lanz, Ute und " or "Ute Lanz und " before "Falkner, Jürgen: …");
# a new work after "und" is set off by a comma ("…, S. 4, und Falkner, Jürgen: …").
# matches "Lanz, Ute und ", "Ute Lanz & ", "Lanz, U./"; not "S. 4, und ", "Ähnlich ", "sowie "
_PERSON_JOINED_BEFORE = lazy_compile(r"[\w.)](?:\s*/\s*|\s+(?:und|u\.|&)\s+)$")

# An article or a preposition right before a "surname": the word is a noun or a place
# ("in Leipzig", "im Vormärz", "der Motive"); German sets neither before a writer ("bei",
# "von" may: "so bei Lanz, Ute: …").
# matches "in " before "Leipzig, Reclam:", "im ", "der "; not "bei ", "vgl. ", "Ähnlich "
_NOUN_PHRASE_BEFORE = lazy_compile(
    r"""(?<![\w-])(?i:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines
        |im|am|zum|zur|vom|ins|ans|aufs|in|an|auf|aus|mit|nach|vor|über|unter|um|für
        |gegen|ohne|durch|seit|bis|zu|zwischen)\s+$""",
    re.VERBOSE,
)


# A word the note prints in an imprint, as a place before a year or before a publisher
# and a year: its own evidence that the word is no writer ("… Leipzig 1970", "Leipzig:
# Reclam 1970").
# matches "Leipzig" in "Leipzig 1970", "Leipzig: Reclam 1970"; not "Leipzig, Reclam:"
_PRINTED_PLACE = lazy_compile(
    rf"""(?<![\w-])(?P<word>[{UPPER}][\w-]*+)
         (?:\s++|:\s++[{UPPER}][\w-]*+\s++)(?:1[5-9]\d\d|20\d\d)(?!\d)""",
    re.VERBOSE,
)


# German noun endings no given name has: after a writer's comma such a word opens the
# title ("Meierling, Übersetzung: Theorie und Praxis"), it is no inverted given name.
# matches "Übersetzung", "Wahrheit", "Gesellschaft", "Marxismus", "Realität"; not "Ute",
# "Jürgen", "Marion", "Erik"
_NOUN_ENDING = lazy_compile(r"(?:ung|ungen|heit|keit|schaft|ismus|tät)$")


def _inverted_read_at(
    text: str, head: re.Match[str], lower: frozenset[str], places: frozenset[str]
) -> _Read | None:
    if _ROLE_OR_ARTICLE_BEFORE.search(text, max(0, head.start() - 20), head.start()):
        return None  # "hg. v. Horn, Gisela: …": an editor; "der Stadt, Kassel: …": no one
    names_end = head.end("given2") if head.group("given2") else head.end("given")
    if not _LATIN.fullmatch(text[head.start() : names_end].replace(",", "")):
        return None  # Greek and Cyrillic names have their own orders
    persons = [(head.group("surname"), head.group("given"))]
    if head.group("surname2"):
        persons.append((head.group("surname2"), head.group("given2")))
    for surname, given in persons:
        if _not_given(surname.split()[-1], lower) or not _given_first(given, lower):
            return None  # "Ähnlich, wie …:", "Berlin, im Mai: …": no person
        if any(_not_given(word, lower) for word in given.split() if len(word) > 2):
            return None  # "Lanz, Ute und Form: …": a given name holds no closed word
        if any(_NOUN_ENDING.search(word) for word in given.split()):
            return None  # "Anna Meierling, Übersetzung: Theorie …": a title's noun, no name
    given_words = [w for w in head.group("given").split() if not _INITIAL.fullmatch(w)]
    if len(given_words) > 1 and not _OPENS_HERE.search(
        text, max(0, head.start() - 4), head.start()
    ):
        return None  # "… der politischen Motive, Ute Sandvoß: …": a name given first
    if _PERSON_JOINED_BEFORE.search(text, max(0, head.start() - 8), head.start()):
        return None  # "Lanz, Ute und Falkner, Jürgen (Hg.): …": the list's later person
    if _NOUN_PHRASE_BEFORE.search(text, max(0, head.start() - 12), head.start()):
        return None  # "Gedruckt in Leipzig, Reclam: …", "im Vormärz, Sandvoß: …": no person
    if any(surname.split()[-1] in places for surname, _ in persons):
        return None  # "Leipzig, Reclam: Ausgabe letzter Hand. Leipzig 1970": the note's place
    authors = tuple(author(surname) for surname, _ in persons)
    read = _read_after(text, head.start(), names_end, head, authors, lower)
    return replace(read, inverted=True) if read is not None else None


def _read_at(text: str, writers: re.Match[str], lower: frozenset[str]) -> _Read | None:
    if _ROLE_OR_ARTICLE_BEFORE.search(text, max(0, writers.start() - 20), writers.start()):
        return None  # "hg. v. Gisela Horn, Bd. 2": an editor; "der Weimarer Republik": no one
    names = writers.group("writers")
    if not _LATIN.fullmatch(names):
        return None  # Greek and Cyrillic names have their own orders ("Σωτηρόπουλος Δημήτρης")
    start = writers.start() + _leading_not_given(names, lower)
    names = text[start : writers.end("writers")]
    if not _given_first(names, lower):
        return None
    if genitive_after_noun(names.split()):
        return None  # "Flugblatt der KPD-Bezirksleitung, „…“": a document and its body
    authors = tuple(surnames(names))
    if not authors:
        return None
    return _read_after(text, start, writers.end("writers"), writers, authors, lower)


def _read_after(
    text: str,
    start: int,
    names_end: int,
    writers: re.Match[str],
    authors: tuple[Author, ...],
    lower: frozenset[str],
) -> _Read | None:
    """The work after its writers (`writers` ends at the title; its groups "sep" and
    "role"): a title, then a German imprint."""
    k = writers.end()
    title = _title_at(text, k)
    if title is None:
        return None
    title_text, style, imprint = title
    if style == "plain" and text.startswith("(", imprint.start() - 1):
        if "given" in writers.re.groupindex:
            return None  # DIN's "Name, Vorname:" head sets no imprint in brackets
        # a bracketed imprint after a plain title is read only where a work opens: the note's
        # start, after ".", ":", ";" or "(", perhaps with one cue word ("Vgl.", "etwa"); not
        # in a list or a title's words ("Anna Kessler, Clara Zetkin, Rosa Lindner: …", "100
        # Years of Harbour Work, Docks and Quays (London: …)"), nor a body's name of many
        # capitalised words ("Working Class Research Centre, University of London (…)")
        if _WORK_OPENS.search(text, max(0, start - 40), start) is None:
            return None
        if any(len(person.split()) > 3 for person in text[start:names_end].split("/")):
            return None
    if not _title_shaped(title_text, style, colon=writers.group("sep") == ":"):
        return None
    listed = style == "plain" and writers.group("sep") == "," and not writers.group("role")
    if listed and _person_first(title_text, lower):
        return None  # "Karl Maar, Friedrich Engl und andere, Berlin 1970": a list of persons
    details = _details(text, imprint)
    if details is None:
        return None
    pages = details[3]
    if (
        style == "plain"
        and writers.group("sep") == ","
        and not writers.group("role")
        and not _SUBTITLE.search(title_text)
        and not _vouched(imprint, pages)
    ):
        return None  # "Hans Meierling, Leiter des Stadtarchivs, Kassel 2012": an apposition
    return _read_of(start, names_end, authors, title, details)


def _read_of(
    start: int,
    names_end: int,
    authors: tuple[Author, ...],
    title: tuple[str, str, re.Match[str]],
    details: tuple[str, str, int, re.Match[str] | None],
) -> _Read:
    """The reading of a title (its text, style and imprint) and its details (year,
    container, end and pages), its writers from `start` to `names_end`."""
    title_text, style, imprint = title
    year, container, end, pages = details
    return _Read(
        start=start,
        names_end=names_end,
        end=end,
        authors=authors,
        title=title_text,
        title_style=style,
        year=year,
        place=(imprint.group("place") or "").strip(),
        publisher=(imprint.group("publisher") or "").strip(),
        container=container,
        pages=pages.group("pages").strip(" .") if pages else "",
    )


# A title's subtitle after a full stop: "Die Erben der Zunft. Handwerk und Stadt".
# matches ". H" in "Die Erben der Zunft. Handwerk"; not "Frankfurt a. M" (an abbreviation)
_SUBTITLE = lazy_compile(rf"(?<=[\w)?!])(?<!\b\w)\.\s++[{UPPER}]")


# Where a work opens before its writer: the text's start, or after ".", ":", ";" or "(",
# perhaps with one cue word.
# matches "" at the start, "Zur Lage: ", "; vgl. ", ". Vgl. ", ": etwa "; not "Working " (a
# longer run of capitals), "Paul " before "Rendall, Chair: …", "of ", ", "
_WORK_OPENS = lazy_compile(rf"(?:^|[.:;(])\s*+(?:[{UPPER}][\w-]*+\.\s++|[a-zäöüß]++\.?\s++)?$")


def _vouched(imprint: re.Match[str], pages: re.Match[str] | None) -> bool:
    """More than a place and a year after a plain title set off by a comma: a publisher, a
    container, a page, an editor or a volume before the place (the writer's "(Hg.)" or the
    title's subtitle vouch as well). A person's apposition ("Hans Meierling, Leiter des
    Stadtarchivs, Kassel 2012") has the shape of a title and an imprint of a place and a
    year only."""
    if imprint.group("publisher") or imprint.group("container") is not None or pages is not None:
        return True
    if imprint.string.startswith(" (", imprint.start() - 2):
        return True  # "Titel (Hamburg 1987)": a bracket sets off an imprint, no apposition
    return imprint.group("place") is not None and imprint.start("place") > imprint.start()


def _title_at(text: str, k: int) -> tuple[str, str, re.Match[str]] | None:
    """The title at `k` (marked, or plain up to its imprint), its style and the imprint
    after it; None when no German imprint follows."""
    marked = _MARKED.match(text, k)
    if marked is not None:
        style = "italic" if marked.group("italic") else "quoted"
        title = (marked.group("italic") or marked.group("quoted")).strip(" ,.")
        after = _skip(text, marked.end())
        imprint = _IMPRINT.match(text, after) or _bracket_imprint(text, after)
        return (title, style, imprint) if imprint is not None else None
    if not text[k : k + 1].isupper():
        return None
    limit = min(len(text), k + PLAIN_TITLE_LONGEST)
    for stop in _IMPRINT_START.finditer(text, k, limit):
        if any(ch in text[k : stop.start()] for ch in _NOT_IN_PLAIN):
            return _plain_bracketed(text, k, limit)
        imprint = _IMPRINT.match(text, stop.end()) or _after_publisher(text, stop.start())
        if imprint is not None:
            return text[k : stop.start()].strip(), "plain", imprint
    return _plain_bracketed(text, k, limit)


def _after_publisher(text: str, comma: int) -> re.Match[str] | None:
    """The place and year after a publisher that opens the imprint at `comma` ("…, Dietz,
    Berlin 1990": ISO 690's and Greek practice's order, the publisher first), so the
    publisher is no word of the title before it."""
    if not publisher_imprint_at(text, comma):
        return None
    found = PUBLISHER_PLACE_IMPRINT.match(text, comma)
    return _IMPRINT.match(text, found.start("place")) if found is not None else None


def _plain_bracketed(text: str, k: int, limit: int) -> tuple[str, str, re.Match[str]] | None:
    """A plain title and its imprint alone in a bracket right after it (a web copy of
    "Vorname Name, *Titel* (Ort: Verlag Jahr)", German prose's form, or Chicago's "(Place:
    Publisher, Year)", 14.88), or the series DIN 1505-2 brackets after a title before the
    imprint ("Titel (= Reihe, Bd. 3), Ort Jahr"): the first bracket after `k`, no ";" or
    bracket in the title."""
    at = text.find(" (", k, limit)
    if at <= k or any(ch in text[k:at] for ch in _NOT_IN_PLAIN):
        return None
    title = text[k:at].strip(" ,.")
    if text.startswith("(=", at + 1):
        close = text.find(")", at, limit)
        if close < 0 or any(ch in text[at + 2 : close] for ch in "();"):
            return None
        imprint = _IMPRINT.match(text, _skip(text, close + 1))
        return (title, "plain", imprint) if imprint is not None else None
    imprint = _IMPRINT.match(text, at + 2) or _PLACE_COMMA_YEAR.match(text, at + 2)
    if imprint is None or imprint.group("container") is not None:
        return None
    return (title, "plain", imprint) if text.startswith(")", imprint.end()) else None


# Chicago's bracketed place and year, a comma between ("(Hamburg, 1987)", 14.88), with the
# groups `_IMPRINT` has (no publisher, no container here).
# matches "Hamburg, 1987" ; not "Hamburg 1987" (`_IMPRINT`'s), "Hamburg, S. 4"
_PLACE_COMMA_YEAR = lazy_compile(
    rf"(?P<publisher>(?!))?(?P<container>(?!))?{_PLACE},\s+{_YEAR}", re.VERBOSE
)


def _bracket_imprint(text: str, at: int) -> re.Match[str] | None:
    """A place and a year (a publisher between) alone in a bracket at `at`, as German prose
    sets a work's imprint after its title ("Karl Vell, *Der Hafen* (Hamburg: Junius 1977),
    S. 33"); not a container ("(in: …)"), a bracket that goes on after the year, or an
    English imprint with a comma before its year."""
    if not text.startswith("(", at):
        return None
    imprint = _IMPRINT.match(text, at + 1)
    if imprint is None or imprint.group("container") is not None:
        return None
    if "," in text[imprint.start() : imprint.end()]:
        return None  # "(London: Porcupine Press, 2001)": an English imprint, not this reader's
    return imprint if text.startswith(")", imprint.end()) else None


def _skip(text: str, at: int) -> int:
    """Past the comma or full stop and spaces after a marked title."""
    while at < len(text) and text[at] in ",. ":
        at += 1
    return at


def _group_end(text: str, at: int) -> int:
    """Where the ";" group at `at` ends, at most CONTAINER_LONGEST characters on."""
    end = text.find(";", at, at + CONTAINER_LONGEST)
    return end if end >= 0 else min(len(text), at + CONTAINER_LONGEST)


def _leading_not_given(names: str, lower: frozenset[str]) -> int:
    """How many characters of `names` open it with words that are no given name ("Siehe
    Wolfgang Tessmer": "Siehe" is a cue); a person keeps at least two words."""
    words = names.split(" ")
    cut = 0
    while len(words) > 2 and ("/" not in words[0]) and _not_given(words[0], lower):
        cut += len(words[0]) + 1
        words = words[1:]
    return cut


def _given_first(names: str, lower: frozenset[str]) -> bool:
    """Each person's first word may be a given name."""
    return all(not _not_given(person.split()[0], lower) for person in names.split("/"))


# A word in lower case, standing alone.
# matches "im" in "im Deutschen", "zur"; not "Im", "hg" in "Hg"
_LOWER_WORD = lazy_compile(r"(?<![\w-])[a-zäöüß]++(?![\w-])")


def _not_given(word: str, lower: frozenset[str]) -> bool:
    """A word that is no given name: a closed-class German word, or one that the note
    writes in lower case elsewhere (its own evidence: "im" in "im Deutschen"), or a cue
    abbreviation ("Vgl.")."""
    bare = word.strip()
    lowered = bare.casefold()
    if lowered in CLOSED_WORDS:
        return True
    if len(bare) > 3 and bare.endswith("."):
        return True  # "Vgl.", "Bspw.": a cue's abbreviation ("Th." is an initial)
    return len(bare) > 1 and lowered in lower


# An editor's or translator's role, or an article, right before a name: the name is the
# work's editor or translator ("hg. v. Gisela Horn, Bd. 2, …"), or no person at all ("im
# Handbuch der Weimarer Republik, Bd. 2": German sets no article before a writer).
# matches "hg. v. ", "übers. von ", "der ", "Die "; not "bei ", "von " alone
_ROLE_OR_ARTICLE_BEFORE = lazy_compile(
    r"""(?:(?i:hg|hgg|hrsg|übers|eingel|bearb|komm)\.\s*(?:v\.|von)
          |(?i:herausgegeben|übersetzt|eingeleitet|kommentiert|ediert)\s+von
          |(?<![\w-])(?i:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|the|an?))\s+$""",
    re.VERBOSE,
)


# A person's name opening a plain title.
# matches "Robert C. Tucker" in "Robert C. Tucker ed."; not "Der gespaltene Geist"
_WRITER_FIRST = lazy_compile(rf"{_WRITER}(?:\s+(?i:ed|eds|hg|hrsg)\.|\s*$)", re.VERBOSE)

# Names in the Latin script (with its accents), spaces, stops, hyphens, quotes, brackets
# and "/".
# matches "Jean-Luc Barrault", "Harold (“Hal”) Brenner"; not "Σωτηρόπουλος Δημήτρης"
_LATIN = lazy_compile(r"[A-Za-zÀ-ɏ\s.’'/()“”-]+")

# An abbreviation of up to four letters: a volume's, a number's, a cue's.
# matches "Bd.", "Nr.", "Vgl."; not "Grounded.", "Besetzt."
_ABBREVIATION = lazy_compile(rf"[{UPPER}][a-zäöü]{{0,3}}\.")


def _title_shaped(title: str, style: str, *, colon: bool) -> bool:
    """A plain title opens with a capital word (no abbreviation: "Bd. 2" is a volume) and
    has two words or more; a person's name alone ("Karl Marx, Friedrich Engels, Berlin
    1970") is none."""
    if style != "plain":
        return len(title) > 1
    words = title.split()
    if len(words) < (1 if colon else 2) or not title[:1].isupper():
        return False  # after a colon a title of one word ("Eduard Thalmann: Briefwechsel, …")
    if _ABBREVIATION.fullmatch(words[0]) or len(words[-1]) == 1:
        return False  # "Bd. 2", "Frankfurt a" (cut at "a. M."): no title
    if words[0].casefold() in GERMAN_ARTICLES:
        return True  # "Der Streit": no given name is an article
    return not _WRITER_FIRST.match(title)  # "Robert C. Tucker ed.": an editor, no title


# Two capitalised words opening a text, as a person's given name and surname do.
# matches "Friedrich Engl" in "Friedrich Engl und andere"; not "Briefe aus Triest"
_TWO_CAPITALS = lazy_compile(rf"(?P<first>{NAME_WORD})\s+{NAME_WORD}(?![\w-])")


def _person_first(title: str, lower: frozenset[str]) -> bool:
    """A plain title after a comma that opens with a person's name: another person of a
    list in prose, not a title ("Die Erben der Zunft" opens with an article)."""
    found = _TWO_CAPITALS.match(title)
    return found is not None and not _not_given(found.group("first"), lower)


def _made_of(text: str, citation: NoteCitation, read: _Read) -> bool:
    """The reading is made of the pieces of `read`: its writer or its title stands inside
    it ("SPD" in the title, the editor after "hg. v.", a label's "title" that is the writer's
    name), or its plain title ends in the writer's names (the prose before them)."""
    if citation.span.start > read.start:
        return True
    surname = citation.authors[0].surname if citation.authors else ""
    at = text.find(surname, citation.span.start, read.end) if surname else -1
    # its writer inside `read`, or a "surname" of many words that runs into the writer's
    # names ("Ausführlich in Karl Vell" before ", *Der lange Marsch*, Hamburg 1977")
    if at >= read.start or (0 <= at < read.start < at + len(surname)):
        return True
    title_at = text.find(citation.title, citation.span.start, read.end) if citation.title else -1
    if title_at >= 0 and read.start - 1 <= title_at < read.names_end:
        return True
    # a web copy's plain "title" without a writer that runs from the prose into the writer's
    # names or through them: "Die These findet sich zuerst bei Karl Vell" before ", Der
    # lange Marsch, …", "… bei Karl Vell: Der lange Marsch"
    title_end = title_at + len(citation.title)
    return (
        title_at >= 0
        and not citation.authors
        and citation.title_style == "plain"
        and title_at < read.start < title_end
    )


def _undated(citation: NoteCitation, read: _Read) -> bool:
    """The reader read the same work without details (a short form, or a full form that
    lacks them), its title cut where an imprint it does not know begins ("Rosa Vell, Das
    Ende, Berlin/New York: de Gruyter 1983"): `read` has the imprint, and replaces it."""
    undetailed = citation.form == "short" or "no publication details" in citation.unsure
    if not undetailed or citation.year or not (read.year and citation.title):
        return False
    # the same title, or one that ran into the imprint ("Das Ende, Berlin"); a longer title
    # of `read` may hold another sentence ("Der Hafen. Vgl. Die Werft, hg. v. …")
    return citation.title.startswith(read.title)


def _titled_by_writer_before(text: str, citation: NoteCitation, read: _Read) -> bool:
    """The reader read a writer with given names and a comma right before `read`, a plain
    title that opens with `read`'s "writer", and the imprint is Chicago's ("Place: Publisher,
    Year", 14.127, where DIN 1505-2 writes "Ort: Verlag Jahr"): a web copy's "Tom Rudd, Salt
    Roads: A History …, London: Dale, 1990" is Rudd's work, its title's head no writer
    (Chicago sets a subtitle after a colon and the writer before a comma, never a colon;
    "Hans Thiel, Ute Sand: Die Stadt. Berlin: Dietz 1998" keeps its German reading)."""
    if not citation.authors or not citation.title or citation.span.start >= read.start:
        return False
    if (
        citation.title_style != "plain"
        or text.find(citation.title, citation.span.start) != read.start
    ):
        return False
    if not read.year or _COMMA_YEAR.search(text, read.names_end, read.end) is None:
        return False
    return _WRITER_AND_COMMA.fullmatch(text, citation.span.start, read.start) is not None


# A comma before the imprint's year, as Chicago writes it ("London: Dale, 1990").
# matches ", 1990" ; not " 1998" (DIN: "Berlin: Dietz 1998")
_COMMA_YEAR = lazy_compile(r",\s*+(?:1[5-9]\d\d|20\d\d)\b")


# A writer with given names (or surname first, a bibliography's) and the comma after the
# name, nothing else; or writers given names first joined by "and", their editors' mark in
# brackets (British practice writes "(eds)" without a stop: New Hart's Rules).
# matches "Tom Rudd, ", "T. J. Rudd, ", "Rudd, Tom, ", "Rudd, T. J., ", "Tom Rudd (ed), ",
# "Tom Rudd and Ann Lee (eds), "; not "Zur Lage vgl., " (no writer), "Rudd, " (no given name)
_WRITER_AND_COMMA = lazy_compile(
    rf"""(?:{_WRITER}(?:\s++(?:and|&)\s++{_WRITER})?(?:\s*+\(eds?\.?\))?
           |{NAME_WORD},\s++{_GIVEN}(?:\s*+{_GIVEN}){{0,2}}),\s*+""",
    re.VERBOSE,
)


def _writer_after_title(citation: NoteCitation, read: _Read) -> bool:
    """The reader read `read`'s title without a writer: the writer named after it with
    "von" ("*Der Hafen* von Ilse Warnke, Kiel 1979") was left out, `read` has it."""
    return not citation.authors and citation.title == read.title


def _names_in_title(text: str, citation: NoteCitation, read: _Read) -> bool:
    """The reading of the same writer took the given names into its title ("Ähnlich
    Falkner, Jürgen: Ordnungen": the title "Jürgen: Ordnungen"): it is made of `read`'s
    pieces."""
    title_at = text.find(citation.title, citation.span.start) if citation.title else -1
    return 0 <= title_at < read.names_end


def _inside(text: str, citation: NoteCitation, read: _Read) -> bool:
    """`read` is part of a reading that starts before it: that reading's year stands only
    in `read`'s imprint ("Marx, Karl: Das Kapital. Erster Band, MEW 23, Berlin 1962": "Erster
    Band" is no writer, the imprint the volume's)."""
    if citation.span.start >= read.start or not citation.year:
        return False
    return text.find(citation.year, citation.span.start, read.start) == -1


# A sentence's end: a full stop after a word or a page, then a capital.
# matches ". D" in "S. 311. Deutsch"; not "S. 3" (an abbreviation before a number), ". A"
# in "3. April" (a date), ". M" in "a. M." (an abbreviation)
_SENTENCE_END = lazy_compile(
    rf"(?<=[\w)])(?<!\bS)(?<!\bNr)(?<!\bBd)(?<!\b\w)\.\s++(?!{_MONTH}\b)[{UPPER}]", re.VERBOSE
)


def _container_of_before(text: str, read: _Read, found: list[NoteCitation]) -> bool:
    """`read` stands after "in:" in the sentence of a work read or titled before it: it is
    that work's container, not a work of its own ("Brief an …, in: Eduard Thalmann: …" with
    no work before names the collection the letter is cited from)."""
    before = text[max(0, read.start - 6) : read.start].rstrip()
    cue = re.search(r"(?i:\bin):$", before)
    if cue is None:
        return False
    cue_at = read.start - 6 + cue.start() if read.start >= 6 else cue.start()
    ends = [c.span.start for c in found if c.span.start < cue_at]
    ends += [m.end() for m in _MARKED.finditer(text, 0, cue_at)]
    if not ends:
        return False
    # "Harold Brenner, „A Party“, in: …, S. 311. Deutsch in: Michael Stoll (Hg.), …": a
    # sentence between the work and "in:" opens another work
    gap = text[max(ends) : cue_at].rstrip(" .")
    return _SENTENCE_END.search(gap) is None


def _citation(text: str, read: _Read, note: int) -> NoteCitation:
    return NoteCitation(
        text=text[read.start : read.end],
        span=Span(read.start, read.end),
        note=note,
        form="full",
        authors=read.authors,
        title=read.title,
        year=read.year,
        pages=read.pages,
        container=read.container,
        place=read.place,
        publisher=read.publisher,
        title_style=read.title_style,
        unsure=LEADIN if read.title_style != "plain" else f"{LEADIN}; plain title",
    )


def work_at(
    text: str, start: int, at: int, authors: tuple[Author, ...], note: int, unsure: str
) -> NoteCitation | None:
    """The work of `authors` whose title starts at `at` (marked, or plain up to its German
    imprint) with that imprint after it, its text from `start`; None without an imprint
    (`note_german_prose_in` reads the writer in prose before it)."""
    title = _title_at(text, at)
    if title is None:
        return None
    title_text, _, imprint = title
    details = _details(text, imprint)
    if details is None or not title_text:
        return None
    read = _read_of(start, at, authors, title, details)
    return replace(_citation(text, read, note), unsure=unsure)
