"""Works listed for a writer named before the cue: "For Gramsci, see *Selections from
Political Writings 1910-1920* (New York: International Publishers, 1977), *Selections from
the Prison Notebooks* (…); for Lukács, see …". The works given without names are the
writer's own; each has its imprint. In a web copy the titles are plain: the list's shape (a
title, its imprint in brackets, a comma, the next) vouches for them.

A surname alone before the cue may be a place ("On Paris, see *The Arcades Project*"), so
the note must show it is a person: given names, a possessive ("Gramsci's political
writings"), or "by" before it ("four works … by Lukács")."""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.note_details import read_details
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_parts import build_citation
from citecheck.extract.note_patterns import PERSON
from citecheck.extract.note_titles import title_case
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation

# The writer a list of works is given for, before the cue.
# matches "For Gramsci, ", "for Lukács, ", "On Rosa Luxemburg, "; not "For example, ", "On
# this, " (no person: `plausible_names` decides), "For Marx's view, "
TOPIC_WRITER = lazy_compile(rf"(?i:for|on)\s+(?P<names>{PERSON}),\s*$")

# The same with its cue, opening the segment: the head of a list.
# matches "For Gramsci, see ", "for Lukács, see also "; not "For Gramsci, the point ", "See "
_TOPIC_HEAD = lazy_compile(rf"(?i:for|on)\s+(?P<names>{PERSON}),\s+(?i:see(?:\s+also)?)\s+")

# One item of a web copy's list: a plain title, its imprint in brackets ("Place: Publisher,
# Year"), then a comma, ", and" or the segment's end.
# matches "Selections from Political Writings 1910-1920 (New York: International Publishers,
# 1977), "; not "London (1962)" (no imprint), "“Blum Theses,” in …" (a mark: the segment
# reader's), "the book (New York: Norton, 1977)" (lower case)
_PLAIN_ITEM = lazy_compile(
    r"""(?P<title>[A-Z][^()*_“”"\[\];]{3,160}?)\s*
        \((?P<imprint>[^():]{1,60}:\s[^()]{1,80}?(?:1[5-9]\d\d|20\d\d))\)
        (?P<next>\s*,\s*(?:and\s+)?|\s+and\s+|\s*[.;]?\s*$)""",
    re.VERBOSE,
)


def topic_writer(note_text: str, names: str) -> tuple[Author, ...]:
    """The writer `names` before a cue, when the note shows a person: given names, a
    possessive or "by" before the surname; else ()."""
    if not plausible_names(names):
        return ()
    if " " not in names and not any(
        f"{names}{mark}s " in note_text or f"by {names}" in note_text for mark in "'’"
    ):
        return ()
    return tuple(surnames(names))


def with_topic_writer(
    note_text: str, s: str, k: int, cue: int, citation: NoteCitation
) -> NoteCitation:
    """A work without names after "For Gramsci, see" (the cue at `cue`): the writer's."""
    if citation.authors:
        return citation
    topic = TOPIC_WRITER.match(s, k, cue)
    writer = topic_writer(note_text, topic.group("names")) if topic else ()
    if not writer:
        return citation
    unsure = "; ".join(u for u in (citation.unsure, "author named before the cue") if u)
    return replace(citation, authors=writer, unsure=unsure)


def topic_plain_list(
    note_text: str, s: str, k: int, offset: int, end: int, note: int
) -> list[NoteCitation]:
    """A web copy's list of plain titles with their imprints after "For Gramsci, see", each
    the writer's work; [] when the segment holds none."""
    head = _TOPIC_HEAD.match(s, k)
    writer = topic_writer(note_text, head.group("names")) if head else ()
    if head is None or not writer:
        return []
    works: list[NoteCitation] = []
    at = head.end()
    while (item := _PLAIN_ITEM.match(s, at)) is not None:
        title = item.group("title").strip(" ,.")
        if len(title.split()) < 2 or not title_case(title):
            break  # "London (New York: …)": one word, or prose
        details = read_details(f"({item.group('imprint')})")
        unsure = ["author named before the cue", "plain title"]
        works.append(
            build_citation(
                s, item.start(), offset, end, note, "full", writer, title, "plain", details, unsure
            )
        )
        at = item.end()
    return works
