"""A plain title that took the place of its imprint: "Η πόλη, Αθήνα, 1987." (Greek practice
"Τίτλος, Τόπος, Έτος"; DIN 1505-2 "Titel, Ort Jahr" written with a comma). The last comma
part of a plain title, one word that imprints name as a place, right before the year, is
the place, not the title's; so is such a word read as the whole title ("Ana Vell, London,
1990": the writer, the place and the year, no title)."""

from __future__ import annotations

from dataclasses import replace

from citecheck.extract.imprint_words import is_imprint_word
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# The title's last comma part, one word.
# matches ", Αθήνα" in "Η πόλη, Αθήνα", ", Berlin" in "Die Folgen, Berlin"; not "Die Folgen"
_LAST_PART = lazy_compile(r",\ (?P<word>[^\W\d_]{2,40}+)$")

# A plain title that is one word alone: the imprint's place right after the writer's comma
# ("Ana Vell, London, 1990": Chicago 14.100's place of publication, the title left out),
# no title; the place moves to the place and the title is left empty.
# matches "London", "Αθήνα"; not "London Calling", "Die Folgen"
_WHOLE = lazy_compile(r"(?P<word>[^\W\d_]{2,40}+)$")


def without_title_place(citation: NoteCitation) -> NoteCitation:
    """The citation with a place its plain title took moved to the place."""
    if citation.title_style != "plain" or not citation.year or citation.place:
        return citation
    found = _LAST_PART.search(citation.title) or _WHOLE.match(citation.title)
    if found is None or not is_imprint_word(found.group("word")):
        return citation
    after = citation.text.find(citation.title)
    if after < 0:
        return citation
    rest = citation.text[after + len(citation.title) :]
    if not (rest.startswith(",") and rest[1:].lstrip().startswith(citation.year)):
        return citation  # only right before the year: "Title, Place, 1987"
    return replace(citation, title=citation.title[: found.start()], place=found.group("word"))
