"""A surname, a plain short title and a year, read as an inverted name (issue 11).

"Trotzki, Literatur (1994), S. 83." has the shape of an inverted name with its year
("Neumann, Franz (1942), S. 41": an author-date citation), and the reader reads it so: a
plain title cannot be told from given names by its words. The document tells them apart:
where an earlier note gives a work of that surname whose title opens with those words
("Leo Trotzki, Literatur und Revolution, Essen: Arbeiterpresse 1994, S. 79."), the words
are that work's short title, and the citation is a short form of it with its year beside
the title (German practice; `note_year_short`). `note_forms.settle_forms` then settles it
short, as it is given again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from citecheck.bibliography.names import fold
from citecheck.bibliography.note_matching import title_key
from citecheck.extract.note_year_short import YEAR_BESIDE
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

INVERTED = "inverted names"

# The words after the surname's comma, up to the bracketed year.
# matches "Literatur" in "Trotzki, Literatur (1994)", "Negative Dialectics" in "Adorno,
# Negative Dialectics (1983)"; not "Trotzki (1994)", "Trotzki, L., (1994)"
_WORDS_THEN_YEAR = lazy_compile(
    r"""\s*+,\s*+(?P<words>[^\W\d_][^(),.;:\d]{0,80}?)\s*+\(\s*(?:1[5-9]\d\d|20\d\d)\s*\)"""
)


def titled_inverted(citations: Sequence[NoteCitation]) -> list[NoteCitation]:
    """The citations, each inverted-name reading of a surname, words and a year whose
    words open the title of an earlier work of that surname read as that work's short
    form: its title the words, the year beside it."""
    out = list(citations)
    titles: dict[str, list[str]] = {}  # folded surname -> the title keys given so far
    for i, citation in enumerate(out):
        if citation.title and INVERTED in citation.unsure and len(citation.authors) == 1:
            out[i] = citation = _title_before_part(citation, titles.get(citation.authors[0].folded))
        if citation.title and citation.authors:
            key = title_key(citation.title)
            titles.setdefault(citation.authors[0].folded, []).append(key)
            particled = citation.authors[0].surname.split()
            if len(particled) > 1:  # "von Humboldt" is given again as "Humboldt"
                titles.setdefault(fold(particled[-1]), []).append(key)
            continue
        if INVERTED not in citation.unsure or len(citation.authors) != 1 or not citation.year:
            continue
        given = titles.get(citation.authors[0].folded)
        found = _after_surname(citation, _WORDS_THEN_YEAR)
        words = found.group("words").strip() if found else ""
        if given and words and _heads_a_title(words, given):
            unsure = [u for u in citation.unsure.split("; ") if u and u != INVERTED]
            out[i] = replace(
                citation,
                title=words,
                title_style="plain",
                unsure="; ".join([*unsure, "plain title", YEAR_BESIDE]),
            )
    return out


def _after_surname(citation: NoteCitation, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """`pattern` matched right after the first writer's surname in the citation's text."""
    surname = citation.authors[0].surname
    at = citation.text.find(surname)
    return pattern.match(citation.text, at + len(surname)) if at >= 0 else None


def _heads_a_title(words: str, given: list[str]) -> bool:
    """The words are one of the title keys `given`, or open one ("Literatur" of "literatur
    und revolution")."""
    head = title_key(words)
    return bool(head) and any(t == head or t.startswith(head + " ") for t in given)


def _title_before_part(citation: NoteCitation, given: list[str] | None) -> NoteCitation:
    """An inverted-name reading with a title whose "given names" open the title of an
    earlier work of that surname: the words are that title's head and the title read its
    part ("Vell, Salt Roads, Volume 1, 920." after "Ann Vell, Salt Roads of the North,
    Volume 1 (…)": a web copy's "Humboldt, Personal Narrative, Volume 1, 920." had read a
    title "Volume 1" by a Humboldt of given names "Personal Narrative"). The short title is
    the words and the part, as the Markdown's marks give it."""
    if not given:
        return citation
    found = _after_surname(citation, _WORDS_THEN_TITLE)
    if found is None or found.group("title") != citation.title:
        return citation
    words = found.group("words").strip()
    if not _heads_a_title(words, given):
        return citation
    unsure = [u for u in citation.unsure.split("; ") if u and u != INVERTED]
    return replace(citation, title=f"{words}, {citation.title}", unsure="; ".join(unsure))


# The words after the surname's comma, another comma, then the title read.
# matches "Salt Roads, Volume 1" in "Vell, Salt Roads, Volume 1, 920"; not "Vell, Salt Roads
# (1990)" (no second comma: `_WORDS_THEN_YEAR`)
_WORDS_THEN_TITLE = lazy_compile(
    r"""\s*+,\s*+(?P<words>[^\W\d_][^(),.;:\d]{0,80}?)\s*+,\s*+(?P<title>[^,;()]{1,120}?)(?=\s*+[,.;]|$)"""
)
