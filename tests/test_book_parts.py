"""Books: notes per chapter, notes after paragraphs, and what is not markers (issue 15)."""

from __future__ import annotations

import pytest

from citecheck.extract.markers import find_markers
from citecheck.model import Section
from citecheck.readers.book_parts import part_heading_name
from tests.helpers import lint_text, source_of
from tests.shared_data import shared_path

FOOTNOTES = ("N101", "N102", "N103", "N104")


def chapter(heading: str, body: str, notes: str) -> str:
    return f"{heading}\n\n{body}\n\nNotes\n\n{notes}\n\n\n"


TRAILING = (
    chapter("Chapter 1", "It fell.1 Then it rose.2 And fell.3", "1 A.\n\n2 B.\n\n3 C.")
    + chapter("Chapter 2", "They left.1 They came.2", "1 D.\n\n2 E.")
    + chapter("Chapter 3", "It ended.1 Or not.2 Who knows.3 Quite.4", "1 F.\n\n2 G.\n\n3 H.")
)

AFTER_PARAGRAPHS = (
    "LECTURE I\n\nIt fell.1 Then it rose.2\n\n[1] A.\n\n[2] B.\n\nMore text here.\n\n"
    "LECTURE II\n\nThey left.1 And came back.2\n\n[1] C.\n\n[2] D.\n\n"
    "LECTURE III\n\nIt ended.1 Not yet.2\n\n[1] E.\n\n"
)


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("CHAPTER IV", "chapter IV"),
        ("Chapter 4: The Origins", "chapter 4"),
        ("LECTURE III.", "lecture III"),
        ("Part two", "part two"),
        ("XIII.", "chapter XIII"),
        ("Chapter and verse", None),
        ("Part of the problem was 4", None),
        ("I am", None),
        ("Section did not change", None),
    ],
)
def test_part_headings(heading: str, name: str | None) -> None:
    assert part_heading_name(heading) == name


def test_notes_trailing_each_chapter_are_parts_named_by_heading() -> None:
    source = source_of(TRAILING)
    assert [part.name for part in source.parts] == ["chapter 1", "chapter 2", "chapter 3"]
    assert [(n.part, n.number) for n in source.notes] == [
        (0, 1), (0, 2), (0, 3), (1, 1), (1, 2), (2, 1), (2, 2), (2, 3),
    ]  # fmt: skip
    assert [(m.part, m.number) for m in find_markers(source)] == [
        (0, 1), (0, 2), (0, 3), (1, 1), (1, 2), (2, 1), (2, 2), (2, 3), (2, 4),
    ]  # fmt: skip
    findings = lint_text(TRAILING, *FOOTNOTES).findings
    assert [(f.code, f.message, f.data) for f in findings] == [
        (
            "N101",
            "note 4 of chapter 3 is cited in the text but missing from the notes",
            {"note": 4, "part": "chapter 3"},
        )
    ]


def test_notes_after_paragraphs_belong_to_their_chapter() -> None:
    source = source_of(AFTER_PARAGRAPHS)
    assert [part.name for part in source.parts] == ["lecture I", "lecture II", "lecture III"]
    assert [(n.part, n.number) for n in source.notes] == [(0, 1), (0, 2), (1, 1), (1, 2), (2, 1)]
    notes_paragraphs = [p for p in source.paragraphs if p.section is Section.NOTES]
    assert len(notes_paragraphs) == 5
    assert [(m.part, m.number) for m in find_markers(source)] == [
        (0, 1), (0, 2), (1, 1), (1, 2), (2, 1), (2, 2),
    ]  # fmt: skip
    findings = lint_text(AFTER_PARAGRAPHS, *FOOTNOTES).findings
    assert [(f.code, f.data.get("part"), f.data["note"]) for f in findings] == [
        ("N101", "lecture III", 2)
    ]
    assert findings[0].message.startswith("note 2 of lecture III is cited")


def test_a_book_numbered_straight_through_is_one_part() -> None:
    text = (
        "Chapter 1\n\nIt fell.1\n\n[1] A.\n\nMore.\n\n"
        "Chapter 2\n\nIt rose.2 And fell.3\n\n[2] B.\n\n[3] C.\n"
    )
    source = source_of(text)
    assert source.parts == ()
    assert [n.number for n in source.notes] == [1, 2, 3]
    assert lint_text(text, *FOOTNOTES).findings == ()


