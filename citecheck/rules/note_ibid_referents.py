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
- a work is given as quoted in another ("X, zit. in: Y", "quoted in", "as referred to in",
  "παρατίθεται στο"), reprinted in another ("reprinted in", "wieder abgedruckt in"), or
  with its translation ("dt.: …", "Eng. trans. …", "ελλ. μτφρ."): the two name one source;
- the back-reference's page lies within the page range of exactly one work of the note
  before (an article "…, *Quarterly Review* 12 (1982): 45–70" and "Ibid., 57"; "σ. 45-70"
  and "Ό.π., σ. 57"): an article's or a chapter's range bounds it, and the reader finds the
  page there. A page in two ranges leaves the Ibid. ambiguous;
- the page lies outside the range of an article given with its volume and year ("*Review*
  14 (1991): 5–28" and "Ibid., 37"), and one other work is left: that one's;
- a work given inside the bracket of the citation before it (its original, translation or
  container, Chicago 14.109-113: "*Die Brücke* (Berlin, 1950) [English: Weir, *The
  Bridge*, …]") is part of that citation, unless a signal opens the bracket ("(see also …)").
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
# How far after a citation's start a work inside its bracket may begin (characters): a
# translation's or original's details, never a page of prose; bounds the look on long notes.
BRACKET_REACH = 600

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
# matches "quoted in", "cited in", "qtd. in", "as quoted by", "as referred to in", "zit.
# nach", "zit. n.",
# "zit. in", "zit. bei", "zitiert nach", "zit. auch in", "παρατίθεται στο", "όπως
# αναφέρεται στη", "reprinted in", "repr. in", "wieder abgedruckt in", "dt.:", "dt.
# Übers.", "engl.:", "Eng. trans.", "English translation", "German translation:",
# "translated as", "ελλ. μτφρ."; not "quoted", "in", "zit.", "trans. Peter Preuss" (a
# translator), "reprint" (a work's own reprint), "referred to by" (a writer's prose)
QUOTED_IN = lazy_compile(
    r"""\b(?:quoted|cited|qtd\.)\s+(?:in|by)\b|\breferred\s+to\s+in\b
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
    previous_start: int = -1,
) -> list[NoteCitation]:
    """Of the distinct `works` of the note before (`previous_text`, which starts at
    `previous_start` in the text, when known), those the back-reference may refer to;
    `before` is its own note's text before it."""
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
    if previous_start >= 0:
        works = _outer(works, previous_text, previous_start)
    if len(works) < 2:
        return works
    if len(works) == 2 and QUOTED_IN.search(previous_text):
        return list(works[1:])  # "X, zit. nach Wiggershaus", "…; dt.: …": Ibid. is the pair
    holding = _holding_page(back_reference, works)
    return holding or _outside_page(back_reference, works) or list(works)


# A signal that opens another source, not a part of the citation before it.
# matches "see", "See also", "cf.", "vgl.", "βλ.", "also"; not "seen", "Cfr"
_SIGNAL = lazy_compile(r"(?i)(?<!\w)(?:see|cf\.|vgl\.|siehe|βλ\.|also)(?!\w)")


def _outer(
    works: Sequence[NoteCitation], previous_text: str, previous_start: int
) -> list[NoteCitation]:
    """The works less those given inside another's span or inside a bracket the work before
    opened ("Pike, *War* (orig. Lowe, *Krieg*, 1950), 12", "X [in: Y]"): a citation's
    original, translation, reprint or container stands in its brackets (Chicago 14.109-113,
    DIN 1505-2), and both name one source. A bracket that opens with a signal ("(see also
    Lowe, *Peace*)") holds another source."""
    kept: list[NoteCitation] = []
    for work in works:
        if kept and _nested(kept[-1], work, previous_text, previous_start):
            continue
        kept.append(work)
    return kept


def _nested(outer: NoteCitation, work: NoteCitation, text: str, start: int) -> bool:
    """`work` stands inside `outer`'s span or a bracket opened after its start, with no
    signal after the bracket's opening."""
    if work.span.start - outer.span.start > BRACKET_REACH:
        return False
    between = text[max(0, outer.span.start - start) : max(0, work.span.start - start)]
    opened = between.count("(") + between.count("[") - between.count(")") - between.count("]")
    inside = outer.span.start <= work.span.start < outer.span.end
    if opened <= 0 and not inside:
        return False
    bracket = max(between.rfind("("), between.rfind("["), 0)
    return not _SIGNAL.search(between, bracket)


# An article's or a chapter's page range as its full form gives it: after its container's
# volume and year ("*Review* 14 (1991): 5–28"), so the range is the piece's extent.
# matches "(1991): 5–28", "(1991), 5-28"; not "(London: Verso, 1991), 12-15" (a book's pages)
_JOURNAL_PAGES = lazy_compile(r"\d\s*\((?:[^()\d]{0,20})?(?:1[5-9]|20)\d\d\)\s*[:,]\s*\d")


def _outside_page(
    back_reference: NoteCitation, works: Sequence[NoteCitation]
) -> list[NoteCitation]:
    """The one work left when the back-reference's page lies outside the range of every
    other: an article or chapter given with its container and its range ("Morvan, “…,”
    *Cahiers* 14 (1991): 5–28") holds no page 37, so "Ibid., 37" is the other work's. A
    range after a book's imprint or a short form's ("Whitcombe, 3–11") is a passage cited,
    no bound."""
    wanted = _PAGE.match(back_reference.pages) if back_reference.pages else None
    if wanted is None or ":" in back_reference.pages:
        return []
    first = int(wanted.group("first"))
    last = _whole(first, wanted.group("last")) if wanted.group("last") else first
    outside = [
        w for w in works if (ranges := _extent(w)) and all(b < first or last < a for a, b in ranges)
    ]
    rest = [w for w in works if w not in outside]
    return rest if outside and len(rest) == 1 else []


def _extent(work: NoteCitation) -> list[tuple[int, int]]:
    """The page range of a full form that is the piece's extent: after a journal's volume
    and year, or as the pages of a full form that names its container; none for others."""
    if work.form != "full":
        return []
    journal = _JOURNAL_PAGES.search(work.text)
    if journal is not None:
        pages = _PAGES_RUN.match(work.text, journal.end() - 1)
        return _ranges(work.pages or (pages.group() if pages else ""))[:1]
    return _ranges(work.pages) if work.container else []


# The pages right after a journal's year: "45–70" of "(1982): 45–70."
_PAGES_RUN = lazy_compile(r"[\d\s–—-]+")


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
