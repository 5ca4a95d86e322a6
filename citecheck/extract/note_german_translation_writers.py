"""A German translation's writer, carried from the original cited just before it.

German notes give a foreign work and then its German translation after "dt.:", "deutsch:",
"dt. Ausg.:", "dt. u. d. T." ("Jean-Luc Vernet: *Le port*, Paris 1968; dt.: *Der Hafen*,
übers. v. Ina Rau, Frankfurt 1974"): the translation is the same writer's work, written
once. The segment reader carries the writer when it has read the original itself; a work
read later from the note's prose (a lead-in: "Siehe vor allem Jean-Luc Vernet: …") was not
there to carry from, so the writer is carried here, after all readings are made.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.note_edition_cues import EDITION_CUE
from citecheck.extract.note_translation_cues import ENGLISH_CUE
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# The words between the original's reading and the translation's: a separator, then the
# German translation's cue, then nothing else.
# matches "; dt.: ", ". Deutsch: ", "; dt. Ausg.: ", ", dt. u. d. T. ", "; deutsche Ausgabe:
# ", " (dt.: ", English "; English translation: ", "; trans. as "; not "; vgl. auch ", "; dt.
# v. Ina Rau, " (a translator), "; in: ", "" (no cue)
_CUE_BETWEEN = lazy_compile(
    r"""[\s,.;]*+\(?\s*+
        (?:(?i:deutsch|dt\.(?:\s*+(?:Übers|Ausg)\.)?|deutsche\s++(?:Ausgabe|Übersetzung|Fassung))
           \s*+:
          |(?i:dt\.\s?u\.\s?d\.\s?T\.|deutsch\s++unter\s++dem\s++Titel):?
          |(?:{EDITION_CUE})\s*+:
          |{ENGLISH_CUE})
        \s*+\)?\s*+""".replace("{ENGLISH_CUE}", ENGLISH_CUE).replace("{EDITION_CUE}", EDITION_CUE),
    re.VERBOSE,
)

# How far the original's reading may end before the translation's (bounded: linear).
_GAP = 60


def translation_writers(text: str, found: list[NoteCitation]) -> list[NoteCitation]:
    """`found` (one note's readings in order, offsets in `text`) with each writerless work
    after a German translation's cue given the writer of the work read just before it."""
    if "dt" not in text and "eutsch" not in text and "English" not in text and " as " not in text:
        return found  # cheap test first: every cue holds one
    carried: list[NoteCitation] = []
    for citation in found:
        before = carried[-1] if carried else None
        if (
            before is not None
            and before.authors
            and not citation.authors
            and citation.title
            and before.span.end <= citation.span.start <= before.span.end + _GAP
            and _CUE_BETWEEN.fullmatch(text, before.span.end, citation.span.start)
        ):
            unsure = "; ".join(u for u in (citation.unsure, "author carried from before") if u)
            citation = replace(citation, authors=before.authors, unsure=unsure)
        carried.append(citation)
    return carried
