"""A misspelt author or another year in a note the reader could not read as a citation.

inconsistent-reference compares the note citations the reader read with their entries. A
note it could not read ("As Luxmeburg put it in 1915 in *The Crisis of German Social
Democracy* (…)", "the political scientist J. P. Ntetl, in the essay “The German Social
Democratic Party 1890--1914 as Political Model” (…)") still names an entry's work: its
title written out whole, and just before it a name one slip from the entry's author. That
name is the author misspelt ("Mounanda" for "Mouanda"), unless it is another listed author.
The years the note gives after the title, before the next ";", are the work's: when none is
the entry's, the last is another year ("(in *Past and Present* 30 [April 1966], 65--95)" for
an entry of 1965), unless it is only a bare "(1942)" beside the title, earlier than the
entry's year: the original's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from citecheck.bibliography.names import author
from citecheck.bibliography.note_evidence import stands_at, words_end
from citecheck.bibliography.note_matching import name_similarity, title_key
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Manuscript, Reference, Span

# A capitalised word that may be a surname, with a possessive "'s" left off.
# matches "Luxmeburg", "Ntetl", "Bayrelein's", "Žižek"; not "the", "1915", "J."
_NAME = re.compile(r"(?<![\w.])(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’-]*\w)(?:['’]s)?(?![\w.])")

# Words too common to look titles up by.
_FUNCTION_WORDS = frozenset({"with", "from", "that", "this", "their", "into", "upon", "what"})

# Before a name in the details: the name is the work's author or editor.
# matches "by ", "edited by Sebastian ", "eds. "; not "Nearby"
_BY = re.compile(r"\b(?:by|eds?\.)\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")
# After a name in the details: it is the editor. matches " ed.", ", eds.", " (ed."; not " edge"
_EDITOR_AFTER = re.compile(r",?\s*\(?eds?\.")

# How far before the title a misspelt name may stand: the names of a citation and a few
# words of prose ("As Luxmeburg put it in 1915 in").
BEFORE_TITLE = 120
# The entry's title must be specific enough to name it: two words and ten letters.
MIN_TITLE_WORDS = 2
MIN_TITLE_LETTERS = 10


@dataclass(frozen=True)
class Misspelling:
    """An author or year cited in a note unlike its entry in the list."""

    field: str  # "author" or "year"
    note: int
    span: Span  # the misspelt name, or the year
    cited: str
    reference: Reference
    listed: str


# Where the work's details end: the next work (";"), a block quotation run into the note, or
# a sentence after a page (with its "f."/"ff.", DIN 1505-2 and Chicago 14.148) or a closing
# bracket, the next beginning with any capital ("Ö", "Ł", "Κ" as well as "K"). matches ";",
# " > ", "), 266. This", "45ff. Ute", "45 f. Öberg", "9. Κ"; not "->", nor the "." of
# "trans. Henry"
_DETAILS_END = re.compile(
    r";|(?:^|\s)>\s"
    r"|(?:(?<=[\d)])|(?<=\df)|(?<=\dff)|(?<=\d\sf)|(?<=\d\sff))\.\s+(?=[A-ZÀ-ÖØ-ÞŁŚŠŽŹŻČĆŘĐΑ-ΩΆΈΉΊΌΎΏ])",
    re.MULTILINE,
)
# Details open right after the title (its closing marks, then "," "(" "[" "." or ":"); a word
# after it is prose. matches "”, *Jahrbuch", "* (New York", "” (in *Past", ")," after
# "(1926--2005"; not "* that Adorno"
_DETAILS_OPEN = re.compile(r"[*_”’\"'\s)\]]*[,(\[.:]")
# A relative clause or conjunction right after the title's comma: prose about the work, not
# its details, which give place, publisher, date, translator or editor (Chicago 14.100).
# matches "], which he", "”, who", "*, der 1923", "», που"; not ", trans.", ", in:", ", ed.",
# ", 1923", ", Die Reihe" (a capital), ", London"
_PROSE_AFTER = lazy_compile(
    r"[*_”’\"'\s)\]»]*,\s*(?:which|who|whom|whose|where|whereas|while|although|though"
    r"|welche[rmns]?|der|die|das|που)(?!\w)"
)
# How far after the title the work's details may run.
AFTER_TITLE = 200

# A year as written. matches "1966" in "[April 1966]"; not "19660", nor "1915" in "…/1915/…"
_YEAR = re.compile(r"(?<![\d/])(?P<year>1[5-9]\d\d|20\d\d)(?![\d/])")

# An address, whose digits are no year. matches "www.x.org/1915/a", "https://x.org/a"
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")

# A bare year in brackets right after the title: the original's ("*Title* (1942), in …").
# matches "(1942)", " (1936--46)"; not "(London: Verso, 1942)"
_BARE_YEAR = re.compile(r"^\W{0,3}\(\s*(?:1[5-9]|20)\d\d(?:\s*[-–]+\s*\d+)?\s*\)")


def misspelt_authors(
    manuscript: Manuscript,
    references: Sequence[Reference],
    read: dict[tuple[int, str], tuple[bool, bool]],
) -> Iterable[Misspelling]:
    """Each note naming an entry's title whole with, just before it, a name one slip from
    the entry's author, or after it details giving another year. `read` holds the (note,
    entry key) pairs the reader's citations matched, with whether they gave the author and
    the year: what they gave is compared field by field instead, what they did not is looked
    for here ("Ferud calls … (“The History of the Psychoanalytic Movement,” …)")."""
    by_key_word = _titles_by_key_word(references)
    if not by_key_word:
        return
    listed_names = {a.folded for r in references for a in r.authors}
    editions = _editions_read(references, read)
    masked = manuscript.source.masked
    for note in manuscript.notes:
        text = masked[note.text_span.start : note.text_span.end]
        words = list(_words(text))
        folded = [w for w, _ in words]
        named: set[str] = set()
        for position, (word, _) in enumerate(words):
            for wanted, anchor, reference in by_key_word.get(word, ()):
                start = position - anchor
                given = read.get((note.number, reference.key), (False, False))
                # another edition of the work listed and read in this note: compared there
                other = editions.get((note.number, _work_of(reference)), (False, False))
                given = (given[0] or other[0], given[1] or other[1])
                if reference.key in named or all(given):
                    continue
                if start < 0 or not stands_at(wanted, folded, start):
                    continue
                named.add(reference.key)
                offset = words[start][1]
                end_word = words_end(wanted, folded, start)
                after = words[end_word][1] if end_word and end_word < len(words) else len(text)
                details = _details(text, after)
                found = None
                if not given[0]:
                    found = _near_name(
                        text, max(0, offset - BEFORE_TITLE), offset, reference, listed_names
                    )
                    if found is None and details is not None:
                        found = _near_name(text, *details, reference, listed_names, after=True)
                base = note.text_span.start
                if found is not None:
                    begin, end, listed = found
                    span = Span(base + begin, base + end)
                    yield Misspelling(
                        "author", note.number, span, text[begin:end], reference, listed
                    )
                if given[1] or details is None:
                    continue  # its year was read; or prose goes on after the title
                if found is None and not _names_author(text, offset, details, reference):
                    continue  # a title without its author is named, not cited
                year = _other_year(text, details, reference.year)
                if year is not None:
                    span = Span(base + year.start("year"), base + year.end("year"))
                    yield Misspelling(
                        "year", note.number, span, year.group("year"), reference, reference.year
                    )


def _work_of(reference: Reference) -> tuple[str, str]:
    """An entry's work across its editions: its first author and its title, folded."""
    return (reference.authors[0].folded if reference.authors else "", title_key(reference.title))


