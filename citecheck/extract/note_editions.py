"""A collected edition cited by its abbreviation, volume and page, as German and English
notes cite Marx and Engels, Lenin or Adorno once a note has defined the abbreviation: "MEW
Bd. 1 (1976) S. 344.", "MEW 4: 462", "CW 38, 180". The abbreviation is the title of a
short form without author (the truth set's convention: the work the abbreviation names)."""

from __future__ import annotations

import re

from citecheck.extract.note_lone_names import MAX_REMEMBERED, EarlierWorks
from citecheck.extract.note_patterns import CUE
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span
from citecheck.spans import SpanSet

# An abbreviation of two to five capitals, a volume, perhaps its year, and a page, opening
# the note or a ";" group.
# matches "MEW Bd. 1 (1976) S. 344", "MEW Bd. 8 (1960), S. 142", "MEW 4: 462", "CW 38, 180",
# "GS 10.2, S. 796"; not "MEW Bd. 3" (no page), "USA 2012: 45" (a year, not a volume),
# "Bd. 11, S. 77" (no abbreviation), "NATO, 12" (a comma before the volume)
_EDITION = lazy_compile(
    r"""(?P<title>[A-Z]{2,5})\s+(?:(?:Bd|Band|Vol|vol)\.?\s*)?(?P<volume>\d{1,3}(?:\.\d)?)(?!\d)
        (?:\s*\((?P<year>1[5-9]\d\d|20\d\d)\))?\s*[,:]?\s*
        (?P<pages>(?:S\.|pp?\.)?\s*\d{1,5}(?:ff?\.?)?(?:\s*[-–]+\s*\d{1,5})?)(?![\d.]\d)""",
    re.VERBOSE,
)

# A note defining the abbreviation its work is cited by from then on.
# matches "im Folgenden zitiert als: MEW", "hereafter cited as CW", "hereafter MECW",
# "fortan: LW"; not "zitiert nach MEW" (a source, no definition)
_DEFINED = lazy_compile(
    r"""(?i:im\s+Folgenden|hereafter|henceforth|fortan|künftig)
        (?:\s+(?i:zitiert|cited|abgekürzt|referred\s+to))?(?:\s+(?i:als|as))?:?\s*
        (?P<abbreviation>[A-Z]{2,5})\b""",
    re.VERBOSE,
)

# Where a group starts: the note's start or a ";".
# matches ";" and ""; not ","
_GROUP_START = lazy_compile(r"(?:^|;)\s*")


def remember_abbreviations(
    text: str, base: int, found: list[NoteCitation], earlier: EarlierWorks
) -> None:
    """The abbreviations the note defines, each for the title of the work read before it
    ("Marx, K. & Engels, F. (1976): Werke (im Folgenden zitiert als: MEW)": MEW is Werke)."""
    if "olgend" not in text and "ereafter" not in text and "enceforth" not in text:
        return  # a cheap test first: most notes define nothing
    for defined in _DEFINED.finditer(text):
        before = [c for c in found if c.title and c.span.start - base < defined.start()]
        if before and len(earlier.abbreviations) < MAX_REMEMBERED:
            earlier.abbreviations.setdefault(defined.group("abbreviation"), before[-1].title)


def edition_short_forms(
    text: str, base: int, number: int, found: list[NoteCitation], earlier: EarlierWorks | None
) -> list[NoteCitation]:
    """The works `found` in one note (`text`, at `base`), with the collected editions cited
    by abbreviation at the start of the note or of a ";" group that no reading took. An
    abbreviation an earlier note defined names that note's work as the container."""
    if not any(c.isupper() and text[i + 1 : i + 2].isupper() for i, c in enumerate(text[:400])):
        return found  # a cheap test first: no two capitals in a row near the start
    taken = SpanSet(Span(c.span.start - base, c.span.end - base) for c in found)
    added: list[NoteCitation] = []
    for group in _GROUP_START.finditer(text):
        at = group.end()
        cue = CUE.match(text, at)
        at = cue.end() if cue else at
        match = _EDITION.match(text, at)
        if match is None or taken.overlaps(Span(match.start(), match.end())):
            continue
        added.append(
            NoteCitation(
                text=match.group(),
                span=Span(base + match.start(), base + match.end()),
                note=number,
                form="short",
                title=match.group("title"),
                title_style="plain",
                container=earlier.abbreviations.get(match.group("title"), "") if earlier else "",
                year=match.group("year") or "",
                pages=match.group("pages").strip(),
                unsure="a collected edition by its abbreviation",
            )
        )
    if not added:
        return found
    return sorted(found + added, key=lambda c: c.span.start)
