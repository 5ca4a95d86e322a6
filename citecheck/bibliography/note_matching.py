"""Works cited in notes matched to bibliography entries by surname, title and year.

A note citation names its work by author and title (a short form by a short title), so an
entry fits when its first author's surname is the citation's (folded, or close enough to
be a misspelling: rapidfuzz ratio >= 80) and either the titles agree (token-set ratio
>= 85, or the short title is contained in the entry's: partial ratio >= 90) or, with no
title to compare, the years agree. Among fitting entries the best title wins. An entry that
fits but spells the surname or gives the year differently is a match with `differences`
(for inconsistent-reference); one that fits nothing gets the closest entry as a suggestion.
Ibid. and its kin name no work and are not matched here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from citecheck.bibliography import fuzzy
from citecheck.bibliography.name_forms import (
    across_scripts,
    genitive_before_title,
    other_scripts,
    same_by_convention,
    sounded_title,
)
from citecheck.bibliography.names import fold
from citecheck.bibliography.note_evidence import (
    cited_text,
    given_names,
    in_order,
    original_years,
    title_written_out,
    written_years,
)
from citecheck.bibliography.note_read_on import with_details
from citecheck.bibliography.note_reading_fit import (
    book_after_in,
    first_written_at,
    marked_titles,
    original_year,
    title_after_name,
    titled_before_container,
    year_written,
)
from citecheck.bibliography.note_title_pieces import entry_title_around
from citecheck.bibliography.note_title_years import (
    year_beyond_title,
    year_in_title,
    years_apart,
)
from citecheck.bibliography.note_unsigned import (
    surname_after_stray_comma,
    unsigned_entry_written_out,
)
from citecheck.model import Author, Note, NoteCitation, Reference

MATCHED = "matched"
MISSING = "missing"

NAME_SIMILARITY = 80
TITLE_SIMILARITY = 85
SHORT_TITLE_SIMILARITY = 90
SUGGESTION_SIMILARITY = 60
# The most words a short title has (Chicago 14.32: "usually no more than four").
SHORT_TITLE_WORDS = 4
# A title given without its author must agree with the entry's as a whole, and closely.
WHOLE_TITLE_SIMILARITY = 90
# A fit by the entry's title written out in the citation's text, not by the title read:
# below every fit by title, above the fits by author and year alone.
WRITTEN_OUT_FIT = 70.0
# A fit by author and year alone, with no title to compare.
YEAR_FIT = 50.0
# A chapter's fit to its book listed alone: below the fits by the chapter's own title and
# by author and year.
CONTAINER_FIT = 45.0
# A fit by the title of the other edition an entry names (a translation's original): below
# every fit by an entry's own title, above a title written out.
OTHER_EDITION_FIT = 80.0

MATCHED_FORMS = frozenset({"full", "short", "op-cit", "loc-cit"})


@dataclass(frozen=True)
class NoteMatch:
    """A note citation and its entry, or a suggestion, with the fields that differ."""

    citation: NoteCitation
    status: str
    reference: Reference | None = None
    suggestion: Reference | None = None
    differences: tuple[tuple[str, str, str], ...] = ()  # (field, as cited, in the entry)


# Latin letters that Unicode does not decompose into a base letter and a mark, written as
# a text without them writes them: "Miłosz" is "Milosz" as "Žižek" is "Zizek".
_UNMARKED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŀ": "l",
     "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"}
)  # fmt: skip


def plain(folded: str) -> str:
    """A folded name or title with the letters above written plainly: "miłosz" -> "milosz"."""
    return folded.translate(_UNMARKED)


@lru_cache(maxsize=4096)
def title_key(title: str) -> str:
    """Lower-case words without diacritics ("Bæven" and "Baeven" alike). Invisible format
    characters (a soft hyphen in a web copy's "Under\xadground") are dropped, not taken for
    a break between words."""
    decomposed = unicodedata.normalize("NFKD", plain(title.lower()))
    kept = "".join(
        c if c.isalnum() else " "
        for c in decomposed
        if not unicodedata.combining(c) and unicodedata.category(c) != "Cf"
    )
    return " ".join(kept.split())


def title_similarity(a: str, b: str, *, short: bool = True) -> float:
    """0-100: how alike two titles are, a leading article aside ("The Progress" is
    "Progress"). With `short`, a short title inside a long one scores high ("Iran" in "Iran
    Between Two Revolutions"); two full titles must agree as wholes ("Lenin" is not "Lenin
    Rediscovered"; "Progress" is not "Progress: Essays and Interventions", a collection
    named after an essay, when their years differ). A short title is taken from the
    main title, never from the subtitle alone (Chicago 14.29): "Evidence" is a short title
    of "Evidence of Leon Trotsky's Collaboration …", not of "Khrushchev Lied: The Evidence
    That …"; one that runs on past the main title is compared with the whole ("Lenin --
    Theoretician" is of "Lenin -- Theoretician of Practice", not of "Lenin: A Study …").
    A short title has at most four words (Chicago 14.32): a longer one inside a main title
    with words of substance it lacks is another work's whole title ("Capitalism Is the End
    of the World" is not "Capitalism Is the End of the World Revisited")."""
    x, y = _compared(a), _compared(b)
    if not x or not y:
        return 0.0
    if x != y and _unhyphenated(a) == _unhyphenated(b):
        return 100.0  # "Neo-liberalism and the State" is "Neoliberalism and the State"
    if years_apart(a, b):
        return min(fuzzy.token_sort_ratio(x, y), TITLE_SIMILARITY - 1.0)  # two periods' works
    if not short:
        return _as_wholes(x, y)
    shorter, longer = (a, b) if len(x) <= len(y) else (b, a)
    main = _compared(main_title(longer))
    short_key = _compared(shorter)
    if len(short_key.split()) > SHORT_TITLE_WORDS and _runs_on(short_key, longer):
        return _as_wholes(x, y)  # too long for a short title: a whole title, of another work
    if main and main != _compared(longer):
        if short_key != main and short_key.startswith(main + " "):
            return _inside(x, y)
        if _subtitle_short(shorter, longer):
            return 100.0  # "Revolutionary Life" of "Ervin Szalay: A Revolutionary Life"
        return max(_inside(short_key, main), fuzzy.token_sort_ratio(x, y))
    return _inside(x, y)


def _subtitle_short(short: str, full: str) -> bool:
    # imported here: `subtitle_shorts` keys titles with this module's `title_key`
    from citecheck.bibliography.subtitle_shorts import subtitle_short

    return subtitle_short(short, full)


# Words of a title that run on from the words before them, no mark between.
# matches " Revisited" after "… End of the World"; not ": Essays", "? Burning", ". The"
_RUN_ON = re.compile(r"\s+\w")


def _runs_on(words: str, title: str) -> bool:
    """True when `title` writes `words` (a title's key) and goes straight on with more words,
    no colon, question mark or full stop between: "… End of the World Revisited"."""
    text = unicodedata.normalize("NFKD", plain(title.lower()))
    text = "".join(
        c for c in text if not unicodedata.combining(c) and unicodedata.category(c) != "Cf"
    )
    found = re.search(r"[\W_]*".join(map(re.escape, words.split())), text)
    return bool(found and _RUN_ON.match(text, found.end()))


# A hyphen or dash joining two parts of a word ("Neo-liberalism", "co‑operative").
_WORD_HYPHEN = re.compile(r"(?<=\w)[-‐‑](?=\w)")


def _unhyphenated(title: str) -> str:
    """The title's key with the hyphens inside words closed up: spelling may join a compound
    or part it ("Neoliberalism" / "Neo-liberalism", "postwar" / "post-war")."""
    return _compared(_WORD_HYPHEN.sub("", title))


def _compared(title: str) -> str:
    """The title's key without a leading article: "The Progress" -> "progress"."""
    key = title_key(title)
    first, _, rest = key.partition(" ")
    return rest if first in LEADING_ARTICLES and rest else key


LEADING_ARTICLES = frozenset({"the", "a", "an"})
# Words a title may gain or lose in copying without naming another work.
FUNCTION_WORDS = frozenset({*LEADING_ARTICLES, "of", "and", "in", "on", "to", "for", "at", "by"})


def _as_wholes(x: str, y: str) -> float:
    """Two full titles compared as wholes: alike when their words are, spelling slips and
    function words aside. A word of substance that only one has makes another work
    ("… Principle" / "… Principle Revisited", a sequel), however alike the strings are."""
    score = fuzzy.token_sort_ratio(x, y)
    if score >= TITLE_SIMILARITY and (_extra_word(x, y) or _extra_word(y, x)):
        return float(TITLE_SIMILARITY - 1)
    return score


def _extra_word(x: str, y: str) -> bool:
    """True when `x` has a word of substance that `y` lacks, even misspelt."""
    words = y.split()
    return any(
        w not in FUNCTION_WORDS and not any(fuzzy.ratio(w, v) >= NAME_SIMILARITY for v in words)
        for w in x.split()
    )


def _inside(x: str, y: str) -> float:
    score = fuzzy.token_set_ratio(x, y)
    if min(len(x), len(y)) >= 4 and fuzzy.partial_ratio(x, y) >= SHORT_TITLE_SIMILARITY:
        score = max(score, float(SHORT_TITLE_SIMILARITY))
    return score


# Where a main title ends and its subtitle begins.
# matches the ":" of "Khrushchev Lied: The Evidence", the "?" of "What Is to Be Done? Burning
# Questions"; not the "?" ending "Why bother to vote?", nor a colon inside "2:1"
_SUBTITLE = re.compile(r"(?<=\w)[:?!](?=\s+\S)|\s[—–]\s|\s--\s")


def main_title(title: str) -> str:
    """The title before its subtitle ("Capital" of "Capital: A Critique of …"), a closing
    "?" or "!" kept; the whole title when it has none."""
    cut = _SUBTITLE.search(title)
    return title[: cut.start() + (1 if title[cut.start()] in "?!" else 0)] if cut else title


def surname_similarity(citation: NoteCitation, reference: Reference) -> float:
    if not citation.authors or not reference.authors:
        return 0.0
    cited = citation.authors[0]
    similarity = max(author_similarity(cited, a) for a in reference.authors)
    if similarity < 100 and _family_name_first(citation, reference):
        return 100.0
    return similarity


def author_similarity(a: Author, b: Author) -> float:
    """`name_similarity` of two authors' folded surnames; a compound name given by its last
    word in one place is the same name ("Jones" / "Stedman Jones", "Marxismus" /
    "Arbeitsgruppe Marxismus"), and so is a name whose family name comes first given by
    that word ("Mao" / "Mao Tse-tung"): 100. A body's name written the same in both is the
    same ("Women In The World Staff"), though the list folds it by its last word."""
    if a.folded != b.folded and plain(fold(a.surname)) == plain(fold(b.surname)):
        return 100.0
    if same_by_convention(a.surname, b.surname):
        # one name written two ways by a convention (name_forms): "Tsipras" / "Τσίπρας" in
        # two scripts, "Δρόσου" / "Δρόσος" declined, "Mueller" / "Müller" (DIN 5007-2)
        return 100.0
    if across_scripts(a.surname, b.surname, slips=1):
        return float(NAME_SIMILARITY)  # the same, one of them misspelt
    return max(
        name_similarity(a.folded, b.folded), 100.0 * _same_compound(a, b), _compound_slip(a, b)
    )


def _compound_slip(a: Author, b: Author) -> float:
    """A name of several words whose last word is the other, one-word name misspelt (a body
    read whole in the note, "Initiative of Left Unionsits", listed by its last word,
    "Unionists"): as alike as those two words, and never the same (a slip to report)."""
    shorter, longer = sorted((a, b), key=lambda n: len(n.surname.split()))
    words = longer.surname.split()
    if len(words) < 2 or len(shorter.surname.split()) != 1:
        return 0.0
    return min(name_similarity(fold(words[-1]), fold(shorter.surname)), 99.0)


def _same_compound(a: Author, b: Author) -> bool:
    """One name is the other's last word or words ("Jones" / "Stedman Jones", "vom Hagen" /
    "E. P. vom Hagen", initials read with it), or a one-word name is its first word ("Mao" /
    "Mao Tse-tung")."""
    shorter, longer = sorted((a, b), key=lambda n: len(n.surname.split()))
    words = [plain(fold(w)) for w in longer.surname.split()]
    short = [plain(fold(w)) for w in shorter.surname.split()]
    if len(words) < 2 or not short or len(short) >= len(words):
        return False
    return words[-len(short) :] == short or (len(short) == 1 and words[0] == short[0])


def _family_name_first(citation: NoteCitation, reference: Reference) -> bool:
    """The entry lists the cited person under a name the note writes before the one read as
    the surname: the family name first ("Mao Zedong" read as "Zedong", listed as "Mao"; "Kim
    Il-sung"). Only the capitalised words right before the surname count, so another
    person's name in the note does not."""
    if not citation.authors or not reference.authors:
        return False
    before = given_names(citation, citation.authors[0].surname)
    return bool(before) and plain(reference.authors[0].folded) in {plain(fold(w)) for w in before}


def name_similarity(a: str, b: str) -> float:
    """rapidfuzz's ratio, but a slip of one letter (or two swapped: "Mrax") in a short
    name, or two in a long one, counts as close: ratio alone puts "Marx"/"Mrax" at 50.
    Letters written plainly are the same ("miłosz"/"milosz")."""
    a, b = plain(a), plain(b)
    if a == b:
        return 100.0
    slips = fuzzy.osa_distance(a, b)
    if slips <= (1 if min(len(a), len(b)) <= 6 else 2):
        return max(fuzzy.ratio(a, b), float(NAME_SIMILARITY))
    return fuzzy.ratio(a, b)


def matchable(citation: NoteCitation) -> bool:
    return citation.form in MATCHED_FORMS and bool(citation.authors or citation.title)


def match_note_citations(
    citations: Sequence[NoteCitation],
    references: Sequence[Reference],
    notes: Sequence[Note] = (),
    text: str = "",
) -> tuple[NoteMatch, ...]:
    """One match per matchable note citation, in order. Given the manuscript's notes and
    `text`, a citation is matched by its text run on over the details and the edition the
    note gives after it (note_read_on); each match holds the citation as read."""
    if not text:
        return _match(tuple(c for c in citations if matchable(c)), tuple(references))
    pairs = [
        (c, e)
        for c, e in zip(citations, with_details(citations, notes, text), strict=True)
        if matchable(c)
    ]
    matched = list(_match(tuple(e for _, e in pairs), tuple(references)))
    texts = _NoteTexts(notes, text)
    for k, ((_, read), match) in enumerate(zip(pairs, matched, strict=True)):
        if match.status == MISSING:
            named = _entry_named_in_note(read, tuple(references), texts.around(read))
            if named is None:
                around, at = texts.around_at(read)
                named = entry_title_around(read, references, around, at, title_key)
            if named is None:
                named = _work_cited_before(read, [e for _, e in pairs[:k]], matched[:k])
            if named is not None:
                matched[k] = NoteMatch(read, MATCHED, named)  # the reading's names aside
    matched = _parts_listed_apart(matched)
    return tuple(replace(m, citation=c) for (c, _), m in zip(pairs, matched, strict=True))


def _parts_listed_apart(matches: list[NoteMatch]) -> list[NoteMatch]:
    """A chapter fits its book's entry only where the list gives the book alone (Chicago
    14.107). A list that gives another chapter of that book an entry of its own lists the
    book's parts one by one (Chicago's cross-referenced contributions, MLA's), so a chapter
    of it without an entry is missing; its book is suggested."""
    apart = {
        _compared(m.citation.container)
        for m in matches
        if m.status == MATCHED
        and m.reference is not None
        and m.citation.container
        and m.citation.title
        and title_similarity(m.citation.title, m.reference.title) >= TITLE_SIMILARITY
        and title_similarity(m.citation.container, m.reference.title, short=False)
        < TITLE_SIMILARITY
    }
    if not apart:
        return matches
    kept = []
    for m in matches:
        reference = m.reference
        if (
            m.status == MATCHED
            and reference is not None
            and _in_book_listed_apart(m.citation, reference, apart)
        ):
            m = NoteMatch(m.citation, MISSING, suggestion=reference)
        kept.append(m)
    return kept


def _in_book_listed_apart(citation: NoteCitation, reference: Reference, apart: set[str]) -> bool:
    """The citation matched its book's entry (a container read as the entry's title), not
    its own, and another citation's container is that book, written alike (folded, a
    leading article aside: a set, so the check is linear in the notes)."""
    if not citation.title or not citation.container or not reference.title:
        return False
    if title_similarity(citation.title, reference.title) >= TITLE_SIMILARITY:
        return False
    if title_similarity(citation.container, reference.title, short=False) < TITLE_SIMILARITY:
        return False
    return _compared(citation.container) in apart


def _work_cited_before(
    citation: NoteCitation, earlier: Sequence[NoteCitation], matches: Sequence[NoteMatch]
) -> Reference | None:
    """The entry of the work an op. cit. with no title points back to: the last one matched
    before it under that writer's name, written alike or by a convention ("a.a.O." after a
    letter's date, "Brief von Paul Weber an …, 3. Mai 1932, a.a.O.", is the collection the
    earlier letter was cited in, however the list gives it: under the writer, or under its
    editor). An op. cit. of a writer whose earlier work matched no entry stays missing."""
    if citation.form not in ("op-cit", "loc-cit") or citation.title or not citation.authors:
        return None
    cited = citation.authors[0]
    for before, match in zip(reversed(earlier), reversed(matches), strict=True):
        if match.status != MATCHED or match.reference is None or not before.authors:
            continue
        if author_similarity(cited, before.authors[0]) == 100:
            return match.reference
    return None


# How much of a note before a citation, and after it, is looked at for its writer's name.
NOTE_REACH = 1_500


class _NoteTexts:
    """Each note's text by its number, for the words around a citation."""

    def __init__(self, notes: Sequence[Note], text: str) -> None:
        self.spans = {n.number: n.text_span for n in notes}
        self.text = text

    def around(self, citation: NoteCitation) -> str:
        return self.around_at(citation)[0]

    def around_at(self, citation: NoteCitation) -> tuple[str, int]:
        """The words around the citation, and where the citation starts in them."""
        span = self.spans.get(citation.note)
        if span is None or not span.contains(citation.span.start):
            return "", 0
        start = max(span.start, citation.span.start - NOTE_REACH)
        end = min(span.end, citation.span.end + NOTE_REACH)
        return self.text[start:end], citation.span.start - start


def _entry_named_in_note(
    citation: NoteCitation, references: tuple[Reference, ...], note_text: str
) -> Reference | None:
    """The entry a full form that fits no entry cites when its note names the entry's first
    author (before the title, in a lead-in: "Weyrich, whose book on this is the classic:
    *The Iron Calendar* (London: Harwood, 1976)") and the citation gives the entry's title
    whole and no other year: the reader took another name near the title for its author.
    Not a review (its reviewer's work), and not a title that adds a word of substance
    ("*The Iron Calendar Revisited*" is another work)."""
    if citation.form != "full" or not citation.title or not note_text:
        return None
    if _reviews_a_work(citation):
        return None
    words = _words_beside_titles(citation, note_text)
    for reference in references:
        if not (reference.authors and reference.title) or _years_disagree(citation, reference):
            continue
        if _slip_of(citation, reference):
            continue
        surname = title_key(reference.authors[0].surname).split()
        if not surname or surname[-1] not in words:
            continue
        if title_similarity(
            citation.title, reference.title, short=False
        ) >= TITLE_SIMILARITY or title_written_out(citation, reference.title, title_key):
            return reference
    return None


@lru_cache(maxsize=8)
def _match(
    citations: tuple[NoteCitation, ...], references: tuple[Reference, ...]
) -> tuple[NoteMatch, ...]:
    return tuple(_match_one(c, references) for c in citations)


def _match_one(citation: NoteCitation, references: tuple[Reference, ...]) -> NoteMatch:
    best: tuple[float, Reference] | None = None
    closest: tuple[float, Reference] | None = None
    for reference in references:
        score = _fit(citation, reference)
        if score is not None and (best is None or score > best[0]):
            best = (score, reference)
        near = _nearness(citation, reference)
        if near >= SUGGESTION_SIMILARITY and (closest is None or near > closest[0]):
            closest = (near, reference)
    if best is None:
        named = _entry_written_out(citation, references)
        if named is not None:
            # the names read are another person's; the year read is still the note's
            year = tuple(d for d in _differences(citation, named) if d[0] == "year")
            return NoteMatch(citation, MATCHED, named, differences=year)
        named = _entry_by_title_alone(citation, references)
        if named is not None:
            return NoteMatch(citation, MATCHED, named)  # the reading's names and year aside
        return NoteMatch(citation, MISSING, suggestion=closest[1] if closest else None)
    reference = best[1]
    return NoteMatch(citation, MATCHED, reference, differences=_differences(citation, reference))


# A review's cue: the reviewed book is named, the review is cited.
# matches "review of", "Reviewed by", "Rezension", "besprochen", "βιβλιοκρισία",
# "compte rendu"; not "Review" in "*Harbour Review*" (a journal's name)
_REVIEW = re.compile(
    r"\b(?:[Rr]eview(?:ed)?\s+(?:of|by|in)|[Rr]ezension|besprochen|βιβλιοκρισί|[Cc]ompte\s+rendu)"
)


def _reviews_a_work(citation: NoteCitation) -> bool:
    """The citation is a review of the work whose title it gives: a review's cue before the
    title read ("Ruth Bell, review of *The Iron Calendar*"). A cue after the title names
    another work (a review of the book cited, given after it), and a cue inside a marked
    title is a journal's name ("*Review of International Studies*")."""
    text = citation.text
    at = text.find(citation.title) if citation.title else -1
    marked = [m.span() for m in _MARKED_TITLE.finditer(text)]
    for cue in _REVIEW.finditer(text):
        if at >= 0 and cue.start() > at:
            break
        if not any(start <= cue.start() < end for start, end in marked):
            return True
    return False


def _entry_written_out(
    citation: NoteCitation, references: tuple[Reference, ...]
) -> Reference | None:
    """The entry whose first author's surname and whole title the citation's own text
    writes, when no entry fits the reading: the reader took another name for the author
    ("Ruth Bell, trans., *The Iron Calendar*, by Anton Weyrich" read as Bell's), and the
    work the note cites is listed. Its names are not trusted for a difference; its year,
    the note's own, is (`_match_one`)."""
    if citation.form != "full" or not citation.title or _reviews_a_work(citation):
        return None  # a review is its reviewer's work, not the book's (Chicago 14.215)
    words = _words_beside_titles(citation, cited_text(citation))
    for reference in references:
        if not (reference.authors and reference.title) or _slip_of(citation, reference):
            continue
        surname = title_key(reference.authors[0].surname).split()
        if (
            surname
            and surname[-1] in words
            and title_written_out(citation, reference.title, title_key)
        ):
            return reference
    return None


# Why the reader doubts the writer it read (NoteCitation.unsure): a name taken from the
# prose, from before a cue or a quotation, carried from an earlier citation, an editor's or
# an original's, or an inverted name that may be a title's first words.
WRITER_DOUBTS = (
    "author in prose",
    "author named before the cue",
    "author carried from before",
    "writer of the quotation before",
    "after a quotation",
    "inverted names",
    "editors as authors",
    "the editor after the title",
    "the original's writer",
)


def _entry_by_title_alone(
    citation: NoteCitation, references: tuple[Reference, ...]
) -> Reference | None:
    """The entry whose specific title a full form gives whole, with no other year, when the
    reader doubts the writer it read and no entry fits it ("Tom Reed, introduction to
    *Harbour Lights of the Northern Ports* (London: Corran, 2001)" read as Reed's, listed
    under Vell): a misreading of the writer, not a work missing from the list. A name
    read with no doubt stays the writer's; a review is its reviewer's work (Chicago
    14.215); and a name that is the entry's writer's misspelt is a slip to report."""
    if citation.form != "full" or not citation.authors or not citation.title:
        return None
    if not any(doubt in citation.unsure for doubt in WRITER_DOUBTS):
        return None
    if _reviews_a_work(citation) or not _specific_title(citation.title):
        return None
    fitting = [
        r
        for r in references
        if r.authors
        and r.title
        and not _years_disagree(citation, r)
        and not _slip_of(citation, r)
        and title_similarity(citation.title, r.title, short=False) >= WHOLE_TITLE_SIMILARITY
    ]
    return fitting[0] if len(fitting) == 1 else None


def _slip_of(citation: NoteCitation, reference: Reference) -> bool:
    """The name read is the entry's writer's misspelt ("Arbeitsgruppe Marixsmus"), not
    another person's: a slip to report, which the fallbacks must not pass over."""
    return bool(citation.authors) and any(
        author_similarity(citation.authors[0], a) >= SUGGESTION_SIMILARITY
        for a in reference.authors
    )


def _words_beside_titles(citation: NoteCitation, text: str) -> set[str]:
    """The words of `text` without the citation's title and container: a writer's name in
    a journal's name ("*Marxismus* 28") names no writer."""
    for part in (citation.title, citation.container):
        if part:
            text = text.replace(part, " ")
    return set(title_key(text).split())


def _fit(citation: NoteCitation, reference: Reference) -> float | None:
    """A score when the entry is the cited work (or the book that holds it), else None."""
    score = _fit_as_work(citation, reference)
    return _fit_by_container(citation, reference) if score is None else score


def _fit_by_container(citation: NoteCitation, reference: Reference) -> float | None:
    """A chapter or an essay cited in full with its book, where the list gives the book
    only (Chicago 14.107): the entry whose title is the citation's container as a whole,
    listed under the chapter's author or under an editor the citation names ("Rosa
    Luxemburg, “The Junius Pamphlet,” in *Rosa Luxemburg Speaks*, ed. Mary-Alice Waters …"
    and "Waters, *Rosa Luxemburg Speaks*, 1970."). Below every fit by the work's own title."""
    if citation.form != "full" or not citation.container or not reference.title:
        return None
    if _years_disagree(citation, reference):
        return None
    if title_similarity(citation.container, reference.title, short=False) < TITLE_SIMILARITY:
        return None
    if surname_similarity(citation, reference) >= NAME_SIMILARITY or _names_listed_author(
        citation, reference
    ):
        return CONTAINER_FIT
    return None


def _names_listed_author(citation: NoteCitation, reference: Reference) -> bool:
    """The citation's text names the entry's first author (an editor of the container)."""
    if not reference.authors:
        return False
    listed = reference.authors[0].folded
    return any(fold(word) == listed for word in title_key(cited_text(citation)).split())


def _fit_as_work(citation: NoteCitation, reference: Reference) -> float | None:
    if citation.authors and unsigned_entry_written_out(citation, reference, title_key):
        return WRITTEN_OUT_FIT - 10  # an unsigned work, whatever name was read with it
    names = surname_similarity(citation, reference)
    if names < NAME_SIMILARITY and surname_after_stray_comma(citation, reference):
        names = 100.0  # "Sidney, Tarrow": a stray comma, not an inverted name
    by_later_name = False
    if citation.authors and names < NAME_SIMILARITY:
        # An editor or translator read before the author ("Hoare and Gramsci"): the entry's
        # author among the names read vouches only with the entry's title.
        names = _later_name_similarity(citation, reference)
        if names < NAME_SIMILARITY:
            return _book_by_its_editor(citation, reference)
        by_later_name = True
    if not citation.authors and reference.authors:
        return _fit_by_title_alone(citation, reference)
    if citation.title and reference.title:
        # Two full titles of different years must agree as wholes ("Lenin" is not "Lenin
        # Rediscovered"); a full form without a year, or an entry without one, is no
        # disagreement, so a title read in part may still fit the entry's.
        short = (
            citation.form != "full"
            or not _years_differ(citation, reference)
            or _letter_date(citation, reference.year)
            or year_in_title(citation.year, reference.title)
        )
        similarity = title_similarity(citation.title, reference.title, short=short)
        if similarity < TITLE_SIMILARITY and other_scripts(citation.title, reference.title):
            # a title transliterated in one place ("O dromos" / "Ο δρόμος")
            similarity = title_similarity(
                sounded_title(citation.title), sounded_title(reference.title), short=short
            )
        if similarity < TITLE_SIMILARITY and _other_edition_fits(citation, reference):
            return OTHER_EDITION_FIT + names / 10 - 5 * by_later_name
        if similarity >= TITLE_SIMILARITY:
            # of two titles the short one fits ("Lenin": *Lenin*, *Lenin Rediscovered*),
            # the one giving the year read, then the one alike as a whole, wins
            whole = fuzzy.token_sort_ratio(title_key(citation.title), title_key(reference.title))
            same_year = citation.year == reference.year
            return similarity + names / 10 + same_year / 2 + whole / 1000 - 5 * by_later_name
    if reference.title and title_written_out(citation, reference.title, title_key):
        # the reader read the title in part, or a part; the first title written wins
        at = first_written_at(citation, reference.title, title_key)
        return WRITTEN_OUT_FIT + names / 10 - min(at, 50) / 100 - 5 * by_later_name
    if (
        citation.title
        and reference.title
        and not _years_differ(citation, reference)
        and book_after_in(citation, reference, title_key)
    ):
        return CONTAINER_FIT + names / 10 - 5 * by_later_name  # the book the part is in
    if by_later_name and reference.title:
        return None  # a later name vouches by a title; by a year only for an untitled entry
    if (
        citation.title
        and reference.title
        and not _years_differ(citation, reference)
        and titled_before_container(citation, reference, title_key)
    ):
        return WRITTEN_OUT_FIT + names / 10  # the container read for the title
    letter = _letter_in(citation, reference)
    if letter is not None:
        return letter + names / 10
    if citation.title and reference.title:
        return None
    if citation.year and reference.year and not _years_differ(citation, reference):
        if citation.title and citation.year != reference.year:
            return None  # a titled work and an untitled entry: only the year read decides
        if names == 100 and not _names_another_work(citation, reference):
            return YEAR_FIT + names / 10
        return None
    if not citation.title and not citation.year and names == 100:
        return 40.0  # "Slater, 73": an author alone, the only one of that name
    return None


def _other_edition_fits(citation: NoteCitation, reference: Reference) -> bool:
    """The citation gives, whole, the title of the other edition the entry names after its
    own (a translation's original: "Originally published as *L'Année du tisserand* (Paris:
    Minuit, 1979)", Chicago 14.109), with that edition's year, the entry's, or none."""
    other = reference.field("other_title")
    if not other or title_similarity(citation.title, other, short=False) < TITLE_SIMILARITY:
        return False
    return citation.year in ("", reference.year, reference.field("other_year"))


def _book_by_its_editor(citation: NoteCitation, reference: Reference) -> float | None:
    """A part cited in its book, which the list gives under the book's editor alone: the
    citation writes the entry's title whole after "in" and names the entry's first author
    ("Ann Bell: Salz. In: Tom Reed (Hg.): Hafenleben im Norden. Berlin 2001, S. 33." and
    "Reed, Tom (Hg.): Hafenleben im Norden. Berlin 2001."; Chicago 14.107, DIN 1505-2
    "In:"), though the reader read no container; the book's title specific enough to be
    looked for (`book_after_in`). Below every fit by the work's own title."""
    if citation.form != "full" or not citation.title or not reference.title:
        return None
    if _years_differ(citation, reference) or not _names_listed_author(citation, reference):
        return None
    return CONTAINER_FIT if book_after_in(citation, reference, title_key) else None


def _names_another_work(citation: NoteCitation, reference: Reference) -> bool:
    """No title read, but the note names a work that is not the entry: the title it marks
    right after the author ("Adorno, “Critique,” in …" is not *Progress* of the same year),
    or, where the entry's year is only written beside the year read, any title it marks
    ("Marx to Engels, 16 April 1856, in *Selected Correspondence* (…, 1975)" is not
    *Capital*, 1975)."""
    if not reference.title:
        return False
    named = title_after_name(citation)
    marked = [named] if named else []
    if citation.year != reference.year:
        marked += marked_titles(citation)
    return bool(marked) and not any(
        title_similarity(t, reference.title) >= TITLE_SIMILARITY for t in marked
    )


def _later_name_similarity(citation: NoteCitation, reference: Reference) -> float:
    """How alike the entry's authors are to a name read after the first."""
    if len(citation.authors) < 2 or not reference.authors:
        return 0.0
    return max(author_similarity(c, a) for c in citation.authors[1:] for a in reference.authors)


def _letter_in(citation: NoteCitation, reference: Reference) -> float | None:
    """A letter read by its date alone ("Marx to Engels, 16 April 1856, in Karl Marx and
    Frederick Engels, *Selected Correspondence* (Moscow: Progress, 1975)"): the list gives
    the collection, whose title the citation writes out (as a title written out fits), or,
    when it marks no title, whose year it writes after the letter's date (as a year fits)."""
    if citation.title or "a letter" not in citation.unsure or not reference.title:
        return None
    text = title_key(cited_text(citation)).split()
    words = title_key(reference.title).split()
    if in_order(words, text) is not None:
        return WRITTEN_OUT_FIT + min(len(words), 10) / 2  # the longest title written wins
    marked = [m.group().strip("*_“”") for m in _MARKED_TITLE.finditer(cited_text(citation))]
    if any(title_similarity(t, reference.title) >= TITLE_SIMILARITY for t in marked):
        return WRITTEN_OUT_FIT
    if marked:
        return None  # the note names its collection, and it is not this entry's title
    written = written_years(citation)
    after = written[written.index(citation.year) + 1 :] if citation.year in written else written
    return YEAR_FIT if reference.year and reference.year in after else None


# A title marked in the note's text: italics or quotation marks.
# matches "*Selected Correspondence*", "“Letters”", "_Werke_"; not "Bd. 29", "2*3"
_MARKED_TITLE = re.compile(r"\*[^*\s][^*]*\*|“[^”]+”|(?<!\w)_[^_]+_(?!\w)")


def _fit_by_title_alone(citation: NoteCitation, reference: Reference) -> float | None:
    """A full form read without its author (named after the title, or in prose: "“The End of
    Philosophy and the Task of Thinking” (1964), in *Basic Writings* …, Heidegger") is the
    entry whose specific title it gives whole."""
    if citation.form != "full" or not _specific_title(citation.title):
        return None
    if title_similarity(citation.title, reference.title, short=False) < WHOLE_TITLE_SIMILARITY:
        return None
    return WRITTEN_OUT_FIT - 10


def _specific_title(title: str) -> bool:
    """A title long enough to name one work alone: three words, twelve letters."""
    words = title_key(title).split()
    return len(words) >= 3 and len("".join(words)) >= 12


def _years_disagree(citation: NoteCitation, reference: Reference) -> bool:
    return bool(citation.year and reference.year and citation.year != reference.year)


def _years_differ(citation: NoteCitation, reference: Reference) -> bool:
    """The years differ and the citation does not write the entry's up to its imprint (an
    original's year read where the list gives the edition's agrees: "(1923; repr. 1971)").
    For the work's own fit; a chapter's book must give the year read."""
    return not year_written(citation, reference.year)


def _nearness(citation: NoteCitation, reference: Reference) -> float:
    names = surname_similarity(citation, reference) if citation.authors else 50.0
    title = title_similarity(citation.title, reference.title) if citation.title else 50.0
    return (names + title) / 2


def _loose_year(citation: NoteCitation, listed: str) -> bool:
    """A year read from a bare "(1962)" beside the title, earlier than the entry's, may be
    the original's; the date of a letter read without its collection is the letter's."""
    beside = original_year(citation) and citation.year < listed
    return (
        beside
        or ("a letter" in citation.unsure and not citation.title)
        or _letter_date(citation, listed)
    )


def _letter_date(citation: NoteCitation, listed: str) -> bool:
    """A letter read with its collection's title, no imprint, and a year before the entry's:
    the year is the letter's date ("Engels to Schmidt, 10/27/1890, in *Selected
    Correspondence*, 481." of a collection listed 1942), no year of the collection to
    compare. With an imprint the year read is the collection's, and it is compared."""
    return (
        "a letter" in citation.unsure
        and "no publication details" in citation.unsure
        and bool(citation.year and listed)
        and citation.year < listed
    )


def year_difference(citation: NoteCitation, listed: str) -> str:
    """The year the full form gives where it disagrees with the entry's `listed` year, else
    "". The entry's year written in the citation up to its imprint agrees: an original, a
    reprint or a translation ("(1867; London: Penguin, 1976)", "1920; repr. 2005"); a year
    after the imprint is another publication's ("excerpts in *The Nation* (July 7, 2003)").
    Where the reader's year is loose (the original's beside the title, a letter's date), the
    last year written after it is the edition's ("(July 30, 1939) in *Writings …* (New
    York, 1978)")."""
    if citation.form != "full" or not citation.year or not listed:
        return ""
    if not _loose_year(citation, listed):
        if citation.year == listed or listed in written_years(citation, citation.year):
            return ""
        if listed in original_years(citation):
            return ""  # "…, 1976), first published in German in 1867" listed 1867
        return citation.year
    written = written_years(citation)
    if listed in written:
        return ""
    after = written[written.index(citation.year) + 1 :] if citation.year in written else ()
    later = [y for y in after if y > citation.year]
    return later[-1] if later else ""


def _differences(citation: NoteCitation, reference: Reference) -> tuple[tuple[str, str, str], ...]:
    found = []
    if citation.authors and reference.authors:
        cited = citation.authors[0]
        listed = max(reference.authors, key=lambda a: author_similarity(cited, a))
        close = author_similarity(cited, listed) >= NAME_SIMILARITY  # not the book's editor
        same = (
            plain(cited.folded) == plain(listed.folded)
            or _same_compound(cited, listed)
            or plain(fold(cited.surname)) == plain(fold(listed.surname))  # a body's name
            or same_by_convention(cited.surname, listed.surname)  # "Δρόσου" / "Δρόσος"
            or genitive_before_title(cited.surname, listed.surname, citation.text)  # "Wendls *…*"
        )
        if close and not same:
            found.append(("author", cited.surname, listed.surname))
    year = year_difference(citation, reference.year)
    if year and year == reference.field("other_year"):
        year = ""  # the year of the other edition the entry names (a translation's original)
    if year and year_in_title(year, reference.title):
        year = year_beyond_title(written_years(citation), reference.title, reference.year)
    if year:
        found.append(("year", year, reference.year))
    return tuple(found)
