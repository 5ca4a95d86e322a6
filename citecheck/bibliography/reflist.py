"""The manuscript's own reference list: author-year entries under a "References" heading.

Entries look like "Cliff, Tony, 1974, State Capitalism in Russia (Pluto)." (ISJ),
"Cliff, T. (1974). State capitalism in Russia." (APA) or "Cliff, Tony. 1974. State
Capitalism in Russia." (Chicago). One entry per paragraph or per line; a line that does
not start an entry continues the one before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from citecheck.bibliography.names import author, fold
from citecheck.model import Author, LineIndex, Reference, Section, SourceText, Span

# The year that ends an entry's names, bare or in brackets, then punctuation, a space or
# the end. It is looked for at the line's first digit only (names hold no digits), so a
# long author list costs one scan, whatever its length.
# matches "1974, " in "Cliff, Tony, 1974, State", "(2016). " in "Eade, R. (2016). The";
# not "1917-28" ("-" follows), "19745"
ENTRY_YEAR = re.compile(
    r"""\(?(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?\)?
        (?:[.,:]|\s|$)\s*""",
    re.VERBOSE,
)

# The names before the year: a letter first, then anything but digits and brackets.
# matches "Cliff, Tony", "Binns, Peter, and Duncan Hallas", "Smith, J., & Brown, L.";
# not "1974. Cliff", "Pravda (Moscow)"
ENTRY_NAMES = re.compile(r"[^\W\d_][^\d()\[\]]*")

# The first digit of a line, where an entry's year must stand.
# matches "1" in "Cliff, Tony, 1974"; not a letter
_FIRST_DIGIT = re.compile(r"\d")

# The end of an entry's title: a full stop or an opening bracket.
# matches "." in "State Capitalism in Russia. Pluto", "(" before "(Pluto)"; not ","
_TITLE_END = re.compile(r"[.(]")


class EntryHead(NamedTuple):
    """The start of an entry, as written: names, year, year suffix and what follows."""

    names: str
    year: str
    suffix: str
    rest: str


def entry_head(line: str) -> EntryHead | None:
    """Names (no digits) then a year: "Cliff, Tony, 1974, State…", "Cliff, T. (1974). State…",
    "Harman, Chris. 2009. Zombie…". None for a line that does not start an entry."""
    digit = _FIRST_DIGIT.search(line)
    if digit is None:
        return None
    start = digit.start()
    if start and line[start - 1] == "(":
        start -= 1
    year = ENTRY_YEAR.match(line, start)
    if year is None:
        return None
    names = line[:start].rstrip()
    names = names[:-1] if names.endswith((",", ".")) else names
    if not ENTRY_NAMES.fullmatch(names):
        return None
    return EntryHead(names, year.group("year"), year.group("suffix") or "", line[year.end() :])


# Splits the name part into authors. A split is tried only where a run of spaces starts
# (or at a non-space), and spaces are read possessively: `re.split` tries every offset,
# and inside a long run of spaces each one re-read the rest of the run.
# matches ", and ", " and ", " & ", "; "; not the comma inside "Cliff, Tony"
_AUTHOR_SPLIT = re.compile(
    r"""(?:(?<!\s)|(?!\s))                      # not inside a run of spaces
        (?:(?:\s*+,\s++|\s++)(?:and|&)\s+      # ", and ", " and ", " & "
          |\s*+;\s*)                            # "; "
    """,
    re.VERBOSE,
)

# Initials or given names after a surname's comma: "T.", "Tony", "V I", "J.-P.": words
# that start with a letter. Each word is read possessively (a word can only end where a
# space or the end follows): the nested `(?:…[\w.’'-]*\.?\s*)+` it replaces backtracked
# exponentially on "aaaa…a!", 30 letters taking a minute.
# matches "T.", "Tony", "V I"; not "1974", "(ed.)", "aaa!"
_GIVEN = re.compile(r"^(?:[^\W\d_][\w.’'-]*+\s*+)++$")


def references_in_list(source: SourceText) -> tuple[Reference, ...]:
    references = []
    # each entry's line by bisect over the text's line starts, counted once (counting the
    # newlines from the file's start for each entry made a long list quadratic)
    lines = LineIndex.of(source.text)
    for paragraph in source.paragraphs:
        if paragraph.section is Section.REFERENCES:
            references.extend(_entries(source, lines, paragraph.span))
    return tuple(references)


def _entries(source: SourceText, lines: LineIndex, span: Span) -> Iterable[Reference]:
    text = source.text
    offset = span.start
    current: tuple[EntryHead, int, int] | None = None
    for index, line in enumerate(span.slice(text).split("\n")):
        match = entry_head(line.strip())
        if match and _head_authors(match, alone=index == 0):
            if current:
                yield _reference(source, lines, *current)
            start = offset + len(line) - len(line.lstrip())
            current = (match, start, offset + len(line.rstrip()))
        elif current:
            current = (current[0], current[1], offset + len(line.rstrip()))
        offset += len(line) + 1
    if current:
        yield _reference(source, lines, *current)


def _reference(
    source: SourceText, lines: LineIndex, head: EntryHead, start: int, end: int
) -> Reference:
    authors = _head_authors(head, alone=True)
    year, suffix = head.year, head.suffix
    title = _TITLE_END.split(head.rest.strip(" “”\"'"), maxsplit=1)[0].strip()
    return Reference(
        key=f"{authors[0].folded}{year}{suffix}",
        authors=tuple(authors),
        year=year,
        suffix=suffix,
        title=title,
        source=source.path,
        line=lines.line(start),
        entry_type="misc",
        span=Span(start, end),
    )


# A person's name written given-first: two to four words, each capitalised or a lower-case
# particle between them ("Tobin Vark", "J. P. Nettl", "Simone de Beauvoir").
# matches "Tobin Vark", "Ilse Morrow"; not "Tobin", "the harbour", "See Vark"
_GIVEN_FIRST = re.compile(
    r"[^\W\d_a-z][\w.’'-]*+(?:\s++(?:[a-z]{1,4}\s++)?[^\W\d_a-z][\w.’'-]*+){1,3}"
)

# Words that open prose, not a name ("See Vark, 2020.").
_PROSE_OPENERS = frozenset({"see", "cf", "cf.", "in", "on", "and", "the", "also", "as", "by"})


def _head_authors(head: EntryHead, *, alone: bool) -> list[Author]:
    """The entry's authors; a paragraph that opens with names and a year alone ("Tobin
    Vark, 2020.", "Ilse Morrow and Pell Andrade, 2018.") is an entry of a work known by its
    writer and year (a post, an interview): its names may stand given-first, as a note
    writes them. Only when `alone` (the paragraph's first line): inside an entry, "New
    York, 2020." is the imprint of the line before."""
    found = _authors(head.names)
    if found or not alone or head.rest.strip(" .;"):
        return found
    parts = [p.strip(" ,.") for p in _AUTHOR_SPLIT.split(head.names.strip())]
    if not parts or not all(_GIVEN_FIRST.fullmatch(p) for p in parts):
        return []
    if parts[0].split()[0].casefold() in _PROSE_OPENERS:
        return []
    return [a for a in (author(p.split()[-1]) for p in parts) if a.folded and fold(a.surname)]


def _authors(names: str) -> list[Author]:
    """Surnames from "Cliff, Tony", "Binns, Peter, and Duncan Hallas", "Cliff, T. & Harman, C."."""
    found: list[Author] = []
    for i, part in enumerate(p.strip(" ,.") for p in _AUTHOR_SPLIT.split(names.strip())):
        if not part:
            continue
        pieces = [piece.strip() for piece in part.split(",") if piece.strip()]
        if len(pieces) >= 2 and all(_GIVEN.match(p) for p in pieces[1:]):
            # "Surname, Given" (and "Surname, I., Surname2, I." pairs)
            for surname in pieces[0::2] if _initials(pieces[1::2]) else pieces[:1]:
                found.append(author(surname))
        elif i == 0 and len(pieces) == 1 and len(part.split()) == 1:
            found.append(author(part))  # a single name: "Lenin"
        elif i > 0:
            found.append(author(part.split()[-1]))  # given-first: "Duncan Hallas"
        else:
            return []  # a sentence, not a name list
    return [a for a in found if a.folded and fold(a.surname)]


# Given names of letters only, as initials or words ("Tony" passes too: the pairs rule
# below relies on the alternation of surnames and givens, not on this).
# matches "T.", "J. J.", "J.-P.", "Tony"; not "O’Neil", "3rd"
_INITIALS = re.compile(r"(?:[^\W\d_]\.?[\s-]?)+")


def _initials(givens: list[str]) -> bool:
    return all(_INITIALS.fullmatch(g) for g in givens)
