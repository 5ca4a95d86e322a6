"""Author-year citations in the body and the notes ("Cliff, 1974, pp118-119").

Candidates come from the patterns in `citation_patterns`; a candidate becomes a citation
only when its names are not stop words ("April 1970"), it does not continue a longer
proper noun ("Tony Cliff, 1974", "Labour Press, 1917"), it is not a publisher's imprint
("London: Bookmarks, 2009"), and, written without a comma ("Harman 2009"), it has a
locator, an opening bracket or a cue ("see") to vouch for it. In the body, where "Petrograd,
1917" and a heading "Hungary, 1956" are places and dates, the comma form needs evidence too
(`_vouched_in_body`); in the notes it is the usual form and needs none. The evidence is
syntactic only, so that what is found never depends on the bibliography. The REFERENCES
section is left to the reference-list parser. Pandoc and LaTeX citations come from
`citation_keys`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace

from citecheck.bibliography.names import PARTICLES, author
from citecheck.extract.author_year_nouns import common_noun, common_nouns
from citecheck.extract.citation_keys import find_keyed_citations
from citecheck.extract.citation_patterns import (
    AUTHOR_INTRODUCERS,
    BARE_CITATION,
    BODY_CUE,
    CAPTION_OPEN,
    CONJUNCT_BEFORE,
    CUE_WORDS,
    DOCTRINE,
    GATHERING_BEFORE,
    IMPRINT_BEFORE,
    KIND_OF_WORK,
    LIST_CONTINUES,
    NARRATIVE_CITATION,
    OPENING,
    PLACE_JOIN_BEFORE,
    PLACE_PREPOSITIONS,
    PLAIN_TITLE_BEFORE,
    POSSESSIVE_THING_BEFORE,
    POSSESSIVES,
    PUBLISHER_BEFORE,
    SENTENCE_OPENERS,
    SPACED_CUE,
    STOP_WORDS,
    TITLE_BEFORE,
    TITLE_CONTINUES_BEFORE,
    TITLE_OPENERS,
    TITLE_WORDS,
    VOLUME_BEFORE,
    WRITER_AFTER,
)
from citecheck.extract.greek_oblique_writers import nominatives
from citecheck.extract.imprint_evidence import NO_EVIDENCE, ImprintEvidence
from citecheck.extract.imprint_words import is_imprint_word, is_periodical_part
from citecheck.extract.same_writer_dates import Writer, same_writer_citations
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, Citation, Note, Paragraph, Section, SourceText, Span
from citecheck.spans import SpanSet

# Splits an author list into surnames.
# matches ", ", " and ", " & ", " und ", " u. ", " και ", "/" (German "Fraser/Honneth"); not
# "-" inside "Tengely-Evans"
_AUTHOR_SPLIT = re.compile(
    r"\s*,\s*(?:(?:and|&|und|u\.|και)\s+)?|\s+(?:and|&|und|u\.|και)\s+|\s?/\s?"
)

# The word just before a candidate, and whether a comma stands between.
# matches "Tony " (word "Tony"), "Moscow, " (word "Moscow", comma); not "1974; "
_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_][\w.’']*)(?P<comma>\s*,)?\s*$")

# An English article opening the bracket before the names: an author-date citation gives
# the writer's name alone ("(Vell 1917)", Chicago 15.5, APA 8.11), so "the" there is a
# title's article ("[The State and Revolution, 1917]": a work and its year, no writer).
# matches "[The " in "[The State and Revolution, 1917]", "(see the " in "(see the State …";
# not "the " in "the Vell and Cole (1990) model" (a narrative citation), "[Vell, 1917]"
_ARTICLE_OPENS_BRACKET = lazy_compile(r"[\[(]\s*+(?:(?i:see|cf\.)\s++(?:also\s++)?)?(?i:the)\s++$")

# Splits a name into the words checked against the stop words.
# matches " " in "Winter Palace", "-" in "Mid-April"; not "’" in "O’Brien"
_NAME_PARTS = re.compile(r"[\s-]+")

# A run of digits, written "#" in a citation's pattern.
# matches "118" and "119" in "pp118-119"; not "pp"
_DIGITS = re.compile(r"\d+")

_SCANNED = (Section.BODY, Section.NOTES)

# Only a note's number or Markdown label before a citation: "40 Harman 1967." is the whole
# note, a citation; so is "[^4]: Honneth 2015." (or nothing, where a reader masked the label).
# matches "40 ", "[3] ", "12. ", "¹² ", "[^4]: ", "[^fn-a]: ", ""; not "40 see ", "in "
_NOTE_NUMBER_ONLY = re.compile(
    r"\s*(?:\[\^[^\]\s]{1,40}\]:|(?P<number>\[\d{1,3}\]|\d{1,3}[.)]?|[¹²³⁰⁴⁵⁶⁷⁸⁹]{1,3}))?\s*"
)

# A number standing alone right before the candidate: the candidate is the noun it counts
# ("12,5 Prozent, 2004", "30 Millionen (1933)", "38 Million, 1933"), not a writer. A bare
# four-digit number is left out: "In 1917 Lenin (1918) wrote" may cite.
# matches "12,5 ", "30 ", "1,000,000 ", "2.5 "; not "1917 ", "revolution.12 ", "p12 "
_QUANTITY_BEFORE = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:[.,\u00a0\u202f]\d{3})+|\d+[.,]\d+|\d{1,3}|\d{5,})\s+$"
)

# An issue's number right after the year: the candidate is a periodical, its year and its
# issue (DIN 1505-2 "Zeitschrift 1979, H. 3"; Chicago 14.171 "no."; Greek "τχ."), which an
# author-date citation never follows with ("Kolb 1979, S. 4" gives a page).
# matches ", Nr. 12", ", H. 3", " Heft 3", ", no. 12", ", τχ. 12", ", τεύχος 4"; not ", S. 4",
# ", p. 12", ", 45", ", Nrn"
_ISSUE_AFTER = re.compile(
    r"""[^\S\n]*+,?[^\S\n]*+(?:Nr\.|No\.|no\.|H\.|Heft|Hefte|Ausg\.|Ausgabe|issue|τχ\.|τεύχος|αρ\.)
        [^\S\n]*+\d""",
    re.VERBOSE,
)

# How far back an unclosed "(" or "[" is looked for: a parenthetical citation group is short,
# and a bound keeps the scan linear however long the paragraph.
_BRACKET_REACH = 300

# A year as both citation patterns' YEAR reads it (same `\d`, so Unicode digits alike).
# Each pattern's match holds one inside the paragraph, so a paragraph without one holds no
# candidate and its two scans are skipped: exact, and most body paragraphs have no year.
# matches "1974" in "Cliff, 1974", "2009" in "20091"; not "1499", "192"
_ANY_YEAR = lazy_compile(r"1[5-9]\d\d|20\d\d")

# An opening bracket, spaces and a year, as `NARRATIVE_CITATION` reads them (its namesep
# `\s*+\(\s*+` and then its YEAR's digits): each of its matches holds one, so a paragraph
# without one is not scanned for it. Exact, and most paragraphs with a year have none.
# matches "( 1974" in "Cliff ( 1974)", "(1965" in "Cliff (1965a)"; not "(see 1974)", "1974"
_BRACKET_YEAR = lazy_compile(r"\(\s*(?:1[5-9]\d\d|20\d\d)")

# How far back on its line a candidate looks for an open caption (a bound keeps it linear).
_CAPTION_REACH = 1000

# How far back `_inside_name` reads for the start of a word (a bound keeps it linear).
_NAME_REACH = 200


def find_citations(
    source: SourceText,
    claimed: Sequence[Span] = (),
    writers: Sequence[Writer] = (),
    evidence: ImprintEvidence = NO_EVIDENCE,
) -> tuple[Citation, ...]:
    """Citations in the body and notes, in document order; note citations carry `note`.

    `claimed` are spans another reader has read (works cited in full in a note): no
    author-year citation is taken inside them, so "London, 2015" in an imprint stays out.
    `writers` are the writers that reader read in the notes, by position: a "ders. 2015: 4"
    after one of them is theirs. `evidence` holds the words the document's own imprints use
    as a place or a publisher: "Harrogate, 1999" is no citation where a note printed
    "(Harrogate: Smith, 1999)" (`imprint_evidence`).
    """
    text = source.masked
    paragraphs = [p for p in source.paragraphs if p.section in _SCANNED]
    found = list(find_keyed_citations(source, [p.span for p in paragraphs]))
    # What is taken is looked up by bisection: a loop over it was quadratic on a paragraph
    # holding thousands of citations ("Cliff, 1974; Harman, 2009; …").
    taken = SpanSet(c.span for c in found)
    for paragraph in paragraphs:
        for citation in _author_year(text, paragraph, evidence):
            if not taken.overlaps(citation.span):
                found.append(citation)
                taken.add(citation.span)
    notes = sorted(source.notes, key=lambda n: n.span.start)
    starts = [n.span.start for n in notes]
    claimed_spans = SpanSet(claimed)
    located = [
        _with_note(c, notes, starts)
        for c in found
        if c.key is not None or not claimed_spans.overlaps(c.span)
    ]
    in_notes = [p for p in paragraphs if p.section is Section.NOTES]
    read = sorted(
        [
            *writers,
            *((c.span.start, c.authors) for c in located if c.note is not None and c.authors),
        ],
        key=lambda w: w[0],
    )
    for span in claimed:
        taken.add(span)
    located += [
        _with_note(c, notes, starts)
        for c in same_writer_citations(text, in_notes, starts, read, taken)
    ]
    return tuple(sorted(located, key=lambda c: c.span))


def _author_year(
    text: str, paragraph: Paragraph, evidence: ImprintEvidence = NO_EVIDENCE
) -> Iterable[Citation]:
    span = paragraph.span
    if not _ANY_YEAR.search(text, span.start, span.end):
        return
    body = paragraph.section is Section.BODY
    narrative: list[Citation] = []
    bracketed = _BRACKET_YEAR.search(text, span.start, span.end) is not None
    for match in NARRATIVE_CITATION.finditer(text, span.start, span.end) if bracketed else ():
        citation = _accept(text, span, match, evidence, narrative=True, body=body)
        if citation and not _document_imprint(citation, evidence, narrative=True):
            narrative.append(citation)
    yield from narrative
    narrative_spans = SpanSet(n.span for n in narrative)
    for match in BARE_CITATION.finditer(text, span.start, span.end):
        citation = _accept(text, span, match, evidence, narrative=False, body=body)
        if _document_imprint(citation, evidence):
            continue
        if citation and not narrative_spans.overlaps(citation.span):
            yield citation


def _document_imprint(
    citation: Citation | None, evidence: ImprintEvidence, narrative: bool = False
) -> bool:
    """The citation's name is a place or publisher of the document's own imprints, which
    the document names as no author: "Harrogate, 1999." after "(Harrogate: Smith, 1999)"."""
    return citation is not None and any(
        evidence.not_author(a.surname, narrative) for a in citation.authors
    )


def _alone_in_note(text: str, span: Span, line_before: str, match: re.Match[str]) -> bool:
    """The candidate is all its note, or its note's first citation, says: "40 Harman 1967.",
    "[^4]: Honneth et al. 2015; …" (a citation lacking its comma), perhaps with a bare page
    after a comma, as Chicago author-date gives it in a note ("Smith 1990, 45.")."""
    opening = _NOTE_NUMBER_ONLY.fullmatch(line_before)
    if opening is None:
        return False
    end = match.end("suffix") if match.group("suffix") else match.end("year")
    line_end = text.find("\n", end, span.end)
    rest = text[end : span.end if line_end < 0 else line_end]
    alone = _ALONE_REST.fullmatch(rest.split(";", 1)[0].strip())
    if alone is None:
        return False
    # After a plain-text note's number the note is the citation ("40 Harman 1967."); after
    # a Markdown label a name and a year alone may be a place and a date ("Prag 1968."), so
    # a page or "et al." must vouch for it
    return bool(opening.group("number") or alone.group("page") or match.group("etal"))


# What may follow a citation that is all its note says: nothing, a full stop, a bare page.
# matches "", ".", ", 45.", ", 45-47", ", S. 12f."; not "nach Berlin zog.", ", the year"
_ALONE_REST = re.compile(
    r"""(?P<page>,\s*(?:pp?\.\s?|S\.\s?|σ(?:σ|ελ)?\.\s?)?\d{1,5}
          (?:\s?[-–]{1,2}\s?\d{1,5})?(?:\s?ff?\.?)?)?\.?""",
    re.VERBOSE,
)


def _accept(
    text: str,
    span: Span,
    match: re.Match[str],
    evidence: ImprintEvidence,
    *,
    narrative: bool,
    body: bool,
) -> Citation | None:
    start = match.start()
    names = [n for n in _AUTHOR_SPLIT.split(match.group("authors")) if n]
    if any(_is_stop_word(name) for name in names):
        return None
    if "/" in match.group("authors") and any(_abbreviated(name) for name in names):
        return None  # "Frankfurt/M 1987": a place and its abbreviated river, not two authors
    if not body and any(_imprint_word(name) for name in names):
        return None  # "London, 2015", "Suhrkamp 1970", "Θεμέλιο, 1978", "Heft, 1979"
    if len(names) > 1 and all(_imprint_word(name) for name in names):
        return None  # "In Berlin und Wien (1999)": places joined as writers are, in prose too
    if start > span.start and not OPENING.match(text, start - 1):
        return None
    if _inside_name(text, span.start, start):
        return None
    before = text[max(span.start, start - 80) : start]
    line_before = before.rsplit("\n", 1)[-1]
    if IMPRINT_BEFORE.search(line_before) or _continues_proper_noun(before):
        return None
    if _QUANTITY_BEFORE.search(line_before) and not _NOTE_NUMBER_ONLY.fullmatch(line_before):
        return None  # "12,5 Prozent, 2004": a quantity's noun, not a writer
    if PUBLISHER_BEFORE.search(line_before) or VOLUME_BEFORE.search(line_before):
        return None  # "published by Pathfinder (1974)", "Bd. 13, Frankfurt 1989": imprints
    previous = _WORD_BEFORE.search(before)
    locator, locator_separator = _locator(match)
    page_in_bracket = narrative and bool(locator)
    if _ARTICLE_OPENS_BRACKET.search(line_before):
        return None  # "[The State and Revolution, 1917]": a title and its year
    if common_nouns(names, match.group("authors"), before, page_in_bracket, evidence):
        return None  # "Krieg und Frieden 1999", "die Revolution (1918)": nouns, not writers
    if _after_opener(before, previous) and any(common_noun(name) for name in names):
        return None  # "Laut Statistik (1999)": a cue's noun, not a writer
    if previous and previous.group("word") in PLACE_PREPOSITIONS:
        return None  # "an instrument maker at Florence (1711)": a place and a date
    if PLACE_JOIN_BEFORE.search(line_before):
        return None  # "Frankfurt am Main (1970)": a place of several words and a date
    if _title_or_thing(before, previous) or _next_title_or_thing(before, previous):
        return None
    if POSSESSIVE_THING_BEFORE.search(before):
        return None  # "Lenin's April Theses (1917)": a thing of Lenin's and its year
    if GATHERING_BEFORE.search(line_before) and not match.group("locator"):
        return None  # "the Second Congress (Moscow, 1920)": where and when it met
    if narrative and _work_then_writer(text, match, previous):
        return None  # "In Literature and Revolution (1924), Trotsky pointed out": a mention
    if narrative and TITLE_CONTINUES_BEFORE.search(line_before):
        return None  # "the book Lenin as Philosopher (1938)": a plain title and its year
    if narrative and previous and previous.group("word").lower() in TITLE_WORDS:
        if not before.rstrip().lower().endswith("according to"):
            return None
    name_separator = _normalise_separator(match.group("namesep"))
    if not narrative and name_separator == " " and not locator:
        alone = not body and _alone_in_note(text, span, line_before, match)
        if not (alone or _opens_group(before) or SPACED_CUE.search(before)):
            return None
    if not narrative and name_separator == " " and _page_mark(locator):
        # "Honneth 2015, S. 12" where a citation starts; "… Klassenbewusstsein. Neuwied
        # 1970, S. 12" is a place, a year and a page after a title
        if not (_at_start(line_before, body) or _opens_group(before) or SPACED_CUE.search(before)):
            return None
    end = match.end("suffix") if match.group("suffix") else match.end("year")
    if not body and not narrative and _ISSUE_AFTER.match(text, end):
        return None  # "Vgl. Hafenblatt 1979, Nr. 12, S. 4": a periodical's issue
    if narrative:
        end = match.end()
    elif locator:
        end = match.end("locator")
    if not narrative and _imprint_after_title(text, span, match, line_before, locator, end):
        return None
    if body and not narrative and name_separator == ", ":
        if not _vouched_in_body(text, span, match, before, locator, end):
            return None
    if not body and not narrative and name_separator == ", " and _in_prose(previous):
        if not _vouched_in_body(text, span, match, before, locator, end):
            return None  # "Trotsky wrote this in Coyoacán, 1938": a place and a date
    if _in_caption(text, span.start, start) and not (locator or match.group("etal")):
        if not (BODY_CUE.search(before) or SPACED_CUE.search(before)):
            return None  # "{{% figure caption="… in Petrograd (1921)" %}}": the picture's date
    return Citation(
        text=text[start:end],
        span=Span(start, end),
        authors=tuple(_authors(nominatives(names, _word(previous), evidence))),
        year=match.group("year"),
        suffix=match.group("suffix") or "",
        locator=locator,
        pattern=_pattern(name_separator, locator_separator, locator, narrative),
        note=None,
        et_al=bool(match.group("etal")),
        form="narrative" if narrative else "bare",
        name_separator="(" if narrative else name_separator,
        locator_separator=locator_separator,
    )


def _title_or_thing(before: str, previous: re.Match[str] | None) -> bool:
    """True when the words just before the candidate make it a title or a thing, not an
    author: a kind of work ("the film Downfall (2004)"), a possessive ("their Gotha (1875)"),
    a function word capitalised inside a sentence ("also in For Marx (1965)") or "or"
    between capitalised words ("Reform or Revolution (1900)")."""
    if previous is None or previous.group("comma"):
        return False
    word = previous.group("word")
    lower = word.lower()
    if lower in KIND_OF_WORK or lower in POSSESSIVES:
        return True
    ahead = before[: previous.start()].rstrip()
    if word[0].isupper() and lower in TITLE_OPENERS:
        return bool(ahead) and (ahead[-1].islower() or ahead[-1] == ",")
    if lower == "or":
        earlier = _WORD_BEFORE.search(ahead)
        return bool(earlier and not earlier.group("comma") and earlier.group("word")[0].isupper())
    return False


def _next_title_or_thing(before: str, previous: re.Match[str] | None) -> bool:
    """True when the candidate is the second item of a list whose first item is a title or
    a thing and its year: "their Gotha (1875) and Erfurt (1891) programmes"."""
    if previous is None or previous.group("word") not in ("and", "or"):
        return False
    first = CONJUNCT_BEFORE.match(before[-_BRACKET_REACH:])
    if first is None:
        return False
    return _title_or_thing(first.group("head"), _WORD_BEFORE.search(first.group("head")))


def _in_caption(text: str, floor: int, start: int) -> bool:
    """True when the candidate stands in a figure's caption or an image's alt text on its
    line: there a name and a year date the picture ("Clara Zetkin in Petrograd (1921)"), and
    only a cue or a page makes them a citation ("Source: see Smith (1990), p. 4")."""
    line_start = max(floor, start - _CAPTION_REACH, text.rfind("\n", floor, start) + 1)
    return bool(CAPTION_OPEN.search(text, line_start, start))


def _in_prose(previous: re.Match[str] | None) -> bool:
    """True when a lower-case word of prose stands just before the candidate in a note, not
    one that introduces an author ("by", "see", "and"): "written in Coyoacán, 1938" is a
    place and a date where "made by de Beauvoir, 1949" cites; a particle ("van") is part
    of the name."""
    if previous is None:
        return False
    word = previous.group("word")
    lower = word.lower()
    return word[0].islower() and lower not in AUTHOR_INTRODUCERS and lower not in PARTICLES


def _work_then_writer(text: str, match: re.Match[str], previous: re.Match[str] | None) -> bool:
    """A sentence's opening "In", a bracketed year with no page, then the writer as the
    subject: the bracket dates a work named in passing ("In Literature and Revolution
    (1924), Trotsky pointed out"), not a citation ("In Cliff (1974: 12), Harman …")."""
    if previous is None or previous.group("word") != "In" or match.group("locator"):
        return False
    return WRITER_AFTER.match(text, match.end()) is not None


def _imprint_word(name: str) -> bool:
    """A name whose last word is a place, a publisher, a journal or a periodical's part."""
    words = name.split()
    return bool(words) and (is_imprint_word(words[-1]) or is_periodical_part(words[-1]))


def _abbreviated(name: str) -> bool:
    """One letter, as an abbreviation gives it ("M" of "Frankfurt/M")."""
    return len(name.strip()) < 2


# German and Greek page marks: a page after them makes "Name Year" a candidate, which only
# a citation's place (its note's start, a bracket, a ";" or a cue) makes a citation.
# matches "S. 12", "σ. 45", "σελ. 3"; not "p. 12", "12"
_FOREIGN_PAGE = re.compile(r"(?:S|σσ?|σελ)\.")


def _page_mark(locator: str) -> bool:
    return bool(locator) and _FOREIGN_PAGE.match(locator) is not None


def _at_start(line_before: str, body: bool) -> bool:
    """The candidate opens its note: nothing before it on its line but the note's number or
    masked label ("[^4]: " is masked to spaces)."""
    return not body and _NOTE_NUMBER_ONLY.fullmatch(line_before) is not None


def _is_stop_word(name: str) -> bool:
    parts = _NAME_PARTS.split(name)
    return any(p.lower().strip("’'") in STOP_WORDS or DOCTRINE.match(p) for p in parts)


def _inside_name(text: str, floor: int, start: int) -> bool:
    """True when the candidate starts inside a capitalised hyphenated or apostrophised
    word ("Ab-Ab-Ab-…-Ab 1974", "O’O’…"): the patterns stop reading a name after a few
    parts, so such a word, too long to be a surname, would otherwise be cited from its middle."""
    if start - 2 < floor or text[start - 1] not in "-’'" or not text[start - 2].isalpha():
        return False
    i = start - 1
    while i > floor and (text[i - 1].isalpha() or text[i - 1] in "-’'"):
        i -= 1
        if start - i > _NAME_REACH:
            return True  # longer than any surname
    return text[i].isupper()


def _continues_proper_noun(before: str) -> bool:
    """True after a capitalised word that is not a cue or function word: "Tony Cliff",
    "Moscow, Russia", but not "As Cliff (1974)" or "See Cliff, 1974"."""
    previous = _WORD_BEFORE.search(before)
    if not previous:
        return False
    word = previous.group("word")
    if word.endswith(".") and len(word) > 2:
        return False  # the end of the previous sentence, "…in the USSR. Cliff, 1974"
    lower = word.lower()
    if lower in SENTENCE_OPENERS and _sentence_start(before[: previous.start()]):
        return False  # "Wie Marx und Engels (1848)", "Nach Varga (1999)": no given name
    return word[0].isupper() and not {lower, lower.rstrip(".")} & (CUE_WORDS | STOP_WORDS)


def _after_opener(before: str, previous: re.Match[str] | None) -> bool:
    """A capitalised German or Greek word opens the sentence just before the candidate."""
    if previous is None or not previous.group("word")[0].isupper():
        return False
    word = previous.group("word").lower()
    return word in SENTENCE_OPENERS and _sentence_start(before[: previous.start()])


# What ends a sentence, or opens one, before its first word.
# matches "… 1999. ", "(", "„", ": ", "— "; not "das Buch ", "12, "
_SENTENCE_BEFORE = re.compile(r"(?:[.!?:;(\[„“\"«—–]|^)\s*$")


def _sentence_start(ahead: str) -> bool:
    """Nothing but a sentence's end, an opening mark, a line's start or a note's number
    stands in `ahead`, the text before a word: the word opens its sentence."""
    line = ahead.rsplit("\n", 1)[-1]
    return bool(_SENTENCE_BEFORE.search(line) or _NOTE_NUMBER_ONLY.fullmatch(line))


def _word(previous: re.Match[str] | None) -> str:
    return previous.group("word") if previous else ""


def _imprint_after_title(
    text: str, span: Span, match: re.Match[str], line_before: str, locator: str, end: int
) -> bool:
    """True when the candidate is all of a bracket opened right after an italic title, or a
    plain one after a kind of work: "*Hypernormalisation* (BBC, 2016)", "the documentary
    Hypernormalisation (BBC, 2016)", "*Capital* (Penguin, 1976)" give a broadcaster or a
    publisher and a year. A page, "et al." or a second citation in the bracket make it a
    citation ("*Capital* (Marx, 1867, p. 12)", "(Marx, 1867; Engels, 1878)")."""
    if locator or match.group("etal"):
        return False
    if not (TITLE_BEFORE.search(line_before) or PLAIN_TITLE_BEFORE.search(line_before)):
        return False
    rest = text[end : min(span.end, end + 3)].lstrip()
    return rest[:1] in (")", "]")


def _vouched_in_body(
    text: str, span: Span, match: re.Match[str], before: str, locator: str, end: int
) -> bool:
    """Evidence that a bare "Name, Year" in the body is a citation, not a place and a date:
    "et al.", a page or chapter locator ("Cliff, 1974, p7"), a cue before it ("see", "quoted
    in"), an unclosed bracket ("(Cliff, 1974)") or a list of citations around it
    ("Cliff, 1974; Harman, 2009")."""
    return bool(
        match.group("etal")
        or (locator and not locator[0].isdigit())
        or before.rstrip().endswith(";")
        or BODY_CUE.search(before)
        or LIST_CONTINUES.match(text, end, span.end)
        or _inside_brackets(text, span, match.start(), end)
    )


def _inside_brackets(text: str, span: Span, start: int, end: int) -> bool:
    """True when an unclosed "(" or "[" stands before `start` in the paragraph, and a "["
    is not a Markdown link's text ("[Moscow, 1918](…)")."""
    depth = 0
    for i in range(start - 1, max(span.start, start - _BRACKET_REACH) - 1, -1):
        char = text[i]
        if char in ")]":
            depth += 1
        elif char in "([":
            if depth:
                depth -= 1
                continue
            if char == "(":
                return True
            close = text.find("]", end, min(span.end, end + _BRACKET_REACH))
            return close == -1 or text[close + 1 : close + 2] != "("
    return False


def _opens_group(before: str) -> bool:
    """Right after "(", "[" or ";", the usual places of a parenthetical citation."""
    stripped = before.rstrip()
    return stripped.endswith(("(", "[", ";"))


def _locator(match: re.Match[str]) -> tuple[str, str]:
    locator = match.group("locator")
    if not locator:
        return "", ""
    separator = _normalise_separator(match.group("locsep"))
    if locator[0].isdigit() and separator != ": ":
        return "", ""  # a bare number after a comma may be anything: only ": 118" is a page
    return locator, separator


def _normalise_separator(separator: str) -> str:
    if "," in separator:
        return ", "
    if ":" in separator:
        return ": "
    if "(" in separator:
        return " ("
    return " "


def _pattern(name_separator: str, locator_separator: str, locator: str, narrative: bool) -> str:
    """The punctuation shape: "A, Y, p#", "A Y, p#", "A (Y: #)"."""
    shape = "A" + name_separator + "Y"
    if locator:
        shape += locator_separator + _DIGITS.sub("#", locator)
    return shape + (")" if narrative else "")


def _authors(names: list[str]) -> Iterable[Author]:
    for name in names:
        yield author(name)


def _with_note(citation: Citation, notes: list[Note], starts: list[int]) -> Citation:
    i = bisect_right(starts, citation.span.start) - 1
    if i >= 0 and notes[i].span.contains(citation.span.start):
        return replace(citation, note=notes[i].number)
    return citation
