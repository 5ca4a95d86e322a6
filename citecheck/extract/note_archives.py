"""An archive's holding read as a work: its repository or collection taken for a writer.

Notes cite unpublished papers by their collection, repository and place in it (Chicago
14.232-14.242: "Anna Keller Papers, Wexcombe University Library, box 4, folder 2"; German
archival practice: "Bundesarchiv Koblenz, B 136/1234, Bl. 5", "Nachlass Wettkamp, Mappe
12"; Greek: "ΑΣΚΙ, Αρχείο Πετρόπουλου, φάκ. 12"). They take the shape of a writer, a comma
and a title, and the reader read the repository's place ("Koblenz", "Bremen"), the word
"Papers" or an archive's initials as a writer. Such a holding has no writer and no year
of publication: a reading with no year whose names are an archive's (an archive's word
among them or in front of them: "Archiv", "-archiv", "Papers", "Collection", "Records",
"Nachlass", "Bestand", "Sammlung", "Αρχείο"), or whose title holds the place in a holding
(box, folder, file, "Bl.", "Mappe", "Akte", "φάκ."), is no work read. A title that opens
with such a word is a work's ("Hans Wettkamp, Sammlung und Ordnung, S. 12").
A dated work or letter is kept ("Hans Wettkamp, Das Archiv der Partei, Bremen 1990";
"Anna Keller to Paul Rendall, 3 May 1911, Keller Papers, box 4").
"""

from __future__ import annotations

import re

from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# The words of an archive, a collection or an estate (Chicago 14.232-14.242; German and
# Greek archival practice), alone or at the end of a German compound ("Staatsarchiv").
# matches "Bundesarchiv", "Archives", "Papers", "Nachlass", "Αρχείο"; not "Archivar", not
# "Paper" (one paper is a work)
_ARCHIVE_WORD = lazy_compile(
    r"""(?i)(?<!\w)(?:\w*?archiv(?:e|es|s)?|papers|collections?|records|nachla(?:ss|ß)
        |bestand|sammlung|αρχεί(?:ο|α|ου))(?!\w)""",
    re.VERBOSE,
)

# The place of a piece in a holding: a box, a folder, a file, a leaf, a folder's number.
# matches "box 4", "folder 2", "Bl. 5", "Mappe 12", "Akte 4,65", "φάκ. 12"; not "Box Hill",
# "S. 12"
_LOCATOR = lazy_compile(
    r"""(?i)(?<!\w)(?:box|folder|file|fol\.|Bl\.|Mappe|Akte|Karton|Kasten|Sign\.|Signatur
        |φάκ\.|φάκελος|κουτί)\s*+\d""",
    re.VERBOSE,
)


# An address, whose path may name an archive: "https://…/archive/marx/…".
# matches "https://www.x.org/archive/a.htm", "www.x.org/archive"; not "Archive, box 4"
_ADDRESS = lazy_compile(r"(?i)(?<![a-z])(?:[a-z]++://|www\.)\S++")


def archival(citation: NoteCitation) -> bool:
    """True for a reading with no year that names an archive's holding, not a work."""
    if citation.year or not citation.authors:
        return False
    text, title = citation.text, citation.title
    at = text.find(title) if title else -1
    names = _ADDRESS.sub(" ", text[:at] if at > 0 else text.split(",", 1)[0])
    if _ARCHIVE_WORD.search(names):
        return True
    return _LOCATOR.search(title) is not None
