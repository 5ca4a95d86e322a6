"""A short form set inside a note's prose: "… findet sich schon bei Kessel, S. 101", "The
point is made in Ellery, *Socialist International*, 45", "… (Kessel, 44)", "As Ellery
shows in *Socialist International*, 77, …", "η ίδια άποψη στο Παπαδάκης, ό.π., σ. 41".
Chicago (14.29-14.33) shortens a work cited before to the surname, a short title of up to
four words and a page, or to the surname and a page alone, and lets it stand in a
sentence; MLA writes "(Surname, Short Title page)" and "(Surname page)". The segment
reader looks for a work where one starts (a note's or ";" group's start, after a cue or
"and"); a short form after "bei", "in", "etwa", "στο" or a clause it leaves.

A capitalised word, a comma and a number look the same in a sentence ("spread to Hamburg,
12 …", "Meier, 45, led the strike"): the decision is the document's. The word must be the
surname of a writer whose work an earlier note cited (`EarlierWorks`), and a short title
not marked as one must be the head of a title of that writer's work read before
(Chicago 14.32). "op. cit." ("ό.π.", "a.a.O.") says itself that a work of the writer was
given before: after one plausible surname (no month, no function word) it is read without
that evidence, as `note_author_locators` reads it where a work starts. Where no earlier note
cites the writer (a short form whose full form is missing, what short-form-before-full
reports), the whole shape vouches for itself (`_own_shape`, round 24): a surname alone, a
marked short title of up to four words and a page closing the clause ("… made in Ruiz,
*Networks*, 44."); a plain title, a place, an archive's letters or joined editors never.
Otherwise a person named in prose whose work no note cited, a place, an institution or a
newspaper is never read here; nor is a year after the comma ("Kessel, 1961": an
author-year citation), a quantity ("Kessel, 3,000"), a number that
does not close its clause ("Kessel, 45 years later"), a word after an article ("the
Kessel, 45") or after a capitalised word (given names: the segment reader's), and words
inside a title's marks."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from citecheck.bibliography.names import author
from citecheck.extract.citation_patterns import STOP_WORDS, UPPER
from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_author_locators import inside_marks
from citecheck.extract.note_german_leadins import GERMAN_ARTICLES
from citecheck.extract.note_greek_place_writers import place_opener
from citecheck.extract.note_lone_names import EarlierWorks, known_head
from citecheck.extract.note_names import plausible_names
from citecheck.extract.note_patterns import YEAR
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# Why a reading was made here (the `unsure` of the citations this module builds).
PROSE_SHORT = "a short form in prose; an earlier work's writer"
OP_CIT_IN_PROSE = "op. cit. after a surname in prose"
SHAPED_SHORT = "a short form in prose, by its shape"

# A locator: pages ("p.", "pp.", "S.", "σ.", "σελ."), "ff.", a range; a volume before them
# ("vol. 2", "Bd. 2", "τ. 2").
_LOCATOR = r"""(?:(?:vols?|Bd|τ|τόμ)\.\s*+\d{1,3}\s*+,\s*+)?
    (?:(?:pp?|Sp?|σσ?|σελ)\.\s*+)?\d{1,4}(?:\s*+[-–]++\s*+\d{1,4})?(?:\s*+ff?\.?)?"""

# A surname, a comma, a short title perhaps (marked, or plain words up to the comma), an
# op. cit. perhaps, then a locator closing its clause. Possessive runs and bounded classes
# keep it linear; the plain title's lazy run is bounded (60 characters).
# matches "Kessel, S. 101.", "Ellery, *Socialist International*, 45", "Kessel, “Die
# Krise,” 12", "Βαντάλ, «Οι πόλεις», ό.π., σ. 12" (Greek guillemets), "Vantal ό.π., σ. 4"
# (a Greek op. cit. right after the names), "Kessel, *Internationale* 44)" (MLA), "Ellery,
# Socialist International, 45", "Παπαδάκης, ό.π., σ. 41", "Ρουίθ, «Δίκτυα», σ. 44"; not
# "Kessel, 12 years later" (no clause end), "Kessel, 3,000" (a quantity), "Kessel, a
# historian" (no locator). "and" before a capital closes the clause too: another work
# follows ("in Ellery, *Socialist International*, 66-7 and Vell, *Salt*, 4").
_SURNAME_SHORT = lazy_compile(
    rf"""(?<![\w'’.*_-])(?P<surname>[{UPPER}][^\W\d_]++(?:[-'’][{UPPER}]?[^\W\d_]++)?)
        (?P<backref>\s*+\((?:(?:wie|s\.|siehe|vgl\.|see|cf\.)\s++)?(?:Anm|n|note)\.?\s*+\d{{1,3}}\))?
        (?:\s*+,|\s(?=\s*+ό\.\s*+π\.))\s*+
        (?:(?P<title>\*[^*;]{{1,150}}\*|_[^_;]{{1,150}}_|“[^”;]{{1,150}}”|"[^";]{{1,150}}"
                    |«[^»;]{{1,150}}»)
             \s*+,?\s*+
          |(?P<plain>[{UPPER}][^\W\d_]*+(?:\s++[^\W_]++){{0,5}}?)\s*+,\s*+)?
        (?:(?P<op>(?i:op\.?\s*+cit\.?|loc\.?\s*+cit\.?)|ό\.\s*+π\.|a\.\s*+a\.\s*+O\.)
           (?:\s*+\((?:σημ|Anm|n)\.\s*+\d{{1,3}}\))?\s*+,?\s*+)?
        (?P<locator>{_LOCATOR})
        (?![.,]\d)(?=\s*+(?:[.;,)]|$)|\s++(?:and|und|et|y)\s++[{UPPER}])""",
    re.VERBOSE,
)

# MLA's "(Surname page)" in a bracket: "(Kessel 44)", "(Kessel 44–46)"; not "(Kessel
# 1961)" (a year: author-year), "(Kessel 44 Tage)".
_BRACKETED = lazy_compile(
    rf"""\((?P<surname>[{UPPER}][^\W\d_]++(?:[-'’][{UPPER}]?[^\W\d_]++)?)\s++
        (?P<locator>\d{{1,4}}(?:\s*+[-–]++\s*+\d{{1,4}})?)\s*+\)""",
    re.VERBOSE,
)

# "As Ellery shows in *Socialist International*, 77", "Teits makes much the same point in
# *Sovereign Shop Floor*, p. 97, though …": the surname, one to six words in lower case (the
# verb and its object), "in", a short title and a locator closing its clause.
_ARGUES_IN = lazy_compile(
    rf"""(?<![\w'’.*_-])(?P<surname>[{UPPER}][^\W\d_]++(?:[-'’][{UPPER}]?[^\W\d_]++)?)
        (?:\s++[a-zäöüß][^\W\d_]*+){{1,6}}\s++in\s++
        (?:(?P<title>\*[^*;]{{1,150}}\*|_[^_;]{{1,150}}_|“[^”;]{{1,150}}”)\s*+,?\s*+
          |(?P<plain>[{UPPER}][^\W\d_]*+(?:\s++[^\W_]++){{0,5}}?)\s*+,\s*+)
        (?P<locator>{_LOCATOR})
        (?![.,]\d)(?=\s*+(?:[.;,)]|$))""",
    re.VERBOSE,
)

# Greek prose names the writer with his article, perhaps an initial, and the work after
# "στο"/"στην" (in): "όπως σημειώνει ο Καραβάς στο *Η πόλη*, σ. 12", "η κριτική του Ν.
# Καραβά στο «Οι συνελεύσεις», σ. 4" (the writer declined where the sentence wants him);
# the article, not a cue, frees the surname, and a genitive or an accusative names the
# writer an earlier note gives in the nominative (`_nominative_key`). A short title must
# be marked or the head of the writer's title, as in `_SURNAME_SHORT`.
# matches "ο Καραβάς στο *Η πόλη*, σ. 12", "του Ν. Καραβά στο «Οι συνελεύσεις», σ. 4",
# "ο Καραβάς υποστηρίζει στην *Ιστορία*, σ. 9"; not "ο Καραβάς στο *Η πόλη*" (no locator),
# "ο Καραβάς στη Θεσσαλονίκη, 12" (a place: no head of the writer's title), "του Καραβά στο
# *Η πόλη*, 1991" (a year)
_GREEK_WRITER_IN = lazy_compile(
    rf"""(?<![^\s(])(?i:ο|η|του|της|τον|την|τη)\s++
        (?:[{UPPER}][^\W\d_]?\.\s*+)?
        (?P<surname>[{UPPER}][^\W\d_]++(?:-[{UPPER}][^\W\d_]++)?)
        (?:\s++[α-ωάέήίόύώϊϋΐΰς]++){{0,3}}?\s++(?:στο|στον|στη|στην)\s++
        (?:(?P<title>\*[^*;]{{1,150}}\*|«[^»;]{{1,150}}»|“[^”;]{{1,150}}”)\s*+,?\s*+
          |(?P<plain>[{UPPER}][^\W\d_]*+(?:\s++[^\W_]++){{0,5}}?)\s*+,\s*+)
        (?:(?P<op>ό\.\s*+π\.)\s*+,?\s*+)?
        (?P<locator>{_LOCATOR})
        (?![.,]\d)(?=\s*+(?:[.;,)]|$))""",
    re.VERBOSE,
)

# A writer's possessive, a few words in lower case and the pages in a bracket with their
# mark: "Kessel’s account (pp. 4–9)", "In Kessel's view (p. 4), …"; not "Kessel's 45
# delegates (p. 4)", "Kessel's account (1961)" (a year: no page mark), nor after a comma
# ("Kolko’s early essays, 41.": other works of the writer's, `test_note_short_form_variants`).
_POSSESSIVE_PAGES = lazy_compile(
    rf"""(?<![\w'’.*_-])(?P<surname>[{UPPER}][^\W\d_]++(?:[-'’][{UPPER}]?[^\W\d_]++)?)['’]s?
        (?:\s++[a-zäöüß][^\W\d_]*+){{0,3}}\s*+
        \((?P<locator>(?:pp?|Sp?|σσ?|σελ)\.\s*+\d{{1,4}}(?:\s*+[-–]++\s*+\d{{1,4}})?(?:\s*+ff?\.?)?)\)""",
    re.VERBOSE,
)

# Words right before the surname that make it no writer's: an article makes it a noun
# ("das Heft, 12"), a preposition of motion a place ("spread to Hamburg, 12").
_NOT_BEFORE = GERMAN_ARTICLES | frozenset("the a an to at from into nach aus".split())

# Capitalised words that may stand right before a writer's surname: cues and conjunctions
# opening a sentence ("See Kessel, 45", "Vgl. Kessel, S. 4", "As Kessel shows in …");
# any other is a given name.
_CUES = frozenset(
    "see cf cf. compare also so as like in on for vgl vgl. siehe wie bei auch βλ βλ. πρβλ"
    " πρβλ. όπως".split()
)

_PLAIN_MARKS = '*_“”"'


@dataclass(frozen=True)
class _Hit:
    """One short form found in prose: its span, writer, short title and how it is marked."""

    start: int
    end: int
    surname: str
    title: str
    style: str
    op: bool
    locator: str
    why: str


def prose_short_forms(
    text: str, note: int, found: list[NoteCitation], earlier: EarlierWorks | None
) -> list[NoteCitation]:
    """`found` (one note's readings, offsets in `text`) with the short forms set in its
    prose added: where no reading covers them and the writer's work was cited before."""
    if earlier is None or ("," not in text and "(" not in text):
        return found
    kept = list(found)
    for hit in _hits(text, earlier):
        over = [c for c in kept if c.span.start < hit.end and hit.start < c.span.end]
        if len(over) == 1 and (cut := _cut_before(text, over[0], hit)) is not None:
            kept[kept.index(over[0])] = cut  # "…, σ. 45, και Ellery, …": the work before ran on
        elif over and not all(_authorless_inside(text, c, hit) for c in over):
            continue  # the reader read these words already
        elif over:
            # the title read without its writer ("«…», ό.π." after "του Π. Βαντάλ, "): the
            # short form names him
            kept = [c for c in kept if c not in over]
        kept.append(_citation(text, note, hit, earlier))
    kept.sort(key=lambda c: c.span.start)
    return kept


def _authorless_inside(text: str, reading: NoteCitation, hit: _Hit) -> bool:
    """A reading with no writer that lies within the short form's words (and the stop
    after them)."""
    if reading.authors or not hit.start <= reading.span.start < hit.end:
        return False
    if reading.title and reading.title == hit.title:
        return True  # the same title, read on past the locator
    return reading.span.end <= hit.end or not text[hit.end : reading.span.end].strip(" .;,")


# "and" (with a cue after it perhaps) joining a second work to the one before it in the
# same sentence: "…, p. 9 and Ellery, …", "…, σ. 45 κ.ε., και Ellery, …", "…, und vgl. …";
# or the work that quotes or cites the one before: "…, 77, quoted with approval by Vell, …".
# matches ", and ", " and see ", ", και ", " und vgl. ", " sowie ", ", quoted by ", ", cited
# with approval by "; not "Kessel ", ", quoted "
_JOINER = lazy_compile(
    r"""[\s,]*+(?<!\w)(?:(?:and|und|sowie|και|&)(?:\s++(?i:see|cf\.|vgl\.|siehe|βλ\.))?
        (?:\s++(?:also|auch|επίσης))?
        |(?:as\s++)?(?:quoted|cited)(?:\s++with\s++approval)?\s++by)\s*+$""",
    re.VERBOSE,
)


def _cut_before(text: str, reading: NoteCitation, hit: _Hit) -> NoteCitation | None:
    """The reading of the work before a short form that ran on over it, cut before the
    joining "and": when it starts before the joiner, is another writer's, and holds the
    surname in none of its fields (its title is not the short form's words); else None."""
    if reading.span.start >= hit.start:
        return None
    joined = _JOINER.search(text, reading.span.start, hit.start)
    if joined is None or joined.start() <= reading.span.start:
        return None
    key = hit.surname.casefold()
    if any(a.surname.casefold() == key for a in reading.authors):
        return None
    fields = " ".join((reading.title, reading.container, reading.place, reading.publisher))
    if key in fields.casefold():
        return None
    end = reading.span.start + len(text[reading.span.start : joined.start()].rstrip(" ,"))
    return replace(reading, span=Span(reading.span.start, end), text=text[reading.span.start : end])


def _hits(text: str, earlier: EarlierWorks) -> list[_Hit]:
    hits: list[_Hit] = []
    for pattern in (_SURNAME_SHORT, _ARGUES_IN, _BRACKETED, _POSSESSIVE_PAGES, _GREEK_WRITER_IN):
        if not earlier.writers and pattern is not _SURNAME_SHORT:
            continue  # only op. cit. and the whole shape vouch for themselves
        for match in pattern.finditer(text):
            hit = _hit(text, match, earlier, shaped=pattern is _SURNAME_SHORT)
            if hit is not None:
                hits.append(hit)
    return hits


def _hit(
    text: str, match: re.Match[str], earlier: EarlierWorks, *, shaped: bool = False
) -> _Hit | None:
    surname, start = match.group("surname"), match.start("surname")
    key = surname.casefold()
    groups = match.groupdict()
    greek = match.re.pattern == _GREEK_WRITER_IN.pattern
    if greek:
        key = _nominative_key(key, earlier)
        surname = earlier.writers[key][0].surname if key in earlier.writers else surname
    elif _GREEK_LETTER.match(surname):
        # Greek prose declines the writer ("η κριτική του Καραβά, Η πόλη, σ. 12": of
        # Καραβάς): the nominative an earlier note gives him by decides, the name stays
        # as written, as a Greek note's truth and its reader keep it
        key = _nominative_key(key, earlier)
    plausible = plausible_names(surname) and surname.lower() not in STOP_WORDS
    lead = text[max(0, start - 300) : start]
    shape = shaped and plausible and _own_shape(surname, groups, lead)
    why = PROSE_SHORT
    if key not in earlier.writers:
        # "op. cit." says a work of the writer was given before: one plausible surname will
        # do, once the notes have cited a work (as before round 24); so does the whole
        # shape of a short form (`_own_shape`), even before any
        if groups.get("op") and plausible and earlier.writers:
            why = OP_CIT_IN_PROSE
        elif shape:
            why = SHAPED_SHORT
        else:
            return None  # no work of this writer cited before: a person, a place, a paper
    locator = match.group("locator").strip()
    if YEAR.fullmatch(locator):
        return None  # "Kessel, 1961": an author-year citation
    if inside_marks(lead) or not (greek or _free_before(lead)):
        return None
    marked, plain = groups.get("title"), groups.get("plain")
    title, style = "", ""
    if marked:
        title = marked[1:-1].strip(" ,")
        style = "italic" if marked[0] in "*_" else "quoted"
    elif plain:
        if not shape and not _writers_head(earlier, key, plain):
            return None  # words no title of this writer's starts with: "Berlin Days"
        title, style = plain.strip(), "plain"
    return _Hit(start, match.end(), surname, title, style, bool(groups.get("op")), locator, why)


# A Greek capital: a surname in Greek script, which Greek prose declines.
_GREEK_LETTER = lazy_compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


# Chicago 14.32: a short title has at most four words.
SHORT_TITLE_WORDS = 4
# A capitalised word and a joining word right before the surname: a second writer's or
# editor's ("Grigat and Hartmann"); not "βλ. και Ρουίθ" ("see also").
_JOINED_BEFORE = lazy_compile(rf"[{UPPER}][^\W\d_]*+[.,]?\s++(?:and|und|sowie|και|&|et)\s*+$")


def _own_shape(surname: str, groups: dict[str, str | None], lead: str) -> bool:
    """True when the words are a short form by their whole shape, whoever the writer
    (Chicago 14.29-14.32, MLA, DIN 1505, Greek practice): a surname alone, a marked short
    title of up to four words (emphasis, quotes, «…») and a page closing the clause ("…
    made in Ruiz, *Networks*, 44.", "Dazu schon Ruiz, *Netzwerke*, S. 44"). With its full
    form missing no earlier note vouches for the writer, so the form must show itself: a
    title whose marks a web copy lost does not ("Surname, Word, p. 44" in prose is also a
    place, a district and a page), nor a place, publisher or journal in the surname's or
    the title's first place ("in Paris, *Le Monde*, 4"), an archive's letters, or a second
    writer or editor joined to the one before."""
    if is_imprint_word(surname) or surname.isupper():
        return False  # a place, a publisher, a journal; "MHA": an archive's or a body's letters
    if _JOINED_BEFORE.search(lead):
        return False  # "Grigat and Hartmann, *Der Iran*": joined writers or editors, not one
    marked = groups.get("title")
    words = marked[1:-1].strip(" ,").split() if marked else []
    if not words or len(words) > SHORT_TITLE_WORDS or is_imprint_word(words[0].strip(".,")):
        return False
    return not YEAR.search(marked or "")


def _nominative_key(key: str, earlier: EarlierWorks) -> str:
    """The folded surname an earlier note names a writer by, when `key` is its genitive or
    accusative (a paroxytone's final "ς" dropped, "-ος" made "-ου": "καραβά" of "καραβάσ",
    "παπαδόπουλου" of "παπαδόπουλοσ"); else `key`. A woman's surname does not decline."""
    if key in earlier.writers:
        return key
    nominatives = [key + "σ"]  # "καραβά" -> "καραβάσ"
    if key.endswith(("ου", "ού")):
        nominatives += [key[:-2] + "οσ", key[:-2] + "όσ"]  # "ρηγόπουλου" -> "ρηγόπουλοσ"
    return next((n for n in nominatives if n in earlier.writers), key)


# Leading articles a short title drops (Chicago 14.32; German, French, Italian, Spanish and
# Greek practice alike): "Διεθνής" of "Η Διεθνής", "Krise" of "Die Krise" (folded).
_ARTICLES = frozenset(
    "der die das den dem des le la les l el los las il lo gli η ο το οι τα".split()
)


def _writers_head(earlier: EarlierWorks, key: str, plain: str) -> bool:
    """True when `plain` is the head of a title of a work by the writer `key` read before,
    a leading article of that title dropped."""
    if known_head(earlier, plain, key):
        return True
    return any(known_head(earlier, f"{article} {plain}", key) for article in _ARTICLES)


# A Greek article before a writer's initial in prose ("του Π. Βαντάλ", "ο Ν. Καραβάς"): a
# capital word there is his initial, not another given name the segment reader reads.
_GREEK_WRITER_ARTICLES = frozenset("ο η του της τον την τη".split())

# One given name or initial: a capital, a digraph's second letter perhaps, a full stop
# ("Π.", "Γκ.", "R."), or a capitalised word ("Pierre", "Νίκου").
_GIVEN = lazy_compile(rf"[{UPPER}][^\W\d_A-ZΑ-Ω]?\.|[{UPPER}][^\W\d_A-ZΑ-Ω]++")


def _free_before(lead: str) -> bool:
    """True when the words before a surname leave it a writer's: no article, no
    preposition of motion, no capitalised word but a cue (a given name)."""
    words = lead.split()
    if not words:
        return True
    last = words[-1]
    if last[-1] in ",;:()[]" or last in ("–", "—", "-"):
        return True
    if place_opener(last):
        return False  # "του Αγίου Νικολάου, *…*, σ. 12": a place (St Nicholas), no writer
    if _GIVEN.fullmatch(last) and len(words) >= 2 and words[-2] in _GREEK_WRITER_ARTICLES:
        return True  # "η κριτική του Π. Βαντάλ, «…», ό.π.": the article names a writer
    if last.casefold() in _NOT_BEFORE:
        return False
    if last[0].isupper() and last.casefold() not in _CUES:
        return False
    return True


def _citation(text: str, note: int, hit: _Hit, earlier: EarlierWorks) -> NoteCitation:
    writers = earlier.writers.get(hit.surname.casefold()) or (author(hit.surname),)
    pages = re.sub(r"^(?:pp?|Sp?|σσ?|σελ)\.\s*", "", hit.locator)
    return NoteCitation(
        text=text[hit.start : hit.end],
        span=Span(hit.start, hit.end),
        note=note,
        form="op-cit" if hit.op else "short",
        authors=writers,
        title=hit.title,
        title_style=hit.style,
        pages=pages,
        unsure=hit.why,
    )
