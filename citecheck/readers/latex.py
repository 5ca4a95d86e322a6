"""LaTeX: `\\footnote{...}` notes in place, comments kept for directives, math masked.

Each `\\footnote{...}` is both a marker (the command) and a note (its braced text); notes
are numbered in order. Body paragraphs are cut around the footnotes so that a note's text
is never read as body text. The preamble, comments and math are blanked in `masked`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from citecheck.masking import blank_spans
from citecheck.model import Comment, Marker, Note, Paragraph, Part, Section, SourceText, Span
from citecheck.readers.paragraphs import is_references_title, split_paragraphs

# A comment: an unescaped % to the end of the line.
# matches "% citecheck: off", "text % note"; not "50\% of"
COMMENT = re.compile(r"(?<!\\)%(?P<body>[^\n]*)")

# Math and code are found by `_math` and `_code` in one pass each: as single patterns
# ("\\[.*?\\]", "\begin{verbatim}.*?\end{verbatim}") they read on to the end of the text
# for every unclosed "\[" or "\begin{verbatim}", quadratic in their number. A construct is
# closed by the first closer after it, so once one is unclosed, every later one is too.

# Where math starts: an unescaped "$" or "$$", or "\[".
# matches "$" in "$x$", "$$", "\["; not "\$5"
MATH_START = re.compile(r"(?<!\\)\$\$?|\\\[")

# Inline math and display math in dollars, from their opening dollar.
# matches "$x^2$", "$$ b $$"; not "\$5"
DOLLAR_MATH = re.compile(r"\$\$.*?(?<!\\)\$\$|\$.*?(?<!\\)\$", re.DOTALL)
DISPLAY_MATH_CLOSE = "\\]"

# Where code starts: a verbatim-like environment (any name ending in "verbatim", listings,
# minted), \verb and its delimiter, or \texttt.
# matches "\begin{pyverbatim}", "\verb|", "\texttt{"; not "\textit{x}", "\begin{quote}"
CODE_START = re.compile(
    r"""\\(?:begin\{(?P<env>\w*verbatim\*?|lstlisting|minted)\}
          | verb(?P<delimiter>[^\w\s])
          | (?P<texttt>texttt\{[^{}]*\}))
    """,
    re.VERBOSE,
)

# Footnote commands, with an optional [number] argument of at most nine digits (a longer
# one is no note number, and would meet Python's limit on integer strings).
# matches "\footnote{", "\footnote[3]{"; not "\footnotetext{"
FOOTNOTE = re.compile(r"\\footnote(?:\[(?P<number>\d{1,9})\])?\s*\{")

# Sectioning commands; their titles make headings.
# matches "\section{Introduction}", "\section*{References}"; not "\sectionmark"
SECTION = re.compile(
    r"\\(?:part|chapter|section|subsection|subsubsection|paragraph)\*?\s*\{(?P<title>[^{}]*)\}"
)

# A numbered chapter, after which LaTeX's book and report classes number footnotes from 1.
# matches "\chapter{The Origins}", "\chapter[Short]{Long title}"; not "\chapter*{Preface}",
# "\chapterstyle{x}"
CHAPTER = re.compile(r"\\chapter(?:\[[^\]\n]*\])?\s*\{")

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
    hidden.extend(_code(without_comments))
    hidden.extend(_math(without_comments))
    masked_text = blank_spans(text, hidden)

    notes, markers, parts = _footnotes(masked_text)
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
        parts=parts,
    )


def _code(text: str) -> list[Span]:
    """Verbatim environments, \\verb|…| and \\texttt{…}, each to its first closer."""
    found: list[Span] = []
    unclosed: set[str] = set()  # closers known to be absent from the rest of the text
    position = 0
    while (start := CODE_START.search(text, position)) is not None:
        if start.group("texttt"):
            found.append(Span(start.start(), start.end()))
            position = start.end()
            continue
        env = start.group("env")
        closer = f"\\end{{{env}}}" if env is not None else start.group("delimiter")
        end = -1 if closer in unclosed else text.find(closer, start.end())
        if end == -1:
            unclosed.add(closer)
            position = start.start() + 1
            continue
        found.append(Span(start.start(), end + len(closer)))
        position = end + len(closer)
    return found


def _math(text: str) -> list[Span]:
    """Math in "$…$", "$$…$$" and "\\[…\\]", each to its first closer."""
    found: list[Span] = []
    display_unclosed = False
    position = 0
    while (start := MATH_START.search(text, position)) is not None:
        if start.group().startswith("$"):
            math = DOLLAR_MATH.match(text, start.start())
            if math is None:  # no unescaped "$" after it, so no later dollar math either
                position = start.start() + 1
                continue
            found.append(Span(math.start(), math.end()))
            position = math.end()
            continue
        end = -1 if display_unclosed else text.find(DISPLAY_MATH_CLOSE, start.end())
        if end == -1:
            display_unclosed = True
            position = start.start() + 1
            continue
        found.append(Span(start.start(), end + len(DISPLAY_MATH_CLOSE)))
        position = end + len(DISPLAY_MATH_CLOSE)
    return found


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


def _footnotes(text: str) -> tuple[list[Note], list[Marker], tuple[Part, ...]]:
    """Each \\footnote, numbered as LaTeX does: from 1 again after each numbered \\chapter
    (book and report classes), each chapter then a part when notes fall in two or more."""
    chapters = [match.start() for match in CHAPTER.finditer(text)]
    notes, markers = [], []
    number = 0
    chapter = 0  # numbered chapters begun before the note
    position = 0
    while True:
        match = FOOTNOTE.search(text, position)
        if not match:
            break
        while chapter < len(chapters) and chapters[chapter] <= match.start():
            chapter += 1
            number = 0
        close = _closing_brace(text, match.end() - 1)
        number = int(match.group("number")) if match.group("number") else number + 1
        command = Span(match.start(), match.end() - 1)
        body = Span(match.end(), close).strip(text)
        span = Span(match.start(), min(close + 1, len(text)))
        notes.append(Note(number, span, command, body, part=chapter))
        markers.append(Marker(number, command, "command", part=chapter))
        position = close + 1
    if not chapters:
        return notes, markers, ()
    if len({note.part for note in notes}) < 2:
        return (
            [replace(note, part=0) for note in notes],
            [replace(marker, part=0) for marker in markers],
            (),
        )
    names = [Part("the text before chapter 1", 0)]
    names.extend(Part(f"chapter {k}", start) for k, start in enumerate(chapters, 1))
    return notes, markers, tuple(names)


def _paragraphs(text: str, notes: list[Note]) -> tuple[Paragraph, ...]:
    paragraphs = []
    in_references = False
    note_ends = [note.span.end for note in notes]
    for span in _split_at_headings(text, split_paragraphs(text)):
        heading = SECTION.match(text, span.start, span.end)
        if heading:
            in_references = is_references_title(heading.group("title"))
            paragraphs.append(Paragraph(span, Section.HEADING))
            continue
        section = Section.REFERENCES if in_references else Section.BODY
        paragraphs.extend(_cut_around_notes(text, span, notes, note_ends, section))
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
    text: str, span: Span, notes: list[Note], note_ends: list[int], section: Section
) -> list[Paragraph]:
    pieces = []
    cursor = span.start
    # Notes are disjoint and in order: bisection finds the first that can reach into the
    # span, where a loop over every note for every paragraph was quadratic.
    first = bisect_right(note_ends, span.start)
    for note in notes[first:]:
        if note.span.start >= span.end:
            break
        if note.span.end <= cursor:
            continue
        if note.span.start > cursor:
            pieces.append(Span(cursor, note.span.start))
        cursor = max(cursor, note.span.end)
    if cursor < span.end:
        pieces.append(Span(cursor, span.end))
    return [Paragraph(piece, section) for piece in pieces if text[piece.start : piece.end].strip()]
