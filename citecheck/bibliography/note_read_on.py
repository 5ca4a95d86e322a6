"""A citation's text as matching should read it: with the details the note gives after it.

The reader keeps a citation's text to its first sentence even where it read the work's
details in later sentences, or where a plain title's subtitle and imprint follow it
("Hans-Werner Eckstein, Weimar im Abgrund. Politik und Gesellschaft 1930–1933, München
2000, S. 512": the text is "…, Weimar im Abgrund."), and a note may say after a full form
which edition it cites ("Leipzig 1843, S. 27. Zitiert nach dem Nachdruck: Aalen: Scientia
1971."; "Frankfurt/M. 1968; Neuauflage …, Hamburg 1989"). Matching asks the citation's text
which title and which years it writes (note_evidence), so it reads these words too: the
whole title written out, and an edition's year that agrees with the entry's. The citation
itself is left as read; only the text matching reads is longer.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from citecheck.model import Note, NoteCitation

READ_ON = "details read on"
NEW_EDITION = "a new edition of the work before"
# How far after a citation its details or its edition are looked for (the reader's own
# reach for details read on).
WINDOW = 3_000

# A reprint or a new edition named after a work, up to its year: the edition the note
# cites or gives beside it.
# matches "Zitiert nach dem Nachdruck: Aalen: Scientia 1971", "Neuauflage mit einem Vorwort
# des Verf., Hamburg: Junius 1989", "repr. London: Merlin, 1971", "reprinted 2005"; not
# "Nachdruck verboten." (no year), "reprinted in *Dissent*." (no year before the end); the
# first edition named so too ("Erstausgabe 1867", "first published 1867")
_EDITION = re.compile(
    r"""\b(?:Nachdruck|Neudruck|Neuausgabe|Neuauflage|Neuaufl\.|Taschenbuchausgabe
        |[Rr]eprint(?:ed)?|[Rr]epr\.|rpt\.|[Nn]ew\s+edition|επανέκδοση|ανατύπωση
        |Erstausgabe|Originalausgabe|Erstdruck|zuerst|erstmals|(?:[Ff]irst|[Oo]riginally)\s+published)
        [^;]{0,120}?(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)""",
    re.VERBOSE,
)
_GROUP_BREAK = re.compile(r";\s*")


def with_details(
    citations: Sequence[NoteCitation], notes: Sequence[Note], text: str
) -> tuple[NoteCitation, ...]:
    """The citations, each with its text run on over the details read on after it (to the
    next ";" or the next work) and over an edition named right after it; `text` is the
    manuscript's, which the spans index."""
    ordered = sorted(notes, key=lambda n: n.text_span.start)
    starts = [n.text_span.start for n in ordered]
    result = list(citations)
    for i, citation in enumerate(citations):
        at = bisect_right(starts, citation.span.start) - 1
        if at < 0 or not ordered[at].text_span.contains(citation.span.start):
            continue
        note_end = min(ordered[at].text_span.end, citation.span.end + WINDOW)
        following = _next_start(citations, i, note_end)
        end = _run_on(citation, text, min(following, note_end), note_end)
        start = citation.span.start
        if NEW_EDITION in citation.unsure and i > 0 and citations[i - 1].note == citation.note:
            start = min(start, citations[i - 1].span.start)  # the work it is an edition of
        if end > citation.span.end or start < citation.span.start:
            result[i] = replace(citation, text=text[start:end])
    return tuple(result)


def _next_start(citations: Sequence[NoteCitation], i: int, default: int) -> int:
    """Where the next work read after citation `i` starts (in text order), or `default`."""
    end = citations[i].span.end
    for j in range(i + 1, len(citations)):
        if citations[j].span.start >= end:
            return min(citations[j].span.start, default)
    return default


def _run_on(citation: NoteCitation, text: str, following: int, note_end: int) -> int:
    """Where the citation's words end for matching: at the next ";" or work after details
    read on; through an edition named in its group or right after its ";"."""
    end = citation.span.end
    group = text.find(";", end, following)
    group_end = following if group < 0 else group
    if READ_ON in citation.unsure or (citation.form == "full" and citation.title_style == "plain"):
        # a plain title's end is a guess: its subtitle and imprint may follow ("Lukács, G.
        # (1970): Geschichte und Klassenbewusstsein. Studien …. Neuwied: Luchterhand.")
        end = max(end, group_end)
    if citation.form != "full":
        return end
    edition = _EDITION.search(text, end, group_end)
    if edition is None and group >= 0:
        # "…, Frankfurt/M. 1968; Neuauflage …, Hamburg 1989": the edition's own group
        after = _GROUP_BREAK.match(text, group)
        edition = _EDITION.match(text, after.end(), note_end) if after else None
    return max(end, edition.end()) if edition else end
