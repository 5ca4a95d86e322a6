"""A note that quotes a passage and then names its source: "“The dock was our school,”
writes Peter Hale in *The Strike and the City* (London: Verso, 1974), 12", "„Der Hafen war
unsere Schule“, so Hans Obermann, *Die Stadt und der Streik*, Leipzig 1921, S. 12", "«Το
λιμάνι ήταν το σχολείο μας», γράφει ο Γ. Παπαδόπουλος, *Η πόλη …*, Αθήνα 1987, σ. 12".
The quotation is no title: a verb of saying (a closed class: "writes", "notes", "schreibt",
"so", "γράφει" …) joins it to its writer, and the work after the writer is the one cited.
The reader had taken the quotation for an unsigned work's title, with the real work's
details, and lost the work; this pass reads the work after the verb instead, when its
writer has a given name or an initial (a place or a paper after "said" is no writer)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# After a quotation's words: its closing mark and a comma (either first), a verb of saying,
# a Greek article perhaps; the writer's names follow.
# matches "”, writes ", "“, so ", " notes ", "», γράφει ο ", ", schreibt "; not ", in ",
# ", the paper ", ", London"
_SAID = lazy_compile(
    r"""[,.]?[”“"»’]{0,2}[,.]?\s*+
        (?:(?i:writes|wrote|notes|noted|argues|argued|observes|observed|says|said|remarks
              |remarked|recalls|recalled|claims|claimed|insists|insisted|puts\s++it)
          |schreibt|schrieb|bemerkt|bemerkte|notiert|meint|so|heißt\s++es\s++bei
          |γράφει|έγραφε|σημειώνει|παρατηρεί|λέει|υποστηρίζει)
        \s++(?:(?:ο|η|του|της)\s++)?(?=[A-ZÄÖÜΑ-ΩΆΈΉΊΌΎΏ])""",
    re.VERBOSE,
)

# A reader of one work at a place in a segment, as `note_work.read_at` is.
Reader = Callable[..., NoteCitation | None]


def quoted_sources(text: str, found: list[NoteCitation], read_at: Reader) -> list[NoteCitation]:
    """`found` (one note's readings, offsets in `text`) with each unsigned "work" titled by
    a quotation that a verb of saying ties to a writer replaced by the work after it."""
    kept: list[NoteCitation] = []
    for citation in found:
        if citation.authors or citation.title_style != "quoted" or not citation.title:
            kept.append(citation)
            continue
        start, end = citation.span.start, citation.span.end
        title_at = text.find(citation.title, start, end)
        said = _SAID.match(text, title_at + len(citation.title)) if title_at >= 0 else None
        if said is None:
            kept.append(citation)
            continue
        segment = text[start:end]
        work = read_at(segment, said.end() - start, start, end, citation.note)
        if work is None or not work.authors or not work.title:
            kept.append(citation)
            continue
        names = text[said.end() : max(said.end(), text.find(work.title, said.end(), end))]
        if sum(1 for word in re.findall(r"\w+", names) if word[0].isupper()) < 2:
            kept.append(citation)  # "“Strike!” said Paris, *Le Monde*, …": no given name
            continue
        kept.append(
            replace(work, unsure="; ".join(u for u in (work.unsure, "after a quotation") if u))
        )
    return kept
