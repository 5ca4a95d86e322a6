"""An imprint outside brackets that gives the publisher first: ", Dale Press, London 1990"
(Greek and German practice, "Τίτλος, Εκδότης, Τόπος Έτος", "Titel, Verlag, Ort Jahr"; the
order ISO 690 allows when a note follows the book's title page).

A web copy's plain title before it ("Ann Vell, Harbour Strikes in Wartime, Dale Press,
London 1990") ends at the comma that opens it, as it ends at a Chicago imprint's bracket.
But "Word Word, Town Year" is also a person, a place and a date ("Ann Vell, Tom Rudd,
London 1990"), so the publisher must read as one: a publisher's word ("Press", "Books",
"Verlag", "Εκδόσεις"), a name imprints give (`is_imprint_word`: "Verso", "Dietz"), or one
word before a town imprints give ("Νήσος, Αθήνα 2005"), never two capitalised words alone,
which a person's names are too."""

from __future__ import annotations

from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_not_persons import publisher_name
from citecheck.extract.note_patterns import PUBLISHER_PLACE_IMPRINT

# The words that open or close a publisher's name and no person's (a list that only
# vouches, so a short one: an unknown house without them is left to the other readings).
_PUBLISHER_WORDS = frozenset(
    """press books publishers publishing publications verlag verlagsanstalt editions
    éditions edizioni editorial editora εκδόσεις εκδοτική""".split()
)


def publisher_imprint_at(s: str, at: int) -> bool:
    """A comma and "Publisher, Place Year" open right at `at`, the publisher read as one."""
    found = PUBLISHER_PLACE_IMPRINT.match(s, at)
    if found is None:
        return False
    publisher = found.group("publisher").strip()
    words = publisher.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words if len(w) > 3):
        return False
    folded = {w.casefold().strip(".") for w in words}
    if folded & _PUBLISHER_WORDS or publisher_name(publisher) or is_imprint_word(publisher):
        return True
    # one word before a town imprints give: "Νήσος, Αθήνα 2005", "Hale, Leeds 1990"
    return len(words) == 1 and is_imprint_word(found.group("place").strip())
