"""Note citations matched to bibliography entries, and works-cited lists in full form."""

from __future__ import annotations

from citecheck.bibliography.names import author
from citecheck.bibliography.note_matching import (
    MATCHED,
    MISSING,
    match_note_citations,
    name_similarity,
    title_similarity,
)
from citecheck.extract import build_manuscript
from citecheck.model import NoteCitation, Reference, Span
from tests.helpers import source_of


def cited(surname: str, title: str, year: str = "", form: str = "full") -> NoteCitation:
    return NoteCitation(
        text="x", span=Span(0, 1), note=1, form=form, authors=(author(surname),),
        title=title, year=year,
    )  # fmt: skip


def entry(surname: str, title: str, year: str) -> Reference:
    return Reference(
        key=f"{surname.lower()}{year}", authors=(author(surname),), year=year, suffix="",
        title=title, source="m.md", line=1,
    )  # fmt: skip


def test_short_title_matches_its_entry_but_a_full_title_must_agree_whole() -> None:
    rediscovered = entry("Lih", "Lenin Rediscovered", "2008")
    (short,) = match_note_citations([cited("Lih", "Lenin", form="short")], [rediscovered])
    assert short.status == MATCHED
    (full,) = match_note_citations([cited("Lih", "Lenin", "2011")], [rediscovered])
    assert full.status == MISSING and full.suggestion == rediscovered
    assert title_similarity("Lenin", "Lenin Rediscovered", short=False) < 85


def test_misspelt_surname_and_other_year_are_differences() -> None:
    listed = entry("Marx", "Capital", "1976")
    (match,) = match_note_citations([cited("Mrax", "Capital", "1977")], [listed])
    assert match.status == MATCHED
    assert match.differences == (("author", "Mrax", "Marx"), ("year", "1977", "1976"))
    assert name_similarity("marx", "mrax") >= 80 > name_similarity("marx", "hegel")


def test_works_cited_list_in_full_form_is_read() -> None:
    text = (
        "A claim.[^1]\n\n[^1]: Lewin, *Lenin's Last Struggle*, 4.\n\n## Works cited\n\n"
        "Lewin, Moshe. *Lenin's Last Struggle*. Ann Arbor: University of Michigan Press, 2005.\n\n"
        "Foster and Wynn Davies, *Labour may be sued*, 1995.\n"
    )
    manuscript = build_manuscript(source_of(text, "m.md"))
    listed = [(r.authors[0].surname, r.title, r.year) for r in manuscript.references_in_text]
    assert listed == [
        ("Lewin", "Lenin's Last Struggle", "2005"),
        ("Foster", "Labour may be sued", "1995"),
    ]
