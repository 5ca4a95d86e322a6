"""The plain-text reader: decoding, line index, body / notes / references split."""

from __future__ import annotations

import codecs

import pytest

from citecheck.errors import InputError
from citecheck.model import LineIndex, Section, Span
from citecheck.readers import read_bytes
from tests.helpers import SAMPLE, source_of

ARTICLE = "Title\n\nBody one.1 More.2\n\nBody two.\n\n1 First note.\n\n2 Second note.\n"


def test_notes_are_the_trailing_run_of_numbered_paragraphs() -> None:
    source = source_of(ARTICLE)
    assert [n.number for n in source.notes] == [1, 2]
    assert source.notes[0].text_span.slice(source.text) == "First note."
    assert [p.section for p in source.paragraphs] == [
        Section.BODY,
        Section.BODY,
        Section.BODY,
        Section.NOTES,
        Section.NOTES,
    ]


def test_author_bio_after_the_notes_is_body_text() -> None:
    source = source_of(ARTICLE + "\nJane Doe teaches history in Leeds.\n")
    assert [n.number for n in source.notes] == [1, 2]
    assert source.paragraphs[-1].section is Section.BODY


def test_notes_heading_is_a_heading_not_body() -> None:
    text = "Body.1\n\nNotes\n\n1 The note.\n"
    source = source_of(text)
    assert [p.section for p in source.paragraphs] == [Section.BODY, Section.HEADING, Section.NOTES]


def test_notes_one_per_line_without_blank_lines() -> None:
    source = source_of("Body.1 Two.2 Three.3\n\n1 One.\n2 Two.\n3 Three.\n")
    assert [n.number for n in source.notes] == [1, 2, 3]
    assert source.notes[1].text_span.slice(source.text) == "Two."


def test_body_paragraph_starting_with_a_number_is_not_a_note() -> None:
    text = "30 years ago it fell.1\n\n1 A note.\n"
    source = source_of(text)
    assert [n.number for n in source.notes] == [1]
    assert source.paragraphs[0].section is Section.BODY


def test_numbered_paragraphs_that_do_not_start_low_are_not_notes() -> None:
    source = source_of("Body text here.\n\n40 people came.\n\n41 left early.\n")
    assert source.notes == ()


def test_references_heading_starts_the_reference_list() -> None:
    text = (
        "Body (Cliff, 1974).1\n\n1 A note.\n\nReferences\n\n"
        "Cliff, Tony, 1974, State Capitalism in Russia (Pluto).\n"
    )
    source = source_of(text)
    sections = [p.section for p in source.paragraphs]
    assert sections == [Section.BODY, Section.NOTES, Section.HEADING, Section.REFERENCES]
    assert [n.number for n in source.notes] == [1]


def test_notes_before_the_references() -> None:
    text = "Body.1\n\n1 A note.\n\nBibliography\n\nCliff, Tony, 1974, State Capitalism.\n"
    source = source_of(text)
    assert [n.number for n in source.notes] == [1]
    assert source.paragraphs[-1].section is Section.REFERENCES


def test_gutenberg_footnote_blocks_are_notes_wherever_they_stand() -> None:
    text = "Indians of New Mexico,[1] I visited.\n\n[Footnote 1: This work was\nundertaken.]\n\nMore text.\n"
    source = source_of(text)
    [note] = source.notes
    assert note.number == 1
    assert note.text_span.slice(source.text) == "This work was\nundertaken."


def test_line_index_is_one_based() -> None:
    index = LineIndex.of("ab\ncd\n")
    assert index.position(0) == (1, 1)
    assert index.position(4) == (2, 2)
    location = index.locate(Span(3, 5))
    assert (location.line, location.column, location.end_line, location.end_column) == (2, 1, 2, 3)


def test_crlf_is_accepted_and_lines_stay_the_same() -> None:
    source = read_bytes("a.txt", ARTICLE.replace("\n", "\r\n").encode())
    assert "\r" not in source.text
    assert [n.number for n in source.notes] == [1, 2]


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        ARTICLE.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
    ],
)
def test_unicode_encodings_with_bom(data: bytes) -> None:
    source = read_bytes("a.txt", data)
    assert source.text.startswith("Title")
    assert source.messages == ()


def test_cp1252_falls_back_with_a_warning_message() -> None:
    source = read_bytes("a.txt", "He said “yes” café.1\n\n1 Note.\n".encode("cp1252"))
    assert "“yes” café" in source.text
    assert [m.code for m in source.messages] == ["input-encoding"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n \t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_unreadable_input_raises_a_one_line_error(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        read_bytes("bad.txt", data)
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)


def test_sample_structure() -> None:
    source = source_of(SAMPLE.read_text(encoding="utf-8"))
    numbers = [n.number for n in source.notes]
    assert len(numbers) == 54
    assert set(range(1, 58)) - set(numbers) == {3, 5, 33}
    bio = next(p for p in source.paragraphs if "online editor" in p.span.slice(source.text))
    assert bio.section is Section.BODY


def test_a_numbered_line_after_the_notes_does_not_hide_them() -> None:
    text = SAMPLE.read_text(encoding="utf-8") + "\n20 May 2019\n"
    source = source_of(text)
    assert len(source.notes) == 54
    assert source.paragraphs[-1].section is Section.BODY


def test_a_stray_large_number_after_the_notes_is_body_text() -> None:
    source = source_of("One.1\n\n1 A note.\n\n999 Big.\n")
    assert [n.number for n in source.notes] == [1]


def test_a_hard_wrapped_note_line_starting_with_a_number_is_not_a_new_note() -> None:
    text = "One.1 Two.2\n\n1 The figures in\n2 tables were revised.\n2 Second note.\n"
    source = source_of(text)
    assert [n.number for n in source.notes] == [1, 2]
    assert source.notes[0].text_span.slice(source.text) == "The figures in\n2 tables were revised."


@pytest.mark.parametrize(
    "notes",
    [
        "1 One.\n\n2 Two.\n\n3 Three.",
        "1. One.\n2. Two.\n3. Three.",
        "1) One.\n2) Two.\n3) Three.",
        "[1] One.\n\n[2] Two.\n\n[3] Three.",
        "¹ One.\n² Two.\n³ Three.",
        "  1 One.\n  2 Two.\n  3 Three.",
    ],
)
def test_notes_list_forms_after_a_heading(notes: str) -> None:
    source = source_of(f"Body.1 More.2 End.3\n\nNotes\n\n{notes}\n\nJane Doe is a writer.\n")
    assert [n.number for n in source.notes] == [1, 2, 3]
    assert source.notes[1].text_span.slice(source.text) == "Two."
    assert source.paragraphs[-1].section is Section.BODY


@pytest.mark.parametrize("heading", ["Notes", "Endnotes", "References and notes", "NOTES:"])
def test_notes_headings_glued_to_a_list_one_a_line(heading: str) -> None:
    source = source_of(f"Body.1 More.2\n\n{heading}\n1 One.\n2 Two.\n")
    assert [n.number for n in source.notes] == [1, 2]
    assert [p.section for p in source.paragraphs] == [
        Section.BODY,
        Section.HEADING,
        Section.NOTES,
    ]


def test_a_note_with_a_quoted_paragraph_keeps_it() -> None:
    text = "A.1 B.2\n\nNotes\n\n1 As he put it:\n\nA long quotation.\n\n2 Second.\n"
    source = source_of(text)
    assert [n.number for n in source.notes] == [1, 2]
    assert "A long quotation." in source.notes[0].text_span.slice(source.text)
