"""Short forms a writer weaves into the prose of a note (Chicago 17th 14.29–14.36 short
forms; 15.23–15.25 for a short reference in brackets in running text):

- the writer named in the sentence, the short title and page in brackets: "Vell traces it
  to Genoa (*The Harbour*, 37)", "compare Rudd, who reads it otherwise (“Docks,” 66)";
- a part of the work after the writer's possessive or in the writer's clause: "Compare
  Vell's introduction to *The Harbour*, xiv–xxi", "Rudd comes closest in her conclusion,
  *Docks*, 262–63"; with no writer, "the last chapter of *The Harbour* (pp. 380–402)";
- a second short title after ";", by the writer of the short form before it: "Vell,
  *Docks*, 88; *Collected Works*, vol. 2, 317";
- "Vell's gloss in his introduction to *The Harbour*, op. cit., xi" (an op. cit. of Vell's);
- a page alone in brackets after a writer of an earlier note: "Vell follows her (pp. 41–45)".

The writer is the surname that is the subject of the clause: followed by a verb ("traces",
"has called", ", who reads") or a possessive. A plain title (a web copy's lost emphasis) is
read only as the head of a title cited before (`EarlierWorks`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_lone_names import EarlierWorks, known_head
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_patterns import MARKED_TITLE, marked_style
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation, Span

# A locator: pages (arabic, or roman for front matter), perhaps after a volume, or a
# volume and its page ("2:58–71", Chicago 14.23). No bare four-digit number: "(*The
# Harbour*, 1919)" dates, it does not locate.
# matches "37", "301–17", "pp. xi–xiv", "S. 380–402", "Bd. 2, S. 317", "vol. 2, 317", "p. 1204",
# "2:58–71";
# not "1919", "1919–20", "8 November"
_LOCATOR = (
    r"(?:(?:(?i:vol)|Bd)\.\s*\d{1,2},\s*)?"
    r"(?:(?:pp?|S)\.\s*(?:\d{1,4}|[ivxlc]{1,7})|\d{1,2}:\d{1,4}|\d{1,3}(?![\d:])|[ivxlc]{1,7}\b)"
    r"(?:\s*[-–]+\s*(?:\d{1,4}|[ivxlc]{1,7}))?(?!\s*[\d\w])"
)

# A marked title (or, in a web copy, plain words to be vouched for) in brackets with its
# locator: "(*The Harbour*, 37)", "(“Docks,” 66)", "(The Harbour, 37)".
# not "(1891–1937)", "(37 per cent)", "(“a reading with the politics left out,” 1911)"
_BRACKET = lazy_compile(
    rf"""\(\s*(?:(?P<marked>(?:\*[^*]+\*|_[^_]+_|[“"][^”"]+[”"]))
              |(?P<plain>[{UPPER}][^,()\d*_“”"]{{1,80}}?))
        \s*,?\s*(?P<pages>{_LOCATOR})\s*\)""",
    re.VERBOSE,
)

# A part of the work, then its title and a locator after a comma (or in brackets): "in her
# conclusion, *Docks*, 262–63", "introduction to *The Harbour*, xiv–xxi", "the last
# chapter of *The Harbour* (pp. 380–402)", "introduction to *The Harbour*, op. cit., xi";
# not "chapter 3 (41–45)" (a number, no title), "introduction to *The Harbour*, 1990"
_PART = (
    r"(?:introduction|preface|foreword|afterword|conclusion|epilogue|chapter|postscript)"
    r"(?:\s+(?:to|of|in)\s+|\s*,\s*)"
)
_PART_TITLE = lazy_compile(
    rf"""(?P<part>{_PART})
        (?:(?P<marked>\*[^*]+\*|_[^_]+_)|(?P<plain>[{UPPER}][^,()\d*_“”"]{{1,80}}?))
        (?:\s*,\s*(?P<pages>{_LOCATOR})(?=\s*(?:[.;,)]|$))
          |\s*\(\s*(?P<bracketed>{_LOCATOR})\s*\)
          |\s*,\s*(?P<opcit>op\.\s*cit\.)(?:\s*,\s*(?P<after>{_LOCATOR}))?)""",
    re.VERBOSE,
)

# A second title right after ";", then a locator and the end of the note or sentence:
# "; *Collected Works*, vol. 2, 317."
_SECOND_TITLE = lazy_compile(
    rf"""\s*(?:(?P<marked>\*[^*]+\*|_[^_]+_)|(?P<plain>[{UPPER}][^,()\d*_“”";]{{1,80}}?))
        \s*,\s*(?P<pages>{_LOCATOR})\s*[.;]?\s*$""",
    re.VERBOSE,
)

# A page alone in brackets after a clause's subject: "Vell follows her (pp. 41–45)".
# matches "(p. 44)", "(pp. 121–25)"; not "(44)" (a number in prose), "(215 n. 31)"
_PAGE_BRACKET = lazy_compile(
    r"""(?P<words>(?:\s+[a-z]+){1,8})\s*\(\s*(?P<pages>pp?\.\s*\d{1,4}(?:\s*[-–]+\s*\d{1,4})?)\s*\)"""
)

# Words between a possessive and the noun of its writing: "Vell's own essay".
_ADJECTIVES = r"(?:own|last|first|new|early|earlier|later|recent|long|short|brief|fifth)"

# The subject of a clause: a surname, then a possessive, ", who" or a word that may be a
# verb; or the surname after "according to" and before a comma.
# matches "Vell traces", "Vell-Rudd has", "Rudd, who", "Vell's", "According to Vell,"; not
# "Genoa in", "In Genoa,"
_SUBJECT = lazy_compile(
    rf"""(?:(?P<according>(?<!\w)[Aa]ccording\s+to)\s+)?
        (?<![\w'’-])(?P<surname>[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?)
        (?:(?P<possessive>['’]s)(?=\s+(?:{_ADJECTIVES}\s+)?(?P<noun>[a-z]+)\b)
          |\s*,\s*who\b|\s+(?P<verb>[a-z]+)\b|(?(according)\s*,|(?!)))""",
    re.VERBOSE,
)

# A page alone in brackets right after a surname: "Vell (p. 44) argues".
# matches "Vell (p. 44)", "Vell (pp. 41–45)"; not "Vell (44)", "Vell (1990)"
_SURNAME_PAGE = lazy_compile(
    rf"""(?<![\w'’-])(?P<surname>[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?)
        \s+\(\s*(?P<pages>pp?\.\s*\d{{1,4}}(?:\s*[-–]+\s*\d{{1,4}})?)\s*\)""",
    re.VERBOSE,
)

# Nouns after a possessive that name the writer's text or reading of it.
_WRITINGS = frozenset(
    """account accounts analysis argument book books chronology conclusion critique
    discussion edition essay essays gloss history interpretation introduction narrative
    preface reading study survey thesis translation treatment version view words""".split()
)

_AUXILIARIES = frozenset("has had have also".split())
# Words ending in "s" or "ed" that are no verbs.
_NOT_VERBS = frozenset(
    """as is was its his hers this thus us plus less unless whereas across towards always
    perhaps sometimes besides afterwards news series politics economics analysis basis
    crisis thesis des das dos los las les dans sous mais tras red bed need""".split()
)

# A sentence end: ".", "?" or "!" (perhaps a closing quote), spaces, a capital or a mark.
_SENTENCE_END = lazy_compile(r"[.?!][”\"’)]?\s+(?=[\"“_*(\w])")
# Abbreviations whose full stop ends no sentence.
_ABBREVIATIONS = frozenset(
    "p pp s ed eds vol vols no nos cf esp op cit trans bd n nn ibid mr dr st ch".split()
)

# The word before a full stop (looked for in the few characters before it).
_LAST_WORD = lazy_compile(r"(\w+)$")

# How far before its title a clause's writer may stand.
_REACH = 240
# Brackets and parts of a work tried per note: the reading stays linear in its length.
_MOST = 20


@dataclass(frozen=True)
class _Woven:
    """A short form found in the prose: where it stands in the note, and its reading."""

    start: int
    end: int
    title: str
    style: str
    pages: str
    authors: tuple[Author, ...]
    form: str = "short"


def woven_short_forms(
    local: str, base: int, number: int, earlier: EarlierWorks, found: list[NoteCitation]
) -> list[NoteCitation]:
    """`found` with the short forms woven into the prose of the note `local` (at `base`)."""
    if "(" not in local and "," not in local:
        return found
    added: list[NoteCitation] = []
    for woven in _woven(local, earlier, found, base):
        span = Span(base + woven.start, base + woven.end)
        if woven.form == "op-cit":
            # "Vell's gloss in his introduction to *The Harbour*, op. cit.": the op. cit.
            # read there named no writer, or a word of the title as one
            kept = [c for c in found if not (c.form == "op-cit" and _overlap(c.span, span))]
            if len(kept) == len(found):
                continue
            found = kept
        else:
            if woven.authors:  # "… (*The Harbour*, 37)" read with no writer: the clause names one
                found = [c for c in found if not _writerless_twin(span, woven.title, c)]
            if any(_claimed(span, woven.title, c) for c in [*found, *added]):
                continue
        added.append(
            NoteCitation(
                text=local[woven.start : woven.end],
                span=span,
                note=number,
                form=woven.form,
                authors=woven.authors,
                title=woven.title,
                pages=woven.pages,
                title_style=woven.style,
                unsure="a short form set in prose after its writer",
            )
        )
    if not added:
        return found
    return sorted([*found, *added], key=lambda c: c.span.start)


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _writerless_twin(span: Span, title: str, citation: NoteCitation) -> bool:
    return (
        citation.form == "short"
        and not citation.authors
        and bool(title)
        and citation.title.casefold() == title.casefold()
        and _overlap(span, citation.span)
    )


def _claimed(span: Span, title: str, citation: NoteCitation) -> bool:
    """Whether a reading already holds this short form: one that starts inside it, or one
    of the same title around it. A work whose details were read on to the note's end
    ("…, 201–19, which Vell has called …") holds no short form set after it."""
    if span.start <= citation.span.start < span.end:
        return True
    if not _overlap(span, citation.span):
        return False
    return not title or title.casefold() == citation.title.casefold()


def _woven(
    local: str, earlier: EarlierWorks, found: list[NoteCitation], base: int
) -> Iterator[_Woven]:
    blanked = MARKED_TITLE.sub(lambda m: " " * len(m.group()), local)  # no writer in a title
    for bracket in islice(_BRACKET.finditer(local), _MOST):
        writer = _writer(local, blanked, bracket.start())
        if writer is None:
            continue
        title, style = _title(bracket, earlier, writer[1], possessive=False)
        if title:
            yield _Woven(bracket.start(), bracket.end(), title, style, bracket["pages"], writer[1])
    for part in islice(_PART_TITLE.finditer(local), _MOST):
        writer = _writer(local, blanked, part.start())
        authors = writer[1] if writer is not None else ()
        pages = part["pages"] or part["bracketed"] or part["after"] or ""
        if part["opcit"]:
            if writer is None:
                continue
            title, style = _title(part, earlier, authors, possessive=True)
            if not title and part["plain"]:
                # "op. cit." names a work cited before: the plain words before it are its
                # title, whether or not the reader read that work (a book cited only as
                # a chapter's container)
                title, style = part["plain"].strip(" ,."), "plain"
            if title:
                start = part.start("marked") if part["marked"] else part.start("plain")
                yield _Woven(start, part.end(), title, style, pages, authors, form="op-cit")
            continue
        if writer is None and not part["bracketed"]:
            continue  # "the chapter of *The Harbour*, 41": a title and page with no writer
        title, style = _title(part, earlier, authors, possessive=True)
        if title:
            start = part.start("marked") if part["marked"] else part.start("plain")
            yield _Woven(start, part.end(), title, style, pages, authors)
    yield from _second_titles(local, earlier, found, base)
    yield from _pages_alone(local, blanked, earlier)


def _title(
    match: re.Match[str], earlier: EarlierWorks, authors: tuple[Author, ...], possessive: bool
) -> tuple[str, str]:
    """The title a match holds and its style; a plain title only when cited before (by its
    writer; after a part of the work, by anyone: an introduction's writer may not be the
    book's)."""
    if match["marked"]:
        marked = MARKED_TITLE.match(match["marked"])
        if marked is None:
            return "", ""
        text = next(g for g in marked.groups() if g).strip(" ,.")
        return text, marked_style(marked)
    plain = match["plain"].strip(" ,.")
    writer = authors[0].surname.casefold() if authors else ""
    by_writer = bool(writer) and known_head(earlier, plain, writer)
    if by_writer or (possessive and known_head(earlier, plain)):
        return plain, "plain"
    return "", ""


def _writer(local: str, blanked: str, at: int) -> tuple[int, tuple[Author, ...]] | None:
    """The subject of the clause that `at` stands in: its start and its writer."""
    start = max(_clause_start(local, at), at - _REACH)
    last = None
    # the noun after a possessive may be the part of the work the match starts at
    for subject in _SUBJECT.finditer(blanked, start, at + 40):
        if subject.end("surname") < at and _is_subject(subject, local):
            last = subject
    if last is None:
        return None
    return last.start(), tuple(surnames(last["surname"]))


def _is_subject(subject: re.Match[str], local: str) -> bool:
    surname = subject["surname"]
    if surname.isupper() or not plausible_names(surname) or _place_like(surname, local):
        return False  # "FIOM reprints it": an acronym is a body, not a writer
    if subject["possessive"]:
        # "Vell's chronology (*A*, 3)", "Vell's gloss in his introduction to *A*": the noun
        # names the writer's text or reading; "Vell's war (*A*, 3)" names no writing
        return subject["noun"] in _WRITINGS
    verb = subject["verb"]
    if verb is None:
        return True  # ", who", or "according to Vell,"
    if verb in _AUXILIARIES:
        return True
    return verb not in _NOT_VERBS and (
        (verb.endswith("s") and not verb.endswith("ss")) or verb.endswith("ed")
    )


def _place_like(surname: str, local: str) -> bool:
    """A word that stands where a place or a publisher stands in the note: before ":" or a
    year, or just inside a bracket ("(Genoa: Dale, 1990)")."""
    word = re.escape(surname)
    slots = rf"{word}\s*:|{word}\s*,?\s*(?:1[5-9]\d\d|20\d\d)(?!\d)|\(\s*{word}\b"
    return re.search(slots, local) is not None


def _clause_start(local: str, at: int) -> int:
    start = max(local.rfind(";", 0, at) + 1, 0)
    for end in _SENTENCE_END.finditer(local, start, at):
        before = _LAST_WORD.search(local, max(end.start() - 12, 0), end.start())
        word = before.group(1) if before else ""
        if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
            continue  # "pp. 4", "E. P. Thompson"
        start = end.end()
    return start


def _second_titles(
    local: str, earlier: EarlierWorks, found: list[NoteCitation], base: int
) -> Iterator[_Woven]:
    """ "Vell, *Docks*, 88; *Collected Works*, vol. 2, 317.": the writer of the short form
    before the ";" wrote the second title too."""
    # the last reading (in the note's order) that ends by each ";": the ";"s come in
    # order, so the readings ending by one are those of the one before and more (a list of
    # every reading for each ";" made a note of many parts quadratic)
    by_end = sorted(range(len(found)), key=lambda i: found[i].span.end)
    taken, last = 0, -1
    for semicolon in (i for i, ch in enumerate(local) if ch == ";"):
        while taken < len(by_end) and found[by_end[taken]].span.end <= base + semicolon + 1:
            last = max(last, by_end[taken])
            taken += 1
        if last < 0 or found[last].form != "short" or not found[last].authors:
            continue
        if local[found[last].span.end - base : semicolon].strip(" .,"):
            continue  # words between the short form and the ";"
        second = _SECOND_TITLE.match(local, semicolon + 1)
        if second is None:
            continue
        authors = found[last].authors
        title, style = _title(second, earlier, authors, possessive=False)
        if title:
            start = second.start("marked") if second["marked"] else second.start("plain")
            end = len(local[: second.end()].rstrip(" .;"))
            yield _Woven(start, end, title, style, second["pages"], authors)


def _pages_alone(local: str, blanked: str, earlier: EarlierWorks) -> Iterator[_Woven]:
    """ "Vell follows her (pp. 41–45)": a writer of an earlier note, a page and no title."""
    if "(p" not in local:
        return
    for subject in _SUBJECT.finditer(blanked):
        if subject["verb"] is None or not _is_subject(subject, local):
            continue
        authors = earlier.writers.get(subject["surname"].casefold())
        if authors is None:
            continue
        page = _PAGE_BRACKET.match(blanked, subject.start("verb") - 1)
        if page is None:
            continue
        yield _Woven(subject.start(), page.end(), "", "", page["pages"], authors)
    for page in _SURNAME_PAGE.finditer(blanked):
        surname = page["surname"]
        authors = earlier.writers.get(surname.casefold())
        if authors is None or surname.isupper() or _place_like(surname, local):
            continue
        yield _Woven(page.start(), page.end(), "", "", page["pages"], authors)
