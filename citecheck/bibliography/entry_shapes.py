"""One works-cited entry read by its shape: names, title, year.

The shapes of Chicago bibliographies ("Korsch, Karl. *Marxism and Philosophy*. London: NLB,
1970."), MLA ("Korsch, Karl. Marxism and Philosophy. NLB, 1970."), APA/Harvard ("Cliff, T.
(1974). State capitalism in Russia. Pluto."), ISJ ("Cliff, Tony, 1974, State Capitalism in
Russia (Pluto).") and the plain "Surnames, Title, Year." ("Korsch, Marxism and Philosophy,
2008."). The title is the first one marked (italics or quotes); unmarked, it is the
sentence after the names (Chicago, MLA, APA) or what runs from the names' comma to the
imprint or the year, and the names are then the longest list before it that still leaves a
title. A year inside a title ("*1914 in the history of Marxism*", "… 1891 bis 1924") is the
title's: the entry's year is the one written after the names (APA) or after the title.
"———." repeats the authors of the entry before (`ditto`).

No library: the reference parsers that learn entry shapes (GROBID, anystyle, CERMINE) are
Java or Ruby services with trained models, far too heavy for the lint path, and the
Python ones (refextract) read physics references by numbered markers and report numbers.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from citecheck.bibliography.entry_names import CORPORATE_WORDS, EDITOR_MARK, body_name, read_names
from citecheck.lazy_regex import lazy_compile

# A list mark before an entry: "- ", "* ", "1. ", "[3] ".
# matches "- " in "- Korsch, Karl.", "[3] "; not "K" in "Korsch"
_BULLET = re.compile(r"^(?:[-*•]\s+|\[\d{1,3}\]\s*|\d{1,3}[.)]\s+)")

# The 3-em dash (or hyphens, underscores) standing for the authors of the entry before
# (Chicago 14.67), or the words for "the same" that German, Latin and Greek lists write in
# its place: "Ders.:", "Dies.:" (DIN lists, capitalised or not), "Idem.", "Eadem." (Latin),
# "Του ιδίου,", "Της ιδίας," (Greek, the genitive "by the same", in the old accents or the
# new: "Του ίδιου,"), "Ο ίδιος,", "Η ίδια,", "Οι ίδιοι," (the nominative "the same"). The
# dash may keep its role (Chicago 14.67: "———, ed.", "———, trans."), which names no one.
# matches "———. ", "---, ", "______. ", "———: ", "———, ed. ", "Ders.: ", "ders.: ", "Dies., ",
# "Idem. ", "Id. ", "Του ιδίου, ", "Ο ίδιος, ", "Η ίδια. "; not "— a dash in prose", "-- ",
# "Dies ist", "Idema, Jan.", "Iden, Paul.", "Η ίδια η πόλη", "Ιδίου, Νίκος."
_DITTO = re.compile(
    r"""^(?:(?:[—–]{2,}|-{3,}|_{3,})\s*[.,:]?(?:\s*(?:eds?|trans|comp)\.\s*[,:]?)?
         |(?:[Dd]ers|[Dd]ies|[Dd]ens|Id)\.\s*[:,]?
         |(?:Derselbe|Dieselbe|Dieselben|Idem|Eadem|Iidem|Eaedem)\s*[.,:]
         |(?:Του\s+ιδίου|Της\s+ιδίας|Των\s+ιδίων|Του\s+ίδιου|Της\s+ίδιας|Των\s+ίδιων
            |Ο\s+ίδιος|Η\s+ίδια|Οι\s+ίδιοι|Οι\s+ίδιες)\s*[.,:])\s*""",
    re.VERBOSE,
)

# Links and DOIs: their digits are no years. matches "https://x.org/2019/05/a",
# "doi:10.1000/182"; not "London"
_LINK = re.compile(r"(?:https?://|www\.|doi:\s*)\S+", re.IGNORECASE)

# The first title marked by italics or quotes.
# matches "*Marxism and Philosophy*", "_Capital_", "“The Junius Pamphlet,”",
# '"Critique"'; not "Marxism and Philosophy" (plain)
_MARKED = re.compile(
    r"""\*{1,2}(?P<italic>[^*]{1,500}?)\*{1,2}(?!\w)
      |(?<!\w)_(?P<under>[^_]{1,500}?)_(?!\w)
      |“(?P<curly>[^”]{1,500}?)”
      |(?<!\w)"(?P<straight>[^"]{1,500}?)"(?!\w)""",
    re.VERBOSE,
)

