"""Where the reader read a citation right, by what a note says, and yet unlike its entry.

The reader may take a work's container for its title ("Althusser, “Contradiction and
Overdetermination,” in *For Marx*" read with the title *For Marx*), read no title at all,
take an editor's name before the author's, or read the original's year where the list gives
the edition's. Matching (note_matching) then asks the citation's own text, not only its
fields: which years it writes, which title it writes right before the one read, which
titles it marks. Each answer also keeps distinct works apart: another title marked in the
note, or written anywhere but right before the title read, is another work.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from citecheck.bibliography.note_evidence import (
    cited_text,
    in_order,
    original_years,
    words_end,
    written_years,
)
from citecheck.model import NoteCitation, Reference

# The words that may stand between a chapter's or an article's title and its container:
# none ("“Title,” *Journal* 12"), or "in" ("“Title,” in *Book*"; German "in:" keys alike),
# and the "in" of Greek, French and Spanish notes ("«Τίτλος», στο *Βιβλίο*", "« Titre »,
# dans *Livre*", "«Título», en *Libro*"), as `title_key` writes them (no accents).
CONTAINER_LINKS = frozenset({"in", "στο", "στον", "στην", "στη", "στα", "σε", "dans", "en"})
# The most words between them: "in" and a stray word of markup left in the key.
MAX_LINK_WORDS = 2
# A title named right before its container may be short ("“Progress,” in *Critical
# Models*"), but not a mere letter or two.
MIN_LETTERS_BEFORE_CONTAINER = 4

# A title marked in the note's text: italics or quotation marks.
# matches "*Selected Correspondence*", "“Letters”", "_Werke_"; not "Bd. 29", "2*3"
MARKED_TITLE = re.compile(r"\*[^*\s][^*]*\*|“[^”]+”|(?<!\w)_[^_]+_(?!\w)")

TitleKey = Callable[[str], str]


def year_written(citation: NoteCitation, listed: str) -> bool:
    """The entry's year is the one read, or the citation writes it up to the end of the
    details that give the year read: an original's and its edition's ("(1923; repr. London:
    Merlin, 1971)"), a date and the collection's ("(July 30, 1939) in *Writings* (New York,
    1978)"). A year in an excerpt or review after them is another publication's."""
    if not citation.year or not listed:
        return True
    if citation.year == listed or listed in original_years(citation):
        return True  # "(London: Harwood, 1976), first published in German in 1867"
    written = written_years(citation)
    if citation.year not in written:
        return False  # the year read is not the note's own: nothing to read beside it
    if original_year(citation) and citation.year < listed:
        # a bare "(1962)" beside the title is the original's; the edition's may follow the
        # container: "“Contradiction …” (1962), *New Left Review* I/41 (1967)"
        return listed in written
    return listed in written_years(citation, citation.year)


def original_year(citation: NoteCitation) -> bool:
    """The year read may be the original's, the edition's following: a bare "(1962)" beside
    the title, or the author-date bracket before it ("Horkheimer, M. & Adorno, Th.W.
    (1956): Diskussion … In Horkheimer, M. (1988): Gesammelte Schriften …")."""
    if "year beside the title" in citation.unsure:
        return True
    if not citation.year or not citation.title:
        return False
    text = cited_text(citation)
    title_at = text.find(citation.title)
    if title_at > 0 and f"({citation.year})" in text[:title_at]:
        return True
    dated = _DATED_BESIDE.match(text, title_at + len(citation.title)) if title_at >= 0 else None
    return bool(dated and dated.group("year") == citation.year)


# Months in English, German, French and Greek (genitive), for a date beside a title.
_MONTHS = (
    r"Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
    r"|Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου"
    r"|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου|Δεκεμβρίου"
)
# A date in brackets right after a title: the piece's own date (a speech, a letter, an
# article reprinted in a collection), whose edition's imprint follows the container
# (Chicago 14.111, 14.116). matches "» (19. März 1932)", "” (March 19, 1932)", "* (speech
# of 1932)"; not "* (London: Verso, 1932)", "* (Berlin 1932)", "* (1932)"
_DATED_BESIDE = re.compile(
    rf"""[*_”’"'»«\s,]{{0,4}}\(\s*
    (?:(?:\d{{1,2}}\.?\s+)?(?:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?
      |(?:speech|lecture|address|letter|Rede|Vortrag|Brief)\s+(?:of|vom|von)\s+)
    (?P<year>1[5-9]\d\d|20\d\d)\s*\)""",
    re.VERBOSE,
)


