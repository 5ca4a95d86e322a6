"""When an Ibid. after a note of several works still has a clear referent.

Chicago (16th ed. 16.47, 17th ed. 14.34): "ibid." refers to the single work cited in the
note just before, and is not used after a note that cites several. German "ebd." and Greek
"ό.π."/"αυτόθι" follow the same practice. The referent is clear all the same when:

- the back-reference names the note it points to ("Ό.π. (σημ. 6), σ. 90", "A. a. O. (Anm.
  3)", "Ibid. (n. 4)"): it refers to that note, not to the one before;
- it names its writer ("Ibid. (Pike), 12", "Pike, ibid., 12", "Pike räumt das selbst ein
  (ebd., S. 12)") and one work of that writer stands in the note before;
- it is an "Idem" that opens a work of its own ("Cf. idem, “The Left and the War,” ibid.,
  no. 14"): idem is the writer just cited (Chicago 14.34), and the work is named;
- the other works of the note before are named in its prose, not cited (`note_mentions`:
  "Weiss's *Kleine Prosa* (1931) had made the point first");
- a work is given as quoted in another ("X, zit. in: Y", "quoted in", "παρατίθεται στο"),
  reprinted in another ("reprinted in", "wieder abgedruckt in"), or with its translation
  ("dt.: …", "Eng. trans. …", "ελλ. μτφρ."): the two name one source;
- the back-reference's page lies within the page range of exactly one work of the note
  before (an article "…, *Quarterly Review* 12 (1982): 45–70" and "Ibid., 57"; "σ. 45-70"
  and "Ό.π., σ. 57"): an article's or a chapter's range bounds it, and the reader finds the
  page there. A page in no range, or in two, leaves the Ibid. ambiguous.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from citecheck.bibliography.names import fold
from citecheck.bibliography.note_matching import name_similarity
from citecheck.extract.citation_patterns import UPPER
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Note, NoteCitation
from citecheck.rules.note_mentions import PROSE_READINGS, Mentions

SAME_NAME = 80

# The words before the bracket: the back-reference itself ("Ibid.", "Ebd.", "Ό.π.", "Op.
# cit.", "A. a. O."), a few characters with no bracket and no digit.
_HEAD = r"[^()\d\n]{1,12}?"

# A back-reference that names the note it points to, in a bracket after it.
# matches "Ό.π. (σημ. 6)", "A. a. O. (Anm. 3)", "Ebd. (wie Fn. 12)", "Ibid. (n. 4)",
# "Op. cit. (see note 6)", "Ό.π. (βλ. υποσημ. 6)"; not "Ibid. (Pike)", "Ibid., 12 (1982)"
_POINTS_TO_NOTE = lazy_compile(
    rf"""{_HEAD}\(\s*(?:(?i:wie|s\.|see|siehe|vgl\.|cf\.|βλ\.)\s+)?
        (?i:anm|fn|fußnote|note|n|nn|σημ|υποσημ)\.?\s*\d{{1,4}}\s*\)""",
    re.VERBOSE,
)

# A writer named in a bracket right after the back-reference: "Ibid. (Pike), 12", "Ebd.
# (Varga), S. 4", "Ό.π. (Μαυρίδης), σ. 4"; not "Ibid. (n. 4)", "Ibid. (1982)", "Ibid. (my
# emphasis)" (a lower-case word)
_NAMED = lazy_compile(
    rf"""{_HEAD}\(\s*(?P<name>[{UPPER}][^\W\d_]++(?:-[{UPPER}][^\W\d_]++)?)\s*\)""",
    re.VERBOSE,
)

# A work quoted from another, printed again in another, or given with its translation: the
# two name one source for an Ibid.
# matches "quoted in", "cited in", "qtd. in", "as quoted by", "zit. nach", "zit. n.",
# "zit. in", "zit. bei", "zitiert nach", "zit. auch in", "παρατίθεται στο", "όπως
# αναφέρεται στη", "reprinted in", "repr. in", "wieder abgedruckt in", "dt.:", "dt.
# Übers.", "engl.:", "Eng. trans.", "English translation", "German translation:",
# "translated as", "ελλ. μτφρ."; not "quoted", "in", "zit.", "trans. Peter Preuss" (a
# translator), "reprint" (a work's own reprint)
QUOTED_IN = lazy_compile(
    r"""\b(?:quoted|cited|qtd\.)\s+(?:in|by)\b
        |\bzit(?:\.|iert)\s+(?:auch\s+)?(?:nach|in|bei|n\.)
        |(?<!\w)(?:παρατίθεται|παρατίθενται|αναφέρεται|αναφέρονται)\s+(?:και\s+)?στ(?:ο|ον|η|ην)\b
        |\b(?:reprinted|repr\.|(?:wieder\s*)?abgedruckt)\s+in\b
        |\b(?:dt|engl)\.(?:\s*:|\s+(?:Übers|Ausg))|\bEng(?:\.|lish)\s+trans(?:\.|lation)
        |\b(?:German|English|French|Italian|Spanish|Greek)\s+translation\b
        |\btrans(?:\.|lated)\s+as\b|(?<!\w)ελλ\.\s*μτφρ""",
    re.IGNORECASE | re.VERBOSE,
)

# A title marked as Greek, French, British or German notes mark it, which `_CITATION_TRACE`
# (“…”, "…", „…“, *…*) leaves out: a note that names a title so cites something, though
# the reader read no work in it; an Ibid. after it is not one "after a note citing none".
# matches "«Το κράτος»", "« L’ordre »", "»Die Ordnung«", "‚Die Ordnung‘", "‘The Iron
# Road’"; not "Marx’s" (an apostrophe), "«»"
MARKED_TITLE = lazy_compile(
    r"«[^»\n]{2,200}+»|»[^«\n]{2,200}+«|‚[^‘’\n]{2,200}+[‘’]|‘[^’\n]{2,200}+’"
)


def points_to_note(back_reference: NoteCitation) -> bool:
    """True when the back-reference names the note it refers to ("Ό.π. (σημ. 6)")."""
    return "(" in back_reference.text[:20] and bool(_POINTS_TO_NOTE.match(back_reference.text))


def named_writer(back_reference: NoteCitation) -> str:
    """The folded surname the back-reference names: its reading's writer ("Pike, ibid."),
    or one in a bracket right after it ("Ibid. (Pike)"); "" when it names none."""
    if back_reference.authors:
        return back_reference.authors[0].folded
    if "(" not in back_reference.text[:20]:
        return ""
    found = _NAMED.match(back_reference.text)
    return fold(found.group("name")) if found else ""


def referents(
    back_reference: NoteCitation,
    works: Sequence[NoteCitation],
    previous_text: str,
    mentions: Mentions,
    before: str = "",
) -> list[NoteCitation]:
    """Of the distinct `works` of the note before (`previous_text`), those the
    back-reference may refer to; `before` is its own note's text before it."""
    if len(works) < 2:
        return list(works)
    if back_reference.form == "idem" and back_reference.title:
        return list(works[-1:])  # "Cf. idem, “…,” ibid., no. 14": the writer just cited
    if name := named_writer(back_reference):
        by_writer = [w for w in works if _by(w, name)]
        if len(by_writer) == 1:
            return by_writer
    if before.strip():
        # "Pike räumt das selbst ein (ebd., S. 12)": the writer the sentence names
        by_writer = [w for w in works if w.authors and _named_in(w.authors[0].surname, before)]
        if len(by_writer) == 1:
            return by_writer
    cited = [w for w in works if not _in_prose(w, mentions)]
    works = cited or list(works)
    if len(works) == 2 and QUOTED_IN.search(previous_text):
        return list(works[1:])  # "X, zit. nach Wiggershaus", "…; dt.: …": Ibid. is the pair
    holding = _holding_page(back_reference, works)
    return holding or list(works)