# A year of publication, or "n.d." and "forthcoming" in its place; not a part of a range,
# a longer number or a page span.
# matches "2008", "1974a", "n.d.", "forthcoming"; not "1917" in "1917--2017", "19745",
# "2012" in "2012-13"
_YEAR = re.compile(
    r"""(?<![\d–-])(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?(?![\d–-]|\w)
      |(?<!\w)(?P<none>n\.\s?d\.|[Ff]orthcoming|[Ii]n\ press)""",
    re.VERBOSE,
)

# The year just after the names (APA, Harvard, ISJ, Chicago author-date), bracketed or
# not, then a stop, comma or bracket: "Cliff, T. (1974). ", "Harman, Chris. 2009. ".
# matches "(1974). ", ", 1974, ", ". 2009. ", " (n.d.). "; not "1914 in" (a title's year)
_YEAR_AFTER_NAMES = re.compile(
    r"""[\s,.]*\(?(?P<year>1[5-9]\d\d|20\d\d|n\.\s?d\.|[Ff]orthcoming|[Ii]n\ press)
        (?P<suffix>[a-z])?\)?(?:[.,:]\s*|$)""",
    re.VERBOSE,
)

# The year at the end of an entry's head, bracketed or not, with its stop.
# matches "(1974)." at the end of "Cliff, T. (1974).", "n.d."; not "1974" in "1974x"
_YEAR_AT_END = re.compile(
    r"""\(?(?P<year>1[5-9]\d\d|20\d\d|n\.\s?d\.|[Ff]orthcoming|[Ii]n\ press)
        (?P<suffix>[a-z])?\)?[.,:]?\s*$""",
    re.VERBOSE,
)

# A stop then a space, where the names may end (after an initial too: "Lenin, V. I.").
# matches ". " in "Karl. Marxism", ". " in "V. I."; not "." in "n.d." before a comma
_SENTENCE_END = re.compile(r"\.(?=\s+\S)")

# An imprint before the year: ", London: Verso", ". London: NLB", " (Princeton: Princeton
# University Press".
# matches ", London: Verso" in "Title, London: Verso"; not ": The Western Left" (a subtitle
# after a title word: no comma, stop or bracket before it)
_IMPRINT = re.compile(
    r"""(?:(?<!\b[A-Z])[,.]\s+|\s*\()                     # not after an initial
        [A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2}                # the place: up to three words
        :\s+[A-Z][\w&.’'-]*                                 # the publisher: capitalised
        (?:\s+(?:(?:of|and|the|for|&|de|du|für|und)\s+)?[A-Z][\w&.’'-]*){0,6}
        \s*$""",
    re.VERBOSE,
)

# Where a plain title ends in the rest of an APA or ISJ entry: a sentence end or a bracket.
# matches ". " in "State capitalism in Russia. Pluto", " (" before "(Pluto)"; not ", "
_PLAIN_TITLE_END = re.compile(r"(?<!\b[^\W\d_])\.(?:\s|$)|\s*\(|[?!](?=\s)")


# A year that ends a plain title read as a sentence: the title ran to the entry's year.
# matches ", 2008" in "Marxism and Philosophy, 2008"; not "1914" in "1914 in the history"
_RUN_ON_YEAR = re.compile(r",\s+(?:1[5-9]\d\d|20\d\d)[a-z]?$")

