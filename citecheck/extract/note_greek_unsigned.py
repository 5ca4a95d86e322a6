"""An unsigned piece (a journal's interview, a themed issue, an editorial) named in a Greek
note after a few words of the note's own: 'Το πρωτότυπο: „Die Arbeiterklasse …", *Widerspruch
und Form*, Heft 3/2017, S. 8-21' (the original: …), 'Βλ. το αφιέρωμα „Das neue …", *Hefte für
Klassenanalyse* 58 (2016)' (see the themed issue …).

A title with no writer must open its segment to be read as a work (a quotation in prose is
none); in Greek notes a label and a colon ("Το πρωτότυπο:", "Η πηγή:") or an article and a
noun naming the kind of piece ("το αφιέρωμα", "τη συνέντευξη") may stand before it. Read by
the shape after them only: a quoted title, then a periodical and its issue with a year
("*Journal*, Heft 3/2017", "Journal 58 (2016)", "Περιοδικό, τχ. 41, 1992"). A place and a
year ("«…», Αθήνα 1978") or a year alone are no periodical's issue.
"""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_greek import GREEK_CAPITALS
from citecheck.extract.note_greek_prose_works import WORK_WINDOW
from citecheck.extract.note_work import read_at
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# Greek lower-case letters, with the accented ones.
_LOWER = "α-ωάέήίόύώϊϋΐΰς"

# Before a quoted title: a Greek article and one noun, or a capitalised label of up to three
# words and a colon.
# matches "το αφιέρωμα " before "“Das neue …”", "Το πρωτότυπο: " before "“Die …”", "Η πηγή: ";
# not "το αφιέρωμα" before "*Journal*" (no quoted title), "Βλ. " (a cue: the ordinary
# reading), "Die Zeit: " (Latin letters: a German colon style, `note_prose`)
_LEAD = lazy_compile(
    rf"""(?<![^\s\]])
        (?:(?:το|τη|την|τα|τις|ο|η|οι)\s+[{_LOWER}]+\s+
          |[{GREEK_CAPITALS}][{_LOWER}]*(?:\s+[{_LOWER}]+){{0,2}}\s*:\s+)
        (?=[“"„«])""",
    re.VERBOSE,
)

# After the title's closing mark: a periodical (marked or not) and its issue with a year.
# matches ', *Widerspruch und Form*, Heft 3/2017', ", Hefte für Klassenanalyse 58 (2016)", ",
# Ζητήματα, τχ. 41, 1992"; not ", Αθήνα 1978" (a place and a year), ", 1978", ", σ. 12"
_PERIODICAL_ISSUE = lazy_compile(
    rf"""\s*,\s*[*_]?[{UPPER}][^,;()*_\d]{{1,60}}?[*_]?(?:\s*,\s*|\s+)
        (?:(?:Heft|H\.|Nr\.|[Nn]o\.|[Vv]ol\.|Jg\.|τχ\.|τεύχος|αρ\.)\s*)?
        (?:\d{{1,4}}/(?:1[5-9]\d\d|20\d\d)
          |\d{{1,4}}(?:-\d{{1,4}})?\s*\(\s*(?:1[5-9]\d\d|20\d\d)\s*\)
          |\d{{1,4}}(?:-\d{{1,4}})?\s*,\s*(?:1[5-9]\d\d|20\d\d))(?!\d)""",
    re.VERBOSE,
)

# Closing marks a title may end with.
_CLOSING = '”"»“'

# How many leads one segment tries.
_TRIES = 3


def unsigned_after_lead(s: str, k: int, start: int, note: int) -> NoteCitation | None:
    """The unsigned piece named after a Greek lead at or after `k` in the segment `s`."""
    if "“" not in s and '"' not in s and "„" not in s and "«" not in s:
        return None  # cheap test first: the title is quoted
    for tries, lead in enumerate(_LEAD.finditer(s, k)):
        if tries >= _TRIES:
            break
        at = lead.end()
        stop = min(len(s), at + WORK_WINDOW)
        read = read_at(s[at:stop], 0, start + at, start + stop, note)
        if read is None or read.authors or not read.title or not read.year:
            continue
        title_at = s.find(read.title, at)
        if title_at < 0:
            continue
        close = title_at + len(read.title)
        while close < len(s) and s[close] in _CLOSING:
            close += 1
        if _PERIODICAL_ISSUE.match(s, close):
            return read
    return None
