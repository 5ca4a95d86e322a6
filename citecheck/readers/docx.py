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
from io import BytesIO
from xml.etree import ElementTree

import defusedxml
import defusedxml.ElementTree

from citecheck.errors import InputError
from citecheck.model import SourceText
from citecheck.readers.docx_assemble import assemble
from citecheck.readers.docx_layout import lay_out
from citecheck.readers.docx_runs import superscript_styles

_NOTE_PARTS = (("footnote", "word/footnotes.xml"), ("endnote", "word/endnotes.xml"))
_STYLES = "word/styles.xml"  # character styles that raise text (typed note numbers)

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
            styles = None
            if _STYLES in names:
                styles = _parse(path, _read_part(path, archive, _STYLES, budget))
            note_parts = {
                kind: _parse(path, _read_part(path, archive, part, budget))
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
    body = lay_out(document, superscript_styles(styles))
    return assemble(path, body, note_parts)


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