# Names that end with an initial and its stop: "Claussen, Theodor W."
# matches "W." at the end of "Claussen, Theodor W."; not "Karl."
_INITIAL_END = re.compile(r"\b[^\W\d_]\.$")


# Words that end a publisher's name, not a title's: "Duke University Press", "Suhrkamp Verlag".
PUBLISHER_WORDS = frozenset(
    {"press", "books", "publishers", "publishing", "verlag", "editions", "éditions", "edizioni"}
)


# A comma where the names may end. matches ", " in "Korsch, Marxism"; not "," in "1,000"
_COMMA = re.compile(r",\s+")

# How far into an entry its names may reach (a longer run is no name list), which also
# keeps the reading linear on a hostile line.
NAMES_REACH = 300
# The longest line read as an entry (the longest titles run to some 300 characters).
ENTRY_REACH = 1500


class EntryReading(NamedTuple):
    authors: tuple[str, ...]
    title: str
    year: str  # "" for none, n.d., forthcoming
    suffix: str
    ditto: bool  # "———.": the authors are the entry before's


def read_entry(line: str) -> EntryReading | None:
    """The entry's names, title and year, or None for a line that is no entry (prose)."""
    text = _BULLET.sub("", line.strip())
    if len(text) > ENTRY_REACH:
        return None  # a paragraph, not an entry
    ditto = _DITTO.match(text)
    if ditto:
        text = text[ditto.end() :]
    text = _LINK.sub(" ", text).strip()
    text = _unbolded_names(text)
    if _YEAR.search(_ORIGINAL_YEAR.sub("", text)):
        text = _ORIGINAL_YEAR.sub("", text)  # "[1867] 1976": the edition's year is the entry's
    if not ditto and (din := _din(text)) is not None:
        return din
    marked = _MARKED.search(text)
    found = _marked(text, marked, ditto is not None) if marked else None
    # a quotation inside a plain title ('Lih, Lenin Rediscovered: "What is to be Done?" in
    # Context, 2008.') leaves no names before it: the title is plain
    return found or _plain(text, ditto is not None)


# Names set in bold at an entry's start: house styles set a list's names in bold or small
# capitals, which a Markdown copy gives as bold ("**Korsch, Karl**. *Marxism …*").
# matches "**Korsch, Karl**" before ". *", "__Osk, M.__" before " (1999)"; not "**Capital**"
# run into a word, "**" alone
_BOLD_NAMES = lazy_compile(r"^(?:\*\*|__)(?P<names>[^*_\n]{2,200}?)(?:\*\*|__)(?=[\s.,:(]|$)")


def _unbolded_names(text: str) -> str:
    """The entry with the bold around its names taken off, when they are names: a person
    inverted ("**Korsch, Karl**"), or any names before a marked title (a bold title with
    no names, "**Annual Report**. London …", stays as it is)."""
    bold = _BOLD_NAMES.match(text)
    if bold is None:
        return text
    names, rest = bold.group("names"), text[bold.end() :]
    if read_names(names, bounded=True) is None:
        return text
    if "," not in names and not _MARKED.search(rest):
        return text
    return names + rest


# An original year in square brackets beside the edition's (APA 9.41: "[1867] 1976",
# "(1976 [1867])"), or in parentheses before it (Chicago author-date 15.44: "Darwin,
# Charles. (1859) 2008."). matches " [1867]", " (1859)" before " 2008"; not "[Review]",
# "[1867-8]", "(2001)." (APA's own year, no year after it), "(1859), 2008", "(2001) 1999
# and after" (a title that opens with a year)
_ORIGINAL_YEAR = re.compile(
    r"\s*(?:\[(?:1[5-9]\d\d|20\d\d)\]|\((?:1[5-9]\d\d|20\d\d)\)(?=\s(?:1[5-9]\d\d|20\d\d)[a-z]?[.,]))"
)

