"""A full form set in Greek prose: the writer in the case the sentence gives him, after an
article or a preposition ("το άρθρο του Α. Μπέλλου, «…», εφ. *Η Αυγή*, 30/6/2009": the
article of A. Bellos; "στο Ε. Σκαρλάτου, «…»": in E. Skarlatou; "ο Λ. Στρατηγόπουλος, *…*,
Αθήνα: Ο Πολίτης, 1996") or after a colon ("δημοσιεύτηκε στα ελληνικά: Ρ. Βέστερκαμπ,
«…», …"), then a comma, the title and the work's details.

Greek writes a work cited inside a sentence with the writer's name declined (genitive,
accusative) and the rest as in a note's full form. The reading is decided by the shape
after the name, never by the words that lead to it: a person shown by an initial or a
Greek given name (after a colon, by any given name: "στο: Dieter Kallmünzer, …"), a comma,
a title, and details that date it: a marked title with a year or a date after it, a plain
title (a web copy) only with an imprint (place and year, or place, publisher and year, or
a publisher and a year: `note_greek_publishers`) right after it. A place ("στην Αθήνα,
Κέδρος, 1978"), a publisher or a journal shows no initial and no given name, and is never
read as a writer. The surname is kept as written (a genitive stays a genitive).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_german import open_imprint_at
from citecheck.extract.note_greek import (
    GREEK_CAPITALS,
    GREEK_MONTHS,
    GREEK_NOT_NAME_WORDS,
    GREEK_PUBLISHER_OPENERS,
)
from citecheck.extract.note_greek_names import (
    greek_given_name,
    greek_given_name_genitive,
    greek_surname_like,
)
from citecheck.extract.note_greek_publishers import (
    after_parts,
    publisher_year_follows,
    title_before_publisher,
)
from citecheck.extract.note_imprint_parts import open_imprint_after_parts
from citecheck.extract.note_names import surnames
from citecheck.extract.note_patterns import (
    GIVEN_PERSON,
    PLACE_YEAR_IMPRINT,
    PUBLISHER_PLACE_IMPRINT,
    YEAR,
)
from citecheck.extract.note_rest import full_form_to_end
from citecheck.extract.note_work import read_at
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A Greek article or preposition (alone or joined: "στο", "στον"), then a person with given
# names or initials (or two), a comma and a title's opening (a mark or a capital); or a colon in
# its place ("στα ελληνικά: Ρ. Βέστερκαμπ, «…»").
# A cue inside the sentence takes the article's place ("Για τη συζήτηση βλ. Γ. Πάνου, Η πόλη.
# Ιστορία …, Κέδρος, Αθήνα 1998": see G. Panou; the subtitle's imprint closes the next
# sentence).
# matches before "Α. Μπέλλου, «Το" in "το άρθρο του Α. Μπέλλου, «Το …", "Ε. Σκαρλάτου, «"
# after "στο ", "Λ. Στρατηγόπουλος, Η" after "ο ", "Dieter Kallmünzer, Jenseits" after
# "στο: ", "Α. Καρπαθάκη και Β. Σουλιώτη, «" after "των " (two writers, joined by "και" or a
# dash), "Γ. Πάνου, Η" after "βλ. ", "Ε. Βαρδάκας – Χ. Ντελόγλου (επιμ.), *" after "Για το
# ζήτημα: " (editors); not "Α. Μπέλλου, «" with no article before it (a note's opening: the
# ordinary reading), "Κ. Μαρξ έγραψε" (no comma), "τον Μαρξ, «" (no given name:
# `PROSE_OP_CIT` and the short forms), "του 1978, «" (a year)
_WRITER_IN_PROSE = lazy_compile(
    rf"""(?:(?<![^\s(])(?P<article>ο|η|οι|του|της|των|τον|την|τη|τους|τις
                 |στο|στον|στη|στην|στα|στους|στις|από|σε)\s++
        |(?<![^\s(])(?P<cue>(?:βλ\.|βλέπε|πρβλ\.)(?:\s++(?:και|επίσης|σχετικά|ακόμη))?)\s++
        |(?<=[\w.]):\s++)
        (?P<person>{GIVEN_PERSON})(?:\s++(?:και|[–—-])\s++(?P<other>{GIVEN_PERSON}))?
        (?:\s*+\((?:επιμ|εκδ)\.\))?,\s++(?=[«“"„*_{UPPER}])""",
    re.VERBOSE,
)

# A title's opening mark.
# matches "«", "“", '"', "„", "*", "_"; not "Η" (a plain title)
_MARKS = '«“"„*_'

# A Greek initial or a Latin one (one capital, perhaps a digraph's consonant, a full stop).
# matches "Α.", "Γκ.", "R.", "Th."; not "Αντώνη", "Dieter"
_INITIAL = lazy_compile(rf"[{GREEK_CAPITALS}A-Z][a-zβγδζθκλμνξπρστφχψ]?\.")

# A date or a year among the details after a marked title: what dates the work.
# matches "30/6/2009", "15/2/2014", "18 Νοεμβρίου 2017", "1997"; not "σ. 12"
_DATED = YEAR

# How many places one segment tries (each a reading of the rest): a long note stays linear.
_TRIES = 4

# How far after its writer a work set in prose is read: a full form's details stand near
# it, and a bounded reading keeps a segment of thousands of words cheap to try.
WORK_WINDOW = 600


def greek_prose_work(
    text: str, s: str, k: int, start: int, end: int, note: int
) -> NoteCitation | None:
    """The full form set in Greek prose at or after `k` in the segment `s` (which starts at
    `start` in the note's `text` and ends at `end`), or None."""
    if ", " not in s or not _has_greek(s):
        return None  # cheap test first
    for tries, found in enumerate(_WRITER_IN_PROSE.finditer(s, k)):
        if tries >= _TRIES:
            break
        if found.start() == k and found.group("article") not in _GENITIVE_ARTICLES:
            continue  # a note's or a segment's opening: the ordinary reading's (which takes
            # no genitive article: "Βλ. του Γ. Πάνου, Η πόλη, Αθήνα 1998", of G. Panou)
        persons = [found.group("person"), found.group("other") or ""]
        after_colon = found.group("article") is None and found.group("cue") is None
        shown = all(shows_person(p, after_colon=after_colon) for p in persons if p)
        if not shown and not _foreign_writer(s, found, persons):
            if not _latin_writer(s, found, persons):
                continue
            shown = True  # a foreign name kept in Latin script, before a marked title
        at = found.start("person")
        # read as if the work opened the note: the names need no cue, the details decide
        stop = min(len(s), at + WORK_WINDOW)
        citation = read_at(s[at:stop], 0, start + at, start + stop, note)
        if citation is None or not citation.authors or not citation.title:
            continue
        if citation.authors[0].surname != found.group("person").split()[-1].split(".")[-1]:
            continue  # the reading took other names than the person's
        vouched = _vouched(text, s, found.end(), end, citation)
        if vouched is not None and not shown and "details read on" in vouched.unsure:
            continue  # a name no list vouches for needs its imprint right after the title
        if vouched is not None:
            return vouched
    return None


# The genitive articles ("the book of", "the article of") before a writer's name in prose.
_GENITIVE_ARTICLES = frozenset(("του", "της", "των"))


def _foreign_writer(s: str, found: re.Match[str], persons: list[str]) -> bool:
    """A foreign writer's name as Greek transliterates it, no initial and no Greek given name
    ("του Τζων Ρακ, Η πόλη …": of John Rack), after a genitive article or a colon, before a
    plain title: two capitalised words, neither a publisher's, a role's or an imprint's word,
    the surname ending as no Greek word does (the plain title still needs its imprint right
    after it: `greek_prose_work`)."""
    article = found.group("article")
    if found.group("cue") is not None or (
        article is not None and article not in _GENITIVE_ARTICLES
    ):
        return False
    if s[found.end() : found.end() + 1] in _MARKS:
        return False  # a marked title is read by the ordinary reading
    for person in (p for p in persons if p):
        words = person.split()
        if len(words) != 2 or any(len(w) < 3 or not w[0].isupper() or "." in w for w in words):
            return False
        if any(w.lower() in GREEK_NOT_NAME_WORDS or is_imprint_word(w) for w in words):
            return False
        if words[-1][-1].lower() in _GREEK_WORD_ENDINGS:
            return False  # "της Κεντρικής Επιτροπής": a Greek noun declines, a foreign name not
    return True


# The articles that name a person in Greek prose (not the prepositions "στο", "σε", "από":
# "στο New Left Review" is a journal's place).
_PERSON_ARTICLES = frozenset(("ο", "η", "οι", "του", "της", "των", "τον", "την", "τη"))


def _latin_writer(s: str, found: re.Match[str], persons: list[str]) -> bool:
    """A foreign writer's name kept in Latin script inside Greek prose, as Greek practice
    cites foreign works unchanged ("της Anne Morel, «La grève», *Revue …*, 12, 1990": of
    Anne Morel), after an article that names a person or a cue, before a marked title
    (a web copy's plain title is `_foreign_writer`'s and the ordinary reading's): two or
    three capitalised Latin words, none a place's, a publisher's or a journal's
    ("του New Left Review", "της Monthly Review" name no writer)."""
    article = found.group("article")
    if article is not None and article not in _PERSON_ARTICLES:
        return False
    if found.group("article") is None and found.group("cue") is None:
        return False  # after a colon: `shows_person` reads any given name there
    if s[found.end() : found.end() + 1] not in _MARKS:
        return False
    for person in (p for p in persons if p):
        words = person.split()
        if not 2 <= len(words) <= 3 or not all(_LATIN_NAME_WORD.fullmatch(w) for w in words):
            return False
        if any(is_imprint_word(w.strip(".")) for w in words):
            return False
    return _CONTAINER_AFTER_TITLE.match(s, found.end()) is not None


# A marked title, then its container or imprint: a journal or a book (a capital or a mark),
# or "στο"/"in" before it. A date or a year right after the title is a paper's or a
# publisher's series' ("της Harbour Courier, «…», 3.3.1999": the paper's own piece).
# matches "«La grève», *Revue …*", "*La grève*, Paris", "«The Unions», στο J. Smith"; not
# "«Council Rejects the Levy», 3.3.1999", "«Classiques du peuple», 1968"
_CONTAINER_AFTER_TITLE = lazy_compile(
    r"""(?:\*[^*]{1,300}\*|«[^»]{1,300}»|“[^”]{1,300}”|"[^"]{1,300}"|„[^“”"]{1,300}[“”"]|_[^_]{1,300}_)
        \s*+,?\s*+(?:[*_«“"„]|(?:στο|στον|στη|στην|in|εφ\.)\s|[A-ZΑ-ΩΆΈΉΊΌΎΏ])""",
    re.VERBOSE,
)


# A Latin-script given name, initial or surname: a capital, then letters (a hyphen or an
# apostrophe inside: "Jean-Paul", "O'Neill"), or an initial with its stop.
# matches "Anne", "Morel", "Jean-Paul", "H."; not "Άννα" (Greek script), "1990"
_LATIN_NAME_WORD = lazy_compile(r"[A-Z](?:[a-zà-ÿ]++(?:[-'’][A-Za-zà-ÿ]++)*+|\.)")


# The letters a Greek word ends with (a vowel, "ς", "ν"): a surname ending otherwise is a
# foreign name transliterated ("Ρακ", "Μαρξ", "Χάιντεγκερ"), which Greek leaves undeclined.
_GREEK_WORD_ENDINGS = frozenset("αεηιουωάέήίόύώϊϋΐΰςν")


def _vouched(
    text: str, s: str, title_at: int, end: int, citation: NoteCitation
) -> NoteCitation | None:
    """The reading, when its details vouch for it: after a marked title a year or a date;
    after a plain title an imprint right after it (place and year, or with its publisher);
    or an imprint closing the next sentence (after a plain title that ends its sentence, the
    subtitle's: "Η διάσπαση. Το 1968 από τα μέσα, Αθήνα: Ο Πολίτης, 1996"; after a marked
    one, its collection's: "«…», στο Δ. Χ (επιμ.), Κρίση και τάξεις. Πρακτικά, Θεσσαλονίκη:
    Επίκεντρο, 2016")."""
    marked = s[title_at : title_at + 1] in _MARKS
    if marked and citation.year and _DATED.search(s, title_at) is not None:
        return citation
    if not marked and citation.title_style != "plain":
        return None
    if not marked and not _title_like(citation.title):
        return None  # "του Λ. Ντάροου, Γναρδ, Αθήνα 1978": a publisher after the writer
    title_start = s.find(citation.title, title_at)
    if title_start < 0:
        return None
    if not marked and (cut := title_before_publisher(s, title_start, citation.title)):
        citation = replace(citation, title=cut)  # "…, Κέδρος, 2005": its publisher
    after = title_start + len(citation.title)
    if not marked and citation.year and imprint_follows(s, after):
        return citation
    if not marked and s[after:].strip(" .,"):
        return None  # more of the sentence follows the plain title, and no imprint
    year = _next_sentence_imprint(text, end)
    if not year:
        return None
    unsure = "; ".join(
        p
        for p in (*citation.unsure.split("; "), "details read on")
        if p and p not in ("no year", "no publication details")
    )
    return replace(citation, form="full", year=year, unsure=unsure)


def _title_like(title: str) -> bool:
    """A plain title of two words or more that no publisher's word opens ("Εκδόσεις Γναρδ"):
    one word before a place and a year is as likely the publisher."""
    words = title.split()
    return len(words) >= 2 and words[0].lower().strip(".") not in GREEK_NOT_NAME_WORDS


def imprint_follows(s: str, at: int) -> bool:
    """An imprint opens at `at`, right after a plain title: place, publisher and year; or a
    place and a year (perhaps after a volume, a translator or the title's own years) that
    close the work, as a page, a bracket or the sentence's end shows ("Hamburg 1979, S. 12";
    not "Αθήνα 2015, είπε ότι …": a dateline in prose)."""
    if open_imprint_at(s, at) or PUBLISHER_PLACE_IMPRINT.match(s, at):
        return True
    if open_imprint_after_parts(s, at):
        return True  # ", μτφρ. Ν. Καρράς, εκδ. Κέδρος, Αθήνα 1998": a translator, then its imprint
    if publisher_year_follows(s, at):
        return True  # ", εκδ. Κέδρος, 2005": a publisher and a year, no place
    if (parts_end := after_parts(s, at)) is not None and imprint_follows(s, parts_end):
        return True  # ", 2η έκδ., Κέδρος, Αθήνα 2005": an edition, then its imprint
    found = PLACE_YEAR_IMPRINT.match(s, at) or _IMPRINT_AFTER_PARTS.match(s, at)
    if found is not None and _CLOSES_WORK.match(s, found.end()) is not None:
        return True
    return _bracket_imprint_follows(s, at)


# Chicago's bracketed imprint, as Greek notes write it after a title: "(Αθήνα: Κέδρος,
# 1979)", "(London: Verso, 1988)", or with no publisher "(Αθήνα 1979)", "(Αθήνα, 1979)".
# matches " (Αθήνα: Κέδρος, 1979)", " (Αθήνα 1979)", " (Νέα Υόρκη, 1979)"; not " (1979)" (a
# year alone), " (Μάιος 1979)" (a month: `_CLOSES_WORK`'s caller reads no date as a place),
# " (σ. 12)"
_BRACKET_IMPRINT = lazy_compile(
    rf"""\s*\(\s*(?!(?i:{GREEK_MONTHS})\s)
        [{GREEK_CAPITALS}A-Z][^\W\d_]+(?:\s+[{GREEK_CAPITALS}A-Z][^\W\d_]+)?
        (?P<publisher>\s*:\s*[^():;]{{1,60}}?)?,?\s+(?:1[5-9]\d\d|20\d\d)\s*\)""",
    re.VERBOSE,
)

# A page after a bracket: what shows a bracketed place and year to be a work's imprint.
# matches ", σ. 5", ", σσ. 12-19", ", p. 4"; not "." (a bracket that closes a sentence could
# be a dateline's: "Υπουργός Παιδείας (Αθήνα 1979).")
_PAGE_AFTER = lazy_compile(r",\s*(?:σσ?|σελ|pp?|S)\.\s*\d")


def _bracket_imprint_follows(s: str, at: int) -> bool:
    """A bracketed imprint right after a plain title: with its publisher, closing the work;
    with a place and a year only, before a page (an office or a dateline in prose is never
    followed by one)."""
    found = _BRACKET_IMPRINT.match(s, at)
    if found is None:
        return False
    if found.group("publisher"):
        return _CLOSES_WORK.match(s, found.end()) is not None
    return _PAGE_AFTER.match(s, found.end()) is not None


# What may follow the imprint of a work that ends there: the sentence's or the note's end,
# a bracket, a page, a chapter, "ιδίως" (especially) before a page.
# matches "." before the next sentence, " (", ", σ. 12", ", σελ. 201", ", S. 44", ", κεφ. 2",
# ", ιδίως S. 44"; not ", είπε ότι" (prose goes on), " και" (prose)
_CLOSES_WORK = lazy_compile(
    r"""\s*(?:$|[.;)\]]|\(|,\s*(?:ιδίως\s+)?(?:σσ?|σελ|S|pp?|κεφ|τόμ|Bd)\.\s*\d|,\s*\d)""",
    re.VERBOSE,
)


# How far the next sentence may run before its imprint (a subtitle, a collection's title).
_NEXT_SENTENCE_MAX = 200


def _next_sentence_imprint(text: str, end: int) -> str:
    """The year of an imprint that closes the sentence after `end` (at one of its commas,
    before any ";" or bracket), or ""."""
    stop = end + _NEXT_SENTENCE_MAX
    for i in range(end, min(len(text), stop)):
        char = text[i]
        if char in ";()[]":
            return ""
        if char == "," and imprint_follows(text, i):
            found = _YEAR_AHEAD.search(text, i)
            return found.group() if found else ""
    return ""


# The first year after an imprint's opening comma.
# matches "1996" in ", Αθήνα: Ο Πολίτης, 1996"; not "19960"
_YEAR_AHEAD = YEAR


def _has_greek(s: str) -> bool:
    return any("\u0370" <= c <= "\u03ff" for c in s)


def shows_person(person: str, *, after_colon: bool) -> bool:
    """The names show a person: an initial, a Greek given name (in any case the sentence
    gives it: "Αντώνης", "του Αντώνη"), or after a colon any given name ("Dieter
    Kallmünzer")."""
    words = person.split()
    if len(words) < 2:
        return False
    first = words[0]
    if _INITIAL.match(first) or first.count(".") >= 2:
        return True
    if first.lower() in GREEK_PUBLISHER_OPENERS:
        return False  # "Εκδόσεις Κέδρος": a publisher
    if greek_given_name(first) or greek_given_name_genitive(first):
        return True
    return after_colon and first[:1].isascii()


# A volume, a translator or the title's own period between a plain title and its imprint:
# ", τόμ. 2, Αθήνα: Γλάρος, 1983", ", μτφρ. Κ. Λαμπράκη, Αθήνα: Οδυσσέας, 1979", "…
# στην Ελλάδα, 1974-2015, Αθήνα: Πόλις, 2016" (a web copy's title ends before its years).
# matches ", τόμ. 2, Αθήνα: Γλάρος, 1983", ", μτφρ. Κ. Λαμπράκη, Αθήνα: Οδυσσέας, 1979",
# ", 1974-2015, Αθήνα: Πόλις, 2016";
# not ", τόμ. 2, 1983" (no place), ", και άλλα, Αθήνα 1983" (no volume or translator)
_IMPRINT_AFTER_PARTS = lazy_compile(
    rf"""(?:,\s*(?:(?:τόμ\.|τ\.|μτφρ\.|μτφ\.|επιμ\.)\s*[^,;()]{{1,40}}
                 |(?:1[5-9]\d\d|20\d\d)[–-](?:\d\d){{1,2}}(?=,))){{1,2}}
        ,\s*[{GREEK_CAPITALS}A-Z][^\W\d_]+(?:\s+[{GREEK_CAPITALS}A-Z][^\W\d_]+)?
        (?::\s*[^,;()]{{1,40}},?|,)?\s+(?:1[5-9]\d\d|20\d\d)(?!\d)""",
    re.VERBOSE,
)


# A writer in prose, then the paper or journal "in" which he wrote and its date, the title
# perhaps in brackets after it, as Greek prose cites a newspaper piece: "η κριτική του Α.
# Δελημπαλτά στην *Καθημερινή* της 4ης Οκτωβρίου 2015 («…»)" (the review by A. D. in
# Kathimerini of 4 October 2015).
# matches "του Α. Δελημπαλτά στην *Καθημερινή* της 4ης Οκτωβρίου 2015 («Επιτέλους»)", "της
# Ελένης Ζ. στο *Βήμα* της 12/3/2010", "του Α. Δελημπαλτά στην Καθημερινή της 4ης
# Οκτωβρίου 2015", "του Α. Δ. στην *Αυγή* (12/3/2015)" and "του Α. Δ. στην εφ. Η Αυγή,
# 12/3/2015" (a marked or named paper may take its date after a comma or in brackets); not
# "του Α. Δ. στην Αθήνα, 12/3/2015" (a place and a date: a speech's, not a paper's), "του
# Α. Δελημπαλτά στην Αθήνα το 2015" (no paper's date: a place),
# "του Α. Δ. στην Καθημερινή" (no date), "του Δελημπαλτά στην *Καθημερινή* της 4ης
# Οκτωβρίου 2015" (no initial or given name: `shows_person`)
_WRITER_PAPER_DATE = lazy_compile(
    rf"""(?<![^\s(])(?:ο|η|του|της|των|τον|την|τη|από)\s++
        (?P<person>{GIVEN_PERSON})\s++στ(?:ην|ον|ο|η)\s++
        (?:(?:(?:εφ|εφημ|περ)\.\s*+|(?:εφημερίδα|περιοδικό)\s++)
           (?P<flagged>[^\s,;()][^,;()]{{0,59}}?)(?:\s++(?:της|του|στις|στο)\s++|\s*+[,(]\s*+)
          |(?P<marked>\*[^*]{{1,60}}\*|«[^»]{{1,60}}»)(?:\s++(?:της|του|στις|στο)\s++|\s*+[,(]\s*+)
          |(?P<paper>[{GREEK_CAPITALS}A-Z][^\W\d_]*+(?:\s++[{GREEK_CAPITALS}A-Z][^\W\d_]*+){{0,3}})
           \s++(?:της|του|στις|στο)\s++)
        (?:(?:\d{{1,2}}(?:ης|η)?\s++)?(?i:{GREEK_MONTHS}),?\s++(?P<year>1[5-9]\d\d|20\d\d)
          |\d{{1,2}}[/.]\d{{1,2}}[/.](?P<numeric>1[5-9]\d\d|20\d\d))(?!\d)\)?
        (?:\s*\(\s*[«“"](?P<title>[^»”"()]{{1,200}})[»”"]\s*\))?""",
    re.VERBOSE,
)


def greek_paper_piece(s: str, k: int, start: int, note: int) -> NoteCitation | None:
    """A newspaper or journal piece named in Greek prose by its writer, paper and date (and
    its title in brackets after them), or None."""
    if "στ" not in s or not _has_greek(s):
        return None  # cheap test first
    found = _WRITER_PAPER_DATE.search(s, k)
    if found is None or not shows_person(found.group("person"), after_colon=False):
        return None
    paper = (found.group("paper") or found.group("marked") or found.group("flagged")).strip("*«» ")
    title = found.group("title") or ""
    return full_form_to_end(
        s[: found.end()],
        found.start("person"),
        start,
        note,
        authors=tuple(surnames(found.group("person"))),
        title=title.strip(),
        title_style="quoted" if title else "",
        year=found.group("year") or found.group("numeric"),
        container=paper,
        unsure="writer in prose; paper and date" + ("" if title else "; no title"),
    )


# What stands between a work's year and the next writer when that writer's book holds the
# work: a bracket's end or a comma, then "στο" (in) alone, or an editor's or a translator's
# mark (the next names are the book's editors, not another work's writers).
# matches "), στο " and ", στον ", ", επιμ. ", ", ed. " before the names; not ", απαντά στο "
# (a verb: another work)
_CONTAINER_GAP = lazy_compile(
    r"[\s,.)\]]*+(?:(?:στο|στον|στη|στην|σε|in)\s++|(?:επιμ|μτφρ|εκδ|eds?|trans|tr)\.\s*+)"
)


# A Latin word, but for the page marks the reader gives Greek pages ("σ." is read "p.").
# matches "ed" in "ed. by", "London"; not "p" in "p. 12", "pp" in "pp. 4–9"
_LATIN = lazy_compile(r"(?<![A-Za-z])(?!pp?\.)[A-Za-z]")


def _inside_marks(gap: str) -> bool:
    """`gap` ends inside a marked title: an emphasis or a quotation opened and not closed."""
    return (
        gap.count("*") % 2 == 1
        or gap.count("«") > gap.count("»")
        or gap.count("“") > gap.count("”")
    )


# How many works set in prose one segment reads after its first (a long note stays linear).
_LATER_MAX = 3


def later_greek_prose_works(
    text: str,
    s: str,
    start: int,
    end: int,
    note: int,
    works: list[NoteCitation],
    read_rest: Callable[[int], NoteCitation | None],
) -> list[NoteCitation]:
    """The segment's works with those set in Greek prose after its last one read, each with
    its writer shown and its details: "Η κριτική του Τ. Φάροουμπι, *…*, Αθήνα: Κάκτος, 1995,
    απαντά στο Ε. Βαρδάκας, *…*, Αθήνα: Πέλαγος, 1990" reads both works, as two sentences
    would, and the first keeps its own year (1995), not the last one it ran on to. Only
    after the work before has closed with its year: "«…», στο Α. Μαυρίδης, *…*, 1995" is
    the book the piece stands in, not another work. `read_rest` reads the segment from an
    offset in `s` as a segment of its own (a cue, a lead-in)."""
    last = works[-1] if works else None
    if last is None or not last.title or not last.year or not _has_greek(s):
        return works
    title_at = s.find(last.title, max(0, last.span.start - start))
    if title_at < 0:
        return works
    read = list(works)
    at = title_at + len(last.title)
    while len(read) - len(works) < _LATER_MAX:
        closed = _DATED.search(s, at)
        if closed is None:
            break
        later = greek_prose_work(text, s, closed.end(), start, end, note)
        if later is None:
            # "…, 1990, και στα ελληνικά, Γ. Χ, *…*, 1995": the rest read as a segment is
            rest = read_rest(closed.end())
            later = rest if rest is not None and rest.authors and rest.title else None
        if later is None or not later.year:
            break
        gap = s[closed.end() : max(closed.end(), later.span.start - start)]
        if _CONTAINER_GAP.fullmatch(gap) or _inside_marks(gap) or _LATIN.search(gap):
            # "«…» (1990), στο Α. Μαυρίδης, *…*": the book the piece stands in; "…, 1990, και
            # *Η Ρόζα Λ., ένας βίος*": names inside a title; Latin words between: no Greek
            # prose joins the works (a web copy's plain title, an English note)
            break
        if read[-1].year != closed.group():
            read[-1] = replace(read[-1], year=closed.group())  # not the later work's year
        read.append(later)
        title_at = s.find(later.title, later.span.start - start)
        at = title_at + len(later.title) if title_at >= 0 else len(s)
    return read


# A writer named in Greek prose by the surname alone, the way a sentence names a writer it
# discusses ("υποστηρίζει ο Pendry, *…*, London: Verso, 1988": argues Pendry): the
# subject's article "ο" before a Greek surname (told by its ending: `greek_surname_like`),
# or a masculine article before a foreign one kept in Latin script ("ο Pendry", "του
# Pendry": it does not decline). Greek gives a foreign paper, journal or publisher the
# feminine ("η Monde", "η Verso": η εφημερίδα, οι εκδόσεις) and a place the feminine or
# neuter, so a masculine article before a Latin-script word names a man.
# matches "ο Pendry, T" in "υποστηρίζει ο Pendry, The Party", "ο Βαφειάδης, *", "του Pendry,
# *"; not "η Monde, «" (feminine), "ο Πρόεδρος, " (no surname's ending: checked after),
# "ο Pendry υποστηρίζει" (no comma)
_SURNAME_IN_PROSE = lazy_compile(
    rf"""(?<![^\s(])(?:ο\s++(?P<greek>[{GREEK_CAPITALS}][^\W\d_]{{2,}}+)
        |(?:ο|του|τον)\s++(?P<latin>[A-Z][a-zà-ÿ]{{2,}}+(?:-[A-Z][a-zà-ÿ]++)?))
        ,\s++(?=[«“"„*_{UPPER}])""",
    re.VERBOSE,
)


def greek_surname_work(
    text: str, s: str, k: int, start: int, end: int, note: int
) -> NoteCitation | None:
    """The full form set in Greek prose after a writer named by the surname alone (at or
    after `k` in the segment `s`), or None. With no initial and no given name to show a
    person, the work's imprint must: place (and publisher) and year right after the title,
    open or in brackets; a place, a publisher or a journal is never the surname."""
    if ", " not in s or not _has_greek(s):
        return None  # cheap test first
    for tries, found in enumerate(_SURNAME_IN_PROSE.finditer(s, k)):
        if tries >= _TRIES:
            break
        surname = found.group("greek") or found.group("latin")
        if surname.lower() in GREEK_NOT_NAME_WORDS or is_imprint_word(surname):
            continue
        if found.group("greek") and not greek_surname_like(surname):
            continue  # "ο Πρόεδρος, Η νέα εποχή, …": an office, a noun
        at = found.start("greek") if found.group("greek") else found.start("latin")
        stop = min(len(s), at + WORK_WINDOW)
        citation = read_at(s[at:stop], 0, start + at, start + stop, note)
        if citation is None or not citation.title or not citation.year:
            continue
        if [a.surname for a in citation.authors] != [surname]:
            continue  # the reading took other names than the one
        title_at = s.find(citation.title, found.end())
        if title_at < 0:
            continue
        after = title_at + len(citation.title)
        closed = after
        while closed < len(s) and s[closed] in _CLOSING_MARKS:
            closed += 1  # "«…»", "*…*", "“…,”": the imprint opens after the marks
        if citation.title_style == "plain" and not _title_like(citation.title):
            continue
        if any(imprint_follows(s, at) for at in range(after, closed + 1)):
            return citation
    return None


# Marks that close a title, and a comma set inside them.
_CLOSING_MARKS = '*_»”"“,'
