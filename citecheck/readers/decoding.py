"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 with a warning."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from citecheck.errors import InputError


@dataclass(frozen=True)
class Decoded:
    """A file's text and the encoding it was read with."""

    text: str
    encoding: str
    fallback: bool  # True when the bytes were not valid UTF and cp1252 was guessed


def decode(data: bytes, path: str) -> Decoded:
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(_decode(data[3:], "utf-8", path), "utf-8-sig", False)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(_decode(data, "utf-16", path), "utf-16", False)
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not a manuscript")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 and not cp1252 text ({exc.reason})") from None
    return Decoded(text, "cp1252", True)


def _decode(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: invalid {encoding} at byte {exc.start}") from None


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; line numbers stay those an editor shows."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
