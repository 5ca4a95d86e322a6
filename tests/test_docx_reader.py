"""The DOCX reader: footnotes, endnotes, reference lists, and corrupt files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.errors import InputError
from citecheck.model import Section
from citecheck.readers import read_manuscript
from tests.shared_data import real_document


def test_footnote_and_endnote_become_markers_and_notes() -> None:
    source = read_manuscript(real_document("pandoc-docx", "notes.docx"))
    assert [m.number for m in source.markers or ()] == [1, 2]
    assert [source.notes[i].text_span.slice(source.text) for i in range(2)] == [
        "My note.",
        "This is an endnote at the end of the document.",
    ]
    marker = (source.markers or ())[0]
    assert source.text[marker.span.start - 1 : marker.span.end] == ".1"
    assert source.masked[marker.span.start : marker.span.end] == " "  # never read as a figure


def test_reference_list_after_its_heading() -> None:
    source = read_manuscript(real_document("pandoc-docx", "mendeley_citations.docx"))
    sections = [p.section for p in source.paragraphs]
    assert sections[:3] == [Section.BODY] * 3
    assert sections[3] == Section.HEADING
    assert sections[4:] == [Section.REFERENCES] * 4


def test_hyperlink_and_structured_tags_inside_notes_are_read() -> None:
    link = read_manuscript(real_document("pandoc-docx", "link_in_notes.docx"))
    assert "http" in link.notes[0].text_span.slice(link.text).lower()
    sdt = read_manuscript(real_document("pandoc-docx", "sdt_in_footnote.docx"))
    assert sdt.notes[0].text_span.slice(sdt.text).strip()


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_zip({"word/document.xml": b"<w:document>" + b" " * 4000})[:2000], "not a valid DOCX"),
        (b"this is not a zip", "not a valid DOCX"),
        (_zip({"hello.txt": b"hi"}), "no word/document.xml"),
        (_zip({"word/document.xml": b"<w:document><unclosed>"}), "bad XML"),
    ],
)
def test_corrupt_docx_is_a_clear_input_error(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_manuscript(path)
    assert main(["lint", str(path)]) == 2


WORD = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _document(body: str) -> bytes:
    return f"<w:document {WORD}><w:body>{body}</w:body></w:document>".encode()


def test_text_box_paragraphs_are_read_once(tmp_path: Path) -> None:
    box = (
        "<w:p><w:r><w:t>Outer text.</w:t></w:r><w:r><w:footnoteReference w:id='2'/></w:r>"
        "<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Boxed.</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></w:r></w:p>"
    )
    notes = (
        f"<w:footnotes {WORD}><w:footnote w:id='2'><w:p><w:r><w:t>The note.</w:t></w:r></w:p>"
        "</w:footnote></w:footnotes>"
    )
    path = tmp_path / "box.docx"
    path.write_bytes(
        _zip({"word/document.xml": _document(box), "word/footnotes.xml": notes.encode()})
    )
    source = read_manuscript(path)
    assert source.text.count("Boxed.") == 1 and source.text.count("Outer text.") == 1
    assert [m.number for m in source.markers or ()] == [1]
    assert [n.text_span.slice(source.text) for n in source.notes] == ["The note."]


def test_a_document_with_no_text_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    path.write_bytes(_zip({"word/document.xml": _document("<w:p/>")}))
    with pytest.raises(InputError, match="no text"):
        read_manuscript(path)
