"""Works a note's prose names by their edition, translator or introducer rather than in a
reference's shape (Chicago 14.102–14.110: a source may be named in the running text of a
note with its publication facts):

- a translation by its translator and year, as a sentence of its own before any work the
  note cites: "Translated by Ana Ruiz, 2001." (the translation is the source: its
  translator stands for the author; after a work, it is that work's translation);
- an edition by its year (and publisher) before the title: "the 1973 Halden edition of
  *The Long Retreat*", "the 1973 edition of Ruiz's *The Long Retreat*" (the writer is the
  possessive, or the writer of a preface to the edition, "Ruiz's preface to the 1973 …
  edition of *…*", or no one when the note names none);
- a writer's introduction to another's book, with its imprint: "As Ana Ruiz put it in her
  1992 introduction to Obst's *The Long Retreat* (Leeds: Dale, 1992)," (an introduction by
  another hand is cited under its writer, Chicago 14.110: the sentence's subject).

Each shape needs its date: a year (or an imprint) makes the named work a source, a bare
"the second edition of *…*" or "translated by Ana Ruiz" names one in passing. A reading
already made of the same place or title is kept as it is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from citecheck.bibliography.names import author
from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_body_authors import english_body_noun
from citecheck.extract.note_details import read_details
from citecheck.extract.note_names import plausible_names
from citecheck.extract.note_not_persons import publisher_name
from citecheck.extract.note_patterns import GIVEN_PERSON, IMPRINT_NEXT, MARKED_TITLE, marked_style
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation, Span

_YEAR = r"(?:1[5-9]\d\d|20\d\d)"

# A sentence of its own naming a translator and a year: at the note's start or after a
# sentence's end, up to the next full stop (a masked link may leave its target's marker
# and spaces before it).
# matches "Translated by Ana Ruiz, 2001.", "Trans. by Ana Ruiz, 2001"; not "Translated by
# Ana Ruiz in 1998 for …" (prose), "Translated by Ruiz, 2001" (no given name), "Translated
# by Ana Ruiz, 1998--2001" (a range), "…, translated by Ana Ruiz, 2001" (inside a sentence:
# the translator of the work before)
_TRANSLATOR = lazy_compile(
    rf"""(?:^|(?<=[.!?]\s)|(?<=[.!?]\)\s))[ \t]*+
        (?:Translated|Trans\.|Translation)\s++by\s++(?P<person>{GIVEN_PERSON})
        \s*+,\s*+(?P<year>{_YEAR})\s*+(?:⟨link⟩\s*+)?(?:[.;]|$)""",
    re.VERBOSE,
)

# An edition by its year, perhaps its publisher, before "edition of" and the title, perhaps
# after the writer's possessive.
# matches "the 1973 Halden edition of ", "the 1973 edition of Ruiz's ", "a 2001 Dale Press
# translation of "; not "the 1973 elections", "the second edition of " (no year), "the
# 1973--76 edition of " (a range), "the 1973 edition of the rules" (no title: a capital or
# a mark must follow)
_EDITION = lazy_compile(
    rf"""\b(?i:the|a|an)\s++(?P<year>{_YEAR})\s++
        (?:[A-Z][\w&-]*+\s++){{0,3}}
        (?:edition|translation|reprint)\s++of\s++
        (?:(?P<writer>[A-Z][a-z]++(?:-[A-Z][a-z]++)?)['’]s\s++)?
        (?=[*_“"‘A-Z])""",
    re.VERBOSE,
)

# A writer's preface (introduction, foreword, afterword) right before an edition named by
# its year: the preface's writer is the writer cited, whether the book is his own or
# another's (Chicago 14.110).
# matches "Ruiz's preface to " before "the 1973 … edition of"; not "the preface to ", "Ruiz's
# book on "
_PART_BEFORE = lazy_compile(
    r"""(?<![\w'’.-])(?P<name>[A-Z][a-z]++(?:-[A-Z][a-z]++)?)['’]s\s++
        (?i:preface|introduction|foreword|afterword)\s++to\s++\Z""",
    re.VERBOSE,
)

# A writer's introduction (foreword, preface, afterword) to another's book, in the sentence
# of which the writer is the subject ("As Ana Ruiz put it in her 1992 introduction to ").
# matches " in her 1992 introduction to Obst's ", " in his introduction to "; not " in his
# 1992 book " (the writer's own work: `note_bridges`), " introduction to the volume"
_INTRODUCED = lazy_compile(
    rf"""\bin\s++(?:his|her|their)\s++(?:{_YEAR}\s++)?
        (?:introduction|foreword|preface|afterword)\s++to\s++
        (?:[A-Z][a-z]++(?:-[A-Z][a-z]++)?['’]s\s++)?(?=[*_“"‘A-Z])""",
    re.VERBOSE,
)

# The sentence's subject, its first words: a person with given names, perhaps after "As".
# matches "As Ana Ruiz", "Ana Ruiz"; not "As the editor", "Ruiz" (no given name)
_SUBJECT = lazy_compile(rf"(?:As\s++)?(?P<person>{GIVEN_PERSON})\b")

# Where a sentence before an offset ends: the last ". " (or the note's start).
# matches ". " before "As"; not "E. " (an initial: the names run on)
_SENTENCE_END = lazy_compile(r"(?<![A-Z])[.!?][\"”’)]?\s++(?=[A-Z\"“])")

# A plain title (a web copy) up to what ends it in prose: a bracket, a comma, a full stop,
# a translator's or editor's words; headline case is checked after.
# matches "Negative Dialectics" before " translated by", "The Long Retreat" before " ("
_PLAIN_TITLE = lazy_compile(
    r"""[A-Z][^()*_“”"‘’;,.:\n]{1,120}?
        (?=\s++(?:translated|trans\.|edited|ed\.|by|in|was|were|is|has)\b|\s*+[(,.;:]|\s*+$)""",
    re.VERBOSE,
)

# Words a headline-case title may keep in lower case.
_SMALL = frozenset("a an and as at by for from in into of on or the to with".split())

# How far into a sentence its introducer's phrase is looked for (bounded: linear).
_REACH = 300


@dataclass(frozen=True)
class _Title:
    """A title read at an offset: its words, its style and where it ends."""

    text: str
    style: str
    end: int


def prose_editions(text: str, note: int, found: list[NoteCitation]) -> list[NoteCitation]:
    """`found` (one note's readings, offsets in `text`) with the translations, editions and
    introductions its prose names with their dates added."""
    if not any(word in text for word in ("ranslat", "Trans.", "edition of", "reprint of")) and (
        "ntroduction to" not in text and "oreword to" not in text and "reface to" not in text
    ):
        return found  # cheap test first
    added = [
        # a translator's sentence after a work cited in the note is that work's translation
        *(
            t
            for t in _translators(text, note)
            if not any(c.span.start < t.span.start for c in found)
        ),
        *_editions(text, note),
        *_introductions(text, note),
    ]
    # a web copy's reading of the same place whose plain title opens with the book's
    # writer's possessive ("Vale's The Long Rain") gives way to the reading here
    found = [c for c in found if not any(_possessive_head(c, work) for work in added)]
    added = [work for work in added if not any(_same(work, known) for known in found)]
    if not added:
        return found
    return sorted([*found, *added], key=lambda c: c.span.start)


# A possessive alone: what a plain title read too far back holds before the real one.
# matches "Vale's ", "Vale’s "; not "Vale and ", "The "
_POSSESSIVE_ONLY = lazy_compile(r"[A-Z][a-z]++(?:-[A-Z][a-z]++)?['’]s\s++")


def _possessive_head(known: NoteCitation, work: NoteCitation) -> bool:
    """`known` reads `work`'s plain title with the possessive before it as its head."""
    if known.title_style != "plain" or not work.title or known.title == work.title:
        return False
    if not known.title.endswith(work.title) or known.authors != work.authors:
        return False
    head = known.title[: -len(work.title)]
    return _POSSESSIVE_ONLY.fullmatch(head) is not None


def _no_person(name: str) -> bool:
    """A publisher, a place or a body in a writer's slot ("Oxford University Press", "Leeds",
    "Leeds City Council"): a translator, an introducer or a preface's writer is a person
    (Chicago 14.104, 14.110)."""
    last = name.split()[-1]
    return publisher_name(name) or is_imprint_word(last) or english_body_noun(last)


def _same(work: NoteCitation, known: NoteCitation) -> bool:
    """`known` reads the same work, or the same place of the note."""
    overlap = work.span.start < known.span.end and known.span.start < work.span.end
    return overlap or bool(work.title and work.title == known.title)


def _translators(text: str, note: int) -> list[NoteCitation]:
    if "by" not in text:
        return []
    works = []
    for found in _TRANSLATOR.finditer(text):
        person = found.group("person")
        # a publisher or a body is no translator: "Translated by Oxford University Press,
        # 2003" names the house that had the work translated (Chicago 14.104: the
        # translator is a person)
        if not plausible_names(person) or _no_person(person):
            continue
        works.append(
            NoteCitation(
                text=found.group().strip(),
                span=Span(found.start("person"), found.end("year")),
                note=note,
                form="full",
                authors=(author(person.split()[-1]),),
                year=found.group("year"),
                unsure="a translation by its translator; no title",
            )
        )
    return works


def _editions(text: str, note: int) -> list[NoteCitation]:
    if "of" not in text:
        return []
    works = []
    for found in _EDITION.finditer(text):
        title = _title_at(text, found.end())
        if title is None:
            continue
        writer = found.group("writer")
        if writer is None and (
            part := _PART_BEFORE.search(text, max(0, found.start() - 60), found.start())
        ):
            writer = part.group("name")  # "Ruiz's preface to the 1973 … edition of *…*"
        if writer and _no_person(writer):
            writer = None  # "Leeds's preface to …": a place's, no writer's
        authors: tuple[Author, ...] = (author(writer),) if writer else ()
        works.append(
            NoteCitation(
                text=text[found.start() : title.end],
                span=Span(found.start(), title.end),
                note=note,
                form="full",
                authors=authors,
                title=title.text,
                year=found.group("year"),
                title_style=title.style,
                unsure="an edition named by its year" + ("" if writer else "; no author"),
            )
        )
    return works


def _introductions(text: str, note: int) -> list[NoteCitation]:
    works = []
    for found in _INTRODUCED.finditer(text):
        opening = 0
        for stop in _SENTENCE_END.finditer(text, max(0, found.start() - _REACH), found.start()):
            opening = stop.end()
        while opening < found.start() and text[opening].isspace():
            opening += 1
        subject = _SUBJECT.match(text, opening, found.start())
        if subject is None or not plausible_names(subject.group("person")):
            continue
        if _no_person(subject.group("person")):
            continue  # "As Leeds City Council put it in its … introduction": a body
        title = _title_at(text, found.end(), imprint=True)
        if title is None:
            continue
        details = read_details(text[title.end : title.end + 200])
        if not (details.place and details.year):
            continue
        works.append(
            NoteCitation(
                text=text[found.end() : title.end],
                span=Span(found.end(), title.end),
                note=note,
                form="full",
                authors=(author(subject.group("person").split()[-1]),),
                title=title.text,
                year=details.year,
                place=details.place,
                publisher=details.publisher,
                title_style=title.style,
                unsure="author in prose; an introduction to another's book",
            )
        )
    return works


def _title_at(text: str, at: int, *, imprint: bool = False) -> _Title | None:
    """The marked title at `at`, or a plain one in headline case (a web copy); with
    `imprint`, a plain title runs to the imprint's bracket, which must follow it."""
    marked = MARKED_TITLE.match(text, at)
    if marked is not None:
        words = next(g for g in marked.groups() if g).strip(" ,.")
        return _Title(words, marked_style(marked), marked.end()) if words else None
    if imprint:
        bracket = text.find(" (", at, at + 150)
        if bracket < 0 or IMPRINT_NEXT.match(text, bracket) is None:
            return None
        words = text[at:bracket].strip(" ,.")
    else:
        plain = _PLAIN_TITLE.match(text, at)
        if plain is None:
            return None
        words = plain.group().strip(" ,.")
    if not _headline(words):
        return None
    return _Title(words, "plain", at + len(words))


def _headline(words: str) -> bool:
    """Headline case: every word but a small one opens with a capital (no marks inside)."""
    parts = words.split()
    if not 1 <= len(parts) <= 15 or any(c in words for c in '*_“”"()'):
        return False
    return all(p[:1].isupper() or p.lower() in _SMALL or not p[:1].isalpha() for p in parts)
