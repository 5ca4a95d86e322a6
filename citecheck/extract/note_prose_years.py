"""A year in the note's prose after a short form is not the work's (issue 11).

A short form without a page may close its sentence and leave the rest of the note to
commentary: "Vell, *Harbour Lights*. In 1921 the strike spread to Leeds."; "…. The strike of
May 1921 spread"; "…. The strike (1921) spread". The reader reads a work's details on into
the next sentence, as ISO 690 and German notes write them ("Trotzki, Literatur und
Revolution. Essen 1994, S. 79"; "…, Weimar im Abgrund. Politik und Gesellschaft 1930–1933,
München 2000"), and so took the commentary's year for the work's and the short form for a
full form with that year. An imprint's sentence opens with its place or its subtitle; a
sentence of prose opens with a preposition or a pronoun, or runs its lower-case words before
the year. So a year found in such a sentence is the prose's: the short form stays short.
A sentence that names an edition ("Repr. with a new preface, London 1999") is the work's.
"""

from __future__ import annotations

import re

# Words that open a sentence of prose, never an imprint or a subtitle (case kept), and the
# words that open an editor's remark on the passage or on another source it comes from
# ("Quoted from the minutes, 3 May 1921.", "Cited in Rudd, 1921.", "Written 1921.").
# matches "In 1921", "After the war, in 1921", "It was 1921", "His 1921", "Quoted …"
_PROSE_OPENERS = frozenset(
    """In On At By After Before Since From Until During Around When While As It He She They
    We I This That These Those His Her Their Our My Its There Here Quoted Cited Written
    Composed Emphasis Translation""".split()
)
# Articles that open prose and English subtitles alike: prose when lower-case words follow.
_ARTICLES = frozenset({"The", "A", "An"})
# Lower-case words an imprint or a subtitle holds without being prose.
_IMPRINT_WORDS = frozenset(
    """and or of the a an in on for to at by with und oder der die das des dem den im am zum
    zur von vom bei mit für et ou de du la le les des en di del della e y el los las per
    hg hrsg übers ed eds trans transl tr repr rev vol vols bd no nr s p pp""".split()
)
# A sentence that names another edition of the work: its year is the work's.
# matches "Repr.", "Reprinted", "First published", "Originally", "New edition", "Neuauflage",
# "Nachdruck", "Trans.", "Translated", "Ed.", "Edited"
_EDITION_OPENER = re.compile(
    r"""(?:Repr\.|Reprint|First\s+published|Originally|Orig\.|New\s+ed|Rev\.|Revised|Neuaufl
        |Nachdruck|Neudruck|Erstausgabe|Trans\.|Transl|Translated|Ed\.|Edited|Eng\.)""",
    re.VERBOSE,
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# The words after the year up to the next mark of punctuation, past the year's own bracket.
# matches ") is disputed" in "(1921) is disputed.", " census" in "1921 census)"; not ", S. 79"
_TAIL = re.compile(r"\d{4}[\])]?(?P<words>[^,;.:()\[\]]*)")
# Where a sentence ends, inside the words read on.
_SENTENCE_END = re.compile(r"[.!?][”\"’)]?\s+(?=\S)")


def prose_year(text: str, start: int, at: int) -> bool:
    """True when the year found at `at` stands in a sentence of prose that began after the
    short form ended (at or after `start`)."""
    sentence = start
    for end in _SENTENCE_END.finditer(text, start, at):
        sentence = end.end()
    head = text[sentence:at]
    head_words = _WORD.findall(head)
    words = head_words + _WORD.findall(text[at : at + 12])[:1]
    tail = _TAIL.match(text, at) or _TAIL.search(text, at, at + 40)
    tail_words = _WORD.findall(tail.group("words")) if tail else []
    if not words:
        return False
    if _EDITION_OPENER.match(head) or _EDITION_OPENER.match(text, at):
        return False
    # a run of lower-case words before the year or right after it, as prose has and an
    # imprint does not ("Vell's dating (1921) is disputed.")
    lower = [w for w in head_words + tail_words if w[0].islower() and w not in _IMPRINT_WORDS]
    first = words[0]
    if first in _PROSE_OPENERS:
        return True
    if first in _ARTICLES:
        return bool(lower)
    return len(lower) >= 3
