"""A short form whose title and page stand in brackets after the writer's surname:
"Kolko (*Politics of War*, 41)", "as Kolko (“The Soviet Question,” 41) argued", "As Kolko
argues (*Politics of War*, 41), …".

The segment reader finds no title after the names (a bracket stands there), so
`note_reading` tries this among its last readings. Only a marked title counts: in a web
copy "Paris (France, 41)" or "Smith (Chapter 3, 41)" are as likely prose as a work.
"""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import NAME_WORD
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_patterns import MARKED_TITLE, marked_style
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# A surname, perhaps the verb that reports the writer's words, then a bracket that opens on
# a marked title ("As Kolko argues (*Politics of War*, 41), …").
# matches "Kolko (*", "Kolko (“", "Marx (_", "Kolko argues (*", "Kolko puts it (“"; not "Kolko
# (1968", "Paris (France", "kolko (*", "Kolko's war (*" (a noun, not a reporting verb)
_SURNAME_BRACKET = lazy_compile(
    rf"""(?<![\w'’])(?P<name>{NAME_WORD})
        (?:\s+(?:argue|write|note|observe|show|say|claim|suggest|remark|insist|explain
                |contend|stress|conclude)(?:es|s|ed|d)?|\s+wrote|\s+said|\s+puts?\s+it)?
        \s+\((?=[*_“\"‘])""",
    re.VERBOSE,
)

# A page, or pages, then the bracket's end.
# matches ", 41)", ", p. 41)", ", 41--43)", ", 41, emphasis added)"; not ", 1968)" (a year),
# ", see above)", ")"
_PAGE_CLOSE = lazy_compile(
    r""",\s*(?:pp?\.\s*|S\.\s*)?(?P<pages>\d{1,3}(?!\d)(?:\s*(?:-+|–)\s*\d{1,4})?)
        (?:,\s*(?i:emphasis\s+(?:added|mine|in\s+original)|my\s+translation))?\s*\)""",
    re.VERBOSE,
)

# Brackets tried per segment: the reading stays linear in the note's length.
_MOST_BRACKETS = 20


def named_bracket(s: str, k: int, offset: int, note: int) -> NoteCitation | None:
    """The first "Surname (*Title*, page)" in the segment `s` from `k`, which stands at
    `offset` in its note."""
    if " (" not in s:  # cheap test first: most segments have no bracket
        return None
    for tried, found in enumerate(_SURNAME_BRACKET.finditer(s, k)):
        if tried == _MOST_BRACKETS:
            break
        name = found.group("name")
        if not plausible_names(name):
            continue  # "In (*…*, 4)": a function word is no writer
        title = MARKED_TITLE.match(s, found.end())
        if title is None:
            continue
        page = _PAGE_CLOSE.match(s, title.end())
        if page is None and s[title.end() - 2 : title.end() - 1] == ",":
            page = _PAGE_CLOSE.match("," + s[title.end() : title.end() + 40])  # '“…,” 41)'
        if page is None:
            continue
        text = next(g for g in title.groups() if g).strip(" ,.")
        end = s.index(")", title.end()) + 1
        return NoteCitation(
            text=s[found.start() : end],
            span=Span(offset + found.start(), offset + end),
            note=note,
            form="short",
            authors=tuple(surnames(name)),
            title=text,
            pages=page.group("pages"),
            title_style=marked_style(title),
            unsure="title and page in brackets after the surname",
        )
    return None
