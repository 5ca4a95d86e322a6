"""Works whose writer is the sentence's subject, not written before the title: "Maddock has
developed this argument at greater length in “The Entryist's Dilemma,” *Platform Review*,
no. 42 (Spring 2017)", "An edited version of Maddock's closing remarks appeared as “…,”
*Platform Review*, no. 48 (Summer 2019): 4–6"; and the note writer's own ("I have discussed
… in “Party and International,” *Platform Review*, no. 61 (June 2013)", "my review of Keel's
book, “…,” *Platform Review*, no. 12 (2006)"), which Chicago sets with no author and the
truth set reads with none.

As in `note_evidenced`, an imprint or a journal issue right after the title is the
evidence; the sentence only says whose the work is. A one-word subject is read only before
a verb in the perfect or the past ("has developed", "argued"), and never when it is an
imprint word (a place does not write: "London has been described in “…”" is no work of
"London")."""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_evidenced import has_evidence_mark, work_after
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_patterns import PERSON
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation

# A verb of writing or arguing, in any tense but the passive: what makes the sentence's
# subject a writer ("Bolshevism appears in *…*" names no writer: "appears" is no such verb).
# matches "developed", "develops", "has since developed", "argued", "returns", "wrote",
# "made", "set out"; not "appears", "is", "was bombed"
_WRITING_VERB = r"""(?:(?:has|had|have)\s++(?:also\s++|since\s++|further\s++|already\s++)?)?
    (?:argu|develop|discuss|writ|wrote|made|make|set\s+out|sets\s+out|restat|return|treat
      |elaborat|explor|defend|answer|repl|respond|publish|summari[sz]|critici[sz]|review
      |describ|analy[sz]|examin|present|explain|propos|offer|sketch|outlin|revisit|expand
      |pursu|address|consider|document|trac|recount|challeng|rebut|dispute|reconstruct)[a-z]*+"""

# The subject opening the sentence (perhaps with "herself" or an adverb), a verb of writing,
# a few more words without a stop or a bracket, then "in" or "as" (perhaps with "his book,")
# right before a title: marked, or (a web copy) a capital.
# matches "Maddock has developed this argument at greater length in “", "Ann Cole argued
# as much in *", "Cole herself restated it in “", "Cole later published her lecture as “",
# "Hale has since developed the argument in his book, " before "Quay Days"; not "Cole, in “"
# (no verb), "Bolshevism appears in *" (no verb of writing), "London was bombed in 1940",
# "Kautsky's review was first published in " (a possessive: "review" is its noun, no verb)
_SUBJECT = lazy_compile(
    rf"""(?P<names>{PERSON})(?<!['’]s)\s++(?:(?:him|her|them)sel(?:f|ves)\s++)?
        (?:[a-z]++ly\s++|later\s++|also\s++|since\s++|first\s++|then\s++|too\s++)?
        {_WRITING_VERB}\s++
        (?:[\w'’-]++,?+\s++){{0,10}}?(?:in|as)\s++
        (?:(?:his|her|their)\s++(?:own\s++)?(?:[a-z]++\s++)?[a-z]++,?+\s++)?
        (?=[*_“"‘{UPPER}])""",
    re.VERBOSE,
)

# A writer's possessive opening the sentence, the thing of theirs and a copula, then "in"
# and the writer's pronoun and kind of work before the title.
# matches "Hale's own account is in his memoir, ", "Cole's fullest statement is in her
# book "; not "Hale's view is that" (no "in"), "Hale's account is in the *" (no pronoun:
# another's work may hold it)
_POSSESSIVE_OWN = lazy_compile(
    rf"""(?P<names>{PERSON})(?<=['’]s)\s++(?:[a-z]++\s++){{1,3}}?(?:is|was|appears|appeared)\s++
        (?:[a-z]++\s++){{0,3}}?in\s++(?:his|her|their)\s++(?:own\s++)?(?:[a-z]++\s++)?[a-z]++,?+\s++
        (?=[*_“"‘{UPPER}])""",
    re.VERBOSE,
)

