"""An author-date citation of a year that a listed work's full form gives beside its own
(issue 11).

A full form may give a work's original year with the edition's ("Anton Weyrich, *The Iron
Calendar* (1867; repr., London: Harwood, 1976)", "*Η πόλη* (Αθήνα: Κάλβος, 1991 [1978])"),
and the list holds the edition (1976). A later author-date citation by the original year
("Weyrich (1867), 90.", "Weyrich 1867, 90": Chicago 15.44 cites a reprint by both years, and
many writers by the first) refers to that work: it is not missing from the list. The years
come only from full forms that matched an entry, of that entry's first author, and only a
year written before the full form's imprint ends counts (not a review's or an excerpt's
later one); with the work's entry removed, its full form matches nothing and the
author-date citation is reported as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from citecheck.bibliography.note_evidence import written_years
from citecheck.bibliography.note_matching import MATCHED, NoteMatch, author_similarity
from citecheck.model import Author

# Names this alike are one writer's (note_matching's NAME_SIMILARITY).
SAME_NAME = 80


class OtherYears:
    """The years the matched full forms give beside their entry's year, by the entry's
    first author: (author, year) pairs, in note order."""

    def __init__(self, matches: Iterable[NoteMatch]) -> None:
        self.given: list[tuple[int, Author, str]] = []
        for match in matches:
            citation, reference = match.citation, match.reference
            if match.status != MATCHED or reference is None or citation.form != "full":
                continue
            if not (reference.authors and reference.year and citation.authors):
                continue
            years = written_years(citation, reference.year)
            if reference.year not in years:
                continue  # the entry's year not written: no edition to set the others beside
            for year in years:
                if year != reference.year:
                    self.given.append((citation.note, reference.authors[0], year))

    def cited_by(self, authors: tuple[Author, ...], year: str, note: int | None) -> bool:
        """True when an earlier note's full form (or any note's, for a citation in the body
        text) gives `year` beside its entry's for a writer of that name."""
        if not authors or not year:
            return False
        return any(
            y == year
            and (note is None or n < note)
            and author_similarity(authors[0], a) >= SAME_NAME
            for n, a, y in self.given
        )
