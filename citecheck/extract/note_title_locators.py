"""What may follow a title for the title and its locator to make a short form: a page, a
volume, a chapter or a section, in the shapes notes write them ("Vol. 2, 41", "II, 41",
"2:113", "§12, 88", "41ff.", "41 n. 3", "41, 52--53", "passim", "Preface, xii"), then the
writer's remark or a quotation after a colon, and nothing else."""

from __future__ import annotations

import re

from citecheck.extract.note_patterns import REMARK
from citecheck.lazy_regex import lazy_compile

# A part of the work named before the page: a volume (any case), book, chapter, part,
# section or paragraph and its number; a roman volume alone before a page; a named part.
# matches "vol. 1", "Vol. 2", "v. 1", "ch. 3", "chap. 3", "§12", "¶ 4", "para. 12", "II"
# before ", 41", "Preface" before ", xii"; not "I" before " think", "Figure 2"
_PART = r"""(?:(?:(?i:vol(?:ume)?|v|bk|book|ch(?:ap)?|chapter|part|pt|sect?|section|para)\.?
               |§{1,2}|¶{1,2})\s*[\dIVXivx]+
            |[IVX]{1,4}(?=[,.:]?\s*(?:pp?\.\s*)?\d)
            |(?i:preface|introduction|foreword|afterword|appendix|postscript|epilogue)(?=,))"""

# One page or range (never a year: "*Capital*, 1999" is an edition's year), with "ff." or a
# note on it, or "passim".
# matches "41", "p. 41", "pg. 41", "page 41", "pp. 41--43", "at 41", "41ff.", "41 n. 3",
# "41n3", "xii", "passim", "1: 41" (a volume and its page); not "1999", "41st"
_PAGE = r"""(?:\d{1,2}:\s*)?
    (?:(?i:pp?\.|pg\.|pages?|at|ll?\.|S\.|σελ\.)\s*)?
    (?:(?!(?:1[5-9]\d\d|20\d\d)(?!\d))\d{1,4}(?!\d)|[xvilc]+\b|(?i:passim))
    (?:\s*(?:-+|–)\s*\d{1,4})?
    (?:\s*(?:ff?\.?|nn?\.?\s*\d{1,3}(?:\s*(?:-+|–)\s*\d{1,3})?))?(?![\w])"""

# Pages listed: "41, 43", "41 and 43", "41, 52--53".
_PAGES = rf"{_PAGE}(?:\s*(?:,|and|&)\s*{_PAGE})*"

# What closes it: the writer's remark, a quotation after a colon, a stop.
_CLOSE = rf"""(?:{REMARK})?(?::\s*[“"‘].*)?\s*[.;]?\s*"""

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
