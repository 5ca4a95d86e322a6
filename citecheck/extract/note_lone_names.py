"""What a note means by one word, given the notes before it. A surname alone as a whole
note ("Willsher.", "See Willsher."): the shortest short form, for the work by that writer
cited in an earlier note. Alone, a capitalised word is as likely a place, a journal or a
word of prose ("London.", "Jacobin.", "Indeed."), so it is read only when an earlier note
of the document cites a work by that surname. And a web copy's one-word short title and
page ("K-Punk, p. 770", its emphasis gone) reads like a surname and a page: it is the
title when an earlier note cites a work of that title and no writer of that name. The
reader remembers the writers and titles of the works read so far (`EarlierWorks`).

The same holds for a "surname" and a page with no title ("Paris, 41.", a web copy's
"Permanent Revolution, 41."): Chicago's shortest short form ("Figes, 404.") names a writer
the notes cited before. Read so only then; else the words may be an earlier work's title,
its emphasis gone (a short form without author), or they are no citation."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from citecheck.bibliography.note_matching import main_title, title_key
from citecheck.extract.citation_patterns import UPPER
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, Note, NoteCitation, Span


def rest_as_short_form(note: Note, text: str, start: int, **reading: object) -> NoteCitation:
    """The note's text from `start` to its end, read as a short form with `reading`'s
    fields (authors, title, pages, unsure …): a whole note that is one short form."""
    return NoteCitation(
        text=text[start:].strip(),
        span=Span(note.text_span.start + start, note.text_span.end),
        note=note.number,
        form="short",
        **reading,  # type: ignore[arg-type]
    )


# A note that is one surname, perhaps after "See" or "Cf.", and a full stop; or a
# translation's short form, its translator's surname after "Translated by" (the full form
# named the translation by its translator: `note_prose_editions`), perhaps with a link's
# target after it.
# matches "Willsher.", "See Willsher.", " Cf. Mouffe", "O'Brien.", "Translated by Vell.",
# "Translated by Vell ⟨link⟩ ."; not "Willsher, 45." (read as a short form with a page),
# "London, 2015.", "Ibid.", "Willsher and Smith.", "Willsher ⟨link⟩." (no translator's cue)
# A writer's one-word surname as a whole-note short form opens with it ("O'Brien",
# "Tengely-Evans").
SHORT_FORM_SURNAME = rf"[{UPPER}][^\W\d_]*(?:['’-][{UPPER}]?[^\W\d_]+)?"

_LONE_SURNAME = lazy_compile(
    rf"""\s*(?:(?i:see|cf\.)\s+|(?P<translated>(?i:translated|trans\.)\s+by\s+))?
        (?P<surname>{SHORT_FORM_SURNAME})
        (?(translated)\s*(?:⟨link⟩)?)\s*\.?\s*""",
    re.VERBOSE,
)

# How many writers and titles a document's notes remember: a bound that keeps them small.
MAX_REMEMBERED = 5_000


@dataclass
class EarlierWorks:
    """The writers (by folded surname) and titles (folded) of the works read in the notes
    so far; `find_note_citations` fills it as it reads the notes in order."""

    writers: dict[str, tuple[Author, ...]] = field(default_factory=dict)
    titles: set[str] = field(default_factory=set)
    # abbreviations a note defines for its work ("im Folgenden zitiert als: MEW") -> title
    abbreviations: dict[str, str] = field(default_factory=dict)
    # the first one to four words of each title (title_key, a leading article dropped):
    # the short titles Chicago 14.32 cuts from it ("Permanent Revolution" of "The
    # Permanent Revolution and Results and Prospects")
    heads: set[str] = field(default_factory=set)
    # (writer's folded surname, head): the short titles of each writer's works
    writer_heads: set[tuple[str, str]] = field(default_factory=set)
    # the writer of the last work read with one ("Ders.:" in the next note is theirs)
    last_writer: tuple[Author, ...] = ()
    # each title's whole key (`head_key`): a short title longer than a head is looked up
    # by its head and then checked against these
    keys: set[str] = field(default_factory=set)
    # each title's main title (folded) where a subtitle follows it: the short title Chicago
    # 14.29 makes by dropping the subtitle ("capital" of "Capital: A Critique of …")
    main_titles: set[str] = field(default_factory=set)

    def gave(self, title: str) -> bool:
        """Whether an earlier note gave a work of this title, whole or as its main title
        before a subtitle."""
        folded = title.casefold()
        return folded in self.titles or folded in self.main_titles


def lone_surname(text: str, note: Note, earlier: EarlierWorks) -> NoteCitation | None:
    """The short form a note of one surname gives, when an earlier note cited that writer
    (`text` is the note's text; the span is the note's)."""
    found = _LONE_SURNAME.fullmatch(text)
    if found is None:
        return None
    return earlier_writers_short_form(
        found, text, note, earlier, unsure="a surname alone; the writer of an earlier note's work"
    )


def earlier_writers_short_form(
    found: re.Match[str], text: str, note: Note, earlier: EarlierWorks, **reading: object
) -> NoteCitation | None:
    """The whole note as a short form by the writer whose surname `found` holds (its group
    "surname"), when an earlier note cited a work by that writer; None otherwise."""
    authors = earlier.writers.get(found.group("surname").casefold())
    if authors is None:
        return None
    return rest_as_short_form(note, text, found.start("surname"), authors=authors, **reading)


def title_for_surname(
    citation: NoteCitation, earlier: EarlierWorks, before: str = ""
) -> NoteCitation | None:
    """A short form of "names" and a page, no title: kept when an earlier note cited a work
    by its first surname ("Figes, 404."); the title of an earlier work, without author,
    when the names are one ("K-Punk, p. 770") or the head of one ("Permanent Revolution,
    41"); else None: no citation ("Paris, 41.")."""
    if citation.form != "short" or citation.title or not citation.authors:
        return citation
    name = citation.authors[0].surname
    if name.casefold() in earlier.writers:
        return citation
    named = _names_written(citation)
    if len(citation.authors) == 1 and earlier.gave(name):
        named = name  # "Quoted in Capital, 123." after "Capital: A Critique of …"
    elif len(citation.authors) == 1 and _QUOTED_IN_END.search(before) and known_head(earlier, name):
        named = name  # "Quoted in Pedagogy, 41." of "Pedagogy of Hope": a source, no place
    elif len(named.split()) < 2 or not known_head(earlier, named):
        return None  # one word that is no title's whole: "Paris, 41.", not "Marx for Our Times"
    unsure = "; ".join(p for p in (citation.unsure, "an earlier work's title, not a surname") if p)
    return replace(citation, authors=(), title=named, title_style="plain", unsure=unsure)


# "Quoted in" or "cited in" right before a reading: what follows names a source.
# matches "Quoted in ", "as cited in "; not "quoted ", "in "
_QUOTED_IN_END = lazy_compile(r"(?i:(?:quoted|cited)\s+in)\s*+$")

# The words a citation gives before its page: "Permanent Revolution" of "Permanent
# Revolution, 41", after a cue.
# matches "See Baader Meinhof Complex, p. 41" (names "Baader Meinhof Complex"); not "41"
_NAMES_BEFORE_PAGE = lazy_compile(
    r"""^(?:(?i:see|cf\.)\s+)?(?P<names>[^,(]+?)\s*(?:,|\(|$)""",
    re.VERBOSE,
)


def _names_written(citation: NoteCitation) -> str:
    found = _NAMES_BEFORE_PAGE.match(citation.text)
    return found.group("names") if found else citation.authors[0].surname


# A title's leading article, which a short title drops (Chicago 14.32; German notes too:
# "Ordnung der Dinge" for "Die Ordnung der Dinge").
_ARTICLES = frozenset(("the", "a", "an", "der", "die", "das", "ein", "eine"))


def head_key(title: str) -> str:
    words = title_key(title).split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in _ARTICLES else words)


