"""Two full forms of one work that cite two editions of it (issue 11).

A writer may cite the first edition in one note and a later edition or a reprint in
another (Chicago 14.113-14.118: the edition consulted is cited, and another edition is
another publication). Two full forms of one title with different years are then both right,
not a slip to "make agree", when they name different editions: one gives an edition
statement the other does not give, or another one ("2nd ed.", "rev. ed.", "2. Aufl.",
"Neuauflage", "β΄ έκδ.", "repr.").

Two volumes of one multi-volume work are two publications too, each with its year (Chicago
14.121-14.122: "vol. 1 (1927)", "vol. 2 (1929)"): two full forms naming different volumes
("vol. 2", "Bd. 3", "τόμ. 2") may give different years.

Another imprint alone is not taken for another edition: a note that moves to another
publisher's edition without saying so is still asked to agree (tests/test_note_match_editions,
"two notes, another year"). A year changed in one note with the same edition statement (or
none on either) is a slip.
"""

from __future__ import annotations

import re
import unicodedata

from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A German edition, its number before "Aufl." (as extract/note_patterns writes it; the
# bibliography layer does not import the extractors).
# matches "2. Aufl.", "3., erw. Auflage"; not "2. Mai", "Aufl." alone
_GERMAN_EDITION = r"\d{1,2}\.,?\s*(?:[a-zäöü]+\.?,?\s+){0,4}Aufl(?:age|\.)?"

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
    + _GERMAN_EDITION,
    re.VERBOSE | re.IGNORECASE,
)


# A volume named in a work's details.
# matches "vol. 2", "Vol. II", "volume 3", "Bd. 2", "Band 11", "τόμ. 2", "τόμος 3"; not "vols."
# (the number of volumes: "2 vols."), "Volk", "Bde."
_VOLUME = lazy_compile(
    r"""(?:\b(?:[Vv]ol(?:ume)?\.?|Bd\.|Band)|(?<!\w)τόμ(?:ος|\.))\s*(?P<volume>\d{1,3}|[IVXLC]{1,6})\b""",
    re.VERBOSE,
)


def other_editions(a: NoteCitation, b: NoteCitation) -> bool:
    """True when two full forms of one work name different editions or different volumes
    of it."""
    return _statement(a.text) != _statement(b.text) or _other_volumes(a.text, b.text)


def edition_of(citation: NoteCitation) -> tuple[str, str]:
    """The edition statements and the volume a full form names ("" when none): two full
    forms of one work with other editions are compared each with its own edition's."""
    volume = _VOLUME.search(citation.text)
    return _statement(citation.text), volume.group("volume") if volume else ""


def _other_volumes(x: str, y: str) -> bool:
    """Both name a volume, and not the same one."""
    first, second = _VOLUME.search(x), _VOLUME.search(y)
    return bool(first and second) and first.group("volume") != second.group("volume")


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if c.isalnum() or c.isspace()).split())


def _statement(text: str) -> str:
    """The edition statements a citation's text gives, folded ("" when none)."""
    return " ".join(_folded(m.group()) for m in _EDITION_STATEMENT.finditer(text))
