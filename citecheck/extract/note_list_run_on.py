"""A list of writers that runs into a plain title with no comma between: "James Fenn and
Henry Orly Salt Roads in Winter (Burlington: Ashgate, 2009), 7." A web copy drops the
italics that ended the names, and a writer may drop the comma too; the name pattern then
takes the title's first words for more given names ("Henry Orly Salt Roads").

Chicago (14.76) names two or more authors in the order given, each with given names first,
and a comma before the title. The list's "and" anchors it: the persons before it are written
with given names and a surname, so the last person is read in the same shape, one given
name (or initials), more initials, particles and one surname; the words after it are the
title, when an imprint right after it vouches for it (`vouched_plain_title`, which also
keeps out prose and titles in lower case). A single person with no comma is left alone:
where his name ends cannot be told ("James Fenn Salt Roads").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citecheck.extract.citation_patterns import NAME_WORD, UPPER
from citecheck.extract.note_list_words import PERSON_AND
from citecheck.extract.note_patterns import NOTE_PARTICLE, PERSON_SPLIT
from citecheck.extract.note_plain_titles import vouched_plain_title
from citecheck.extract.note_segments import subtitle_after_stop
from citecheck.extract.note_titles import title_case
from citecheck.lazy_regex import lazy_compile

# The last person of a list, given names first: one given name or initials, more initials,
# particles, one surname; a capitalised word follows (the title's).
# matches "Henry Orly" in "Henry Orly Salt Roads", "Harry E. Orly" in "Harry E. Orly Salt",
# "Ann van Loon" in "Ann van Loon Salt"; not "Henry Orly" in "Henry Orly (London" or "Henry
# Orly, Salt"
_LAST_PERSON = lazy_compile(
    rf"""(?:{NAME_WORD}|(?:[A-Z]\.-?){{1,3}})(?:\s++[A-Z]\.)*+\s++(?:{NOTE_PARTICLE}){{0,3}}
         {NAME_WORD}(?=\s++[{UPPER}])""",
    re.VERBOSE,
)

# The joint before a list's last person: "and" or "&" (or the German and Greek words).
# matches " and ", ", and ", " & "; not ", " (a comma alone)
_AND_JOINT = lazy_compile(rf"\s*+,?\s*+{PERSON_AND}\s++$")

# How far after the names an imprint's bracket may open: a title of thirty words
# (`vouched_plain_title` takes no longer one). Bounding the look keeps a note of many
# such lists linear.
_TITLE_REACH = 300

# The spaces between the last person and the title.
_SPACES = lazy_compile(r"\s++")


@dataclass(frozen=True)
class RunOn:
    """Where a name list that ran into a plain title really ends, and the title after it."""

    names_end: int
    title: str
    title_end: int


def list_cut(s: str, names: re.Match[str]) -> RunOn | None:
    """Where a name list that ran into a plain title really ends (the end of its last
    person) and that title, or None: the list must join its last person by "and", every
    person before it must have given names, and an imprint must vouch for the title."""
    if names.group("role") or names.group("etal") or names.group("dated"):
        return None  # a role or "et al." ends the list itself
    text = names.group("names")
    joints = list(PERSON_SPLIT.finditer(text))
    if not joints or not _AND_JOINT.search(joints[-1].group()):
        return None
    start = names.start("names")
    earlier = PERSON_SPLIT.split(text[: joints[-1].start()])
    if any(len(person.split()) < 2 for person in earlier):
        return None  # "Fenn and Henry Orly …": no shape to read the last person by
    last = _LAST_PERSON.match(s, start + joints[-1].end())
    if last is None or last.end() > names.end():
        return None
    title_at = _SPACES.match(s, last.end())
    if title_at is None or s.find("(", title_at.end(), title_at.end() + _TITLE_REACH) < 0:
        return None  # no imprint's bracket in a title's reach: nothing to vouch (and no scan)
    vouched = vouched_plain_title(s, title_at.end()) or _subtitled(s, title_at.end())
    if vouched is None:
        return None
    return RunOn(last.end(), *vouched)


def _subtitled(s: str, at: int) -> tuple[str, int] | None:
    """A plain title at `at` ending at a full stop, its subtitle and the imprint after the
    stop ("Salt Roads. Quiet Power (New York: Dale, 1999)"), and where the title ends."""
    stop = s.find(". ", at, at + _TITLE_REACH)
    if stop < 0 or not subtitle_after_stop(s, stop):
        return None
    title = s[at:stop]
    return (title, stop) if len(title.split()) >= 2 and title_case(title) else None