# How many words of a title's head are remembered as its short titles.
HEAD_WORDS = 4


def known_head(earlier: EarlierWorks, title: str, writer: str = "") -> bool:
    """Whether `title` opens a title read before (by the writer of folded surname `writer`,
    when given). A short title of more words than a remembered head ("La fabbrica e la
    città" of "La fabbrica e la città: Torino operaia …") is looked up by its head, then
    must open a title read before word for word."""
    words = head_key(title).split()
    head = " ".join(words[:HEAD_WORDS])
    if not head:
        return False
    known = (writer, head) in earlier.writer_heads if writer else head in earlier.heads
    if not known or len(words) <= HEAD_WORDS:
        return known
    whole = " ".join(words)
    return any(key == whole or key.startswith(whole + " ") for key in earlier.keys)


def remember(earlier: EarlierWorks, citations: Iterable[NoteCitation]) -> None:
    """Adds the writers and titles of the works read (a work, with a title or a year)."""
    for citation in citations:
        if citation.title and len(earlier.titles) < MAX_REMEMBERED:
            earlier.titles.add(citation.title.casefold())
            if (main := main_title(citation.title).strip()) != citation.title:
                earlier.main_titles.add(main.casefold())
            words = head_key(citation.title).split()
            earlier.keys.add(" ".join(words))
            heads = {" ".join(words[:n]) for n in range(1, HEAD_WORDS + 1)}
            earlier.heads.update(heads)
            if citation.authors:
                writer = citation.authors[0].surname.casefold()
                earlier.writer_heads.update((writer, head) for head in heads)
        if not citation.authors or not (citation.title or citation.year):
            continue
        first = citation.authors[0]
        if len(earlier.writers) < MAX_REMEMBERED:
            earlier.writers.setdefault(first.surname.casefold(), (first,))


