"""The words that join one work to the next inside a note, seen from the second work.

A colon reading ("Frank Vell: First as Rain. In: …") right after another work of the same
";" group is usually that work's subtitle or its imprint ("… Revolte. Argentina: La
Sociedad …", "Nachdruck: Moskau 2010") and is dropped. When the words just before its
names are a joiner or a cue that a note puts between works ("… , S. 154. See also Frank
Vell: …", "…, 1961), and M. A. Torres: “…”", "…; for a critique, see …"), it is a work of
its own: a subtitle never opens with "See also", and a place never follows ", and".

English (Chicago 14.21: a cue before the next work), German ("vgl. auch", "siehe auch",
"sowie") and Greek ("βλ. επίσης", "και", the ano teleia "·") joiners; never "in" or "In:",
which name the book the work stands in.
"""

from __future__ import annotations

import re

from citecheck.lazy_regex import lazy_compile

# A joiner or cue ending the text between two works, after a boundary (looked at behind
# the window's start too): a sentence end, a comma, a bracket, a page's digit or a dash.
# A clause may stand before a final "see" ("For a critique, see", "On this question, see").
# matches ". See also ", ", and ", "), as well as ", ". For a critique, see ", "; cf. ",
# ", S. 154. Siehe auch ", "154 und ", " · ", "· βλ. επίσης ", " και ", " – ", ". Also ";
# not " London und " (a word before: "London und Berlin: …"), ". In: ", ". Nachdruck: ",
# " Argentina " (a subtitle), ", in "
_JOINER_AT_END = lazy_compile(
    r"""(?:(?<=[.,;)\]\d–—·])|(?<=\d\s)|(?<=[.,;)\]]\s))\s*+
        (?:(?:and|und|sowie|και|as\s+well\s+as|also|ferner|außerdem|zudem|[–—·])\s++)?
        (?:(?:see|siehe|cf\.|vgl\.|compare|βλ\.|πρβλ\.)(?:\s++(?:also|auch|επίσης|dazu|etwa))?
          |(?:for|on)\s++[^\W\d_]++(?:\s++[^\W\d_]++){0,5}?,\s++see(?:\s++also)?
          |and|und|sowie|και|as\s+well\s+as|also|ferner|[–—·])
        [\s:]{0,3}$""",
    re.VERBOSE | re.IGNORECASE,
)

# How far back from the second work's names a joiner is looked for (bounded: linear).
_WINDOW = 80


def joined_as_next_work(text: str, start: int, end: int) -> bool:
    """The text before `end` (not before `start`) ends with a joiner that opens the next
    work of a note: "…, S. 154. See also |Frank Vell: …"."""
    return _JOINER_AT_END.search(text, max(start, end - _WINDOW), end) is not None
