"""A book's parts: chapters that number their notes from 1 again, decided for the whole book.

A part heading ("CHAPTER IV", "Chapter 4", "Lecture 3", "PART II", a bare "IV") alone does
not start a part: a book numbered straight through has one part whatever its chapters.
A part starts where the notes restart (a number no higher than the last one) after such a
heading, and it is named after that heading. Notes read from several notes lists keep the
list's parts and are only named here. One pass over the notes and the headings, in order.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import NamedTuple

from citecheck.lazy_regex import lazy_compile
from citecheck.model import Marker, Note, Part, Span

# A heading that opens a chapter, a lecture, a part, with its number and an optional title.
# matches "CHAPTER IV", "Chapter 4: The Origins", "LECTURE III.", "Part two", "## Chapter 2";
# not "Chapter and verse", "Part of the problem was 4" (no number right after the word)
PART_HEADING = lazy_compile(
    r"""^[ \t]*(?:\#{1,6}[ \t]*)?
        (?P<word>chapter|chap\.|lecture|part|book|section|essay|letter|canto|appendix)[ \t]+
        (?P<number>\d{1,4}|(?=[ivxl])(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})|one|two|three|four|five|six|seven|eight|nine|ten
          |eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)
        (?![\w'’])(?P<title>[.:—–\-]?[^\n]{0,80})$""",
    re.IGNORECASE | re.VERBOSE,
)

# A chapter number alone on its line, as Gutenberg's editions set it.
# matches "IV", "XIII.", "  VII"; not "I am", "MIX" (not a numeral's letters in order)
BARE_NUMERAL = re.compile(
    r"^[ \t]*(?P<number>X{0,3}(?:IX|IV|V?I{0,3}))\.?[ \t]*$",
)


# Lines a heading paragraph may have: the heading and a title of up to two lines.
HEADING_LINES = 3


class PartHeading(NamedTuple):
    start: int  # offset of the heading paragraph
    name: str  # "chapter 4", "lecture III"


def part_heading_name(paragraph: str) -> str | None:
    """The part a heading opens ("chapter 4"), or None for any other paragraph. The heading
    may carry its title on a line or two below ("CHAPTER IV.\nTHE MUSIC OF GREECE")."""
    lines = paragraph.strip().split("\n", HEADING_LINES)
    if len(lines) > HEADING_LINES or len(paragraph) > 100 * len(lines):
        return None
    match = PART_HEADING.match(lines[0])
    if match is not None and len(lines) > 1 and match.group("title").strip()[:1].isalnum():
        return None  # "Chapter 4 was when / the war began": prose, its title below
    if match is not None:
        word = match.group("word").lower().rstrip(".")
        return f"{'chapter' if word == 'chap' else word} {match.group('number')}"
    bare = BARE_NUMERAL.match(lines[0])
    if bare is not None and bare.group("number"):
        return f"chapter {bare.group('number')}"
    return None


def part_headings(text: str, spans: list[Span]) -> list[PartHeading]:
    """The part headings among the paragraphs `spans`, in document order."""
    found = []
    for span in spans:
        name = part_heading_name(span.slice(text))
        if name is not None:
            found.append(PartHeading(span.start, name))
    return found


def book_parts(
    notes: list[Note],
    headings: list[PartHeading],
    *,
    restart_at_headings: bool,
    restart_at_one: bool = False,
) -> tuple[list[Note], tuple[Part, ...]]:
    """The notes with their part set, and the parts (empty for a book of one part).

    Notes arrive in document order, each with the part its notes list gave it. With
    `restart_at_headings` (notes placed in the body, after their paragraphs), a note whose
    number is no higher than the last one's starts a new part when a part heading stands
    between them; that heading is where the part's body starts. With `restart_at_one`,
    note 1 after a higher number starts a part with no heading too (a chapter titled only
    by words): its body starts after the last part's last note, and parts are then named
    by position.
    """
    result: list[Note] = []
    starts: list[int | None] = [0]
    names: list[str | None] = [None]
    before_first: list[PartHeading] = []  # the headings before the first note
    previous: Note | None = None
    k = 0  # the next heading to look at
    for note in notes:
        # The first heading since the last note opens the part ("Chapter 3" before its
        # "Section 1" or a title that looks like a heading).
        heading: PartHeading | None = None
        while k < len(headings) and headings[k].start < note.span.start:
            if previous is None:
                before_first.append(headings[k])
            elif heading is None and headings[k].start >= previous.span.end:
                heading = headings[k]
            k += 1
        if previous is None:
            pass
        elif note.part != previous.part:
            starts.append(None)
            names.append(heading.name if heading else None)
        elif (
            restart_at_headings
            and heading is not None
            and note.number <= previous.number
            and starts[-1] is not None
        ):
            starts.append(heading.start)
            names.append(heading.name)
        elif restart_at_one and note.number == 1 and previous.number > 1:
            starts.append(previous.span.end)
            names.append(None)
        result.append(replace(note, part=len(starts) - 1) if len(starts) > 1 else note)
        previous = note
    if len(starts) == 1:
        return result, ()
    names[0] = _first_name(before_first, names[1])
    return result, _named(names, starts)


def _first_name(headings: list[PartHeading], second: str | None) -> str | None:
    """The first part's name: the last heading before its first note of the same kind as
    the second part's ("chapter"), else the last heading before it."""
    kind = second.split(" ", 1)[0] if second else None
    same = [h for h in headings if h.name.split(" ", 1)[0] == kind]
    chosen = same or headings
    return chosen[-1].name if chosen else None


def _named(names: list[str | None], starts: list[int | None]) -> tuple[Part, ...]:
    """Parts named after their headings; by position ("part 2") when any heading is missing
    or two parts would share a name, so that a name never points at the wrong chapter."""
    if any(name is None for name in names) or len(set(names)) < len(names):
        names = [f"part {k + 1}" for k in range(len(names))]
    if any(start is None for start in starts):
        starts = [None] * len(starts)
    return tuple(Part(str(name), start) for name, start in zip(names, starts, strict=True))


def parts_by_headings(
    notes: list[Note], markers: list[Marker], headings: list[PartHeading]
) -> tuple[list[Note], list[Marker], tuple[Part, ...]]:
    """For formats whose markers are explicit (Markdown): the notes split into parts where
    their numbers restart after a part heading, and each marker in the part it stands in."""
    parted, parts = book_parts(notes, headings, restart_at_headings=True)
    if not parts:
        return notes, markers, ()
    starts = [part.start or 0 for part in parts]
    in_part = [
        replace(marker, part=bisect_right(starts, marker.span.start) - 1) for marker in markers
    ]
    return parted, in_part, parts
