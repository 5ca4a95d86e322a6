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
from tests.helpers import ROOT

DOCX = ROOT / "tests" / "data" / "corpus" / "pandoc-docx"


def test_footnote_and_endnote_become_markers_and_notes() -> None:
    source = read_manuscript(DOCX / "notes.docx")
    assert [m.number for m in source.markers or ()] == [1, 2]
    assert [source.notes[i].text_span.slice(source.text) for i in range(2)] == [
        "My note.",
        "This is an endnote at the end of the document.",
    ]
    marker = (source.markers or ())[0]
    assert source.text[marker.span.start - 1 : marker.span.end] == ".1"
    assert source.masked[marker.span.start : marker.span.end] == " "  # never read as a figure


def test_reference_list_after_its_heading() -> None:
    source = read_manuscript(DOCX / "mendeley_citations.docx")
    sections = [p.section for p in source.paragraphs]
    assert sections[:3] == [Section.BODY] * 3
    assert sections[3] == Section.HEADING
    assert sections[4:] == [Section.REFERENCES] * 4


def test_hyperlink_and_structured_tags_inside_notes_are_read() -> None:
    link = read_manuscript(DOCX / "link_in_notes.docx")
    assert "http" in link.notes[0].text_span.slice(link.text).lower()
    sdt = read_manuscript(DOCX / "sdt_in_footnote.docx")
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
        ((DOCX / "notes.docx").read_bytes()[:4000], "not a valid DOCX"),
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
