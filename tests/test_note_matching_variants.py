"""A note citation and its entry written differently still match; other works stay apart.

The table holds what a careful copy-editor still calls the same work (a leading article, a
subtitle in one place only, a compound surname given by its last word, a soft hyphen of a
web copy, a short title that runs past the main title) and what names another work (the
same author's other book, another author of the surname, a sequel "… Revisited", an essay
and a collection named after it). `bench/note_match_variants.py` measures the same on the
truth set's citations.
"""

from __future__ import annotations

import pytest

from citecheck.bibliography.names import author
from citecheck.bibliography.note_matching import (
    MATCHED,
    MISSING,
    match_note_citations,
    title_similarity,
)
from citecheck.model import NoteCitation, Reference, Span


def cited(names: str, title: str, year: str = "", form: str = "full") -> NoteCitation:
    return NoteCitation(
        text=f"{names}, {title}", span=Span(0, 1), note=1, form=form,
        authors=tuple(author(n) for n in names.split(" & ")), title=title, year=year,
    )  # fmt: skip


def letter(name: str, dated: str, collection: str) -> NoteCitation:
    """A letter read by its date alone, the collection written after it."""
    text = f"{name} to Engels, 16 April {dated}, in {collection}, 86."
    return NoteCitation(
        text=text, span=Span(0, len(text)), note=1, form="full", authors=(author(name),),
        year=dated, unsure="a letter, no title",
    )  # fmt: skip


def misread(text: str, name: str, title: str, year: str) -> NoteCitation:
    """A citation whose title the reader read from another part of the note."""
    return NoteCitation(
        text=text, span=Span(0, len(text)), note=1, form="full", authors=(author(name),),
        title=title, year=year,
    )  # fmt: skip


PENGUIN = "Karl Marx, *Capital*, vol. 1, Penguin Classics (London: Penguin, 1976), 12."


def entry(names: str, title: str, year: str) -> Reference:
    return Reference(
        key=f"k{year}", authors=tuple(author(n) for n in names.split(" & ")), year=year,
        suffix="", title=title, source="m.md", line=1,
    )  # fmt: skip


SAME_WORK = [
    # (note citation, its entry written differently)
    (cited("Adorno", "The Progress", "1962"), entry("Adorno", "Progress", "1998")),
    (cited("Adorno", "Progress", "1962"), entry("Adorno", "The Progress", "1998")),
    (cited("Marx", "Capital", "1976"), entry("Marx", "Capital: A Critique", "1976")),
    (cited("Marx", "Capital: A Critique", "1976"), entry("Marx", "Capital", "1976")),
    (cited("Jones", "The Language of Chartism", "1982"), entry("Stedman Jones", "The Language of Chartism", "1982")),
    (cited("Stedman Jones", "Languages of Class", "1983"), entry("Jones", "Languages of Class", "1983")),
    (cited("Marxismus", "Kommunismus und Frauenbefreiung", "2006"), entry("Arbeitsgruppe Marxismus", "Kommunismus und Frauenbefreiung", "2006")),
    (cited("Beauvoir", "The Second Sex", "1949"), entry("de Beauvoir", "The Second Sex", "1949")),
    (cited("Lukacs", "History and Class Consciousness", "1971"), entry("Lukács", "History and Class Consciousness", "1971")),
    (cited("Miłosz", "The Captive Mind", "1953"), entry("Milosz", "The Captive Mind", "1953")),
    (cited("Sondergaard", "Krisen", "1990"), entry("Søndergaard", "Krisen", "1990")),
    (cited("Lukács", "Geschichte und Klassenbewußtsein", "1923"), entry("Lukács", "Geschichte und Klassenbewusstsein", "1923")),
    (cited("Kierkegaard", "Frygt og Bæven", "1843"), entry("Kierkegaard", "Frygt og Baeven", "1843")),
    (cited("Voron", "Bringing the War Home: The Weather Under\xadground", "1979"), entry("Voron", "Bringing the War Home: The Weather Underground", "2004")),
    (cited("Lukács", "Lenin -- Theoretician", form="short"), entry("Lukács", "Lenin -- Theoretician of Practice", "1924")),
    (cited("Lenin", "Left-Wing Communism", form="short"), entry("Lenin", "Left-Wing Communism: An Infantile Disorder", "1964")),
    (cited("Figes & Kolonitskii", "Interpreting the Russian Revolution", "1999"), entry("Figes", "Interpreting the Russian Revolution", "1999")),
    (cited("Figes", "Interpreting the Russian Revolution", "1999"), entry("Figes & Kolonitskii", "Interpreting the Russian Revolution", "1999")),
    (cited("Abrahamian", "Iran Between Two Revolutions", "1982"), entry("Abrahamian", "Iran between the Two Revolutions", "1983")),
    # a short title of more than four words, its subtitle after a mark in the list
    (cited("Lenin", "What Is to Be Done?", form="short"), entry("Lenin", "What Is to Be Done? Burning Questions of Our Movement", "1902")),
    (cited("Healey", "Homosexual Desire in Revolutionary Russia", form="short"), entry("Healey", "Homosexual Desire in Revolutionary Russia. The Regulation of Sexual and Gender Dissent", "2001")),
    # a letter read by its date: the collection the note writes out, or its year
    (letter("Marx", "1856", "*Selected Correspondence* (Moscow: Progress, 1975)"), entry("Marx", "Selected Correspondence", "1975")),
    (letter("Marx", "1856", "Werke, Bd. 29 (Berlin: Dietz, 1963)"), entry("Marx & Engels", "Werke", "1963")),
    (letter("Marx", "1856", "MEW, Bd. 29 (Berlin: Dietz, 1963)"), entry("Marx & Engels", "Marx-Engels-Werke", "1963")),
]  # fmt: skip

