"""DIN 1505-2's "Surname, Given: Title" where the title opens with a number ("Brandt, Tilo:
1968 und die Folgen"): the given name before the colon is no part of the title."""

from __future__ import annotations

from dataclasses import replace

from citecheck.extract.citation_patterns import UPPER
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A given name (one or two words, or initials) and a colon opening a title read after an
# inverted name.
# matches "Tilo: " in "Tilo: 1968 und die Folgen", "Anna M.: " ; not "Warum: die" (no
# surname and comma before it in the citation), "Tilo:1968" (no space)
_GIVEN_COLON = lazy_compile(rf"(?P<given>[{UPPER}][\w.-]*+(?:\ [{UPPER}][\w.-]*+)?+):\ ++")


def without_din_given(citation: NoteCitation) -> NoteCitation:
    """The citation with the given name the DIN colon ends taken out of its title."""
    if len(citation.authors) != 1 or not citation.title:
        return citation
    found = _GIVEN_COLON.match(citation.title)
    if found is None or found.end() >= len(citation.title):
        return citation
    head = f"{citation.authors[0].surname}, {found.group('given')}:"
    if not citation.text.lstrip().startswith(head):
        return citation
    return replace(citation, title=citation.title[found.end() :])
