"""The notes list of a plain-text article: where it is and which note is which.

Two ways in. After a "Notes" heading, the notes run forward until a heading or the end of
the numbered paragraphs (an author's bio after the last note stays body text). Without a
heading, the notes are the trailing run of numbered paragraphs. Several "Notes" headings
(one per chapter) give several lists, each a `part` of its own.

Inside a paragraph, notes may stand one a line with no blank line between them; a line
starts a new note only when its number fits the sequence and the line before ended a
sentence, so that a wrapped line starting with a number stays in its note. A repeated
number is kept as a second note, so that duplicate numbers stay visible.
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from citecheck.model import LONG_NOTE_NUMBER, Note, Span
from citecheck.readers.note_lines import NoteStart, note_start, opens_a_list, text_after
from citecheck.readers.paragraphs import (
    heading_title,
    is_index_heading,
    is_notes_heading,
    is_references_heading,
)

# How far note numbers may step back or jump forward and still be one list.
RUN_BACKSTEP = 10
RUN_JUMP = 10
# The first note of a list without a "Notes" heading must be at most this.
FIRST_NOTE_MAX = 5
# Unnumbered paragraphs inside a list (a note's quotation, its second paragraph) before the
# list is over; the next note after them must then follow closely.
MAX_CONTINUATION_PARAGRAPHS = 8
AFTER_CONTINUATION_JUMP = 2
# A numbered line this close after the last note starts a note even without a full stop
# before it (one note a line, the last ending in a URL).
CLOSE_STEP = 3

_SENTENCE_END = (".", "!", "?", "”", "’", '"', ")", "]", "…")


class NotesList(NamedTuple):
    """One list: its notes and the paragraphs (indexes) they cover."""

    notes: tuple[Note, ...]
    paragraphs: range
    heading: int | None
    part_headings: tuple[int, ...] = ()  # "Chapter 2" inside the list, before its restart


def first_line_start(text: str, span: Span) -> NoteStart | None:
    end = text.find("\n", span.start, span.end)
    return note_start(text, span.start, span.end if end < 0 else end)


def lists_after_headings(text: str, spans: list[Span], stops: frozenset[int]) -> list[NotesList]:
    """Every notes list that follows a "Notes" heading, in document order."""
    lists = []
    for i, span in enumerate(spans):
        if i + 1 < len(spans) and is_notes_heading(span.slice(text)):
            opens = opens_a_list(first_line_start(text, spans[i + 1]))
            if not (opens or _opens_part(text, spans, i + 1)):
                continue
            found = scan_forward(text, spans, i + 1, stops)
            if found is not None:
                lists.append(NotesList(found.notes, found.paragraphs, i, found.part_headings))
    return lists


def scan_forward(
    text: str, spans: list[Span], first: int, stops: frozenset[int]
) -> NotesList | None:
    """The list starting at paragraph `first`: numbered paragraphs and their continuations.

    Numbering that restarts at 1 (after a "Chapter 2" heading or not) starts a new part.
    """
    notes: list[Note] = []
    previous: int | None = None
    last_note_paragraph = first
    unnumbered = 0
    part = 0
    part_headings: list[int] = []
    for i in range(first, len(spans)):
        if i in stops:
            break
        start = _in_sequence(first_line_start(text, spans[i]), previous)
        if start is None and _opens_part(text, spans, i):
            part_headings.append(i)
            continue
        if start is None and i > first and _is_heading(text, spans[i]):
            break
        if start is not None and previous is not None and _restarts(start.number, previous):
            part += 1
            previous = None
        if start is not None and _continues(start.number, previous, unnumbered):
            paragraph_notes = split_note_paragraph(text, spans[i], previous)
            if notes and unnumbered:
                notes[-1] = _extend(text, notes[-1], spans[i - 1].end)
            notes.extend(replace(note, part=part) if part else note for note in paragraph_notes)
            previous = paragraph_notes[-1].number
            last_note_paragraph = i
            unnumbered = 0
            continue
        unnumbered += 1
        if unnumbered > MAX_CONTINUATION_PARAGRAPHS:
            break
    if not notes:
        return None
    headings = tuple(k for k in part_headings if k < last_note_paragraph)
    return NotesList(tuple(notes), range(first, last_note_paragraph + 1), None, headings)


def _in_sequence(start: NoteStart | None, previous: int | None) -> NoteStart | None:
    """A numbered paragraph's start, unless its number is in the thousands and the list's
    sequence has not reached it: "1917 was …" after note 12, or opening a list, is prose."""
    if start is None or start.number < LONG_NOTE_NUMBER:
        return start
    if previous is None or not previous - RUN_BACKSTEP <= start.number <= previous + RUN_JUMP:
        return None
    return start


def _restarts(number: int, previous: int) -> bool:
    """Note 1 after a higher number opens the next chapter's notes."""
    return number == 1 and previous > 1


def _opens_part(text: str, spans: list[Span], i: int) -> bool:
    """ "Chapter 2" (a part heading) followed by a note numbered 1."""
    if i + 1 >= len(spans):
        return False
    title = heading_title(spans[i].slice(text))
    if title is None or title.split(" ", 1)[0] not in _PART_WORDS:
        return False
    start = first_line_start(text, spans[i + 1])
    return start is not None and start.number == 1


