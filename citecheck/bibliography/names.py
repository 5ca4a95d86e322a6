"""Surnames folded for matching: case, diacritics, particles and punctuation removed.

"van der Linden", "Van Der Linden" and "Linden" fold alike; so do "Zbavitelová" and
"Zbavitelova". Citations and entries are compared on the folded forms only.
"""

from __future__ import annotations

import re
import unicodedata

from citecheck.model import Author

# Lower-case name particles that are not sorted on ("van der Linden" sorts under L).
PARTICLES = frozenset(
    {
        "van", "von", "der", "den", "de", "du", "da", "di", "del", "della", "des", "la",
        "le", "ter", "ten", "dos", "das", "al", "el", "bin", "ibn", "zu", "vom", "y",
    }
)  # fmt: skip

# A particle glued by an apostrophe: "d’Alembert", "dell'Acqua".
# matches "d’", "dell'"; not "O’" (O’Brien keeps its O)
GLUED_PARTICLE = re.compile(r"^(?P<particle>d|dell|l)['’](?=\w)", re.IGNORECASE)

# A possessive ending: "Harman’s (2009) account".
# matches "’s" in "Harman’s"; not "s" in "Hallas"
POSSESSIVE = re.compile(r"['’]s$")


def fold(surname: str) -> str:
    """The matching form of a surname: "van der Linden" -> "linden", "Zbavitelová" ->
    "zbavitelova", "O’Brien" -> "obrien"."""
    words = surname.replace("{", "").replace("}", "").split()
    while len(words) > 1 and words[0].lower() in PARTICLES:
        words = words[1:]
    name = " ".join(words)
    name = POSSESSIVE.sub("", name)
    name = GLUED_PARTICLE.sub("", name)
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c)).lower()


def author(surname: str) -> Author:
    clean = POSSESSIVE.sub("", " ".join(surname.split()))
    return Author(surname=clean, folded=fold(clean))