def _editions_read(
    references: Sequence[Reference], read: dict[tuple[int, str], tuple[bool, bool]]
) -> dict[tuple[int, tuple[str, str]], tuple[bool, bool]]:
    """What each note's citations gave of a work listed more than once (two editions, two
    years: "Quenby, *The Salt Ledger*, 1927." and "…, 1962."), by note and work: a note whose
    citation matched one edition gave that work's author and year, and the other edition's
    entry, whose title it also writes, is no work it left unread."""
    by_key = {r.key: r for r in references}
    found: dict[tuple[int, tuple[str, str]], tuple[bool, bool]] = {}
    for (note, key), given in read.items():
        reference = by_key.get(key)
        if reference is None or not reference.title:
            continue
        at = (note, _work_of(reference))
        before = found.get(at, (False, False))
        found[at] = (before[0] or given[0], before[1] or given[1])
    return found


def _titles_by_key_word(
    references: Sequence[Reference],
) -> dict[str, list[tuple[list[str], int, Reference]]]:
    """The entries with an author and a specific title, by their title's first word of four
    letters that is no function word ("crisis" for "The Crisis of …"), with its place in
    the title: a note's words are looked up, not every entry tried on every note, and a
    common "the" leads to no entry."""
    index: dict[str, list[tuple[list[str], int, Reference]]] = {}
    for reference in references:
        wanted = title_key(reference.title).split()
        if not reference.authors or len(wanted) < MIN_TITLE_WORDS:
            continue
        if len("".join(wanted)) < MIN_TITLE_LETTERS:
            continue
        # words inserted before the key word would move the title's start: look it up
        # among the first few words only
        anchor = next(
            (i for i, w in enumerate(wanted[:4]) if len(w) >= 4 and w not in _FUNCTION_WORDS), 0
        )
        index.setdefault(wanted[anchor], []).append((wanted, anchor, reference))
    return index


