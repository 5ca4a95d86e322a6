"""The articles as saved web pages, in three footnote conventions, with exact truth.

Each rendered article (render.py) is written out as an HTML page: a header with its
navigation, a script and a style (none of it manuscript text), the body paragraphs with the
markers where the references were, and the notes, in one of three conventions:

- `html_pandoc`: pandoc's `<a href="#fn3" class="footnote-ref"><sup>3</sup></a>` and
  `<section class="footnotes"><ol><li id="fn3">`, the page's body as the content;
- `html_goldmark`: Hugo's (Goldmark) `<sup id="fnref:3"><a href="#fn:3" …>3</a></sup>` and
  `<div class="footnotes"><ol><li id="fn:3">`, inside `<main><article>`;
- `html_sup`: bare `<sup>3</sup>` numbers and an `<ol>` of notes after a "Notes" heading
  (WordPress, a paste from Word), inside `<article>`.

The page is built piece by piece, so the line and column of each marker's digits and the
line of each note's `<li>` are known exactly. The seeded defects are those of seeds.py,
made in the page's structure (a list item left out, a marker left out, a list item written
twice, two markers' places exchanged) by building the page again.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from typing import Any

from citecheck.engine import LintOptions, lint_source
from citecheck.model import LineIndex
from citecheck.readers import read_bytes
from citecheck.reporters.extraction import extraction_view

from .pieces import Pieces
from .render import Rendered
from .scoring import FOOTNOTE_CODES, RULES, Counts, Reading, score_seeded
from .seeds import KINDS, Expectation

VARIANTS = ("html_pandoc", "html_goldmark", "html_sup")


@dataclass(frozen=True)
class Changes:
    """What a seed changes in the page: note numbers, or None."""

    drop_note: int | None = None
    drop_marker: int | None = None
    duplicate_note: int | None = None
    swap: int | None = None  # markers `swap` and `swap + 1` trade places


@dataclass(frozen=True)
class Page:
    text: str
    markers: tuple[tuple[int, int, int], ...]  # (number, line, column) of the digits
    notes: tuple[tuple[int, int], ...]  # (number, line of its <li>)


def _marker(number: int, variant: str) -> tuple[str, str]:
    """(the HTML before the digits, the HTML after them)."""
    if variant == "html_pandoc":
        return (
            f'<a href="#fn{number}" class="footnote-ref" id="fnref{number}" '
            'role="doc-noteref"><sup>',
            "</sup></a>",
        )
    if variant == "html_goldmark":
        return (
            f'<sup id="fnref:{number}"><a href="#fn:{number}" class="footnote-ref" '
            'role="doc-noteref">',
            "</a></sup>",
        )
    return "<sup>", "</sup>"


def _note(number: int, text: str, variant: str) -> tuple[str, str]:
    """(the HTML before the note's words, the HTML after them)."""
    if variant == "html_pandoc":
        back = f'<a href="#fnref{number}" class="footnote-back" role="doc-backlink">↩︎</a>'
        return f'<li id="fn{number}"><p>', f"{back}</p></li>\n"
    if variant == "html_goldmark":
        back = (
            f'&#160;<a href="#fnref:{number}" class="footnote-backref" '
            'role="doc-backlink">&#x21a9;&#xfe0e;</a>'
        )
        return f'<li id="fn:{number}">\n<p>', f"{back}</p>\n</li>\n"
    return "<li>", "</li>\n"


def _notes_open(variant: str) -> str:
    if variant == "html_pandoc":
        return (
            '<section id="footnotes" class="footnotes footnotes-end-of-document" '
            'role="doc-endnotes">\n<hr />\n<ol>\n'
        )
    if variant == "html_goldmark":
        return '<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n'
    return "<h2>Notes</h2>\n<ol>\n"


_NOTES_CLOSE = {"html_pandoc": "</ol>\n</section>\n", "html_goldmark": "</ol>\n</div>\n"}

_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>sup {{ font-size: 70%; }} /* issue 12, 3 columns */</style>
<script>var notes = [1, 2, 3]; if (notes.length < 4 && notes[0] > 0) {{ notes.push(4); }}</script>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/issues/12/">Issue 12</a>
<a href="#top">3</a></nav></header>
"""
_FOOT = """<footer><p>Platypus Review 2 &copy; 2024 <sup>1</sup></p></footer>
</body>
</html>
"""
_OPEN = {"html_pandoc": "", "html_goldmark": "<main><article>\n", "html_sup": "<article>\n"}
_CLOSE = {"html_pandoc": "", "html_goldmark": "</article></main>\n", "html_sup": "</article>\n"}


def _prose(text: str) -> str:
    """Body text as HTML: blocks are paragraphs, a line break is <br>."""
    escaped = html.escape(text, quote=False)
    return escaped.replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n")


def build_page(rendered: Rendered, variant: str, changes: Changes = Changes()) -> Page:
    title = rendered.body.split("\n", 1)[0]
    out = Pieces()
    out.add(_HEAD.format(title=html.escape(title)) + _OPEN[variant] + "<p>")
    markers = [m for m in rendered.markers if m[0] != changes.drop_marker]
    if changes.swap is not None:
        first = next(i for i, m in enumerate(markers) if m[0] == changes.swap)
        second = next(i for i, m in enumerate(markers) if m[0] == changes.swap + 1)
        (a, at), (b, bt) = markers[first], markers[second]
        markers[first], markers[second] = (b, at), (a, bt)
    body = rendered.body
    cursor = 0
    placed: list[tuple[int, int]] = []
    for (number, offset), (original, _) in zip(markers, _originals(rendered, changes), strict=True):
        out.add(_prose(body[cursor:offset]))
        before, after = _marker(number, variant)
        out.add(before)
        placed.append((number, out.add(str(number))))
        out.add(after)
        cursor = offset + len(str(original))
    out.add(_prose(body[cursor:]) + "</p>\n" + _notes_open(variant))
    noted: list[tuple[int, int]] = []
    for number, text in rendered.notes:
        if number == changes.drop_note:
            continue
        copies = 2 if number == changes.duplicate_note else 1
        for _ in range(copies):
            before, after = _note(number, text, variant)
            noted.append((number, out.add(before)))  # a note stands where its <li> does
            out.add(html.escape(text, quote=False) + after)
    out.add(_NOTES_CLOSE.get(variant, "</ol>\n") + _CLOSE[variant] + _FOOT)
    page = "".join(out.pieces)
    index = LineIndex.of(page)
    if variant == "html_sup":  # the list numbers its items itself: 1, 2, 3 …
        noted = [(k, offset) for k, (_, offset) in enumerate(noted, start=1)]
    return Page(
        page,
        tuple((number, *index.position(offset)) for number, offset in placed),
        tuple((number, index.line(offset)) for number, offset in noted),
    )


def _originals(rendered: Rendered, changes: Changes) -> list[tuple[int, int]]:
    """The markers as rendered (without the dropped one), whose digits are replaced."""
    return [m for m in rendered.markers if m[0] != changes.drop_marker]


def expectation(
    rendered: Rendered, variant: str, kind: str, number: int
) -> tuple[Page, Expectation]:
    """The seeded page and the finding it must produce."""
    last = max(n for n, _ in rendered.notes)
    implicit = variant == "html_sup"  # list items carry no number of their own
    if kind == "note_deleted":
        page = build_page(rendered, variant, Changes(drop_note=number))
        # In an implicit list the items after the gap move up: the last number is missing.
        missing = last if implicit else number
        lines = [line for n, line, _ in page.markers if n == missing]
        line = lines[0] if len(lines) == 1 else None
        return page, Expectation(kind, "N101", frozenset({missing}), line)
    if kind == "marker_deleted":
        page = build_page(rendered, variant, Changes(drop_marker=number))
        return page, Expectation(kind, "N102", frozenset({number}))
    if kind == "note_duplicated":
        page = build_page(rendered, variant, Changes(duplicate_note=number))
        if implicit:  # one item more: the last has no marker
            return page, Expectation(kind, "N102", frozenset({last + 1}))
        return page, Expectation(kind, "N103", frozenset({number}))
    page = build_page(rendered, variant, Changes(swap=number))
    return page, Expectation(kind, "N104", frozenset({number, number + 1}))


@dataclass(frozen=True)
class PageReading:
    markers: tuple[tuple[int, int, int], ...]
    notes: tuple[tuple[int, int], ...]
    findings: tuple[tuple[str, int | None, int], ...]


def read_page(page: Page) -> PageReading:
    source = read_bytes("article.html", page.text.encode("utf-8"))
    result = lint_source(source, LintOptions(select=FOOTNOTE_CODES), RULES)
    assert result.manuscript is not None
    view = extraction_view(result.manuscript)
    return PageReading(
        markers=tuple((m["number"], m["line"], m["column"]) for m in view["markers"]),
        notes=tuple((n["number"], n["line"]) for n in view["notes"]),
        findings=tuple(
            (f.code, f.data.get("note"), f.location.line if f.location else 0)
            for f in result.findings
            if f.code in FOOTNOTE_CODES
        ),
    )


def score_page(page: Page, reading: PageReading) -> tuple[Counts, dict[str, list[Any]]]:
    """Markers must match in number, line and column; notes in number and line."""
    truth_markers, read_markers = Counter(page.markers), Counter(reading.markers)
    truth_notes, read_notes = Counter(page.notes), Counter(reading.notes)
    markers = sum((truth_markers & read_markers).values())
    notes = sum((truth_notes & read_notes).values())
    counts = Counts.clean(
        (len(page.markers), len(reading.markers), markers),
        (len(page.notes), len(reading.notes), notes),
        len(reading.findings),
    )
    errors = {
        "missed_markers": sorted((truth_markers - read_markers).elements()),
        "extra_markers": sorted((read_markers - truth_markers).elements()),
        "missed_notes": sorted((truth_notes - read_notes).elements()),
        "extra_notes": sorted((read_notes - truth_notes).elements()),
        "findings": list(reading.findings),
    }
    return counts, errors


def evaluate(
    rendered: Rendered, targets: dict[str, int], keep: int
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Counts per HTML variant and a few errors of each kind, as article.evaluate_article
    keeps them for the text variants."""
    variants: dict[str, Any] = {}
    errors: dict[str, Any] = {}
    for variant in VARIANTS:
        page = build_page(rendered, variant)
        counts, found = score_page(page, read_page(page))
        missed = []
        for kind in KINDS:
            if kind not in targets:
                continue
            seeded, expected = expectation(rendered, variant, kind, targets[kind])
            reading = Reading((), (), read_page(seeded).findings)
            seeded_counts, unexplained = score_seeded(expected, reading)
            counts.add(seeded_counts)
            if not seeded_counts.detected[kind]:
                missed.append(f"{kind} {targets[kind]}")
            if unexplained:
                found.setdefault("unexplained", []).extend([kind, *f] for f in unexplained)
        found["seeded_missed"] = missed
        variants[variant] = counts.as_dict()
        errors[variant] = {key: value[:keep] for key, value in found.items() if value}
    return variants, errors
