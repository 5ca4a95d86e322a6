"""Footnote rules: markers against notes, and notes that look unfinished."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from citecheck.lazy_regex import lazy_compile
from citecheck.model import Finding, Manuscript, Severity
from citecheck.rules.base import CheckContext, Rule

# Notes and markers pair up by (part, number): where each chapter has its own notes list
# numbered from 1, note 3 of chapter 2 is not note 3 of chapter 1. Findings then name the
# part ("note 4 of chapter 3"), in the message and as `data["part"]`; a document of one
# part keeps the plain messages.


def _part_name(manuscript: Manuscript, part: int) -> str | None:
    parts = manuscript.source.parts
    if len(parts) < 2:
        return None
    return parts[part].name if part < len(parts) else f"part {part + 1}"


def _of(name: str | None) -> str:
    return f" of {name}" if name else ""


def _data(note: int, part: str | None, **extra: object) -> dict[str, object]:
    return {"note": note, **({"part": part} if part else {}), **extra}


def _missing_note(ctx: CheckContext) -> Iterable[Finding]:
    manuscript = ctx.manuscript
    note_keys = {(note.part, note.number) for note in manuscript.notes}
    reported: set[tuple[int, int]] = set()
    for marker in manuscript.markers:
        key = (marker.part, marker.number)
        if key in note_keys or key in reported:
            continue
        reported.add(key)
        part = _part_name(manuscript, marker.part)
        yield MISSING_NOTE.finding(
            f"note {marker.name}{_of(part)} is cited in the text but missing from the notes",
            marker.span,
            data=_data(marker.number, part),
        )


def _orphan_note(ctx: CheckContext) -> Iterable[Finding]:
    manuscript = ctx.manuscript
    marker_keys = {(marker.part, marker.number) for marker in manuscript.markers}
    for note in manuscript.notes:
        if (note.part, note.number) not in marker_keys:
            part = _part_name(manuscript, note.part)
            yield ORPHAN_NOTE.finding(
                f"note {note.name}{_of(part)} has no marker in the text: "
                "add the marker or remove the note",
                note.number_span,
                data=_data(note.number, part),
            )


def _duplicate_note(ctx: CheckContext) -> Iterable[Finding]:
    first_seen: dict[tuple[int, int], int] = {}
    for note in ctx.manuscript.notes:
        if (note.part, note.number) in first_seen:
            part = _part_name(ctx.manuscript, note.part)
            yield DUPLICATE_NOTE.finding(
                f"there are two notes numbered {note.name}{f' in {part}' if part else ''}: "
                "renumber or merge them",
                note.number_span,
                data=_data(note.number, part),
            )
        else:
            first_seen[note.part, note.number] = note.span.start


def _marker_order(ctx: CheckContext) -> Iterable[Finding]:
    """Repeats, and markers below the sequence so far or read as out of sequence.

    Only markers in sequence move the expectation on: one misplaced "17" among the first
    markers is one finding, not one for every marker after it.
    """
    seen: Counter[tuple[int, int]] = Counter()
    expected: dict[int, int] = {}
    for marker in ctx.manuscript.markers:
        if marker.label is not None:
            continue  # Markdown numbers its notes itself, in the order they are cited
        n = marker.number
        key = (marker.part, n)
        due = expected.get(marker.part, 1)
        if seen[key]:
            part = _part_name(ctx.manuscript, marker.part)
            yield MARKER_ORDER.finding(
                f"marker {n}{_of(part)} is used again here; a note marker should appear once "
                "(repeat the note or use a new number)",
                marker.span,
                data=_data(n, part, repeated=True),
            )
        elif n < due or not marker.in_sequence:
            part = _part_name(ctx.manuscript, marker.part)
            yield MARKER_ORDER.finding(
                f"marker {n}{_of(part)} is out of sequence: expected {due} or later here",
                marker.span,
                data=_data(n, part, expected=due),
            )
        seen[key] += 1
        if marker.in_sequence:
            expected[marker.part] = max(due, n + 1)


# Words that cannot end a finished sentence ("…, see"), and trailing punctuation that
# means the note was cut off ("in January 1918—").
# matches "For the Novara interview, see", "in January 1918—", "quoted in";
# not "p157.", "in Appendix A" (a capital A is a label, not the article)
_DANGLING_WORD = lazy_compile(
    r"""(?:^|\s)(?:see(?:\s+also)?|cf\.?|in|of|and|or|the|(?-i:a|an)|to|by|for|from|with|at
          |as|into|via|including|quoted|e\.g\.|i\.e\.)$""",
    re.IGNORECASE | re.VERBOSE,
)
_DANGLING_PUNCTUATION = ("—", "–", "-", ",", ":", ";", "(", "“", "‘")


def _incomplete_note(ctx: CheckContext) -> Iterable[Finding]:
    manuscript = ctx.manuscript
    for note in manuscript.notes:
        text = manuscript.note_text(note).rstrip()
        if not text:
            part = _part_name(manuscript, note.part)
            yield INCOMPLETE_NOTE.finding(
                f"note {note.name}{_of(part)} is empty", note.span, data=_data(note.number, part)
            )
            continue
        if text.endswith(_DANGLING_PUNCTUATION) or _DANGLING_WORD.search(text):
            tail = text[-40:] if len(text) > 40 else text
            part = _part_name(manuscript, note.part)
            yield INCOMPLETE_NOTE.finding(
                f"note {note.name}{_of(part)} stops mid-sentence (“…{tail.lstrip()}”): "
                "finish the sentence or remove the fragment",
                note.span,
                data=_data(note.number, part, ending=tail),
            )


# Short forms that are meant to repeat: consecutive "Ibid." notes are correct.
# matches "Ibid.", "*Ibid.*", "ibidem", "Op. cit.", "Idem"; not "Ibid., p. 4" (a locator differs)
IBID = re.compile(r"^[*_]*(?:ibid(?:em)?|idem|op\.?\s*cit)\.?[*_]*\.?$", re.IGNORECASE)


def _repeated_note(ctx: CheckContext) -> Iterable[Finding]:
    manuscript = ctx.manuscript
    previous = None
    before = ""  # the previous note's words, each note's read once
    for note in manuscript.notes:
        text = " ".join(manuscript.note_text(note).split())
        if previous is not None:
            if text and text == before and not IBID.match(text):
                part = _part_name(manuscript, note.part)
                yield REPEATED_NOTE.finding(
                    f"note {note.name}{_of(part)} repeats note {previous.name} word for word; "
                    "“Ibid.” may be meant",
                    note.span,
                    data=_data(note.number, part, previous=previous.number),
                )
        previous, before = note, text


MISSING_NOTE = Rule(
    code="N101",
    name="missing-note",
    severity=Severity.ERROR,
    summary="A marker in the text has no note.",
    doc="""What it does: finds footnote markers in the text whose note is not in the notes.
