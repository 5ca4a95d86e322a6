"""An Ibid. inside a note's running text, with its page: "(ibid., 63)", "with the editors'
reply, ibid., 121–24", "(Brief an Horkheimer …, zit. nach ebd., S. 301)", "(ebd., S. 12)",
Greek "(αυτόθι, σ. 12)". Not after a capitalised word and a comma ("bei Kramer, ebd."):
that is a named back-reference, `note_german_backrefs`' to read or give up.

Chicago (14.34): ibid. "may also be used within one note in successive references to the
same work"; German notes write "ebd." so inside a sentence or a bracket. The segment reader
reads an Ibid. only where a work starts (a note's start, after ";"), so these were lost.
The reading keeps the truth schema's shape for an Ibid.: form `ibid`, no writer, its page.
A page is required after the mark: "idem, “…,” ibid., no. 14" is the journal of the work
before (`note_idem`), and "ebd." alone in prose may be an adverb's abbreviation."""

from __future__ import annotations

import re
from bisect import bisect_left

from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# What stands before the mark: an opening bracket, a comma, colon or semicolon and a space,
# or a cue ("zit. nach", "see", "vgl."); then the mark, perhaps in emphasis, and its page.
# matches "(ibid., 63)", ", ibid., 121–24.", "zit. nach ebd., S. 301)", "(ebd., p. 12)",
# "(αυτόθι, σ. 12)", "see ibid., pp. 4–5"; not "ibid., no. 14" (a journal's issue),
# "(ebd.)" (no page), "Ibidem" inside a word, "ebd., 1999" (a year, not a page)
_INNER = lazy_compile(
    r"""(?:\(\s*+|[,:;]\s++|(?<!\w)(?i:nach|in|see|siehe|vgl\.|cf\.|βλ\.)\s++)
        (?P<mark>[*_]{0,2}(?:(?i:ibid(?:em)?|ebd|ebenda)\b\.?|αυτόθι(?!\w))[*_]{0,2}),?\s*+
        (?P<pages>(?:(?:S|p|pp|σ|σσ|σελ)\.\s*+)?(?!1[5-9]\d\d(?!\d)|20\d\d(?!\d))\d{1,5}
                  (?:\s*+(?:ff?\.?|[-–]+\s*+\d{1,5}))?)
        (?=\s*+(?:[).;,]|$))""",
    re.VERBOSE,
)

# A capitalised word right before the comma: "Kramer, ebd." is a named back-reference,
# read (or, for a place, "Berlin, ebd.", given up) by `note_german_backrefs`.
# matches "Kramer" in "bei Kramer", "Berlin" in "in Berlin"; not "reply" in "the reply"
_REACH = 60  # how far back the word is looked for (a bound keeps a long note linear)
_NAME_BEFORE = lazy_compile(r"(?<![^\s(])[A-ZÄÖÜΑ-ΩΆ-Ώ][^\W\d_]*+\.?$")


def inner_ibids(text: str, base: int, number: int, found: list[NoteCitation]) -> list[NoteCitation]:
    """The works `found` in one note (`text`, at `base` in the document), with each Ibid.
    inside its text that no reading covers."""
    lowered = text.lower()
    if "ibid" not in lowered and "ebd" not in lowered and "ebenda" not in lowered:
        if "αυτόθι" not in lowered:
            return found  # cheap test first: most notes have no such mark
    ordered = sorted(found, key=lambda c: c.span.start)
    starts = [c.span.start for c in ordered]  # bisected: a note of many readings stays linear
    added: list[NoteCitation] = []
    for inner in _INNER.finditer(text):
        reach = max(0, inner.start() - _REACH)
        if text[inner.start()] == "," and _NAME_BEFORE.search(text, reach, inner.start()):
            continue  # "in Berlin, ebd., S. 4": a writer's or a place's, `note_german_backrefs`
        start, end = base + inner.start("mark"), base + inner.end()
        i = bisect_left(starts, start)
        near = ordered[max(0, i - 1) : i + 1]  # the reading before the mark, and one at it
        if any(_takes(c, start, end) for c in near):
            continue  # read already: a note's opening Ibid., "Gamberg, ibid", an idem's journal
        added.append(
            NoteCitation(
                text=text[inner.start("mark") : inner.end()],
                span=Span(start, end),
                note=number,
                form="ibid",
                pages=inner.group("pages").strip(),
                unsure="an Ibid. inside the note's text",
            )
        )
    if not added:
        return found
    return sorted(found + added, key=lambda c: c.span.start)


# Readings that hold a back-reference of their own, and take a mark inside their span.
_BACK = ("ibid", "idem", "op-cit", "loc-cit")


def _takes(reading: NoteCitation, start: int, end: int) -> bool:
    """True when `reading` already reads the mark at `start`..`end`: it starts there (a
    segment's opening "Ibid."), or it is a back-reference spanning it ("bei Kramer selbst,
    ebd., S. 141", an idem's "ibid." journal). A work read before the mark in the same
    segment ("…, 118–21, with the editors' reply, ibid., 121–24") does not."""
    if start <= reading.span.start < end:
        return True
    if not (reading.span.start < end and start < reading.span.end):
        return False
    # an idem's journal, or a named back-reference, which ends with its mark and page; not
    # a note's opening "Ebd." whose reading runs on over the note ("Ebd. Zudem schrieb …")
    return reading.form == "idem" or (reading.form in _BACK and reading.span.end <= end)
