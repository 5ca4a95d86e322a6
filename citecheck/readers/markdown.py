"""Markdown (pandoc / CommonMark with footnotes): `[^n]` markers and `[^n]:` definitions.

Syntax that is not prose (front matter, code, HTML comments, link targets) is blanked in
`masked`, offsets unchanged, so no extractor reads a URL or a YAML date as prose.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from citecheck.masking import SHORTCODE, blank_spans
from citecheck.model import Comment, Marker, Note, Paragraph, Section, SourceText, Span
from citecheck.readers.book_parts import PartHeading, part_heading_name, parts_by_headings
from citecheck.readers.markdown_references import reference_link_spans
from citecheck.readers.paragraphs import (
    is_notes_heading,
    is_references_heading,
    split_paragraphs,
)
from citecheck.spans import SpanSet

# YAML front matter at the very top.
# matches "---\ntitle: x\n---\n"; not a "---" rule later in the text
FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)

# A line that opens a fenced code block; the block runs to the next line holding the same
# fence alone (see `_fenced_code`, which pairs them in one pass).
# matches "```python", "~~~~"; not "``inline``", "  ```" (indented)
FENCE_OPENING = re.compile(r"^(?P<fence>```+|~~~+)[^\n]*\n", re.MULTILINE)

# A line that can close a fenced code block: a fence alone, trailing blanks allowed.
# matches "```", "~~~~  "; not "```python"
FENCE_CLOSING = re.compile(r"^(?P<fence>```+|~~~+)[ \t]*$", re.MULTILINE)

# Inline code spans.
# matches "`x[^1]`"; not a lone backtick
INLINE_CODE = re.compile(r"`[^`\n]+`")

# HTML comments, kept as Comment values for suppression directives: "<!--" up to the first
# "-->" (see `html_comments`, which stops at the first unclosed one).
# matches "<!-- citecheck: ignore missing-note -- reason -->"; not "<!- x ->"
HTML_COMMENT_OPEN = "<!--"
HTML_COMMENT_CLOSE = "-->"

# Link and image targets: the URL of "[text](https://x.org/a2)" and bare "<https://x.org>",
# found by `_link_targets` in one pass over the "](" and "<" where one may start.

# Where a link target may start: the "](" of an inline link or the "<" of a bare one.
# matches "](" in "[a](https://x.org)", "<" in "<https://x.org>"; not "]" alone
LINK_START = re.compile(r"\]\(|<")

# An inline link's destination and title after its "](", and the ")" that closes it
# (CommonMark 0.31, 6.3): spaces and perhaps one line end, an address in "<…>" or one
# without spaces whose brackets are balanced (one level deep, as Wikipedia's
# ".../Harbour_(book)"), then perhaps a title in '"…"', "'…'" or "(…)". None of it shows on
# the page; all of it is blanked. Each alternative stops at the first character that cannot
# continue it, so a run "](](](…" is read in one pass, each "](" failing at the next "(".
# matches ' https://x.org )', '<https://x.org/a b>)', 'https://x.org/a_(b))',
# 'https://x.org "A title")', "https://x.org 'A title')"; not ')' (empty), 'see p. 4)'
LINK_DESTINATION = re.compile(
    r"""[ \t]*+(?:\n[ \t]*+)?
        (?:<[^<>\n]{1,2000}+>
          |(?!<)(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*+\))++)
        (?:[ \t]*+(?:\n[ \t]*+)?(?:"[^"]{0,500}+"|'[^']{0,500}+'|\([^()]{0,500}+\)))?
        [ \t]*+(?:\n[ \t]*+)?\)""",
    re.VERBOSE,
)

# A bare link from its "<": characters with a dot between them, then ">". The dot is found
# by a lookahead, so "<a.a.a.a…" without its ">" is read once, not once per dot.
# matches "<weeklyworker.co.uk/worker/1132/>", "<https://x.org>"; not "<b>", "<a b.c>"
BARE_LINK = re.compile(r"<(?P<bare>(?=[^<>\s]+\.[^<>\s])[^<>\s]++)>")

# A footnote definition: "[^12]: text" at the start of a line.
# matches "[^35]: \"Corbyn landslide\"", "[^note]:"; not "see[^3] here"
NOTE_DEFINITION = re.compile(r"^\[\^(?P<label>[^\]\s]+)\]:[ \t]*", re.MULTILINE)

# A footnote reference in the text.
# matches "[^6]", "[^long-note]"; not "[^6]:" at a line start (a definition)
NOTE_REFERENCE = re.compile(r"\[\^(?P<label>[^\]\s]+)\](?!:)")

MAX_LABEL_DIGITS = 9

# An ATX heading line.
# matches "## The Labour Party", "# References"; not "#hashtag"
HEADING = re.compile(r"^#{1,6}[ \t]+\S")

# An ATX heading line, whole, for the chapters of a book.
# matches "# Chapter 2", "## The Origins"; not "#hashtag"
HEADING_LINE = re.compile(r"^(?P<level>#{1,6})[ \t]+\S[^\n]*", re.MULTILINE)


def read_markdown(path: str, text: str) -> SourceText:
    hidden = [
        Span(match.start(), match.end())
        for pattern in (FRONT_MATTER, INLINE_CODE)
        for match in pattern.finditer(text)
    ]
    hidden.extend(_fenced_code(text))
    comments = [
        Comment(text[span.start + len(HTML_COMMENT_OPEN) : body_end].strip(), span)
        for span, body_end in html_comments(text)
    ]
    hidden.extend(comment.span for comment in comments)
    hidden.extend(_link_targets(text))
    hidden.extend(reference_link_spans(text))
    masked_text = unescaped_quotes(blank_spans(text, hidden))

    # Read once, used twice or three times; kept as tuples, not match objects, which the
    # garbage collector would walk through again and again in a text of 100,000 notes.
    definitions = [(m.start(), m.end(), m["label"]) for m in NOTE_DEFINITION.finditer(masked_text)]
    references = [(m.start(), m.end(), m["label"]) for m in NOTE_REFERENCE.finditer(masked_text)]
    labels = _label_numbers(definitions, references)
    notes, note_spans = _notes(masked_text, definitions, labels)
    in_notes = SpanSet(note_spans)  # built once: 100,000 notes take a while to sort
    markers = _markers(references, in_notes, labels)
    # A book whose chapters number their notes from [^1] again: one part per chapter.
    notes, markers, parts = parts_by_headings(notes, markers, _part_headings(masked_text))
    paragraphs = _paragraphs(masked_text, in_notes)
    return SourceText(
        path=path,
        text=text,
        masked=masked_text,
        paragraphs=paragraphs,
        notes=tuple(notes),
        markers=tuple(markers),
        comments=tuple(comments),
        format="markdown",
        parts=parts,
    )


# A quotation mark escaped with a backslash, as converters write them in Markdown
# ("\\"Title,\\""); CommonMark prints the mark alone.
# matches '\\"', "\\'"; not '\\*' (an escaped emphasis mark stays escaped), '"'
_ESCAPED_QUOTE = re.compile(r"(?<!\\)\\(?=[\"'])")


# A site generator's shortcode, whose quoted arguments escape their marks as a string does.
_SHORTCODE = re.compile(SHORTCODE)


def unescaped_quotes(text: str) -> str:
    """The text with each escaped quotation mark shown as the page shows it, offsets
    unchanged: the backslash is blanked before an opening mark (after a space, a bracket or
    the line's start: ' \\"Title' reads ' "Title'), and the mark moves into its place
    before a closing one (',\\" ' reads ',"  '), so the mark keeps the side it stands on.
    A mark between two letters or digits is left as written (no side to keep)."""
    if "\\" not in text:
        return text
    pieces: list[str] = []
    cursor = 0
    templates = SpanSet(Span(m.start(), m.end()) for m in _SHORTCODE.finditer(text))
    for found in _ESCAPED_QUOTE.finditer(text):
        at = found.start()
        if templates.contains(at):
            continue  # a template's string ("caption=\\"…\\""): its escape, not Markdown's
        mark = text[at + 1]
        before = text[at - 1] if at else "\n"
        after = text[at + 2 : at + 3]
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word ("d\\'Éon"): no side to keep, left alone
        pieces.append(text[cursor:at])
        pieces.append(" " + mark if before.isspace() or before in "([{" else mark + " ")
        cursor = at + 2
    pieces.append(text[cursor:])
    return "".join(pieces)


def _part_headings(text: str) -> list[PartHeading]:
    """Headings that may open a part: a "Chapter 2" at any level, any other "# Title"."""
    found = []
    for match in HEADING_LINE.finditer(text):
        line = match.group()
        name = part_heading_name(line)
        if name is None and match.group("level") == "#":
            title = line.strip("# \t")
            if not (is_notes_heading(line) or is_references_heading(line)) and title:
                name = f"“{title}”"
        if name is not None:
            found.append(PartHeading(match.start(), name))
    return found


def _fenced_code(text: str) -> list[Span]:
    """Fenced code blocks, from an opening line to the next line holding its fence alone.

    The same blocks as `^(?P<fence>```+|~~~+)[^\n]*\n.*?^(?P=fence)[ \t]*$` finds, in one
    pass: that pattern read on to the end of the text for every unclosed fence, quadratic
    in their number. Closing lines are indexed by their fence first, then each opening
    line finds its closer by bisection.
    """
    closers: dict[str, list[int]] = {}
    for match in FENCE_CLOSING.finditer(text):
        closers.setdefault(match.group("fence"), []).append(match.start())
    blocks: list[Span] = []
    position = 0
    while (opening := FENCE_OPENING.search(text, position)) is not None:
        position = opening.end()
        run = opening.group("fence")
        # The pattern's fence could give back characters ("````x" opens a "```" block too).
        for length in range(len(run), 2, -1):
            starts = closers.get(run[:length], [])
            i = bisect_left(starts, opening.end())
            if i < len(starts):
                line_end = text.find("\n", starts[i])
                end = len(text) if line_end == -1 else line_end
                blocks.append(Span(opening.start(), end))
                position = max(end, opening.end())
                break
    return blocks


