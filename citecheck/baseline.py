"""Baselines: record today's findings, then report only the new ones.

A finding's fingerprint is its file, its code and the text around it (the span plus a few
characters either side, on its own line, whitespace folded), with an occurrence index for
identical neighbourhoods. Line numbers are left out, so an edit elsewhere in the file, even
a paragraph added above, leaves the fingerprint unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from citecheck.atomic import write_text_atomic
from citecheck.engine import FileResult, LintResult, Postprocess
from citecheck.errors import InputError
from citecheck.inputs import read_input_bytes
from citecheck.model import Finding

VERSION = 1
CONTEXT = 24  # characters either side of the span that belong to the fingerprint
MAX_BYTES = 64 * 1024 * 1024  # ~300,000 recorded findings


def fingerprints(file: FileResult, root: Path) -> list[tuple[Finding, str]]:
    """Each finding of a file with its fingerprint; paths are taken relative to `root`."""
    text = file.manuscript.source.text if file.manuscript else None
    seen: Counter[tuple[str, str, str]] = Counter()
    out = []
    for finding in file.findings:
        path = _relative(finding.path or file.path, root)
        if finding.path is None and text is not None:
            where = _neighbourhood(text, finding)
        else:  # about another file (a .bib entry): what it is about, not where it stands
            where = _identity(finding)
        key = (path, finding.code, where)
        digest = hashlib.sha256("\0".join((*key, str(seen[key]))).encode("utf-8")).hexdigest()
        seen[key] += 1
        out.append((finding, digest[:32]))
    return out


# "line 12", "lines 3-4", "column 7" inside a message: positions, which move with edits.
# matches "(line 12)", "at line 3, column 7"; not "lines of text" (no number)
_POSITION_WORDS = re.compile(r"\b(?:lines?|column)\s+\d+(?:\s*[-–]\s*\d+)?", re.IGNORECASE)


def _identity(finding: Finding) -> str:
    """A foreign finding's data without positions (key, field…), else its message."""
    stable = {k: v for k, v in finding.data.items() if not k.endswith(("line", "column", "lines"))}
    if stable:
        return json.dumps(stable, sort_keys=True, ensure_ascii=False, default=str)
    return " ".join(_POSITION_WORDS.sub("", finding.message).split())


def _neighbourhood(text: str, finding: Finding) -> str:
    start = max(finding.span.start - CONTEXT, text.rfind("\n", 0, finding.span.start) + 1)
    line_end = text.find("\n", finding.span.end)
    end = finding.span.end + CONTEXT
    if line_end != -1:
        end = min(end, max(line_end, finding.span.end))
    return " ".join(text[start:end].split())


def _relative(path: str, root: Path) -> str:
    return Path(os.path.relpath(os.path.realpath(path), root)).as_posix()


def write_baseline(path: str, result: LintResult) -> int:
    """Record every finding of `result` in `path` (atomically); return how many."""
    root = Path(os.path.realpath(path)).parent
    entries = []
    for file in result.files:
        for finding, digest in fingerprints(file, root):
            location = finding.location
            entries.append(
                {
                    "fingerprint": digest,
                    "path": _relative(finding.path or file.path, root),
                    "code": finding.code,
                    "line": location.line if location else None,  # for readers, not matching
                    "message": finding.message,
                }
            )
    document = {"citecheck_baseline": VERSION, "findings": entries}
    try:
        write_text_atomic(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    except OSError as exc:
        raise InputError(f"{path}: cannot write the baseline ({exc.strerror or exc})") from None
    return len(entries)


def load_baseline(path: str) -> frozenset[str]:
    """The fingerprints recorded in `path`; InputError for anything but a citecheck baseline."""
    try:
        data = read_input_bytes(path, "baseline", MAX_BYTES)
    except InputError as exc:
        if "no such baseline" in str(exc):
            raise InputError(
                f"{path}: no such baseline (create it with --write-baseline {path})"
            ) from None
        raise
    try:
        document: Any = json.loads(
            data.decode("utf-8"), parse_constant=_refuse_constant, parse_int=_bounded_int
        )
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise InputError(f"{path}: not a readable citecheck baseline ({exc})") from None
    except RecursionError:
        raise InputError(f"{path}: not a citecheck baseline (nested too deeply)") from None
    if not isinstance(document, dict) or document.get("citecheck_baseline") != VERSION:
        raise InputError(f"{path}: not a citecheck baseline (version {VERSION})")
    findings = document.get("findings", [])
    if not isinstance(findings, list):
        raise InputError(f"{path}: not a citecheck baseline (`findings` must be a list)")
    return frozenset(_digests(findings))


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _bounded_int(digits: str) -> int:
    if len(digits) > 20:
        raise ValueError("an integer of more than 20 digits")
    return int(digits)


def _digests(entries: Iterable[Any]) -> Iterable[str]:
    for entry in entries:
        if isinstance(entry, dict) and isinstance(entry.get("fingerprint"), str):
            yield entry["fingerprint"]


def new_findings_only(path: str) -> Postprocess:
    """An engine postprocess that drops the findings recorded in the baseline at `path`."""
    known = load_baseline(path)
    root = Path(os.path.realpath(path)).parent

    def step(file: FileResult) -> FileResult:
        kept = tuple(f for f, digest in fingerprints(file, root) if digest not in known)
        return replace(file, findings=kept)

    return step