# A page range as a note gives it, the second number perhaps shortened (Chicago 9.64).
# matches "45–70", "σ. 45-70", "pp. 3--19", "S. 112–40"; not "45", "45f.", "1982–1990" (a
# span of years is no page range: four digits)
_RANGE = re.compile(r"(?<![\d.])(?P<first>\d{1,3})\s*[-–—]{1,2}\s*(?P<last>\d{1,3})(?![\d.])")
# A page as a back-reference gives it. matches "57" in "σ. 57", "57–59", "p. 57"; not "57"
# in "2:57" (a volume's page is matched with its volume nowhere here)
_PAGE = re.compile(r"^\D{0,6}?(?P<first>\d{1,4})(?:\s*[-–—]{1,2}\s*(?P<last>\d{1,4}))?(?!\d)")


def _holding_page(
    back_reference: NoteCitation, works: Sequence[NoteCitation]
) -> list[NoteCitation]:
    """The one work whose page range holds the back-reference's page (or its range), else
    none."""
    wanted = _PAGE.match(back_reference.pages) if back_reference.pages else None
    if wanted is None or ":" in back_reference.pages:
        return []
    first = int(wanted.group("first"))
    last = _whole(first, wanted.group("last")) if wanted.group("last") else first
    holding = [w for w in works if any(a <= first and last <= b for a, b in _ranges(w.pages))]
    return holding if len(holding) == 1 else []


