"""A first citation that gives the given names, a cut title and a page, and no details
("Cedric Johnson, *Rebellion or Revolution*, 41."), where the bibliography lists the
work under a longer main title of which that title is the head. The reader takes such a
citation for a full form lacking its details (`extract/note_forms.py`: a short form by
Chicago's rule gives the surname alone), unless the document shows otherwise. Its title
settles it: a title cut to its first words is a short title (Chicago 14.32), so the
citation refers back to a full form, and `short-form-before-full` asks for one. So does
such a citation with no page when its given names come first (a name inverted is a
bibliography's full form), and a surname alone with a marked title and an address and no
other detail ("Vell, *Harbour Lights*, her speech (union archive): https://…"), whose
title the list gives longer: surname and short title are both halves of a short form, the
address an addition some writers make. An earlier note naming the writer with the listed
work's year is taken for its full form, read or not."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from citecheck.bibliography.note_matching import TITLE_SIMILARITY, title_key, title_similarity
from citecheck.extract.note_forms import NO_DETAILS
from citecheck.extract.note_lone_names import head_key
from citecheck.extract.note_source_named import names_its_source
from citecheck.extract.note_surname_address import address_only, full_forms_give_names
from citecheck.extract.note_year_short import surname_alone
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Note, NoteCitation, Reference

# A year or an address in a citation's text: details the reader did not take, so the
# title read may be cut short ("Kim Willsher, "Paris Protest: "People are …," *The
# Guardian,* November 24, 2018, <https://…>" read as "Paris Protest:").
# matches "2018", "https://x.org", "www.x.org"; not "Bakunin.", "41"
WRITTEN_DETAILS = lazy_compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|https?://|www\.")

# How many notes before a citation are looked in for its writer and a listed work's year
# (keeps thousands of such citations linear).
LOOK_BACK = 200

# Where a main title ends and its subtitle begins: "Iran Between Two Revolutions: A …".
SUBTITLE_MARKS = (":", "?", "!", " — ", " -- ")


class ShortenedTitles:
    """The main titles of the listed works, by first author (folded)."""

    def __init__(
        self,
        references: Sequence[Reference],
        notes: Sequence[Note] = (),
        text: str = "",
        citations: Sequence[NoteCitation] = (),
    ) -> None:
        self.citations = citations
        self._names_given: bool | None = None  # computed at the first citation it decides
        # the notes' texts in document order, where a listed work's year may stand
        self.notes = [(n.span.start, n.span.end, n.text_span.slice(text)) for n in notes]
        self.titles: dict[str, list[list[str]]] = {}
        # the main titles of listed works that have a subtitle
        self.with_subtitle: dict[str, list[list[str]]] = {}
        # the whole titles, for a short title of key words (not the head alone)
        self.whole: dict[str, list[tuple[str, str]]] = {}
        for reference in references:
            if reference.authors and reference.title:
                author = title_key(reference.authors[0].surname)
                main = _main_title(reference.title)
                words = head_key(main).split()
                self.titles.setdefault(author, []).append(words)
                self.whole.setdefault(author, []).append((reference.title, reference.year))
                if len(head_key(reference.title).split()) > len(words):  # not a "?" alone
                    self.with_subtitle.setdefault(author, []).append(words)

    def cut_first_citation(self, citation: NoteCitation) -> bool:
        """True for a details-less "full" form with a page (or with its given names first
        and no page: `_named_whole_in_short`) whose title is the head of a longer main
        title its author has in the list, or with or without a page whose title
        is the main title of a listed work with a subtitle, which it leaves out ("Herb
        Gamberg, “Anarchism through Bakunin.”" of *Anarchism through Bakunin: A Marxist
        Assessment*; Chicago 14.29: a short title drops the subtitle)."""
        if citation.form != "full":
            return False
        if NO_DETAILS not in citation.unsure:
            return self._surname_short_title_online(citation)
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

    def _surname_short_title_online(self, citation: NoteCitation) -> bool:
        """A surname alone, a marked title and an address, and no other detail ("Vell,
        *Harbour Lights*, her speech of 3 May (union archive): https://…"), where the list
        gives its author a longer title the note's fits as a short title: both halves of a
        short form (Chicago 14.29, surname and short title), the address one some writers
        add. The address alone made the reader call it full. A title as long as the listed
        one ("Marcuse, “33 Theses,” … Available online at https://…") names the work whole,
        a first citation lacking its details; so does any such citation in a document that
        does not write its full forms with given names and details (one whose full forms
        are "Surname, *Title*, page, address" themselves: `full_forms_give_names`)."""
        if not _surname_title_address(citation):
            return False
        if self._names_given is None:
            shaped = sum(1 for c in self.citations if _surname_title_address(c))
            self._names_given = full_forms_give_names(self.citations, shaped)
        if not self._names_given:
            return False
        words = len(head_key(citation.title).split())
        author = title_key(citation.authors[0].surname)
        years = [
            year
            for title, year in self.whole.get(author, ())
            if len(head_key(_main_title(title)).split()) > words
            and title_similarity(citation.title, title) >= TITLE_SIMILARITY
        ]
        return bool(years) and not self._dated_before(citation, years)

    def _dated_before(self, citation: NoteCitation, years: list[str]) -> bool:
        """True when one of the LOOK_BACK notes before the citation names its writer's
        surname and the listed work's year: a full form the reader could not read whole
        (a second work after the first in one note, a title in another language), which
        the short title refers back to."""
        surname = citation.authors[0].surname
        at = bisect_left(self.notes, (citation.span.start,))
        return any(
            surname in text and any(year and year in text for year in years)
            for _, end, text in self.notes[max(0, at - LOOK_BACK) : at]
            if end <= citation.span.start
        )


def _surname_title_address(citation: NoteCitation) -> bool:
    """A full reading of a surname alone, a marked title and an address, and no year,
    imprint, container or named source."""
    return (
        address_only(citation)
        and citation.title_style != "plain"
        and surname_alone(citation)
        and not names_its_source(citation)
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
