"""A note that quotes a passage and then names its source: "“The dock was our school,”
writes Peter Hale in *The Strike and the City* (London: Verso, 1974), 12", "„Der Hafen war
unsere Schule“, so Hans Obermann, *Die Stadt und der Streik*, Leipzig 1921, S. 12", "«Το
λιμάνι ήταν το σχολείο μας», γράφει ο Γ. Παπαδόπουλος, *Η πόλη …*, Αθήνα 1987, σ. 12".
The quotation is no title: a verb of saying (a closed class: "writes", "notes", "schreibt",
"so", "γράφει" …) joins it to its writer, and the work after the writer is the one cited.
The reader had taken the quotation for an unsigned work's title, with the real work's
details, and lost the work; this pass reads the work after the verb instead, when its
writer has a given name or an initial (a place or a paper after "said" is no writer).

`said_sources` reads the same cue where no unsigned "work" stood for the quotation (the
writer's work has a quoted title: "“…,” writes Ann Vell, “The Long Shore Revisited,”
*Harbour Review* …"), and in the order that names the writer first ("“…,” Ann Vell writes
in *The Long Shore* (…)"), Chicago 14.37–14.40 (a note that quotes and then gives its
source). It keeps only a full form whose details vouch for it (a place, a periodical or an
address and a year): "“…,” writes Ann Vell, who moved to Leeds in 1991" is prose."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from citecheck.extract.note_patterns import GIVEN_PERSON
from citecheck.extract.note_segments import segments
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation
from citecheck.spans import Span

# The English verbs of saying (a closed class).
_SAYING = r"""writes|wrote|notes|noted|argues|argued|observes|observed|says|said|remarks
              |remarked|recalls|recalled|claims|claimed|insists|insisted|puts\s++it"""

# After a quotation's words: its closing mark and a comma (either first), a verb of saying,
# a Greek article perhaps; the writer's names follow.
# matches "”, writes ", "“, so ", " notes ", "», γράφει ο ", ", schreibt "; not ", in ",
# ", the paper ", ", London"
_SAID = lazy_compile(
    rf"""[,.]?[”“"»’]{{0,2}}[,.]?\s*+
        (?:(?i:{_SAYING})
          |schreibt|schrieb|bemerkt|bemerkte|notiert|meint|so|heißt\s++es\s++bei
          |γράφει|έγραφε|σημειώνει|παρατηρεί|λέει|υποστηρίζει)
        \s++(?:(?:ο|η|του|της)\s++)?(?=[A-ZÄÖÜΑ-ΩΆΈΉΊΌΎΏ])""",
    re.VERBOSE,
)

# The writer named first: a quotation's closing mark (a comma either side), a person with
# given names, a verb of saying, then "in" or a comma before the work.
# matches '," Ann Vell writes in ', '”, J. P. Hale argues, '; not '," Vell writes in ' (a
# surname alone: a place may stand there), '," Ann Vell said that ', '," the Guardian wrote, '
_WRITER_SAID = lazy_compile(
    rf"""[,.]?[”"’]{{1,2}}[,.]?\s++(?P<writer>{GIVEN_PERSON})\s++(?i:{_SAYING})(?=\s++in\s|,\s)""",
    re.VERBOSE,
)

# A closing quotation mark where a source cue may follow; at most so many are tried in a
# note, so a long note of quotations stays linear.
_CLOSING = lazy_compile(r"[”\"’]")
_MOST_CLOSINGS = 40
_LONGEST_WORK = 600  # characters from the writer to the end of the work's details

# A reader of one work at a place in a segment, as `note_work.read_at` is.
Reader = Callable[..., NoteCitation | None]


def quoted_sources(text: str, found: list[NoteCitation], read_at: Reader) -> list[NoteCitation]:
    """`found` (one note's readings, offsets in `text`) with each unsigned "work" titled by
    a quotation that a verb of saying ties to a writer replaced by the work after it."""
    kept: list[NoteCitation] = []
    for citation in found:
        if citation.authors or citation.title_style != "quoted" or not citation.title:
            kept.append(citation)
            continue
        start, end = citation.span.start, citation.span.end
        title_at = text.find(citation.title, start, end)
        said = _SAID.match(text, title_at + len(citation.title)) if title_at >= 0 else None
        if said is None:
            kept.append(citation)
            continue
        segment = text[start:end]
        work = read_at(segment, said.end() - start, start, end, citation.note)
        if work is None or not work.authors or not work.title:
            kept.append(citation)
            continue
        names = text[said.end() : max(said.end(), text.find(work.title, said.end(), end))]
        if sum(1 for word in re.findall(r"\w+", names) if word[0].isupper()) < 2:
            kept.append(citation)  # "“Strike!” said Paris, *Le Monde*, …": no given name
            continue
        if any(_same_work(work, c) for c in found):
            continue  # the work after the cue was read at its writer already
        kept.append(
            replace(work, unsure="; ".join(u for u in (work.unsure, "after a quotation") if u))
        )
    return kept


def said_sources(
    text: str, found: list[NoteCitation], read_at: Reader, note: int
) -> list[NoteCitation]:
    """`found` with the works a source cue after a quotation names where no reading stands
    yet: "“…,” writes Ann Vell, “…,” *Harbour Review* 12 (2011): 41", "“…,” Ann Vell writes
    in *The Long Shore* (Leeds: …, 1991), 12". An unsigned "work" titled by the quotation
    itself gives way to the work cited."""
    if "”" not in text and '"' not in text:
        return found  # cheap test first
    added: list[NoteCitation] = []
    parts: list[Span] | None = None
    for tries, mark in enumerate(_CLOSING.finditer(text)):
        if tries >= _MOST_CLOSINGS:
            break
        at = mark.start() - 1 if mark.start() and text[mark.start() - 1] in ",." else mark.start()
        said = _SAID.match(text, at)
        named = None if said else _WRITER_SAID.match(text, at)
        if said is None and named is None:
            continue
        writer_at = said.end() if said is not None else named.start("writer")
        if any(c.authors and c.span.start <= mark.start() < c.span.end for c in found + added):
            continue  # read already, or "Peter Hale, “The Dock School,” writes …": signed
        parts = segments(text, Span(0, len(text))) if parts is None else parts
        part = next((p for p in parts if p.start <= writer_at < p.end), None)
        if part is None:
            continue
        # a window from the writer on: a source cue's work is never longer, and a long
        # segment of cues is not read to its end once per cue
        end = min(part.end, writer_at + _LONGEST_WORK)
        work = read_at(text[writer_at:end], 0, writer_at, end, note, names_needed=True)
        if work is None or not _vouched(work) or not _given_name(text, writer_at, work):
            continue
        if any(_same_work(work, c) for c in found + added):
            continue  # "…,” writes Ann Vell, *A* (…)": read at the writer already
        added.append(
            replace(work, unsure="; ".join(u for u in (work.unsure, "after a quotation") if u))
        )
    if not added:
        return found
    kept = [c for c in found if not any(_quotation_of(c, work) for work in added)]
    return sorted(kept + added, key=lambda c: c.span.start)


def _vouched(work: NoteCitation) -> bool:
    """A full form with a year and a place, a periodical or an address: a work, not prose."""
    return (
        work.form == "full"
        and bool(work.authors and work.title and work.year)
        and bool(work.place or work.container or work.url)
    )


def _given_name(text: str, writer_at: int, work: NoteCitation) -> bool:
    """The writer is named with a given name or an initial before the work's title."""
    title_at = text.find(work.title, writer_at)
    names = text[writer_at : max(writer_at, title_at)]
    return sum(1 for word in re.findall(r"\w+", names) if word[0].isupper()) >= 2


def _quotation_of(citation: NoteCitation, work: NoteCitation) -> bool:
    """`citation` is an unsigned "work" titled by the quotation before `work`'s cue."""
    return (
        not citation.authors
        and citation.title_style == "quoted"
        and citation.span.start <= work.span.start < citation.span.end
    )


def _same_work(one: NoteCitation, other: NoteCitation) -> bool:
    """Two readings of one work at one place."""
    overlap = one.span.start < other.span.end and other.span.start < one.span.end
    return overlap and bool(other.authors) and one.title == other.title
