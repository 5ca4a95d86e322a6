"""`--fix` and `--diff`: rewrite a manuscript for the findings whose fix is certain.

Safe fixes: C104 (citation-format), whose finding carries the exact replacement. Unsafe
fixes, applied only with `--unsafe-fixes` because they change what a note says: N106
(repeated-note), the repeated note's text replaced by "Ibid.".

Edits are made on the file as it was read, in its own encoding (UTF-8 with or without a
BOM, UTF-16, cp1252) and with its own line endings (CRLF, lone CR): the model's offsets
count a CRLF as one character, so each offset is moved past the CRs before it. Only text
formats are rewritten (not DOCX), and only when the file still holds the text that was
linted.
"""

from __future__ import annotations

import codecs
import difflib
import re
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path

from citecheck.atomic import write_bytes_atomic
from citecheck.engine import FileResult
from citecheck.errors import InputError
from citecheck.readers import TEXT_READERS
from citecheck.readers.decoding import decode, normalise_newlines

SAFE = {"C104"}
UNSAFE = {"N106"}
IBID = "Ibid."

# A line ending as written: "\r\n", a lone "\r" or "\n"; "\r\n" is one match, not two.
_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Edit:
    start: int  # offsets in the linted (LF) text
    end: int
    replacement: str
    code: str


@dataclass(frozen=True)
class FixedFile:
    path: str
    before: str  # decoded, line endings as in the file
    after: str
    data: bytes  # `after` encoded as the file was
    edits: tuple[Edit, ...]

    def diff(self) -> str:
        return "".join(
            difflib.unified_diff(
                self.before.splitlines(keepends=True),
                self.after.splitlines(keepends=True),
                fromfile=f"a/{self.path}",
                tofile=f"b/{self.path}",
            )
        )

    def write(self) -> None:
        try:
            write_bytes_atomic(self.path, self.data)
        except OSError as exc:
            raise InputError(f"{self.path}: cannot write the fix ({exc.strerror or exc})") from None


def edits_for(result: FileResult, unsafe: bool = False) -> list[Edit]:
    """The certain edits for a file's findings, in order, none overlapping another."""
    manuscript = result.manuscript
    if manuscript is None:
        return []
    text = manuscript.source.text
    notes = {note.number: note for note in manuscript.notes}
    found = []
    for finding in result.findings:
        if finding.path is not None:
            continue  # about another file (a .bib entry)
        span = finding.span
        if finding.code in SAFE and finding.suggestion is not None:
            if span.slice(text) == finding.data.get("citation", span.slice(text)):
                found.append(Edit(span.start, span.end, finding.suggestion, finding.code))
        elif finding.code in UNSAFE and unsafe:
            note = notes.get(finding.data.get("note"))  # type: ignore[arg-type]
            if note is not None:
                found.append(Edit(note.text_span.start, note.text_span.end, IBID, finding.code))
    kept: list[Edit] = []
    for edit in sorted(found, key=lambda e: (e.start, e.end)):
        if not kept or edit.start >= kept[-1].end:
            kept.append(edit)
    return kept


def fix_file(result: FileResult, unsafe: bool = False) -> FixedFile | None:
    """The file rewritten with its certain edits, or None when there are none or the file
    cannot be rewritten faithfully (a binary format, changed since it was read, or a
    replacement its encoding cannot hold)."""
    edits = edits_for(result, unsafe)
    if not edits or result.manuscript is None:
        return None
    path = Path(result.path)
    if path.suffix.lower() not in TEXT_READERS:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    decoded = decode(data, result.path)
    before = decoded.text
    if normalise_newlines(before) != result.manuscript.source.text:
        return None
    crlf = _crlf_offsets(before)
    after = before
    for edit in reversed(edits):
        start = edit.start + bisect_left(crlf, edit.start)
        end = edit.end + bisect_left(crlf, edit.end)
        after = after[:start] + edit.replacement + after[end:]
    try:
        encoded = _encode(after, decoded.encoding, data)
    except UnicodeEncodeError:
        return None
    return FixedFile(result.path, before, after, encoded, tuple(edits))


def _crlf_offsets(raw: str) -> list[int]:
    """The LF-text offsets of the line endings written as CRLF, in order."""
    offsets = []
    shift = 0
    for match in _NEWLINE.finditer(raw):
        if match.end() - match.start() == 2:
            offsets.append(match.start() - shift)
            shift += 1
    return offsets


def _encode(text: str, encoding: str, original: bytes) -> bytes:
    if encoding == "utf-16":  # keep the byte order the file's BOM gave
        if original.startswith(codecs.BOM_UTF16_BE):
            return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(encoding)
