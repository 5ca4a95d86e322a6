"""Works cited bibliography-style in brackets inside a note's prose: "… a precondition of
Marx (Marx, Karl, *Capital: Vol. I*, 2nd ed. (Marxists.org): http://…; Lenin, V. I., “On the
Significance of Militant Materialism,” trans. … (Marxists.org): http://…)". The segments
split at ";" outside brackets only, so such a bracket is read here, each of its ";" parts
a work when it opens with an inverted name ("Surname, Given,") and gives a marked title:
an inverted name is a bibliography's, not prose's."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from citecheck.extract.citation_patterns import NAME_WORD, UPPER
from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_german import open_imprint_at
from citecheck.extract.note_greek import GREEK_CAPITALS
from citecheck.extract.note_greek_names import greek_given_name
from citecheck.extract.note_imprint_parts import open_imprint_after_parts
from citecheck.extract.note_parenthetical import matching_bracket
from citecheck.extract.note_patterns import GIVEN_PERSON, INVERTED_NAMES, MARKED_TITLE
from citecheck.extract.note_plain_titles import imprint_after
from citecheck.extract.note_unsigned_leads import paper_and_day
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

ReadAt = Callable[[str, int, int, int, int], "NoteCitation | None"]

# A short form alone in a bracket, as after a quotation: a surname, a marked title and a
# page (Chicago 13.68), perhaps "emphasis added".
# matches "Marx, *Capital*, 255 *emphasis added*", "Lukács, “Reification,” 83", Greek
# "Βαρδάκας, «Η πόλη», σ. 9" (read with "p."); not "Lenin,
# *Collected Works*" (no page), "Paris, 1871", "Marx, Karl, *Capital*, 12" (read above)
SHORT_IN_BRACKET = lazy_compile(
    rf"""(?P<surname>{NAME_WORD}),\s+(?:\*[^*\s][^*]{{0,150}}\*|“[^”]{{1,150}}”|«[^»]{{1,150}}»),?\s+
        (?:(?:pp?|(?-i:Sp?))\.\s*)?\d{{1,4}}(?:\s*[-–]+\s*\d{{1,4}})?
        (?:,?\s*[*_]?(?i:emphasis\s+(?:added|in\s+(?:the\s+)?original))[*_]?)?\s*""",
    re.VERBOSE,
)

# The same with a plain title, as a web copy leaves it (italics lost): the title is bounded by
# the writer's comma and the page's comma at the bracket's end (Chicago 13.68, 14.30). It
# opens with a capital and holds no comma, bracket or ";", and a letter word (no year alone).
# A bracket that is a sentence of its own keeps its full stop ("… (Hallorey, Der Hafen, S. 45.)").
# matches "Hallorey, The quiet harbour, p. 45", "Χαλλορή, Το ήσυχο λιμάνι, p. 45" (the note's
# "σ." read as "p."), "Χαλλορή, Η πόλη, p. 9" (an article of one letter first), "Hallorey,
# Der stille Hafen, S. 45"; not "Hallorey, 1998, p. 45" (a
# year: author-date), "Paris, 1871", "Hallorey, op. cit., p. 45", "Marx, Capital, Vol. I, 12"
PLAIN_SHORT_IN_BRACKET = lazy_compile(
    rf"""(?P<surname>{NAME_WORD}),\s++
        (?P<title>[{UPPER}](?:[^\W\d]|[ ][^\W\d])[^,;()\[\]*“”"]{{0,150}}+),\s*+
        (?:(?:pp?|(?-i:Sp?))\.\s*)?\d{{1,4}}(?:\s*[-–]+\s*\d{{1,4}})?(?:\s?ff?\.)?\s*\.?\s*""",
    re.VERBOSE,
)

# Brackets looked at per segment, and the longest bracket read: the reading stays linear.
_MOST_BRACKETS = 20
_LONGEST = 1_000


def bracketed_works(s: str, offset: int, note: int, read_at: ReadAt) -> list[NoteCitation]:
    """The works given with an inverted name in the top-level brackets of segment `s` (at
    `offset` in the note), in order."""
    found: list[NoteCitation] = []
    at = s.find("(")
    tried = 0
    while at >= 0 and tried < _MOST_BRACKETS:
        tried += 1
        closing = _closing(s, at)
        for start, end in _parts(s, at + 1, closing):
            start += len(s[start:end]) - len(s[start:end].lstrip())
            short = SHORT_IN_BRACKET.fullmatch(s, start, end)
            if short is not None and "«" in short.group() and is_imprint_word(short["surname"]):
                short = None  # "(Αθήνα, «Η Αυγή», σ. 9)": a place and a paper, no writer
            inverted = INVERTED_NAMES.match(s, start, end)
            plain_short = PLAIN_SHORT_IN_BRACKET.fullmatch(s, start, end)
            given = None
            greek_plain = False
            after_quotation = at == _after_quotation(s)
            if after_quotation:
                given = _GIVEN_THEN_TITLE.match(s, start, end) or inverted
            elif inverted is None and short is None:
                given = _GIVEN_THEN_MARKED.match(s, start, end) or _named_then_marked(
                    s, at, start, end
                )
                if given is None and (given := _greek_plain(s, start, end)) is not None:
                    greek_plain = True
                if given is None and plain_short is None and not _GREEK_OPENING.match(s, start):
                    # a web copy's "(Tomas Verrell, Quiet Years, London: Dale, 1990, 45)":
                    # the title plain, vouched for by its imprint (below); a Greek-lettered
                    # person needs an initial or a given name (`_greek_plain`), since a
                    # body's name ("Ελληνική Στατιστική Αρχή") has a person's shape
                    given = _GIVEN_THEN_PLAIN.match(s, start, end)
            if inverted is None and short is None and given is None and plain_short is None:
                if (
                    unsigned := _unsigned_source(s, at, start, end, offset, note, read_at)
                ) is not None:
                    found.append(unsigned)  # "… said as much (“…,” *Courier*, June 2, 1991)"
                continue
            citation = read_at(s[:end], start, offset, offset + end, note)
            if citation is None or not citation.authors:
                continue
            if plain_short is not None and citation.title_style == "plain":
                # "(Hallorey, The quiet harbour, p. 45)": a web copy's short form, its title
                # the words between the writer's comma and the page's
                if (
                    citation.form == "short"
                    and citation.title == plain_short["title"].strip()
                    and not _imprint_words(citation)
                ):
                    found.append(citation)
            elif greek_plain:
                # "… (Ε. Βαρδάκας, Η πόλη και το κράτος, Πέλαγος, Αθήνα 1990, σ. 9)": a web
                # copy's Greek full form in brackets, its plain title vouched for by its imprint
                # and a publisher or a page ("(Μ. Ντελόγλου, Πρόεδρος του Συλλόγου, Αθήνα
                # 1990)" is a person's office, a place and a year)
                imprint = citation.form == "full" and citation.year and citation.place
                if imprint and (citation.publisher or citation.pages):
                    found.append(citation)
            elif given is not None and not after_quotation:
                # "… never answered (Tomas Verrell, “…,” *Harbour Review* 12 (1990): 4)": a
                # full form in brackets after prose, vouched for by its periodical or imprint
                if _vouched_full_form(citation, s, given.end() - 1, end):
                    found.append(citation)
                elif citation.title_style == "plain" and _plain_vouched(s, citation, given, end):
                    found.append(citation)
            elif inverted is not None and citation.title_style == "plain":
                # "(Hallorey, Marta, The Quiet Harbour, ed. … (New York: Norton, 1991), p. 71)":
                # an inverted name, its plain title vouched for by a place and a year, or by
                # the work's address ("(Vell, Tomas, Harbour Lights, 2nd ed. (Marxists.org):
                # http://…)", a bibliography's entry set in the prose's brackets)
                imprint = citation.year and citation.place
                if citation.form == "full" and (imprint or _addressed(citation)):
                    found.append(citation)
            elif given is not None and short is None and citation.title_style == "plain":
                # "„…“ (Jakob Wendel: Die Stadt als Beute, Berlin 1999, S. 4)": the source
                # after a quotation, its title plain, vouched for by a place and a year
                if citation.form == "full" and citation.year and citation.place:
                    found.append(citation)
            elif citation.title_style != "plain":
                if short is None or (citation.form == "short" and citation.title):
                    found.append(citation)
        at = s.find("(", closing)
    return found


# A cue perhaps, then the opening mark of a title: an unsigned work's source in a bracket.
# matches "“" in "(“Harbour Trade Falls,” …", "see *" in "(see *The Long Shore* [...", "cf. “";
# not "Vell, “" (a writer), "p. 41" (no title)
_UNSIGNED_OPENING = lazy_compile(r"(?:(?i:see(?:\s++also)?|cf\.|compare)\s++)?(?=[“\"‘*_])")

# Words that open a sentence without naming anyone: articles, pronouns, prepositions,
# conjunctions. A capitalised word elsewhere in the prose before the bracket may be the
# work's writer ("Vell returned to it (“…,” *Review* …)"), whom an unsigned reading would
# lose, or a place: such a bracket is left alone.
_OPENERS = frozenset(
    """a an the this that these those it its their his her our my one some many most
    in on at for from by with after before during until since as while when where though
    although but and or yet so then thus hence here there what which who all both each
    such no not only even also later earlier""".split()
)


def _unsigned_source(
    s: str, at: int, start: int, end: int, offset: int, note: int, read_at: ReadAt
) -> NoteCitation | None:
    """An unsigned piece set in brackets inside prose that names no one, its marked title
    vouched for by a periodical and a date (Chicago 14.37–14.40, 14.207): "The trade never
    recovered; the town paper said as much (“Harbour Trade Falls,” *The Leeds Courier*, June
    2, 1991)". A book with its imprint is left alone ("(see *The Long Shore* [Leeds: …,
    1991], 12)"): books are signed, and their writer is named elsewhere in such a note."""
    opening = _UNSIGNED_OPENING.match(s, start, end)
    if opening is None or at == 0 or not _names_no_one(s[:at]):
        return None
    citation = read_at(s[:end], opening.end(), offset, offset + end, note)
    if citation is None or citation.authors or not citation.title:
        return None
    if citation.place and not citation.container:
        return None  # a book: its writer is named elsewhere in the note, as a rule
    if not _vouched_full_form(citation, s, opening.end(), end):
        return None
    unsure = "; ".join(u for u in (citation.unsure, "an unsigned source in brackets") if u)
    return replace(citation, unsure=unsure)


def _names_no_one(prose: str) -> bool:
    """The prose before a bracket has no capitalised word but a sentence opener first."""
    words = re.findall(r"[^\W\d_][\w’'-]*", prose)
    capitals = [i for i, w in enumerate(words) if w[0].isupper()]
    return all(i == 0 and words[0].lower() in _OPENERS for i in capitals)


def _addressed(citation: NoteCitation) -> bool:
    """A plain title's reading whose address is written out, its "surname" no place's or
    publisher's ("(Leeds, England, Harbour Lights, http://…)" is an address's place)."""
    return citation.url.startswith(("http", "www")) and not _imprint_words(citation)


def _imprint_words(citation: NoteCitation) -> bool:
    """A plain short form's "surname" is a place or publisher ("London, The Strand, 45"), or
    its title is nothing but such words ("Verso, New York, 45"): an address, not a work."""
    if any(is_imprint_word(a.surname) for a in citation.authors):
        return True
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", citation.title or "") if w[:1].isupper()]
    return bool(words) and all(is_imprint_word(w) for w in words)


# A person with given names, then a colon or a comma and a title's first letter: a work's
# source in the bracket after a quotation.
# matches "Jakob Wendel: D", "Jakob Wendel, „D", "J. Wendel, The"; not "Wendel: D" (a
# surname alone), "Jakob Wendel 1999" (author-year: `citations.py`)
_GIVEN_THEN_TITLE = lazy_compile(rf"{GIVEN_PERSON}\s*+[:,]\s++[{UPPER}“‘*_]")

# A person with given names, a comma and a marked title's opening: a full note form set in
# brackets inside prose (Chicago 14.x: "Given Surname, “Title,” *Journal* 12 (1990)").
# matches "Tomas Verrell, “D", "Ada Pinchley and Tomas Verrell, *T"; not "Tomas Verrell,
# Secretary" (no mark), "Verrell, “D" (a surname alone), "Tomas Verrell, *Harbour Times*
# editor" (read, but no title with a periodical after it: `_vouched_full_form`)
_GIVEN_THEN_MARKED = lazy_compile(
    rf"{GIVEN_PERSON}(?:\s++(?:and|&)\s++{GIVEN_PERSON})?,\s++[“\"‘*_]"
)

# A surname alone, a comma and a marked title's opening: a full form in brackets whose
# writer the sentence has named before it ("Ferran himself, in an interview (Ferran, “…,”
# *Critique* 104 [1977]: 31–38), said …"). matches "Ferran, “E"; not "Ferran, Paris"
_SURNAME_THEN_MARKED = lazy_compile(rf"(?P<surname>{NAME_WORD}),\s++[“\"‘*_]")


def _named_then_marked(s: str, bracket: int, start: int, end: int) -> re.Match[str] | None:
    """A surname and a marked title opening a bracket's part, the surname written in the
    segment before the bracket (a writer named in prose gives the bracket's full form)."""
    found = _SURNAME_THEN_MARKED.match(s, start, end)
    if found is None or is_imprint_word(found["surname"]):
        return None
    named = re.search(rf"(?<![\w'’-]){re.escape(found['surname'])}(?![\w-])", s[:bracket])
    return found if named is not None else None


# The same with a plain title (a web copy's): a person with given names, a comma and a
# capital. matches "Γ. Πάνου, Η", "Tomas Verrell, Quiet"; not "Verrell, Quiet" (a surname
# alone), "Tomas Verrell, “Q" (marked: `_GIVEN_THEN_MARKED`)
_GIVEN_THEN_PLAIN = lazy_compile(rf"{GIVEN_PERSON},\s++[{UPPER}]")


def _plain_vouched(s: str, citation: NoteCitation, given: re.Match[str], end: int) -> bool:
    """A web copy's plain title right after the writer's comma, its imprint right after it
    (open, perhaps after a translator's or editor's clause, or in brackets), and a place and
    a year read: "(Γ. Πάνου, Η πόλη, μτφρ. Ν. Καρράς, Αθήνα: Κέδρος, 1998, σ. 45)"."""
    if "author in prose" in citation.unsure:
        return False  # read across a bridge ("…, in …"): not a note's full form
    title_at = s.find(citation.title, given.end() - 1, end)
    if title_at != given.end() - 1 or not _dated_with_place(citation):
        return False
    after = title_at + len(citation.title)
    return bool(
        imprint_after(s[:end], after)
        or open_imprint_at(s[:end], after)
        or open_imprint_after_parts(s[:end], after)
    )


def _dated_with_place(citation: NoteCitation) -> bool:
    """A full form whose imprint gives a place and a year, its title no imprint's word: a
    plain title in brackets is a work's only so ("(Tom Rudd, London, 1990)" is a person, a
    place and a year)."""
    first = citation.title.split()[0] if citation.title else ""
    return (
        citation.form == "full"
        and bool(citation.year and citation.place)
        and not is_imprint_word(first.strip(".,:"))
    )


# A Greek-lettered person, a comma and a Greek capital: a plain title after the writer in
# a bracket inside Greek prose (a web copy leaves the title unmarked).
# matches "Ε. Βαρδάκας, Η", "Ευστάθιος Βαρδάκας, Η"; not "Tomas Verrell, The" (Latin letters:
# `_GIVEN_THEN_MARKED` wants a mark there), "Αθήνα, Κέδρος" (one word)
_GREEK_GIVEN_PLAIN = lazy_compile(rf"(?P<person>{GIVEN_PERSON}),\s++[{GREEK_CAPITALS}]")

# A Greek capital opening a bracket's part: its person is `_greek_plain`'s to read.
_GREEK_OPENING = lazy_compile(rf"[{GREEK_CAPITALS}]")

# A Greek initial ("Ε.", "Θ.", "Γκ.").
_GREEK_INITIAL = lazy_compile(rf"[{GREEK_CAPITALS}][α-ω]?\.")


def _greek_plain(s: str, start: int, end: int) -> re.Match[str] | None:
    """A Greek person shown by an initial or a given name, then a comma and a plain title, at
    `start`: "Ε. Βαρδάκας, Η πόλη …", "Ευστάθιος Βαρδάκας, Η πόλη …"; not "Εκδόσεις Κέδρος,
    Αθήνα" (a publisher: no initial, no given name)."""
    found = _GREEK_GIVEN_PLAIN.match(s, start, end)
    if found is None:
        return None
    first = found.group("person").split()[0]
    return found if _GREEK_INITIAL.fullmatch(first) or greek_given_name(first) else None


def _vouched_full_form(citation: NoteCitation, s: str, title_at: int, end: int) -> bool:
    """A full form with a marked title, a year, and a periodical or an imprint's place (or,
    in a web copy, a plain paper of two words or more and its day after the quoted title):
    a film, a play or a person's office with a year alone is no citation."""
    if not (
        citation.form == "full"
        and citation.title_style in ("italic", "quoted")
        and bool(citation.year)
    ):
        return False
    if citation.container or citation.place:
        return True
    title = MARKED_TITLE.match(s, title_at, end)
    return title is not None and paper_and_day(s[:end], title.end())


# A quotation opening the segment and closing right before a bracket.
# matches '“Die Stadt frisst ihre Kinder” (' ; not "Wendel (" (no quotation), '“A,” she said ('
_QUOTATION_THEN_BRACKET = lazy_compile(r"[“\"‘][^“”\"]{1,600}?[”\"’][.,]?\s*\(")


def _after_quotation(s: str) -> int:
    """Where the bracket after a quotation opening the segment opens, or -1."""
    found = _QUOTATION_THEN_BRACKET.match(s)
    return found.end() - 1 if found else -1


def quotation_before(s: str, work: NoteCitation, offset: int) -> bool:
    """`work` is only the quotation opening segment `s` (no writer: its text, not a title),
    read so because a bracket with its source follows."""
    found = _QUOTATION_THEN_BRACKET.match(s)
    return (
        found is not None
        and not work.authors
        and work.span.start - offset <= 1
        and bool(work.title)
        and work.title in s[: found.end()]
    )


def _closing(s: str, opening: int) -> int:
    """Where the bracket opened at `opening` closes, or where reading stops."""
    closing = matching_bracket(s, opening, _LONGEST)
    return min(len(s), opening + _LONGEST) if closing is None else closing


def _parts(s: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ";"-separated parts of s[start:end] at the bracket's own depth."""
    parts = []
    depth = 0
    begin = start
    for i in range(start, end):
        if s[i] == "(":
            depth += 1
        elif s[i] == ")":
            depth -= 1
        elif s[i] == ";" and depth == 0:
            parts.append((begin, i))
            begin = i + 1
    parts.append((begin, end))
    return parts