# The colon after the names of a German (DIN 1505-2) entry: "Quendt, Harald: Die Spaltung
# der Weber. Frankfurt a. M. 1978.". matches ": " after "Quendt, Harald"; not "2:1"
_DIN_COLON = re.compile(r"(?<=[^\W\d_]|[.)]):\s+")


# Chicago's imprint, a comma before the year (DIN writes "Ort: Verlag Jahr"): after a
# plain title it says the colon before was the title's, not the names' end.
# matches ": Verso, 1980." at the end; not ": Lorbeer 1978.", "Frankfurt a. M. 1978."
_CHICAGO_IMPRINT = re.compile(r":\s[^:.]{1,80},\s+(?:1[5-9]\d\d|20\d\d)[a-z]?\.?\s*$")


def _din(text: str) -> EntryReading | None:
    """A German entry: names (inverted, several joined by "/", "und" or ";"), a colon, the
    title, then a full stop and the imprint or the year ("Osk, Mira/Venn, Tobias: *Harbour
    Politics*. Leeds: Fenwick 1999."). Not "Names, Title: Subtitle, Year." (the title runs
    to the year: "Marchetti, Garibaldi: The Long March, 2004.") nor a title that runs on
    past a quotation ('Lih, Lenin Rediscovered: "What is to be Done?" in Context, 2008.')."""
    colon = _DIN_COLON.search(text, 0, NAMES_REACH)
    if colon is None:
        return None
    head = text[: colon.start()]
    if "," not in head and "/" not in head and not _body_before_colon(head):
        return None
    names = read_names(head, bounded=True)
    if not names:
        return None
    rest = text[colon.end() :]
    marked = _MARKED.match(rest)
    if marked:
        title = next(g for g in marked.groups() if g).strip(" ,.")
        after = rest[marked.end() :]
        if after[:1] not in ("", ".", ",", ":", ";"):
            return None  # the quotation is part of a longer title
    else:
        ends = _din_title_end(rest)
        if ends is None:
            return None
        title = rest[: ends[0]].strip(" ,“”\"'")
        after = rest[ends[1] :]
        if _RUN_ON_YEAR.search(title) or not (title[:1].isupper() or title[:1].isdigit()):
            return None
        if _CHICAGO_IMPRINT.search(after):
            return None  # "Deutscher, Trotsky: The Eternal …. London: Verso, 1980.": Chicago's
    italic = bool(marked and (marked.group("italic") or marked.group("under")))
    if len(title) < 2 or not (any(c.isalpha() for c in after) or (italic and _YEAR.search(after))):
        # the names' colon opens a plain subtitle ending the entry: "…: A Life, 2013."; a
        # title in italics after it is the entry's, its year alone after it ("Osk, Mira:
        # *Harbour Politics*, 1999."), not a quoted subtitle ('Lih, Lenin Rediscovered:
        # "What is to be Done?", 2008.')
        return None
    return EntryReading(names, title, *_year(_last_year(after)), False)


def _body_before_colon(head: str) -> bool:
    """A body as the entry's author, with no comma to invert (DIN 1505-2 lists a body, its
    "Urheber", as it names itself: "Verband der Hafenarbeiter (Hg.): Rundbrief. Hamburg
    1962."). Its name opens with the body's word, or ends with it after capitalised words
    only ("Harbour Workers' Federation"); a title before its subtitle's colon does neither
    ("Geschichte der Partei: Eine Studie", "Hafen und Partei: …")."""
    name = EDITOR_MARK.sub("", head).strip(" ,.")
    if not body_name(name, adjectives=True):
        return False
    words = name.split()
    if words[0].lower() in CORPORATE_WORDS:
        return True
    return words[-1].lower() in CORPORATE_WORDS and all(w[0].isupper() for w in words)


