"""Works set in a sentence of prose after a person named there: a person with given names, a
bridge ("in the essay", a possessive, a comma) and a title, marked or (in a web copy) plain
with its imprint; and a short form after a clause of commentary ("and, for a contrary view,
Ellery, *Salt Roads*, 77"). Each tries a few places a segment, so a long note stays linear."""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import NAME_WORD, UPPER
from citecheck.extract.note_details import says_online
from citecheck.extract.note_patterns import GIVEN_PERSON
from citecheck.extract.note_work import read_at
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A person with given names in prose, then "in the essay" (or his, her, their) or a
# possessive, and a marked title: "the political scientist J. P. Nettl, in the essay “…” (in
# *Past and Present* …)", "This is the argument of Lars Lih's *Lenin Rediscovered* (…)".
# A person and a comma before the title is a citation set in the prose ("the best account
# remains Gwen Tate, *After the Strike* (Cardiff: …, 1987)"), kept only with an imprint.
# matches before "J. P. Nettl, in the essay “", "Perry Anderson in his *", "Lars Lih's *",
# "Gwen Tate, *"; not "Nettl in 1965" (no title), "Rosa Luxemburg's biographer, " (no title
# after)
_APPOSITIVE = lazy_compile(
    rf"""(?<![\w.’'-])(?={GIVEN_PERSON}
          (?:,?\s+in\s+(?:his|her|their|the)\s+(?:[a-z]+\s+){{0,2}}
            |(?<=['’]s)(?P<possessive>\s+(?:[a-z]+,?\s+){{0,3}})
            |(?P<comma>,\s+))
        [*_“\"‘])""",
    re.VERBOSE,
)


# How many persons `appositive` tries in one segment (each a reading of the rest).
_MARKED_APPOSITIVE_TRIES = 10


def appositive(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    """A person named in prose with a bridge to a marked title: "the political scientist J.
    P. Nettl, in the essay “…” (…)", "the argument of Lars Lih's *Lenin Rediscovered* (…)"."""
    if not (" in " in s or "'s " in s or "’s " in s or ", *" in s or ", “" in s):
        return None  # cheap test first
    for tries, person in enumerate(_APPOSITIVE.finditer(s, k + 1)):
        if tries >= _MARKED_APPOSITIVE_TRIES:
            break  # a sentence of many writers: each a reading of the rest of it
        citation = read_at(s, person.start(), start, end, note, names_needed=True)
        vouched = citation is not None and bool(
            citation.place or citation.url or says_online(citation.text)
        )  # a web copy's "(1960), available online here" for a link
        set_in_prose = person.group("possessive") is not None or person.group("comma")
        if citation is not None and (not set_in_prose or vouched):
            # a possessive in prose names a work in passing unless its imprint or address
            # follows:
            # "… of Susan Buck-Morss's *The Origin …* (1977) and …" is a mention
            return citation
    return None


# The same in a web copy: a person with given names in prose, a possessive or a comma, and a
# plain title that an imprint right after it vouches for ("This is the argument of Petra
# Novak's Harbours and Hinterlands (Bristol: Seaway, 2005)", "the best account remains Gwen
# Tate, After the Strike (Cardiff: Valley Press, 1987)").
# matches before "Petra Novak's Harbours … (Bristol: ", "Gwen Tate, After the Strike
# (Cardiff: "; not "Gwen Tate, who wrote (Cardiff: " (no capital), "Novak's view (1990)" (no
# imprint)
_APPOSITIVE_PLAIN = lazy_compile(
    rf"""(?<![\w.’'-])(?={GIVEN_PERSON}(?:(?<=['’]s)\s+|,\s+)
        [{UPPER}][^()*_“”\"‘;]{{2,150}}?\s\(\s*[{UPPER}][^():]{{1,40}}:\s)""",
    re.VERBOSE,
)

# How many persons `plain_appositive` tries in one segment (each a reading of the rest).
_APPOSITIVE_TRIES = 3


def plain_appositive(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    """A web copy's plain title after a person in prose, kept only with its imprint."""
    if "(" not in s or ":" not in s:
        return None  # cheap test first: an imprint has both
    for tries, person in enumerate(_APPOSITIVE_PLAIN.finditer(s, k + 1)):
        if tries >= _APPOSITIVE_TRIES:
            break
        citation = read_at(s, person.start(), start, end, note, names_needed=True)
        if citation is None or not citation.place or citation.title_style != "plain":
            continue
        if _headline_case(citation.title) and not _PERSON_FIRST.match(citation.title):
            return citation
    return None


# A person with given names opening what was read as a title, then a comma or "and": more
# people in prose ("Gwen Tate, Paul Okafor and others at the launch").
# matches "Paul Okafor and", "Paul Okafor,"; not "After the Strike", "Harbours and"
_PERSON_FIRST = lazy_compile(rf"{GIVEN_PERSON}(?:,|\s+(?:and|&)\s)")


def _headline_case(title: str) -> bool:
    """Three quarters of the title's longer words capitalised, as a title set in prose
    without marks must be to be told from the prose ("… and others at the launch")."""
    long_words = [w for w in title.split() if len(w) > 3]
    capitals = sum(1 for w in long_words if w[:1].isupper() or w[:1].isdigit())
    return 4 * capitals >= 3 * len(long_words)


# A short form after a clause of commentary and its comma: "and, for a contrary view,
# Ellery, *Salt Roads*, 77", "as the union saw it, Lusk, “Mill Work,” 12"; in a web copy
# the title is plain ("…, Ellery, Salt Roads, 77": its page must close the segment).
# matches before "Ellery, *", "Calder and Wey, *", "Ellery, Salt"; not "Ellery *" (no
# comma), "view, the *"
_AFTER_CLAUSE = lazy_compile(
    rf"""(?<=[a-z],\s)
        (?={NAME_WORD}(?:\s+(?:and|&)\s+{NAME_WORD})?(?:\s+et\s+al\.)?,\s+[*_“\"‘{UPPER}])""",
    re.VERBOSE,
)

# How many places `after_clause` tries in one segment: each is a reading of the rest, so
# a cap keeps a long note linear.
_CLAUSE_TRIES = 3


def after_clause(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    """A short form (surname, marked title, page and nothing after) set after a clause of
    commentary. A full form there is read by `appositive`; a short form needs its page."""
    if ", " not in s:
        return None  # cheap test first
    for tries, place in enumerate(_AFTER_CLAUSE.finditer(s, k)):
        if tries >= _CLAUSE_TRIES:
            break
        citation = read_at(s, place.start(), start, end, note, names_needed=True)
        if citation is not None and citation.form == "short" and citation.pages:
            return citation
    return None
