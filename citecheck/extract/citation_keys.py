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
    for span in spans:
        for match in PANDOC_BARE.finditer(text, span.start, span.end):
            if _inside(match.start(), taken):
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


def _inside(offset: int, spans: Sequence[Span]) -> bool:
    return any(s.contains(offset) for s in spans)
