"""What a note citation's own text says beyond the fields the reader read from it.

The reader may read a title in part ("Time" from "Time, Labor and Social Domination: A
Reinterpretation …" in a web copy, "Why has Labour's" cut at an inner quote) or take a
date beside the title for the year ("(July 30, 1939) in *Writings …* (New York, 1977)").
Matching and inconsistent-reference then look at the citation's text as written: whether it
writes out an entry's whole title, and which years it gives.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citecheck.model import NoteCitation

# An address, whose digits are no year of the work.
# matches "www.marxists.org/archive/luxemburg/1915/junius/", "https://x.org/2018/04"; not "1915"
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")

# A block quotation run into the note after the citation: its years are the quotation's.
# matches " > The author …", "\n> …"; not "a > b" inside a formula is rare enough to accept
_QUOTATION = re.compile(r"(?:^|\s)>\s")

# A year as written: four digits from 1500 to 2099, not part of a longer number.
# matches "1977" in "(New York, 1977)", both years of "1846-1895"; not "19770", "12345"
_YEAR = re.compile(r"(?<!\d)(?P<year>1[5-9]\d\d|20\d\d)(?!\d)")

# Where the bracket (or the details) holding a year ends; a ";" before a reprint's or a
# new edition's imprint does not end it ("(London: Parsons, 1920; repr. New Brunswick:
# Transaction, 1980)", "Frankfurt/M. 1968; Neuauflage …, Hamburg 1989").
# matches ")" in "Penguin, 1976), 125", "]" in "[April 1965]", ";"; not ",", nor ";" in
# "1920; repr.", "1968; Neuauflage"
_BRACKET_END = re.compile(
    r"[)\]]|;(?!\s*(?:repr|reprint|reprinted|rpt|Nachdruck|Neudruck|Neuausgabe|Neuauflage"
    r"|Neuaufl|new\s+edition|(?:\d+(?:st|nd|rd|th)|rev(?:ised)?\.?)\s+ed|(?:first|originally)"
    r"\s+published|orig|zuerst|erstmals|Erstausgabe|Originalausgabe|\d+\.\s*Aufl)\b)"
)

# A bracket opened or closed, or a ";": where `_details_end` looks.
# matches "(", ")", "[", "]", ";"; not ",", "."
_BRACKET_OR_END = re.compile(r"[()\[\];]")

# A year the note gives as the original's or the first edition's, anywhere in it
# (Chicago 14.114: "first published 1867"; German "zuerst 1867", "Erstausgabe 1867";
# Greek "α΄ έκδ. 1978"): the list may give that edition.
# A sentence may open with the cue ("Originally published in 1867."), and the first
# edition may be named so with its imprint or its language ("first ed. London: Fell, 1867",
# "1st edn 1867", "first German ed. 1867").
# matches "first published in German in 1867", "(zuerst 1867)", "Erstausgabe: 1867",
# "α΄ έκδ. 1978", "Originally published in 1867", "first ed. London: Fell, 1867", "1st
# edition 1867", "first German ed. 1867"; not "published 1867" alone, "in 1867", "2nd ed.
# 1986", "edited 1867"
_ORIGINAL_CUE = re.compile(
    r"""(?:(?:[Ff]irst|[Oo]riginally)\s+published
        |(?:[Ff]irst|1st)\s+(?:[A-Z][a-z]++\s+)?ed(?:ition|n|\.)
        |[Oo]rig\.|zuerst|erstmals|Erstausgabe|Originalausgabe
        |Erstver[öo]ffentlichung|α[΄'’]\s*έκδ\.?|πρώτη\s+έκδοση)
        [^0-9;()]{0,40}?(?<!\d)(?P<year>1[5-9]\d\d|20\d\d)(?!\d)""",
    re.VERBOSE,
)

# A double year, the second shortened or whole: "1976/77", "1979/1980" (an academic year,
# a journal's volume year); the second is written too.
# matches "1976/77", "1999/00", "1979/1980"; not "1976/7", "1976-77"
_DOUBLE_YEAR = re.compile(
    r"(?<!\d)(?P<century>1[5-9]|20)(?P<first>\d\d)/(?:(?:1[5-9]|20)(?=\d\d))?(?P<second>\d\d)(?!\d)"
)

# An entry's title is looked for in the text only when it is specific enough: a title of one
# or two words ("Capital", "Duino Elegies") stands in many notes that cite something else.
MIN_TITLE_WORDS = 3
MIN_TITLE_LETTERS = 12
# Words the note may insert inside the title: "Schriften über Deutschland [Writings on
# Germany] 1929-1940" against the entry's "Schriften über Deutschland 1929-1940".
INSERTED_WORDS = 4
# A part of a book read as the title ("György Lukács, Preface (1922), *History and Class
# Consciousness* … (1971)"): the book written after it is the work.
PARTS_OF_A_BOOK = frozenset(
    {"preface", "introduction", "foreword", "afterword", "epilogue", "prologue", "postscript"}
)


def cited_text(citation: NoteCitation) -> str:
    """The citation's text without addresses and without a block quotation run into it."""
    text = _ADDRESS.sub(" ", citation.text)
    quotation = _QUOTATION.search(text)
    return text[: quotation.start()] if quotation else text


# How many words before a surname may be its given names ("Ho Chi" of "Ho Chi Minh").
MAX_GIVEN_NAMES = 3


@lru_cache(maxsize=4096)
def _given_names(text: str, surname: str) -> tuple[str, ...]:
    at = text.find(surname)
    words = text[max(0, at - 60) : at].split() if at > 0 else []
    if at > 0 and not text[at - 1].isspace():
        return ()
    given: list[str] = []
    for word in reversed(words[-MAX_GIVEN_NAMES:]):
        if not word[0].isupper() or word[-1] in ",;:":
            break
        given.insert(0, word)
    return tuple(given)


def given_names(citation: NoteCitation, surname: str) -> tuple[str, ...]:
    """The words the citation writes right before `surname` at its first occurrence, when
    they are capitalised: the given names ("Mao" of "Mao Zedong"), none for "Engels" in
    "Marx and Engels"."""
    return _given_names(cited_text(citation), surname)


def written_years(citation: NoteCitation, through: str = "") -> tuple[str, ...]:
    """The years the citation's text gives, in order ("1922", "1923", "1971"); with
    `through`, only up to the end of the bracket that gives that year (the imprint): the
    years of excerpts or reviews after it are other publications' ("*The Long Detour*
    (2004), excerpts in *The Nation* (July 7, 2003)")."""
    text = _title_blanked(citation, cited_text(citation))
    at = text.rfind(through) if through else -1
    if at >= 0:
        text = text[: _details_end(text, at)]
    years = [m.group("year") for m in _YEAR.finditer(text)]
    for double in _DOUBLE_YEAR.finditer(text):
        first = int(double.group("century") + double.group("first"))
        if len(double.group(0)) == 9:  # "1979/1980"
            continue  # both whole, both read above
        second = first // 100 * 100 + int(double.group("second"))
        years.append(str(second if second > first else second + 100))  # "1999/00": 2000
    return tuple(years)


def _details_end(text: str, at: int) -> int:
    """Where the bracket (or the details) holding the year at `at` ends: the first closing
    bracket or ending ";" after it that is not inside a bracket opened after the year. A
    place's region in brackets is part of an imprint, not its end ("1898; Nachdruck
    Glashütten (Taunus): Auvermann 1971", DIN 1505-2 / Chicago 14.116: the reprint's imprint
    follows the original's)."""
    depth = 0
    for close in _BRACKET_OR_END.finditer(text, at):
        mark = close.group()
        if mark in "([":
            depth += 1
        elif depth and mark in ")]":
            depth -= 1
        elif not depth and _BRACKET_END.match(text, close.start()):
            return close.end()
    return len(text)


def original_years(citation: NoteCitation) -> tuple[str, ...]:
    """The years the citation's text gives as the original's or the first edition's."""
    return tuple(m.group("year") for m in _ORIGINAL_CUE.finditer(cited_text(citation)))


def _title_blanked(citation: NoteCitation, text: str) -> str:
    """The text with the title read blanked: a year inside it is the title's ("“1918--2018:
    The century of counterrevolution”", "Brief an Benjamin vom 18.03.1936"), not one the
    work was published in; kept when the year read stands only there."""
    at = text.find(citation.title) if citation.title else -1
    if at < 0:
        return text
    blanked = text[:at] + " " * len(citation.title) + text[at + len(citation.title) :]
    if citation.year and not any(m.group("year") == citation.year for m in _YEAR.finditer(blanked)):
        return text
    return blanked


def title_written_out(citation: NoteCitation, title: str, key) -> bool:
    """True when the citation's text writes out the whole of an entry's `title` (its words in
    order, a few inserted), the title is specific, and the title the reader read, if any, is
    a part of it ("Time" of "Time, Labor and Social Domination: …"), runs on into a
    container after it ("Duino Elegies in The Selected Poetry of …") or names a part of a
    book ("Preface"). Another title read names another work: "Lih, *Lenin Rediscovered*
    (2006)" does not cite an entry "Lenin …", nor does a note's second article "Wanting to
    Get Lenin Wrong" cite the first, "Mangling the Party of Lenin", written before it. `key`
    folds a title to words (note_matching.title_key)."""
    words = key(title).split()
    folded = " ".join(words)
    read = key(citation.title)
    if len(words) >= 2 and read.startswith(f"{folded} in "):
        return True  # the plain title ran on into "in" and its container
    if len(words) < MIN_TITLE_WORDS or len("".join(words)) < MIN_TITLE_LETTERS:
        return False
    if read and not (f" {read} " in f" {folded} " or read.split()[0] in PARTS_OF_A_BOOK):
        return _volume_titled(citation, folded, key)
    return in_order(words, key(cited_text(citation)).split()) is not None


# A volume's number after the title read, then the volume's own title (Chicago 14.121:
# "*Collected Works*, vol. 3, *The Harbour Years*").
# matches ", vol. 3, *", ", Bd. 2: „", ", volume III, "; not ", 3, *", ", vol. 3 (London"
_VOLUME_THEN_TITLE = re.compile(
    r"[,.]\s*(?i:vol(?:ume)?|bd|band|tome|t)\.?\s*[\dIVXivx]{1,5}\s*[,:.]\s*(?=[*_“\"‘„«\w])"
)


def _volume_titled(citation: NoteCitation, folded: str, key) -> bool:
    """The entry's title is the volume's own, written right after the volume's number that
    follows the title read (the series'): the note cites that volume."""
    text = cited_text(citation)
    at = text.find(citation.title) if citation.title else -1
    if at < 0:
        return False
    volume = _VOLUME_THEN_TITLE.search(
        text, at + len(citation.title), at + len(citation.title) + 24
    )
    if volume is None:
        return False
    return key(text[volume.end() :]).startswith(folded)


def in_order(words: list[str], text: list[str]) -> int | None:
    """Where the words start in the text, in order, within a window at most INSERTED_WORDS
    longer than they are; None when they do not stand there."""
    return next((i for i, w in enumerate(text) if stands_at(words, text, i)), None)


def stands_at(words: list[str], text: list[str], start: int) -> bool:
    """The words stand in the text in order from `start`, a few others inserted."""
    return words_end(words, text, start) is not None


def words_end(words: list[str], text: list[str], start: int) -> int | None:
    """Where the words end (the index after the last) when they stand in the text in order
    from `start`, a few others inserted; else None."""
    if not words or start >= len(text) or text[start] != words[0]:
        return None
    at = 1
    position = start + 1
    while at < len(words) and position < min(len(text), start + len(words) + INSERTED_WORDS):
        if text[position] == words[at]:
            at += 1
        position += 1
    return position if at == len(words) else None
