"""Short titles a document announces ("hereafter cited as *GO*"): the full form that
announces one is the full form of the short forms that use it, however little of the
full title they keep (Chicago 14.33: a short title, or an abbreviation, may be announced
at the first citation; German "im Folgenden zitiert als", Greek "στο εξής")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from citecheck.bibliography.note_matching import title_key
from citecheck.model import Manuscript, NoteCitation

# How far before an announcement its writer's name is looked for (characters): the full
# form that announces the short title stands just before it.
NAME_WINDOW = 400
# How many announcements of one short title a citation is compared with (a bound that keeps
# hostile input linear; a document announces each short title once).
SAME_SHORT_ANNOUNCED = 20

# An announcement and the short title it announces, up to a bracket, a semicolon or the
# line's end.
# matches "hereafter cited as *GO*", "(hereafter *Orchard*)", "henceforth GO", "im
# Folgenden zitiert als: GG", "künftig: GG", "στο εξής: ΓΚ", "ci-après *JO*"; not "hereafter,
# the party split", "in the following chapter"
_ANNOUNCED = re.compile(
    r"""(?:\b(?:here(?:after|inafter)|henceforth|cited\s+below\s+as)
          (?:\s+(?:cited|referred\s+to|abbreviated|quoted))?(?:\s+(?:as|to))?
        |\b(?:im\s+Folgenden|i\.\s?F\.|künftig|fortan)(?:\s+(?:zitiert|abgekürzt))?(?:\s+als)?
        |\b(?:zitiert|abgekürzt)\s+als
        |(?:στο\s+εξής|εφεξής)(?:\s+ως)?
        |\b(?:ci-après|désormais)(?:\s+(?:cité|abrégé))?(?:\s+comme)?)
        [ \t]{0,5}[:,]?[ \t]{0,5}(?P<short>[^;()\[\]\n,]{1,60})""",
    re.VERBOSE | re.IGNORECASE,
)
# A year in the full form before an announcement. matches "1974"; not "12", "19745"
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
# The markup around an announced title, and what follows it in its sentence.
_MARKUP = re.compile(r"[*_“”\"„«»‘’']")


@dataclass(frozen=True)
class Announcement:
    """A short title announced, where, and the text before it (with its writer's name)."""

    at: int  # where it stands in the text
    short: str  # the announced short title, as a title key
    before: str  # the text before it, where the full form stands


class Announced:
    """The short titles announced in a document's notes, by their title key."""

    def __init__(self, manuscript: Manuscript) -> None:
        masked = manuscript.source.masked
        self.by_short: dict[str, list[Announcement]] = {}
        for note in manuscript.notes:
            start, end = note.text_span.start, note.text_span.end
            for match in _ANNOUNCED.finditer(masked, start, end):
                short = title_key(_MARKUP.sub(" ", match.group("short")).split(". ")[0])
                before = masked[max(start, match.start() - NAME_WINDOW) : match.start()]
                if short and _YEAR.search(before):  # announced after a full form, dated
                    self.by_short.setdefault(short, []).append(
                        Announcement(match.start(), short, before)
                    )

    def before(self, citation: NoteCitation) -> bool:
        """True when a note before the citation announces its short title, after a full
        form that names its writer."""
        if not citation.title or not self.by_short:
            return False
        found = self.by_short.get(title_key(citation.title), [])
        surname = citation.authors[0].surname if citation.authors else ""
        return any(
            a.at < citation.span.start and (not surname or surname in a.before)
            for a in found[:SAME_SHORT_ANNOUNCED]
        )
