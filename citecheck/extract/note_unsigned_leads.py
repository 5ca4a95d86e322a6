"""An unsigned periodical piece whose quoted title stands after any words of prose: "The
strike was reported in “Mill Hands Walk Out,” *Daily Courier*, March 3, 1999, 8.", "…; and
for the press, “…,” *Courier*, …", "Vgl. dazu den Bericht „…“, in: *Vorwärts*, 12.3.1931,
S. 2.", "Βλ. επίσης το ρεπορτάζ «…», εφ. *Η Ημέρα*, 3/5/1999.". Chicago 14.191 and 14.207
cite an unsigned newspaper piece by its title, paper and date; German and Greek practice
alike ("o. V." left out). `note_lead_titles` reads such a piece after a colon or a word
naming its kind ("the editorial"); here the lead is any prose ending in a word in lower
case, so the evidence must carry the reading alone.

The evidence: right after the title, the paper (in italics, or plain after "in:"/"εφ.", or
plain of two words or more that end in no place) and its day (an English, German or Greek
date), or a journal's volume and dated issue (`note_evidenced.work_after`, no imprint).
Not read: a quotation of speech (the lead's last word is a verb of saying: "he said “We
will not yield,” *Courier*, …" quotes the paper, it names no piece), a title in lower case
(a phrase in prose), and any lead naming a person (two capitalised words, an initial, a
possessive, "by"/"von"/"του" before a capital): the piece may be that writer's, and a
reading without the writer would be a false one. The piece has no author; its reading
says it is unsure ("an unsigned piece after prose")."""

from __future__ import annotations

import re
from itertools import islice

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_details import read_details
from citecheck.extract.note_evidenced import work_after
from citecheck.extract.note_german import GERMAN_DATE
from citecheck.extract.note_greek import GREEK_DATE
from citecheck.extract.note_patterns import DATE, MARKED_TITLE, marked_style
from citecheck.extract.note_unsigned_headlines import (
    ARTICLE_NOUN,
    DAY_PREPOSITION,
    HEADLINE_NOUN,
    PAPER_PREPOSITION,
)
from citecheck.extract.note_unsigned_papers import paper_vouched
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

UNSURE = "no author; an unsigned piece after prose"

# How many quoted titles after prose a segment is tried at.
_LEADS_TRIED = 6

# A word of prose in lower case (any script), perhaps a comma or colon, then a quote mark
# opening a title (not italics: a book named in prose is `note_evidenced`'s).
# A cue abbreviated with a full stop ends the lead as "see" does: "cf.", "vgl.", and Greek
# "βλ." (βλέπε, see) and "πρβλ." (παράβαλε, compare), which Greek notes set inside a sentence
# ("Για το κείμενο βλ. «…», *Η Αυγή*, 12 Μαΐου 1976": for the text see …).
# matches "in " before "“Mill", "report " before "\"Mill", "Bericht" no (a capital), "press, "
# before "“Mill", "ρεπορτάζ " before "«Η", "cf. " before "“Mill", "βλ. " before "«Η"; not
# "Cole, " (a capital), "*Courier*, " (a mark), "p. " (no cue)
# German prose's capitalised nouns end the lead too: a headline's ("unter der Überschrift
# „…“") or a noun after a lower-case article ("vgl. die Meldung „…“"), `note_unsigned_headlines`.
_PROSE_MARK = lazy_compile(
    r"(?:(?<![\w'’.-])(?-i:[a-zäöüßà-ÿα-ωά-ώ]{2,}+[,:]?|cf\.|vgl\.|βλ\.|πρβλ\."
    rf"|{HEADLINE_NOUN})|{ARTICLE_NOUN})\s++(?=[“\"„«])"
)

# The lead's last word says a quotation follows: speech, not a piece's title.
# matches "said", "wrote", "declared", "sagte", "erklärte", "δήλωσε"; not "reported",
# "in", "see"
_SAYING = frozenset(
    """said says say told tells wrote writes declared declares stated states asked asks
    replied replies answered chanted shouted cried called calls remarked remarks argued argues
    claimed claims insisted insists noted notes added adds warned warns promised promises
    proclaimed announced announces exclaimed quipped put puts sang sings read reads
    sagte sagt sagten schrieb schreibt erklärte erklärt erklärten meinte meint rief ruft riefen
    forderte fordert betonte betont hieß heißt lautete lautet fragte fragt antwortete warnte
    είπε λέει δήλωσε δηλώνει έγραψε γράφει τόνισε τονίζει φώναζε φώναξαν ρώτησε απάντησε
    υποστήριξε υποστηρίζει έλεγε""".split()
)

# A person in the lead: two capitalised words in a row (a given name and a surname, or an
# initial and a surname), a possessive, or a capital after "by"/"von"/"του"/"της".
# matches "Peter Wendland", "A. Cole", "Cole's", "by Cole", "von Wendland", "του Μπέλλου";
# not "the report", "den Bericht" (one capital), "New" alone
_PERSON = lazy_compile(
    rf"""[{UPPER}][\w-]*+\.?\s++[{UPPER}][\w-]++
        |[{UPPER}][\w-]*+['’]s\b
        |\b(?:by|von|vom|του|της|των|bei|with|mit)\s++[{UPPER}]""",
    re.VERBOSE,
)

