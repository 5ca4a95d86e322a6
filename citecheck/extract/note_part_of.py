"""A work given by a part of it, without its author: a chapter or an essay by its quoted
title in its book given in short form (`"Statism," in Dolgoff (ed.), *Bakunin on
Anarchy*, 133`, `"The Freudian Thing," *Écrits*, p. 337`), and a book named through a
part of it or the collection it appeared in ("See chapter 10 of *Capital*, volume 1.",
"1869 preface to *The 18th Brumaire of Louis Bonaparte*.", "Published in the new
anthology, *K-Punk*."). Each ends its segment with a locator or nothing: prose after it
makes it a work named in passing."""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_details import Details
from citecheck.extract.note_german_marks import EDITOR_MARK
from citecheck.extract.note_parts import build_citation
from citecheck.extract.note_titles import title_case
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# What a work named through a part of it says of itself (`unsure`); `note_forms` settles it.
PART_OF_WORK = "a part of the work"

# A locator, then the segment's end: a page, a volume or chapter and a page, or a volume.
# matches ", p. 337.", ", 133", ", vol. 2, 45--46", ", volume 1.", "" (nothing); not ", which
# he wrote", ", 1999, a year later"
_LOCATOR_END = r"""(?:\s*,\s*(?:(?:vol(?:ume)?|bk|book|ch(?:ap)?|chapter|part)\.?\s*[\dIVXivx]+)
                        (?:\s*,\s*(?:(?:pp?|(?-i:Sp?))\.\s*)?(?:\d{1,4}|[xvil]+)(?:\s*(?:-+|–)\s*\d{1,4})?)?
                    |\s*,\s*(?:(?:pp?|(?-i:Sp?))\.\s*)?(?:\d{1,4}|[xvil]+)(?:\s*(?:-+|–)\s*\d{1,4})?)?
                 \s*[.;]?\s*$"""

# A quoted part's title, its container in short form (in emphasis, or plain and
# capitalised, perhaps after "in" and its editor), and a locator ending the segment.
# matches '"Statism," in Dolgoff (ed.), *Bakunin on Anarchy*, 133.', '„Statism,“ in Dolgoff
# (Hg.), *Bakunin on Anarchy*, S. 133.' (German), '“The Freudian Thing,”
# *Écrits*, p. 337', '"The Freudian Thing," Écrits, p. 337.'; not '"the state withers
# away," he said, 45' (no container), '"Statism," in Dolgoff, 133' (no book)
_PART_IN_CONTAINER = lazy_compile(
    rf"""[“"](?P<title>[^“”"*_]{{3,200}}?)[,.]?[”"][,.]?\s*
        (?:in\s+(?P<editor>[{UPPER}][\w'’-]+(?:\s+(?:and|&)\s+[{UPPER}][\w'’-]+)?
             \s*(?:,\s*|\s+\()(?:eds?|{EDITOR_MARK})\.\)?,?\s+))?
        (?:[*_](?P<marked>[^*_]{{2,120}})[*_]
          |(?P<plain>[{UPPER}][\w'’-]*(?:\s+(?:of|the|and|on|[{UPPER}][\w'’-]*)){{0,5}})(?=,\s*(?:pp?|(?-i:Sp?))\.))
        (?P<locator>{_LOCATOR_END})""",
    re.VERBOSE,
)

# A container in short form and a page right after a quoted title in a web copy, where
# the book's emphasis is gone: ", Écrits, p. 337"; after "in" (and its editors' surnames)
# the page needs no "p.": ", in Grigat and Hartmann, Der Iran, 58--78".
# matches ", Écrits, p. 337", " Collected Works, pp. 4-5.", " in Cole and Hale, Salt
# Essays, 58--78", " in Salt Essays, 58"; not ", he said, p. 4" (lower case), ", London,
# 1990" (no "p."), ", Salt Essays, 58" (no "in", no "p.": a place and a number may read so)
_PLAIN_CONTAINER = lazy_compile(
    rf"""[\s,]*(?:(?P<in>in)\s+(?:[{UPPER}][\w'’-]+(?:\s+(?:and|&)\s+[{UPPER}][\w'’-]+)?,\s+)?)?
        (?P<plain>[{UPPER}][\w'’-]*(?:\s+(?:of|the|and|on|[{UPPER}][\w'’-]*)){{0,5}})
        ,\s*(?(in)(?:(?:pp?|(?-i:Sp?))\.\s*)?(?!(?:1[5-9]\d\d|20\d\d)(?!\d))|(?:pp?|(?-i:Sp?))\.\s*)\d{{1,4}}(?:\s*(?:-+|–)\s*\d{{1,4}})?\s*[.;]?\s*$""",
    re.VERBOSE,
)