# A bracket inside a German title: a person's dates, a period, a note ("Pierre Broué
# (1926–2005)", "Die Räte (1918–1920)"), closed before any sentence end.
# matches " (1926–2005)", " (Teil 2)"; not " (Hg.). " (a stop inside), " (Frankfurt" (open)
_BRACKET_IN_TITLE = re.compile(r"\s*\([^().]{1,40}\)")


def _din_title_end(rest: str) -> tuple[int, int] | None:
    """Where a DIN entry's plain title ends and its imprint begins: at its first sentence
    end, past the brackets the title holds ("Pierre Broué (1926–2005). Berlin 2006.") and
    past a question or an exclamation its subtitle follows ("Die Spaltung als Schicksal?
    Eine Streitschrift. Frankfurt/M. 1968."). A question right before the imprint ends the
    title with its mark ("Was tun? Berlin 1968."). Other shapes end a plain title at a
    bracket (ISJ's "(Pluto)"); in DIN the imprint follows a full stop. None: no end."""
    at = 0
    while (stop := _PLAIN_TITLE_END.search(rest, at)) is not None:
        mark = rest[stop.start()]
        if mark == ".":
            return stop.start(), stop.end()
        if mark in "?!":
            if not _DIN_STOP.search(rest, stop.end()):
                return stop.start() + 1, stop.end()  # the imprint follows the question
            at = stop.end()
            continue
        bracket = _BRACKET_IN_TITLE.match(rest, stop.start())
        if bracket is None:
            return None  # a bracket that opens the imprint: "(Frankfurt 1968)"
        at = bracket.end()
    return None


# A full stop that ends a sentence of a DIN entry, then more of it.
# matches ". " in "Streitschrift. Frankfurt"; not "M." in "Frankfurt/M.: Suhrkamp", "." at
# the entry's end
_DIN_STOP = re.compile(r"(?<!\b[^\W\d_])\.\s+\S")


def _year(found: re.Match[str] | None) -> tuple[str, str]:
    if found is None or not found.group("year"):
        return "", ""
    return found.group("year"), found.group("suffix") or ""


def _split_year(head: str) -> tuple[str, tuple[str, str] | None]:
    """The names part without an APA year at its end, and that year (None: none there).
    Only the head's last characters are looked at: a year there is a few characters long."""
    tail_start = max(len(head) - 40, 0)
    found = _YEAR_AT_END.search(head, tail_start)
    if found is None or (found.start() and head[found.start() - 1] not in " ,.\t"):
        return head, None
    written = found.group("year")
    year = written if written[0].isdigit() else ""
    return head[: found.start()], (year, found.group("suffix") or "")


def _marked(text: str, marked: re.Match[str], ditto: bool) -> EntryReading | None:
    title = next(g for g in marked.groups() if g).strip(" ,.")
    before = text[: marked.start()].rstrip()
    if before and (before[-1].isalpha() or before[-1] in ":;-"):
        return None  # names end with a comma, a stop or a bracket: "Lih, Lenin Rediscovered: “…"
    head, year = _split_year(before)
    if ditto:
        authors: tuple[str, ...] | None = () if not head.strip(" ,.") else None
    else:
        authors = read_names(head, bounded=True) if head.strip(" ,.") else ()
    if authors is None or not title:
        return None
    if year is None:
        year = _year(_YEAR.search(text, marked.end()))
    return EntryReading(authors, title, *year, ditto)