# The paper after the title, then a comma (and perhaps its issue's number) before its day.
# An English paper's "the" may stand in lower case, roman before the italics or inside them
# (Chicago 14.191: "the *Harbour Times*"); a roman "the" is no part of the paper's name, so
# "the Strand" stays one plain word (a place as likely as a paper).
# matches ", *Daily Courier*, ", ", in: Vorwärts, ", ", εφ. Η Ημέρα, ", " Daily Courier, ",
# ", in: *Vorwärts*, Nr. 120 vom ", ", the *Courier*, ", ", *the Harbour Times*, ", German and
# English prose's " in der *Neuen Glocke* vom ", " in the Morning Clarion of " (a plain name
# after "in" only with "vom"/"of": `_dated_paper`); not ", 1999" (no paper), ", *Courier* 12
# (" (a volume), " in Union Square, " (no "of" before the day). An italic paper may open a
# bracket (Chicago 14.191 in running text: "“…” (*Morning Clarion*, March 3, 1970)"), a plain
# name may not ("(Union Square, May 1, 1970)": a place); an issue's number may stand before the
# day (", no. 412, ", Greek ", φ. 312, ": φύλλο, issue).
_PAPER = lazy_compile(
    rf"""[\s,.]*+(?:\((?=[*_]))?(?P<prep>{PAPER_PREPOSITION})?
        (?P<lead>(?i:in):\s++|εφ\.\s*+|στην?\s++|the\s++)?
        (?P<paper>[*_]?(?:(?:The|the|Die|Der|Das|Η|Ο|Το)\s++)?[{UPPER}][\w-]*+
            (?:\s++(?:[{UPPER}][\w-]*+|of(?=\s++[{UPPER}])(?!\s++\w++\.?\s++\d)
                |and|für|und|της|του|και)){{0,5}}[*_]?)
        (?:\s*+\([^()\n]{{1,30}}\))?,?\s++
        (?:(?:Nr\.|(?i:no)\.|αρ\.\s*+φύλλου|φ\.)\s*+\d{{1,5}}(?:\s++vom)?,?\s++)?
        (?P<day>{DAY_PREPOSITION})?""",
    re.VERBOSE,
)

# One plain word and a comma after the title: a place as likely as a paper.
# matches ", Harrogate, ", " Leeds, "; not ", *Courier*, ", ", Daily Courier, ", " Telos 36"
_ONE_PLAIN_WORD = lazy_compile(rf"[\s,]*+[{UPPER}][\w-]*+,")

# A day after the paper: German, Greek or English.
# matches "12.3.1931", "12. März 1931", "3/5/1999", "3 Μαΐου 1999", "March 3, 1999"; not
# "1999" alone, "S. 12"
_GERMAN_DAY = lazy_compile(GERMAN_DATE, re.VERBOSE)


def _dated(s: str, at: int) -> bool:
    return any(p.match(s, at) is not None for p in (_GERMAN_DAY, GREEK_DATE, DATE))


# A writer's possessive pronoun: the piece is that writer's ("…; see also her report “…”").
# matches "her", "his", "their", "seinen", "ihrem", "dessen"; not "here", "its" (a paper's
# or a body's own piece is unsigned), "the"
_POSSESSIVE = lazy_compile(
    r"\b(?i:his|her|their|sein(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?|dessen|deren)\b|['’]s\b"
)

# Words that open a sentence of prose, capitalised only for being first.
# matches "The", "On", "See", "Vgl.", "Βλ."; not "Cole" (a surname: "Cole reported in “…”")
_OPENERS = frozenset(
    """the a an on in for see cf. compare also this that these those it as and but
    for when while after before during later earlier similarly likewise however thus
    there here at by from with one some many several most such both
    vgl. siehe zum zur zu die der das den dem des ein eine einen einem auch dazu so in im
    über für nach bei mit während ähnlich später ebenso
    βλ. για το τη την τα τις η ο οι στο στη στην σε επίσης όπως""".split()
)


def _person_in(lead: str) -> bool:
    """A person is named in the prose before the title, or may be: two capitalised words
    after the first (a sentence's first word is capitalised in any language), a possessive,
    or a capitalised first word that opens no sentence of prose ("Cole reported in …")."""
    words = lead.split(None, 1)
    if _POSSESSIVE.search(lead):
        return True
    if words and words[0][:1].isupper() and words[0].lower() not in _OPENERS:
        return True
    return len(words) == 2 and _PERSON.search(words[1]) is not None


