"""A short form with its year and nothing else, first in a document whose short forms give
a year (issue 11, round 17).

"Žižek, “Trouble in Paradise.” (2013).": a surname alone, a title and a year, no place,
publisher, container or address, and no page. Chicago's full form (14.100–14.104) needs the
publication facts; its short form (14.29–14.36) is the surname and a short title, and the
author-date hybrids many essays use add the year. With a page, `note_year_short` settles
such a citation short in a document whose full forms give their details. Without one, the
citation alone cannot tell: a classic named whole with its first year ("Nietzsche, *Human,
All Too Human* (1878).") is a full form in a document that gives imprints elsewhere. The
document's own practice decides (a global decision, as in `note_short_habit`): where its
short forms carry a year ("Kioupkiolis and Katsambekis, (2014): 3.", "Vell, *Harbour*
(1990), 41." after the full form), a first "surname, title, year" closing its note is one
of them, and its full form is missing. A year pair ("(1933/46)", a first and a revised
edition) is a full form's detail, and a citation sharing its note with other works ("See
Vell, *A* (1970); *B* (1980).", a list of a writer's works) is left as read.
"""

from __future__ import annotations

from collections.abc import Sequence

from citecheck.extract.note_patterns import YEAR
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# Two years joined by a slash or a dash: the first and a later edition, or a span of
# writing. matches "1933/46", "1933/1946", "1845–46"; not "1933", "p. 46"
_YEAR_PAIR = lazy_compile(r"""\b(?:1[5-9]|20)\d\d\s*[/–-]\s*\d{2,4}\b""")


def year_habit(citations: Sequence[NoteCitation]) -> bool:
    """True when the document's short forms give a year: some reading is short and dated
    (a work given again with its year, an author-date short form of a writer cited before)."""
    return any(c.form == "short" and c.year and c.authors for c in citations)


def closes_alone(citations: Sequence[NoteCitation], i: int) -> bool:
    """True when citations[i] is the only work read in its note and gives one year."""
    citation = citations[i]
    alone = all(
        c.note != citation.note for j, c in enumerate(citations) if j != i and abs(j - i) <= 1
    )
    return alone and len(YEAR.findall(citation.text)) == 1 and not _YEAR_PAIR.search(citation.text)
