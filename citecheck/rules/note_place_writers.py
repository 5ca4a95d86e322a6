"""A short form whose "writer" is a town, where the document gives the same title in full
by another writer: "Paris, Glass Orchard, 41." before "Ada Marsh, *Glass Orchard* (London:
Dale, 1974)" names a place and the work, not a short form by a writer "Paris" (Chicago
14.29's short form is the writer's surname and the short title)."""

from __future__ import annotations

from collections.abc import Sequence

from citecheck.bibliography.note_matching import title_similarity
from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_forms import SAME_TITLE
from citecheck.model import NoteCitation


def place_as_writer(citation: NoteCitation, citations: Sequence[NoteCitation]) -> bool:
    """True when `citation`'s one writer is a town the imprint words know and a full form
    of its title is by another writer."""
    if len(citation.authors) != 1 or not citation.title:
        return False
    writer = citation.authors[0]
    if len(writer.surname.split()) != 1 or not is_imprint_word(writer.surname):
        return False
    return any(
        other.form == "full"
        and other.title
        and other.authors
        and other.authors[0].folded != writer.folded
        and title_similarity(other.title, citation.title, short=True) >= SAME_TITLE
        for other in citations
    )