# A recording's time stamp as a short form's locator (Chicago 14.265), perhaps after its
# episode: ", episode 41, at about 31:10", ", at 47 min.", ", 1:02:45".
_TIME_STAMP = r"""(?:,\s*+(?i:episode|ep\.)\s*+\d{1,4})?,\s*+(?i:at\s++)?(?i:about\s++|around\s++)?
    (?:\d{1,2}:\d\d(?::\d\d)?(?!\d)|\d{1,3}\s*+(?i:minutes?|mins?\.?|min\.?)(?!\w))"""

# A whole note of a plain title and its locator (a web copy's short form, its emphasis
# gone), perhaps after "See" or "Cf.". German humanities notes write a short form as its
# title, marked or not, with the note that cited it in full: "„Titel“ (wie Anm. 3), S. 12"
# (the back-reference of `note_back_references`, after a title instead of a surname), the
# page perhaps with "f."/"ff.", the cue perhaps "Vgl." or "Siehe", or "and" as a later ";"
# part opens (`note_segment_titles`; the reader sees „…“ and »…« as “…”: `english_marks`).
# matches "The Long Winter, 41.", "See Long Winter, p. 41", "The Long Winter of the North,
# 41--43.", "Papers of the Congress, vol. 2, 212–15." (a volume of a series), "Vgl. „Die
# Form der Klage“ (wie Anm. 1), S. 4 f.", "Die Ordnung der Dinge (Anm. 1), S. 12",
# "»Klage« (Fn. 2).", "Gesammelte Schriften, Bd. 2, S. 317.", "and The Long Winter, p. 9",
# "and see also Long Winter, 4", "Shelf Life, episode 41, at about 31:10", "Quoted in The
# Long Winter, 41" (the work a quotation was read in, given before); not "The Long
# Winter was written in 1920." (no locator), "1920, 41",
# "„Klage“ (1999), S. 4" (a year, no back-reference)
PLAIN_SHORT_NOTE = lazy_compile(
    rf"""\s*(?:(?i:and\s+)?(?i:see|cf\.|compare|vgl\.|siehe|also|(?P<quoted>(?:as\s+)?(?:quoted|cited)\s+in))\s+
          |(?i:and)\s+)?
        (?:(?P<mark>[„»“"*_]{{1,2}})(?P<marked>[{UPPER}][^„“”»«"*_]{{1,120}}?)[“”«"*_]{{1,2}}
          |(?P<title>[{UPPER}][^,;()\[\]*_“”"„»«]{{1,120}}?))
        (?P<back>\s*+\(\s*(?:(?i:wie|s\.|siehe|vgl\.)\s+)?(?:Anm|Fn|FN|Fußnote)\.?\s*\d{{1,4}}\s*\))?
        (?P<locator>(?P<volume>,\s*+(?:vols?|Bde?)\.\s*+\d{{1,3}})?
                    ,\s*(?:(?:pp?|(?-i:Sp?))\.\s*)?\d{{1,4}}(?:\s*(?:-+|–)\s*\d{{1,4}})?
                    (?(back)(?:\s*ff?\.)?)
          |{_TIME_STAMP}
          |(?(back)|(?!)))\s*\.?\s*""",
    re.VERBOSE,
)


