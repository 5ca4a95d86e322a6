"""Works named in a note's running prose, not cited: no works-cited entry is owed for them.

Chicago's notes cite a work in citation shape (a note or a clause opening with the names
and the title, or after a cue such as "See"), or with bibliographic details (an imprint, a
container, an address, a page). A work named in passing in a note's prose ("Marx's
*Capital* (1867) made the point first", "the novel, co-written by Charles Dudley Warner,
*The Gilded Age*") is a mention: a works-cited list need not hold it, so `missing-reference`
does not report it. The reader's reading is kept as it is (other rules may use it); only
whether a list owes it an entry is decided here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from citecheck.model import Note, NoteCitation

# What the reader notes when it found the author or the title in the sentence's prose
# rather than in citation shape ("Marx's *Capital*", "*Title* by Marx and Engels").
PROSE_READINGS = (
    "author in prose",
    "title in prose",
    "writer after the title",
    "writer named in the title",
    "a work by its writer's pronoun",
)

# A marked title, whose punctuation ends no sentence or clause of the note.
# matches "*The Age of Revolution: 1789--1848*", "“Reflections on Class Theory”"; not "*"
_MARKED = re.compile(r"\*[^*\n]+\*|_[^_\n]+_|“[^”\n]*”|\"[^\"\n]*\"")

# Where a sentence of a note ends: ";" or a full stop, "?" or "!" before a space; not the
# full stop of a cue's abbreviation, which opens what it cites ("Vgl. ferner Klotz: …",
# "Βλ. π.χ. τη βιβλιοκρισία του …").
# matches the "; " of "…, 23; Marx", the ". " of "… above. Marx"; not the "." of "V.I.",
# "Vgl. ", "Cf. ", "Βλ. ", "π.χ. ", "z. B. ", "zit. "
_SENTENCE_END = re.compile(
    r";|(?<!\bzit)(?<!\b[Vv]gl)(?<!\b[Cc]f)(?<!\b[Ββ]λ)(?<!\b[Ππ]\.χ)(?<!\b[Ππβ]β)(?<!\bz\.\sB)(?<!\bz\.B)"
    r"[.?!](?=\s)"
)

# Where the clause holding a citation starts: a sentence's end, a colon or an opening
# bracket. matches ": " of "See, for instance: Luxemburg", "(" of "(see Marx"; not "V.I."
_CLAUSE_START = re.compile(r"[;(\[]|[.:?!](?=\s)")

# A cue that introduces a source: what follows it in the sentence is cited, even when
# written in prose.
# matches "See", "see also", "Cf.", "compare", "e.g.,", "for example,", "quoted in",
# "cited in", "reprinted in", "Vgl.", "zit. nach"; not "co-written by", "argued in"
_CUE = r"""(?:see(?:\s+also)?|cf\.?|compare|e\.\s?g\.|for\s+example|for\s+instance
    |esp(?:\.|ecially)|quoted\s+in|cited\s+in|reprinted\s+in|vgl\.|siehe|z\.\s?B\.
    |zit(?:\.|iert)\s+nach|βλ\.|πβ\.|π\.\s?χ\.)"""
_CUED = re.compile(rf"(?:^|\W){_CUE}(?!\w)", re.IGNORECASE | re.VERBOSE)

# A word that joins a citation to what stands before it in its clause, as cues do, where
# the reader read the citation in citation shape.
# matches "and", "also", "in", "from", "above"; not "by", "made the point"
_JOINED_AT_END = re.compile(
    r"(?:^|\s)(?:and|also|or|in|from|further|generally|above|below)[\s,.:]*$", re.IGNORECASE
)


# Details written in the citation's own text that the reader's fields may not hold: an
# imprint, a container in brackets, a page or page range, an address, a volume or issue.
# matches "(London: Verso", "(in *Past and Present*", ", 65--95", "p. 19", "pp. 3",
# "http://x", "www.x", "vol. 2", "no. 4", "Bd. 1", German "in: *Merkur*", "S. 55", Greek
# "εφ. *Η Αυγή*" (a newspaper), "σ. 12"; not "(1867)", "1890--1914" in a title,
# "in *Capital*"
_DETAIL_TRACE = re.compile(
    r"""\(\s*[A-Z][^():\n]{1,40}:\s*[A-Z]|\(\s*in\s|,\s*(?:pp?\.\s*)?\d{1,4}\s*(?:[-–]{1,2})\s*\d{1,4}(?!\d)
        |\bpp?\.\s*\d|https?://|\bwww\.|\b(?:vol|no|nr|bd|issue)\.?\s*\d
        |\bin:\s|\bεφ\.\s|(?<!\w)(?-i:S|σ)\.\s?\d""",
    re.IGNORECASE | re.VERBOSE,
)


def _has_details(citation: NoteCitation) -> bool:
    """An imprint, a container, an address or a page: what a citation gives, a mention not."""
    fields = (citation.place, citation.publisher, citation.container, citation.url, citation.pages)
    return any(fields) or bool(_DETAIL_TRACE.search(citation.text))


def _note_of(citation: NoteCitation, notes: Sequence[Note], starts: Sequence[int]) -> Note | None:
    i = bisect_right(starts, citation.span.start) - 1
    return notes[i] if i >= 0 and notes[i].span.contains(citation.span.start) else None


def _before(citation: NoteCitation, note: Note | None, masked: str) -> tuple[str, str]:
    """What stands before the citation in its sentence and in its clause, marked titles
    blanked so that their punctuation ends neither ("" at the note's start)."""
    if note is None:
        return "", ""
    start = max(note.text_span.start, citation.span.start - 400)
    before = _MARKED.sub(lambda m: "x" * len(m.group()), masked[start : citation.span.start])
    sentences = list(_SENTENCE_END.finditer(before))
    clauses = list(_CLAUSE_START.finditer(before))
    sentence = before[sentences[-1].end() :] if sentences else before
    clause = before[clauses[-1].end() :] if clauses else before
    # no letter or digit (a zero-width space after the note's label, a dash): the start
    return sentence, clause.strip(" \t\n*_“”\"‘’'—–-,") if re.search(r"\w", clause) else ""


class Mentions:
    """Tells a mention from a citation for one manuscript's notes (sorted once)."""

    def __init__(self, notes: Sequence[Note], masked: str) -> None:
        self._notes = sorted(notes, key=lambda n: n.span.start)
        self._starts = [n.span.start for n in self._notes]
        self._masked = masked

    def named_in_passing(self, citation: NoteCitation) -> bool:
        """True for a work named in the note's prose without bibliographic details."""
        if citation.form != "full" and citation.form != "short":
            return False
        if _has_details(citation):
            return False
        note = _note_of(citation, self._notes, self._starts)
        sentence, clause = _before(citation, note, self._masked)
        if _CUED.search(sentence):
            return False  # "See Hobsbawm's books *The Age of Capital* (1975)": cited
        if any(flag in citation.unsure for flag in PROSE_READINGS):
            return True
        return bool(clause) and not _JOINED_AT_END.search(clause)