def _words(text: str) -> Iterable[tuple[str, int]]:
    """The text's words folded as titles are ("Democracy" -> "democracy"), with offsets."""
    for word in re.finditer(r"\w+", text):
        for part in title_key(word.group()).split():
            yield part, word.start()


def _details(text: str, after: int) -> tuple[int, int] | None:
    """The span of the work's details after its title (`after`: the word after the title's
    last), or None when prose goes on after the title ("his book *Negative Dialectics* that
    …")."""
    end_of_title = _title_end(text, after)
    if _DETAILS_OPEN.match(text, end_of_title) is None:
        return None
    if _PROSE_AFTER.match(text, end_of_title):
        return None  # "*History and Class Consciousness*], which he would repudiate"
    end = _DETAILS_END.search(text, after, min(len(text), after + AFTER_TITLE))
    return after, end.start() if end else min(len(text), after + AFTER_TITLE)


def _other_year(text: str, details: tuple[int, int], listed: str) -> re.Match[str] | None:
    """The last year the note gives in the work's details after its title, when the entry's
    year is none of them and it is not the original's beside the title."""
    if not listed:
        return None
    start, end = details
    written = _ADDRESS.sub(lambda m: " " * len(m.group()), text[start:end])
    years = list(_YEAR.finditer(written))
    if not years or any(y.group("year") == listed for y in years):
        return None
    last = years[-1]
    if len(years) == 1 and _BARE_YEAR.match(written) and last.group("year") < listed:
        return None  # "(1942)" beside the title: the original's year
    return _YEAR.search(text, start + last.start())


def _title_end(text: str, after: int) -> int:
    """`after` is the start of the word after the title's last; back up over the spaces and
    closing marks before it to where the title's words end."""
    at = after
    while at > 0 and (text[at - 1].isspace() or text[at - 1] in "*_”’\"'),.([:"):
        at -= 1
    return at


def _names_author(text: str, offset: int, details: tuple[int, int], reference: Reference) -> bool:
    """The entry's author stands before the title or in its details ("edited by …")."""
    before = text[max(0, offset - BEFORE_TITLE) : offset]
    within = text[details[0] : details[1]]
    return any(a.surname in before or a.surname in within for a in reference.authors)


def _near_name(
    text: str,
    start: int,
    end: int,
    reference: Reference,
    listed_names: set[str],
    after: bool = False,
) -> tuple[int, int, str] | None:
    """The last name in text[start:end] one slip from an author of the entry (two in a
    long name), not that author's own spelling nor any listed author's; `after` the title,
    only a name marked as the work's author or editor ("by …", "edited by …", "… ed.")."""
    window = text[start:end]
    # an author spelt right here makes a near name someone else ("Hall and Hell on …"); a
    # co-author spelt right does not ("Mrax and Engels", "edited by … Bugden, … Žižek")
    surnames = {a.folded: a.surname for a in reference.authors if a.surname not in window}
    for name in reversed(list(_NAME.finditer(window))):
        if after and not (
            _BY.search(window, max(0, name.start() - 40), name.start())
            or _EDITOR_AFTER.match(window, name.end())
        ):
            continue
        folded = author(name.group("name")).folded
        if folded in listed_names or len(folded) < 4:
            continue
        for listed, surname in surnames.items():
            if name_similarity(folded, listed) >= 80 and folded[:1] == listed[:1]:
                return start + name.start("name"), start + name.end("name"), surname
    return None