def _plain(text: str, ditto: bool) -> EntryReading | None:
    if ditto:
        return _plain_after_names((), text, None, ditto, text)
    # Chicago, MLA, APA: the names end at a stop, the last one in the opening run that
    # still closes a name list ("Lenin, V. I." rather than "Lenin, V.")
    chosen: int | None = None
    for end in _SENTENCE_END.finditer(text, 0, NAMES_REACH):
        if read_names(text[: end.start()]) is not None:
            chosen = end.end()
    if chosen is not None:
        names = read_names(text[: chosen - 1]) or ()
        found = _plain_after_names(names, text[chosen:], None, ditto, text)
        ran_on = _RUN_ON_YEAR.search(found.title) if found is not None else None
        if ran_on and _INITIAL_END.search(text, 0, chosen):
            # "Claussen, Theodor W. Adorno: One Last Genius, 2008.": the title runs to the
            # year, so the form is "Names, Title, Year." and the initial is the title's
            found = None
        elif found is not None and ran_on:
            found = found._replace(title=found.title[: ran_on.start()])
        if found is not None:
            return found
    head, year = _split_year(_names_run(text))
    if year is not None and (names := read_names(head)) is not None:
        rest = text[len(head) :]
        rest = rest[_YEAR_AFTER_NAMES.match(rest).end() :]  # type: ignore[union-attr]
        if any(c.isalpha() for c in rest):
            return _plain_after_names(names, rest, year, ditto, text)
    return _names_comma_title(text)


def _names_run(text: str) -> str:
    """The text up to its year after the names: letters and punctuation up to a digit."""
    digit = re.search(r"\d", text)
    if digit is None:
        return text
    end = digit.end()
    tail = _YEAR_AFTER_NAMES.match(text, max(digit.start() - 2, 0))
    return text[: tail.end()] if tail else text[:end]


def _plain_after_names(
    names: tuple[str, ...], rest: str, year: tuple[str, str] | None, ditto: bool, text: str
) -> EntryReading | None:
    """The title in the sentence after the names (and the year, when written there)."""
    rest = rest.strip()
    if year is None:
        written = _YEAR_AFTER_NAMES.match(rest)
        if written:  # author-date: "Harman, Chris. 2009. Zombie…", "Cliff, T. (1974). State…"
            digits = written.group("year")
            year = (digits if digits[0].isdigit() else "", written.group("suffix") or "")
            rest = rest[written.end() :]
    stop = _PLAIN_TITLE_END.search(rest)
    title = (rest[: stop.start()] if stop else rest).strip(" ,.“”\"'")
    if len(title) < 2 or not (title[0].isupper() or title[0].isdigit()):
        return None
    if not any(c.isalpha() for c in title):
        return None  # "S. 5–19.", "Lenin, 45.": a page range wrapped from the entry before
    if year is None:
        year = _year(_last_year(text))
    return EntryReading(names, title, *year, ditto)


def _last_year(text: str) -> re.Match[str] | None:
    years = list(_YEAR.finditer(text))
    return years[-1] if years else None


def _names_comma_title(text: str) -> EntryReading | None:
    """ "Korsch, Marxism and Philosophy, 2008.", "Cutrone, Roe and Doe, 1914 in the history
    of Marxism, 2014.": the title runs from a comma after the names to the imprint or the
    last year; the names are the longest list that leaves a title."""
    year = _last_year(text)
    body = text[: year.start()] if year else text
    body = body.rstrip(" ,.(")
    best: tuple[tuple[str, ...], str] | None = None
    for comma in _COMMA.finditer(body, 0, NAMES_REACH):
        names = read_names(body[: comma.start()], given_after_comma=False, bounded=True)
        title = ", " + body[comma.end() :]
        imprint = _IMPRINT.search(title)
        if imprint and imprint.start() == 0:
            if best is not None:
                continue  # "London: NLB" after a title: an imprint, no title
            imprint = None  # "Trotsky: The Eternal Revolutionary" right after the names
        title = (title[: imprint.start()] if imprint else title).strip(" ,.")
        if names is None or len(title) < 2 or title.split()[-1].lower() in PUBLISHER_WORDS:
            continue  # "Durham, Duke University Press, 2012": an imprint, no title
        if year is None and not any(c.isalpha() for c in title):
            continue  # "Lenin, 45.": a short form's page, wrapped into the list
        if best is None or title[0].isupper() or title[0].isdigit():
            best = (names, title)
    if best is None:
        return None
    return EntryReading(best[0], best[1], *_year(year), False)
