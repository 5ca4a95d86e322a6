"""A writer's initials read as a title: "Varga, I. (2008: 12)", "Πουλαντζάς, Ν. (1978), σ. 45".

An author-date reference with the given names as initials after the surname (APA, Harvard,
DIN's author-date variant; common in German and Greek social-science notes) has the shape
of "Surname, Title (Year)", so the note reader took the initials for a title. The initials
are the writer's given names, and the citation an author-date one: no title, and short
(it refers to a reference list by writer and year, `rules.note_citations.author_date`)
unless the reading has publication details of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from citecheck.extract.note_patterns import YEAR
from citecheck.model import NoteCitation

# One initial: a capital letter, perhaps with the "h" of "Ch."/"Th."; Latin and Greek.
_INITIAL = re.compile(r"[^\W\d_a-zα-ωß](?:h|Ch)?", re.UNICODE)
_SEPARATORS = re.compile(r"[\s.\-‐]+")
MOST_INITIALS = 3
# the year in a bracket right after the initials: "I. (2008", "Ν. (1978: 12"
_YEAR_AFTER = rf"\.?\s{{0,3}}[(\[]\s{{0,3}}{YEAR.pattern}"


def initials_only(title: str) -> bool:
    """True for "I", "I.", "J.-P.", "Ch. M", "Ν.": one to three initials and nothing else."""
    parts = [p for p in _SEPARATORS.split(title) if p]
    return 0 < len(parts) <= MOST_INITIALS and all(
        _INITIAL.fullmatch(p) and p[0].isupper() for p in parts
    )


def without_initials_titles(citations: Iterable[NoteCitation]) -> list[NoteCitation]:
    """The citations, each whose title is only initials directly before a bracketed year
    read as the author-date citation it is."""
    out = []
    for citation in citations:
        if (
            citation.authors
            and citation.year
            # a title set in italics or quotation marks is one ("Pynchon, *V.* (1963)")
            and citation.title_style not in ("italic", "quoted")
            and initials_only(citation.title)
            and re.search(re.escape(citation.title.rstrip(".")) + _YEAR_AFTER, citation.text)
        ):
            details = citation.container or citation.place or citation.publisher or citation.url
            form = citation.form if details else "short"
            citation = replace(citation, title="", title_style="", form=form)
        out.append(citation)
    return out
