"""Readers turn a file's bytes into a format-free `SourceText`.

Format knowledge stays here: the rest of citecheck sees paragraphs, notes and markers.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from citecheck.errors import InputError
from citecheck.gc_pause import gc_paused
from citecheck.inputs import MANUSCRIPT_MAX_BYTES, read_input_bytes
from citecheck.model import ReaderMessage, SourceText, Span
from citecheck.readers.decoding import decode, normalise_newlines
from citecheck.readers.plaintext import read_plain_text

TextReader = Callable[[str, str], SourceText]


def read_markdown(name: str, text: str) -> SourceText:
    """The Markdown reader, imported on first use: a plain-text run does not load it."""
    from citecheck.readers.markdown import read_markdown as read

    return read(name, text)


def read_latex(name: str, text: str) -> SourceText:
    """The LaTeX reader, imported on first use: a run without LaTeX does not load it."""
    from citecheck.readers.latex import read_latex as read

    return read(name, text)


# Suffix -> reader of decoded text. Binary formats (DOCX) register in BINARY_READERS.
TEXT_READERS: dict[str, TextReader] = {
    ".txt": read_plain_text,
    ".text": read_plain_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".tex": read_latex,
}


def read_docx(name: str, data: bytes) -> SourceText:
    """The DOCX reader, imported on first use (zipfile and defusedxml cost start-up time)."""
    from citecheck.readers.docx import read_docx as read

    return read(name, data)


def read_html(name: str, data: bytes) -> SourceText:
    """The HTML reader, imported on first use (selectolax is a C extension: not on the
    path of a run without web pages)."""
    from citecheck.readers.html import read_html as read

    return read(name, data)


# Formats that decode their own bytes: DOCX is a zip, and HTML declares its own charset.
BINARY_READERS: dict[str, Callable[[str, bytes], SourceText]] = {
    ".docx": read_docx,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
}

MAX_BYTES = MANUSCRIPT_MAX_BYTES


# Saved web pages are read when named, or when a project's `include` names them: a folder
# walk does not take them by default, since a project folder holds HTML that is no
# manuscript (citecheck's own reports, a built site, documentation).
WEB_PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})


def manuscript_suffixes() -> frozenset[str]:
    return frozenset(TEXT_READERS) | frozenset(BINARY_READERS)


def discovered_suffixes() -> frozenset[str]:
    """The suffixes a folder walk takes when the configuration names no `include`."""
    return manuscript_suffixes() - WEB_PAGE_SUFFIXES


def read_manuscript(path: str | os.PathLike[str]) -> SourceText:
    """Read one manuscript, or raise InputError with a one-line reason."""
    return read_bytes(str(path), read_input_bytes(path, "file or directory", MAX_BYTES))


def read_bytes(name: str, data: bytes) -> SourceText:
    """Bytes to `SourceText`, or InputError: the error boundary of every reader.

    A reader that fails in an unforeseen way on some input (a RecursionError, a broken
    invariant) reports that input as unreadable, in one line, rather than stopping the run
    with a traceback.
    """
    try:
        with gc_paused():
            return _read_bytes(name, data)
    except InputError:
        raise
    except RecursionError:
        raise InputError(f"{name}: nested too deeply to read") from None
    except MemoryError:
        raise InputError(f"{name}: too large to read in the memory available") from None
    except Exception as exc:
        detail = " ".join(str(exc).split())[:120]
        raise InputError(
            f"{name}: citecheck could not read this file ({type(exc).__name__}"
            f"{': ' + detail if detail else ''}); please report it"
        ) from None


def _read_bytes(name: str, data: bytes) -> SourceText:
    suffix = Path(name).suffix.lower()
    if suffix in BINARY_READERS:
        return BINARY_READERS[suffix](name, data)
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    decoded = decode(data, name)
    text = normalise_newlines(decoded.text)
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    reader = TEXT_READERS.get(suffix, read_plain_text if not suffix else None)
    if reader is None:
        known = ", ".join(sorted(manuscript_suffixes()))
        raise InputError(f"{name}: not a manuscript format citecheck reads ({known})")
    source = reader(name, text)
    if decoded.fallback:
        message = ReaderMessage(
            "input-encoding",
            "the file is not valid UTF-8; it was read as cp1252 (Windows Latin-1): "
            "save it as UTF-8 to be sure every character is what you meant",
            Span(0, 0),
        )
        source = _with_message(source, message)
    return source


def _with_message(source: SourceText, message: ReaderMessage) -> SourceText:
    from dataclasses import replace

    return replace(source, messages=(*source.messages, message))


__all__ = [
    "InputError",
    "discovered_suffixes",
    "manuscript_suffixes",
    "read_bytes",
    "read_manuscript",
]
