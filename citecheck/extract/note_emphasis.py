"""Underscore emphasis read as asterisk emphasis, and written back.

Markdown marks italics with `*…*` or `_…_` alike (CommonMark 6.2; pandoc writes either,
and the articles kept apart mark their titles with underscores). The note reader's
patterns were written for asterisks and read many underscored titles as nothing: a title
holding "?" or "." ("_What Is to Be Done? Burning Questions …_ (1902)"), a list of writers
before "_Title_", "_Ibid_" (an underscore is a word character to `\\b`). Turning each
underscore pair into asterisks before reading (the same length, so every offset holds) reads
both the same way; what a reading keeps of the note is then given back as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# One or two underscores opening emphasis (not inside a word, not escaped, not part of a
# longer run: "____" is a rule or a blank), its text on one line, the same closing them.
# matches "_Capital_", "__Capital__", "_What Is to Be Done? Burning Questions_", "_Ibid_";
# not "snake_case_name" (inside words), "\\_x\\_" (escaped), "____" (a blank), "_ x _"
_UNDERSCORED = lazy_compile(
    r"""(?<![\w\\])(?P<mark>__?)(?!_)(?=\S)
        (?P<inner>[^\n_]+?)(?<=[^\s\\])(?P=mark)(?![\w_])""",
    re.VERBOSE,
)


def asterisk_emphasis(text: str) -> str:
    """`text` with each underscore emphasis pair as asterisks (same length, same offsets).
    A pair inside asterisk emphasis stays ("*Three Volumes of _Capital_*": a title within a
    title, which asterisks there would close early)."""
    if "_" not in text:
        return text
    pieces: list[str] = []
    last = stars = 0  # the asterisks on the line before the pair, counted as it goes
    for match in _UNDERSCORED.finditer(text):
        before = text[last : match.start()]
        line_start = before.rfind("\n")
        stars = before.count("*", line_start + 1) + (stars if line_start < 0 else 0)
        inside = stars % 2 == 1
        pieces += [before, match[0] if inside else _as_asterisks(match)]
        stars += match[0].count("*")
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


# "et al." in emphasis, as Markdown writers set it ("Ruiz *et al.*, *Title*"): an
# abbreviation after the names, not a marked title.
# matches "*et al.*", "*et al*.", "**et al.**"; not "*Et Alia*" (a title), "et al."
_EMPHASISED_ET_AL = re.compile(r"(?<![*\w])(\*{1,2})(et\s+al\.?)\1(\.?)(?![*\w])")


def plain_et_al(text: str) -> str:
    """`text` with the emphasis marks around "et al." moved behind it as spaces (same
    length, same offsets for what follows): "Ruiz *et al.*, *Title*" reads "Ruiz et al.  ,
    *Title*" as a writer and others, then a title."""
    if "et al" not in text:
        return text
    return _EMPHASISED_ET_AL.sub(lambda m: m[2] + m[3] + " " * (2 * len(m[1])), text)


def et_al_back(citation: NoteCitation, written: str, read: str, base: int) -> NoteCitation:
    """The citation's text as the note wrote it where `plain_et_al` moved an "et al."'s
    emphasis (`read` is the note so changed, `written` as written, both from `base`)."""
    start = citation.span.start - base
    end = start + len(citation.text)
    if "et al" not in citation.text or read[start:end] != citation.text:
        return citation
    own = written[start:end]
    return citation if own == citation.text else replace(citation, text=own)


def _as_asterisks(match: re.Match[str]) -> str:
    stars = "*" * len(match["mark"])
    return stars + match["inner"] + stars


def underscores_back(citation: NoteCitation, written: str, read: str, base: int) -> NoteCitation:
    """The citation with the underscores of its text, title, container and address as the
    note wrote them: `written` is the note's text, `read` the same with asterisks
    (`asterisk_emphasis`), both starting at `base`. Only an asterisk that stands for an
    underscore is given back; other marks are left to their own readers."""
    if written is read:
        return citation
    start = citation.span.start - base
    fields = {}
    for name in ("text", "title", "container", "url"):
        value = getattr(citation, name)
        if "*" not in value:
            continue
        at = start if name == "text" else read.find(value, start)
        if at < 0 or read[at : at + len(value)] != value:
            continue
        own = written[at : at + len(value)]
        restored = "".join(
            mark if mark == "_" and char == "*" else char
            for char, mark in zip(value, own, strict=True)
        )
        if restored != value:
            fields[name] = restored
    return replace(citation, **fields) if fields else citation
