"""The adverbs a German note sets before "ders."/"dies." when it gives a second work of the
same writer: "…, S. 512; ähnlich ders., Die Parteien …", "; ferner dies.: …", "; später
auch ders., …". The adverb says how the second work relates to the first; the work after
"ders." is read as after the writer's name (`note_reading._same_writer`)."""

from __future__ import annotations

import re

from citecheck.lazy_regex import lazy_compile

# A short clause before "ders." in its place: "Zurückhaltender urteilt ders., …", "Anders
# sieht es ders., …" (one to four words, no punctuation: "ders." names the writer, whatever
# the clause says).
# matches "Zurückhaltender urteilt ", "Anders sieht es "; not "…, S. 4, " (punctuation)
_CLAUSE = r"(?:[^\W\d_]++\s++){1,4}?"

# One or two adverbs of a note's second work, then "ders."/"dies." and its comma or colon.
# matches "ähnlich " before "ders., Die …", "ferner auch " before "dies.: …", "später " before
# "Ders., …"; not "ähnlich " before "Kramer, …" (a writer named: read as any name is),
# "Dersau" (no stop), "ähnlich" alone
LEAD = r"""(?:(?i:ähnlich|ebenso|ebenfalls|auch|ferner|außerdem|zudem|sowie|anders|dagegen
            |kritisch|später|zuletzt|jetzt|bereits|schon|früher|zuvor|dazu|hierzu|grundlegend
            |ausführlich(?:er)?|knapp(?:er)?|erneut|wieder|vor\s++allem|insbesondere)
         ,?\s++){1,2}+"""
_LEAD = lazy_compile(
    r"(?:" + LEAD + r"|" + _CLAUSE + r")(?=(?:(?i:ders|dies)\.|(?i:derselbe|dieselbe))\s*+[:,]\s)",
    re.VERBOSE,
)


def after_same_writer_lead(s: str, k: int) -> int:
    """Where "ders."/"dies." starts after the adverbs of a second work at `k` ("ähnlich
    ders., …"), or `k` when none stand there."""
    found = _LEAD.match(s, k)
    return found.end() if found else k