# A writer's possessive in the sentence, the thing of theirs, then a verb of publication
# and "as" or "in" before a title's mark.
# matches "Maddock's closing remarks appeared as “", "Ann Cole's lecture was published in
# *", "Cole's reply was printed as “"; not "Cole's view is in “" (no verb of publication),
# "Cole's remarks appeared in 1990"
_POSSESSIVE_SUBJECT = lazy_compile(
    rf"""(?<![\w'’-])(?P<names>{PERSON})(?<=['’]s)\s++(?:[a-z]++,?+\s++){{1,4}}?
        (?:(?:was|were|has\s+been|have\s+been|had\s+been)\s++)?(?:later\s++|first\s++)?
        (?:appeared|published|printed|reprinted)\s++(?:as|in)\s++(?=[*_“"‘])""",
    re.VERBOSE,
)

# The note's writer: "I" opening the sentence and its verb, up to "in" or "as" before the
# title or before "my" and the kind of work ("in my review of Keel's book, “…”"); or "my"
# and the kind of work anywhere, then the title.
# matches "I have discussed the consequences of this lesson in “", "I made a similar point
# in my review of Keel's book, “", "see my essay “", "My original essay was “"; not "In my
# view, “" (no kind of work before the title: "view," then a quotation), "Ivan argued in
# “" ("I" is a word)
_OWN = lazy_compile(
    r"""(?:\bI\s++(?:[\w'’-]++,?+\s++){1,12}?(?:in|as)\s++(?=[*_“"‘]|my\s)
          |(?<![\w'’-])I\s++(?:[\w'’-]++,?+\s++){1,12}?(?=my\s))?
        (?:(?i:my)\s++(?:[a-z]++\s++){0,2}?(?:review|essay|article|book|pamphlet|paper|piece
            |chapter|contribution|reply|response|lecture|talk|introduction|afterword|study)
          (?:\s++(?:of|on)\s++[^*_“”"‘;()]{1,60}?)?
          (?:\s++(?:was|is|appeared(?:\s++(?:as|in))?))?,?+\s++)?(?=[*_“"‘])""",
    re.VERBOSE,
)


def subject_work(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    """The work of the sentence's subject, or of the note's writer, with its evidence after
    the title; or None."""
    if not has_evidence_mark(s):
        return None  # cheap test first
    subject = _SUBJECT.match(s, k) or _POSSESSIVE_OWN.match(s, k)
    if subject is not None and (authors := _writers(_bare(subject.group("names")))):
        work = work_after(s, subject.end(), subject.end(), start, end, note, authors, _IN_PROSE)
        if work is not None and not (work.title_style == "plain" and is_imprint_word(work.title)):
            return work  # (not "Hale develops this in London (London: …)": a place)
    if "'s " in s or "’s " in s:
        for possessive in _POSSESSIVE_SUBJECT.finditer(s, k):
            names = possessive.group("names")[:-2]
            if authors := _writers(names):
                at = possessive.end()
                return work_after(s, at, at, start, end, note, authors, _IN_PROSE)
    return _own_work(s, k, start, end, note)


def _own_work(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    """The note writer's own work: "I have discussed … in “…,” *Journal*, no. 61 (…)"."""
    if not (s.startswith("I ", k) or "my " in s or "My " in s):
        return None
    for found in _OWN.finditer(s, k):
        if found.end() == found.start():
            continue  # a title alone: not the writer's own
        if s.startswith("I ", found.start()) and found.start() != k:
            continue  # "I" opens the sentence ("World War I ended in “…”" is no writer)
        work = work_after(s, found.end(), found.end(), start, end, note, (), _OWN_UNSIGNED)
        if work is not None:
            return work
    return None


_IN_PROSE = "author in prose; the sentence's subject"
_OWN_UNSIGNED = "the note writer's own work; no author"


def _bare(names: str) -> str:
    """The names without a possessive's "'s"."""
    return names[:-2] if names.endswith(("'s", "’s")) else names


def _writers(names: str) -> tuple[Author, ...]:
    """The subject's surnames, or () when it may be a place or is no name."""
    if not plausible_names(names):
        return ()
    authors = tuple(surnames(names))
    if not authors or any(is_imprint_word(a.surname) for a in authors):
        return ()
    return authors