def _link_targets(text: str) -> list[Span]:
    """The destinations of inline links (with their titles) and the URLs of bare links,
    left to right."""
    found: list[Span] = []
    position = 0
    while (start := LINK_START.search(text, position)) is not None:
        position = start.start() + 1
        if start.group() == "<":
            bare = BARE_LINK.match(text, start.start())
            if bare is not None:
                found.append(Span(bare.start("bare"), bare.end("bare")))
                position = bare.end()
            continue
        destination = LINK_DESTINATION.match(text, start.end())
        if destination is not None:
            found.append(Span(start.end(), destination.end() - 1))  # up to its ")"
            position = destination.end()
    return found


def html_comments(text: str) -> list[tuple[Span, int]]:
    """(span, end of body) of each `<!-- … -->`, in one pass: each comment ends at the first
    "-->" after it, and once one is unclosed, every later one is too."""
    found: list[tuple[Span, int]] = []
    position = 0
    while (start := text.find(HTML_COMMENT_OPEN, position)) != -1:
        close = text.find(HTML_COMMENT_CLOSE, start + len(HTML_COMMENT_OPEN))
        if close == -1:
            break
        end = close + len(HTML_COMMENT_CLOSE)
        found.append((Span(start, end), close))
        position = end
    return found


# A definition or a reference as found: its start, its end and its label.
_Found = tuple[int, int, str]


