"""Rules on works cited in notes (notes-bibliography style): order of full and short forms,
Ibid. that points nowhere, the same work given differently. `missing-reference` and
`uncited-reference` (rules/citations.py) call `missing_in_notes` and `cited_by_notes` here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from citecheck.bibliography import fuzzy, usable_references
from citecheck.bibliography.name_forms import genitive_before_title, same_by_convention
from citecheck.bibliography.note_editions import edition_of, other_editions
from citecheck.bibliography.note_matching import (
    FUNCTION_WORDS,
    MATCHED,
    MISSING,
    NAME_SIMILARITY,
    NoteMatch,
    author_similarity,
    match_note_citations,
    matchable,
    name_similarity,
    plain,
    title_key,
    title_similarity,
)
from citecheck.bibliography.note_read_on import READ_ON, with_details
from citecheck.bibliography.note_reading_fit import year_written
from citecheck.bibliography.subtitle_shorts import subtitle_short
from citecheck.bibliography.title_articles import SHORT_TITLE_ARTICLES, significant_words
from citecheck.extract.note_corporate_writers import WEB_PAGE
from citecheck.extract.note_forms import BY_DOCUMENT_STYLE
from citecheck.extract.note_letter_shorts import IN_SHORT
from citecheck.extract.note_responses import RESPONSE_TITLE
from citecheck.extract.note_surname_address import anchored_first_citations
from citecheck.lazy_regex import lazy_compile
from citecheck.model import (
    Finding,
    Manuscript,
    NoteCitation,
    Reference,
    Related,
    Severity,
)
from citecheck.rules.base import CheckContext, Rule
from citecheck.rules.note_citations_unread import misspelt_authors
from citecheck.rules.note_hereafter import Announced
from citecheck.rules.note_ibid_referents import (
    MARKED_TITLE,
    notes_in_order,
    points_to_note,
    referents,
)
from citecheck.rules.note_lone_surnames import lone_surname_findings
from citecheck.rules.note_mentions import Mentions
from citecheck.rules.note_other_editions import OtherEditions
from citecheck.rules.note_other_years import OtherYears
from citecheck.rules.note_place_writers import place_as_writer
from citecheck.rules.note_shortened_titles import ShortenedTitles

SAME_TITLE = 85
# Forms that refer back to a work given before: a short form, "op. cit." and "loc. cit."
# (Chicago 14.36: both point to a work cited earlier; "loc. cit." to the same place in it).
BACK_REFERENCES = ("short", "op-cit", "loc-cit")
SAME_NAME = 80
# How far before a short form its container given in full is looked for (characters).
CONTAINER_WINDOW = 50_000
# Bounds that keep the look-backs linear on hostile input (thousands of short forms of one
# author): how many earlier notes, and how much of each, a short form's unread full form
# is looked for in; how much body before its marker; how many of one initial's works a
# citation is compared with. No article of the corpus comes near them.
LOOK_BACK_NOTES = 200
LOOK_BACK_CHARS = 5_000
BODY_WINDOW = 20_000
SAME_BUCKET = 100
TITLE_BEFORE_IMPRINT = 150  # how far before its details a title in the body stands
BODY_PARAGRAPHS = 200  # of the body before a note's marker, where a full form is looked for
LOOK_BACK_TITLES = 100  # of the works read in one earlier note, whose words are set aside

# What makes a note look like it cites something the reader could not read: a year, a URL,
# a marked title. An Ibid. after such a note is not reported as pointing at nothing.
# matches "1982", "http://x", "*Capital*", "“Critique”", "op. cit."; not "see above"
# German notes: „Titel“, "a.a.O." (op. cit.), "in:"; and a note ending with a page number
# ("Manifest der Kommunistischen Partei, MEW 4: 482.").
_CITATION_TRACE = lazy_compile(
    r"""(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|https?://|\*[^*]+\*|“[^”]+”|\"[^\"]+\"|\bop\.?\s+cit\b
        |„[^“”"]+[“”"]|\ba\.\s?a\.\s?O\.|\b[Ii]n:|\d+[a-z]?\.?\s*$""",
    re.VERBOSE,
)

# What an earlier note must give beside a work for it to be that work's full form, unread:
# a year, an address (bare, or a link whose target the masking blanked) or an imprint. A
# marked title, a page or an "op. cit." are what a short form or a mention gives too.
# matches "1971", "http://x", "www.x.org", "](      )", "<      >", "(London: Verso";
# not "*Capital*", "“Critique”", "op. cit.", "45."
_FULL_FORM_TRACE = lazy_compile(
    r"""(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|https?://|\bwww\.|\]\(\s{4,}\)|<\s{4,}>
        |\(\s*[A-Z][\w.'’ -]{1,40}:\s*[A-Z]""",
    re.VERBOSE,
)

# A year as an imprint gives it, after a container named in an unnumbered note.
# matches "(New York: Norton, 2nd ed., 1978)", ", 2009."; not "323."
# Bounded, so that a long line of commas with no year is not scanned to its end from each.
_IMPRINT_YEAR = re.compile(r"[(,]\s{0,20}(?:[^()\n]{0,200}?\s)?(?:1[5-9]|20)\d\d(?!\d)")


def missing_in_notes(manuscript: Manuscript, rule: Rule) -> Iterable[Finding]:
    """missing-reference for note citations, when the manuscript has a bibliography."""
    references = usable_references(manuscript)
    if not references:
        return
    mentions = Mentions(manuscript.notes, manuscript.source.masked)
    matches = _matches(manuscript, references)
    other_years = OtherYears(matches)
    other_editions = OtherEditions(matches, manuscript.source.text)
    for match in matches:
        if match.status != MISSING or not _named_author(match.citation):
            continue  # a work without an author (a newspaper, an archive) is often unlisted
        citation = match.citation
        if author_date(citation) and other_years.cited_by(
            citation.authors, citation.year, citation.note
        ):
            continue  # "Weyrich (1867)" of a full form "(1867; repr., …, 1976)" listed 1976
        if WEB_PAGE in citation.unsure:
            continue  # a body's page on the web: often cited in the notes alone (Chicago 14.206)
        if other_editions.named_after_its_work(citation):
            continue  # "…, trans. Ann Bell (…, 2019), originally *Le jour* (…)": one work
        if READ_ON not in match.citation.unsure and mentions.named_in_passing(match.citation):
            continue  # named in the note's prose, not cited: a list owes it no entry
        citation = match.citation
        message = (
            f"note {citation.note} cites {citation.label}, which has no entry in the bibliography"
        )
        data = {"citation": citation.text, "note": citation.note, "form": citation.form}
        suggestion = None
        if match.suggestion is not None:
            suggestion = match.suggestion.key
            data["suggestion_key"] = suggestion
            shown = match.suggestion.title or match.suggestion.label
            message += f"; did you mean `{suggestion}` ({shown})?"
        else:
            message += ": add it"
        yield rule.finding(message, citation.span, data=data, suggestion=suggestion)


# "Anonymous", "Unsigned" or a role written where the author stands names no author: the
# piece is the journal's own ("Editors, “Introduction,” *New Left Review* 1 (1960)") or a
# translator's note.
# matches "Anonymous", "Anon.", "anon", "Unsigned", "Editors", "The Editors", "Editorial",
# "Translator"; not "Anonymus Press", "Editor-Smith"
_NO_AUTHOR = re.compile(
    r"""^(?:anonymous|anon\.?|unknown|unsigned|n\.\s?n\.|(?:the\s+)?editors|editorial(?:\s+board)?
        |translator|staff)$""",
    re.IGNORECASE | re.VERBOSE,
)


# A publication, a broadcaster, a news agency or an archive read where an author stands
# ("BBC News", "Associated Press", "Marxists Internet Archive", "*The Guardian*"): the piece
# has no named author, and a works-cited list often omits such pieces (Chicago 14.191,
# 14.206), as it does those with no author at all. Matched on the surname's last word.
# matches "News", "Associated Press", "Archives", "The Times", "Wikipedia"; not "Newsome",
# "Pressman", "Development" ("World Commission on Environment and Development")
_PUBLICATION_AS_AUTHOR = re.compile(
    r"""(?:^|\s)(?:news|press|archives?|times|post|herald|tribune|gazette|magazine
        |wikipedia|radio|television|tv|broadcasting|agency|wire|daily|weekly|newsletter
        |collections?|papers)$""",
    re.IGNORECASE | re.VERBOSE,
)


def _named_author(citation: NoteCitation) -> bool:
    if not citation.authors:
        return False
    surname = citation.authors[0].surname
    return not _NO_AUTHOR.match(surname) and not _PUBLICATION_AS_AUTHOR.search(surname)


def _matches(manuscript: Manuscript, references: Sequence[Reference]) -> tuple:
    """The note citations matched, each read with the details its note gives after it."""
    return match_note_citations(
        manuscript.note_citations, references, manuscript.notes, manuscript.source.text
    )


def note_matches(manuscript: Manuscript) -> tuple:
    """The note citations matched to the manuscript's list (none without one)."""
    references = usable_references(manuscript)
    return _matches(manuscript, references) if references else ()


def cited_by_notes(manuscript: Manuscript) -> set[str]:
    """Keys of the entries some note citation matches (a work cited in full is cited)."""
    references = usable_references(manuscript)
    matches = _matches(manuscript, references) if references else ()
    return {m.reference.key for m in matches if m.status == MATCHED and m.reference}


def _same_work(a: NoteCitation, b: NoteCitation) -> bool:
    if a.authors and b.authors:
        if name_similarity(a.authors[0].folded, b.authors[0].folded) < SAME_NAME:
            return False
    elif a.authors or b.authors:
        return False
    if a.title and b.title:
        both_full = a.form == b.form == "full"
        if title_similarity(a.title, b.title, short=not both_full) >= SAME_TITLE:
            return True
        # "Revolutionary Life" of "Ervin Szalay: A Revolutionary Life"
        return not both_full and (
            subtitle_short(a.title, b.title) or subtitle_short(b.title, a.title)
        )
    return bool(a.authors) and a.authors[0].folded == b.authors[0].folded


def _full_form_of(full: NoteCitation, short: NoteCitation) -> bool:
    """True when `full` may be the full form `short` shortens: the same work, and a title
    that Chicago's rule for short titles (14.29) can shorten so. A short title takes the key
    words of the main title; a title of four words or fewer is seldom shortened, so a
    short title that is a part of such a title is its head ("Iran" of "Iran Between Two
    Revolutions"), or it names another work ("Capital" is not "Wage Labour and
    Capital")."""
    if not _same_work(full, short):
        return False
    if not (full.title and short.title):
        return True
    main = significant_words(title_key(_MAIN_TITLE.split(full.title)[0]))
    words = significant_words(title_key(short.title))
    if _cut_word(words, main):
        return False
    if _foreign_word(words, title_key(full.title).split()) and not _part_of_book(full, short):
        return False
    if len(main) > SHORTENED_FROM or len(words) >= len(main):
        return True
    short_key, head = " ".join(words), " ".join(main[: len(words)])
    if short_key == head or fuzzy.ratio(short_key, head) >= SAME_TITLE:
        return True
    # the head noun after its modifiers: "Manifesto" of "The Communist Manifesto"; not when
    # "and" or "of" joins it to the rest ("Capital" of "Wage Labour and Capital", "Iran"
    # of "A History of Modern Iran": another work, or the head is "History")
    n = len(words)
    tail = " ".join(main[-n:])
    return not _JOINING.intersection(main[:-n]) and (
        short_key == tail or fuzzy.ratio(short_key, tail) >= SAME_TITLE
    )


# The reader's flag on a title no marks bound: where it starts and ends is a guess.
PLAIN_TITLE = "plain title"
# How many significant words a title must have to be found in another citation's words.
PLAIN_TITLE_WORDS = 3


def _plain_title_in(full: NoteCitation, short: NoteCitation) -> bool:
    """A short form whose title no marks bound (`PLAIN_TITLE`: a web copy's, a plain-text
    note's) shortens `full` when, by the same writer, the one's title stands whole among the
    other's words: "Edel, On the Grammar of Debts, Third Essay §14, 560" (a locator read into
    the title) after "Edel, “On the Grammar of Debts,” in …"; "Marlowe, In, Against, and
    Beyond the Tide, 9" (read "Against, and Beyond the Tide") after its full form. The words
    are the citations' as written, so a guessed boundary does not hide the title (Chicago
    14.29: a short title repeats the title's key words). Three significant words at least:
    "State" is no part of "State and Revolution"."""
    if not (full.authors and short.authors):
        return False
    if name_similarity(full.authors[0].folded, short.authors[0].folded) < SAME_NAME:
        return False
    words = title_key(short.title).split()
    if len(significant_words(" ".join(words))) >= PLAIN_TITLE_WORDS and _run_in(
        words, title_key(full.text).split()
    ):
        return True  # the full form's title, as written, holds the short one's words
    # a locator after a comma read into the title: "On the Grammar of Debts, Third Essay"
    main = title_key(_MAIN_TITLE.split(full.title)[0])
    head = title_key(short.title.split(",")[0])
    return "," in short.title and head == main and len(significant_words(main)) >= PLAIN_TITLE_WORDS


def _run_in(words: list[str], within: list[str]) -> bool:
    """`words` stand in `within` as a run, in order."""
    n = len(words)
    return any(within[i : i + n] == words for i in range(len(within) - n + 1))


# Words that join a title's last words to the rest as another thing, not a modifier.
_JOINING = FUNCTION_WORDS | {"or", "with", "from", "against", "versus", "vs"}

# Titles longer than this many words (an initial article left out) may be shortened to
# any of their key words; shorter ones keep their head (Chicago 14.29).
SHORTENED_FROM = 4

# Where a main title ends and its subtitle begins.
# matches ": " in "Khrushchev Lied: The Evidence", " -- " in "Lenin -- A Study"; not "2:1"
_MAIN_TITLE = re.compile(r"(?<=\w)[:?!]\s+|\s[—–]\s|\s--\s")

# How many letters a word of the full title must share with a short title's word and run
# on past them for the two to be different words ("Brief-e" and "Brief-wechsel"), not one
# word inflected or slipped ("Revolution" of "Revolutions", "Manifest" of "Manifesto").
CUT_WORD_STEM = 4
CUT_WORD_REST = 4


def _cut_word(words: list[str], main: list[str]) -> bool:
    """True when a word of the short title is not a word of the main title but shares its
    stem with a longer one ("Briefe" against "Briefwechsel", "Kapital" against
    "Kapitalismus"): a short title keeps the full title's words whole (Chicago 14.29), so
    it shortens another work ("Briefe über …")."""
    whole = set(main)
    return any(
        w not in whole
        and any(
            (stem := _stem(w, m)) >= CUT_WORD_STEM and len(m) - stem >= CUT_WORD_REST for m in main
        )
        for w in words
    )


# Words a short title may hold that its full title lacks: function words of the languages
# the notes cite ("Houses of Glass" of "Glass Houses"), a volume's numeral ("Capital I").
_LOOSE_WORDS = (
    _JOINING
    | SHORT_TITLE_ARTICLES
    | frozenset(
        "und zur zum als vom von im am aus uber et de du des la le y del και της του των στο στη "
        "για".split()
    )
)
# matches "i", "iv", "xii", "2"; not "civil", "mix"
_NUMERAL = re.compile(r"^(?:[ivx]{1,5}|\d+)$")
# How many letters a word may add to another and still be it, inflected ("Revolution" of
# "Revolutions", "Manifest" of "Manifesto", "Briefe" of "Brief"), not another word.
INFLECTION = 2


def _foreign_word(words: list[str], full: list[str]) -> bool:
    """True when a word of substance of the short title is no word of the full title, main
    title or subtitle: a short title is made of the full title's own words (Chicago 14.29),
    so "Glass Orchard" or "Orchard Songs" shortens another work of the writer than
    *Orchards*, and "Glass in Southern Europe" another than *Glass in Northern Europe*."""
    return any(
        w not in _LOOSE_WORDS and not _NUMERAL.match(w) and not any(_one_word(w, m) for m in full)
        for w in words
    )


def _part_of_book(full: NoteCitation, short: NoteCitation) -> bool:
    """A quoted short title after a book's italic one: it may name a part of the book (an
    essay, a chapter, a letter in it), whose title need not be made of the book's words."""
    return short.title_style == "quoted" and full.title_style == "italic"


def _one_word(a: str, b: str) -> bool:
    """The same word, perhaps inflected: one the other's start and at most INFLECTION
    letters more."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return longer.startswith(shorter) and len(longer) - len(shorter) <= INFLECTION


def _stem(a: str, b: str) -> int:
    """How many letters two words share at their start."""
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


class _Works:
    """The distinct works seen so far, bucketed by the first letter of the first author's
    folded surname (a slip rarely changes it), so that each lookup compares a citation
    with a few works, not with every earlier citation."""

    def __init__(self, *, by_edition: bool = False) -> None:
        self.by_edition = by_edition
        self.keys: set[tuple[str, ...]] = set()
        self.buckets: dict[str, list[NoteCitation]] = {}

    def add(self, citation: NoteCitation) -> None:
        key: tuple[str, ...] = (_first_author(citation), title_key(citation.title))
        if self.by_edition:
            # each edition or volume of a work kept with its first citation (note_editions)
            key += edition_of(citation)
        if key not in self.keys:
            self.keys.add(key)
            self.buckets.setdefault(key[0][:1], []).append(citation)

    def same(
        self,
        citation: NoteCitation,
        same: Callable[[NoteCitation, NoteCitation], bool] | None = None,
    ) -> Iterable[NoteCitation]:
        same = same or _same_work
        bucket = self.buckets.get(_first_author(citation)[:1], [])
        return (work for work in bucket[-SAME_BUCKET:] if same(work, citation))


def author_date(citation: NoteCitation) -> bool:
    """An author-date citation in a note ("Honneth 2015: 12", "Lukács (1970), S. 284"): a
    short form of names and a year with no title. It refers to a reference list, as the
    author-year reader's citations do, not to a full form in an earlier note: no
    short-form-before-full for it (missing-reference still matches it by author and year)."""
    return (
        citation.form == "short" and not citation.title and bool(citation.authors and citation.year)
    )


def _first_author(citation: NoteCitation) -> str:
    return citation.authors[0].folded if citation.authors else ""


def _short_form_before_full(ctx: CheckContext) -> Iterable[Finding]:
    manuscript = ctx.manuscript
    full_forms = _Works()
    # (first author, title or container) of the works given in full so far
    given: list[tuple[str, str]] = []
    # the works each note's citations were read as
    titles_by_note: dict[int, list[NoteCitation]] = {}
    for citation in manuscript.note_citations:
        if citation.title:
            titles_by_note.setdefault(citation.note, []).append(citation)
    # the works reported: their later short forms are not reported again (one fix, the full
    # form at the first citation, serves them all)
    reported = _Works()
    # a first citation with a title cut from a listed work's longer one refers back too
    shortened = ShortenedTitles(
        usable_references(manuscript),
        manuscript.notes,
        manuscript.source.masked,
        manuscript.note_citations,
    )
    anchored = anchored_first_citations(manuscript)  # "Zetter, “Memories,” <…#h07>"
    announced = Announced(manuscript)  # "…, 1974; hereafter cited as *GO*"
    for citation in manuscript.note_citations:
        refers_back = citation.form in BACK_REFERENCES or shortened.cut_first_citation(citation)
        refers_back = refers_back or citation.span.start in anchored
        if refers_back and matchable(citation) and not author_date(citation):
            # a reading the reader called full that refers back is compared as the short
            # form it is ("Vell, *Harbour Lights*, …: https://…" of the longer listed title)
            probe = replace(citation, form="short") if citation.form == "full" else citation
            earlier = next(iter(full_forms.same(probe, _full_form_of)), None)
            if earlier is None and PLAIN_TITLE in citation.unsure:
                earlier = next(iter(full_forms.same(citation, _plain_title_in)), None)
            if (
                earlier is None
                and next(iter(reported.same(citation, _full_form_of)), None) is None
                and not _container_given(manuscript, citation, given)
                and not _named_before(manuscript, citation, given, titles_by_note)
                and not place_as_writer(citation, manuscript.note_citations)
                and not announced.before(citation)
            ):
                reported.add(citation)
                yield SHORT_FORM_BEFORE_FULL.finding(
                    f"note {citation.note} cites {_work(citation)} in short form, but no earlier "
                    "note gives it in full: give the full form at its first citation",
                    citation.span,
                    data={"note": citation.note, "citation": citation.text},
                )
        if citation.form == "full":
            full_forms.add(citation)
            given.extend(
                (_first_author(citation), t) for t in (citation.title, citation.container) if t
            )
    # a note of one surname, unread: its writer's work was never named before it
    yield from lone_surname_findings(
        manuscript, usable_references(manuscript), manuscript.note_citations, SHORT_FORM_BEFORE_FULL
    )


def _container_given(
    manuscript: Manuscript, citation: NoteCitation, given: list[tuple[str, str]]
) -> bool:
    """True when the short form is a chapter of a book given in full before: "Rawls,
    “Lecture III”, in *Lectures on the History of Political Philosophy*, 361" after a note
    that gives the book with its imprint (in a note, or in an unnumbered note above them);
    or a title without author, in brackets after a quotation, naming a work or container
    given in full before."""
    by_others = RESPONSE_TITLE in citation.unsure or IN_SHORT in citation.unsure
    if (not citation.authors or by_others) and any(
        title_similarity(citation.title, title) >= SAME_TITLE for _, title in given
    ):
        # "(*Critical Models*, 126)" after "…,” in *Critical Models* (…, 1998)"; "Jaleh
        # Mansoor, response to “A Questionnaire …,” 105" after its editor's full form; a
        # letter's collection in short after its editor's or another letter's full form
        # (Chicago 14.111: the collection is the work, whoever wrote the letter)
        return True
    container = citation.container
    if BY_DOCUMENT_STYLE in citation.unsure and _given_in_text(
        manuscript.source.masked, _MAIN_TITLE.split(citation.title)[0], citation.span.start
    ):
        # a first citation with names and a page, taken for a short form by the document's
        # way: its work may stand in full outside the notes (an unnumbered note above them)
        return True
    if not container:
        return False
    if any(title_similarity(container, title) >= SAME_TITLE for _, title in given):
        return True
    return _given_in_text(manuscript.source.masked, container, citation.span.start)


def _given_in_text(masked: str, title: str, end: int) -> bool:
    """True when the title stands before `end` with a year after it on its line, as an
    imprint gives it. Looked for in a window before the citation, not the whole text
    before it: one copy and scan of everything before each citation would make many
    citations quadratic."""
    at = masked.find(title, max(0, end - CONTAINER_WINDOW), end) if title else -1
    if at < 0:
        return False
    line_end = masked.find("\n", at, end)
    return bool(_IMPRINT_YEAR.search(masked, at + len(title), line_end if line_end > 0 else end))


def _named_before(
    manuscript: Manuscript,
    citation: NoteCitation,
    given: list[tuple[str, str]],
    titles_by_note: dict[int, list[NoteCitation]],
) -> bool:
    """True when an earlier note's text names the author with the short title and a year,
    an address or an imprint (a full form the reader could not read). A marked title, a
    page or an "op. cit." there do not do: a mention in prose or a short form gives them
    too, and neither is a full form. The works of other authors read there do not count,
    names, title and details (Thomas Pogge, *John Rawls: His Life and Theory of Justice*
    (Oxford: OUP, 2007)" neither names Rawls's *A Theory of Justice* nor dates it), nor do
    the author's other works read there, in full or in short ("Furr, *Khrushchev Lied: The
    Evidence …*" does not name Furr's *Evidence of …*). Or when a paragraph of
    the body before the note's marker names the essay of a quoted short title beside the
    author and a book of the author given in full ("Lukács's collection *History and Class
    Consciousness* (1923) is “Reification …”"): a chapter of a book cited in full."""
    surname = citation.authors[0].surname if citation.authors else ""
    author = _first_author(citation)
    title = title_key(citation.title)
    masked = manuscript.source.masked
    # A short form with its author needs an unread full form's year, address or imprint;
    # a title alone ("*K-Punk*, p. 770") refers back to a work the notes have named, which
    # a marked title in an earlier note does ("Published in the new anthology, *K-Punk*").
    trace = _FULL_FORM_TRACE if citation.authors else _CITATION_TRACE
    # The notes are in text order: those before the citation end at `before`.
    notes = manuscript.notes
    before = bisect_left(notes, citation.span.start, key=lambda n: n.text_span.start)
    for note in notes[max(0, before - LOOK_BACK_NOTES) : before]:
        end = min(note.text_span.end, citation.span.start)
        start = max(note.text_span.start, end - LOOK_BACK_CHARS)
        text = masked[start:end]
        for other in titles_by_note.get(note.number, [])[-LOOK_BACK_TITLES:]:
            if _first_author(other) != author or (
                other.form in ("full", "short")
                and other.title != citation.title  # the same title is the same work
                and not _full_form_of(other, citation)
            ):
                # another work, read: its names, title and details are not ours (a year in
                # its imprint dates it, not a work merely named beside it); its container
                # may be ours ("Preuss, “Introduction,” in Nietzsche, *On the …* (…)")
                own_end = _own_part_end(masked, other, surname)
                text = _blanked(text, other.span.start - start, own_end - start)
        if surname and not re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", text):
            continue
        if _words_present(title, title_key(text)) and trace.search(text):
            return True
    marker = next((m for m in manuscript.markers if m.number == citation.note), None)
    if marker is None or marker.span.start > citation.span.start:
        return False
    body = masked[max(0, marker.span.start - BODY_WINDOW) : marker.span.start]
    if surname and _given_in_body(body, surname, title):
        return True
    if citation.title_style != "quoted":
        return False  # only an essay or a chapter is named as a part of a book
    books = {title.split(":")[0].strip() for who, title in given if who == author}
    books.discard(citation.title)
    for essay in re.finditer(re.escape(citation.title), body):
        near = body[max(0, essay.start() - 150) : essay.end() + 150]
        if surname in near and any(book and book in near for book in books):
            return True
    return False


# Publication details in brackets, as a full form given in the body carries them (a
# year alone is what a mention gives too).
# matches "(London: Dale, 1974)", "(Berlin: Dietz 1974)", "(Αθήνα: Κέδρος, 1974)", "(Paris
# 1974)"; not "(1974)", "(see chapter 3)"
_BODY_IMPRINT = re.compile(
    r"\(\s?[^\W\d_][\w.'’ -]{1,40}?(?::[^()\n]{1,80}?|,)?\s(?:1[5-9]|20)\d\d\)"
)


def _given_in_body(body: str, surname: str, title: str) -> bool:
    """True when a paragraph of the body before the note names the writer and the short
    title's words with publication details: "In *The Glass Orchard* (London: Dale, 1974),
    Ada Marsh argues …" gives the work in full where a note does not stand, and the notes
    cite it short after it. A mention without details ("Marsh's *Glass Orchard* (1974)")
    is no full form."""
    name = re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)")
    for paragraph in body.split("\n\n")[-BODY_PARAGRAPHS:]:
        if not name.search(paragraph):
            continue
        for imprint in _BODY_IMPRINT.finditer(paragraph):
            # the details belong to the title just before them, not to another work's
            before = paragraph[max(0, imprint.start() - TITLE_BEFORE_IMPRINT) : imprint.start()]
            if _words_present(title, title_key(before)):
                return True
    return False


def _own_part_end(masked: str, other: NoteCitation, surname: str) -> int:
    """Where another work's reading stops being only its own: at its container, or at our
    author's name in its details ("Preuss, “Introduction,” in Friedrich Nietzsche, *On the
    …* (…, 1980)": the book that holds the chapter may be the work cited in short)."""
    start, end = other.span.start, other.span.end
    after = masked.find(other.title, start, end) + len(other.title) if other.title else start
    after = max(after, start)
    found = [masked.find(other.container, after, end)] if other.container else []
    if surname:
        name = re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)").search(masked, after, end)
        found.append(name.start() if name else -1)
    return min((at for at in found if at >= 0), default=end)


def _blanked(text: str, start: int, end: int) -> str:
    start, end = max(0, start), min(len(text), end)
    return text if start >= end else text[:start] + " " * (end - start) + text[end:]


def _words_present(title: str, text: str) -> bool:
    """The short title's words (of four letters or more) all stand in the text: "Review of
    *Negative Dialectics*" after "Rose's review of … *Negative Dialectics* (1973)"."""
    words = {w for w in title.split() if len(w) >= 4}
    if not words:
        return fuzzy.partial_ratio(title, text) >= 95 if title else True
    return words <= set(text.split())


def _ambiguous_ibid(ctx: CheckContext) -> Iterable[Finding]:
    manuscript = ctx.manuscript
    ordered = notes_in_order(manuscript.notes, manuscript.note_citations)
    notes = [note for note, _ in ordered]
    by_note = [cited for _, cited in ordered]  # by the note's place in `notes`
    mentions = Mentions(manuscript.notes, manuscript.source.masked)
    for i, note in enumerate(notes):
        cited = by_note[i]
        if not cited or not _same_as_before(cited[0]):
            continue
        if cited[0].authors and cited[0].title:
            continue  # "Marx: Grundrisse, ebd.": it names the work it refers to
        ibid = cited[0]
        if points_to_note(ibid):
            continue  # "Ό.π. (σημ. 6), σ. 90": it names the note it refers to
        before = manuscript.source.masked[note.text_span.start : ibid.span.start]
        if _FULL_FORM_TRACE.search(before):
            continue  # "As Pike argues in *War* (1982), … (ibid., 63)": a work of this note
        reason = _ibid_problem(manuscript, notes, i, by_note, mentions)
        if reason:
            yield AMBIGUOUS_IBID.finding(
                f"“{ibid.text.split(',')[0]}” in note {note.number}: {reason}; "
                "give the author and short title instead",
                ibid.span,
                data={"note": note.number, "reason": reason},
            )


def _same_as_before(citation: NoteCitation) -> bool:
    """An Ibid. or Idem, or an op. cit. that names no writer or title (Greek "Ό.π." alone,
    a bare "Op. cit."): each points to the work of the note before."""
    if citation.form in ("ibid", "idem"):
        return True
    return citation.form in ("op-cit", "loc-cit") and not (citation.authors or citation.title)


def _ibid_problem(
    manuscript: Manuscript,
    notes: list,
    i: int,
    by_note: list[list[NoteCitation]],
    mentions: Mentions,
) -> str:
    note = notes[i]
    if i == 0:
        if note.number > 1:
            return ""  # the notes before it are missing (missing-note): its referent unseen
        return "it opens the notes, with no earlier note to refer to"
    previous = notes[i - 1]
    if note.number <= previous.number:
        return "it opens a new chapter's notes (the numbering starts again)"
    works = [c for c in by_note[i - 1] if not _same_as_before(c)]
    distinct: list[NoteCitation] = []
    for work in works:
        if not any(_same_work(work, other) for other in distinct):
            distinct.append(work)
    previous_text = manuscript.source.masked[previous.text_span.start : previous.text_span.end]
    # "X, zit. in: Y", "Ibid. (Pike)", a writer only named in prose: one referent all the same
    ibid = by_note[i][0]
    before = manuscript.source.masked[note.text_span.start : ibid.span.start]
    distinct = referents(ibid, distinct, previous_text, mentions, before, previous.text_span.start)
    if len(distinct) > 1:
        return f"the previous note cites {len(distinct)} works"
    if not by_note[i - 1]:
        text = manuscript.source.masked[previous.text_span.start : previous.text_span.end]
        if not (_CITATION_TRACE.search(text) or MARKED_TITLE.search(text)):
            return "the previous note cites no work"
    return ""


def _inconsistent_reference(ctx: CheckContext) -> Iterable[Finding]:
    manuscript = ctx.manuscript
    references = usable_references(manuscript)
    reported: set[tuple[int, str]] = set()
    if references:
        matches = _matches(manuscript, references)
        # (note, entry) pairs a citation read there matched: with its author, with its year
        read: dict[tuple[int, str], tuple[bool, bool]] = {}
        for m in matches:
            if m.reference is not None:
                pair = (m.citation.note, m.reference.key)
                named, dated = read.get(pair, (False, False))
                read[pair] = (named or bool(m.citation.authors), dated or bool(m.citation.year))
        yield from _misspelt_in_unread_notes(manuscript, references, read)
        for match in matches:
            if match.status != MATCHED or not match.differences or match.reference is None:
                continue
            what, cited, listed = match.differences[0]
            reported.add((match.citation.span.start, what))
            yield INCONSISTENT_REFERENCE.finding(
                f"note {match.citation.note} gives the {what} of {_listed_work(match)} as "
                f"“{cited}”, the bibliography as “{listed}”: make them agree",
                match.citation.span,
                data={"note": match.citation.note, "field": what, "cited": cited, "listed": listed},
                suggestion=listed,
            )
    for finding in _between_notes(manuscript):
        if (finding.span.start, finding.data["field"]) not in reported:
            yield finding


def _misspelt_in_unread_notes(
    manuscript: Manuscript,
    references: Sequence[Reference],
    read: dict[tuple[int, str], tuple[bool, bool]],
) -> Iterable[Finding]:
    for slip in misspelt_authors(manuscript, references, read):
        title = slip.reference.title
        yield INCONSISTENT_REFERENCE.finding(
            f"note {slip.note} gives the {slip.field} of “{title}” as “{slip.cited}”, the "
            f"bibliography as “{slip.listed}”: make them agree",
            slip.span,
            data={
                "note": slip.note,
                "field": slip.field,
                "cited": slip.cited,
                "listed": slip.listed,
            },
            suggestion=slip.listed,
        )


def _listed_work(match: NoteMatch) -> str:
    """The work as `_work` names it, under the entry's writers when the names read are
    another person's (a translator read for the writer the note names after the title)."""
    citation, reference = match.citation, match.reference
    if reference is None or not reference.authors or not citation.authors:
        return _work(citation)
    cited = citation.authors[0]
    if any(author_similarity(cited, a) >= NAME_SIMILARITY for a in reference.authors):
        return _work(citation)
    return _work(replace(citation, authors=reference.authors))


def _work(citation: NoteCitation) -> str:
    """ "Abrahamian, “Iran Between Two Revolutions”" (no year: the year may be the point)."""
    names = " and ".join(a.surname for a in citation.authors)
    title = f"“{citation.title}”" if citation.title else ""
    return ", ".join(p for p in (names, title) if p) or citation.text


def _between_notes(manuscript: Manuscript) -> Iterable[Finding]:
    works = _Works(by_edition=True)
    # each read with the edition its note names after it, whose year agrees
    read = with_details(manuscript.note_citations, manuscript.notes, manuscript.source.text)
    for citation in read:
        if not (citation.authors and citation.title):
            continue
        for earlier in works.same(citation):
            if earlier.note == citation.note:
                continue
            difference = _difference(earlier, citation)
            if difference:
                what, then, now = difference
                yield INCONSISTENT_REFERENCE.finding(
                    f"note {citation.note} gives the {what} of {_work(citation)} as “{now}”, "
                    f"note {earlier.note} as “{then}”: make them agree",
                    citation.span,
                    data={"note": citation.note, "field": what, "cited": now, "earlier": then},
                    related=(Related(f"note {earlier.note} gives “{then}”", earlier.span),),
                )
                break
        works.add(citation)


def _difference(a: NoteCitation, b: NoteCitation) -> tuple[str, str, str] | None:
    first, second = a.authors[0].surname, b.authors[0].surname
    if (
        plain(a.authors[0].folded) != plain(b.authors[0].folded)
        and not same_by_convention(first, second)
        and not genitive_before_title(first, second, a.text)
        and not genitive_before_title(second, first, b.text)
    ):
        return ("author", first, second)
    loose = ("year beside the title" in a.unsure and a.year < b.year) or (
        "year beside the title" in b.unsure and b.year < a.year
    )
    if title_key(a.container) != title_key(b.container):
        return None  # a book and an article of the same title are two works
    if a.form == b.form == "full" and a.year and b.year and a.year != b.year and not loose:
        if year_written(a, b.year) or year_written(b, a.year):
            return None  # one note gives the other's edition too ("1968; Neuauflage … 1989")
        if other_editions(a, b):
            return None  # two editions, each with its imprint (Chicago 14.113-14.118)
        if title_similarity(a.title, b.title) >= 95:
            return ("year", a.year, b.year)
    return None


# How the pages of a note citation are written: "p. 45" / "pp. 3-5", "S. 97", or bare "45".
# matches "p. 45", "pp. 3--5", "S.365"; not "45", "xlvi"
_PAGE_PREFIX = re.compile(r"^(?P<prefix>pp?\.|S\.)\s*")

# A dominant form needs this many citations and this share of them.
DOMINANT_COUNT = 3
DOMINANT_SHARE = 0.75


def note_format_deviations(manuscript: Manuscript, rule: Rule) -> Iterable[Finding]:
    """citation-format for note citations: pages written "p. 45" where the document's
    notes write "45" (or the reverse), once a form clearly dominates."""
    styled = [(c, _page_style(c.pages)) for c in manuscript.note_citations if c.pages]
    counts: dict[str, int] = {}
    for _, style in styled:
        counts[style] = counts.get(style, 0) + 1
    if not counts:
        return
    dominant = max(counts, key=lambda k: counts[k])
    if counts[dominant] < DOMINANT_COUNT or counts[dominant] < DOMINANT_SHARE * len(styled):
        return
    for citation, style in styled:
        if style == dominant:
            continue
        bare = _PAGE_PREFIX.sub("", citation.pages)
        expected = bare if dominant == "bare" else f"{_prefix_for(dominant, bare)} {bare}"
        yield rule.finding(
            f"note {citation.note} writes the pages “{citation.pages}”, the other notes "
            f"{_shown(dominant)}: write “{expected}”",
            citation.span,
            data={"note": citation.note, "pages": citation.pages, "dominant": dominant},
            suggestion=expected,
        )


def _page_style(pages: str) -> str:
    prefix = _PAGE_PREFIX.match(pages)
    if not prefix:
        return "bare"
    return "S." if prefix.group("prefix") == "S." else "p."


def _prefix_for(style: str, pages: str) -> str:
    if style == "S.":
        return "S."
    return "pp." if re.search(r"\d\s*[-–,]", pages) else "p."


def _shown(style: str) -> str:
    return {"bare": "bare numbers (“45”)", "p.": "“p. 45”", "S.": "“S. 45”"}[style]


SHORT_FORM_BEFORE_FULL = Rule(
    code="C105",
    name="short-form-before-full",
    severity=Severity.WARNING,
    summary="A note cites a work in short form before any note gives it in full.",
    doc="""What it does: in notes-bibliography style, finds a short form ("Abrahamian, Iran
Between Two Revolutions, 41") or an "op. cit." for a work that no earlier note cites in full.
A full form of another work of the writer does not count: a short title is made of its full
title's words ("Marsh, Glass Orchard" is not of Marsh's "Orchards"). A full form in the body's
first mention with its publication details, or one that announces the short title
("hereafter cited as GO"), counts.
Why it matters: the reader meets the short form first and has nowhere to look it up.
Example: note 9 "Abrahamian, Iran Between Two Revolutions, 41." with no full form in notes 1-8.
Fix: give the full form (author, title, place: publisher, year) at the work's first citation.""",
    check=_short_form_before_full,
)

AMBIGUOUS_IBID = Rule(
    code="C106",
    name="ambiguous-ibid",
    severity=Severity.WARNING,
    summary="An Ibid. whose previous note cites several works, or none.",
    doc="""What it does: finds "Ibid." (ibidem, Idem, Ebd., or an "op. cit."/"Ό.π." that names no
writer) opening a note when the previous note
cites several works, cites none, or when the note opens the notes or a new chapter's notes.
Why it matters: the reader cannot tell which work "the same" is.
Example: note 5 "Ibid., 45." after note 4 "Lewin, Lenin's Last Struggle; Cliff, Lenin".
Fix: write the author and short title instead ("Lewin, Lenin's Last Struggle, 45").""",
    check=_ambiguous_ibid,
)

INCONSISTENT_REFERENCE = Rule(
    code="C107",
    name="inconsistent-reference",
    severity=Severity.WARNING,
    summary="A work is given with a different author spelling or year in two places.",
    doc="""What it does: compares every note citation of a work with the others and with its
bibliography entry, and reports a differently spelt author or a different year.
Why it matters: one of the two is wrong, and the reader may not find the work.
Example: "Mounanda" in note 20 but "Mouanda" in the works-cited list; 1982 in note 4 and
1983 in note 9.
Fix: check the work and make the notes and the bibliography agree.""",
    check=_inconsistent_reference,
    # Off until its precision on unseen notes is measured at 0.9 or better: on the 108
    # Platypus articles it makes no finding, so there is nothing yet to measure it by
    # (docs/note-citations.md). A checker that cries wolf gets switched off.
    default=False,
)

RULES: tuple[Rule, ...] = (SHORT_FORM_BEFORE_FULL, AMBIGUOUS_IBID, INCONSISTENT_REFERENCE)
