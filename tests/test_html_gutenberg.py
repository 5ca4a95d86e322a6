"""The HTML edition of Project Gutenberg #16351 (MacDowell's essays), read from its anchors.

Counted by hand in the file: 15 markers, `<a class="fn" href="#fn01">&nbsp;1&nbsp;</a>`
to `#fn15`, each called once, and 15 notes, `<p class="fn">` holding `<a name="fn01">`
to `fn15`, each placed after the paragraphs that call it. The lines below are those of the
markers' digits and of the notes' paragraphs. The tables of note values (Maxima, Longa,
Brevis …, lines 5216-5284) hold images and names, no numbers: nothing is read there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.engine import LintOptions, lint_source
from citecheck.model import SourceText
from citecheck.readers import read_manuscript
from tests.shared_data import shared_path

MARKER_LINES = [905, 2470, 2613, 2895, 3176, 3313, 3928, 3979, 5561, 5617, 5645, 6138, 7313, 8569, 9869]  # fmt: skip
NOTE_LINES = [938, 2901, 2905, 2922, 3866, 3876, 4499, 4503, 5718, 5729, 5732, 6728, 7892, 8675, 10286]  # fmt: skip
NOTE_VALUE_TABLES = range(5216, 5285)


@pytest.fixture(scope="module")
def book() -> Path:
    return shared_path("corpus", "gutenberg-16351", "16351-h.htm")


@pytest.fixture(scope="module")
def source(book: Path) -> SourceText:
    return read_manuscript(book)


def test_markers_and_notes_are_those_of_the_anchors(book, source):
    assert source.markers is not None
    assert [m.number for m in source.markers] == list(range(1, 16))
    assert [n.number for n in source.notes] == list(range(1, 16))
    index = source.line_index
    assert [index.line(m.span.start) for m in source.markers] == MARKER_LINES
    assert [index.line(n.span.start) for n in source.notes] == NOTE_LINES
    lines = book.read_bytes().decode("cp1252").split("\n")
    for marker in source.markers:
        line, column = index.position(marker.span.start)
        digits = str(marker.number)
        assert lines[line - 1][column - 1 : column - 1 + len(digits)] == digits
        assert lines[line - 1][: column - 1].endswith("&nbsp;")
    read = [index.line(m.span.start) for m in source.markers] + NOTE_LINES
    assert not any(line in NOTE_VALUE_TABLES for line in read)


def test_the_book_has_no_false_footnote_finding(source):
    result = lint_source(source, LintOptions(select=("N101", "N102", "N103", "N104")))
    assert result.findings == ()
    assert result.stats["markers"] == result.stats["notes"] == 15


def test_the_page_declares_latin_1_and_is_read_without_a_warning(source):
    assert source.messages == ()
    assert "Freischütz" in source.text
    assert "Project Gutenberg" in source.text  # the body is the content: no landmark
    assert "a:link:hover" not in source.text  # its styles are not
