"""The document model: format-free, immutable values shared by every layer.

Readers build a `Manuscript`; extractors add markers, citations and figures; rules turn
the model into `Finding`s (`citecheck.findings`, re-exported here). This module imports
nothing else from the rest of citecheck.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from enum import IntEnum
from functools import cached_property
from itertools import accumulate
from typing import Any

# What rules produce, defined apart (see citecheck.findings) and part of the model.
from citecheck.findings import Finding as Finding
from citecheck.findings import Location as Location
from citecheck.findings import Related as Related
from citecheck.findings import Severity as Severity
from citecheck.findings import Span as Span
from citecheck.findings import place_label as place_label


@dataclass(frozen=True)
class LineIndex:
    """Maps character offsets to 1-based lines and columns, computed once per text."""

    line_starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> LineIndex:
        # Line lengths summed in C (split + accumulate): ~30x faster than a loop over chars.
        lengths = (len(line) + 1 for line in text.split("\n")[:-1])
        return cls((0, *accumulate(lengths)))

    def line(self, offset: int) -> int:
        """The 1-based line holding `offset`."""
        return bisect_right(self.line_starts, offset)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def locate(self, span: Span) -> Location:
        line, column = self.position(span.start)
        end_line, end_column = self.position(max(span.end, span.start))
        return Location(line, column, end_line, end_column)


@dataclass(frozen=True)
class OffsetMap:
    """Where the text a reader hands on came from, for a format whose text is not its file
    (HTML): text offset `text_starts[i] + k` stands at `source_starts[i] + k` of the file.

    Lines and columns of findings are then those of the file, not of the extracted text.
    """

    text_starts: tuple[int, ...]
    source_starts: tuple[int, ...]
    source_lines: LineIndex

    def source_offset(self, offset: int) -> int:
        i = bisect_right(self.text_starts, offset) - 1
        if i < 0:
            return self.source_starts[0] if self.source_starts else 0
        return self.source_starts[i] + offset - self.text_starts[i]


@dataclass(frozen=True)
class MappedLineIndex:
    """A `LineIndex` look-alike that answers with the file's lines and columns."""

    origin: OffsetMap

    def line(self, offset: int) -> int:
        return self.origin.source_lines.line(self.origin.source_offset(offset))

    def position(self, offset: int) -> tuple[int, int]:
        return self.origin.source_lines.position(self.origin.source_offset(offset))

    def locate(self, span: Span) -> Location:
        line, column = self.position(span.start)
        # The end is the file position just past the span's last character.
        last = self.origin.source_offset(max(span.end - 1, span.start))
        end_line, end_column = self.origin.source_lines.position(last)
        if span.end > span.start:
            end_column += 1
        if (end_line, end_column) < (line, column):  # text the parser moved (foster parenting)
            end_line, end_column = line, column
        return Location(line, column, end_line, end_column)


# --- the manuscript as read -------------------------------------------------------------


