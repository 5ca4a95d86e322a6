"""Works named in a note's prose by their kind and their writer, German and Greek: "Vgl.
Bergers Studie *Der Regen* (Berlin 1990)" (Berger's study), "So Berger in seinem Aufsatz
„Der Regen“, in: Wetterhefte 12 (1999)" (so Berger in his essay), "όπως γράφει ο
Παπαδόπουλος στο βιβλίο του *Η βροχή* (Αθήνα: Κέδρος, 1980)" (as P. writes in his book),
"το άρθρο του Γιάννη Παπαδόπουλου «Η βροχή», *Νέα Εστία* 12 (1999)" (the article of
Giannis P.).

German and Greek write a work cited in a sentence with a word naming its kind ("Buch",
"Aufsatz", "βιβλίο", "άρθρο") between its writer and its title: the writer's genitive before
the kind, or the sentence's subject and a possessive ("in seinem", "στο … του") after it.
The kind word is what ties the writer to the title; the evidence that it is a citation, not
a mention, is the details after the title, read as those of a full form with no author
(an imprint, a journal's volume and year, "in:" and a date). A bare year is no such detail.

Precision: a genitive that is a determiner ("Dieses Buch") or an imprint word ("Berlins"),
a subject after no lead word and with no given name ("Die Partei in ihrem Programm"), and a
Greek subject whose possessive disagrees with its article ("ο Χ … στο βιβλίο της") are no
writers. In a web copy (italics lost) a plain title is read only up to an imprint's bracket
with a place and a year, "in:", or a place and a year after a comma.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.bibliography.names import author
from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_greek import GREEK_CAPITALS
from citecheck.extract.note_greek_names import greek_given_name, greek_given_name_genitive
from citecheck.extract.note_patterns import GIVEN_PERSON, MARKED_TITLE, YEAR
from citecheck.extract.note_work import read_at
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation, Span

# German words for a kind of work, as written after a genitive or "in seinem/ihrem".
_DE_KINDS = r"""(?:Buch|Aufsatz|Artikel|Beitrag|Essay|Studie|Schrift|Streitschrift|Arbeit
    |Monographie|Monografie|Abhandlung|Untersuchung|Roman|Vortrag|Rede|Text|Werk|Interview
    |Dissertation|Broschüre|Rezension|Vorwort|Nachwort|Einleitung|Biographie|Biografie
    |Autobiographie|Autobiografie|Artikelserie|Kommentar|Band)"""

# One to two words between a writer and the kind: an adjective, a year ("Bergers neues
# Buch", "in seinem 1990 erschienenen Buch").
# matches "neues ", "1990 erschienenen "; not "Buch " (a capital)
_DE_BETWEEN = r"(?:(?:1[5-9]\d\d|20\d\d|[a-zäöüß]++)\s++){0,2}"

# What a title opens with: a mark or a capital (a web copy's plain title).
_TITLE_OPEN = rf"""(?=[*_„“"»«‚{GREEK_CAPITALS}A-ZÄÖÜ])"""

# A writer's genitive and the kind of work, then its title.
# matches "Bergers Studie " before "*Der", "Marx’ Schrift " before "„Zur", "Müllers neues
# Buch " before "Der"; not "Dieses Buch *" (a determiner: `_NOT_WRITERS`), "Berger Buch"
# (no genitive)
_DE_GENITIVE = lazy_compile(
    rf"""(?<![\w-])(?P<genitive>[A-ZÄÖÜ][a-zäöüß]++(?:-[A-ZÄÖÜ][a-zäöüß]++)?)
        (?P<apostrophe>['’])?\s++{_DE_BETWEEN}
        {_DE_KINDS}\s++{_TITLE_OPEN}""",
    re.VERBOSE,
)

# The sentence's subject, then "in seinem/ihrem" and the kind, then the title: a person
# with given names anywhere, or a surname alone after a lead word ("So Berger in seinem …",
# "argumentiert Berger in seinem …").
# matches "Hans Berger in seinem Buch " before "*Der", "So Berger hat in seinem Aufsatz "
# before "„Der"; not "Die Partei in ihrem Programm" (no lead word, no given names), "Berger
# in seinem Sinne" (no kind)
_DE_SUBJECT = lazy_compile(
    rf"""(?:(?P<person>{GIVEN_PERSON})
        |(?<![\w-])(?:So|so|auch|Auch|schreibt|argumentiert|betont|zeigt|bemerkt|meint
            |formuliert|erklärt|notiert|urteilt|spricht|resümiert)\s++
          (?P<one>[A-ZÄÖÜ][a-zäöüß]++(?:-[A-ZÄÖÜ][a-zäöüß]++)?))
        \s++(?:(?:hat|hatte|schon|bereits|etwa|auch|selbst|später|früh)\s++){{0,2}}
        in\s++(?:seinem|ihrem|seiner|ihrer)\s++{_DE_BETWEEN}{_DE_KINDS}
        (?:\s++(?:von|aus)\s++(?:1[5-9]\d\d|20\d\d))?,?\s++{_TITLE_OPEN}""",
    re.VERBOSE,
)

# Greek words for a kind of work, after "στο"/"στην" or "το"/"την".
_EL_KINDS = r"""(?:βιβλίο|άρθρο|κείμενο|δοκίμιο|μελέτη|μελέτημα|έργο|σύγγραμμα|μονογραφία
    |εισήγηση|ομιλία|συνέντευξη|μπροσούρα|πραγματεία|διατριβή|ανακοίνωση|επιστολή
    |βιβλιοκρισία|κριτική|μυθιστόρημα|ποίημα)"""

# A Greek word with a capital: a name's word.
_EL_NAME = rf"[{GREEK_CAPITALS}][^\W\d_]++"

# The subject (article and name), a few words, then "in his/her <kind>" and the title: "ο
# Γιάννης Παπαδόπουλος στο άρθρο του «…»", "η Παπαδάκη γράφει στη μελέτη της *…*".
# matches "ο Παπαδόπουλος στο βιβλίο του " before "*Η", "η Μαρία Παπαδάκη σημειώνει στη
# μελέτη της " before "«Η"; not "ο Παπαδόπουλος στο βιβλίο της " (`_agrees`), "στο βιβλίο του
# *Η" with no subject
_EL_SUBJECT = lazy_compile(
    rf"""(?<![^\s(])(?P<article>ο|η|Ο|Η)\s++(?P<person>{_EL_NAME}(?:\s++{_EL_NAME})?)
        \s++(?:[^\W\d_]++,?\s++){{0,3}}?(?:στο|στον|στη|στην|στα)\s++(?:[^\W\d_]++\s++)?
        {_EL_KINDS}\s++(?P<own>του|της),?\s++{_TITLE_OPEN}""",
    re.VERBOSE,
)

# "the <kind> of <writer>" and the writer's marked title with no comma between: "το άρθρο
# του Γιάννη Παπαδόπουλου «…»" (a comma after the writer is `note_greek_prose_works`').
# matches "το άρθρο του Γιάννη Παπαδόπουλου " before "«Η", "στο βιβλίο του Παπαδόπουλου "
# before "*Η"; not "το βιβλίο του 1980 *" (a year), "το βιβλίο του Παπαδόπουλου Η" (a web
# copy: `note_greek_bylines`)
_EL_OBJECT = lazy_compile(
    rf"""(?<![^\s(])(?:το|στο|την|στην|τη|στη|ένα|σε\s+ένα)\s++(?:[^\W\d_]++\s++)?{_EL_KINDS}
        \s++(?:του|της)\s++(?P<person>(?:[{GREEK_CAPITALS}][a-zα-ω]?\.\s?){{0,2}}{_EL_NAME}
        (?:\s++{_EL_NAME})?)\s++(?=[«“"„*_])""",
    re.VERBOSE,
)

# Words with a German genitive's shape that name no one.
_NOT_WRITERS = frozenset(
    """dieses jenes eines keines jedes welches manches unseres meines seines ihres deines
    des das es alles anderes folgendes letzteres ersteres dies was etwas nichts
    vgl so als bis aus""".split()
)

# A plain title's end that the details make clear: an imprint's bracket with a place and a
# year, "in:", or a place (perhaps with a publisher) and a year after a comma.
# matches " (Berlin 1990)", " (Berlin: Dietz, 1990)", " (Αθήνα: Κέδρος, 1980)", ", in: ",
# ", Berlin 1990", ", Κέδρος, Αθήνα 1980"; not " (1990)" (a bare year), ", und" (lower case)
_PLAIN_END = lazy_compile(
    rf"""\s*+\([{GREEK_CAPITALS}A-ZÄÖÜ][^()]{{0,60}}?\s(?:1[5-9]\d\d|20\d\d)\)
      |,\s++in:\s
      |,\s++(?:[{GREEK_CAPITALS}A-ZÄÖÜ][\w/.-]*+(?:\s[{GREEK_CAPITALS}A-ZÄÖÜ][\w.-]*+)?[,:]?\s++){{1,3}}
        (?:1[5-9]\d\d|20\d\d)\b""",
    re.VERBOSE,
)

# A plain title from a capital: no bracket, mark or sentence's end inside.
# matches "Der Regen" before " (Berlin"; not "der Regen" (lower case)
_PLAIN_TITLE = lazy_compile(
    rf"[{GREEK_CAPITALS}A-ZÄÖÜ][^()*_„“\"«»;.]{{0,150}}?(?={_PLAIN_END.pattern})", re.VERBOSE
)

# How far after its title a work's details are read (a long note stays linear).
_WINDOW = 600

# Places one segment tries for each shape.
_TRIES = 4


def kind_writer_work(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    """The first work from `k` in the segment `s` (at `start` in its note, ending at `end`)
    named by its kind and its writer, with details after its title; or None."""
    if YEAR.search(s, k) is None:
        return None  # cheap test first: every detail read holds a year
    found: list[NoteCitation] = []
    for shape in (_german_genitive, _german_subject, _greek_subject, _greek_object):
        work = shape(s, k, start, end, note)
        if work is not None:
            found.append(work)
    return min(found, key=lambda work: work.span.start, default=None)


def _german_genitive(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    for tries, found in enumerate(_DE_GENITIVE.finditer(s, k)):
        if tries >= _TRIES:
            break
        word = found.group("genitive")
        surname = word if found.group("apostrophe") else word[:-1]
        if word.lower() in _NOT_WRITERS or len(surname) < 3 or is_imprint_word(surname):
            continue
        if not found.group("apostrophe") and not word.endswith("s"):
            continue  # "Marx Buch": a genitive of a name in s, x or z takes an apostrophe
        work = _work(s, found.start(), found.end(), start, end, note, (author(surname),))
        if work is not None:
            return work
    return None


def _german_subject(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    for tries, found in enumerate(_DE_SUBJECT.finditer(s, k)):
        if tries >= _TRIES:
            break
        person = found.group("person") or found.group("one")
        surname = person.split()[-1]
        if surname.lower() in _NOT_WRITERS or is_imprint_word(surname):
            continue
        opening = found.start("person") if found.group("person") else found.start("one")
        work = _work(s, opening, found.end(), start, end, note, (author(surname),))
        if work is not None:
            return work
    return None


def _greek_subject(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    for tries, found in enumerate(_EL_SUBJECT.finditer(s, k)):
        if tries >= _TRIES:
            break
        if not _agrees(found.group("article"), found.group("own")):
            continue
        words = found.group("person").split()
        if len(words) == 2 and not greek_given_name(words[0]):
            continue  # "ο Τύπος Αθηνών": two words, the first no given name
        work = _work(s, found.start("article"), found.end(), start, end, note, (author(words[-1]),))
        if work is not None:
            return work
    return None


def _greek_object(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    for tries, found in enumerate(_EL_OBJECT.finditer(s, k)):
        if tries >= _TRIES:
            break
        words = found.group("person").split()
        named = [w for w in words if not w.endswith(".")]
        if len(named) == 2 and not greek_given_name_genitive(named[0]):
            continue  # two words, the first no given name: not one person
        work = _work(s, found.start(), found.end(), start, end, note, (author(words[-1]),))
        if work is not None:
            return work
    return None


def _agrees(article: str, own: str) -> bool:
    """The possessive is the subject's: "ο … του", "η … της"."""
    return (article.lower() == "ο") == (own == "του")


def _work(
    s: str,
    opening: int,
    at: int,
    start: int,
    end: int,
    note: int,
    authors: tuple[Author, ...],
) -> NoteCitation | None:
    """The work whose title starts at `at`, read as a full form with no author; with
    `authors` and its text from `opening`. None without details after the title."""
    stop = min(len(s), at + _WINDOW)
    marked = MARKED_TITLE.match(s, at)
    if marked is not None:
        read = read_at(s[at:stop], 0, start + at, start + stop, note)
        title = next(g for g in marked.groups() if g).strip(" ,.")
    else:
        plain = _PLAIN_TITLE.match(s, at, stop)
        if plain is None:
            return None
        title = plain.group().strip(" ,.")
        if len(title.split()) > 15:
            return None  # a sentence, not a title
        # the same reading as its italic original's
        read = read_at("*" + title + "*" + s[plain.end() : stop], 0, start + at, start + stop, note)
    if read is None or read.authors or read.form != "full" or not read.year:
        return None
    if read.title.strip(" ,.") != title:
        return None  # the reading took another title
    unsure = "writer named by the kind of work" + ("; plain title" if marked is None else "")
    return replace(
        read,
        text=s[opening:],
        span=Span(start + opening, end),
        authors=authors,
        title_style=read.title_style if marked is not None else "plain",
        unsure=unsure,
    )