def _ranges(pages: str) -> list[tuple[int, int]]:
    found = []
    for m in _RANGE.finditer(pages):
        first = int(m.group("first"))
        last = _whole(first, m.group("last"))
        if first < last:
            found.append((first, last))
    return found


def _whole(first: int, last: str) -> int:
    """The range's last page written whole: "112–40" ends at 140."""
    head = str(first)
    if len(last) < len(head):
        return int(head[: len(head) - len(last)] + last)
    return int(last)


def _in_prose(work: NoteCitation, mentions: Mentions) -> bool:
    """A work the reader found in the note's prose (its writer or title there, not in
    citation shape) and named in passing, with no details: no source an Ibid. refers to. A
    work in citation shape with no details ("vgl. auch Karla Ostwald: Lesarten der
    Ordnung.") still counts."""
    return any(flag in work.unsure for flag in PROSE_READINGS) and mentions.named_in_passing(work)


def _named_in(surname: str, text: str) -> bool:
    """The surname's last word stands in `text` as a word (perhaps with a possessive)."""
    words = surname.split()
    return bool(words) and re.search(rf"(?<!\w){re.escape(words[-1])}(?!\w)", text) is not None


def _by(work: NoteCitation, folded: str) -> bool:
    return bool(work.authors) and name_similarity(work.authors[0].folded, folded) >= SAME_NAME


def notes_in_order(
    notes: Sequence[Note], citations: Sequence[NoteCitation]
) -> list[tuple[Note, list[NoteCitation]]]:
    """The notes in the order a reader meets them, each with the citations read in it. A
    note's citations are those inside it: a document whose numbering starts again in each
    chapter has two notes 1, whose citations a number alone would mix. Numbers that never
    repeat give the order (a Markdown file may define note 2 before note 1; it is printed
    after it); numbers that do give the order of the text (each chapter's notes)."""
    by_place = sorted(notes, key=lambda n: n.span.start)
    starts = [n.span.start for n in by_place]
    cited: list[list[NoteCitation]] = [[] for _ in by_place]
    for citation in citations:
        i = bisect_right(starts, citation.span.start) - 1
        if i >= 0 and by_place[i].span.start <= citation.span.start < by_place[i].span.end:
            cited[i].append(citation)
    pairs = list(zip(by_place, cited, strict=True))
    if len({n.number for n in by_place}) == len(by_place):
        pairs.sort(key=lambda pair: pair[0].number)
    return pairs
