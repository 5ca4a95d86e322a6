"""A new edition of the work just cited, given after a ";" as a second entry of the note:
"Wolf Pike: *Die Spaltung*, Frankfurt/M.: Neue Kritik 1968; Neuauflage mit einem Vorwort
des Verf., Hamburg: Junius 1989." German notes name a new edition by its kind
("Neuauflage", "Neuausgabe", "2., erw. Aufl.") and give only its imprint: the writer and
title are the work before's, the year the edition's own. A reprint ("Nachdruck", "Reprint",
"Taschenbuchausgabe") is the same text again: the truth's schema gives it as the one work,
its year the reprint's and the first year its original ("… 1979. Nachdruck: Moskau 2010"),
so it is no second entry here."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from citecheck.extract.note_patterns import YEAR
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span
from citecheck.spans import SpanSet

# What may stand before the kind of edition: its number and the words that say how it
# differs ("2., erw.", "unveränderter", "überarbeitete und erweiterte").
# matches "2., erw. ", "unveränderter ", "überarb. u. erw. "; not "der ", "zitiert nach "
_HOW = r"""(?:\d{1,2}\.|(?:erweitert|überarbeitet|unverändert|durchgesehen|verbessert|bearbeitet
              |korrigiert|aktualisiert|ergänzt|gekürzt|neu)e?[rn]?
            |erw\.|überarb\.|durchges\.|verb\.|bearb\.|und|u\.)"""

# A ";", the kind of new edition (a bare "Aufl."/"Ausgabe" only after its number or how it
# differs: "; zitiert nach der Ausgabe Berlin 1970" names the edition the note cites),
# then its words up to the next ";" or the note's end, holding a year.
# matches "; Neuauflage mit einem Vorwort des Verf., Hamburg: Junius 1989", "; 2., erw.
# Aufl. München 1995", "; Neuausgabe Berlin 2009"; not "; Neuauflage angekündigt" (no
# year), "; Kramer, Das Ende, München 2001" (a work), "; zitiert nach der Ausgabe Berlin
# 1970", "; unveränderter Nachdruck Darmstadt 1970" (a reprint: the one work)
_EDITION = lazy_compile(
    rf""";\s*+(?P<edition>
          (?:(?:{_HOW},?\s*+){{0,4}}
             (?:Neuauflage|Neuausgabe|Neuaufl\.)
            |(?:{_HOW},?\s*+){{1,4}}(?:Aufl(?:age|\.)|Ausg(?:abe|\.)))
          (?P<rest>[^;]{{0,300}}?)
          (?=\s*+[.;]?\s*+(?:;|$)))""",
    re.VERBOSE,
)

# A year in an edition's words.
# matches "1989"; not "198", "19890"
_YEAR = YEAR

# A page in an edition's words: the year is the one before it.
# matches ", S. 4", ", hier S. 12"; not ", Sp"
_PAGE = lazy_compile(r",\s*+(?:hier\s++)?S\.\s*+\d")


def new_editions(
    text: str, base: int, number: int, found: list[NoteCitation]
) -> list[NoteCitation]:
    """The works `found` in one note (`text`, at `base`), with each new edition given after
    a work read with its writer and title, where no reading took the edition's words."""
    if ";" not in text:
        return found  # cheap test first
    ordered = sorted(found, key=lambda c: c.span.start)
    starts = [c.span.start for c in ordered]  # bisected: linear in a note of many works
    taken = SpanSet(Span(c.span.start - base, c.span.end - base) for c in ordered)
    added: list[NoteCitation] = []
    given_way: set[int] = set()  # untitled readings of the edition's words, replaced
    for edition in _EDITION.finditer(text):
        span = Span(edition.start("edition"), edition.end("edition"))
        i = bisect_left(starts, base + edition.start())
        replaced = -1
        if taken.overlaps(span):
            # "; Neuausgabe mit einem Nachwort, Berlin 2015" read as a work of that title,
            # without writer: the edition's words, not a title
            j = i if i < len(ordered) and ordered[i].span.start == base + span.start else -1
            if (
                j < 0
                or ordered[j].authors
                or not ordered[j].title.startswith(edition.group("edition")[:6])
            ):
                continue
            if j + 1 < len(ordered) and ordered[j + 1].span.start < base + span.end:
                continue
            replaced = j
        work = ordered[i - 1] if i > 0 else None
        if work is not None and work.span.end > base + edition.start():
            continue  # the ";" stands inside the reading before: no work ends there
        if work is None or not (work.authors and work.title):
            continue
        words = edition.group("edition")
        page = _PAGE.search(words)
        years = _YEAR.findall(words[: page.start()] if page else words)
        if not years or years[-1] == work.year:
            continue
        if replaced >= 0:
            given_way.add(replaced)
        added.append(
            replace(
                work,
                text=words,
                span=Span(base + span.start, base + span.end),
                form="full",
                year=years[-1],
                pages="",
                container="",
                place="",
                publisher="",
                url="",
                unsure="a new edition of the work before: its writer and title",
            )
        )
    if not added:
        return found
    kept = [c for k, c in enumerate(ordered) if k not in given_way]
    return sorted(kept + added, key=lambda c: c.span.start)