def test_one_part_keeps_the_plain_messages() -> None:
    findings = lint_text("One.1 Two.2\n\n1 A.\n", *FOOTNOTES).findings
    assert [(f.message, f.data) for f in findings] == [
        ("note 2 is cited in the text but missing from the notes", {"note": 2})
    ]


def test_orphan_duplicate_and_order_findings_name_the_part() -> None:
    text = TRAILING.replace("Or not.2 Who knows.3 Quite.4", "Or not.3 Who knows.2") + "\n"
    text = text.replace("2 E.", "2 E.\n\n2 E again.")
    messages = [f.message for f in lint_text(text, *FOOTNOTES).findings]
    assert "there are two notes numbered 2 in chapter 2: renumber or merge them" in messages
    assert "marker 3 of chapter 3 is out of sequence: expected 2 or later here" in messages


def test_index_contents_and_table_of_values_are_not_markers() -> None:
    text = (
        "CONTENTS\n\n CHAP.      PAGE\n\n    I. THE ORIGIN     1\n   II. THE SONG      16\n\n"
        "Rhythms:\n\n[1]  = Whole-note     (Semibreve)\n[2]  = Half-note      (Minim)\n\n"
        "It began here.[1] And went on.[2]\n\n[1] A.\n\nMore text.\n\n[2] B.\n\n"
        "Banjo, [20]\nBach, J.S., 136, 185\nFiddle, 20, 34.\n"
    )
    source = source_of(text)
    assert [m.number for m in find_markers(source)] == [1, 2]
    assert [n.number for n in source.notes] == [1, 2]
    assert lint_text(text, *FOOTNOTES).findings == ()


def test_a_range_of_bracketed_numbers_names_notes_and_cites_none() -> None:
    text = "I have renumbered them [01] through [15].\n\nIt fell.[01]\n\n[01] A.\n\nMore.\n\n"
    text += "It rose.[02]\n\n[02] B.\n"
    source = source_of(text)
    assert [m.number for m in find_markers(source)] == [1, 2]
    assert [n.number for n in source.notes] == [1, 2]


def test_an_indented_paragraph_after_a_note_block_goes_on_with_the_note() -> None:
    text = (
        "It fell.[01]\n\n[01] As a litany shows:\n\n     [G: f' g' a']\n\n"
        "Body again.[02]\n\n[02] B.\n"
    )
    source = source_of(text)
    first = source.notes[0]
    assert first.text_span.slice(text).endswith("[G: f' g' a']")
    assert lint_text(text, "N101", "N102", "N103", "N104", "N105").findings == ()


# The Gutenberg text edition of MacDowell's essays (../shared/corpus/gutenberg-16351).
# Counted by hand with grep on the CRLF-stripped text:
#   notes:   grep -c '^\[[0-9][0-9]\] ' gives 16 lines; one is the table row
#            "[16] = Sixteenth-note", so 15 notes, [01] to [15];
#   markers: grep -o '[^ ]\[[0-9][0-9]\]' gives 15 (each glued to its word, as
#            "rhythm.[01]"); "[01] through [15]" in the transcriber's note names them.
GUTENBERG_NOTES = 15
GUTENBERG_MARKERS = 15


def test_gutenberg_text_edition_reads_its_notes_and_no_table_of_values() -> None:
    path = shared_path("corpus", "gutenberg-16351", "16351.txt")
    source = source_of(path.read_bytes().decode("ascii"), "16351.txt")
    markers = find_markers(source)
    assert [n.number for n in source.notes] == list(range(1, GUTENBERG_NOTES + 1))
    assert [m.number for m in markers] == list(range(1, GUTENBERG_MARKERS + 1))
    assert source.parts == ()  # numbered straight through its chapters I-XXI
    table_row = source.text.index("[16] = Sixteenth-note")
    assert not any(n.span.start <= table_row < n.span.end for n in source.notes)
    footnote_rules = ("N101", "N102", "N103", "N104", "N105", "N106")
    result = lint_text(source.text, *footnote_rules, name="16351.txt")
    assert result.findings == ()


MARKDOWN_BOOK = (
    "# Chapter 1\n\nIt fell.[^1] It rose.[^2]\n\n[^1]: A.\n[^2]: B.\n\n"
    "# Chapter 2\n\nThey left.[^1] Again.[^2]\n\n## Notes\n\n[^1]: C.\n"
)