OTHER_WORK = [
    # (note citation, the only entry: another work)
    (cited("Freud", "Beyond the Pleasure Principle", "1989"), entry("Freud", "Beyond the Pleasure Principle Revisited", "2004")),
    (cited("Marx", "Capital", "1976"), entry("Marx", "The Civil War in France", "1976")),
    (cited("Marx", "Capital", "1976"), entry("Marx", "The Poverty of Philosophy", "1955")),
    (cited("Marx", "The Eighteenth Brumaire of Louis Bonaparte", "1852"), entry("Marx", "The Class Struggles in France", "1850")),
    (cited("Jones", "The Language of Chartism", "1982"), entry("Stedman Jones", "Outcast London", "1971")),
    (cited("Jones", "Chartism and the Chartists", "1975"), entry("Stedman Jones", "The Language of Chartism", "1982")),
    (cited("Jones", "The Language of Chartism", "1982"), entry("Smith-Jones", "The Language of Chartism", "1982")),
    (cited("Adorno", "Progress", "1962"), entry("Adorno", "Progress: Essays and Interventions", "1998")),
    (cited("Lih", "Lenin", "2011"), entry("Lih", "Lenin Rediscovered", "2008")),
    (cited("Lukács", "Lenin -- Theoretician of Practice", "1924"), entry("Lukács", "Lenin: A Study on the Unity of His Thought", "1970")),
    # a title of more than four words, without a year, is no short title of a longer one
    (cited("Dean", "Capitalism Is the End of the World", form="short"), entry("Dean", "Capitalism Is the End of the World Revisited", "2034")),
    (cited("Nietzsche", "Attempt at a Self-Criticism of Tragedy"), entry("Nietzsche", "Attempt at a Self-Criticism of Tragedy Revisited", "1901")),
    # a letter read by its date names its collection; another book of the same year is not it
    (letter("Marx", "1856", "*Selected Correspondence* (Moscow: Progress, 1975)"), entry("Marx", "Capital", "1975")),
    (misread(PENGUIN, "Marx", "Penguin Classics", "1976"), entry("Marx", "Grundrisse", "1976")),
    (misread(PENGUIN, "Marx", "Penguin Classics", "1976"), entry("Marx", "Capital", "1867")),
    # the title read is what counts: a note may mark other works' titles beside its own
    (misread(PENGUIN, "Marx", "Penguin Classics", "1976"), entry("Marx", "Capital", "1976")),
]  # fmt: skip


