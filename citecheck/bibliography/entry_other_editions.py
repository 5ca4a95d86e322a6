"""The other edition a works-cited entry names after its own: the original of a translation,
or the translation of an original.

A list gives the edition used and names the other after a cue (Chicago 14.109, "Originally
published as *L'Année du tisserand* (Paris: Minuit, 1979)", "Translated as *The Weaver's
Year*"; German lists "Orig.: …", "Originalausgabe: …", "frz. Original: …"; Greek
"Τίτλος πρωτοτύπου: …"). A note may cite either edition: the one the list names second is
the same entry, with its own year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citecheck.bibliography.entry_shapes import PUBLISHER_WORDS
from citecheck.lazy_regex import lazy_compile

# The cue before the other edition's title.
# matches "Originally published as ", "Originally published in French as ", "Orig.: ",
# "Original title: ", "Translated as ", "English translation: ", "Originalausgabe: ",
# "Titel der Originalausgabe: ", "frz. Original: ", "dt. Ausgabe: ", "Τίτλος πρωτοτύπου: ",
# "Πρωτότυπο: "; not "original" in "the original sin", "Orig" in "Origins"
_CUE = lazy_compile(
    r"""(?:Originally\s+published\s+(?:in\s+[A-Z]\w+\s+)?as
         |Orig(?:\.|inal\s+title)\s*:?
         |(?:Translated|[Tt]rans\.)\s+as
         |(?:English|German|French)\s+translation\s*:
         |Original(?:ausgabe|titel)?\s*:
         |Titel\s+der\s+Originalausgabe\s*:?
         |(?:frz|engl|ital|span|russ|dt)\.\s+(?:Original|Orig\.|Ausgabe|Übersetzung)\s*:?
         |Τίτλος\s+(?:του\s+)?πρωτοτύπου\s*:?
         |Πρωτότυπο\s*:)
       \s{0,3}""",
    re.VERBOSE,
)

# The title after the cue: marked in italics or quotes, or plain up to a stop, a bracket, a
# comma or a semicolon, opening with a capital.
# matches "*L'Année du tisserand*", "“Die Weber”", "Die Weber" before ". Berlin"; not
# "by Kit Aldous" (lower case)
_TITLE = lazy_compile(
    r"""\*{1,2}(?P<italic>[^*]{2,300}?)\*{1,2}
      |_(?P<under>[^_]{2,300}?)_
      |“(?P<curly>[^”]{2,300}?)”
      |«(?P<guillemets>[^»]{2,300}?)»
      |(?P<plain>[^\W\d_a-z][^.(,;\n]{1,300}?)(?=\s*[.(,;]|\s*$)""",
    re.VERBOSE,
)

# The other edition's year, after its title and before the entry's next sentence.
# matches "1979" in " (Paris: Minuit, 1979)"; not "19790"
_YEAR = lazy_compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")

# How far after the title its year may stand: a place and a publisher, in brackets.
_YEAR_REACH = 120


@dataclass(frozen=True)
class OtherEdition:
    """The other edition's title and year ("" when the entry gives none)."""

    title: str
    year: str


def other_edition(line: str) -> OtherEdition | None:
    """The other edition the entry names after a cue, or None."""
    cue = _CUE.search(line)
    if cue is None or line.count("*", 0, cue.start()) % 2:
        return None  # a cue inside the entry's own title in italics ("*…: Original: …*")
    title = _TITLE.match(line, cue.end())
    if title is None:
        return None
    text = next(g for g in title.groups() if g).strip(" ,.")
    if len(text) < 2:
        return None
    if title.group("plain") and _not_a_title(text, line[title.end() :]):
        return None
    year = _YEAR.search(line[title.end() : title.end() + _YEAR_REACH])
    return OtherEdition(text, year.group() if year else "")


# A comma and a year right after a word: an imprint's "Place, Year".
# matches ", 1971"; not ", 2nd ed."
_COMMA_YEAR = lazy_compile(r"\s*,\s*(?:1[5-9]\d\d|20\d\d)(?!\d)")


def _not_a_title(text: str, rest: str) -> bool:
    """A plain "title" after the cue that is the other edition's imprint or an author-date
    reference, no title: a place alone before its year ("Original: Leeds, 1971"), a
    publisher ("Orig.: Dale Press, 1971"), a name and a year ("Originally published as Rudd
    1971"); Chicago 14.109 names the other edition by its title first."""
    words = text.split()
    if words[-1].lower() in PUBLISHER_WORDS or _YEAR.search(text):
        return True
    return len(words) == 1 and _COMMA_YEAR.match(rest) is not None