# A book named through a part of it, or the collection that holds the piece, opening the
# segment: "chapter 10 of", "1869 preface to", "the foreword to", "Published in the new
# anthology,".
# matches "chapter 10 of *Capital*, volume 1", "1869 preface to *The 18th Brumaire …*",
# "Published in the new anthology, *K-Punk*", a web copy's "chapter 10 of Capital, volume
# 1"; not "the preface to Volume Two" (a part, no title), "chapter 10 of *Capital*, Marx argues
# that …" (prose after), "Published in *Jacobin*." (no kind of book named)
_PART_OF_BOOK = lazy_compile(
    rf"""(?:(?:the\s+)?(?:(?:1[5-9]\d\d|20\d\d)\s+)?
            (?i:chapter|part|section|book|preface|introduction|foreword|afterword|postscript
               |appendix)(?:\s+(?:\d+|[ivxlc]+|[a-z]+))??\s+(?:of|to)
          |(?:(?i:published|reprinted|collected)\s+in\s+)?(?i:the|an?)\s+(?:[a-z]+\s+){{0,2}}
            (?:anthology|collection|volume|reader),?)
        \s+(?:[*_](?P<title>[^*_]{{2,200}})[*_]
            |(?P<plain>[{UPPER}\d][\w'’-]*(?:\s+(?:of|the|and|on|in|a|an|[{UPPER}\d][\w'’-]*)){{0,12}}))
        (?P<locator>{_LOCATOR_END})""",
    re.VERBOSE,
)


def part_in_container(s: str, k: int, offset: int, end: int, note: int) -> NoteCitation | None:
    """A chapter or essay by its quoted title and its book in short form, no author, ending
    the segment: a short form (its book was given before, or the reader cannot tell)."""
    if '"' not in s and "“" not in s:
        return None  # cheap test first
    for found in _PART_IN_CONTAINER.finditer(s, k):
        title = found.group("title").strip(" ,.")
        if not (title[:1].isupper() and title_case(title)):
            continue  # a quotation in prose: "the state withers away," *Anti-Dühring*, 307
        container = (found.group("marked") or found.group("plain")).strip(" ,.")
        details = Details(container=container, pages=_pages(found.group("locator")))
        unsure = ["no author", "a part of a book in short form"]
        start = found.start()
        return build_citation(
            s, start, offset, end, note, "short", (), title, "quoted", details, unsure
        )
    return None


def plain_container(s: str, at: int) -> str:
    """The book in short form and a page right after a quoted part's title in a web copy
    (", Écrits, p. 337"), or ""."""
    found = _PLAIN_CONTAINER.match(s, at)
    if found is None or not title_case(found.group("plain")):
        return ""
    return found.group("plain")


def part_of_book(s: str, k: int, offset: int, end: int, note: int) -> NoteCitation | None:
    """A book named through a part of it or the collection that holds the piece, opening
    the segment, with no author and nothing but a locator after it."""
    found = _PART_OF_BOOK.match(s, k)
    if found is None:
        return None
    title = (found.group("title") or found.group("plain")).strip(" ,.")
    if not (title[:1].isupper() or title[:1].isdigit()) or not title_case(_NUMERAL.sub("N", title)):
        return None  # ("The 18th Brumaire": a numeral counts as a capitalised word)
    if title.split()[0].lower().strip(".") in _PARTS_NOT_TITLES:
        return None  # "the preface to Volume Two": a part of the book, no title
    details = Details(pages=_pages(found.group("locator")))
    style = "italic" if found.group("title") else "plain"
    # a whole book named by its title alone, no author: no short form of an earlier full
    # one, but a first citation that lacks its details (as "Thomas Paine, *Common Sense*.")
    unsure = ["no author", PART_OF_WORK, "no publication details"]
    unsure += ["plain title"] if style == "plain" else []
    return build_citation(s, k, offset, end, note, "full", (), title, style, details, unsure)


# First words of a part's or a pronoun's name, not a title's.
_PARTS_NOT_TITLES = frozenset(
    (
        "volume vol part chapter book section edition appendix this that his her their its my our"
    ).split()
)


# A numeral word in a title.
# matches "18th", "1844"; not "Brumaire"
_NUMERAL = lazy_compile(r"\b\d+(?:st|nd|rd|th)?\b")

# A volume, chapter or book number as a locator's last item, which names no page.
# matches "volume 1", "vol. 2", "ch. IV"; not "p. 337", "45--46"
_VOLUME = lazy_compile(r"(?i:vol(?:ume)?|bk|book|ch(?:ap)?|chapter|part)\.?\s*[\dIVXivx]+")

# A page's "p." or "pp.".
# matches "p. ", "pp."; not "337"
_PAGE_MARK = lazy_compile(r"(?:pp?|(?-i:Sp?))\.\s*")


def _pages(locator: str) -> str:
    """The page of a locator (", vol. 2, 45--46" gives "45--46"), or "" for a volume."""
    items = [item.strip(" .;\n") for item in locator.split(",")]
    last = next((item for item in reversed(items) if item), "")
    if not last or _VOLUME.fullmatch(last):
        return ""
    return _PAGE_MARK.sub("", last, count=1)
