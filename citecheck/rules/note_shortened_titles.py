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
from citecheck.extract.note_source_named import names_its_source
from citecheck.extract.note_year_short import surname_alone
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Reference

# A year or an address in a citation's text: details the reader did not take, so the
# title read may be cut short ("Kim Willsher, "Paris Protest: "People are …," *The
# Guardian,* November 24, 2018, <https://…>" read as "Paris Protest:").
# matches "2018", "https://x.org", "www.x.org"; not "Bakunin.", "41"
WRITTEN_DETAILS = lazy_compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|https?://|www\.")

# Where a main title ends and its subtitle begins: "Iran Between Two Revolutions: A …".
SUBTITLE_MARKS = (":", "?", "!", " — ", " -- ")


class ShortenedTitles:
    """The main titles of the listed works, by first author (folded)."""

    def __init__(self, references: Sequence[Reference]) -> None:
        self.titles: dict[str, list[list[str]]] = {}
        # the main titles of listed works that have a subtitle
        self.with_subtitle: dict[str, list[list[str]]] = {}
        for reference in references:
            if reference.authors and reference.title:
                author = title_key(reference.authors[0].surname)
                main = _main_title(reference.title)
                words = head_key(main).split()
                self.titles.setdefault(author, []).append(words)
                if len(head_key(reference.title).split()) > len(words):  # not a "?" alone
                    self.with_subtitle.setdefault(author, []).append(words)

    def cut_first_citation(self, citation: NoteCitation) -> bool:
        """True for a details-less "full" form with a page (or with its given names first
        and no page: `_named_whole_in_short`) whose title is the head of a longer main
        title its author has in the list, or with or without a page whose title
        is the main title of a listed work with a subtitle, which it leaves out ("Herb
        Gamberg, “Anarchism through Bakunin.”" of *Anarchism through Bakunin: A Marxist
        Assessment*; Chicago 14.29: a short title drops the subtitle)."""
        if citation.form != "full" or NO_DETAILS not in citation.unsure:
            return False
        if names_its_source(citation):
            return False  # "…, “Harbour Strike,” *Chicago Tribune*, 4.": no short form
        if not (citation.authors and citation.title):
            return False
        words = head_key(citation.title).split()
        author = title_key(citation.authors[0].surname)
        if words and words in self.with_subtitle.get(author, ()):
            # a title read up to its colon, or with details after it, was cut by the reader
            cut = citation.title.rstrip().endswith((":", "—", "--"))
            return not cut and not WRITTEN_DETAILS.search(citation.text)
        listed = self.titles.get(author, ())
        return (
            bool(words)
            and (bool(citation.pages) or _named_whole_in_short(citation))
            and any(len(main) > len(words) and main[: len(words)] == words for main in listed)
        )


def _named_whole_in_short(citation: NoteCitation) -> bool:
    """A cut title with no page ("Cedric Johnson, *Rebellion or Revolution*."): a short
    title still, when the given names come first, as a writer's short forms give them, and
    the note writes no year or address the reader left. Not "Johnson, Cedric. *Rebellion
    or Revolution*.": a name inverted is a bibliography's entry, a full form written so."""
    return not surname_alone(citation) and not WRITTEN_DETAILS.search(citation.text)


def _main_title(title: str) -> str:
    cuts = [title.find(mark) for mark in SUBTITLE_MARKS if mark in title]
    return title[: min(cuts)] if cuts else title
