"""Issue 11, full or short (branch forms11): how the reader tells a full form from a short
one, with the whole document in view, and how short-form-before-full finds a work's earlier
full form. Hard cases with at least as many negatives, and each rule change with a failing
and a passing case."""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import find_note_citations, note_citations_in
from citecheck.model import Note, Span
from citecheck.readers import read_bytes
from tests.test_note_citation_rules import findings, manuscript

ADORNO = "Theodor W. Adorno, *Negative Dialectics* (New York: Continuum, 1973), 5."
ADORNO_AGAIN = "Theodor W. Adorno, *Negative Dialectics*, 45."
LEWIN_NAMED = "Moshe Lewin, *Lenin's Last Struggle*, 41."
LEWIN = "Moshe Lewin, *Lenin's Last Struggle* (Ann Arbor: University of Michigan Press, 2005), 3."


def document_forms(*notes: str) -> list[str]:
    source = read_bytes("m.md", manuscript(*notes).encode("utf-8"))
    return [c.form for c in find_note_citations(source)]


# (class, the notes of one document, the form of each work read, in order)
SETTLED = [
    (
        "given again: given names and no details after the full form",
        [ADORNO, ADORNO_AGAIN],
        ["full", "short"],
    ),
    (
        "given again: a short title with given names after the full form",
        [ADORNO, "Theodor W. Adorno, *Negative*, 45."],
        ["full", "short"],
    ),
    (
        "style: the document writes short forms with names, so a first one is short",
        [ADORNO, ADORNO_AGAIN, LEWIN_NAMED],
        ["full", "short", "short"],
    ),
    (
        "negative style: a first one with names and no page is a work named whole",
        [ADORNO, ADORNO_AGAIN, "Thomas Paine, *Common Sense*."],
        ["full", "short", "full"],
    ),
    (
        "negative: names and no details, alone, are an incomplete full form",
        ["Thomas Paine, *Common Sense*, 12."],
        ["full"],
    ),
    (
        "negative: no short form with names in the document, so a first one stays full",
        [LEWIN, "Lewin, *Lenin's Last Struggle*, 41.", "Thomas Paine, *Common Sense*, 12."],
        ["full", "short", "full"],
    ),
    (
        "negative: another work of the same author given with names",
        [ADORNO, "Theodor W. Adorno, *Minima Moralia*, 12."],
        ["full", "full"],
    ),
    (
        "negative: the same title by another author",
        ["Karl Marx, *Capital* (London: Penguin, 1976), 45.", "Thomas Piketty, *Capital*, 12."],
        ["full", "full"],
    ),
    (
        "negative: a full form given again with its details stays full",
        [ADORNO, ADORNO],
        ["full", "full"],
    ),
]


@pytest.mark.parametrize(
    ("notes", "expected"), [c[1:] for c in SETTLED], ids=[c[0] for c in SETTLED]
)
def test_forms_settled_over_the_document(notes: list[str], expected: list[str]) -> None:
    assert document_forms(*notes) == expected


def test_the_settled_classes_have_at_least_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for name, _, _ in SETTLED if name.startswith("negative"))
    assert negatives >= len(SETTLED) - negatives


def test_a_short_form_with_given_names_whose_full_form_is_missing_is_reported() -> None:
    found = findings(manuscript(ADORNO, ADORNO_AGAIN, LEWIN_NAMED), "short-form-before-full")
    assert [f.data["note"] for f in found] == [3]
    given = manuscript(ADORNO, ADORNO_AGAIN, LEWIN, LEWIN_NAMED)
    assert findings(given, "short-form-before-full") == []


def test_given_names_again_after_the_full_form_are_no_finding() -> None:
    assert findings(manuscript(ADORNO, ADORNO_AGAIN), "short-form-before-full") == []
    assert findings(manuscript("Thomas Paine, *Common Sense*, 12."), "short-form-before-full") == []


def note_forms(text: str) -> list[tuple[str, list[str]]]:
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
    return [(c.form, [a.surname for a in c.authors]) for c in note_citations_in(text, note)]


