"""Builders of broken and hostile input files for the bad-input matrix and the fuzz tests.

Everything is written here, small and on the fly: no recorded data.
"""

from __future__ import annotations

import io
import os
import struct
import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CLEAN = "Text one.1 Text two.2\n\n1 A finished note.\n\n2 Another one.\n"
BIB = "@book{cliff1974,\n  author = {Cliff, Tony},\n  title = {State Capitalism},\n  year = {1974}\n}\n"


def document_xml(body: str) -> bytes:
    return f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'.encode()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def docx_bytes(
    document: bytes | None = None,
    extra: dict[str, bytes] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        if document is not None:
            archive.writestr("word/document.xml", document)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def good_docx() -> bytes:
    return docx_bytes(document_xml(paragraph("A paragraph of text.")))


def _patch_member(
    data: bytes, name: str, local_offset: int, central_offset: int, value: bytes
) -> bytes:
    """Overwrite a field of `name`'s local header and central directory entry."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    patched = bytearray(data)
    local = info.header_offset
    patched[local + local_offset : local + local_offset + len(value)] = value
    central = -1
    position = data.find(b"PK\x01\x02")
    while position != -1:
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46 : position + 46 + name_length] == name.encode():
            central = position
            break
        position = data.find(b"PK\x01\x02", position + 4)
    assert central != -1, name
    patched[central + central_offset : central + central_offset + len(value)] = value
    return bytes(patched)


def docx_bad_crc() -> bytes:
    data = docx_bytes(
        document_xml(paragraph("Checksummed text here.")), compression=zipfile.ZIP_STORED
    )
    at = data.find(b"Checksummed")
    return data[:at] + b"X" + data[at + 1 :]


def docx_encrypted() -> bytes:
    # general purpose flag bit 0: "encrypted"
    return _patch_member(good_docx(), "word/document.xml", 6, 8, struct.pack("<H", 1))


def docx_unknown_compression() -> bytes:
    return _patch_member(good_docx(), "word/document.xml", 8, 10, struct.pack("<H", 77))


def docx_nested_runs(depth: int = 100_000) -> bytes:
    body = "<w:p>" + "<w:r>" * depth + "<w:t>x</w:t>" + "</w:r>" * depth + "</w:p>"
    return docx_bytes(document_xml(body))


def docx_zip_bomb(megabytes: int = 200) -> bytes:
    """A DOCX whose document.xml expands to `megabytes` MB of paragraphs (~0.6 MB on disk),
    written in chunks so that building it costs no more memory than reading it should."""
    one = paragraph("Text of a paragraph.1").encode()
    chunk = one * (1024 * 1024 // len(one))
    head, tail = document_xml("").split(b"</w:body>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(head)
            for _ in range(megabytes):
                member.write(chunk)
            member.write(b"</w:body>" + tail)
    return buffer.getvalue()


def docx_lying_bomb() -> bytes:
    """The zip bomb, its headers claiming document.xml expands to 1,000 bytes."""
    return _patch_member(docx_zip_bomb(), "word/document.xml", 22, 24, struct.pack("<I", 1000))


def docx_billion_laughs() -> bytes:
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b'<w:document xmlns:w="' + W_NS.encode() + b'"><w:body><w:p><w:r><w:t>&lol2;</w:t>'
        b"</w:r></w:p></w:body></w:document>"
    )
    return docx_bytes(xml)


def docx_many_members(count: int = 10_050) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", document_xml(paragraph("x")))
        for n in range(count):
            archive.writestr(f"m/{n}", b"")
    return buffer.getvalue()


def sparse_file(path: Path, size: int) -> Path:
    """A file of `size` bytes that takes no disk space (and must not be read)."""
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path
