"""Plain text, as copied from a journal's web page or a Gutenberg edition.

The notes are the trailing run of paragraphs that start with a note number (after an
optional "Notes" heading); a "References" heading starts the reference list; Gutenberg's
``[Footnote 3: ...]`` blocks are notes wherever they stand. Markers are left to the
marker extractor, since plain text has no marker syntax.
"""

from __future__ import annotations

import re

from citecheck.model import Note, Paragraph, Section, SourceText, Span
from citecheck.readers.paragraphs import (
    is_notes_heading,
    is_references_heading,
    split_paragraphs,
)

# A note's leading number: "12 Cliff, 1974.", "12. Cliff", "12) Cliff", "[12] Cliff", "12" alone.
# matches "57 The figure of", "[3] See"; not "1917 was", "30million", "1.3 percent"
NOTE_START = re.compile(
    r"""^(?:\[(?P<bracketed>\d{1,3})\]|(?P<plain>\d{1,3})[.)]?)  # the number
        (?=[ \t]|\n|$)                                            # then a space or the end
    """,
    re.VERBOSE | re.MULTILINE,
)

# Gutenberg's inline note blocks.
# matches "[Footnote 1: This work was ...]"; not "[1]"
GUTENBERG_NOTE = re.compile(
    r"^\[Footnote\s+(?P<number>\d{1,3})\s*:\s*", re.IGNORECASE | re.MULTILINE
)

# How far back the note numbers may step while still being one run (out-of-order notes).
_RUN_BACKSTEP = 10
# The first note of a run without a "Notes" heading must be at most this.
_FIRST_NOTE_MAX = 5


def read_plain_text(path: str, text: str) -> SourceText:
    spans = split_paragraphs(text)
    notes: list[Note] = []
    sections = [Section.BODY] * len(spans)

    i = 0
    while i < len(spans):
        if GUTENBERG_NOTE.match(text, spans[i].start, spans[i].end):
            last = _gutenberg_note_end(text, spans, i)
            notes.append(_gutenberg_note(text, Span(spans[i].start, spans[last].end)))
            for k in range(i, last + 1):
                sections[k] = Section.NOTES
            i = last
        i += 1

    references_at = _references_heading(text, spans)
    notes_end = references_at if references_at is not None else len(spans)
    if not notes:
        run = _trailing_note_run(text, spans, notes_end, sections)
        if references_at is not None and not run:
            # References may come before the notes: look for a run after them too.
            run = _trailing_note_run(text, spans, len(spans), sections)
        for i in run:
            notes.extend(_split_note_paragraph(text, spans[i]))
            sections[i] = Section.NOTES

    if references_at is not None:
        sections[references_at] = Section.HEADING
        for i in range(references_at + 1, len(spans)):
            if sections[i] is Section.BODY:
                sections[i] = Section.REFERENCES

    paragraphs = tuple(
        Paragraph(span, section) for span, section in zip(spans, sections, strict=True)
    )
    return SourceText(
        path=path,
        text=text,
        masked=text,
        paragraphs=paragraphs,
        notes=tuple(notes),
        format="text",
    )


def _references_heading(text: str, spans: list[Span]) -> int | None:
    for i in range(len(spans) - 1, -1, -1):
        if is_references_heading(spans[i].slice(text)):
            return i
    return None


def _note_number(paragraph: str) -> int | None:
    match = NOTE_START.match(paragraph)
    if not match:
        return None
    return int(match.group("bracketed") or match.group("plain"))


def _trailing_note_run(
    text: str, spans: list[Span], end: int, sections: list[Section]
) -> list[int]:
    """Indexes of the last run of note paragraphs before `end`, in document order.

    Walking back from the end, trailing paragraphs that are not notes (an author's bio, a
    date line such as "20 May 2019") are passed over until a run is found that starts low
    enough or after a "Notes" heading; a run stops at the first paragraph whose number does
    not continue it.
    """
    i = end - 1
    while i >= 0:
        if _note_number(spans[i].slice(text)) is None:
            i -= 1
            continue
        run = _run_ending_at(text, spans, i)
        heading = run[0] - 1
        if heading >= 0 and is_notes_heading(spans[heading].slice(text)):
            sections[heading] = Section.HEADING
            return run
        first = _note_number(spans[run[0]].slice(text))
        if first is not None and first <= _FIRST_NOTE_MAX:
            return run
        # Every run ending inside this one stops where it stops: skip past its start.
        i = run[0] - 1
    return []


def _run_ending_at(text: str, spans: list[Span], last: int) -> list[int]:
    run = [last]
    previous = _note_number(spans[last].slice(text))
    for i in range(last - 1, -1, -1):
        number = _note_number(spans[i].slice(text))
        if number is None or previous is None:
            break
        if not (previous - _RUN_BACKSTEP <= number <= previous + 2):
            break
        run.append(i)
        previous = number
    run.reverse()
    return run


def _split_note_paragraph(text: str, span: Span) -> list[Note]:
    """One paragraph may hold several notes, one to a line, with no blank line between.

    A line of a hard-wrapped note may start with a number too ("2 tables were…"): a new
    note starts only with a number that continues the sequence, followed by a capital,
    a quote or a digit, and only right after the last note or after a finished sentence.
    """
    starts: list[tuple[int, int]] = []
    offset = span.start
    last: int | None = None
    previous_line = ""
    for line in span.slice(text).split("\n"):
        number = _note_number(line)
        if number is not None and (
            last is None
            or (
                last < number <= last + _RUN_BACKSTEP
                and not _text_after_number(line)[:1].islower()
                and (number == last + 1 or previous_line.rstrip().endswith(_SENTENCE_END))
            )
        ):
            starts.append((offset, number))
            last = number
        offset += len(line) + 1
        previous_line = line
    notes = []
    for k, (start, number) in enumerate(starts):
        end = starts[k + 1][0] - 1 if k + 1 < len(starts) else span.end
        notes.append(_make_note(text, Span(start, end), number))
    return notes


_SENTENCE_END = (".", "!", "?", "”", "’", '"', ")", "]")


def _text_after_number(line: str) -> str:
    match = NOTE_START.match(line)
    return line[match.end() :].lstrip() if match else line


def _make_note(text: str, span: Span, number: int) -> Note:
    match = NOTE_START.match(text, span.start, span.end)
    assert match is not None
    number_span = Span(match.start(), match.end())
    return Note(number, span, number_span, Span(match.end(), span.end).strip(text))


def _gutenberg_note_end(text: str, spans: list[Span], first: int) -> int:
    """A `[Footnote n: ...]` block may run over several paragraphs until its `]`."""
    depth = 0
    for k in range(first, len(spans)):
        chunk = spans[k].slice(text)
        depth += chunk.count("[") - chunk.count("]")
        if depth <= 0:
            return k
    return first


def _gutenberg_note(text: str, span: Span) -> Note:
    match = GUTENBERG_NOTE.match(text, span.start, span.end)
    assert match is not None
    end = span.end - 1 if text[span.end - 1] == "]" else span.end
    number_span = Span(match.start("number"), match.end("number"))
    return Note(int(match.group("number")), span, number_span, Span(match.end(), end))
