"""A short form set after a few words of prose in its own ";" group: "…; anders dagegen
Kellner, *Arbeit*, S. 77", "…; contra Blake, *Docks and Unions*, 45", "…· για την αντίθετη
άποψη, Αλεξίου, «Λιμάνια», σ. 45". Chicago (14.29) and German and Greek practice shorten a
work cited before to the surname, a short title and a page; notes that weigh works set a
word or two before it ("dagegen", "ähnlich", "contra", "αντίθετα"). The segment reader
reads such a lead-in before a writer with given names; a bare surname it leaves, so this
pass reads it by the whole shape: lower-case words only, then one capitalised word, a
comma, a marked title (emphasis or quotes), a page, and the group's end; and a writer
whose work the document has cited before (a short form shortens a work given in full), so
that a place in prose is none ("…; the strike spread to London, *passim*, 45"). A German
or English article right before the word ("das Heft, *Arbeit*, S. 7") makes it a noun."""

from __future__ import annotations

import re

from citecheck.bibliography.names import author
from citecheck.extract.citation_patterns import NAME_WORD
from citecheck.extract.note_german_leadins import GERMAN_ARTICLES
from citecheck.extract.note_lone_names import EarlierWorks
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# Why a reading was made here (the `unsure` of the citations this module builds).
LEADIN_SHORT = "short form after a lead-in"

# Articles that make the capitalised word after them a noun, not a writer.
_ARTICLES = GERMAN_ARTICLES | {"the", "a", "an"}

# Prepositions of place right before the word make it a place ("spread to London").
_PLACE_WORDS = frozenset("to in at from into nach aus σε στο στη στην στον από".split())

# At a note's start or after a ";": one to five lower-case words (a cue such as "vgl." or
# "cf." among them, commas allowed), a capitalised word, a comma, a marked title, a page,
# then the group's end. Possessive runs, words parted by spaces: linear.
# matches "; anders dagegen Kellner, *Arbeit*, S. 77.", "; contra Blake, *Docks*, 45",
# "; για την αντίθετη άποψη, Αλεξίου, “Λιμάνια”, p. 45"; not "; Kellner, *Arbeit*, S. 77"
# (no lead-in: the segment reader's), "; dagegen Kellner 1988, S. 77" (no title), "; vgl.
# die Debatte in *Merkur*, S. 12" (no writer), "; dagegen Kellner, *Arbeit* (1988)" (no page)
_SHORT_AFTER_LEAD = lazy_compile(
    rf"""(?:^|(?<=;))\s*+
        (?P<lead>(?:(?-i:[a-zäöüßàâçéèêëîïôûùα-ωάέήίόύώϊϋΐΰ])[\w.]*+,?\s++){{1,5}})
        (?P<name>{NAME_WORD}),\s++
        (?P<title>\*[^*;]{{1,150}}\*|_[^_;]{{1,150}}_|“[^”;]{{1,150}}”|«[^»;]{{1,150}}»)
        ,?\s*+
        (?P<pages>(?:(?:pp?|S)\.\s*+)?\d{{1,5}}(?:\s*+[-–]{{1,2}}\s*+\d{{1,5}})?(?:\s*+f{{1,2}}\.)?)
        \s*+(?=[.;]|$)""",
    re.VERBOSE,
)


def leadin_short_forms(
    text: str, note: int, found: list[NoteCitation], earlier: EarlierWorks | None
) -> list[NoteCitation]:
    """`found` (one note's readings, offsets in `text`) with each short form set after a
    lead-in in its own group added, where no reading covers its writer or title and the
    writer is vouched for: a work of that surname read in an earlier note (`earlier`) or
    before it in this one."""
    if "," not in text or earlier is None:
        return found  # cheap test first: the shape holds a comma
    kept = list(found)
    for short in _SHORT_AFTER_LEAD.finditer(text):
        words = short.group("lead").replace(",", " ").split()
        if words[-1].lower() in _ARTICLES:
            continue  # "…; dazu das Heft, *Arbeit*, S. 7": a noun after its article
        if words[-1].lower() in _PLACE_WORDS:
            continue  # "…; the strike spread to London, *passim*, 45": a place
        start, end = short.start("name"), short.end("pages")
        if any(c.span.start < end and start < c.span.end for c in kept):
            continue  # the reader read these words already
        writer = author(short.group("name"))
        before = {a.folded for c in kept if c.span.end <= start for a in c.authors}
        if short.group("name").casefold() not in earlier.writers and writer.folded not in before:
            continue  # "…; the strike spread to London, *passim*, 45": no writer cited
        title = short.group("title")
        kept.append(
            NoteCitation(
                text=text[start:end],
                span=Span(start, end),
                note=note,
                form="short",
                authors=(writer,),
                title=title[1:-1].strip(" ,"),
                pages=re.sub(r"^(?:pp?|S)\.\s*", "", short.group("pages")),
                title_style="quoted" if title[0] in "“«" else "italic",
                unsure=LEADIN_SHORT,
            )
        )
    kept.sort(key=lambda c: c.span.start)
    return kept