def _label_numbers(definitions: list[_Found], references: list[_Found]) -> dict[str, int]:
    """Numeric labels keep their number; named ones are numbered in order of first use."""
    numbers: dict[str, int] = {}
    for _, _, label in definitions:
        if _numeric(label):
            numbers[label] = int(label)
    next_number = max(numbers.values(), default=0) + 1
    definition_starts = {start for start, _, _ in definitions}
    for start, _, label in references:
        if label in numbers or start in definition_starts:
            continue
        numbers[label] = int(label) if _numeric(label) else next_number
        next_number = max(next_number, numbers[label]) + 1
    for _, _, label in definitions:
        numbers.setdefault(label, next_number)
        next_number = max(next_number, numbers[label]) + 1
    return numbers


def _numeric(label: str) -> bool:
    """A label that is a note number: decimal digits (that `int` reads), at most nine of
    them; "[^²]" and a label of 5,000 digits are names, not numbers `int` would fail on."""
    return label.isdecimal() and len(label) <= MAX_LABEL_DIGITS


def _notes(
    text: str, definitions: list[_Found], labels: dict[str, int]
) -> tuple[list[Note], list[Span]]:
    """A definition runs on through indented or lazy continuation lines."""
    notes, spans = [], []
    for start, label_end, label in definitions:
        end = _definition_end(text, label_end)
        span = Span(start, end)
        body = _stripped(text, label_end, end)
        notes.append(Note(labels[label], span, Span(start, label_end), body, label))
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
        elif blank_run or _opens_block(line):
            break
        else:  # a lazy continuation line
            end = line_end if line_end != -1 else len(text)
        if line_end == -1:
            break
        position = line_end
    # The end of `_stripped(text, start, end)`, without making its span.
    kept = text[start:end].rstrip()
    return start + len(kept) if kept else end


def _opens_block(line: str) -> bool:
    """A line that ends a definition's lazy continuation: another definition or a heading
    (the first character is tested first: most lines are neither)."""
    first = line[:1]
    if first == "[":
        return NOTE_DEFINITION.match(line) is not None
    return first == "#" and HEADING.match(line) is not None


def _stripped(text: str, start: int, end: int) -> Span:
    """`Span(start, end).strip(text)`, with str.strip (the same white space, in C): the
    reader strips two spans per note, and the loop was a tenth of a 100,000-note read."""
    chunk = text[start:end]
    kept = chunk.strip()
    start += len(chunk) - len(chunk.lstrip())
    return Span(start, start + len(kept))


def _markers(references: list[_Found], in_notes: SpanSet, labels: dict[str, int]) -> list[Marker]:
    markers = []
    for start, end, label in references:
        if in_notes.contains(start):
            # a reference inside a note (a note citing another) is not a body marker
            continue
        markers.append(Marker(labels[label], Span(start, end), "footnote", label=label))
    return markers


def _paragraphs(text: str, in_notes: SpanSet) -> tuple[Paragraph, ...]:
    paragraphs = []
    in_references = False
    for span in split_paragraphs(text):
        chunk = span.slice(text)
        if in_notes.contains(span.start):
            paragraphs.append(Paragraph(span, Section.NOTES))
            continue
        if HEADING.match(chunk) or is_notes_heading(chunk) or is_references_heading(chunk):
            in_references = is_references_heading(chunk)
            paragraphs.append(Paragraph(span, Section.HEADING))
            continue
        paragraphs.append(Paragraph(span, Section.REFERENCES if in_references else Section.BODY))
    return tuple(paragraphs)