# A whole note of a marked title alone, its stop inside or outside the marks (an article
# cited whole by its short title, Chicago 14.32, with no page).
# matches '"The Harbour Strike."', "“The Harbour Strike”.", "*Harbour Lights*.", "See *Harbour
# Lights*."; not '"The Harbour Strike," 4.' (a page: PLAIN_SHORT_NOTE), "The Harbour Strike."
_MARKED_ALONE = lazy_compile(
    rf"""\s*(?:(?i:see|cf\.|compare)\s+)?
        (?P<mark>[“"*_]{{1,2}})(?P<marked>[{UPPER}][^“”"*_\n]{{1,120}}?)\.?[”"*_]{{1,2}}\.?\s*""",
    re.VERBOSE,
)


def earlier_title_short(text: str, note: Note, earlier: EarlierWorks) -> NoteCitation | None:
    """The short form a note of a plain title and a page gives ("The Long Winter, 41."),
    when an earlier note cited a work of that title or of a title it is the head of (two
    words at least: one capitalised word and a page may be a place's, "Paris, 41.", but
    not after "Quoted in"; or its main title before a subtitle)."""
    if (alone := _MARKED_ALONE.fullmatch(text)) is not None:
        return _marked_alone(alone, text, note, earlier)
    found = PLAIN_SHORT_NOTE.fullmatch(text)
    if found is None or (found.group("mark") and not found.group("back")):
        return None  # a marked title and a page alone are the core reader's
    title = (found.group("title") or found.group("marked")).strip()
    # a title's whole, or its main title before a subtitle ("Capital" of "Capital: A …")
    exact = earlier.gave(title)
    # after "Quoted in" one word names a source, no place: an earlier title's first word
    # is that title in short ("Quoted in Pedagogy, 41." of "Pedagogy of Hope")
    quoted_head = bool(found.group("quoted")) and " " not in title and known_head(earlier, title)
    if not (exact or quoted_head) and (len(title.split()) < 2 or not known_head(earlier, title)):
        return None
    mark = found.group("mark") or ""
    style = "italic" if mark[:1] in "*_" and mark else "quoted" if mark else "plain"
    return rest_as_short_form(
        note,
        text,
        found.start("mark") if mark else found.start("title"),
        title=title,
        title_style=style,
        pages=found.group("locator").strip(" ,"),
        unsure="an earlier work's title" if mark else "plain title; an earlier work's title",
    )


def _marked_alone(
    found: re.Match[str], text: str, note: Note, earlier: EarlierWorks
) -> NoteCitation | None:
    """The short form a note of a marked title alone gives ("“The Harbour Strike.”"), when
    an earlier note cited a work of that very title, or of that main title before its
    subtitle: a title alone names no work the notes have not given."""
    title = found.group("marked").strip()
    if not earlier.gave(title):
        return None
    style = "italic" if found.group("mark")[:1] in "*_" else "quoted"
    return rest_as_short_form(
        note,
        text,
        found.start("mark"),
        title=title,
        title_style=style,
        unsure="a title alone; an earlier work's title",
    )