Why it matters: the reader follows the marker and finds nothing; usually a note was lost
when the manuscript was copied or renumbered.
Example: the text has "…position”.3" but the notes jump from 2 to 4.
Fix: restore the note, or remove the marker and renumber.""",
    check=_missing_note,
)

ORPHAN_NOTE = Rule(
    code="N102",
    name="orphan-note",
    severity=Severity.ERROR,
    summary="A note has no marker in the text.",
    doc="""What it does: finds notes whose number no marker in the text carries.
Why it matters: the note can never be reached from the text.
Example: the notes have "12 Cliff, 1974, p119." but the text has no marker 12.
Fix: add the marker where the note belongs, or delete the note.""",
    check=_orphan_note,
)

DUPLICATE_NOTE = Rule(
    code="N103",
    name="duplicate-note",
    severity=Severity.ERROR,
    summary="Two notes carry the same number.",
    doc="""What it does: finds a note number used by more than one note.
Why it matters: one marker cannot point at two notes; one of them is unreachable.
Example: two notes both start with "14".
Fix: renumber the notes, or merge the two.""",
    check=_duplicate_note,
)

MARKER_ORDER = Rule(
    code="N104",
    name="marker-order",
    severity=Severity.WARNING,
    summary="A marker is out of sequence or used twice.",
    doc="""What it does: finds markers that break the order 1, 2, 3… or repeat a number.
Why it matters: notes are numbered in the order the reader meets them; a marker out of
order usually means two were swapped or one was pasted twice.
Example: "…in 1917.17 … in 1920.16".
Fix: swap or renumber the markers (and their notes).""",
    check=_marker_order,
)

INCOMPLETE_NOTE = Rule(
    code="N105",
    name="incomplete-note",
    severity=Severity.WARNING,
    summary="A note is empty or stops mid-sentence.",
    doc="""What it does: finds notes with no text, or whose text ends in a dangling word
("see", "in", "of") or punctuation (a dash, a comma, a colon).
Why it matters: a truncated note usually means a reference was lost.
Example: "56 Gilbert, 2021. For the Novara interview, see".
Fix: finish the note.""",
    check=_incomplete_note,
)

REPEATED_NOTE = Rule(
    code="N106",
    name="repeated-note",
    severity=Severity.INFO,
    summary="Two consecutive notes have identical text.",
    doc="""What it does: finds a note that repeats the one before it word for word.
Why it matters: many styles write "Ibid." for an immediate repeat; some editors want it.
Example: "21 Cliff, 1974, p13." followed by "22 Cliff, 1974, p13.".
Fix: write "Ibid." if the house style asks for it; otherwise ignore this rule.""",
    check=_repeated_note,
)

RULES: tuple[Rule, ...] = (
    MISSING_NOTE,
    ORPHAN_NOTE,
    DUPLICATE_NOTE,
    MARKER_ORDER,
    INCOMPLETE_NOTE,
    REPEATED_NOTE,
)
