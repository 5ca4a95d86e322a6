"""The reader's side of matching: a citation read in ways the scoring calls right (issue 11).

`note_match_variants.py` varies the works-cited entry. These vary the READING instead: each
takes the reader's own reading of a truth citation and changes it the way a reading can
differ from the entry built from the same truth citation while `note_scoring.fits` still
counts it right (author and year right, or author and title right): a title carrying its
container or subtitle, cut at a comma, in other quotes; another year of the work; the names
read with initials, a particle, an editor before them; no title or no year read; a short
title of one or two words. The harness keeps only the variants the scoring calls right, so
a matcher that fails one would report a citation the reader got right as missing.

Nothing here is tuned by article: every variant is built from the reading and its truth.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from citecheck.bibliography.names import fold
from citecheck.model import Author, NoteCitation

ARTICLES = ("the", "a", "an")

# A reading variant: (the reading, its truth citation) -> another reading, or None (not
# applicable to this citation).
ReadingVariant = Callable[[NoteCitation, dict], NoteCitation | None]


def _with(c: NoteCitation, **changes: object) -> NoteCitation:
    return dataclasses.replace(c, **changes)


def _author(surname: str) -> Author:
    return Author(surname, fold(surname))


# Where a main title ends (as note_matching reads it): "Khrushchev Lied: The Evidence".
# matches ": " in "Lenin: Building", "? " in "Done? Burning"; not "2:1"
_SUBTITLE = re.compile(r"(?<=\w)[:?!]\s|\s[—–]\s|\s--\s")


def _main_words(title: str) -> list[str]:
    cut = _SUBTITLE.search(title)
    words = (title[: cut.start()] if cut else title).split()
    return words[1:] if words and words[0].lower() in ARTICLES and len(words) > 1 else words


def _retitled(title: Callable[[str], str | None], *, run_on: bool = False) -> ReadingVariant:
    """The title read otherwise; with `run_on`, read past its end into words the note
    writes after it (a subtitle, the container), which only a full form has after its
    title: a short form's short title is all the note gives."""

    def variant(c: NoteCitation, truth: dict) -> NoteCitation | None:
        if run_on and c.form != "full":
            return None
        new = title(c.title) if c.title else None
        return _with(c, title=new) if new and new != c.title else None

    return variant


def _cut_at(mark: str) -> Callable[[str], str | None]:
    def cut(title: str) -> str | None:
        head = title.split(mark, 1)[0].strip(" ,")
        return head if mark in title and len(head) >= 4 else None

    return cut


def _short_title(words: int) -> Callable[[str], str | None]:
    def short(title: str) -> str | None:
        main = _main_words(title)
        return " ".join(main[:words]) if len(main) > words else None

    return short


def _other_year(sentence: str, shift: int) -> ReadingVariant:
    """Another year of the work read, the note writing it: an original's or a reprint's."""

    def variant(c: NoteCitation, truth: dict) -> NoteCitation | None:
        if not c.year or not c.title or c.form != "full":
            return None
        year = str(int(c.year) + shift)
        return _with(c, year=year, text=f"{c.text}{sentence.format(year=year)}")

    return variant


def _original_year_only(c: NoteCitation, truth: dict) -> NoteCitation | None:
    """The year annotated as the original's read, no title read: "Marx, 1867"."""
    original = truth.get("original_year")
    return _with(c, year=str(original), title="") if original and c.authors else None


def _renamed(name: Callable[[Author, dict], tuple[Author, ...] | None]) -> ReadingVariant:
    def variant(c: NoteCitation, truth: dict) -> NoteCitation | None:
        if not c.authors:
            return None
        first = name(c.authors[0], truth)
        return _with(c, authors=(*first, *c.authors[1:])) if first else None

    return variant


def _two_as_one(joiner: str) -> ReadingVariant:
    def variant(c: NoteCitation, truth: dict) -> NoteCitation | None:
        if len(c.authors) < 2:
            return None
        one = _author(f"{c.authors[0].surname}{joiner}{c.authors[1].surname}")
        return _with(c, authors=(one, *c.authors[2:]))

    return variant


