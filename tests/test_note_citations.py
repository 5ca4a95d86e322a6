"""The note-citation reader: full forms, short forms, Ibid., and what it must not read."""

from __future__ import annotations

import pytest

from citecheck.extract import build_manuscript
from citecheck.extract.note_citations import note_citations_in
from citecheck.model import Note, Span
from tests.helpers import source_of


def read(text: str):
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
    return list(note_citations_in(text, note))


def surnames(citation) -> list[str]:
    return [a.surname for a in citation.authors]


def test_full_form_in_markdown() -> None:
    (c,) = read(
        "Ervand Abrahamian, *Iran Between Two Revolutions* "
        "(Princeton: Princeton University Press, 1982), 23."
    )
    assert (c.form, surnames(c), c.title, c.year, c.pages) == (
        "full",
        ["Abrahamian"],
        "Iran Between Two Revolutions",
        "1982",
        "23",
    )
    assert (c.place, c.publisher, c.title_style) == (
        "Princeton",
        "Princeton University Press",
        "italic",
    )


def test_full_form_copied_from_the_web_has_a_plain_title() -> None:
    (c,) = read("Ervand Abrahamian, Iran Between Two Revolutions (Princeton: PUP, 1982), 23.")
    assert (c.form, c.title, c.year, c.title_style) == (
        "full",
        "Iran Between Two Revolutions",
        "1982",
        "plain",
    )
    assert "plain title" in c.unsure


def test_short_form_and_ibid() -> None:
    (short,) = read("Abrahamian, Iran Between Two Revolutions, 41.")
    assert (short.form, surnames(short), short.title, short.pages) == (
        "short",
        ["Abrahamian"],
        "Iran Between Two Revolutions",
        "41",
    )
    (ibid,) = read("Ibid., 45.")
    assert (ibid.form, ibid.pages, ibid.authors) == ("ibid", "45", ())
    assert read("ebd. S.365")[0].form == "ibid"


def test_journal_article_and_two_authors() -> None:
    (c,) = read('Max Horkheimer and Theodor Adorno, "Dialectic," *Telos* 12, no. 3 (1998): 4--9.')
    assert surnames(c) == ["Horkheimer", "Adorno"]
    assert (c.title, c.container, c.year, c.title_style) == ("Dialectic", "Telos", "1998", "quoted")


def test_several_works_in_one_note_and_quoted_in() -> None:
    found = read(
        "Moshe Lewin, *Lenin's Last Struggle* (Ann Arbor: UMP, 2005); see also Tony Cliff, "
        "*Lenin* (London: Pluto, 1975), quoted in Lars Lih, *Lenin Rediscovered* (Leiden: Brill, 2006)."
    )
    assert [surnames(c) for c in found] == [["Lewin"], ["Cliff"], ["Lih"]]
    assert [c.year for c in found] == ["2005", "1975", "2006"]


@pytest.mark.parametrize(
    "text",
    [
        "Durham, 2012.",
        "London, 2015, p. 4.",
        "Fillip, 2012.",
        "In London: Verso, 2015.",
        "Writing from Büyükada, Turkey, Shachtman complained to Abern.",
        "Critically, Rose asked only that this remain true.",
    ],
)
def test_places_and_prose_are_not_authors(text: str) -> None:
    assert read(text) == []


def test_author_year_notes_are_left_to_the_author_year_reader() -> None:
    assert read("Cliff, 1974, pp118-119.") == []
    assert read("Harman 2009, p176.") == []


def test_edition_year_not_original_year() -> None:
    (c,) = read(
        "Theodor Adorno, *Philosophy of Modern Music* (New York: Continuum, 2004 (1958)), 41."
    )
    assert c.year == "2004"


def test_bibliography_style_note() -> None:
    (c,) = read(
        "Healey, Dan. *Homosexual desire in Revolutionary Russia*. 2001. "
        "Chicago: University of Chicago Press, p. 170."
    )
    assert (surnames(c), c.title, c.year) == (
        ["Healey"],
        "Homosexual desire in Revolutionary Russia",
        "2001",
    )


def test_place_year_pseudo_citations_are_gone_from_the_author_year_reader() -> None:
    text = (
        "The argument.[^1]\n\n"
        "[^1]: Jane Smith, *Places* (Durham, 2012), 4; Paul Roe, *Cities* (London, 2015).\n"
    )
    manuscript = build_manuscript(source_of(text, "m.md"))
    assert [c.text for c in manuscript.citations] == []
    assert [surnames(c) for c in manuscript.note_citations] == [["Smith"], ["Roe"]]


def test_titles_in_emphasis_are_not_author_year_citations() -> None:
    text = (
        "A claim.[^1]\n\n[^1]: Marx, part three of *The Class Struggles in France, 1848 to 1850*.\n"
    )
    manuscript = build_manuscript(source_of(text, "m.md"))
    assert [c.text for c in manuscript.citations] == []


def test_author_year_notes_still_read_beside_full_forms() -> None:
    text = (
        "A claim.[^1] Another.[^2]\n\n"
        "[^1]: Cliff, 1974, p20.\n\n"
        "[^2]: Moshe Lewin, *Lenin's Last Struggle* (London: Pluto, 1975), 4.\n"
    )
    manuscript = build_manuscript(source_of(text, "m.md"))
    assert [c.text for c in manuscript.citations] == ["Cliff, 1974, p20"]
    assert [c.note for c in manuscript.note_citations] == [2]


def test_available_online_joins_the_work_before_and_a_bare_address_is_kept() -> None:
    (work,) = read('Rosa Luxemburg, "Blanquism." Available online at: http://x.org/b.html.')
    assert (work.form, work.url) == ("full", "http://x.org/b.html")
    (address,) = read("See: http://x.org/a.")
    assert (address.form, address.authors, address.title) == ("full", (), "")


def test_op_cit_and_short_form_without_title() -> None:
    (op,) = read("Marx, op. cit., 45.")
    assert (op.form, surnames(op), op.pages) == ("op-cit", ["Marx"], "45")
    (short,) = read("Slater, 73--74.")
    assert (short.form, surnames(short), short.pages) == ("short", ["Slater"], "73--74")


def test_same_author_carried_to_a_second_title() -> None:
    found = read(
        'Gareth Stedman Jones, "The Language of Chartism," in *The Chartist Experience* '
        '(London: Macmillan, 1982); "Utopian Socialism Reconsidered," in *People\'s History* '
        "(London: Routledge, 1981)."
    )
    assert [surnames(c) for c in found] == [["Jones"], ["Jones"]]
    assert found[1].unsure == "author carried from before"


def test_extract_shows_note_citations() -> None:
    from citecheck.reporters.extraction import extraction_view, view_as_text

    text = "A claim.[^1]\n\n[^1]: Moshe Lewin, *Lenin's Last Struggle* (London: Pluto, 1975), 4.\n"
    view = extraction_view(build_manuscript(source_of(text, "m.md")))
    (cited,) = view["note_citations"]
    assert (cited["note"], cited["form"], cited["authors"], cited["year"]) == (
        1,
        "full",
        ["Lewin"],
        "1975",
    )
    assert "note 1  full: Lewin “Lenin's Last Struggle” 1975" in view_as_text(view)