def test_markdown_notes_restarting_per_chapter_are_parts() -> None:
    source = source_of(MARKDOWN_BOOK, "book.md")
    assert [part.name for part in source.parts] == ["chapter 1", "chapter 2"]
    assert [(n.part, n.number) for n in source.notes] == [(0, 1), (0, 2), (1, 1)]
    assert [(m.part, m.number) for m in source.markers or ()] == [(0, 1), (0, 2), (1, 1), (1, 2)]
    findings = lint_text(MARKDOWN_BOOK, *FOOTNOTES, name="book.md").findings
    assert [(f.message, f.data) for f in findings] == [
        (
            "note [^2] of chapter 2 is cited in the text but missing from the notes",
            {"note": 2, "part": "chapter 2"},
        )
    ]


def test_markdown_numbered_straight_through_is_one_part() -> None:
    text = MARKDOWN_BOOK.replace("[^1] Again.[^2]", "[^3] Again.[^4]")
    text = text.replace("[^1]: C.", "[^3]: C.\n[^4]: D.")
    source = source_of(text, "book.md")
    assert source.parts == ()
    assert lint_text(text, *FOOTNOTES, name="book.md").findings == ()


LATEX_BOOK = (
    "\\documentclass{book}\\begin{document}\n\\chapter{One}\nIt fell.\\footnote{A.} "
    "Rose.\\footnote{B.}\n\n\\chapter{Two}\nThey left.\\footnote{} Again.\\footnote{D.}\n"
    "\\end{document}\n"
)


def test_latex_chapters_number_their_footnotes_from_one() -> None:
    source = source_of(LATEX_BOOK, "book.tex")
    assert [(n.part, n.number) for n in source.notes] == [(1, 1), (1, 2), (2, 1), (2, 2)]
    assert [part.name for part in source.parts][1:] == ["chapter 1", "chapter 2"]
    findings = lint_text(LATEX_BOOK, "N105", name="book.tex").findings
    assert [(f.message, f.data) for f in findings] == [
        ("note 1 of chapter 2 is empty", {"note": 1, "part": "chapter 2"})
    ]


def test_latex_without_chapters_numbers_straight_through() -> None:
    text = LATEX_BOOK.replace("\\chapter{Two}", "\\section{Two}")
    source = source_of(text, "book.tex")
    assert source.parts == ()
    assert [n.number for n in source.notes] == [1, 2, 3, 4]
    assert [f.message for f in lint_text(text, "N105", name="book.tex").findings] == [
        "note 3 is empty"
    ]


def test_a_restart_at_one_without_a_heading_still_starts_a_part() -> None:
    text = (
        "THE ORIGINS\n\nIt fell.[1] It rose.[2]\n\n[1] A.\n\n[2] B.\n\n"
        "THE SONG\n\nThey left.[1]\n\n[1] C.\n\nMore.[2]\n\n[2] D.\n"
    )
    source = source_of(text)
    assert [part.name for part in source.parts] == ["part 1", "part 2"]
    assert [(m.part, m.number) for m in find_markers(source)] == [(0, 1), (0, 2), (1, 1), (1, 2)]
    assert lint_text(text, *FOOTNOTES).findings == ()


def test_a_heading_with_its_title_below_names_the_part() -> None:
    text = AFTER_PARAGRAPHS.replace("LECTURE II\n\n", "LECTURE II.\nTHE SONG\n\n")
    assert [part.name for part in source_of(text).parts] == [
        "lecture I", "lecture II", "lecture III",
    ]  # fmt: skip


def test_an_index_runs_on_past_the_columns_already_set_apart() -> None:
    text = (
        "It fell.[1]\n\n[1] A.\n\nMore.[2]\n\n[2] B.\n\nINDEX\n\n"
        "Bach, [20]\nBanjo, [21]\nBass, [22]\n\nQ.\n\nQuintilian, [74]\n"
    )
    source = source_of(text)
    assert [m.number for m in find_markers(source)] == [1, 2]


def test_gutenberg_footnote_blocks_restarting_per_chapter() -> None:
    text = (
        "CHAPTER I.\n\nIt fell.[1] It rose.[2]\n\n[Footnote 1: A.]\n\n[Footnote 2: B.]\n\n"
        "CHAPTER II.\nTHE SONG\n\nThey left.[1] Again.[2]\n\n[Footnote 1: C.]\n"
    )
    source = source_of(text)
    assert [part.name for part in source.parts] == ["chapter I", "chapter II"]
    findings = lint_text(text, *FOOTNOTES).findings
    assert [(f.message, f.data) for f in findings] == [
        (
            "note 2 of chapter II is cited in the text but missing from the notes",
            {"note": 2, "part": "chapter II"},
        )
    ]
