"""A Greek writer cited after a masculine article in the accusative or genitive, by the
nominative a reference list gives ("Κατά τον Μηλιό (2008)" cites Μηλιός; "η ανάλυση του
Νικολαΐδη (2010)" Νικολαΐδης).

Greek declines a man's surname after "κατά τον", "σύμφωνα με τον", "του", but a list (and
the truth of a citation) names the writer in the nominative. The document decides first,
by the note reader's rule for a surname's cases (`note_greek_backrefs._same_stem`: the
nominative's final "ς" dropped, or "-ος" made "-ου"): a writer it names in the nominative
of this stem is the one cited; one it names as written ("Φουκό", "Γεωργίου") stays so.
Without either, only the common paroxytone surnames get their "-ς" back: after an
unstressed "-ο", "-η" or "-α" of the accusative ("τον Παπαδόπουλο", "τον Σαββάκη"), or "-η"
or "-α" of the genitive ("του Νικολαΐδη"). A stressed final vowel may end a French or
Italian name, which does not decline ("τον Φουκό", "τον Ντεριντά"), and a genitive in
"-ου" a surname of that form ("του Γεωργίου"). A woman's surname does not decline, so
"την" and "της" change nothing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from citecheck.extract.imprint_evidence import ImprintEvidence
from citecheck.extract.imprint_words import fold

# Masculine articles of the accusative and the genitive, singular and plural, alone or
# fused with "σε" (to, in).
_ACCUSATIVE = frozenset("τον τους στον στους".split())
_GENITIVE = frozenset("του των στου".split())

# Unstressed final vowels of a paroxytone surname's accusative ("Παπαδόπουλο", "Σαββάκη",
# "Κάλλα"); the genitive's are the last two ("Σαββάκη", "Κάλλα").
_UNSTRESSED_ENDS = ("ο", "η", "α")


def nominatives(names: Sequence[str], article: str, evidence: ImprintEvidence) -> list[str]:
    """`names` as the nominative the document names them by, when `article` (the word just
    before them) is a masculine accusative or genitive one; else `names` unchanged."""
    article = article.lower()  # not casefold: it makes a final "ς" "σ"
    if article not in _ACCUSATIVE and article not in _GENITIVE:
        return list(names)
    return [_nominative(name, article in _ACCUSATIVE, evidence) for name in names]


def _nominative(name: str, accusative: bool, evidence: ImprintEvidence) -> str:
    if len(name.split()) != 1 or not _greek(name):
        return name
    oblique = fold(name)  # lower case, no accents, every sigma "σ"
    if oblique in evidence.authors:
        return name  # the document names the writer so ("Φουκό", "Γεωργίου")
    # the nominatives `note_greek_backrefs._same_stem` pairs with this oblique form, looked
    # up rather than compared with every writer (a document of thousands stays linear)
    if oblique + "σ" in evidence.authors:
        return name + "ς"  # "Μηλιό" -> "Μηλιός", "Νικολαΐδη" -> "Νικολαΐδης"
    if oblique.endswith("ου") and oblique[:-2] + "οσ" in evidence.authors:
        return name[:-2] + ("ός" if name.endswith("ού") else "ος")  # "Μηλιού" -> "Μηλιός"
    if name.endswith(_UNSTRESSED_ENDS if accusative else _UNSTRESSED_ENDS[1:]):
        return name + "ς"  # "τον Παπαδόπουλο", "του Νικολαΐδη"; a genitive in "-ο" is foreign
    return name


def _greek(name: str) -> bool:
    return "GREEK" in unicodedata.name(name[0], "")
