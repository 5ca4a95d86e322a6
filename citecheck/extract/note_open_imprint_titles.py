"""A web copy's plain title ended by an imprint outside brackets: "The classic account is
Ann Vell, Harbour Strikes in Wartime, London: Dale Press, 1990, 45." (Markdown's "Ann
Vell, *Harbour Strikes in Wartime*, London: …", with the italics gone).

Chicago sets the imprint in brackets in a note (14.88), but notes copied from a
bibliography keep its open form "Author, Title, Place: Publisher, Year" (MLA, DIN 1505-2,
Chicago's bibliography 14.100), and a translator's, editor's or edition's clause may stand
between the title and that imprint. The imprint, a place before a colon and a publisher
before a year, vouches that the words between the writer's comma and it are a title, as
the bracketed imprint does; a comma alone ("Ann Vell, Tom Rudd, London, 1990") or a place
and a date ("London, 3 May 1978") vouch for nothing."""

from __future__ import annotations

from citecheck.extract.note_german import open_imprint, open_imprint_at
from citecheck.extract.note_imprint_parts import open_imprint_after_parts
from citecheck.extract.note_publisher_imprints import publisher_imprint_at
from citecheck.extract.note_titles import TITLE_JOINERS

# How far after the writer's comma the title's end is looked for: a title of some twenty
# words and its last comma fit; searching no further keeps a long note linear.
_WINDOW = 200

# What a plain title running to an open imprint never holds: a bracket (the imprint would
# be bracketed, or prose's aside), a ";" (another work), a title's marks.
_NOT_IN_TITLE = frozenset('();*_“”"«»„')


def title_to_open_imprint(s: str, at: int) -> int | None:
    """Where a plain title starting at `at` ends: at the first comma that opens an imprint
    outside brackets ("…, London: Dale Press, 1990"; the publisher first, "…, Dale Press,
    London 1990"), or the parts before one ("…, trans. Tom Rudd, London: Dale Press,
    1990"), or at a full stop before the first comma that opens one (". London: Dale
    Press, 1990"); None if no such comma comes first."""
    reach = min(len(s), at + _WINDOW)
    comma = s.find(",", at, reach)
    stop = s.find(".", at, comma if comma > at else reach)
    if stop > at and open_imprint_at(s, stop):
        # "…, Harbour Strikes in Wartime. London: Dale Press, 1990": a bibliography's full
        # stop before the imprint (Chicago's and MLA's bibliography form), the title whole
        # before it
        if any(c in _NOT_IN_TITLE for c in s[at:stop]):
            return None
        found = open_imprint(s[stop : stop + _WINDOW])
        return stop if found is not None and headline_words(found[1]) else None
    while comma > at:
        if any(c in _NOT_IN_TITLE for c in s[at:comma]):
            return None
        if open_imprint_at(s, comma) or open_imprint_after_parts(s, comma):
            found = open_imprint(s[comma : comma + _WINDOW])
            return comma if found is not None and headline_words(found[1]) else None
        if publisher_imprint_at(s, comma):
            return comma  # "…, Dale Press, London 1990": the publisher first
        comma = s.find(",", comma + 1, reach)
    return None


def headline_words(words: str) -> bool:
    """Every word capitalised, a numeral or a short joining word, as a title's and a
    publisher's are in headline case ("Harbour Strikes in Wartime", "Dale and Sons") and a
    sentence's are not ("Tom Rudd spoke next", "She spoke in")."""
    split = words.replace(":", " ").split()
    return bool(split) and all(
        w[:1].isupper() or w[:1].isdigit() or w in TITLE_JOINERS or not w[:1].isalpha()
        for w in split
    )
