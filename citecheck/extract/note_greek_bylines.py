"""A Greek cue that names the kind of work and its writer in the genitive, then the writer
and the title with no comma between: "Βλ. το βιβλίο του Λ. Ντάροου Για τη θεωρία, Γναρδ,
Αθήνα 1978" (see the book of L. Darrow, *On theory*, …).

After "το βιβλίο του" (the book of) the next person is the writer by the grammar: his
initials, if any, and one word (foreign names, transliterated, do not decline). A web copy
drops the title's marks, so the title runs on from the name; it is read only when an
imprint vouches for it, open ("…, Γναρδ, Αθήνα 1978", "…, Αθήνα: Γναρδ 1978", "…, Αθήνα
1978") or in brackets with its publisher ("… (Αθήνα: Γναρδ, 1978)").
"""

from __future__ import annotations

import re

from citecheck.bibliography.names import author
from citecheck.extract.note_details import read_details
from citecheck.extract.note_german import open_imprint_at
from citecheck.extract.note_greek import GREEK_CAPITALS, GREEK_PLACE_YEAR
from citecheck.extract.note_greek_names import greek_given_name_genitive
from citecheck.extract.note_parts import build_citation
from citecheck.extract.note_patterns import (
    PLACE_YEAR_IMPRINT,
    PLAIN_TITLE_END,
    PUBLISHER_PLACE_IMPRINT,
)
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A cue ending in the kind of work and the genitive article: the writer follows.
# matches "Βλ. το βιβλίο του ", "βλ. σχετικά το άρθρο της "; not "Βλ. ", "το βιβλίο του" with
# no cue (prose)
_KIND_OF = lazy_compile(r"(?i:βλ\.|βλέπε|πρβλ\.).*\s(?:του|της|των)\s+$")

# The writer after such a cue, and the start of the title run on from the name.
# matches "Λ. Ντάροου " before "Για", "Ντάροου " before "Για"; not "Λ. Ντάροου, " (a comma:
# the ordinary reading), "Λ. Ντάροου." (no title)
_WRITER_THEN_TITLE = lazy_compile(
    rf"""(?P<person>(?:[{GREEK_CAPITALS}A-Z][βγδζθκλμνξπρστφχψ]?\.\s?){{0,3}}
                    [{GREEK_CAPITALS}A-Z][^\W\d_]+)\s+(?=[{GREEK_CAPITALS}])""",
    re.VERBOSE,
)

# A title's marks: a title so marked is not run on from the name.
_MARKS = '*_«»“”„"'

# A Greek imprint in brackets with its publisher.
# matches " (Αθήνα: Γναρδ, 1978)"; not " (1978)", " (Αθήνα 1978)"
_BRACKET_IMPRINT = lazy_compile(
    rf"\s*\(\s*[{GREEK_CAPITALS}][^():]{{1,40}}:\s[^()]{{1,80}}?(?:1[5-9]\d\d|20\d\d)\s*\)"
)


def genitive_cue_work(
    s: str, k: int, cue_end_text: str, offset: int, end: int, note: int
) -> NoteCitation | None:
    """The work at `k` after a cue ending "του"/"της" (`cue_end_text`: the segment up to
    `k`), its writer then its plain title with no comma between; None otherwise."""
    if _KIND_OF.search(cue_end_text) is None:
        return None
    found = _WRITER_THEN_TITLE.match(s, k)
    if found is None:
        return None
    person, start = found.group("person"), found.end()
    if " " not in person and greek_given_name_genitive(person):
        # "του Γιάννη Παπαδόπουλου …": the given name's genitive, then the surname
        surname = _WRITER_THEN_TITLE.match(s, start)
        if surname is None or "." in surname.group("person"):
            return None
        person, start = person + " " + surname.group("person"), surname.end()
    stop = PLAIN_TITLE_END.search(s, start)
    stop_at = stop.start() if stop else len(s)
    title = s[start:stop_at].strip(" ,.")
    if len(title.split()) < 2 or any(mark in title for mark in _MARKS):
        return None  # a marked title is `note_kind_writers`': this reads plain ones
    if GREEK_PLACE_YEAR.match(s, start):
        return None  # "Βλ. το βιβλίο του Κέδρου Αθήνα 1978": a place and a year, no title
    vouched = (
        PLACE_YEAR_IMPRINT.match(s, stop_at)
        or PUBLISHER_PLACE_IMPRINT.match(s, stop_at)
        or open_imprint_at(s, stop_at)
        or _BRACKET_IMPRINT.match(s, stop_at)
    )
    if not vouched:
        return None
    details = read_details(s[stop_at:])
    if not details.year:
        return None
    surname = person.split()[-1].split(".")[-1]
    unsure = ["plain title", "writer named in the cue"]
    return build_citation(
        s, k, offset, end, note, "full", (author(surname),), title, "plain", details, unsure
    )
