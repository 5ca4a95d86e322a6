"""The manuscript's own reference list: author-year entries under a "References" heading.

Entries look like "Cliff, Tony, 1974, State Capitalism in Russia (Pluto)." (ISJ),
"Cliff, T. (1974). State capitalism in Russia." (APA) or "Cliff, Tony. 1974. State
Capitalism in Russia." (Chicago). One entry per paragraph or per line; a line that does
not start an entry continues the one before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from citecheck.bibliography.names import author, fold
from citecheck.model import Author, Reference, Section, SourceText, Span

# The start of an entry: names (no digits), then the year, bare or in brackets.
# matches "Cliff, Tony, 1974, State", "Binns, Peter, and Duncan Hallas, 1976,",
# "Cliff, T. (1974). State"; not "State Capitalism in Russia 1917-28", "1974. Cliff"
ENTRY_START = re.compile(
    r"""^(?P<names>[^\W\d_][^\d()\[\]]{0,200}?)[,.]?\s*
        \(?(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?\)?
        (?:[.,:]|\s|$)\s*(?P<rest>.*)$""",
    re.VERBOSE,
)

# Splits the name part into authors.
# matches ", and ", " and ", " & ", "; "; not the comma inside "Cliff, Tony"
_AUTHOR_SPLIT = re.compile(r"\s*(?:,?\s+(?:and|&)\s+|;\s*)")

# Initials or given names after a surname's comma: "T.", "Tony", "V I", "J.-P.".
# matches "T.", "Tony", "V I"; not "Hallas" after "Peter" (handled as given-first)
_GIVEN = re.compile(r"^(?:[^\W\d_][\w.’'-]*\.?\s*)+$")


def references_in_list(source: SourceText) -> tuple[Reference, ...]:
    references = []
    for paragraph in source.paragraphs:
        if paragraph.section is Section.REFERENCES:
            references.extend(_entries(source, paragraph.span))
    return tuple(references)


def _entries(source: SourceText, span: Span) -> Iterable[Reference]:
    text = source.text
    offset = span.start
    current: tuple[re.Match[str], int, int] | None = None
    for line in span.slice(text).split("\n"):
        match = ENTRY_START.match(line.strip())
        if match and _authors(match.group("names")):
            if current:
                yield _reference(source, *current)
            start = offset + len(line) - len(line.lstrip())
            current = (match, start, offset + len(line.rstrip()))
        elif current:
            current = (current[0], current[1], offset + len(line.rstrip()))
        offset += len(line) + 1
    if current:
        yield _reference(source, *current)


def _reference(source: SourceText, match: re.Match[str], start: int, end: int) -> Reference:
    authors = _authors(match.group("names"))
    year, suffix = match.group("year"), match.group("suffix") or ""
    title = re.split(r"[.(]", match.group("rest").strip(" “”\"'"), maxsplit=1)[0].strip()
    return Reference(
        key=f"{authors[0].folded}{year}{suffix}",
        authors=tuple(authors),
        year=year,
        suffix=suffix,
        title=title,
        source=source.path,
        line=source.text.count("\n", 0, start) + 1,
        entry_type="misc",
        span=Span(start, end),
    )


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


def _initials(givens: list[str]) -> bool:
    return all(re.fullmatch(r"(?:[^\W\d_]\.?[\s-]?)+", g) for g in givens)
