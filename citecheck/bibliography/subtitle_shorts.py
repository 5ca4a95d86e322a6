"""A short title taken from the subtitle of a work whose main title is a person's name.

Chicago (14.29–14.32) takes a short title from the main title, never the subtitle alone:
"Evidence" is no short title of *Khrushchev Lied: The Evidence That …*. A biography whose
main title is its subject's name is the exception writers make: *Ervin Szalay: A
Revolutionary Life* is cited in short as *Revolutionary Life* (the name alone would name
every book on him). So a short title of two words or more, its article aside, that opens
the subtitle shortens such a title when the main title is two or three capitalised words
with no article first, as a name is, and shares no word with the short title. A name's
shape is all that can be seen ("Khrushchev Lied" has it too): one word after the article
("The Evidence", "Ein Leben") is refused, as Chicago refuses it.
"""

from __future__ import annotations

import re

from citecheck.bibliography.note_matching import title_key
from citecheck.bibliography.title_articles import SHORT_TITLE_ARTICLES, significant_words

# Where a main title ends and its subtitle begins: ": ", " — ", " -- ".
_SUBTITLE = re.compile(r"(?<=\w):\s+|\s[—–]\s|\s--\s")

# A name's words: two or three capitalised words, no joining word, no digit.
# matches "Ervin Szalay", "Rosa Luxemburg", "Jean-Paul Marat", and "Khrushchev Lied" and "The
# Long Winter" (a name's shape: the short title of one word and the article are refused
# below); not "Lenin", "1917"
_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,2}")


def subtitle_short(short: str, full: str) -> bool:
    """True when `short` (two words or more) is the head of `full`'s subtitle, an
    article aside, and `full`'s main title is a name: "Revolutionary Life" of "Ervin Szalay:
    A Revolutionary Life"."""
    words = significant_words(title_key(short))
    if len(words) < 2:
        return False  # "The Evidence" of "Khrushchev Lied: The Evidence That …": one word
    parts = _SUBTITLE.split(full, maxsplit=1)
    if len(parts) != 2 or not _NAME.fullmatch(parts[0].strip()):
        return False
    if title_key(parts[0]).split()[0] in SHORT_TITLE_ARTICLES:
        return False  # "The Long Winter: …": a title's article, no name
    subtitle = significant_words(title_key(parts[1]))
    if subtitle[: len(words)] != words:
        return False
    return not set(words) & set(title_key(parts[0]).split())
