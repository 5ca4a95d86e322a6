"""The writer of a work a note gives right after a quotation it ascribes to that writer:
"… refers to Ruiz's statement that, "…". *The Long Retreat*, trans. Ana Vell (Leeds:
Dale Press, 1972), 93." The sentence names the writer (a possessive and a word for what
was said, or the writer and a verb of saying), the quotation closes it, and the next
sentence opens with the work, unsigned: Chicago's source of a quotation run into a note's
text, whose author the text has just named (14.x: the nearest named person whose words
they are). An unsigned reading there takes the writer; nothing is added."""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.bibliography.names import author
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A quotation ascribed to its writer: a possessive and a word for the words quoted, or the
# writer and a verb of saying, then (perhaps "that" and a comma) the opening quote.
# matches "Ruiz's statement that, “", "Ruiz’s words: \"", "Ruiz wrote that \"", "Ruiz puts
# it: “"; not "the statement that “" (no writer), "Ruiz's book “" (a title: no words
# quoted), "Obst wrote “" after "Ruiz and " (two writers)
_ASCRIBED = lazy_compile(
    r"""(?<![\w'’.-])(?<!\band\s)(?<!&\s)(?P<name>[A-Z][^\W\d_]++(?:-[A-Z][^\W\d_]++)?)
        (?:['’]s\s++(?:(?:own|famous|earlier|later|well-known)\s++)?
           (?:statement|words|remark|claim|observation|phrase|formulation|dictum|argument
             |assertion|comment|line|contention|insistence|warning|description)
         |\s++(?:wrote|writes|said|says|argued|argues|observed|observes|remarked|remarks
             |put\s+it|puts\s+it|noted|notes|insisted|insists|declared|declares))
        (?:\s++that)?\s*+[,:]?\s*+[“"]""",
    re.VERBOSE,
)

# The quotation's end closing the sentence right before the work, and the space after it.
# matches '". ', '”. ', '." ', '" '; not '", 45. ' (a page after it)
_CLOSED = lazy_compile(r"""(?:[”"]\.|\.[”"]|[”"])\s*+\Z""")

# A quotation's end followed by a new sentence between the ascription and the work: the
# words quoted ended before, so the work is not their source.
# matches '”. The ', '." It '; not '”, he wrote'
_ENDED_BEFORE = lazy_compile(r"""(?:[”"]\.|\.[”"])\s++[A-Z]""")

# Words that take a capital and a possessive but name no writer.
_NOT_WRITERS = frozenset("The This That These Those Its It He She They We One Another".split())

# How far before the work the ascription is looked for (a quotation of a few sentences).
_REACH = 1_200


def ascribed_writers(text: str, found: list[NoteCitation]) -> list[NoteCitation]:
    """`found` (one note's readings, offsets in `text`) with each unsigned full form that
    opens the sentence after a quotation ascribed to its writer given that writer."""
    if not any(not c.authors and c.title for c in found) or ('"' not in text and "”" not in text):
        return found  # cheap test first
    return [_with_writer(text, c) if not c.authors and c.title else c for c in found]


def _with_writer(text: str, citation: NoteCitation) -> NoteCitation:
    start = citation.span.start
    while start > 0 and text[start - 1] in '*_“"‘':
        start -= 1  # the title's own mark
    name = ascribed_writer_before(text, start)
    if name is None:
        return citation
    kept = [p for p in citation.unsure.split("; ") if p and p != "no author"]
    unsure = "; ".join([*kept, "writer of the quotation before"])
    return replace(citation, authors=(author(name),), unsure=unsure)


def ascribed_writer_before(text: str, start: int) -> str | None:
    """The writer a quotation closing the sentence before `start` is ascribed to, or None:
    a work opening the sentence at `start` is that quotation's source."""
    window = max(0, start - _REACH)
    closed = _CLOSED.search(text, window, start)
    if closed is None:
        return None
    last = max(_ASCRIBED.finditer(text, window, start), key=lambda m: m.start(), default=None)
    if last is None or last.group("name") in _NOT_WRITERS:
        return None
    if _ENDED_BEFORE.search(text, last.end(), closed.start()) is not None:
        return None
    return last.group("name")
