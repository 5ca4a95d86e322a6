"""Untrusted text made safe to show: control characters and bidi controls made visible.

A manuscript can hold anything, and its words reach every output through quoted snippets
("…the text gives “30 million” (“…”)…"), citations and file names. Written raw, an ESC
sequence such as ``\\x1b]0;title\\x07`` retitles or rewrites the reader's terminal and the
GitHub log, and a bidi override (U+202E) makes a line display in another order than it
reads ("Trojan Source"). Every reporter passes what it shows through `visible`, which
writes each such character as its code point in angle brackets: ``⟨U+202E⟩``.

What counts: the C0 controls except tab (and the line breaks a format escapes itself or
allows, named in `keep`), DEL, the C1 controls (0x80-0x9F, which some terminals obey as
escape sequences), the bidi marks, embeddings, overrides and isolates, and the line and
paragraph separators.
"""

from __future__ import annotations

from typing import Any

# Bidi controls (Unicode's Bidi_Control property) and the separators that end a line in
# some viewers but not in others.
_BIDI = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_SEPARATORS = (0x2028, 0x2029)

# Every character `visible` writes as its code point.
HIDDEN: frozenset[int] = frozenset(
    [c for c in range(0x20) if c != 0x09] + [0x7F, *range(0x80, 0xA0), *_BIDI, *_SEPARATORS]
)


def code_point(char: str) -> str:
    """How one hidden character is shown: "⟨U+202E⟩"."""
    return f"⟨U+{ord(char):04X}⟩"


LINE_BREAKS = "\r\n"

_SHOWN = {c: code_point(chr(c)) for c in HIDDEN}
_TABLES = {
    keep: {c: shown for c, shown in _SHOWN.items() if chr(c) not in keep}
    for keep in ("", LINE_BREAKS)
}


def visible(text: str, *, keep: str = LINE_BREAKS) -> str:
    """`text` with every hidden character written as ⟨U+XXXX⟩, but for the line breaks in
    `keep`: by default CR and LF stay, where a message may run over lines (JSON escapes
    them, GitHub's runner too, HTML shows them as spaces); with "" they are shown too,
    where the output promises one line per finding (text, the resolve table)."""
    return text.translate(_TABLES[keep])


# The hidden characters JSON leaves raw (it escapes only those below 0x20), as \\u escapes:
# the same JSON for a parser, and nothing a terminal obeys for someone reading the file.
_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in HIDDEN if c >= 0x20}


def json_dumps(value: Any) -> str:
    """`json.dumps` for reports: indented, UTF-8 kept, hidden characters \\u-escaped."""
    import json  # here: the text report, the one most runs write, needs no JSON

    return json.dumps(value, ensure_ascii=False, indent=2).translate(_JSON_ESCAPES)
