"""A link's hidden address is no publication detail: a note is read as it is printed (issue 11).

A Markdown note may hang its address on the title, "Zetter, [“Memories,”](http://…) 45.",
and a web page's copy of the same note keeps only the printed words, "Zetter, “Memories,”
45.". The reader takes an address written out ("…, http://…", "<http://…>") for a detail
a full form gives (Chicago 14.6), and that stays so. An address behind the link's words is
not printed: a reader of the page sees a surname, a short title and a page, a short form
(Chicago 14.29). So where a hidden address is the only detail a reading has, its form is
what the printed words make it, as the web copy reads it: a surname alone before the title
is a short form; given names before it make a full form that lacks its details ("no
publication details"), which `note_forms.settle_forms` then settles by the document's
other notes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from citecheck.extract.note_forms import NO_DETAILS
from citecheck.extract.note_patterns import REMARK
from citecheck.extract.note_year_short import surname_alone
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

_NO_YEAR = "no year"

# The writer's remark after the page ends the printed words as the page does: "…, 44,
# emphasis added.", "…, 44 (my translation)."
_REMARK_AT_END = lazy_compile(REMARK, re.VERBOSE)

# Where the text is read, after the page, the link's words naming a site, not an address:
# "…, 44; available at [Archive.org](…).", "…, 44. Online at [the Dale Press](…)." The page
# prints "available at Archive.org", which no reader takes for a detail of the work, and a
# web copy reads the short form; an address written out there is printed (excluded below).
# matches ", available at  Archive.org ⟨link⟩ .", "; online at the Dale site ⟨link⟩";
# not "available at Archive.org" (no hidden address), ", *Review* 3 ⟨link⟩"
_WHERE_READ_AT_END = re.compile(
    r"""[,;.]\s*+(?i:available|accessible|viewable|read|online)
        (?:\s++(?i:online))?\s++(?i:at|from|on|via)\s*+:?\s*+
        [^\W\d][^,;:()⟨]{0,60}?\s*+⟨link⟩[\s.]*+$""",
    re.VERBOSE,
)

# An address printed in the note's masked text, where a link's target is blanked ("](   )")
# and an angle-bracketed address leaves its brackets ("<   >", which a page shows).
# matches "http://x.org", "www.x.org"; not "](      )"
PRINTED_ADDRESS = re.compile(r"https?://|\bwww\.")


def printed_forms(
    citations: Sequence[NoteCitation], written: str, base: int, marker: str
) -> list[NoteCitation]:
    """The readings of one note (`written`, its masked text: link targets blanked, starting
    at `base`), each whose only detail is a link's hidden address read as its printed
    words make it."""
    return [_printed(c, written, base, marker) for c in citations]


def _printed(citation: NoteCitation, written: str, base: int, marker: str) -> NoteCitation:
    if not _hidden_address_only(citation, written, base, marker):
        return citation
    if surname_alone(citation) or not citation.authors:
        unsure = "; ".join(p for p in citation.unsure.split("; ") if p and p != _NO_YEAR)
        return replace(citation, form="short", unsure=unsure)
    if NO_DETAILS in citation.unsure:
        return citation
    unsure = "; ".join(p for p in (citation.unsure, NO_DETAILS) if p)
    return replace(citation, unsure=unsure)


def _hidden_address_only(citation: NoteCitation, written: str, base: int, marker: str) -> bool:
    """A full reading with names and a title whose only detail is an address, and every
    address in its words a link's hidden target. A title with no names counts when a page
    follows it: "[*Harbour Lights*](…), 44." prints an unsigned work's short form
    (Chicago 14.32)."""
    if citation.form != "full" or citation.url != marker or not citation.title:
        return False
    if not (citation.authors or citation.pages):
        return False
    if citation.year or citation.place or citation.publisher or citation.container:
        return False
    text = citation.text
    where = _WHERE_READ_AT_END.search(text) if citation.pages else None
    if where is not None:
        text = text[: where.start()] + " " + marker
    close = text.replace(marker, " ").rstrip(" .")
    remark = _REMARK_AT_END.search(close)
    if remark is not None:
        close = close[: remark.start()]
    if citation.pages and not close.endswith(citation.pages):
        return False  # a locator then more words: not a short form's close
    # the link may close right after the reading ("[Kessel, *Harbour Lights*, 44.](…)")
    words = written[citation.span.start - base : citation.span.end - base + 2]
    if "](" not in words:
        return False  # an angle-bracketed or HTML anchor's address: printed, or unknown
    return PRINTED_ADDRESS.search(words) is None and "<" not in words
