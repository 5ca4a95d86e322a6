"""The body of a Word document laid out as text: one paragraph per block, blank lines between.

Each paragraph with text is numbered as the user meets it (`Place`), so that a finding
can say "paragraph 17". Real note references are written as their number and remembered;
raised (superscript) text is written as it stands and remembered too, for the reader to
decide which of it are note markers. A raised number opening a paragraph ("¹Cliff, 1974")
numbers a typed note, never marks one, and is written as superscript digits ("¹"), which
the notes-list reader knows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree import ElementTree

from citecheck.model import Paragraph, Place, Section, Span
from citecheck.readers.docx_runs import Piece, W, paragraph_pieces
from citecheck.readers.paragraphs import is_references_heading

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass(frozen=True)
class NoteReference:
    """A real note reference: which note (`kind`, `note_id`) and where its number stands."""

    kind: str
    note_id: str
    span: Span


@dataclass
class Body:
    """The body text being built, and what the reader needs to finish it."""

    pieces: list[str] = field(default_factory=list)
    length: int = 0
    paragraphs: list[Paragraph] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    headings: set[Span] = field(default_factory=set)  # paragraphs in a Heading/Title style
    references: list[NoteReference] = field(default_factory=list)
    raised: list[Span] = field(default_factory=list)  # superscript text inside a paragraph

    def add(self, piece: str) -> Span:
        start = self.length
        self.pieces.append(piece)
        self.length += len(piece)
        return Span(start, self.length)

    @property
    def text(self) -> str:
        return "".join(self.pieces)


def lay_out(document: ElementTree.Element, raised_styles: frozenset[str]) -> Body:
    body = Body()
    in_references = False
    for paragraph in document.iter(f"{W}p"):
        pieces = paragraph_pieces(paragraph, raised_styles)
        if not any(p.text.strip() or p.note_kind for p in pieces):
            continue
        if body.paragraphs:
            body.add("\n\n")
        start, first_piece = body.length, len(body.pieces)
        _write(body, _merged(pieces))
        span = Span(start, body.length)
        chunk = "".join(body.pieces[first_piece:])  # this paragraph only: linear overall
        heading = _style(paragraph).lower().startswith(("heading", "title"))
        if heading:
            body.headings.add(span)
        if heading or is_references_heading(chunk):
            in_references = is_references_heading(chunk)
            section = Section.HEADING
        else:
            section = Section.REFERENCES if in_references else Section.BODY
        body.paragraphs.append(Paragraph(span, section))
        body.places.append(Place(span, "paragraph", len(body.places) + 1))
    return body


def _merged(pieces: list[Piece]) -> list[Piece]:
    """Neighbouring raised runs joined: Word splits "12" into runs of "1" and "2" at will."""
    merged: list[Piece] = []
    for piece in pieces:
        last = merged[-1] if merged else None
        if last is not None and piece.superscript and last.superscript and not last.note_kind:
            merged[-1] = Piece(last.text + piece.text, superscript=True)
        else:
            merged.append(piece)
    return merged


def _write(body: Body, pieces: list[Piece]) -> None:
    opening = True  # nothing but white space written in this paragraph yet
    numbered = False  # a typed note's number was just written
    for piece in pieces:
        if numbered and piece.text[:1].strip():
            body.add(" ")  # "¹Cliff" reads as "¹ Cliff": the number stands apart
        numbered = False
        if piece.note_kind is not None:
            number = str(len(body.references) + 1)
            body.references.append(NoteReference(piece.note_kind, piece.note_id, body.add(number)))
            opening = False
        elif piece.superscript and opening and piece.text.strip().isdigit():
            body.add(piece.text.translate(SUPERSCRIPT_DIGITS))  # a typed note's number
            opening, numbered = False, True
        elif piece.superscript:
            body.raised.append(body.add(piece.text))
            opening = False
        else:
            body.add(piece.text)
            opening = opening and not piece.text.strip()


def _style(paragraph: ElementTree.Element) -> str:
    properties = paragraph.find(f"{W}pPr")
    if properties is None:
        return ""
    style = properties.find(f"{W}pStyle")
    return style.get(f"{W}val", "") if style is not None else ""
