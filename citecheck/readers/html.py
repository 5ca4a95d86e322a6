"""HTML (`.html`, `.htm`, `.xhtml`): a saved web page, read as its reader sees it.

The page is decoded (html_source), parsed by selectolax (lexbor, an HTML5 parser in C),
and laid out as text (html_layout); the text is what the extractors and the HTML report
see, and every offset of it maps back to the file (`SourceText.origin`), so findings give
the page's own lines and columns. Markers and notes come from the page's structure
(html_notes); a page without any is read by the plain-text reader, as a paste would be.
See docs/html.md for the choice of parser and the conventions read.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from citecheck.errors import InputError
from citecheck.masking import blank_spans
from citecheck.model import (
    LineIndex,
    Note,
    OffsetMap,
    Paragraph,
    ReaderMessage,
    Section,
    SourceText,
    Span,
)
from citecheck.readers.html_layout import Layout, lay_out
from citecheck.readers.html_notes import read_structure, stripped
from citecheck.readers.html_source import character_data, decode_page
from citecheck.readers.paragraphs import (
    is_index_heading,
    is_notes_heading,
    is_references_heading,
)
from citecheck.readers.plaintext import read_plain_text
from citecheck.spans import SpanSet

# Past this depth the parser's tree is not walked for a content landmark by CSS.
ENCODING_FALLBACK = (
    "the page is not valid UTF-8 and declares no charset; it was read as cp1252 "
    "(Windows Latin-1): declare <meta charset> or save it as UTF-8"
)


def read_html(path: str, data: bytes) -> SourceText:
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    page = decode_page(data, path)
    from selectolax.lexbor import LexborHTMLParser  # C extension: imported when a page is read

    text = page.text
    data = character_data(text)
    if data.too_deep:  # start tags past the depth a browser nests: blanked, offsets kept
        text = blank_spans(text, [Span(start, end) for start, end in data.too_deep])
        data = character_data(text)
    tree = LexborHTMLParser(text)
    if tree.root is None:
        raise InputError(f"{path}: the page has no text")
    layout = lay_out(tree.root, _content_root(tree), data)
    if not layout.text.strip():
        raise InputError(f"{path}: the page has no text")
    origin = OffsetMap(
        tuple(layout.text_starts), tuple(layout.source_starts), LineIndex.of(page.text)
    )
    structure = read_structure(layout)
    if structure is None:
        source = replace(
            read_plain_text(path, layout.text),
            format="html",
            origin=origin,
            comments=layout.comments,
        )
    else:
        source = SourceText(
            path=path,
            text=layout.text,
            masked=blank_spans(layout.text, structure.masks),
            paragraphs=_paragraphs(layout, structure.notes),
            notes=structure.notes,
            markers=structure.markers,
            comments=layout.comments,
            format="html",
            origin=origin,
        )
    if page.fallback:
        message = ReaderMessage("input-encoding", ENCODING_FALLBACK, Span(0, 0))
        source = replace(source, messages=(*source.messages, message))
    return source


def _content_root(tree: Any) -> Any:
    """The page's `main`, else its longest `article`, else its body."""
    main = tree.css_first("main")
    if main is not None:
        return main
    articles = tree.css("article")
    if articles:
        return max(articles, key=lambda node: len(node.text(deep=True)))
    return tree.body if tree.body is not None else tree.root


def _paragraphs(layout: Layout, notes: tuple[Note, ...]) -> tuple[Paragraph, ...]:
    text = layout.text
    in_notes = SpanSet(note.span for note in notes)
    paragraphs = []
    after: Section | None = None  # references or an index run on to the next heading
    for laid in layout.paragraphs:
        span = stripped(text, laid.start, laid.end)
        if span.end <= span.start:
            continue
        chunk = span.slice(text)
        if in_notes.contains(span.start):
            section = Section.NOTES
        elif laid.heading or is_notes_heading(chunk) or is_references_heading(chunk):
            section = Section.HEADING
            after = Section.REFERENCES if is_references_heading(chunk) else None
            if is_index_heading(chunk):
                after = Section.HEADING
        else:
            section = after or Section.BODY
        paragraphs.append(Paragraph(span, section))
    return tuple(paragraphs)
