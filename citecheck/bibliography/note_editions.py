"""Two full forms of one work that cite two editions of it (issue 11).

A writer may cite the first edition in one note and a later edition or a reprint in
another (Chicago 14.113-14.118: the edition consulted is cited, and another edition is
another publication). Two full forms of one title with different years are then both right,
not a slip to "make agree", when they name different editions: one gives an edition
statement the other does not give, or another one ("2nd ed.", "rev. ed.", "2. Aufl.",
"Neuauflage", "β΄ έκδ.", "repr.").

Another imprint alone is not taken for another edition: a note that moves to another
publisher's edition without saying so is still asked to agree (tests/test_note_match_editions,
"two notes, another year"). A year changed in one note with the same edition statement (or
none on either) is a slip.
"""

from __future__ import annotations

import re
import unicodedata

from citecheck.extract.note_patterns import GERMAN_EDITION
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# An edition named in a work's details.
# matches "2nd ed.", "second edition", "rev. ed.", "revised edn", "new ed.", "2. Aufl.",
# "3., erw. Auflage", "Neuauflage", "Nachdruck", "repr.", "reprinted", "β΄ έκδ.", "2η έκδοση";
# not "ed. Ann Pole" (an editor), "edited by", "Aufbau", "edn" alone
_EDITION_STATEMENT = lazy_compile(
    r"""\b(?:(?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|rev(?:ised)?|new
            |enl(?:arged)?|expanded|updated|paperback)\.?\s+ed(?:ition\b|n\b|\.)
        |(?:Neuauflage|Neuaufl\.|Neuausgabe|Nachdruck|Neudruck|Taschenbuchausgabe)
        |(?:repr(?:int(?:ed)?)?\b\.?|rpt\.)
        |(?:\d{1,2}η|[β-ω][΄'’])\s*έκδ)
      |"""
    + GERMAN_EDITION,
    re.VERBOSE | re.IGNORECASE,
)


def other_editions(a: NoteCitation, b: NoteCitation) -> bool:
    """True when two full forms of one work name different editions of it."""
    return _statement(a.text) != _statement(b.text)


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if c.isalnum() or c.isspace()).split())


def _statement(text: str) -> str:
    """The edition statements a citation's text gives, folded ("" when none)."""
    return " ".join(_folded(m.group()) for m in _EDITION_STATEMENT.finditer(text))