# (class, one note's text, (form, surnames) of each work read)
ONE_NOTE = [
    (
        "bracketed: a source in brackets takes no details from later sentences",
        'Adorno, "Marginalia," in *Critical Models* (New York: CUP, 1998), 266. He said '
        '"speculation and experience" (*Critical Models*, 126), late. It reflected a dispute '
        '(see Adorno and Marcuse, "Correspondence," *New Left Review* 233 (1999), 123).',
        [("full", ["Adorno"]), ("short", []), ("full", ["Adorno", "Marcuse"])],
    ),
    (
        "negative bracketed: details in the next sentence of an unbracketed short form",
        "Healey, Dan. *Homosexual Desire*. 2001. Chicago: University of Chicago Press, 170.",
        [("full", ["Healey"])],
    ),
    (
        "also: 'Also available online' after a short form is another place to read it",
        "Marx, *The Civil War in France*, in Tucker, ed., *Marx-Engels Reader*, 638. Also "
        "[available online here](              ).",
        [("short", ["Marx"])],
    ),
    (
        "title's year: a year inside the title is no publication year",
        "Marx, *The Class Struggles in France, 1848--1850*, in Tucker, ed., *Marx-Engels "
        "Reader*, 593. Also [available online here](              ).",
        [("short", ["Marx"])],
    ),
    (
        "negative title's year: a title with a year and an imprint is a full form",
        "Marx, *The Class Struggles in France, 1848--1850* (New York: International, 1964), 45.",
        [("full", ["Marx"])],
    ),
    (
        "negative title's year: a year before the title dates the work",
        "Lukács, G. (1970): Geschichte und Klassenbewusstsein. Studien. Neuwied: Luchterhand.",
        [("full", ["Lukács"])],
    ),
    (
        "negative also: an address in the next sentence completes a short form",
        "Marx, *The Civil War in France*, 638. Available online at http://x.org/a.",
        [("full", ["Marx"])],
    ),
    (
        "article: a journal's volume, issue and page range without a year",
        'See "The Death of the Subject," by Peter Hudis, Historical Materialism, 12 (3), '
        "pp. 147-168.",
        [("full", ["Hudis"])],
    ),
    (
        "article: a marked journal, volume and number, and a range",
        'Hudis, "The Death of the Subject," *Telos* 12, no. 3, 147--168.',
        [("full", ["Hudis"])],
    ),
    (
        "negative article: a book's volume and a page range",
        "Marx, *Capital*, vol. 1, 45--46.",
        [("short", ["Marx"])],
    ),
    (
        "negative article: a volume, an issue and one page",
        'Hudis, "The Death of the Subject," *Telos* 12 (3), 147.',
        [("short", ["Hudis"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in ONE_NOTE], ids=[c[0] for c in ONE_NOTE]
)
def test_one_note(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert note_forms(text) == expected


def test_the_one_note_classes_have_at_least_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for name, _, _ in ONE_NOTE if name.startswith("negative"))
    assert negatives >= len(ONE_NOTE) - negatives


def reported(*notes: str) -> list[int]:
    return [f.data["note"] for f in findings(manuscript(*notes), "short-form-before-full")]


STATE = "Lenin, *The State and Revolution*, 12."


def test_a_work_named_beside_another_works_imprint_is_no_full_form() -> None:
    beside = (
        "On Lenin and *The State and Revolution*, see Lars T. Lih, *Lenin Rediscovered* "
        "(Leiden: Brill, 2006), 45."
    )
    assert reported(beside, STATE) == [2]
    dated = "As Lenin wrote in *The State and Revolution* in 1917, the state withers away."
    assert reported(dated, STATE) == []


def test_an_earlier_short_form_is_no_full_form() -> None:
    # reported once, at its first short form: the one fix serves the later ones
    assert reported(STATE, "Lenin, *The State and Revolution*, 45.") == [1]
    dated = "Lenin, *The State and Revolution*, 12; Lenin, *Imperialism*, 3."
    assert reported(dated, "A comment.", "Lenin, *Imperialism*, 45.") == [1, 1]
    full = "V. I. Lenin, *The State and Revolution* (Moscow: Progress, 1970), 3."
    assert reported(full, STATE, "Lenin, *The State and Revolution*, 45.") == []


def test_a_container_given_in_another_authors_chapter_is_a_full_form() -> None:
    preuss = (
        "Peter Preuss, “Introduction,” in Friedrich Nietzsche, *On the Advantage and "
        "Disadvantage of History for Life* (Indianapolis: Hackett, 1980), 1."
    )
    assert reported(preuss, "Nietzsche, *History for Life*, 12.") == []
    untitled = "Peter Preuss, “Introduction,” in *Nietzsche Studies* (Indianapolis: Hackett, 1980)."
    assert reported(untitled, "Nietzsche, *History for Life*, 12.") == [2]


def test_a_short_title_of_a_short_title_keeps_its_head() -> None:
    wage = "Karl Marx, *Wage Labour and Capital* (London: Lawrence, 1933), 5."
    assert reported(wage, "Marx, *Capital*, 45.") == [2]
    assert reported(wage, "Marx, *Wage Labour*, 45.") == []
    iran = "Ervand Abrahamian, *Iran Between Two Revolutions* (Princeton: PUP, 1982), 23."
    assert reported(iran, "Abrahamian, *Iran*, 41.") == []
    gotha = "Karl Marx, *Critique of the Gotha Programme* (Moscow: Progress, 1971), 5."
    assert reported(gotha, "Marx, *Gotha Programme*, 12.") == []


def test_a_title_alone_refers_back_to_a_work_named_in_an_earlier_note() -> None:
    named = "Published in the new anthology, *K-Punk*."
    assert reported(named, "*K-Punk*, p. 770") == []
    assert reported("A comment.", "*K-Punk*, p. 770") == [2]


def test_another_work_of_the_authors_does_not_date_ours() -> None:
    wage = "Karl Marx, *Wage Labour and Capital* (London: Lawrence, 1933), on capital."
    assert reported(wage, "Marx, *Capital*, 45.") == [2]
    dated = "As Marx wrote of capital in 1867 (*Capital*, vol. 1), value is social."
    assert reported(dated, "Marx, *Capital*, 45.") == []
