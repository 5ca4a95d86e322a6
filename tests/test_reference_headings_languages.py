"""Headings that open a notes list or a reference list in German, Greek, French, Spanish,
Italian and Portuguese manuscripts, compared without case or accents ("ΣΗΜΕΙΩΣΕΙΣ" drops
the tonos that "Σημειώσεις" has), and headings that only look like them."""

from __future__ import annotations

import pytest

from citecheck.model import Section
from citecheck.readers.paragraphs import (
    is_notes_heading,
    is_references_heading,
    is_references_title,
)
from tests.helpers import codes_of, lint_text, source_of

REFERENCE_LISTS = [
    "## Literaturverzeichnis",
    "Literatur",
    "LITERATUR",
    "Bibliographie",
    "Quellenverzeichnis",
    "Verwendete Literatur",
    "## Βιβλιογραφία",
    "ΒΙΒΛΙΟΓΡΑΦΙΑ",
    "Βιβλιογραφικές αναφορές",
    "Références bibliographiques",
    "Bibliografía",
    "Obras citadas",
    "Riferimenti bibliografici",
]
NOTES_LISTS = ["Anmerkungen", "## Fußnoten", "FUSSNOTEN", "Σημειώσεις", "ΣΗΜΕΙΩΣΕΙΣ", "Notas"]
# Not a list's heading: a title that starts like one, a sentence, a single remark.
NOT_HEADINGS = [
    "Literatur und Kunst",
    "## Die Quellen des Marxismus",
    "Quellen: siehe unten.",
    "Note",
    "Σημειώσεις ενός πολιτικού",
    "Βιβλιογραφία για τον Μαρξ και τον Ένγκελς",
    "Anmerkungen zur Theorie",
    "Bibliografía comentada de la revolución",
]


@pytest.mark.parametrize("heading", REFERENCE_LISTS)
def test_a_reference_list_heading(heading: str) -> None:
    assert is_references_heading(heading)
    assert not is_notes_heading(heading)


@pytest.mark.parametrize("heading", NOTES_LISTS)
def test_a_notes_heading(heading: str) -> None:
    assert is_notes_heading(heading)
    assert not is_references_heading(heading)


@pytest.mark.parametrize("heading", NOT_HEADINGS)
def test_no_list_heading(heading: str) -> None:
    assert not is_references_heading(heading)
    assert not is_notes_heading(heading)


def test_the_negatives_are_at_least_half() -> None:
    assert len(NOT_HEADINGS) >= (len(REFERENCE_LISTS) + len(NOTES_LISTS)) / 3


def test_latex_section_titles_fold_alike() -> None:
    assert is_references_title("Literaturverzeichnis")
    assert is_references_title(" ΒΙΒΛΙΟΓΡΑΦΙΑ ")
    assert not is_references_title("Literatur und Kunst")


def test_a_german_list_in_markdown_is_the_reference_list() -> None:
    source = source_of(
        "Text (Honneth 2015: 12).\n\n## Literaturverzeichnis\n\n"
        "Honneth, Axel (2015): Die Idee des Sozialismus. Berlin: Suhrkamp.\n",
        "a.md",
    )
    sections = [p.section for p in source.paragraphs]
    assert sections == [Section.BODY, Section.HEADING, Section.REFERENCES]


def test_a_greek_list_in_capitals_in_plain_text() -> None:
    source = source_of(
        "Κείμενο (Μηλιός 2000: 45).\n\nΒΙΒΛΙΟΓΡΑΦΙΑ\n\n"
        "Μηλιός, Γιάννης (2000): Ο ιστορικός χαρακτήρας. Αθήνα: Κριτική.\n"
    )
    assert [p.section for p in source.paragraphs][-1] is Section.REFERENCES


def test_a_latex_literaturverzeichnis_section() -> None:
    source = source_of(
        "\\section{Einleitung}\nText.\n\n\\section*{Literaturverzeichnis}\n"
        "Honneth, Axel (2015): Die Idee des Sozialismus. Berlin: Suhrkamp.\n",
        "a.tex",
    )
    honneth = [p.section for p in source.paragraphs if "Honneth" in p.span.slice(source.text)]
    assert honneth == [Section.REFERENCES]


def test_a_citation_missing_from_a_german_list_is_reported_and_the_listed_one_is_not() -> None:
    text = (
        "Text (Honneth 2015: 12) und (Fraser 2003: 4).\n\n## Literaturverzeichnis\n\n"
        "Honneth, Axel (2015): Die Idee des Sozialismus. Berlin: Suhrkamp.\n"
    )
    result = lint_text(text, "C101", "C103", name="a.md")
    missing = [f for f in result.findings if f.rule == "missing-reference"]
    assert len(missing) == 1 and "Fraser" in missing[0].message
    assert not [f for f in result.findings if f.rule == "uncited-reference"]
    assert codes_of(result, "missing-reference")
