"""Another edition of a listed work, named in the note that cites it (issue 11).

A note may give a work and then, after a cue, its other edition: the original of a
translation ("Henri Vale, *The Day*, trans. Ann Bell (London: Verso, 2019), originally *Le
jour* (Paris: Seuil, 2015), 97"; "…; originally published as *Le jour* (…)"), or the
translation of an original ("Jean Vale, *Le jour* (Paris: Seuil, 1968); English
translation: *The Day* (…)"). Chicago (14.109–14.110) gives both in one note as one work
published twice, and a works-cited list gives it once, under the edition the writer used.
So the edition after the cue has no entry of its own to owe: when the work before it in
the same note, by the same writer, matched an entry, the other edition is that entry's and
is not missing. With that entry removed, the work before matches nothing and both are
reported as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citecheck.bibliography.note_matching import MATCHED, NoteMatch, author_similarity
from citecheck.extract.note_translation_cues import ENGLISH_CUE
from citecheck.model import NoteCitation

# The cue before the other edition's title (note_translation_cues: "originally", "English
# translation:", "trans. as", "first published as", "French original:" …).
_CUE = re.compile(ENGLISH_CUE, re.VERBOSE)
# How far before the other edition's title its cue may stand.
_CUE_REACH = 80


class OtherEditions:
    """The note citations that name another edition of a work matched just before them."""

    def __init__(self, matches: Sequence[NoteMatch], text: str) -> None:
        self.spans: set[tuple[int, int]] = set()
        previous: NoteMatch | None = None
        for match in matches:
            if previous is not None and _edition_of(match.citation, previous, text):
                self.spans.add((match.citation.span.start, match.citation.span.end))
            previous = match

    def named_after_its_work(self, citation: NoteCitation) -> bool:
        return (citation.span.start, citation.span.end) in self.spans


def _edition_of(citation: NoteCitation, before: NoteMatch, text: str) -> bool:
    """True when `citation` follows `before` in the same note, by the same writer, with a
    cue of another edition right before its title, and `before` matched an entry."""
    earlier = before.citation
    if before.status != MATCHED or earlier.note != citation.note:
        return False
    if not (citation.authors and earlier.authors and citation.title):
        return False
    if author_similarity(citation.authors[0], earlier.authors[0]) < 100:
        return False
    if earlier.span.start >= citation.span.start:
        return False
    title_at = text.find(citation.title, citation.span.start, citation.span.end + 1)
    if title_at < 0:
        return False
    start = max(earlier.span.start, title_at - _CUE_REACH)
    return any(
        cue.end() <= title_at and not text[cue.end() : title_at].strip(' *_“”"„«‘’:')
        for cue in _CUE.finditer(text, start, title_at + 1)
    )
