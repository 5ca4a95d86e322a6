"""A surname, a title and an address: a web copy's short form, or a first citation?

"Zetter, “Memories of the Congress,” <http://…#h07>." is read as a full form because it
gives an address. But it names its writer by the surname alone and gives neither a year
nor an imprint: it has the shape of a short form (Chicago 14.29: surname and short title),
with the address of the page it quotes added, as web articles do. `note_forms.settle_forms`
settles it short when the work was cited before. When it comes first, it is a short form
whose full form is missing (`short-form-before-full`) only when its address points at a
place in the page (a "#" fragment, as a page number points at a place in a book) and the
document writes its full forms with given names (three or more full forms, and three for
each such citation): "Marx, *The Civil War in France*, available at <…>" names a whole
text online, a first citation that lacks its details, not a short form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citecheck.model import Manuscript, NoteCitation

NAMED_AT_LEAST = 3
NAMED_RATIO = 3

# A lead-in before the writer.
# matches "See ", "see also ", "Cf. "; not "Seen "
_LEAD_IN = r"(?:(?i:see(?:\s++also)?|cf\.|vgl\.)\s++)?"


def surname_and_address(citation: NoteCitation) -> bool:
    """A full form read for its address alone, its writer named by the surname: the
    surname opens it and a marked title follows ("Zetter, “Memories …,” <…>")."""
    if not address_only(citation):
        return False
    surname = re.escape(citation.authors[0].surname)
    # matches 'Zetter,"Memories', "See Zetter, *Memories"; not "Clara Zetter, “Memories",
    # "Zetter, Clara, “Memories"
    opening = rf"\s*+{_LEAD_IN}{surname}\s*+[,:]\s*+[“\"*„«‘']"
    if re.match(opening, citation.text) is None:
        return False
    return title_to_address(citation)


def address_only(citation: NoteCitation) -> bool:
    """A full form with a writer, a title and an address, and no year, imprint or
    container: the address its only detail."""
    return (
        citation.form == "full"
        and bool(citation.url and citation.authors and citation.title)
        and not (citation.year or citation.place or citation.publisher or citation.container)
    )


def title_to_address(citation: NoteCitation) -> bool:
    """True when the address follows the title with nothing between them but marks or a
    page: a site's name there ("(Marxists.org)") is a detail a full form gives (Chicago
    14.206)."""
    at = citation.text.find(citation.title) if citation.title else -1
    if at < 0:
        return False
    after = at + len(citation.title)
    return bool(
        _TO_ADDRESS.match(citation.text, after)
        or _PAGE_TO_ADDRESS.match(citation.text, after)
        or _LOCATOR_TO_ADDRESS.match(citation.text, after)
    )


def page_before_address(citation: NoteCitation) -> bool:
    """A page between the title and the address ("Zetter, “Memories,” 45, <…>")."""
    at = citation.text.find(citation.title) if citation.title else -1
    return at >= 0 and _PAGE_TO_ADDRESS.match(citation.text, at + len(citation.title)) is not None


# Marks alone between a title and its address.
# matches '," <', '," ⟨link⟩', "*, http://"; not "* (Marxists.org): http://", "*, available at"
_TO_ADDRESS = re.compile(r"""[\s,.:;"”’'*_»“]*+(?:⟨link⟩|<|https?://|www\.)""")

# Where a work given again is read: a place in it (a page, a paragraph, a chapter, a
# section), then the address, bare, in brackets, or after words that lead to it; or the
# address right after the title after such words. A work given again with no more than
# these is a short form (the first citation of one stays as `page_before_address` and
# `anchored_first_citations` decide: an address printed in brackets is a detail there).
# matches "*, para. 14, http://", "*, chap. 3, http://", "*, 14 (http://", "*, 14, accessed
# via http://", "*, 14, see http://", "*, at http://", "* [http://"; not "*, 1999, http://"
# (a year), "*, *Harbour Blog*, http://", "*, available at http://" (a whole text online:
# the module's doc), "* (Marxists.org): http://"
_LOCATOR_TO_ADDRESS = re.compile(
    r"""[\s"”’'*_»“]*+
        (?:,[\s"”’'*_»“]*+(?:(?:pp?|paras?|chaps?|ch|sec|§)\.?\s*+)?
           (?!1[5-9]\d\d\b|20\d\d\b)\d{1,4}+(?:[–-]{1,2}+\d{1,4}+)?+[\s,.:;]*+
           (?:(?i:accessed|online)(?:\s++(?:at|via|from))?\s*+(?::\s*+|(?<=\s))
             |(?:at|see|via)\s++)?
         |,\s*+(?:at|see|via|(?i:accessed)\s++(?:at|via))\s++
         |\s*+(?=[(\[]))
        [(\[]?(?:⟨link⟩|<|https?://|www\.)""",
    re.VERBOSE,
)

# A page, then the address, after a title: the page points at a place in the work, as a
# short form's does (Chicago 14.29); an address after it is where the text is read, no
# imprint. Possessive runs: linear.
# matches '," 45, <', "*, p. 45, available at http://", "*, 12–14, ⟨link⟩"; not "*, 1999,
# http://" (a year: a detail), "* (Marxists.org), 45, http://", "*, *Journal* 5, http://"
_PAGE_TO_ADDRESS = re.compile(
    r"""[\s"”’'*_»“]*+,[\s"”’'*_»“]*+(?:pp?\.\s*+)?(?!1[5-9]\d\d\b|20\d\d\b)\d{1,4}+(?:[–-]{1,2}+\d{1,4}+)?+
        [\s,.:;]*+(?:(?i:available|online)\s++(?:(?i:online)\s++)?(?i:at|from)?\s*+:?\s*+)?
        (?:⟨link⟩|<|https?://|www\.)""",
    re.VERBOSE,
)


def _surname_first(citation: NoteCitation) -> bool:
    surname = re.escape(citation.authors[0].surname)
    return re.match(rf"\s*+{_LEAD_IN}{surname}(?!\w)", citation.text) is not None


def full_forms_give_names(citations: Sequence[NoteCitation], without: int) -> bool:
    """True when the document writes its full forms with the writer's given names: three
    or more such full forms (imprint, year or container read, names before the surname),
    and three for each first citation of a surname, a title and an address."""
    named = sum(
        1
        for c in citations
        if c.form == "full"
        and c.authors
        and c.title
        and (c.year or c.place or c.publisher or c.container)
        and not _surname_first(c)
    )
    return named >= NAMED_AT_LEAST and named >= NAMED_RATIO * without


# A fragment in an address: the place in the page a short form points at.
# matches "#h07", "#ch2"; not "#" alone, "?sid=5739"
_FRAGMENT = re.compile(r"#[\w.-]+")


def anchored_first_citations(manuscript: Manuscript) -> set[int]:
    """Where the citations of a surname, a title and an address to a place in the page
    start, when the document's full forms give given names: short forms, as above."""
    text = manuscript.source.text
    found = [
        c
        for c in manuscript.note_citations
        if surname_and_address(c)
        and (_FRAGMENT.search(text, c.span.start, c.span.end) or page_before_address(c))
    ]
    if not found or not full_forms_give_names(manuscript.note_citations, len(found)):
        return set()
    return {c.span.start for c in found}
