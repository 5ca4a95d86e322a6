"""DOCX (Word): body paragraphs, footnotes and endnotes, read with zipfile and defusedxml.

The text handed on is the document as a reader sees it: paragraphs separated by blank
lines, each note reference shown as its number (blanked in `masked` so it is never read
as a figure), then a "Notes" heading and one "n text" paragraph per note. Lines and
columns of findings refer to that text. zipfile, ElementTree and defusedxml (a thin, pure-
Python guard around the standard parser) are enough, which keeps the lint path light.

A DOCX is a zip of XML, so it is read defensively: the number of members is read from the
archive's end record before zipfile parses its directory; each part is decompressed in
chunks up to a cap (its declared size may lie), with a cap on the total; the XML is parsed
by defusedxml (no DTDs, no entities: no "billion laughs") with limits on element depth and
count. Whatever breaks (a bad CRC, an encrypted member, an unknown compression method) is
an InputError.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterator
from io import BytesIO
from xml.etree import ElementTree

import defusedxml
import defusedxml.ElementTree

from citecheck.errors import InputError
from citecheck.masking import blank_spans
from citecheck.model import Marker, Note, Paragraph, Section, SourceText, Span
from citecheck.readers.paragraphs import is_references_heading

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NOTE_PARTS = (("footnote", "word/footnotes.xml"), ("endnote", "word/endnotes.xml"))

MAX_MEMBERS = 10_000  # a Word document holds a few dozen parts
MAX_PART_BYTES = 16 * 1024 * 1024  # uncompressed, per XML part (a long book: ~5 MB)
MAX_TOTAL_BYTES = 32 * 1024 * 1024  # uncompressed, all parts read together
MAX_DEPTH = 256  # Word nests tables in tables, but never hundreds deep
MAX_ELEMENTS = 1_000_000  # per part: a 500-page book has ~100,000
_CHUNK = 1024 * 1024

# The end-of-central-directory record: signature, then the entry count at offset 10.
_EOCD = b"PK\x05\x06"


def read_docx(path: str, data: bytes) -> SourceText:
    try:
        _check_member_count(path, data)
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" not in names:
                raise InputError(f"{path}: not a Word document (no word/document.xml inside)")
            budget = [MAX_TOTAL_BYTES]
            document = _parse(path, _read_part(path, archive, "word/document.xml", budget))
            note_texts = {
                kind: _note_texts(_parse(path, _read_part(path, archive, part, budget)), kind)
                for kind, part in _NOTE_PARTS
                if part in names
            }
    except zipfile.BadZipFile as exc:
        raise InputError(
            f"{path}: not a valid DOCX file (corrupt or not a zip archive: {exc})"
        ) from None
    except defusedxml.DefusedXmlException as exc:  # before ValueError, its base class
        raise InputError(
            f"{path}: DOCX refused (its XML declares a DTD or entities: {type(exc).__name__})"
        ) from None
    except ElementTree.ParseError as exc:
        raise InputError(f"{path}: corrupt DOCX (bad XML: {exc})") from None
    except (zlib.error, EOFError, OSError, ValueError) as exc:
        raise InputError(f"{path}: corrupt DOCX ({type(exc).__name__}: {exc})") from None
    except RuntimeError as exc:  # zipfile: "File <ZipInfo ...> is encrypted, password required"
        reason = "a part is encrypted" if "encrypted" in str(exc) else str(exc)
        raise InputError(f"{path}: cannot read the DOCX ({reason})") from None
    except NotImplementedError as exc:  # zipfile: "That compression method is not supported"
        raise InputError(f"{path}: cannot read the DOCX ({exc})") from None
    return _build(path, document, note_texts)


def _check_member_count(path: str, data: bytes) -> None:
    """Refuse archives with huge directories before zipfile builds an object per entry."""
    at = data.rfind(_EOCD, max(0, len(data) - 65_557))
    if at == -1 or at + 22 > len(data):
        return  # not a zip: zipfile says so in its own words
    (entries,) = struct.unpack_from("<H", data, at + 10)
    if entries > MAX_MEMBERS:  # 0xFFFF also means "see the zip64 record": never a DOCX
        raise InputError(f"{path}: not a Word document (a zip archive of {entries:,} files)")


def _read_part(path: str, archive: zipfile.ZipFile, name: str, budget: list[int]) -> bytes:
    """One member, decompressed in chunks and stopped at the caps whatever its header says."""
    info = archive.getinfo(name)
    limit = min(MAX_PART_BYTES, budget[0])
    too_big = f"{path}: DOCX refused ({name} expands to more than {limit // (1024 * 1024)} MiB)"
    if info.file_size > limit:
        raise InputError(too_big)
    chunks, size = [], 0
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise InputError(too_big)
            chunks.append(chunk)
    budget[0] -= size
    return b"".join(chunks)


def _parse(path: str, xml: bytes) -> ElementTree.Element:
    """The XML's root, parsed without DTDs or entities, within depth and size limits.

    expat and the tree builder are not recursive, so a deep tree parses; the readers below
    walk it recursively, so the depth is checked (without recursion) before they see it.
    """
    root = defusedxml.ElementTree.fromstring(xml, forbid_dtd=True)
    elements = 0
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        elements += 1
        if depth > MAX_DEPTH:
            raise InputError(f"{path}: DOCX refused (XML nested more than {MAX_DEPTH} deep)")
        if elements > MAX_ELEMENTS:
            raise InputError(f"{path}: DOCX refused (more than {MAX_ELEMENTS:,} XML elements)")
        stack.extend((child, depth + 1) for child in element)
    return root


def _note_texts(root: ElementTree.Element, kind: str) -> dict[str, str]:
    texts = {}
    for note in root.iter(f"{W}{kind}"):
        if note.get(f"{W}type") in {"separator", "continuationSeparator", "continuationNotice"}:
            continue
        paragraphs = [_plain_text(p) for p in note.iter(f"{W}p")]
        texts[note.get(f"{W}id", "")] = "\n".join(p.strip() for p in paragraphs if p.strip())
    return texts


def _plain_text(element: ElementTree.Element) -> str:
    parts = []
    for node in element.iter():
        if node.tag == f"{W}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{W}tab":
            parts.append("\t")
        elif node.tag in {f"{W}br", f"{W}cr"}:
            parts.append("\n")
    return "".join(parts)


class _Builder:
    def __init__(self) -> None:
        self.text: list[str] = []
        self.length = 0
        self.masks: list[Span] = []

    def add(self, piece: str) -> Span:
        start = self.length
        self.text.append(piece)
        self.length += len(piece)
        return Span(start, self.length)


def _build(
    path: str, document: ElementTree.Element, note_texts: dict[str, dict[str, str]]
) -> SourceText:
    out = _Builder()
    paragraphs: list[Paragraph] = []
    markers: list[Marker] = []
    order: list[tuple[str, str]] = []  # (kind, id) in the order the text refers to them
    in_references = False
    for paragraph in document.iter(f"{W}p"):
        style = _style(paragraph)
        pieces: list[tuple[str, str | None, str | None]] = []
        for node in _own_nodes(paragraph):
            if node.tag == f"{W}t" and node.text:
                pieces.append((node.text, None, None))
            elif node.tag == f"{W}tab":
                pieces.append(("\t", None, None))
            elif node.tag in {f"{W}footnoteReference", f"{W}endnoteReference"}:
                kind = "footnote" if node.tag.endswith("footnoteReference") else "endnote"
                pieces.append(("", kind, node.get(f"{W}id", "")))
        if not "".join(p[0] for p in pieces).strip() and not any(p[1] for p in pieces):
            continue
        if paragraphs:
            out.add("\n\n")
        start, first_piece = out.length, len(out.text)
        for text, kind, note_id in pieces:
            if kind is None:
                out.add(text)
                continue
            order.append((kind, note_id or ""))
            span = out.add(str(len(order)))
            out.masks.append(span)
            markers.append(Marker(len(order), span, "footnote"))
        span = Span(start, out.length)
        heading = style.lower().startswith(("heading", "title"))
        chunk = "".join(out.text[first_piece:])  # this paragraph only: linear in the document
        if heading or is_references_heading(chunk):
            in_references = is_references_heading(chunk)
            section = Section.HEADING
        else:
            section = Section.REFERENCES if in_references else Section.BODY
        paragraphs.append(Paragraph(span, section))

    notes: list[Note] = []
    if order:
        out.add("\n\n")
        paragraphs.append(Paragraph(out.add("Notes"), Section.HEADING))
        for number, (kind, note_id) in enumerate(order, start=1):
            out.add("\n\n")
            number_span = out.add(str(number))
            out.add(" ")
            body = out.add(note_texts.get(kind, {}).get(note_id, ""))
            span = Span(number_span.start, body.end)
            notes.append(Note(number, span, number_span, body))
            paragraphs.append(Paragraph(span, Section.NOTES))
    out.add("\n")

    text = "".join(out.text)
    if not text.strip():
        raise InputError(f"{path}: the document has no text")
    return SourceText(
        path=path,
        text=text,
        masked=blank_spans(text, out.masks),
        paragraphs=tuple(paragraphs),
        notes=tuple(notes),
        markers=tuple(markers),
        format="docx",
    )


def _own_nodes(element: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The nodes of a paragraph, but not those of paragraphs nested in it (text boxes):
    `document.iter` visits those on their own, and reading them twice would double them."""
    for child in element:
        yield child
        if child.tag != f"{W}p":
            yield from _own_nodes(child)


def _style(paragraph: ElementTree.Element) -> str:
    properties = paragraph.find(f"{W}pPr")
    if properties is None:
        return ""
    style = properties.find(f"{W}pStyle")
    return style.get(f"{W}val", "") if style is not None else ""
