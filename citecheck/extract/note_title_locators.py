"""What may follow a title for the title and its locator to make a short form: a page, a
volume, a chapter or a section, in the shapes notes write them ("Vol. 2, 41", "II, 41",
"2:113", "§12, 88", "41ff.", "41 n. 3", "41, 52--53", "passim", "Preface, xii"), then the
writer's remark or a quotation after a colon, and nothing else."""

from __future__ import annotations

import re
from collections.abc import Callable

from citecheck.extract.note_patterns import GREEK_FOLLOWING, REMARK
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A part of the work named before the page: a volume (any case), book, chapter, part,
# section, paragraph or note and its number; a roman volume alone before a page; a named
# part; a pointer back or on ("above", "supra").
# matches "vol. 1", "Vol. 2", "v. 1", "ch. 3", "chap. 3", "§12", "¶ 4", "para. 12", "n. 3",
# "II" before ", 41", "Preface" before ", xii", "above", "supra"; not "I" before " think",
# "Figure 2", "abovementioned"
_PART = r"""(?:(?:(?i:vol(?:ume)?|v|bk|book|ch(?:ap)?|chapter|part|pt|sect?|section|para|n
                  |episode|ep|season|series|disc|reel)\.?
               |§{1,2}|¶{1,2})\s*[\dIVXivx]+
            |[IVX]{1,4}(?=[,.:]?\s*(?:(?:pp?|(?-i:Sp?))\.\s*)?\d)
            |(?i:preface|introduction|foreword|afterword|appendix|postscript|epilogue)(?=,)
            |(?i:above|below|supra|infra)\b)"""

# One page or range (never a year: "*Capital*, 1999" is an edition's year), with "ff." or a
# note on it, or "passim"; a recording's time stamp, cited as a page is (Chicago 14.265),
# perhaps after "about".
# matches "41", "p. 41", "pg. 41", "page 41", "pp. 41--43", "at 41", "41ff.", "41 n. 3",
# "41n3", "xii", "passim", "1: 41" (a volume and its page), "σ. 41", "σσ. 41-43",
# "σελ. 41 κ.ε." (Greek "ff."), "ιδίως σ. 41" (especially), "at about 31:10", "1:02:45",
# "at 47 min."; not "1999", "41st", "47 minutes later" (the close refuses "later")
_PAGE = rf"""(?:\d{{1,2}}:\s*)?
    (?:(?:ιδίως|κυρίως)\s+(?=(?:σελ|σσ?|pp?|S)\.))?
    (?:(?i:(?:pp?|(?-i:Sp?))\.|pg\.|pages?|at|ll?\.|S\.|σελ\.|σσ?\.)\s*)?
    (?:(?i:about|around|roughly|approx\.|approximately|c\.)\s*(?=\d))?
    (?:(?!(?:1[5-9]\d\d|20\d\d)(?!\d))\d{{1,4}}(?!\d)|[xvilc]+\b|(?i:passim))
    (?::\d\d(?::\d\d)?(?!\d)|\s*+(?i:minutes?|mins?\.?|min\.?)(?!\w))?
    (?:\s*(?:-+|–)\s*\d{{1,4}})?
    (?:\s*(?:ff?\.?|nn?\.?\s*\d{{1,3}}(?:\s*(?:-+|–)\s*\d{{1,3}})?)|\s++{GREEK_FOLLOWING})?(?![\w])"""

# Pages listed: "41, 43", "41 and 43", "41, 52--53".
_PAGES = rf"{_PAGE}(?:\s*(?:,|and|&)\s*{_PAGE})*"

# What closes it: the writer's remark or a pointer in brackets ("(see above)"), a quotation
# after a colon, a stop.
_CLOSE = rf"""(?:{REMARK}|\s*\(\s*(?i:see\s+)?(?i:above|below|n\.\s*\d{{1,3}})\s*\))?
    (?::\s*[“"‘].*)?\s*[.;]?\s*"""

# Only a locator after a title.
# matches ", p. 770", ", 163", ", vol. 1, 163.", ", Vol. 1, 41", " I, 41", ", 1:41", ", §4,
# 537", ", ch. 2, 45--46", ", ch. 3.", ", 41, emphasis added.", ", 41, 43", ", 41ff.", ", 41:
# “As …”", ", passim."; not ", 1999", ", he wrote", " (London: …)", ", I think", "" (nothing:
# a title alone is no short form)
LOCATOR_ONLY = lazy_compile(
    rf"""[\s,]*(?:{_PART}[\s,.:]*)+(?:{_PAGES})?{_CLOSE}
        |[\s,]*(?:{_PART}[\s,.:]*)*{_PAGES}{_CLOSE}""",
    re.VERBOSE | re.DOTALL,
)

# The same with a page: what a title needs after a cue inside prose ("…, see *Capital*,
# 41"), where "chapter 10 of *Capital*, volume 1" names a part of the work, no page.
# matches ", 41", ", vol. 1, 41", ", passim"; not ", volume 1", ", ch. 3"
PAGED_LOCATOR = lazy_compile(
    rf"""[\s,]*(?:{_PART}[\s,.:]*)*{_PAGES}{_CLOSE}""",
    re.VERBOSE | re.DOTALL,
)


# A few words of the writer's own before a marked title: a connective first ("Again,",
# "Also", "Similarly, for the figures,"), the others lower case.
# matches "Again, " and "Also " before "*Capital*", "For the figures, " before "“The Weir,”";
# not "Pike again, " (a name first), "In 1920, " (a digit), "He wrote this in " (a pronoun
# first: "he" opens a sentence about the work)
_LEAD = lazy_compile(
    r"""(?P<first>[A-Za-z]+),?\s+(?:[a-z]+,?\s+){0,3}(?=[*_“"‘])""",
    re.VERBOSE,
)

Reader = Callable[..., NoteCitation | None]


def lead_short_form(
    s: str, k: int, offset: int, end: int, note: int, read_at: Reader
) -> NoteCitation | None:
    """A short form named by its title after a connective of the writer's ("Again, *Capital*,
    41."): the title and only its locator close the segment."""
    lead = _LEAD.match(s, k)
    if lead is None or lead.group("first").lower() not in _CONNECTIVES:
        return None
    read = read_at(s, lead.end(), offset, end, note, names_needed=True)
    if read is None or read.authors or read.form != "short" or not read.pages:
        return None
    return read


# Words that open a sentence as a connective, never a name (a subset of
# `note_patterns.NOT_NAMES`, without the pronouns that make the title a sentence's subject).
_CONNECTIVES = frozenset(
    """also again and similarly likewise compare cf for on elsewhere later earlier here
    there thus hence indeed moreover see""".split()
)
