"""Works cited in notes in the notes-bibliography style: full forms, short forms, Ibid.

Features, then a decision. Each note is split into segments (`note_segments`); in a segment
(`note_reading`) the reader looks for where a citation may start (the segment's start after
a cue such as "See", "Quoted in", or just after "see", "by", "found in" in prose), and there
labels the parts: the names before the first comma, the title (marked `*…*`, `_…_` or
quoted; plain in web-copied text), and the details after it (`note_details`: imprint,
container, year, URL, pages). The decision is small:

- names need a title, a page or "op. cit." after them: a place, a publisher or a journal
  followed by a year ("London, 2015", "Fillip, 2012") is never read as an author; names
  followed by a year are author-year citations, left to `citations.py`;
- a title without names needs publication details (a bare quotation is not a work);
- publication details make a full form; without them it is a short form.

A reading the reader doubts (a plain title, no year in a full form) carries `unsure`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_archives import archival
from citecheck.extract.note_ascribed_quotes import ascribed_writers
from citecheck.extract.note_author_locators import with_author_locators
from citecheck.extract.note_back_references import back_referenced
from citecheck.extract.note_body_authors import body_alone
from citecheck.extract.note_comment_years import comment_year
from citecheck.extract.note_corporate_writers import corporate_writers
from citecheck.extract.note_dated_names import dated_names_alone
from citecheck.extract.note_dated_short import dated_short_forms
from citecheck.extract.note_din_given import without_din_given
from citecheck.extract.note_edited_names import edited_names_alone
from citecheck.extract.note_edition_works import edition_works, without_volume_titles
from citecheck.extract.note_editions import edition_short_forms, remember_abbreviations
from citecheck.extract.note_emphasis import (
    asterisk_emphasis,
    et_al_back,
    plain_et_al,
    underscores_back,
)
from citecheck.extract.note_entry_ends import next_entry
from citecheck.extract.note_forms import settle_forms
from citecheck.extract.note_german import (
    carry_same_writer,
    din_co_author,
    english_marks,
    german_date_year,
    german_marks_back,
    open_imprint_at,
    year_before_colon,
)
from citecheck.extract.note_german_backrefs import german_short_titles, named_back_references
from citecheck.extract.note_german_labels import without_label_writers
from citecheck.extract.note_german_leadins import leadin_works
from citecheck.extract.note_german_prose_in import german_prose_in
from citecheck.extract.note_german_titled_backrefs import titled_back_references
from citecheck.extract.note_german_translation_writers import translation_writers
from citecheck.extract.note_greek import with_greek_semicolons
from citecheck.extract.note_greek_backrefs import writer_cited_before
from citecheck.extract.note_greek_marks import english_pages, english_quotes, greek_pages_back
from citecheck.extract.note_greek_originals import originals_in_brackets
from citecheck.extract.note_hidden_links import printed_forms
from citecheck.extract.note_initials_title import without_initials_titles
from citecheck.extract.note_joined_short import (
    joined_short_segments,
    joined_writers_short,
    with_joined_writers,
)
from citecheck.extract.note_joined_works import split_joined_works
from citecheck.extract.note_kind_writers import (
    example_works,
    kind_as_surname,
    possessive_works,
)
from citecheck.extract.note_known_short_titles import known_short_title_first
from citecheck.extract.note_leadin_short import leadin_short_forms
from citecheck.extract.note_letter_forms import letters_in_short
from citecheck.extract.note_letter_shorts import page_alone_short
from citecheck.extract.note_lone_names import (
    EarlierWorks,
    earlier_title_short,
    lone_surname,
    remember,
    title_for_surname,
)
from citecheck.extract.note_misread_writers import without_misread_writers
from citecheck.extract.note_names import surnames
from citecheck.extract.note_new_editions import new_editions
from citecheck.extract.note_no_author import (
    cue_in_plain_title,
    title_alone,
    with_drafted_writer,
    without_no_author,
)
from citecheck.extract.note_not_persons import without_false_persons
from citecheck.extract.note_original_names import without_original_names
from citecheck.extract.note_patterns import (
    AVAILABLE_AT,
    COLON_NAMES,
    CUE,
    CUE_WORD,
    EMPHASIS_TITLE,
    GIVEN_PERSON,
    LATER_DETAILS,
    LINK_REMAINS,
    NAME_SENTENCE,
    NAMES,
    NAMES_SENTENCE,
    PLACE_YEAR_IMPRINT,
    URL,
    later_year,
)
from citecheck.extract.note_place_openers import imprint_word_short, place_as_writer
from citecheck.extract.note_place_publisher import place_and_publisher
from citecheck.extract.note_prose import colon_reading, continued_review
from citecheck.extract.note_prose_editions import prose_editions
from citecheck.extract.note_prose_pieces import prose_pieces
from citecheck.extract.note_prose_shorts import prose_short_forms
from citecheck.extract.note_prose_writers import prose_writer_works
from citecheck.extract.note_prose_years import prose_year
from citecheck.extract.note_quoted_sources import quoted_sources, said_sources
from citecheck.extract.note_reading import plausible_names, read_segment
from citecheck.extract.note_role_labels import blank_role_labels, office_as_title
from citecheck.extract.note_same_writer_again import same_writer_works
from citecheck.extract.note_segment_titles import later_segment_titles
from citecheck.extract.note_segments import segments
from citecheck.extract.note_title_places import without_title_place
from citecheck.extract.note_translated_editions import blank_language_leads, translated_editions
from citecheck.extract.note_translations import bracketed_translations
from citecheck.extract.note_unsigned_again import unsigned_as_before
from citecheck.extract.note_work import read_at
from citecheck.extract.note_woven_shorts import woven_short_forms
from citecheck.extract.note_writer_titles import writer_plain_title
from citecheck.extract.space_runs import Shortened, shortened
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, Note, NoteCitation, SourceText, Span


def find_note_citations(source: SourceText) -> tuple[NoteCitation, ...]:
    """The works cited in the notes, in document order, their forms settled by what the
    other notes say of the same work (`note_forms`)."""
    text = source.masked
    found: list[NoteCitation] = []
    earlier = EarlierWorks()  # the writers and titles cited so far
    for note in sorted(source.notes, key=lambda n: n.span.start):
        found.extend(note_citations_in(text, note, earlier))
    # "made by Oxford, *Dictionary of Labour*, 12": no note gives a work of an "Oxford" in
    # full, before or after (a later full form makes the short one a short-form-before-full)
    full_writers = {a.folded for c in found if c.form == "full" for a in c.authors}
    found = [c for c in found if not imprint_word_short(c, full_writers)]
    return settle_forms(unsigned_as_before(without_initials_titles(found)))


def claimed_spans(
    citations: Iterable[NoteCitation], source: SourceText | None = None
) -> tuple[Span, ...]:
    """The spans the author-year reader must leave alone, sorted and disjoint: works read
    with their names or title (an Ibid. claims nothing) and, in the notes, titles in
    emphasis ("*The Class Struggles in France, 1848 to 1850*" holds no citation)."""
    spans = [c.span for c in citations if c.authors or c.title]
    if source is not None:
        masked = source.masked
        for note in source.notes:
            start, end = note.text_span.start, note.text_span.end
            if masked.find("*", start, end) == -1:
                continue  # EMPHASIS_TITLE needs a "*": most notes have none
            spans.extend(
                Span(m.start(), m.end()) for m in EMPHASIS_TITLE.finditer(source.masked, start, end)
            )
    return _disjoint(sorted(spans))


def note_writers(citations: Iterable[NoteCitation]) -> tuple[tuple[int, tuple[Author, ...]], ...]:
    """Where each work read with its writers starts, and its writers: whom a "ders. 2015: 4"
    after it refers to (`extract/same_writer_dates.py`)."""
    return tuple((c.span.start, c.authors) for c in citations if c.authors)


def _disjoint(spans: list[Span]) -> tuple[Span, ...]:
    merged: list[Span] = []
    for span in spans:
        if merged and span.start < merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return tuple(merged)


def note_citations_in(
    text: str, note: Note, earlier: EarlierWorks | None = None
) -> list[NoteCitation]:
    """The works one note cites. With `earlier` (the writers and titles cited in the notes
    before, which this note's works are added to), a note of one surname is a short form
    of that writer's work ("Willsher."), and an earlier title is no surname ("K-Punk, p.
    770")."""
    base, end = note.text_span.start, note.text_span.end
    # Link brackets and blanked targets become spaces: "[Title, 2009](   )" reads as prose.
    # Each of LINK_REMAINS's alternatives needs a "](" or a "<": most notes have neither.
    local = written = text[base:end]
    if "](" in local or "<" in local:
        local = LINK_REMAINS.sub(_link_remains, local)
    if "<a " in local or "<A " in local:  # HTML pasted into Markdown: "<a href=…>…</a>"
        local = HTML_ANCHOR.sub(_anchor_remains, local)
    local = with_greek_semicolons(local)  # "…, Αθήνα 1978· επίσης …": the ano teleia is a ";"
    # "Τζόναθαν Φάροουμπι (Jonathan Farrowby), …": the original spelling's bracket hides
    # the writer, and "Φάροουμπι, …" is read
    original = without_original_names(local)
    short = shortened(original.text if original is not None else local)  # long runs of spaces
    if original is not None:  # (blanked addresses) read cut short too
        short = original if short is None else original.then(short)
    if short is None:
        found = _read_prepared(local, note, base, earlier)
    else:
        short_note = replace(note, text_span=Span(base, base + len(short.text)))
        found = _read_prepared(short.text, short_note, base, earlier)
        found = [_span_back(c, short, local, base) for c in found]
    found = [_without_link_marker(c) for c in found]
    if "](" in written:  # an address hidden behind a link's words is not printed
        found = printed_forms(found, written, base, LINK_TARGET)
    return found


def _without_link_marker(citation: NoteCitation) -> NoteCitation:
    """A title read with a link's marker inside its marks ("“[The Strike](…),”" reads "The
    Strike ⟨link⟩"): the marker is the work's address, not a word of its title."""
    if LINK_TARGET not in citation.title:
        return citation
    title = " ".join(citation.title.replace(LINK_TARGET, " ").split())
    return replace(citation, title=title, url=citation.url or LINK_TARGET)


def _span_back(citation: NoteCitation, short: Shortened, local: str, base: int) -> NoteCitation:
    """A reading of a note's shortened copy, with its span and text in the note as written."""
    start, end = citation.span.start - base, citation.span.end - base
    written_start, written_end = short.span_back(start, end)
    text = citation.text
    if text == short.text[start:end]:
        text = local[written_start:written_end]
    return replace(citation, span=Span(base + written_start, base + written_end), text=text)


def _read_prepared(
    local: str, note: Note, base: int, earlier: EarlierWorks | None
) -> list[NoteCitation]:
    """The works of a note's text made ready for reading (`local`, which starts at `base`)."""
    written = local
    local = english_marks(local)  # „Titel“, »Titel«: read as “Titel”
    local = english_quotes(local)  # «Τίτλος», «Title,»: read as “Title,”
    local = english_pages(local)  # "σ. 12", "σσ. 4–9": read as "p. 12", "pp. 4–9"
    local = asterisk_emphasis(local)  # "_Capital_": read as "*Capital*"
    local = plain_et_al(local)  # "Ruiz *et al.*, *Title*": "et al." is no title
    local = blank_role_labels(local)  # "Übersetzung: Anna Meier.", "Quelle: …": no writer
    local = blank_language_leads(local)  # "In English, Dan Hale, *The Day*": no writer
    if cites_nothing(local):
        return []
    # "…, 44–52, and cf. Kessel, pp. 101ff.": surname-and-locator short forms mid-note
    read = with_author_locators(local, note.number, earlier, read_note)
    read = leadin_works(local, note.number, read)  # "… bei Ute Sand: …"
    read = german_prose_in(local, note.number, read)  # "argumentiert Ute Sand in Titel, Ort 1990"
    read = possessive_works(local, note.number, read)  # "…, sowie in seinem Buch *Die …*"
    read = same_writer_works(local, note.number, read)  # "…. His earlier books include *B* (…)"
    read = prose_writer_works(local, note.number, read)  # "As Ann Vell shows in her study, *B* (…)"
    read = prose_pieces(
        local, note.number, read
    )  # "in a lecture, “B”, Stiftung, Berlin, 9 May 2024"
    read = prose_editions(local, note.number, read)  # "Translated by Ana Ruiz, 2001."
    read = ascribed_writers(local, read)  # "… Ruiz's statement that, "…". *Title*, …"
    read = example_works(local, note.number, read)  # "die Berichte von X …, z. B. „…“, in: …"
    read = quoted_sources(local, read, read_at)  # "“…,” writes Ann Hale in *A* (…)"
    read = said_sources(local, read, read_at, note.number)  # "“…,” Ann Hale writes in *A* (…)"
    read = leadin_short_forms(local, note.number, read, earlier)  # "…; anders Kolb, *A*, S. 7"
    read = prose_short_forms(local, note.number, read, earlier)  # "… bei Kessel, S. 101"
    read = translation_writers(local, read)  # "…; dt.: *Der Hafen*, …": the writer before
    read = translated_editions(local, note.number, read)  # "…, translated as *T* by Ann Bell"
    read = edition_works(local, read)  # "…; dt.: Der Hafen. Eine Geschichte, Berlin 1974"
    read = without_volume_titles(read)  # "…; dt.: Bd. 3, Berlin 1975": no work's title
    # "Vermutlich: „…“", "Die Bewegung „…“": a label or a noun phrase is no writer
    read = without_label_writers(read, local, earlier.writers if earlier is not None else ())
    found = [year_before_colon(_shifted(c, base)) for c in read]
    # "Berlin: Suhrkamp, S. 12.": a place and a publisher, unless an earlier note vouches
    found = [c for c in found if not place_and_publisher(c, earlier)]
    found = [c for c in found if not archival(c)]  # "Bundesarchiv Koblenz, B 136/1, Bl. 5"
    found = [c for c in found if not place_as_writer(c)]  # "New York, Dale, 1990"
    found = [c for c in found if not cue_in_plain_title(c)]  # "Για τη συνέχεια βλ. …, Αθήνα 2008"
    found = [c for c in found if not office_as_title(c)]  # "Ann Vell, Harbour Master. London: …"
    found = without_misread_writers(local, base, found)  # "In Ann Arbor, the press …"
    found = corporate_writers(local, base, note.number, found)  # "Partito …, Sezione di …, *T*"
    found = split_joined_works(local, base, note.number, found)  # "A, A Title, and B, …"
    found = [with_drafted_writer(c) for c in found]  # "*Title*, drafted by Ann Cole (…)"
    found = edition_short_forms(local, base, note.number, found, earlier)  # "MEW Bd. 1, S. 3"
    found = named_back_references(local, base, note.number, earlier, found)  # "bei X, a. a. O."
    found = titled_back_references(found, earlier)  # "Lanz, Krise und Form, a. a. O."
    found = new_editions(local, base, note.number, found)  # "…; Neuauflage, Hamburg 1989"
    found = bracketed_translations(local, base, note.number, found)  # "… 1968 (dt.: …, 1974)"
    found = originals_in_brackets(local, base, note.number, found)  # "… (πρωτότυπο: *…*, 1990)"
    if earlier is not None:
        # "Horkheimer: Lenins Materialismus 1987, S. 176": by a writer of an earlier note
        found = dated_short_forms(local, base, note.number, earlier, found)
        untitled = all(not c.title for c in found)  # "Trotsky’s Permanent Revolution, 41"
        if untitled and (plain := writer_plain_title(local, note, earlier)) is not None:
            found = [plain]  # read as a "surname" and a page, or not at all
        elif not found and (lone := lone_surname(local, note, earlier)) is not None:
            found = [lone]
        elif not found and (back := back_referenced(local, note, earlier)) is not None:
            found = [back]  # "Wendel (wie Anm. 3), S. 12."
        elif not found and (titled := earlier_title_short(local, note, earlier)) is not None:
            found = [titled]  # a web copy's "The Long Winter, 41.", that work cited before
        elif not found and (joined := joined_writers_short(local, note, earlier)) is not None:
            found = [joined]  # "Μηλιός και Σαββάκης, Η αγορά του λιμανιού, σ. 9."
        # a web copy's "Kessel, Harbour Lights. Quoted in …": no inverted name
        found = known_short_title_first(local, base, note, earlier, found, _read_alone)
        found = german_short_titles(local, base, note.number, earlier, found)  # "X, Titel, S. 4"
        found = joined_short_segments(local, base, note, earlier, found)  # "…· Α – Β, Τίτλος, σ. 4"
        found = with_joined_writers(local, base, found, earlier)  # "Kuethe y Andrien, *T*, 5"
        found = [
            kept
            for c in found
            # the words just before the reading (a bounded look: a note of thousands of
            # readings stays linear), where a "Quoted in" would stand
            if (
                kept := title_for_surname(
                    c, earlier, local[max(0, c.span.start - base - 20) : c.span.start - base]
                )
            )
            is not None
        ]
        found = [c for c in found if writer_cited_before(c, earlier)]  # "της Αθήνας, ό.π."
        found = woven_short_forms(local, base, note.number, earlier, found)  # "X traces (*A*, 3)"
        found = later_segment_titles(local, base, note, earlier, found)  # "…; Werke, Bd. 2, S. 3"
        found, earlier.last_writer = carry_same_writer(found, earlier.last_writer)  # "Ders."
        found = [letters_in_short(c, earlier.heads) for c in found]  # "…, 1917, *Letters*, 344"
        found = [page_alone_short(c, earlier.writers) for c in found]  # "…, 1917, 350."
        remember(earlier, found)
        remember_abbreviations(local, base, found, earlier)  # "zitiert als: MEW"
    if written is not local:
        found = [et_al_back(c, written, local, base) for c in found]
        found = [underscores_back(c, written, local, base) for c in found]
        found = [german_marks_back(c, written, base) for c in found]
        found = [greek_pages_back(c, written, base) for c in found]
    return found


def _read_alone(text: str, number: int) -> list[NoteCitation]:
    """The works of a part of a note read on its own, with no earlier notes' works."""
    whole = Span(0, len(text))
    return _read_prepared(text, Note(number, whole, Span(0, 0), whole), 0, None)


def read_note(local: str, number: int) -> list[NoteCitation]:
    """The works cited in one note's text (offsets in `local`), read segment by segment."""
    previous: tuple[Author, ...] = ()
    found: list[NoteCitation] = []
    pending: Span | None = None
    reading_on = False
    imprint_taken = False  # a plain name's sentence took its title's and reads the imprint
    titled: Span | None = None  # a marked title alone in its sentence, read on if it can
    for segment in segments(local, Span(0, len(local))):
        if titled is not None:
            if (joined := _title_read_on(local, titled, segment, number)) is not None:
                found.append(joined)  # "„Titel“. In: Volksblatt, 3.3.1990.": no author
                previous, titled = (), None
                continue
            for citation in read_segment(local, titled, number, previous):
                previous = citation.authors
                found.append(citation)
            titled = None
        elif pending is None and title_alone(local, segment):
            titled = segment
            continue
        if pending is not None and reading_on and (ends := next_entry(local, pending, segment)):
            # "Vell, Ann. *A*. London: Dale, 1999. Rudd, Tom. *B*. …": the next entry
            for citation in read_segment(local, Span(pending.start, ends.end), number, previous):
                previous = citation.authors
                found.append(citation)
            segment = Span(ends.start, segment.end)
            pending, reading_on = (segment, True) if ends.names_alone else (None, False)
            if ends.names_alone:
                continue
        if pending is not None:
            # "Healey, Dan. *Title*. 2001. Chicago: …": a bibliography-style note reads on
            # to the next ";"; "Friedrich Nietzsche." takes the next sentence.
            title = segment
            segment = Span(pending.start, segment.end)
            if reading_on and local[segment.end - 1] != ";":
                pending = segment
                continue
            if not (reading_on or imprint_taken) and _imprint_next(local, title):
                # "Tom Rudd. Salt Roads. Leeds 1947, 10.": the name's sentence, the title's,
                # then the imprint's (a web copy of "Tom Rudd. *Salt Roads*. Leeds 1947")
                pending, imprint_taken = segment, True
                continue
            pending, reading_on, imprint_taken = None, False, False
        elif kind := _names_alone(local, segment):
            pending, reading_on = segment, kind == "inverted"
            continue
        elif (named_at := _cued_inverted_name(local, segment)) is not None:
            # "For the distinction between …, see Vell, Tomas." before "*Title* (…)": the
            # prose before the cue is no part of the work
            pending, reading_on = Span(named_at, segment.end), True
            continue
        if _link_only(local, segment):
            if found:
                found[-1] = _with_link(found[-1], local, segment)
            else:  # "See: http://…": a work known only by its address
                found.append(_address_only(local, segment, number))
            continue
        read = read_segment(local, segment, number, previous)
        if not read and (review := _continued_review(local, segment, number, found)):
            read = [review]  # "…; and of Buck-Morss's *…* (1977) in *History and Theory* …"
        for citation in read:
            previous = citation.authors
            found.append(citation)
    if pending is not None:
        found.extend(read_segment(local, pending, number, previous))
    if titled is not None:
        found.extend(read_segment(local, titled, number, previous))
    signed = [
        kept
        for c in _read_on(local, found)
        if (person := without_false_persons(without_din_given(without_title_place(c)))) is not None
        and (kept := without_no_author(person)) is not None
    ]
    return [_dated_letter(_letter_writer(kind_as_surname(c))) for c in signed]


# A title naming its writer: "An Open Letter from Raymond Lotta to Tony Judt …", "Letter
# from Rosa Luxemburg to Leo Jogiches".
# matches "An Open Letter from Raymond Lotta to", "Letter from Rosa Luxemburg to"; not "A
# Letter to the Editor" (no writer), "Letters from Prison to My Mother" (no given name: a
# place), "Letter from Marx to" (a surname alone may be a place)
_LETTER_FROM = lazy_compile(
    rf"(?i:(?:an?\s+)?(?:open\s+)?letters?\s+from)\s+(?P<writer>{GIVEN_PERSON})\s+to\b"
)


def _letter_writer(citation: NoteCitation) -> NoteCitation:
    """A letter without author whose title names its writer is the writer's."""
    if citation.authors or not citation.title:
        return citation
    found = _LETTER_FROM.match(citation.title)
    if found is None or not plausible_names(found.group("writer")):
        return citation
    unsure = "; ".join(p for p in (citation.unsure, "writer named in the title") if p)
    return replace(citation, authors=tuple(surnames(found.group("writer"))), unsure=unsure)


# A letter named by its addressee and its date, as German notes name one: "Brief an
# Horkheimer vom 21.03.1936".
# matches "Brief an Horkheimer vom 21.03.1936", "Brief an Benjamin vom 18. 3. 1936";
# not "Briefwechsel 1928--1940", "Brief an Horkheimer" (no date)
_DATED_LETTER = re.compile(
    r"(?i:brief|schreiben)\s+an\s+.{1,60}?\bvom\s+\d{1,2}\.\s?\d{1,2}\.\s?(?P<year>1[5-9]\d\d|20\d\d)"
)


def _dated_letter(citation: NoteCitation) -> NoteCitation:
    """A letter by its writer, named by its addressee and date, with no year read: a work
    of its own, dated by the letter (not a short form of a work given before)."""
    if citation.year or not citation.authors or not citation.title:
        return citation
    found = _DATED_LETTER.fullmatch(citation.title)
    if found is None:
        return citation
    unsure = "; ".join(p for p in (citation.unsure, "a letter, dated in its name") if p)
    return replace(citation, form="full", year=found.group("year"), unsure=unsure)


def _continued_review(
    text: str, segment: Span, note: int, found: list[NoteCitation]
) -> NoteCitation | None:
    start = segment.start
    return continued_review(text[start : segment.end], start, note, found[-1] if found else None)


# A capital of the alphabets the name and title patterns know.
# matches "A", "Ž", "Д"; not "a", "1", "*"
_CAPITAL = re.compile(f"[{UPPER}]")

# Besides a capital, what some reading needs in the note: a title's mark, an address, or
# where a link's target was masked (LINK_TARGET).
# matches "*", "“", "://", "www.", "⟨link⟩"; not "a", ".", "(", "www"
_CITATION_SIGN = re.compile(r'[*_“”"]|://|www\.|⟨link⟩')


def cites_nothing(text: str) -> bool:
    """True when no reading can find a work in a note's text, so the reader is skipped.

    Every work the reader finds has names (a capital starts each), a marked title, an
    address, or an "Ibid."/"ebd."/"ό.π." (or "ό. π.")/"Στο ίδιο"/"Idem". A note with no
    capital, none of the marks and no "ibid", "ebd" or "ίδιο" has none of these; nor has
    one whose only capital is a one-letter word opening it ("A note on …":
    `plausible_names` passes over a one-letter name, and no particle can stand before it,
    as in "de A 12."), unless it is a Greek article. Cheap tests only: on 100,000 short
    notes the reader's ~60 µs a note was seconds.
    `tests/test_note_citation_shortcut.py` holds the reader to this.
    """
    # a Greek article ("Η", "Ο") opens a title, which Greek short forms keep ("Η απεργία στο
    # λιμάνι, σ. 3.": an unsigned work's short title): it is not passed over
    skipped = text[1:2] == " " and text[:1] not in "ΗΟ"
    rest = text[2:] if skipped else text
    if _CAPITAL.search(rest) is not None or rest.lower() != rest:
        return False
    if _CITATION_SIGN.search(text) is not None:
        return False
    lowered = text.lower()
    if "ibid" in lowered or "ebd" in lowered or ".π" in lowered or ". π" in lowered:
        return False
    return "ίδιο" not in lowered and "αυτ" not in lowered  # Greek: "στο ίδιο", "αυτ(όθι)."


READ_ON_WINDOW = 3_000  # characters after a short form in which its details may follow

# A sentence that opens a reference of its own: its cue, perhaps after a few words ("On
# this, see", "Zur Kritik vgl."). The details after it are that reference's, not those of a
# short form before it. Possessive words, a bounded count: linear.
# matches ". See the", ". On this, see the", ".” Cf. ", ". Vgl. dazu", ". Siehe auch"; not
# ". Seen from", ". Studien über …", "see" inside a sentence
_NEXT_REFERENCE = lazy_compile(
    r"""[.!?]["”’)]?\s++(?:[^\s.;]++\s++){0,5}?(?i:see|cf\.|compare|vgl\.|siehe|βλ\.|βλέπε)(?=[\s,:])"""
)

# A plain title's own years after its comma: a range ends no plain title's details (Chicago
# 8.50 keeps "1848--1850" in the title, which a web copy's plain title may have lost), so
# the look for its details starts after it. Possessive
# runs: one way to read them.
# matches ", 1848--1850", "”, 1919–21", ", 1914-1918"; not ", 1999" (a year), ", 1999, 45",
# " (1914-1918)"
_TITLE_YEARS = lazy_compile(
    r"""[*_”"’'»]*+\s*+,\s*+(?:1[5-9]\d\d|20\d\d)\s*+(?:-{1,2}+|–|—)\s*+\d{2,4}+(?!\d)"""
)

# A plain title's subtitle, then the words of its imprint before the year read on: one
# sentence of no brackets (a volume's or translator's full stop inside), ending in a comma
# or the place before the year.
# matches ". " before "Berlin 1923" (no subtitle), ". Frankfurt a. M.: " before
# "Zweitausendeins 1981" (an initial's full stop), ". Black Power … Politics (" before
# "Minneapolis: …, 2007)" (the imprint's bracket), ". Geschichte, …, Politische Bedeutung. "
# before "München: dtv, 1988" (the imprint's own sentence), ". Μελέτες για τη διαλεκτική, Οδυσσέας"
# before ", Αθήνα 1975", ". Κριτική …, τόμ. 1, Σύγχρονη Εποχή" before ", Αθήνα 1978"; not
# ". See also Lenin" before " (1917)", ". He wrote this in Paris (" (a bracket), ". Then.
# Later" (a sentence's full stop). The editor's or translator's sentence a title may carry
# before its imprint (Chicago 14.103: "Edited by …", "Translated by …", "With an
# introduction by …") ends in a full stop of its own: ". Edited by Ann Vell. " before
# "Gollancz, 1937", ". With an introduction by A. Vell. " before "Harrogate: …, 1999";
# not ". Cited by Vell. " (no role). The role sentence is atomic and its name possessive:
# one way to read it, so a long run of them stays linear. German (DIN 1505-2) sets the
# editor, translator, edition or volume after the title with its abbreviation: "übers. v.",
# "hg. v.", "Aufl.", "Bd." hold full stops ("… Eine Geschichte, übers. v. Ina Rau, " before
# "Frankfurt 1974"), and a full stop may end the subtitle before "Hg. v." (". Reden. Hg. v.
# Ina Rau. " before "Berlin 1958").
_SUBTITLE_THEN_IMPRINT = lazy_compile(
    r"""\.?\s+(?:[^()\[\];.]|(?<=τόμ)\.|(?<=\bτ)\.|(?<=μτφρ)\.|(?<=μτφ)\.|(?<=επιμ)\.
               |(?<=εκδ)\.|(?<=έκδ)\.|(?<=\b\w)\.
               |(?:(?<=\b[Üü]bers)|(?<=\b[Hh]g)|(?<=\b[Hh]rsg)|(?<=\b[Ee]ingel)|(?<=\b[Bb]earb))
                \.(?=\s*+(?:v\.|von)\s)
               |(?<=\bAufl)\.|(?<=\bBd)\.(?=\s*+\d)
               |\.(?=\s++(?:[Hh]g|[Hh]rsg|[Üü]bers|[Ee]ingel)\.\s*+(?:v\.|von)\s
                         |\s++(?:[Hh]erausgegeben|[Üü]bersetzt|[Ee]ingeleitet)\s++von\s)
               |(?>\b(?:[Ee]dited|[Tt]ranslated|[Cc]ompiled|[Ss]elected|[Ii]ntroduced
                       |[Ii]ntroduction|[Ff]oreword|[Pp]reface|[Aa]fterword)
                   \s++by\s++(?:[^()\[\];.]|(?<=\b\w)\.){1,60}+\.)
               ){0,150}(?:\.\s*|\()?""",
    re.VERBOSE,
)


def _read_on(text: str, found: list[NoteCitation]) -> list[NoteCitation]:
    """A short form whose details follow in later sentences before the next ";" is a full
    form ("Lukács, G. (1970): Geschichte und Klassenbewusstsein. Studien …. Neuwied:
    Luchterhand."), unless another work opened the group before it: then it is that work's
    subtitle or series ("… Die Frankfurter Schule. Geschichte, Theoretische Entwicklung,
    Politische Bedeutung. Frankfurt/Main: dtv"), not a work of its own."""
    kept: list[NoteCitation] = []
    subtitles: set[int] = set()
    for i, citation in enumerate(found):
        if i in subtitles:
            continue
        # details read on stop where the next work read in the note starts ("Adorno, Brief
        # an Horkheimer …, zit. nach Wiggershaus, R. (1988): …": 1988 is the book's year)
        next_start = found[i + 1].span.start if i + 1 < len(found) else len(text)
        if i + 1 < len(found) and _subtitle_after(text, citation, found[i + 1]):
            # "Dutschke, Rudi: Mein langer Marsch. Reden, Schriften und Tagebücher …,
            # Reinbek 1980": "Reden" is no writer, the sentence the work's subtitle
            subtitles.add(i + 1)
            next_start = found[i + 2].span.start if i + 2 < len(found) else len(text)
        if COLON_NAMES in citation.unsure:  # "Wilhelm Reich: The Mass Psychology …"
            read = colon_reading(text, citation, kept[-1] if kept else None)
            kept.extend([read] if read is not None else [])
            continue
        if _subtitle_of(text, citation, kept[-1] if kept else None):
            continue  # "Ästhetik der Existenz. Hannah Arendt, Michel Foucault, die Griechen …"
        # "Adorno, Theodor W.: ….", "Hannah Arendt, Eichmann in Jerusalem. Ein Bericht …,
        # München 1964", "Γ. Λούκατς, Ιστορία και ταξική συνείδηση. Μελέτες …, Οδυσσέας, Αθήνα
        # 1975": given names and a title, the details after a subtitle
        undetailed = "no publication details" in citation.unsure
        subtitled = undetailed and citation.form == "full" and citation.title_style == "plain"
        if citation.form != "short" and not undetailed:
            kept.append(citation)
            continue
        # Details read on stand near the short form: a bounded look keeps a note of
        # thousands of short forms with no ";" between them linear.
        group_end = text.find(";", citation.span.end, citation.span.end + READ_ON_WINDOW)
        group_end = (
            min(len(text), citation.span.end + READ_ON_WINDOW) if group_end < 0 else group_end
        )
        group_end = max(min(group_end, next_start), citation.span.end)
        # from the short form's own full stop (its span ends after it)
        cue_from = max(citation.span.start, citation.span.end - 2)
        if cue := _NEXT_REFERENCE.search(text, cue_from, group_end):
            # "Vell, *Harbour Strike*. On this, see the union's report (Leeds: …, 1922).":
            # the details of a reference of its own, read or not
            group_end = max(cue.start(), citation.span.end)
        title_at = text.find(citation.title, citation.span.start) if citation.title else -1
        after_title = title_at + len(citation.title) if title_at >= 0 else citation.span.end
        plain = citation.title_style == "plain"
        if plain and title_at >= 0 and (years := _TITLE_YEARS.match(text, after_title)):
            # "Marx, The Class Struggles in France, 1848--1850, in Tucker, …, 593": where a
            # plain title ends is a guess; a marked title's range after it ("*The Iron
            # Calendar*, 1976–78") may be its years of publication
            after_title = years.end()
        # before the title only a year counts: "Trotzki, Leo: Die …" is no imprint; a year
        # inside the title is the title's ("*The Class Struggles in France, 1848--1850*")
        before_title = title_at if title_at >= 0 else after_title
        own = any(
            m.group("year") for m in LATER_DETAILS.finditer(text, citation.span.start, before_title)
        )
        later = LATER_DETAILS.search(text, after_title, group_end)
        if later and undetailed and later.group("url"):
            # "Hazel Vell, “Harbour,” 23–24. Available at: https://…": the address is the
            # reading's own, already weighed as no publication detail; read on past it
            later = _past_own_address(text, citation, later, group_end)
        if (
            subtitled
            and later
            and not _SUBTITLE_THEN_IMPRINT.fullmatch(text, citation.span.end, later.start())
        ):
            later = None  # another sentence's year or bracket, not this work's imprint
        if (
            later
            and citation.form == "short"
            and later.group("year")
            and (
                prose_year(text, citation.span.end, later.start())
                or comment_year(text, after_title, later.group("year"))
            )
        ):
            # "Vell, *Harbour Lights*. In 1921 the strike spread …", "…, for the strike of
            # May 1921": the prose's, the comment's
            later = None
        # a page closes a short form: details after it are prose's or another work's,
        # neither its own nor its subtitle ("(Critical Models, 126), was one of the last
        # writings he finished … (1999)"); its own, inside it, still count ("“…,” by Peter
        # Hudis, Historical Materialism, 12 (3), pp. 147-168")
        closed = citation.pages and (later is None or later.start() >= citation.span.end)
        if not (own or later) or (closed and not own):
            kept.append(citation)
            continue
        before = kept[-1] if kept else None
        same_group = before is not None and ";" not in text[before.span.end : citation.span.start]
        if later and not own and same_group and citation.title_style == "plain" and not subtitled:
            continue
        year = citation.year
        if not year and later:  # "… Revolution. Essen 1994, S. 79f."
            year = later_year(text, later.start(), group_end) or german_date_year(
                text[after_title : min(group_end, after_title + READ_ON_WINDOW)]
            )  # "In: Die Zeit, 12.03.2015"
        unsure = "; ".join(
            p
            for p in (*citation.unsure.split("; "), "details read on")
            if p and p not in ("no year", "no publication details")
        )
        kept.append(replace(citation, form="full", unsure=unsure, year=year))
    return kept


def _past_own_address(
    text: str, citation: NoteCitation, address: re.Match[str], end: int
) -> re.Match[str] | None:
    """The first detail read on after `address` when it is the reading's own (its `url`,
    inside its span); else `address` itself."""
    at = address.start()
    if not citation.url or text.find(citation.url, at, citation.span.end) != at:
        return address
    return LATER_DETAILS.search(text, at + len(citation.url), end)


def _subtitle_after(text: str, citation: NoteCitation, following: NoteCitation) -> bool:
    """The reading after a work named with its writer's given names and no details, in the
    same ";" group, surnames (no given names) and a plain title with no page of its own, is
    the work's subtitle: the details after it are the work's. So is a plain title whose
    "writers" are editors or translators named after it, with the imprint and page: "Jean
    Vale, Der Hafen. Eine Geschichte, hg. v. Ina Rau, Frankfurt 1974, S. 4" (DIN 1505-2
    puts the editor of a writer's book after its title)."""
    return (
        "no publication details" in citation.unsure
        and following.title_style == "plain"
        and following.authors
        and ";" not in text[citation.span.end : following.span.start]
        and (
            # the editors' names follow the subtitle, which follows the title at once
            (
                "editors as authors" in following.unsure
                and not text[citation.span.end : following.span.start].strip(" .")
            )
            or not (following.pages or GIVEN_PERSON_START.match(following.text))
        )
    )


def _subtitle_of(text: str, citation: NoteCitation, before: NoteCitation | None) -> bool:
    """A plain-titled reading without details of its own, between the work before (in the
    same ";" group) and that work's details read on, is its subtitle: "Hauke Brunkhorst:
    Ästhetik der Existenz. Hannah Arendt, Michel Foucault, die Griechen und wir. In: Revue
    …. 1999" names no work by Arendt."""
    return (
        before is not None
        and "details read on" in before.unsure
        and "no publication details" in citation.unsure
        and citation.title_style == "plain"
        and ";" not in text[before.span.end : citation.span.start]
    )


def _link_only(text: str, segment: Span) -> bool:
    """ "Available online at: http://…" or a bare URL: the details of the work before."""
    chunk = text[segment.start : segment.end]
    # AVAILABLE_AT needs one of these; most segments have none and skip the pattern.
    if "://" not in chunk and "www." not in chunk and LINK_TARGET not in chunk:
        return False
    return bool(AVAILABLE_AT.fullmatch(text, segment.start, segment.end))


def _address_only(text: str, segment: Span, note: int) -> NoteCitation:
    url = URL.search(text, segment.start, segment.end)
    return NoteCitation(
        text=segment.slice(text),
        span=segment,
        note=note,
        form="full",
        url=url.group(0).rstrip(".,;") if url else "",
        unsure="an address only",
    )


def _with_link(citation: NoteCitation, text: str, segment: Span) -> NoteCitation:
    url = URL.search(text, segment.start, segment.end)
    form = "full" if citation.form == "short" else citation.form
    unsure = "; ".join(u for u in citation.unsure.split("; ") if u and u != "no year")
    return replace(
        citation,
        span=Span(citation.span.start, segment.end),
        text=text[citation.span.start : segment.end],
        url=citation.url or (url.group(0).rstrip(".,;") if url else ""),
        form=form,
        unsure=unsure if citation.year else "; ".join(p for p in (unsure, "no year") if p),
    )


# Stands where a link's target was masked: the note gives a URL there.
LINK_TARGET = "⟨link⟩"


# An HTML anchor's tags, pasted into Markdown or left by a converter: the opening tag
# holds the address, the closing one nothing.
# matches '<a href="http://www.slate.com/id/2220520/" target="_blank">', "</a>"; not
# "<abbr>", "a < b"
HTML_ANCHOR = re.compile(r"<(?i:a)\s[^<>]*>|</(?i:a)\s*>")


def _anchor_remains(match: re.Match[str]) -> str:
    """Spaces for an anchor's tags, and the link marker where the opening tag stood (its
    address makes the work one found online; offsets kept)."""
    found = match.group()
    if found.startswith("</") or len(found) < len(LINK_TARGET) + 2:
        return " " * len(found)
    return " " + LINK_TARGET + " " * (len(found) - len(LINK_TARGET) - 1)


def _link_remains(match: re.Match[str]) -> str:
    """Spaces for a link's brackets; a marker for its target, which is a URL (offsets kept)."""
    found = match.group()
    if len(found) >= len(LINK_TARGET) + 2 and found[0] in "]<":
        return " " + LINK_TARGET + " " * (len(found) - len(LINK_TARGET) - 1)
    return " " * len(found)


def _title_read_on(text: str, titled: Span, segment: Span, number: int) -> NoteCitation | None:
    """The unsigned work a title alone in its sentence names, with its details in the next
    sentence ("„Streik an der Mühle“. In: Volksblatt, 3.3.1990."), or None: the joined
    sentences must read as that title alone, without author, with a date, a container or an
    address (not "“A quotation.” Karl Marx, *Capital* …", nor a quotation and prose)."""
    read = read_segment(text, Span(titled.start, segment.end), number, ())
    if len(read) != 1:
        return None
    work = read[0]
    if work.authors or not work.title or work.span.start >= segment.start:
        return None
    if work.title not in text[titled.start : titled.end]:
        return None
    return work if work.year or work.container or work.url else None


def _imprint_next(text: str, segment: Span) -> bool:
    """`segment` is a sentence opening with a capital, as a title does, and an imprint
    opens the next sentence: a place and a year, or a place, a publisher and a year ("Leeds
    1947, 10.", "Leeds: Dale, 1947."). A sentence of prose is seldom followed by either."""
    end = segment.end - 1
    if text[end] != "." or not text[segment.start : segment.start + 1].isupper():
        return False
    return PLACE_YEAR_IMPRINT.match(text, end) is not None or open_imprint_at(text, end)


def _names_alone(text: str, segment: Span) -> str:
    """ "inverted" for "Healey, Dan.", "plain" for "Friedrich Nietzsche.", "co-author" for
    "Negt, Oskar;" before "Kluge, Alexander: …" (DIN 1505 parts its authors with ";"), else
    ""."""
    if text[segment.end - 1] == ";":
        return "co-author" if din_co_author(text, segment.start, segment.end) else ""
    if text[segment.end - 1] != ".":
        return ""
    if edited_names_alone(text, segment):
        return "inverted"  # "Vell, Ann (ed.)." before "*The Harbour Year*. London: …"
    # NAME_SENTENCE holds a comma: without one in the segment it is not tried.
    has_comma = text.find(",", segment.start, segment.end - 1) != -1
    start = _after_joiner(text, segment)
    # after a cue too: "See Vell, Tomas." before "*Harbour Lights*. London: …" (a
    # bibliography's entry set in a note after "See")
    first = NAME_SENTENCE.match(text, start, segment.end - 1) if has_comma else None
    if first is not None and first.end() >= segment.end - 2:
        return "inverted"
    listed = NAMES_SENTENCE.match(text, start, segment.end - 1) if first is not None else None
    if listed is not None and listed.end() >= segment.end - 2:
        return "inverted"  # "Vell, Tomas A., and Anna B. Roe." before the title's sentence
    names = NAMES.fullmatch(text, start, segment.end - 1)
    if names is not None and plausible_names(names.group("names")):
        return "plain"
    if body_alone(text, segment):
        return "plain"  # "The Burning Fence." before "“Fault Lines,” 2019": a body's name
    return "inverted" if dated_names_alone(text, segment) else ""  # "Joan Pike (1999)."


# A cue inside a sentence of prose, then an inverted name closing the sentence.
# matches ", see Vell, Tomas.", " see also Vell, T. A." (the name's start is group "name");
# not "see Vell, above.", ", see chapter 3, below."
_CUED_INVERTED = lazy_compile(
    r"[\s,;:]" + CUE_WORD + r"\s++(?P<name>" + NAME_SENTENCE.pattern + r")\.?\Z",
    re.VERBOSE,
)


def _cued_inverted_name(text: str, segment: Span) -> int | None:
    """Where an inverted name standing after a cue at the end of a sentence of prose starts
    ("For the distinction between …, see Vell, Tomas."), or None."""
    if text[segment.end - 1] != "." or text.find(",", segment.start, segment.end) == -1:
        return None
    window = max(segment.start, segment.end - 80)  # the cue and the name, a bounded look
    found = _CUED_INVERTED.search(text, window, segment.end)
    return found.start("name") if found else None


# What opens a segment before its names: a joiner or a cue ("and ", "– ", "See also ",
# "und ", "Vgl. "), so that "…, 23, and Stefan Aust. *Title* …" takes the sentence after
# the names as "Stefan Aust." alone does.
# matches ", and ", "– ", " και ", "See also ", "Cf. ", "Vgl. auch ", "Also "; not "Anderson"
_JOINER_CUE = lazy_compile(
    r"[\s,.;:–—·-]*+(?:(?:and|και)\s++)?(?:" + CUE.pattern + ")?", re.IGNORECASE | re.VERBOSE
)


def _after_joiner(text: str, segment: Span) -> int:
    found = _JOINER_CUE.match(text, segment.start, segment.end)
    return found.end() if found else segment.start


def _shifted(citation: NoteCitation, base: int) -> NoteCitation:
    span = Span(citation.span.start + base, citation.span.end + base)
    return replace(citation, span=span)


# A person written with given names or initials at the start of a reading's text.
# matches "Karl Marx", "E. B. Ashton"; not "Reden, Schriften", "Marx"
GIVEN_PERSON_START = lazy_compile(GIVEN_PERSON)