class Section(IntEnum):
    """Where a paragraph stands in the manuscript."""

    BODY = 1
    NOTES = 2
    REFERENCES = 3
    HEADING = 4


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the text and the section it stands in."""

    span: Span
    section: Section


# The longest note number a reader takes from plain digits (a book's running notes reach
# the thousands), and the first number that may also be a year ("1917 was …"): such a
# number only continues a sequence of notes or markers that has reached it.
MAX_NOTE_DIGITS = 5
LONG_NOTE_NUMBER = 1000


@dataclass(frozen=True)
class Note:
    """A numbered note. `span` covers the whole note, `text_span` its text after the number."""

    number: int
    span: Span
    number_span: Span
    text_span: Span
    label: str | None = None  # the author's label where the format has one (Markdown [^x])
    part: int = 0  # which notes list, where each chapter numbers its notes from 1 again

    @property
    def name(self) -> str:
        return f"[^{self.label}]" if self.label else str(self.number)


@dataclass(frozen=True)
class Marker:
    """A footnote marker in the body text.

    `form` says how it was written: glued (``1991.1``), bracket (``[12]``), caret (``^12``),
    footnote (``[^12]``), superscript (``¹²``) or command (LaTeX ``\\footnote``).
    `in_sequence` is False for a marker kept although it broke the expected order.
    """

    number: int
    span: Span
    form: str
    in_sequence: bool = True
    label: str | None = None  # set where the format numbers notes itself (Markdown)
    part: int = 0  # the notes list it points into (see `Note.part`)

    @property
    def name(self) -> str:
        return f"[^{self.label}]" if self.label else str(self.number)


@dataclass(frozen=True)
class Part:
    """A chapter or section that numbers its notes from 1 again (a book's notes per chapter).

    `name` is what findings call it ("chapter 3", "lecture IV", "part 2" when no heading
    names it). `start` is where its body text begins when the reader knows it (a heading
    before its first note); None leaves the split of the body to the marker decoder.
    """

    name: str
    start: int | None = None


@dataclass(frozen=True)
class ReaderMessage:
    """Something a reader noticed about the input itself (encoding fallback, say)."""

    code: str
    message: str
    span: Span


@dataclass(frozen=True)
class Comment:
    """A comment in the manuscript's own syntax (used for suppression directives)."""

    text: str
    span: Span


@dataclass(frozen=True)
class Place:
    """One stretch of the file as its own application shows it (Word paragraph 17): used
    where the lines of the extracted text mean nothing to the user (a DOCX)."""

    span: Span
    kind: str  # "paragraph", "footnote", "endnote"
    number: int  # 1-based, in reading order


# How much of a paragraph a finding's place quotes.
PLACE_CONTEXT = 40


@dataclass(frozen=True)
class Places:
    """The file's own paragraphs (or notes), in order: where a finding stands in them.

    A reader sets it on `SourceText.places` where lines of its extracted text cannot be
    found in the file; the engine then adds `data[kind]` (`data["paragraph"] = 17`) and
    `data["context"]` (the words just before the finding, or its paragraph's first words)
    to every finding in the manuscript.
    """

    places: tuple[Place, ...]

    @cached_property
    def _starts(self) -> tuple[int, ...]:
        return tuple(place.span.start for place in self.places)

    def describe(self, text: str, offset: int) -> dict[str, Any]:
        k = bisect_right(self._starts, offset) - 1
        if k < 0 or offset >= self.places[k].span.end:
            k += 1  # between two paragraphs: the next one
        if not 0 <= k < len(self.places):
            return {}
        place = self.places[k]
        start = max(offset, place.span.start)
        if start > place.span.start:
            context = _words_before(text, place.span.start, start)
        else:
            context = _words_after(text, start, place.span.end)
        return {place.kind: place.number, "context": context}


def _words_before(text: str, start: int, end: int) -> str:
    """ "…collapsed in 1991.": up to PLACE_CONTEXT characters ending at `end`, whole words."""
    cut = max(start, end - PLACE_CONTEXT)
    if cut > start:
        space = text.find(" ", cut, end)
        cut = space + 1 if 0 <= space < end - 1 else cut
    words = " ".join(text[cut:end].split())
    return f"…{words}" if cut > start else words


def _words_after(text: str, start: int, end: int) -> str:
    """ "Cliff, 1974, p7. See also…": the first words of a stretch."""
    cut = min(end, start + PLACE_CONTEXT)
    if cut < end:
        space = text.rfind(" ", start + 1, cut)
        cut = space if space > start else cut
    words = " ".join(text[start:cut].split())
    return f"{words}…" if cut < end else words


@dataclass(frozen=True)
class SourceText:
    """What a reader hands on: decoded text and its structure, no format left in it.

    `markers` is None when the format has no explicit marker syntax and the marker
    extractor must find them in the body text (plain text copied from the web).
    `masked` is `text` with markup replaced by spaces, offsets unchanged; extractors
    read it so that syntax is never taken for prose.
    """

    path: str
    text: str
    masked: str
    paragraphs: tuple[Paragraph, ...]
    notes: tuple[Note, ...]
    markers: tuple[Marker, ...] | None = None
    comments: tuple[Comment, ...] = ()
    messages: tuple[ReaderMessage, ...] = ()
    format: str = "text"
    parts: tuple[Part, ...] = ()  # by `Note.part`, when notes restart per chapter; else ()
    origin: OffsetMap | None = None  # set where the text is not the file's own (HTML)
    places: Places | None = None  # the file's own paragraphs, where lines mean nothing

    def section_spans(self, section: Section) -> tuple[Span, ...]:
        return tuple(p.span for p in self.paragraphs if p.section is section)

    @cached_property
    def line_index(self) -> LineIndex | MappedLineIndex:
        """The text's line starts, computed once and shared by every extractor and rule;
        where the text was extracted from markup, the lines and columns of the file."""
        if self.origin is not None:
            return MappedLineIndex(self.origin)
        return LineIndex.of(self.text)


# --- what extractors find -------------------------------------------------------------


@dataclass(frozen=True)
class Author:
    """One author of a citation or entry as written, with its folded form for matching."""

    surname: str
    folded: str


@dataclass(frozen=True)
class Citation:
    """An author-year citation such as ``Cliff, 1974, pp118-119``.

    `pattern` is the punctuation shape, used to find the document's dominant form.
    `note` is the number of the note the citation stands in, or None in the body.
    """

    text: str
    span: Span
    authors: tuple[Author, ...]
    year: str
    suffix: str
    locator: str
    pattern: str
    note: int | None
    et_al: bool = False
    key: str | None = None  # pandoc/LaTeX citations name their entry directly
    # How it was written: "bare" (Cliff, 1974), "narrative" (Cliff (1974)), "pandoc", "latex".
    form: str = "bare"
    name_separator: str = ""  # between the names and the year: ", " or " "
    locator_separator: str = ""  # between the year and the locator: ", ", " " or ": "

    @property
    def label(self) -> str:
        names = " and ".join(a.surname for a in self.authors)
        if self.et_al:
            names += " et al."
        return f"{names}, {self.year}{self.suffix}" if self.year else names


@dataclass(frozen=True)
class NoteCitation:
    """A work cited in a note in the notes-bibliography style, in full or in short.

    `form` is full, short, ibid, idem, op-cit or loc-cit. Fields not written are "".
    `title_style` says how the title was marked: italic, quoted or plain (web copy).
    `unsure` says why the reader doubts its reading ("" when it does not).
    """

    text: str
    span: Span
    note: int
    form: str
    authors: tuple[Author, ...] = ()
    title: str = ""
    year: str = ""
    pages: str = ""
    container: str = ""
    place: str = ""
    publisher: str = ""
    url: str = ""
    title_style: str = ""
    unsure: str = ""

    @property
    def label(self) -> str:
        names = " and ".join(a.surname for a in self.authors)
        parts = [p for p in (names, self.title and f"“{self.title}”", self.year) if p]
        return ", ".join(parts) or self.text


@dataclass(frozen=True)
class Reference:
    """A bibliography entry, from a .bib file or the manuscript's own reference list."""

    key: str
    authors: tuple[Author, ...]
    year: str
    suffix: str
    title: str
    source: str  # path of the file it came from
    line: int
    fields: tuple[tuple[str, str], ...] = ()
    entry_type: str = "misc"
    span: Span | None = None  # offsets, when the entry stands in the manuscript itself

    def field(self, name: str) -> str:
        return dict(self.fields).get(name, "")

    @property
    def label(self) -> str:
        names = " and ".join(a.surname for a in self.authors[:2])
        if len(self.authors) > 2:
            names = f"{self.authors[0].surname} et al."
        return f"{names}, {self.year}{self.suffix}"


@dataclass(frozen=True)
class BibProblem:
    """A problem found while loading a bibliography, located in its file."""

    code: str  # rule name: bib-syntax or duplicate-reference
    message: str
    source: str
    line: int
    data: tuple[tuple[str, Any], ...] = ()
    column: int = 1


@dataclass(frozen=True)
class Bibliography:
    """The references a manuscript is checked against, and what was wrong in reading them."""

    references: tuple[Reference, ...]
    problems: tuple[BibProblem, ...] = ()
    sources: tuple[str, ...] = ()
    # The manuscript's pandoc `nocite` keys (front matter), as citations of form "nocite"
    # located there; LaTeX's \nocite is among the manuscript's citations.
    nocite: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Figure:
    """A number in the text, with the written string kept beside its value."""

    surface: str
    span: Span
    value: float
    precision: float
    kind: str
    bound: str = "point"
    lo: float | None = None
    hi: float | None = None
    heads: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    concepts: tuple[str, ...] = ()
    sentence: int = -1
    note: int | None = None

    @property
    def comparable(self) -> bool:
        return self.kind in {"count", "percent", "range"}


@dataclass(frozen=True)
class Quotation:
    """A quotation read from its marks, or a closing mark that nothing opened.

    `span` runs from the opening mark through the closing mark; for a quotation never
    closed it runs to where the quotation seems to end (the next note marker, else the end
    of its paragraph); for a stray closing mark it is the mark. `style` is "double",
    "single", "guillemet", "single-guillemet", "low-high" or "low-high-single". `depth` is
    0 for an outer quotation; `parent` indexes `Manuscript.quotations`. `continued` marks
    a quotation left open at the end of a paragraph because the next paragraph reopens it
    (the convention for quotations running over several paragraphs).
    """

    span: Span
    opening: Span | None
    closing: Span | None
    style: str
    depth: int = 0
    block: bool = False
    continued: bool = False
    parent: int | None = None
    section: Section = Section.BODY

    @property
    def closed(self) -> bool:
        return self.opening is not None and (self.closing is not None or self.continued)

    @property
    def inner(self) -> Span:
        """The quoted words, without the marks."""
        start = self.opening.end if self.opening else self.span.start
        end = self.closing.start if self.closing else self.span.end
        return Span(start, max(start, end))


@dataclass(frozen=True)
class Manuscript:
    """The full model the rules read."""

    source: SourceText
    markers: tuple[Marker, ...]
    citations: tuple[Citation, ...] = ()
    bibliography: Bibliography | None = None
    references_in_text: tuple[Reference, ...] = ()
    sentences: tuple[Span, ...] = ()
    figures: tuple[Figure, ...] = ()
    note_citations: tuple[NoteCitation, ...] = ()  # works cited in full or short in notes
    quotations: tuple[Quotation, ...] = ()

    @property
    def path(self) -> str:
        return self.source.path

    @property
    def text(self) -> str:
        return self.source.text

    @property
    def notes(self) -> tuple[Note, ...]:
        return self.source.notes

    def note_text(self, note: Note) -> str:
        return note.text_span.slice(self.source.text)


@dataclass(frozen=True)
class Resolution:
    """What OpenLibrary said about one cited work (plain data, built by the resolver).

    status: confirmed, mismatch, ambiguous, unresolved or unavailable.
    """

    citation: str  # the citation's label, "Cliff, 1974"
    status: str
    reference_key: str | None = None
    work_key: str | None = None  # "/works/OL893414W"
    edition_key: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    first_year: int | None = None
    matched_year: int | None = None
    from_cache: bool = False
    url: str | None = None
    detail: str = ""
    candidates: tuple[str, ...] = ()
    spans: tuple[Span, ...] = ()  # where the manuscript cites the work
    cited_authors: tuple[str, ...] = ()  # surnames as the manuscript writes them
    cited_year: str = ""
    years: tuple[int, ...] = ()  # every edition year OpenLibrary records
    problems: tuple[str, ...] = ()  # for a mismatch: "author", "year"
    spellings: tuple[tuple[str, str], ...] = ()  # (as cited, as OpenLibrary spells it)
    publisher: str = ""
    isbn: str = ""
    score: float | None = None