def _continues(number: int, previous: int | None, unnumbered: int) -> bool:
    if previous is None:
        return True
    if unnumbered:
        return previous < number <= previous + AFTER_CONTINUATION_JUMP
    return previous - RUN_BACKSTEP <= number <= previous + RUN_JUMP


def _is_heading(text: str, span: Span) -> bool:
    """A heading that ends a list: "Notes", "References", "Index", "Chapter 2"."""
    paragraph = span.slice(text)
    title = heading_title(paragraph)
    if title is None:
        return False
    return (
        is_notes_heading(paragraph)
        or is_references_heading(paragraph)
        or is_index_heading(paragraph)
        or title.split(" ", 1)[0] in _PART_WORDS
    )


_PART_WORDS = frozenset({"chapter", "part", "section", "book", "appendix"})


def trailing_list(text: str, spans: list[Span], end: int) -> NotesList | None:
    """The last run of numbered paragraphs before paragraph `end`, read without a heading.

    Walking back from the end, paragraphs that are not notes (an author's bio, a date line
    such as "20 May 2019") are passed over until a run is found that starts low enough.
    """
    i = end - 1
    while i >= 0:
        if first_line_start(text, spans[i]) is None:
            i -= 1
            continue
        first = _run_start(text, spans, i)
        start = first_line_start(text, spans[first])
        if start is not None and start.number <= FIRST_NOTE_MAX:
            found = scan_forward(text, spans, first, frozenset(range(i + 1, len(spans))))
            if found is not None:
                return found
        i = first - 1
    return None


def _run_start(text: str, spans: list[Span], last: int) -> int:
    """The first paragraph of the run of numbered paragraphs that ends at `last`."""
    start = first_line_start(text, spans[last])
    assert start is not None
    later = start.number
    first = last
    for i in range(last - 1, -1, -1):
        start = first_line_start(text, spans[i])
        if start is None or not (later - RUN_JUMP <= start.number <= later + RUN_BACKSTEP):
            break
        first = i
        later = start.number
    return first


def split_note_paragraph(text: str, span: Span, previous: int | None) -> list[Note]:
    """The notes of one paragraph: one, or several one a line."""
    starts: list[NoteStart] = []
    last = previous
    line_start = span.start
    previous_line_end = ""
    while line_start < span.end:
        line_end = text.find("\n", line_start, span.end)
        line_end = span.end if line_end < 0 else line_end
        start = note_start(text, line_start, line_end)
        if start is not None and (
            not starts or _starts_a_note(text, start, line_end, last, previous_line_end)
        ):
            starts.append(start)
            last = start.number
        # the line's last character that is not white space, if any (rstrip: the same white
        # space as str.isspace, in C)
        kept = text[line_start:line_end].rstrip()
        previous_line_end = kept[-1] if kept else previous_line_end
        line_start = line_end + 1
    notes = []
    for k, start in enumerate(starts):
        end = starts[k + 1].number_span.start if k + 1 < len(starts) else span.end
        note_span = _stripped(text, start.number_span.start, end)
        body = _stripped(text, start.text_start, max(start.text_start, note_span.end))
        notes.append(Note(start.number, note_span, start.number_span, body))
    return notes


def _stripped(text: str, start: int, end: int) -> Span:
    """`Span(start, end).strip(text)` with str.strip (the same white space, in C): two
    spans a note, and the loop was a fifth of reading 100,000 notes one a line."""
    chunk = text[start:end]
    kept = chunk.lstrip()
    if not kept:
        return Span(max(start, end), end)
    start += len(chunk) - len(kept)
    return Span(start, start + len(kept.rstrip()))


def _starts_a_note(
    text: str, start: NoteStart, line_end: int, last: int | None, previous_line_end: str
) -> bool:
    """A numbered line inside a paragraph: a new note, or a wrapped line of the last one?

    Close to the last number (a repeat, up to CLOSE_STEP past it) it is a note. Text in lower
    case ("ebd.", a URL) is a note only within 2 of the last, and not after a line cut
    mid-phrase. Further off, only after a finished sentence.
    """
    if last is None:
        return True
    ended = previous_line_end in _SENTENCE_END
    after = text_after(text, start, line_end)
    if after[:1].islower():
        # "2 tables were…" continues a wrapped line; "17 https://…", "11 ebd., S. 267." do not
        if after.startswith(("http", "www")):
            return last <= start.number <= last + 1
        # a wrapped line runs on from a line cut mid-phrase ("The figures in" / "2 tables")
        cut = previous_line_end.isalpha() or previous_line_end in ",;:-–—("
        return last <= start.number <= last + 2 and not cut
    if last <= start.number <= last + CLOSE_STEP:
        return True
    return ended and last - RUN_BACKSTEP <= start.number <= last + RUN_BACKSTEP


def _extend(text: str, note: Note, end: int) -> Note:
    """A note followed by an unnumbered paragraph: that paragraph is the note's too."""
    span = Span(note.span.start, end)
    return Note(note.number, span, note.number_span, Span(note.text_span.start, end).strip(text))
