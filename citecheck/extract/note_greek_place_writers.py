"""A Greek place read as a work's writer: "Βλ. της Νέας Σμύρνης, *…*" (see [the … ] of Nea
Smyrni) has the shape of "Βλ. της Ελένης Ζαχαρίου, *…*" (see E. Zachariou's), and
"Σμύρνης" is no surname.

Greek names many places by an adjective or a saint before the name ("Νέα Σμύρνη", "Άγιος
Νικόλαος", "Παλαιά Φώκαια", "Άνω Λιόσια", "Μικρά Ασία"), declined with it ("της Νέας
Σμύρνης", "του Αγίου Νικολάου"). No given name is such a word, so a "person" whose first
word is one is a place, in any case: the reading is dropped (what follows such a place is
no work by a person of that name). "Νέα Σμύρνη" without a writer's comma shape, and a
person with a given name or an initial ("της Ελένης Ζαχαρίου", "της Ε. Ζαχαρίου"), are
other readings'.
"""

from __future__ import annotations

from citecheck.extract.imprint_words import fold
from citecheck.extract.note_greek import GREEK_CAPITALS
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# The words that open Greek place names, in every case and number (folded: no accents).
_PLACE_OPENERS = frozenset(
    fold(word)
    for word in """
    νέα νέας νέο νέου νέος νέοι νέων νέες νέε
    άγιος αγίου άγιο αγία αγίας άγιοι αγίων αγίες
    παλαιά παλαιάς παλαιό παλαιού παλαιός παλαιοί παλαιών
    άνω κάτω μικρά μικράς μεγάλη μεγάλης μέγας μεγάλου
    """.split()
)

# A citation's opening: perhaps a genitive article, then two capitalised Greek words.
# matches "Νέας Σμύρνης" in "Νέας Σμύρνης, *…*", "του Αγίου Νικολάου"; not "Ε. Ζαχαρίου" (an
# initial)
_TWO_WORDS_OPEN = lazy_compile(
    rf"\s*+(?:(?:της|του|των)\s++)?(?P<first>[{GREEK_CAPITALS}][^\W\d_]++)\s++"
    rf"(?P<second>[{GREEK_CAPITALS}][^\W\d_]++)"
)


def place_as_writer(citation: NoteCitation) -> bool:
    """The first author is a Greek place's second word, its opener before it at the
    citation's start ("Νέας Σμύρνης, *…*" read with the writer "Σμύρνης")."""
    if not citation.authors:
        return False
    found = _TWO_WORDS_OPEN.match(citation.text)
    return (
        found is not None
        and found.group("second") == citation.authors[0].surname
        and place_opener(found.group("first"))
    )


def place_opener(word: str) -> bool:
    """The word opens a Greek place's name ("Νέας", "Αγίου"), never a given name."""
    return fold(word) in _PLACE_OPENERS