def titled_before_container(citation: NoteCitation, reference: Reference, key: TitleKey) -> bool:
    """The citation writes the entry's title whole and then, at once or after "in", the
    title the reader read: the reader took the container for the title ("Adorno,
    “Progress,” in *Critical Models*" read as *Critical Models*). A title written elsewhere
    in the note (before another article: "“Mangling …,” *Weekly Worker* 912 (2012);
    “Wanting …”") is another work's."""
    words = key(reference.title).split()
    read = key(citation.title).split()
    if not words or not read or len("".join(words)) < MIN_LETTERS_BEFORE_CONTAINER:
        return False
    text = key(cited_text(citation)).split()
    for start, word in enumerate(text):
        if word != words[0]:
            continue
        end = words_end(words, text, start)
        if end is None:
            continue
        for gap in range(MAX_LINK_WORDS + 1):
            link = text[end : end + gap]
            if all(w in CONTAINER_LINKS for w in link) and text[end + gap :][: len(read)] == read:
                return True
    return False


# How far after "in" the book's title may start: its editors or authors and a date between
# ("in: Adorno, T.W. & Benjamin, W. (1995): Briefwechsel 1928--1940").
MAX_WORDS_BEFORE_BOOK = 12
# A book's title specific enough to be looked for after "in": two words, or twelve letters.
MIN_BOOK_LETTERS = 12


def book_after_in(citation: NoteCitation, reference: Reference, key: TitleKey) -> bool:
    """The citation names a part (a letter, a chapter) and then, after "in", writes the
    entry's title whole: the book it stands in, which the list gives (Chicago 14.107).
    "Adorno, Brief an Benjamin vom 18.03.1936, in: Adorno, T.W. & Benjamin, W. (1995):
    Briefwechsel 1928--1940, …" is in *Briefwechsel 1928--1940*."""
    words = key(reference.title).split()
    read = key(citation.title).split()
    if not read or not words or (len(words) < 2 and len("".join(words)) < MIN_BOOK_LETTERS):
        return False
    text = key(cited_text(citation)).split()
    start = next((i for i in range(len(text)) if text[i : i + len(read)] == read), None)
    if start is None:
        return False
    after = start + len(read)
    for link in range(after, min(len(text), after + MAX_LINK_WORDS)):
        if text[link] not in CONTAINER_LINKS:
            continue
        window = text[link + 1 : link + 1 + MAX_WORDS_BEFORE_BOOK + len(words)]
        return in_order(words, window) is not None
    return False


def marked_titles(citation: NoteCitation) -> list[str]:
    """The titles the citation's text marks, in italics or quotation marks."""
    return [m.group().strip("*_“”") for m in MARKED_TITLE.finditer(cited_text(citation))]


def first_written_at(citation: NoteCitation, title: str, key: TitleKey) -> int:
    """Where the citation's text first writes the title out (word index), or a large number:
    a citation whose text runs on over a list of works ("*The Age of Revolution* (1962),
    *The Age of Capital* (1975) …") cites the first it writes."""
    at = in_order(key(title).split(), key(cited_text(citation)).split())
    return 10_000 if at is None else at


def title_after_name(citation: NoteCitation) -> str:
    """The title the text marks right after the first author's name ("Adorno, “Critique,”
    in …", "Fisher, Mark. "Limbo is over."" give "Critique", "Limbo is over"), or at the
    text's start when the name is not in it (an author carried from before), or "": what
    the note names as the work when the reader read no title. A title marked later
    ("Cliff, 1974, in *International Socialism*") may be a container and names nothing."""
    text = cited_text(citation)
    at = text.find(citation.authors[0].surname) if citation.authors else -1
    start = at + len(citation.authors[0].surname) if at >= 0 else 0
    after = _AFTER_NAME.match(text, start)
    return after.group("title").strip('*_“”"') if after else ""


# A title marked right after a surname (or at the text's start), with at most an inverted
# given name and punctuation between.
# matches ", “Critique,”", ", Mark. "Limbo is over."", ": *Werke*"; not ", 1974, in *IS*"
_AFTER_NAME = re.compile(
    r"""[\s,.:]*
        (?:[A-Z][\w'-]*\.?\s*){0,3}[\s,.:]*          # an inverted given name: ", Mark."
        (?P<title>\*[^*\s][^*]*\*|“[^”]+”|"[^"]+"|(?<!\w)_[^_]+_(?!\w))""",
    re.VERBOSE,
)
