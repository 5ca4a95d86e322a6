"""Citations that name their entry by key: pandoc (``[@key]``, ``@key``) and LaTeX
(``\\cite{key}``, ``\\citep{a,b}``). They are matched to the bibliography by key.

They are read from `source.masked`, where the readers have blanked code, comments, link
targets, math and the LaTeX preamble (offsets unchanged): a key there is not a citation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from citecheck.model import Citation, SourceText, Span

# A pandoc citation key: a letter, digit or underscore, then word characters and inner
# punctuation; trailing punctuation is not part of it.
# matches "item1", "Zingale_2018", "doe:2005"; not "-", "."
_KEY = r"[\w][\w:.#$%&+?<>~/-]*(?<![:.#$%&+?<>~/-])"

# A bracketed pandoc group with at least one key. The lookahead finds the key once and the
# body is then read possessively: an unclosed "[@a @b @c …" costs one scan, not one per "@".
# matches "[@item1]", "[see @item1 p. 34-35; also @item3 chap. 3]"; not "[^1]", "[12]"
PANDOC_GROUP = re.compile(r"\[(?P<body>(?=[^\[\]]*?(?<![\w@])-?@[\w])[^\[\]]*+)\]")

# One item of a group: prefix, optional author suppression, key, then locator or suffix.
# matches "see @item1 p. 34-35", "-@item2 p. 44"; not "see also"
PANDOC_ITEM = re.compile(
    rf"(?P<prefix>[^@]*?)(?P<suppress>-)?(?<![\w@])@(?P<key>{_KEY})(?P<rest>.*)", re.S
)

# A pandoc key in running text, outside brackets.
# matches "@item1" in "@item1 says"; not "a@b.org", "[@item1]" (taken by the group)
PANDOC_BARE = re.compile(rf"(?<![\w@\[\-])@(?P<key>{_KEY})")

MAX_LATEX_OPTION = 500

# A LaTeX citation command with up to two optional arguments (prenote, postnote). An
# argument is read for at most MAX_LATEX_OPTION characters: unbounded, each unclosed
# "\cite[" of a run read on to the end of the paragraph.
# matches "\cite{k}", "\citep[p.~3]{a,b}", "\textcite{k}", "\nocite{*}"; not "\citation{x}"
LATEX_CITE = re.compile(
    rf"""\\(?P<command>(?:no|paren|text|auto|foot|full|smart|super)?cite
                      (?:[pt]|author|year|alp|num)?\*?)
        \s*(?P<options>(?:\[[^\]]{{0,{MAX_LATEX_OPTION}}}+\]\s*){{0,2}})
        \{{(?P<keys>[^{{}}]*)\}}""",
    re.VERBOSE,
)

# One bracketed optional argument of a LaTeX citation command (prenote or postnote).
# matches "[p.~3]" in "[see][p.~3]", "[]"; not "{key}"
LATEX_OPTION = re.compile(r"\[(?P<option>[^\]]*)\]")

_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".rmd", ".qmd", ".pandoc"})


def find_keyed_citations(source: SourceText, spans: Sequence[Span]) -> Iterable[Citation]:
    text = source.masked
    found = list(_pandoc_groups(text, spans))
    markdown = bool(found) or Path(source.path).suffix.lower() in _MARKDOWN_SUFFIXES
    if markdown:
        found.extend(_pandoc_bare(text, spans, [c.span for c in found]))
    found.extend(_latex(text, spans))
    return found


def _pandoc_groups(text: str, spans: Sequence[Span]) -> Iterable[Citation]:
    for span in spans:
        for group in PANDOC_GROUP.finditer(text, span.start, span.end):
            offset = group.start("body")
            for raw in group.group("body").split(";"):
                item = PANDOC_ITEM.match(raw)
                if item:
                    at = offset + item.start("key") - 1  # the "@"
                    start = at - 1 if item.group("suppress") else at
                    rest = item.group("rest").strip(" ,")
                    end = offset + item.end("key")
                    yield _keyed(text, Span(start, end), item.group("key"), rest, "pandoc")
                offset += len(raw) + 1


def _pandoc_bare(text: str, spans: Sequence[Span], taken: Sequence[Span]) -> Iterable[Citation]:
    inside = _Sweep(taken)
    for span in spans:
        for match in PANDOC_BARE.finditer(text, span.start, span.end):
            if inside(match.start()):
                continue
            yield _keyed(text, Span(match.start(), match.end()), match.group("key"), "", "pandoc")


def _latex(text: str, spans: Sequence[Span]) -> Iterable[Citation]:
    for span in spans:
        for match in LATEX_CITE.finditer(text, span.start, span.end):
            options = [m.group("option") for m in LATEX_OPTION.finditer(match.group("options"))]
            locator = options[-1].strip() if options else ""
            form = "nocite" if match.group("command").startswith("no") else "latex"
            for key in match.group("keys").split(","):
                if key.strip():
                    yield _keyed(text, Span(match.start(), match.end()), key.strip(), locator, form)


def _keyed(text: str, span: Span, key: str, locator: str, form: str) -> Citation:
    return Citation(
        text=span.slice(text),
        span=span,
        authors=(),
        year="",
        suffix="",
        locator=locator,
        pattern="@key" if form == "pandoc" else "\\cite",
        note=None,
        key=key,
        form=form,
    )


class _Sweep:
    """Is an offset inside one of `spans`? Asked for offsets in increasing order, in one
    sorted sweep: each span is passed once, where a check against every bracketed
    citation for each `@key` made a large Markdown file quadratic (2.6 s, now 0.1 s).

    An offset is inside iff some span starting at or before it ends after it, that is iff
    the furthest end of the spans started so far lies beyond it. Asked out of order (the
    paragraphs were not in order), the sweep starts again: still right, only slower."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self._spans = sorted(spans, key=lambda span: span.start)
        self._next = 0
        self._reach = -1  # the furthest end of the spans that start at or before `_last`
        self._last = -1

    def __call__(self, offset: int) -> bool:
        if offset < self._last:
            self._next, self._reach = 0, -1
        self._last = offset
        spans = self._spans
        while self._next < len(spans) and spans[self._next].start <= offset:
            self._reach = max(self._reach, spans[self._next].end)
            self._next += 1
        return offset < self._reach
