"""A plain title whose words join two capitalised pairs by "and" ("Harbour Strikes and Dock
Unions", "Karl Marx and Friedrich Engels"), between a writer's comma and the imprint.

Words shaped so read as two persons, and a web copy's plain title is given up for them
(`note_evidenced._PERSONS_FIRST`). But a full form puts its title between the writer and
the imprint (Chicago 14.68-14.71: "Name, Title (Place: Publisher, Year)"; ISO 690 "Name,
Title, Place: Publisher, Year"): persons listed after the writer are followed by their
title or their role ("Ann Vell, Tom Rudd and Ben Hale, *The Docks* (…)", "…, eds."), never
by the imprint itself. So "X Y and Z W" with no comma, running straight into a bracketed
imprint with its place and publisher, is the title (an open imprint after a comma is left:
it may close a list of persons set in prose)."""

from __future__ import annotations

import re

from citecheck.extract.note_plain_titles import bracket_imprint_after
from citecheck.lazy_regex import lazy_compile

# Two to three capitalised words each side of "and" or "&", perhaps with one-word items
# between after commas, nothing else: the shape of persons (an initial is a person's: "Tom
# B. Rudd and Ann Lee" stays persons; a list gives its persons alike, each with given
# names, so a one-word item is none: "Harbour Strikes, Lockouts and Dock Unions").
# matches "Harbour Strikes and Dock Unions", "Karl Marx and Friedrich Engels", "Harbour
# Strikes, Lockouts, and Dock Unions"; not "Tom B. Rudd and Ann Lee" (an initial), "Tom
# Rudd, Ben Hale and Joe Marks" (persons of two words between), "Salt and Tar"
_JOINED = lazy_compile(
    r"""(?:[A-Z][a-z][\w'’-]*\s+){1,2}[A-Z][a-z][\w'’-]*
        (?:,\s+[A-Z][a-z][\w'’-]*){0,3},?
        \s+(?:and|&)\s+
        (?:[A-Z][a-z][\w'’-]*\s+){1,2}[A-Z][a-z][\w'’-]*""",
    re.VERBOSE,
)


def joined_title_before_imprint(s: str, title_at: int, title_end: int) -> bool:
    """The words from `title_at` to `title_end` are two capitalised pairs joined by "and"
    (one-word items between them), and an imprint in brackets follows them at once (or
    after a translator's, an editor's or an edition's clause): a title's words, not
    persons."""
    if not _JOINED.fullmatch(s[title_at:title_end].strip()):
        return False
    # the bracket only: an open imprint after a comma ("Present were Ann Vell, Tom Rudd and
    # Joe Mars, London: Dale Press, 1990") may close a list of persons as well as a title
    return bracket_imprint_after(s, title_end)  # " (London: …", ", trans. Ann Lee (London: …"
