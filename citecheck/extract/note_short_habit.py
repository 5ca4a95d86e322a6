"""The details a document's own short forms give: its habit, read from its notes (issue 11).

Chicago's short form (14.29-14.33) is a surname, a short title and a page. Many writers add
a detail to it, and keep to it through their notes: the year beside the title ("Trotzki,
*Literatur und Revolution* (1994), S. 82", German practice), the writer's given names
("Leo Trotzki, *Literatur und Revolution* (1994), S. 82"), the address of a page read
online ("Vell, “The Harbour Strike,” 45, <https://…>"). The reader calls such a citation
full, for its year or its address. Where it repeats a work given in full before, the
document shows its habit: its short forms give these details and no more. A first
citation that gives no more than that habit, and points at a place in the work as a short
form does, is then a short form too, its full form missing (`short-form-before-full`),
when the document's first citations mostly give more (an imprint, a journal, a book): a
document whose first citations give a year alone (an author-date document's "Vell,
*Harbour* (1999), 4") or an address alone (a web article's) writes its full forms so, and
they stay full. `note_forms.settle_forms` applies it.
"""

from __future__ import annotations

from collections.abc import Iterable

from citecheck.extract.note_surname_address import page_before_address, title_to_address
from citecheck.extract.note_year_short import located as year_located
from citecheck.extract.note_year_short import surname_alone, year_only
from citecheck.model import NoteCitation

# The details a short form may carry, beyond a surname, a title and a place in the work.
YEAR = "a year"
ADDRESS = "an address"
NAMES = "given names"

# How many first citations giving more show the document's way of writing full forms.
FULLER_AT_LEAST = 3


def habit_details(citation: NoteCitation) -> frozenset[str] | None:
    """The details a full form reading gives, when they are only a year beside its title
    or an address after it (and perhaps given names): what a short form of some writers
    gives. None when it gives another detail (a place, a publisher, a journal or book), a
    detail in a later sentence, or nothing after its title that the reader left unread."""
    if citation.form != "full" or not (citation.authors and citation.title):
        return None
    if citation.place or citation.publisher or citation.container:
        return None
    if "details read on" in citation.unsure:
        return None  # "Vell, *Harbour*. London: Verso 1999.": a full form's own sentence
    names = frozenset() if surname_alone(citation) else frozenset({NAMES})
    if citation.year and not citation.url and year_only(citation):
        return names | {YEAR}
    if citation.url and not citation.year and title_to_address(citation):
        return names | {ADDRESS}
    return None


def located(citation: NoteCitation, details: frozenset[str]) -> bool:
    """A place in the work after the year ("(1994), S. 82") or before the address ("“…,”
    45, <…>"): a short form points into a work its document introduced."""
    if YEAR in details:
        return year_located(citation)
    return page_before_address(citation)


def fuller(earlier: NoteCitation, details: frozenset[str]) -> bool:
    """True when an earlier reading of the same work gave a detail that this one, with
    `details`, lacks: this one is given again in short ("Leo Trotzki, *Literatur und
    Revolution* (1994), S. 81" after "…, Essen: Arbeiterpresse 1994, S. 79")."""
    return earlier.form == "full" and bool(
        more_than_habit(earlier)
        or (earlier.year and YEAR not in details)
        or (earlier.url and ADDRESS not in details)
    )


def more_than_habit(citation: NoteCitation) -> bool:
    """A place, a publisher, a journal or book, or details in the sentences after the title
    ("Leo Trotzki: Literatur und Revolution. Essen: Arbeiterpresse 1994, S. 79.", whose
    place the reader leaves unread): more than a short form of any habit gives."""
    return bool(
        citation.place
        or citation.publisher
        or citation.container
        or "details read on" in citation.unsure
    )


def within(details: frozenset[str], habit: Iterable[frozenset[str]]) -> bool:
    """True when the details are no more than one of the document's short forms gives."""
    return any(details <= shown for shown in habit)


def first_citations_give_more(citations: Iterable[NoteCitation], candidates: int) -> bool:
    """True when the document writes its full forms with more than a year or an address:
    three or more readings with names, title and more than a habit gives (above), and
    more of them than the first citations that give the habit's details alone
    (`candidates`)."""
    fuller_forms = sum(
        1 for c in citations if c.form == "full" and c.authors and c.title and more_than_habit(c)
    )
    return fuller_forms >= FULLER_AT_LEAST and fuller_forms > candidates