def unsigned_after_prose(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    """The unsigned piece after prose in segment `s` (from `k`), or None."""
    if not any(mark in s for mark in '“"„«'):
        return None  # cheap test first: the title is quoted
    # a few leads only: each looks at the prose before it, so a segment of many quoted
    # phrases stays linear in its length
    for lead in islice(_PROSE_MARK.finditer(s, k), _LEADS_TRIED):
        word = lead.group().rstrip(" ,:\t\n")
        if word.lower() in _SAYING:
            continue  # "he said “We will not yield,” …": speech
        if _person_in(s[k : lead.start()] + word):
            return None  # "die Berichte von Peter Wendland …, z. B. „…“": maybe his
        title = MARKED_TITLE.match(s, lead.end())
        if title is None:
            continue
        name = next(g for g in title.groups() if g).strip(" ,.")
        if not name[:1].isupper() or len(name.split()) > 20:
            continue  # a phrase in prose, or a quotation
        lead_text = s[k : lead.end()]
        issue = work_after(s, title.start(), title.start(), start, end, note, (), UNSURE)
        if issue is not None:
            one = _ONE_PLAIN_WORD.match(s, title.end())
            if issue.place or (one and not paper_vouched(lead_text, one.group().strip(" ,"))):
                # a quoted title and an imprint, or "“Bread and Peace,” Harrogate, May 4,
                # 1917": a place and a day as likely as a paper's
                continue
            return issue
        piece = _paper_piece(s, title, name, start, end, note, lead_text)
        if piece is not None:
            return piece
    return None


def paper_and_day(s: str, title_end: int) -> bool:
    """A paper (marked, after "in:"/"εφ.", or of two words or more that end in no place) and
    its day follow a title ending at `title_end`."""
    return _dated_paper(s, title_end) is not None


def _dated_paper(s: str, title_end: int, lead_text: str = "") -> re.Match[str] | None:
    """The paper after a title ending at `title_end`, when its day follows (`paper_and_day`);
    one plain word only when `lead_text` (the prose before the title) vouches for it."""
    paper = _PAPER.match(s, title_end)
    if paper is None or not _dated(s, paper.end()):
        return None
    words = paper.group("paper").strip("*_ ").split()
    marked = paper.group("paper")[:1] in "*_"
    lead = (paper.group("lead") or "").strip() not in ("", "the")  # "in:", "εφ.": a paper next
    named = not is_imprint_word(words[-1]) and (
        marked or lead or len(words) > 1 or _one_word_paper(s, title_end, lead_text, words)
    )
    if paper.group("prep") and not marked and not paper.group("day"):
        # "“…” in Union Square, May 1, 1970": after a preposition in prose a plain name is
        # a place as likely; a paper's issue is "vom"/"of" its day
        return None
    return paper if named else None


def _one_word_paper(s: str, title_end: int, lead_text: str, words: list[str]) -> bool:
    """ "the unsigned “…,” Clarion (Leeds), 12 October 1927": the lead vouches for a paper of
    one plain word (`note_unsigned_papers`)."""
    if not lead_text or len(words) != 1:
        return False
    return paper_vouched(lead_text, words[0])


def _paper_piece(
    s: str, title: re.Match[str], name: str, start: int, end: int, note: int, lead_text: str = ""
) -> NoteCitation | None:
    """The piece titled `name` when its paper and day follow the title."""
    paper = _dated_paper(s, title.end(), lead_text)
    if paper is None:
        return None  # "“Bread and Peace,” London, 4 May 1917": a place and a day
    words = paper.group("paper").strip("*_ ").split()
    details = read_details(s[title.end() :])
    if not details.year:
        return None
    return NoteCitation(
        text=s[title.start() :],
        span=Span(start + title.start(), end),
        note=note,
        form="full",
        title=name,
        year=details.year,
        container=" ".join(words),
        url=details.url,
        pages=details.pages,
        title_style=marked_style(title),
        unsure=UNSURE,
    )


# A joiner after an unsigned piece's details, right before another quoted title: the note
# cites a second piece ("“A,” *Courier*, March 3, 1999, and “B,” *Post*, March 9, 1999").
# matches ", and " before "“B", ", with " before "\"B", ", sowie " before "„B", " και " before
# "«Β"; not ", and the " (prose), " and " without a comma (inside a title), ", see "
_JOINER = lazy_compile(
    r"""(?:,\s++(?:and|with|as\s++well\s++as|und|sowie|bzw\.)|,?\s++και)\s++(?=[“"„«])""",
    re.VERBOSE,
)


def later_unsigned(
    s: str, start: int, end: int, note: int, works: list[NoteCitation]
) -> list[NoteCitation]:
    """A second unsigned piece after the segment's last work when that work is an unsigned
    piece too: no writer is there to carry, and the second has its own paper and day."""
    last = works[-1]
    if last.authors or not last.title or not last.year:
        return []
    title_at = s.find(last.title, last.span.start - start)
    if title_at < 0:
        return []
    joiner = _JOINER.search(s, title_at + len(last.title))
    if joiner is None:
        return []
    title = MARKED_TITLE.match(s, joiner.end())
    if title is None:
        return []
    name = next(g for g in title.groups() if g).strip(" ,.")
    if not name[:1].isupper() or name in {work.title for work in works}:
        return []
    issue = work_after(s, title.start(), title.start(), start, end, note, (), UNSURE)
    if issue is not None and not issue.place and not _ONE_PLAIN_WORD.match(s, title.end()):
        return [issue]
    piece = _paper_piece(s, title, name, start, end, note)
    return [piece] if piece is not None else []
