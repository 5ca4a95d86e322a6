"""A surname, a title and an address: a web copy's short form, or a first citation?

"Zetter, “Memories of the Congress,” <http://…#h07>." is read as a full form because it
gives an address. But it names its writer by the surname alone and gives neither a year
nor an imprint: it has the shape of a short form (Chicago 14.29: surname and short title),
with the address of the page it quotes added, as web articles do. `note_forms.settle_forms`
settles it short when the work was cited before, or when the document writes its full
forms with given names (three or more full forms, and three for each such citation that
comes first): there, a surname alone is the document's way of writing a short form.
In a document whose full forms are "Surname, “Title,” <address>" themselves, it stays full.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citecheck.model import NoteCitation

# What a short form settled by the document's way of naming writers in full forms says.
ADDRESSED_BY_DOCUMENT_STYLE = "a surname, a title and an address; full forms here give names"
NAMED_AT_LEAST = 3
NAMED_RATIO = 3

# A lead-in before the writer.
# matches "See ", "see also ", "Cf. "; not "Seen "
_LEAD_IN = r"(?:(?i:see(?:\s++also)?|cf\.|vgl\.)\s++)?"


def surname_and_address(citation: NoteCitation) -> bool:
    """A full form read for its address alone, its writer named by the surname: the
    surname opens it and a marked title follows ("Zetter, “Memories …,” <…>")."""
    if not (citation.form == "full" and citation.url and citation.authors and citation.title):
        return False
    if citation.year or citation.place or citation.publisher or citation.container:
        return False
    surname = re.escape(citation.authors[0].surname)
    # matches 'Zetter,"Memories', "See Zetter, *Memories"; not "Clara Zetter, “Memories",
    # "Zetter, Clara, “Memories"
    opening = rf"\s*+{_LEAD_IN}{surname}\s*+[,:]\s*+[“\"*„«‘']"
    return re.match(opening, citation.text) is not None


def _surname_first(citation: NoteCitation) -> bool:
    surname = re.escape(citation.authors[0].surname)
    return re.match(rf"\s*+{_LEAD_IN}{surname}(?!\w)", citation.text) is not None


def full_forms_give_names(citations: Sequence[NoteCitation], without: int) -> bool:
    """True when the document writes its full forms with the writer's given names: three
    or more such full forms (imprint, year or container read, names before the surname),
    and three for each first citation of a surname, a title and an address."""
    named = sum(
        1
        for c in citations
        if c.form == "full"
        and c.authors
        and c.title
        and (c.year or c.place or c.publisher or c.container)
        and not _surname_first(c)
    )
    return named >= NAMED_AT_LEAST and named >= NAMED_RATIO * without
