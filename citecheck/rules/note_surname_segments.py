"""The shortest short form inside a longer note: a surname and a page as one of its parts
("See Ambler, 188–96; Kessel, op. cit., 302; …", "Whitcombe, 3–11. Cf. …"). Chicago's
shortest short form (author's surname and page) is legitimate when one work of that writer
is cited; a note that is one such form alone is `note_lone_surnames`' business. Here the
form opens the note or a part of it (after a semicolon or a full stop) and ends it or that
part: a capitalised surname, a comma, a page or a range of pages, then a semicolon, a full
stop before a new sentence, or the note's end. What is not such a form: a place or a
publisher before a year or a number that runs on ("London, 1999", "Berlin, 3 vols."), a
date ("March, 12"), a division ("Chapter, 3", "Article 12"), a quantity or a decimal
("Fees, 40 percent", "Marx, 3.5"), prose ("Marx, 1848 and after"), "Ibid., 45"."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from itertools import accumulate, chain

from citecheck.extract.citation_patterns import UPPER
from citecheck.lazy_regex import lazy_compile

_SURNAME = rf"[{UPPER}][^\W\d_]*+(?:['’-][{UPPER}]?[^\W\d_]++)?"

# The pages a short form gives: "45", "pp. 3-5", "S. 44–46", "σσ. 4-6", "17 f.", a volume
# before a colon ("2:45"), a note after the page ("12 n. 3"); not a year ("1999").
_PAGES = r"""(?:(?:pp?|S|σσ?)\.\s*+)?(?:\d{1,2}:)?(?!(?:1[5-9]|20)\d\d\b)\d{1,4}
        (?:\s*+[-–]+\s*+\d{1,4})?(?:\s?ff?\.?)?(?:\s?nn?\.\s?\d{1,3})?"""

# The end of a part: a semicolon, a full stop before a new sentence or the note's end, or
# ", and" before the next part.
_PART_END = rf"""(?=\s*+(?:[;·]|\.(?:\s++[{UPPER}“"(]|\s*+$)|,\s++(?:and|und|και)\s|$))"""

_LEAD_IN = r"""(?:(?i:see(?:\s++also)?|cf\.|compare|(?:quoted|cited)\s++in|vgl\.|siehe)\s++
        |(?:Βλ|Πρβλ)\.\s*+)?"""

# The form at a part's start: a lead-in, a surname (or two co-authors'), a comma, a page or
# a range ("p.", German "S.", Greek "σ."), and the part's end (or ", and" before the next).
# matches "see Ambler, 188–96;", "Whitcombe, 3–11. Cf.", "Cf. Ehlers and Krafft, p. 10.",
# "Whitcombe, 17 f.", "Vgl. Ambler, S. 45.", "Βλ. Ambler, σσ. 4-6·", "Ambler, 45, and",
# "Ambler, 2:45.", "Kessel, 12 n. 3.";
# not "London, 1999.", "Berlin, 3 vols.", "Marx, 3.5 per cent", "Marx, 1848 and after",
# "Ibid., 45", "Smith, *Title*, 4", "Ambler, 45, 1999"
SURNAME_AND_PAGES = lazy_compile(
    rf"""{_LEAD_IN}
        (?P<surname>{_SURNAME})
        (?:\s++(?:and|&|und|και)\s++(?P<coauthor>{_SURNAME}))?
        ,\s*+{_PAGES}{_PART_END}""",
    re.VERBOSE,
)

# A surname, a plain title of one to four words (a web copy's, or a German note's) and the
# pages: the rule keeps it when the words are the head of a listed title of that writer.
# matches "Ambler, Häfen, S. 4.", "Vgl. Ambler, Hafen und Docks, S. 7, und"; not "Ambler,
# Häfen und Docks der Welt im Wandel, 4." (five words), "Paris, Gallimard, 1999."
SURNAME_TITLE_PAGES = lazy_compile(
    rf"""{_LEAD_IN}
        (?P<surname>{_SURNAME}),\s*+
        (?P<title>[{UPPER}][^\W\d_]*+(?:[ ][^\W\d_]++){{0,3}}),\s*+{_PAGES}{_PART_END}""",
    re.VERBOSE,
)

# A surname and pages alone in brackets, in a note's prose: "… (Ambler, 45), …".
# matches "(Ambler, 45)", "(Ambler, S. 4-6)"; not "(Paris, 1871)", "(see above, 4)"
BRACKETED = lazy_compile(rf"\((?P<surname>{_SURNAME}),\s*+{_PAGES}\)", re.VERBOSE)

# Where a part of a note may start: after a semicolon (Greek "·") or a full stop, after
# a comma before "see" or "cf." (a lead-in's topic before it: "On the meeting, see …"), or
# after ", and".
# matches "; " in "188–96; Kessel", ". " in "3–11. Cf.", ", " in "meeting, see Ambler",
# ", and " in "45, and Kessel";
# not ", " in "Ambler, 188"
_PART_START = re.compile(r"[;·]\s*|\.\s+|,\s+(?=(?i:see|cf\.|vgl\.))|,\s+(?:and|und|και)\s+")

# Capitalised words that open a part before a number and name no writer: divisions of a
# work, the months, the back-references.
# matches "Chapter", "Kapitel", "March", "Ibid"; not "Chapman", "Marchetti"
_NO_WRITER = re.compile(
    r"""(?i:chapter|chap|section|sect|article|art|part|book|volume|vol|note|table|figure|fig
        |page|appendix|kapitel|abschnitt|teil|band|bd|anm|heft|nr|no|ibid|ebd|id|idem
        |january|february|march|april|may|june|july|august|september|october|november
        |december|januar|februar|märz|juni|juli|oktober|dezember)""",
    re.VERBOSE,
)


def surname_segments(
    masked: str, start: int, end: int, read: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The surname-and-pages forms that open a part of the note masked[start:end] and end
    it, outside the spans the reader read (`read`)."""
    read = sorted(read)
    opens = [s for s, _ in read]
    reach = list(accumulate((e for _, e in read), max))  # the furthest end so far
    starts = chain((start,), (m.end() for m in _PART_START.finditer(masked, start, end)))
    last = -1  # the surname last given: "Vgl. Ambler, S. 4" is a part from "Vgl." and "Ambler"
    bracketed = BRACKETED.finditer(masked, start, end) if "(" in masked[start:end] else ()
    for found in chain(_parts(masked, starts, end), bracketed):
        if found.start("surname") == last:
            continue
        last = found.start("surname")
        if _NO_WRITER.fullmatch(found.group("surname")):
            continue
        # a read span opening before the form's end and reaching past its start holds it
        before = bisect_left(opens, found.end())
        if before and reach[before - 1] > found.start():
            continue
        yield found


def _parts(masked: str, starts: Iterable[int], end: int) -> Iterator[re.Match[str]]:
    for at in starts:
        found = SURNAME_AND_PAGES.match(masked, at, end) or SURNAME_TITLE_PAGES.match(
            masked, at, end
        )
        if found is not None:
            yield found