@pytest.mark.parametrize(("citation", "listed"), SAME_WORK, ids=[c.text for c, _ in SAME_WORK])
def test_the_same_work_written_differently_matches(citation: NoteCitation, listed: Reference):
    (match,) = match_note_citations([citation], [listed])
    assert match.status == MATCHED
    assert not [d for d in match.differences if d[0] == "author"]


@pytest.mark.parametrize(("citation", "listed"), OTHER_WORK, ids=[c.text for c, _ in OTHER_WORK])
def test_another_work_is_not_matched(citation: NoteCitation, listed: Reference) -> None:
    (match,) = match_note_citations([citation], [listed])
    assert match.status == MISSING


def test_table_is_half_negative() -> None:
    assert len(OTHER_WORK) >= 10 and len(SAME_WORK) >= 10


def test_the_whole_title_wins_over_a_shared_main_title() -> None:
    """ "Lenin -- Theoretician" is a short title of the essay, not of "Lenin: A Study …",
    though both begin with "Lenin"."""
    study = entry("Lukács", "Lenin: A Study on the Unity of His Thought", "1970")
    essay = entry("Lukács", "Lenin -- Theoretician of Practice", "1924")
    short = cited("Lukács", "Lenin -- Theoretician", form="short")
    for listed in ([study, essay], [essay, study]):
        (match,) = match_note_citations([short], listed)
        assert match.reference == essay


def test_two_books_of_one_author_each_match_their_own() -> None:
    books = [entry("Marx", "Capital", "1976"), entry("Marx", "Grundrisse", "1973")]
    citations = [cited("Marx", "Grundrisse", "1973"), cited("Marx", "Capital", "1976")]
    matches = match_note_citations(citations, books)
    assert [m.reference for m in matches] == [books[1], books[0]]


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("Beyond the Pleasure Principle", "Beyond the Pleasure Principle Revisited", False),
        ("Iran Between Two Revolutions", "Iran between the Two Revolutions", True),
        ("Iran Between Two Revolutions", "Iran Betwen Two Revolutions", True),
        ("The Progress", "Progress", True),
    ],
)
def test_whole_titles_differ_by_a_word_of_substance(a: str, b: str, alike: bool) -> None:
    assert (title_similarity(a, b, short=False) >= 85) is alike


JUNIUS = (
    "Rosa Luxemburg, “The Junius Pamphlet,” in *Rosa Luxemburg Speaks*, ed. Mary-Alice "
    "Waters (New York: Pathfinder, 1970), 3."
)


def chapter(text: str = JUNIUS, year: str = "1970") -> NoteCitation:
    return NoteCitation(
        text=text, span=Span(0, len(text)), note=1, form="full", authors=(author("Luxemburg"),),
        title="The Junius Pamphlet", year=year, container="Rosa Luxemburg Speaks",
    )  # fmt: skip


def test_a_chapter_matches_its_book_listed_under_the_editor_it_names() -> None:
    book = entry("Waters", "Rosa Luxemburg Speaks", "1970")
    (match,) = match_note_citations([chapter()], [book])
    assert match.status == MATCHED and match.differences == ()
    (own,) = match_note_citations([chapter()], [entry("Luxemburg", "Rosa Luxemburg Speaks", "")])
    assert own.status == MATCHED and own.differences == ()


def test_the_chapter_own_entry_wins_over_its_book() -> None:
    book = entry("Waters", "Rosa Luxemburg Speaks", "1970")
    essay = entry("Luxemburg", "The Junius Pamphlet", "1970")
    for listed in ([book, essay], [essay, book]):
        (match,) = match_note_citations([chapter()], listed)
        assert match.reference == essay


@pytest.mark.parametrize(
    ("citation", "listed"),
    [
        (chapter(), entry("Hudis", "Rosa Luxemburg Speaks", "1970")),  # an editor not named
        (chapter(), entry("Waters", "Rosa Luxemburg Reader", "2004")),  # another book
        (chapter(year="1971"), entry("Waters", "Rosa Luxemburg Speaks", "1970")),  # other year
    ],
)
def test_a_chapter_does_not_match_another_book(citation: NoteCitation, listed: Reference) -> None:
    (match,) = match_note_citations([citation], [listed])
    assert match.status == MISSING
