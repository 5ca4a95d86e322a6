"""Markdown (pandoc / CommonMark with footnotes): `[^n]` markers and `[^n]:` definitions.

Syntax that is not prose (front matter, code, HTML comments, link targets) is blanked in
`masked`, offsets unchanged, so no extractor reads a URL or a YAML date as prose.
"""

from __future__ import annotations

import re

from citecheck.masking import blank_spans
from citecheck.model import Comment, Marker, Note, Paragraph, Section, SourceText, Span
from citecheck.readers.paragraphs import (
    is_notes_heading,
    is_references_heading,
    split_paragraphs,
)

# YAML front matter at the very top.
# matches "---\ntitle: x\n---\n"; not a "---" rule later in the text
FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)

# Fenced code blocks.
# matches "```python\nx = 1\n```"; not "``inline``"
FENCED_CODE = re.compile(
    r"^(?P<fence>```+|~~~+)[^\n]*\n.*?^(?P=fence)[ \t]*$", re.DOTALL | re.MULTILINE
)

# Inline code spans.
# matches "`x[^1]`"; not a lone backtick
INLINE_CODE = re.compile(r"`[^`\n]+`")

# HTML comments, kept as Comment values for suppression directives.
# matches "<!-- citecheck: ignore missing-note -- reason -->"; not "<!- x ->"
HTML_COMMENT = re.compile(r"<!--(?P<body>.*?)-->", re.DOTALL)

# Link and image targets: the URL of "[text](https://x.org/a2)" and bare "<https://x.org>".
# matches "(https://icl-fi.org/232)", "<weeklyworker.co.uk/worker/1132/>"; not "(see p. 4)"
LINK_TARGET = re.compile(r"\]\((?P<url>[^)\s]+)(?:\s+\"[^\"]*\")?\)|<(?P<bare>[^<>\s]+\.[^<>\s]+)>")

# A footnote definition: "[^12]: text" at the start of a line.
# matches "[^35]: \"Corbyn landslide\"", "[^note]:"; not "see[^3] here"
NOTE_DEFINITION = re.compile(r"^\[\^(?P<label>[^\]\s]+)\]:[ \t]*", re.MULTILINE)

# A footnote reference in the text.
# matches "[^6]", "[^long-note]"; not "[^6]:" at a line start (a definition)
NOTE_REFERENCE = re.compile(r"\[\^(?P<label>[^\]\s]+)\](?!:)")

# An ATX heading line.
# matches "## The Labour Party", "# References"; not "#hashtag"
HEADING = re.compile(r"^#{1,6}[ \t]+\S")


def read_markdown(path: str, text: str) -> SourceText:
    hidden = [
        Span(match.start(), match.end())
        for pattern in (FRONT_MATTER, FENCED_CODE, INLINE_CODE)
        for match in pattern.finditer(text)
    ]
    comments = [
        Comment(match.group("body").strip(), Span(match.start(), match.end()))
        for match in HTML_COMMENT.finditer(text)
    ]
    hidden.extend(comment.span for comment in comments)
    for match in LINK_TARGET.finditer(text):
        group = "url" if match.group("url") else "bare"
        hidden.append(Span(match.start(group), match.end(group)))
    masked_text = blank_spans(text, hidden)

    definitions = list(NOTE_DEFINITION.finditer(masked_text))
    labels = _label_numbers(masked_text, definitions)
    notes, note_spans = _notes(masked_text, definitions, labels)
    markers = _markers(masked_text, note_spans, labels)
    paragraphs = _paragraphs(masked_text, note_spans)
    return SourceText(
        path=path,
        text=text,
        masked=masked_text,
        paragraphs=paragraphs,
        notes=tuple(notes),
        markers=tuple(markers),
        comments=tuple(comments),
        format="markdown",
    )


def _label_numbers(text: str, definitions: list[re.Match[str]]) -> dict[str, int]:
    """Numeric labels keep their number; named ones are numbered in order of first use."""
    numbers: dict[str, int] = {}
    for match in definitions:
        label = match.group("label")
        if label.isdigit():
            numbers[label] = int(label)
    next_number = max(numbers.values(), default=0) + 1
    definition_starts = {m.start() for m in definitions}
    for match in NOTE_REFERENCE.finditer(text):
        label = match.group("label")
        if match.start() in definition_starts or label in numbers:
            continue
        numbers[label] = int(label) if label.isdigit() else next_number
        next_number = max(next_number, numbers[label]) + 1
    for match in definitions:
        numbers.setdefault(match.group("label"), next_number)
        next_number = max(next_number, numbers[match.group("label")]) + 1
    return numbers


def _notes(
    text: str, definitions: list[re.Match[str]], labels: dict[str, int]
) -> tuple[list[Note], list[Span]]:
    """A definition runs on through indented or lazy continuation lines."""
    notes, spans = [], []
    for match in definitions:
        end = _definition_end(text, match.end())
        number_span = Span(match.start(), match.end())
        span = Span(match.start(), end)
        label = match.group("label")
        body = Span(match.end(), end).strip(text)
        notes.append(Note(labels[label], span, number_span, body, label))
        spans.append(span)
    return notes, spans


def _definition_end(text: str, start: int) -> int:
    position = text.find("\n", start)
    if position == -1:
        return len(text.rstrip())
    end = position
    blank_run = False
    while position != -1 and position + 1 <= len(text):
        line_end = text.find("\n", position + 1)
        line = text[position + 1 : line_end if line_end != -1 else len(text)]
        if not line.strip():
            blank_run = True
        elif line.startswith(("    ", "\t")):
            end = line_end if line_end != -1 else len(text)
            blank_run = False
        elif blank_run or NOTE_DEFINITION.match(line) or HEADING.match(line):
            break
        else:  # a lazy continuation line
            end = line_end if line_end != -1 else len(text)
        if line_end == -1:
            break
        position = line_end
    return Span(start, end).strip(text).end


def _markers(text: str, note_spans: list[Span], labels: dict[str, int]) -> list[Marker]:
    markers = []
    for match in NOTE_REFERENCE.finditer(text):
        if any(span.start <= match.start() < span.end for span in note_spans):
            # a reference inside a note (a note citing another) is not a body marker
            continue
        label = match.group("label")
        markers.append(
            Marker(labels[label], Span(match.start(), match.end()), "footnote", label=label)
        )
    return markers


def _paragraphs(text: str, note_spans: list[Span]) -> tuple[Paragraph, ...]:
    paragraphs = []
    in_references = False
    for span in split_paragraphs(text):
        chunk = span.slice(text)
        if any(note.start <= span.start < note.end for note in note_spans):
            paragraphs.append(Paragraph(span, Section.NOTES))
            continue
        if HEADING.match(chunk) or is_notes_heading(chunk) or is_references_heading(chunk):
            in_references = is_references_heading(chunk)
            paragraphs.append(Paragraph(span, Section.HEADING))
            continue
        paragraphs.append(Paragraph(span, Section.REFERENCES if in_references else Section.BODY))
    return tuple(paragraphs)
