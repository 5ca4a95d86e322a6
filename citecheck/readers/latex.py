"""LaTeX: `\\footnote{...}` notes in place, comments kept for directives, math masked.

Each `\\footnote{...}` is both a marker (the command) and a note (its braced text); notes
are numbered in order. Body paragraphs are cut around the footnotes so that a note's text
is never read as body text. The preamble, comments and math are blanked in `masked`.
"""

from __future__ import annotations

import re

from citecheck.masking import blank_spans
from citecheck.model import Comment, Marker, Note, Paragraph, Section, SourceText, Span
from citecheck.readers.paragraphs import REFERENCE_HEADINGS, split_paragraphs

# A comment: an unescaped % to the end of the line.
# matches "% citecheck: off", "text % note"; not "50\% of"
COMMENT = re.compile(r"(?<!\\)%(?P<body>[^\n]*)")

# Inline and display math.
# matches "$x^2$", "\[ a \]", "$$ b $$"; not "\$5"
MATH = re.compile(r"(?<!\\)\$\$.*?(?<!\\)\$\$|(?<!\\)\$.*?(?<!\\)\$|\\\[.*?\\\]", re.DOTALL)

# Code: verbatim-like environments (any name ending in "verbatim", listings, minted),
# \verb|...| and \texttt{...}.
# matches "\begin{pyverbatim}x = 1\end{pyverbatim}", "\texttt{data.coins}"; not "\textit{x}"
CODE = re.compile(
    r"""\\begin\{(?P<env>\w*verbatim\*?|lstlisting|minted)\}.*?\\end\{(?P=env)\}
      | \\verb(?P<delimiter>[^\w\s])(?:(?!(?P=delimiter)).)*(?P=delimiter)
      | \\texttt\{[^{}]*\}
    """,
    re.DOTALL | re.VERBOSE,
)

# Footnote commands, with an optional [number] argument.
# matches "\footnote{", "\footnote[3]{"; not "\footnotetext{"
FOOTNOTE = re.compile(r"\\footnote(?:\[(?P<number>\d+)\])?\s*\{")

# Sectioning commands; their titles make headings.
# matches "\section{Introduction}", "\section*{References}"; not "\sectionmark"
SECTION = re.compile(
    r"\\(?:part|chapter|section|subsection|subsubsection|paragraph)\*?\s*\{(?P<title>[^{}]*)\}"
)

BEGIN_DOCUMENT = "\\begin{document}"
END_DOCUMENT = "\\end{document}"


def read_latex(path: str, text: str) -> SourceText:
    comments = [
        Comment(match.group("body").strip(), Span(match.start(), match.end()))
        for match in COMMENT.finditer(text)
    ]
    hidden = [comment.span for comment in comments]
    begin = text.find(BEGIN_DOCUMENT)
    if begin != -1:
        hidden.append(Span(0, begin + len(BEGIN_DOCUMENT)))
    end = text.find(END_DOCUMENT)
    if end != -1:
        hidden.append(Span(end, len(text)))
    without_comments = blank_spans(text, hidden)
    # Code and math are found once comments are gone: a % inside them is not a comment.
    for pattern in (CODE, MATH):
        hidden.extend(Span(m.start(), m.end()) for m in pattern.finditer(without_comments))
    masked_text = blank_spans(text, hidden)

    notes, markers = _footnotes(masked_text)
    paragraphs = _paragraphs(masked_text, notes)
    return SourceText(
        path=path,
        text=text,
        masked=masked_text,
        paragraphs=paragraphs,
        notes=tuple(notes),
        markers=tuple(markers),
        comments=tuple(comments),
        format="latex",
    )


def _closing_brace(text: str, opening: int) -> int:
    """Offset of the brace that closes text[opening] == "{", or len(text) if unbalanced."""
    depth = 0
    i = opening
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(text)


def _footnotes(text: str) -> tuple[list[Note], list[Marker]]:
    notes, markers = [], []
    number = 0
    position = 0
    while True:
        match = FOOTNOTE.search(text, position)
        if not match:
            break
        close = _closing_brace(text, match.end() - 1)
        number = int(match.group("number")) if match.group("number") else number + 1
        command = Span(match.start(), match.end() - 1)
        body = Span(match.end(), close).strip(text)
        notes.append(Note(number, Span(match.start(), min(close + 1, len(text))), command, body))
        markers.append(Marker(number, command, "command"))
        position = close + 1
    return notes, markers


def _paragraphs(text: str, notes: list[Note]) -> tuple[Paragraph, ...]:
    paragraphs = []
    in_references = False
    for span in _split_at_headings(text, split_paragraphs(text)):
        heading = SECTION.match(text, span.start, span.end)
        if heading:
            in_references = heading.group("title").strip().lower() in REFERENCE_HEADINGS
            paragraphs.append(Paragraph(span, Section.HEADING))
            continue
        section = Section.REFERENCES if in_references else Section.BODY
        paragraphs.extend(_cut_around_notes(text, span, notes, section))
    paragraphs.extend(Paragraph(note.span, Section.NOTES) for note in notes)
    return tuple(sorted(paragraphs, key=lambda p: p.span.start))


def _split_at_headings(text: str, spans: list[Span]) -> list[Span]:
    """A sectioning command starts a paragraph of its own, blank line or not."""
    pieces = []
    for span in spans:
        cursor = span.start
        for match in SECTION.finditer(text, span.start, span.end):
            line_end = text.find("\n", match.end(), span.end)
            line_end = span.end if line_end == -1 else line_end
            pieces.extend(_trimmed_pieces(text, cursor, match.start()))
            pieces.append(Span(match.start(), line_end).strip(text))
            cursor = line_end
        pieces.extend(_trimmed_pieces(text, cursor, span.end))
    return pieces


def _trimmed_pieces(text: str, start: int, end: int) -> list[Span]:
    span = Span(start, end).strip(text)
    return [span] if span.end > span.start else []


def _cut_around_notes(
    text: str, span: Span, notes: list[Note], section: Section
) -> list[Paragraph]:
    pieces = []
    cursor = span.start
    for note in notes:
        if note.span.end <= cursor or note.span.start >= span.end:
            continue
        if note.span.start > cursor:
            pieces.append(Span(cursor, note.span.start))
        cursor = max(cursor, note.span.end)
    if cursor < span.end:
        pieces.append(Span(cursor, span.end))
    return [Paragraph(piece, section) for piece in pieces if text[piece.start : piece.end].strip()]
