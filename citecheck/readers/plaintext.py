"""Plain text, as copied from a journal's web page or a Gutenberg edition.

The notes list is found by `notes_list` (after a "Notes" heading, or the trailing run of
numbered paragraphs; one a line or blank-line separated); a "References" heading starts the
reference list; an "Index" heading starts back matter that is not prose; Gutenberg's
``[Footnote 3: ...]`` blocks, and ``[3] text`` blocks after their paragraphs, are notes
wherever they stand. A book whose notes restart per chapter is split into parts
(`book_parts`); contents, tables of values and index columns are set apart
(`apart_sections`). Markers are left to the marker extractor, since plain text has no
marker syntax.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.model import Note, Paragraph, Section, SourceText, Span
from citecheck.readers.apart_sections import mark_apart
from citecheck.readers.book_parts import book_parts, part_headings
from citecheck.readers.notes_list import (
    NotesList,
    lists_after_headings,
    split_note_paragraph,
    trailing_list,
)
from citecheck.readers.paragraphs import (
    is_index_heading,
    is_notes_heading,
    is_references_heading,
    split_paragraphs,
)

BODY = Section.BODY

# Bracketed note blocks standing in the body in at least this many runs are notes placed
# after their paragraphs; fewer is a notes list, found as one.
MIN_BRACKETED_RUNS = 2
# Spaces that set a paragraph in: after a note block, such a paragraph is the note's.
INDENT = 2

# A note block after its paragraph, Gutenberg's renumbered form: a bracketed number, then
# text (not "=", which makes a table of values), or nothing (an empty note).
# matches "[3] See Cliff", "[03] The strength of", "[3]" alone; not "[1]  = Whole-note",
# "[3]\n[4]" (a column of numbers)
BRACKETED_NOTE = re.compile(r"[ \t]*\[(?P<number>\d{1,3})\](?:[ \t]+(?![=\s])|[ \t]*$)")

# Gutenberg's inline note blocks.
# matches "[Footnote 1: This work was ...]"; not "[1]"
GUTENBERG_NOTE = re.compile(
    r"^\[Footnote\s+(?P<number>\d{1,3})\s*:\s*", re.IGNORECASE | re.MULTILINE
)


def read_plain_text(path: str, text: str) -> SourceText:
    spans = _headings_split_off(text, split_paragraphs(text))
    sections = [Section.BODY] * len(spans)
    mark_apart(text, spans, sections)
    headings = part_headings(
        text, [span for span, section in zip(spans, sections, strict=True) if section is BODY]
    )

    notes = _notes_in_body(text, spans, sections)
    in_body = bool(notes)
    references_at = _references_heading(text, spans)
    if not notes:
        lists = _notes_lists(text, spans, references_at)
        first_part = 0
        for found in lists:
            if found.heading is not None:
                sections[found.heading] = Section.HEADING
            for k in found.paragraphs:
                sections[k] = Section.NOTES
            for k in found.part_headings:
                sections[k] = Section.HEADING
            notes.extend(
                replace(note, part=first_part + note.part) if first_part else note
                for note in found.notes
            )
            first_part += 1 + max(note.part for note in found.notes)
    notes, parts = book_parts(notes, headings, restart_at_headings=in_body, restart_at_one=in_body)

    if references_at is not None:
        sections[references_at] = Section.HEADING
        for i in range(references_at + 1, len(spans)):
            if sections[i] is Section.BODY:
                sections[i] = Section.REFERENCES
    _mark_index(text, spans, sections)

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
        parts=parts,
    )


def _notes_in_body(text: str, spans: list[Span], sections: list[Section]) -> list[Note]:
    """Note blocks set after their paragraphs: ``[Footnote 3: ...]`` wherever it stands, and
    ``[3] text`` / ``[03] text`` paragraphs when they come in several runs between body
    paragraphs (one trailing run is a notes list, read as one by `notes_list`)."""
    notes: list[Note] = []
    bracketed: list[int] = []
    i = 0
    while i < len(spans):
        if sections[i] is not BODY:
            pass
        elif GUTENBERG_NOTE.match(text, spans[i].start, spans[i].end):
            last = _gutenberg_note_end(text, spans, i)
            notes.append(_gutenberg_note(text, Span(spans[i].start, spans[last].end)))
            for k in range(i, last + 1):
                sections[k] = Section.NOTES
            i = last
        elif BRACKETED_NOTE.match(text, spans[i].start, spans[i].end):
            bracketed.append(i)
        i += 1
    runs = sum(1 for n, k in enumerate(bracketed) if n == 0 or bracketed[n - 1] != k - 1)
    if runs >= MIN_BRACKETED_RUNS:
        for k in bracketed:
            sections[k] = Section.NOTES
            block = split_note_paragraph(text, spans[k], None)
            j = k + 1
            while j < len(spans) and sections[j] is BODY and _indented(text, spans[j]):
                sections[j] = Section.NOTES  # the note goes on, indented as its lines are
                last = block[-1]
                block[-1] = replace(
                    last,
                    span=Span(last.span.start, spans[j].end),
                    text_span=Span(last.text_span.start, spans[j].end),
                )
                j += 1
            notes.extend(block)
        notes.sort(key=lambda note: note.span.start)
    return notes


def _indented(text: str, span: Span) -> bool:
    """A paragraph whose first line starts with spaces (a note's quotation, set in)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    return span.start - line_start >= INDENT and not text[line_start : span.start].strip()


def _notes_lists(text: str, spans: list[Span], references_at: int | None) -> list[NotesList]:
    stops = frozenset() if references_at is None else frozenset({references_at})
    lists = lists_after_headings(text, spans, stops)
    if lists:
        return lists
    end = references_at if references_at is not None else len(spans)
    found = trailing_list(text, spans, end)
    if found is None and references_at is not None:
        # References may come before the notes: look for a run after them too.
        found = trailing_list(text, spans, len(spans))
    return [found] if found is not None else []


def _headings_split_off(text: str, spans: list[Span]) -> list[Span]:
    """ "Notes" on the first line of a paragraph of notes is a paragraph of its own."""
    result = []
    for span in spans:
        newline = text.find("\n", span.start, span.end)
        if newline > 0 and newline - span.start <= 40:
            first = Span(span.start, newline).strip(text)
            if is_notes_heading(first.slice(text)):
                result.extend((first, Span(newline + 1, span.end).strip(text)))
                continue
        result.append(span)
    return result


def _mark_index(text: str, spans: list[Span], sections: list[Section]) -> None:
    """An index at the back ("Banjo, 20, 26") is not prose: its numbers are no markers."""
    for i, span in enumerate(spans):
        if sections[i] is Section.BODY and is_index_heading(span.slice(text)):
            for k in range(i, len(spans)):
                if sections[k] in (Section.NOTES, Section.REFERENCES):
                    break  # an index column already set apart does not end the index
                sections[k] = Section.HEADING
            return


def _references_heading(text: str, spans: list[Span]) -> int | None:
    for i in range(len(spans) - 1, -1, -1):
        if is_references_heading(spans[i].slice(text)):
            return i
    return None


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
