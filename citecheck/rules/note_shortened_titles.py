"""A first citation that gives the given names, a cut title and a page, and no details
("Cedric Johnson, *Rebellion or Revolution*, 41."), where the bibliography lists the
work under a longer main title of which that title is the head. The reader takes such a
citation for a full form lacking its details (`extract/note_forms.py`: a short form by
Chicago's rule gives the surname alone), unless the document shows otherwise. Its title
settles it: a title cut to its first words is a short title (Chicago 14.32), so the
citation refers back to a full form, and `short-form-before-full` asks for one."""

from __future__ import annotations

from collections.abc import Sequence

from citecheck.bibliography.note_matching import title_key
from citecheck.extract.note_forms import NO_DETAILS
from citecheck.extract.note_lone_names import head_key
from citecheck.model import NoteCitation, Reference

# Where a main title ends and its subtitle begins: "Iran Between Two Revolutions: A …".
SUBTITLE_MARKS = (":", "?", "!", " — ", " -- ")


class ShortenedTitles:
    """The main titles of the listed works, by first author (folded)."""

    def __init__(self, references: Sequence[Reference]) -> None:
        self.titles: dict[str, list[list[str]]] = {}
        for reference in references:
            if reference.authors and reference.title:
                author = title_key(reference.authors[0].surname)
                words = head_key(_main_title(reference.title)).split()
                self.titles.setdefault(author, []).append(words)

    def cut_first_citation(self, citation: NoteCitation) -> bool:
        """True for a details-less "full" form with a page whose title is the head of a
        longer main title its author has in the list."""
        if citation.form != "full" or NO_DETAILS not in citation.unsure or not citation.pages:
            return False
        if not (citation.authors and citation.title):
            return False
        words = head_key(citation.title).split()
        listed = self.titles.get(title_key(citation.authors[0].surname), ())
        return bool(words) and any(
            len(main) > len(words) and main[: len(words)] == words for main in listed
        )


def _main_title(title: str) -> str:
    cuts = [title.find(mark) for mark in SUBTITLE_MARKS if mark in title]
    return title[: min(cuts)] if cuts else title