def _corporate_tail(a: Author, truth: dict) -> tuple[Author, ...] | None:
    words = a.surname.split()
    return (
        (_author(" ".join(words[-2:]) if len(words) > 2 else words[-1]),)
        if len(words) > 1
        else None
    )


READING_VARIANTS: dict[str, ReadingVariant] = {
    "title with its container (“X,” in *Y*)": _retitled(
        lambda t: f"{t}, in Collected Essays on Politics", run_on=True
    ),
    "title with a subtitle after a colon": _retitled(
        lambda t: None if _SUBTITLE.search(t) else f"{t}: Essays and Interventions",
        run_on=True,
    ),
    "title with a subtitle after a full stop": _retitled(
        lambda t: None if _SUBTITLE.search(t) else f"{t}. Essays and Interventions",
        run_on=True,
    ),
    "title cut at a comma": _retitled(_cut_at(",")),
    "title cut before a bracket": _retitled(_cut_at("(")),
    "title running on into a bracket": _retitled(lambda t: f"{t} (Second Edition)", run_on=True),
    "title in French quotes («X»)": _retitled(lambda t: f"«{t}»"),
    "title in German quotes („X“)": _retitled(lambda t: f"„{t}“"),
    "an original's year read (first published …)": _other_year(" (first published {year})", -25),
    "a reprint's year read (repr. …)": _other_year("; repr. London: Verso, {year}", 20),
    "the original year read, no title": _original_year_only,
    "two authors read in the other order": lambda c, t: (
        _with(c, authors=(c.authors[1], c.authors[0], *c.authors[2:]))
        if len(c.authors) > 1
        else None
    ),
    "an editor read before the author": lambda c, t: (
        _with(c, authors=(_author("Hoare"), *c.authors)) if c.authors else None
    ),
    "two authors read as one (“Marx and Engels”)": _two_as_one(" and "),
    "two authors read as one (“Marx/Engels”)": _two_as_one("/"),
    "a corporate author read by its last words": _renamed(_corporate_tail),
    "initials stuck to the surname (“E. P. Thompson”)": _renamed(
        lambda a, t: (_author(f"E. P. {a.surname}"),)
    ),
    "initials stuck, unspaced (“E.P. Thompson”)": _renamed(
        lambda a, t: (_author(f"E.P. {a.surname}"),)
    ),
    "a particle read with the surname (“de …”)": _renamed(
        lambda a, t: None if " " in a.surname else (_author(f"de {a.surname}"),)
    ),
    "a suffix read with the surname (“… Jr.”)": _renamed(
        lambda a, t: (_author(f"{a.surname} Jr."),)
    ),
    "“et al.” read with the surname": _renamed(lambda a, t: (_author(f"{a.surname} et al."),)),
    "the surname in capitals (small caps of a web copy)": _renamed(
        lambda a, t: (_author(a.surname.upper()),) if a.surname.upper() != a.surname else None
    ),
    "a typographic apostrophe in the surname (O’Brien)": _renamed(
        lambda a, t: (_author(a.surname.replace("'", "’")),) if "'" in a.surname else None
    ),
    "a volume read with the title (“, vol. 2”)": _retitled(lambda t: f"{t}, vol. 2", run_on=True),
    "a cue read into the title (“See …”)": _retitled(lambda t: f"See {t}"),
    "a translation in brackets read with the title": _retitled(
        lambda t: f"{t} [A Translated Title]", run_on=True
    ),
    "no title read (author and year)": lambda c, t: (
        _with(c, title="", title_style="") if c.year and c.title else None
    ),
    "no year read (author and title)": lambda c, t: _with(c, year="") if c.year else None,
    "a short title of one word": _retitled(_short_title(1)),
    "a short title of two words": _retitled(_short_title(2)),
    "the container read as the title": lambda c, t: (
        _with(c, title=c.container, container="") if c.container else None
    ),
}
