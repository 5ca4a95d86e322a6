"""A laid-out Word body and its notes as one `SourceText`.

Real notes come first: when the body refers to Word footnotes or endnotes, those
references are the markers and the notes follow the body under a "Notes" heading, one
"n text" paragraph each; raised numbers typed in the text are then not markers.

Without real notes, the text is read as plain text is (`read_plain_text`): a typed
"Notes" or "Endnotes" list, or a trailing run of numbered paragraphs, is the notes. Its
markers are the raised numbers of the body (`docx_typed_notes`); when the author typed
none raised, they are found as in plain text ("1991.3"). Without a notes list, raised
numbers are not markers: nothing says what they number.
"""

from __future__ import annotations

from dataclasses import replace
from xml.etree import ElementTree

from citecheck.errors import InputError
from citecheck.masking import blank_spans
from citecheck.model import Marker, Note, Paragraph, Place, Places, Section, SourceText, Span
from citecheck.readers.docx_layout import Body
from citecheck.readers.docx_runs import W
from citecheck.readers.docx_typed_notes import (
    raised_markers,
    with_parts,
    with_superscript_digits,
)
from citecheck.readers.plaintext import read_plain_text

_NOT_NOTES = {"separator", "continuationSeparator", "continuationNotice"}


def assemble(path: str, body: Body, note_parts: dict[str, ElementTree.Element]) -> SourceText:
    if body.references:
        return _with_real_notes(path, body, note_parts)
    text = body.text + "\n"
    if not text.strip():
        raise InputError(f"{path}: the document has no text")
    plain = read_plain_text(path, text)
    if not plain.notes:
        return _source(path, with_superscript_digits(text, body.raised), body, (), ())
    paragraphs = _word_headings(text, plain.paragraphs, body.headings)
    markers, others = raised_markers(text, body.raised, paragraphs)
    text = with_superscript_digits(text, others)
    if not markers:  # numbers typed in line ("1991.3"): found as in plain text
        return replace(
            plain,
            text=text,
            masked=text,
            paragraphs=paragraphs,
            format="docx",
            places=Places(tuple(body.places)),
        )
    markers = with_parts(markers, plain.notes)
    # Masked as plain text is (not at all), so that every later pass reads the two alike.
    source = _source(path, text, body, paragraphs, plain.notes, tuple(markers))
    return replace(source, masked=text)


def _word_headings(
    text: str, paragraphs: tuple[Paragraph, ...], headings: set[Span]
) -> tuple[Paragraph, ...]:
    """The plain-text reading's paragraphs, with Word's Heading and Title styles kept."""
    styled = {span.strip(text) for span in headings}
    return tuple(
        Paragraph(p.span, Section.HEADING) if p.section is Section.BODY and p.span in styled else p
        for p in paragraphs
    )


def _with_real_notes(
    path: str, body: Body, note_parts: dict[str, ElementTree.Element]
) -> SourceText:
    texts = {kind: _note_texts(root, kind) for kind, root in note_parts.items()}
    paragraphs = list(body.paragraphs)
    places = list(body.places)
    markers = [Marker(k, ref.span, "footnote") for k, ref in enumerate(body.references, 1)]
    notes: list[Note] = []
    body.add("\n\n")
    paragraphs.append(Paragraph(body.add("Notes"), Section.HEADING))
    counts = {"footnote": 0, "endnote": 0}
    for number, reference in enumerate(body.references, start=1):
        body.add("\n\n")
        number_span = body.add(str(number))
        body.add(" ")
        text_span = body.add(texts.get(reference.kind, {}).get(reference.note_id, ""))
        span = Span(number_span.start, text_span.end)
        notes.append(Note(number, span, number_span, text_span))
        paragraphs.append(Paragraph(span, Section.NOTES))
        counts[reference.kind] += 1  # Word numbers footnotes and endnotes apart
        places.append(Place(span, reference.kind, counts[reference.kind]))
    body.add("\n")
    body.places = places
    text = with_superscript_digits(body.text, body.raised)
    return _source(path, text, body, tuple(paragraphs), tuple(notes), tuple(markers))


def _source(
    path: str,
    text: str,
    body: Body,
    paragraphs: tuple[Paragraph, ...],
    notes: tuple[Note, ...],
    markers: tuple[Marker, ...] = (),
) -> SourceText:
    if not text.strip():
        raise InputError(f"{path}: the document has no text")
    return SourceText(
        path=path,
        text=text,
        masked=blank_spans(text, [m.span for m in markers]),
        paragraphs=paragraphs or tuple(body.paragraphs),
        notes=notes,
        markers=markers,
        format="docx",
        places=Places(tuple(body.places)),
    )


def _note_texts(root: ElementTree.Element, kind: str) -> dict[str, str]:
    texts = {}
    for note in root.iter(f"{W}{kind}"):
        if note.get(f"{W}type") in _NOT_NOTES:
            continue
        paragraphs = [_plain_text(p) for p in note.iter(f"{W}p")]
        texts[note.get(f"{W}id", "")] = "\n".join(p.strip() for p in paragraphs if p.strip())
    return texts


def _plain_text(element: ElementTree.Element) -> str:
    parts = []
    for node in element.iter():
        if node.tag == f"{W}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{W}tab":
            parts.append("\t")
        elif node.tag in {f"{W}br", f"{W}cr"}:
            parts.append("\n")
    return "".join(parts)
