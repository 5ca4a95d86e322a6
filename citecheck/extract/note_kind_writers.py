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
from citecheck.extract.note_details import read_details, vouching
from citecheck.extract.note_greek import GREEK_CAPITALS
from citecheck.extract.note_greek_names import greek_given_name, greek_given_name_genitive
from citecheck.extract.note_greek_paper_bridges import paper_at
from citecheck.extract.note_names import SENTENCE_LEADS, plausible_names
from citecheck.extract.note_not_persons import publisher_name
from citecheck.extract.note_parts import build_citation
from citecheck.extract.note_patterns import GIVEN_PERSON, MARKED_TITLE, YEAR, marked_style
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation

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

# The kind of work, then its title under which it appeared: "Bergers Vortrag erschien später
# unter dem Titel „…“".
# matches "erschien später unter dem Titel ", "erschien als "; not "erschien 1990"
_UNDER_TITLE = r"""(?:erschien|erschienen|ist|wurde)\s++(?:(?:später|zuerst|dann|auch|
    1[5-9]\d\d|20\d\d)\s++){0,2}(?:unter\s++dem\s++Titel|mit\s++dem\s++Titel|als)
    (?:\s++veröffentlicht|\s++gedruckt)?:?\s++"""

# A writer's genitive and the kind of work, then its title.
# matches "Bergers Studie " before "*Der", "Marx’ Schrift " before "„Zur", "Müllers neues
# Buch " before "Der"; not "Dieses Buch *" (a determiner: `_NOT_WRITERS`), "Berger Buch"
# (no genitive)
_DE_GENITIVE = lazy_compile(
    rf"""(?<![\w-])(?P<genitive>[A-ZÄÖÜ][a-zäöüß]++(?:-[A-ZÄÖÜ][a-zäöüß]++)?)
        (?P<apostrophe>['’])?\s++{_DE_BETWEEN}
        {_DE_KINDS}\s++(?:{_UNDER_TITLE})?{_TITLE_OPEN}""",
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
          (?P<one>[A-ZÄÖÜ][a-zäöüß]++(?:-[A-ZÄÖÜ][a-zäöüß]++)?)
        |(?:^|(?<=[.;:]\s))(?P<first>[A-ZÄÖÜ][a-zäöüß]++(?:-[A-ZÄÖÜ][a-zäöüß]++)?))
        (?:(?P<bracket>\s*+\(\s*+(?=[*_„“"»]))
          |,?\s++(?:[a-zäöüß]++\s++){{0,3}}?in\s++
           (?:(?:seinem|ihrem|seiner|ihrer)\s++{_DE_BETWEEN}(?P<kind>{_DE_KINDS})
              (?:\s++(?:von|aus)\s++(?:1[5-9]\d\d|20\d\d))?(?:,?\s++|\s*+\(\s*+){_TITLE_OPEN}
             |{_TITLE_OPEN}))""",
    re.VERBOSE,
)

# German "bei" (in the work of) and a surname alone, a comma and a marked title: "findet sich
# bei Berger, *Der Regen*, Berlin 1990" (with given names it is the ordinary reading's).
# matches "bei Berger, " before "*Der"; not "bei Berlin, *" (`is_imprint_word`), "bei Berger
# *Der" (no comma), "bei Berger, Der" (a web copy's capital: as often a place or a list)
_DE_BEI = lazy_compile(
    r"""(?<![\w-])(?:bei|Bei)\s++(?P<name>[A-ZÄÖÜ][a-zäöüß]++(?:-[A-ZÄÖÜ][a-zäöüß]++)?)
        ,\s++(?=[*_„“"»])""",
    re.VERBOSE,
)

# A marked title and its editor in a bracket after it (a collection with no author: Chicago
# 14.103 lists it under its editor, as the truth set does): "*Η βροχή* (επιμ. Γ.
# Παπαδόπουλος), Αθήνα: Κέδρος, 1980", "*Der Regen* (hg. v. Hans Berger), Berlin 1990".
# matches "*Η βροχή* (επιμ. Γ. Παπαδόπουλος)", "„Der Regen“ (hg. v. Hans Berger)", "*The Long
# Rain* (ed. Tom Vale)"; not "*Der Regen* (Berlin 1990)" (no editor), "*Der Regen* (übers. v.
# Eva Kranz)" (a translator)
_EDITED_TITLE = lazy_compile(
    r"""(?P<title>\*[^*]{1,200}\*|«[^«»]{1,200}»|„[^„“]{1,200}[“”"]|“[^“”]{1,200}”)
        \s*+\(\s*+(?:επιμ\.|επιμέλεια|[Hh]g\.\s?v\.|[Hh]rsg\.\s?v\.|[Hh]erausgegeben\s+von
          |eds?\.|edited\s+by)\s++(?P<editors>[^()]{2,80}?)\s*+\)""",
    re.VERBOSE,
)

# Words of a publisher's or a body's name, never a person's.
_PUBLISHING_WORDS = frozenset(
    "Books Press Verlag Redaktion Editions Publishers Publishing Εκδόσεις Συντακτική".split()
)

# Between editors: a dash, "και", "und", "and", a comma.
_EDITOR_SPLIT = lazy_compile(r"\s+(?:–|—|-|και|und|and|&)\s+|,\s+")

# A person's name, Latin or Greek: initials or given names, then the surname.
# matches "Γ. Παπαδόπουλος", "Hans Berger", "Tom Vale"; not "Berlin 1990", "der Redaktion"
_EDITOR = lazy_compile(
    rf"""(?:(?:[{GREEK_CAPITALS}A-Z][a-zα-ω]?\.\s?){{1,3}}|(?:[{GREEK_CAPITALS}A-ZÄÖÜ][^\W\d_]++\s++){{1,2}})
        (?P<surname>[{GREEK_CAPITALS}A-ZÄÖÜ][^\W\d_'’-]++(?:-[{GREEK_CAPITALS}A-ZÄÖÜ][^\W\d_]++)?)""",
    re.VERBOSE,
)

# An interview by its interviewee and its interviewers (Chicago 14.219 lists it under the
# interviewee): "Tom Vale, interview by Ann Rusk, “…,” *Blog*, March 3, 2015" and "the
# interview with Vale by Ann Rusk and Bo Kern, conducted in Paris …, “…,” *Journal* 34, no. 4
# (2008)", then a clause without marks up to the title.
# matches both before the title's mark; not "interview by Ann Rusk, “" (no interviewee),
# "interview with Vale, “" (no interviewer: the interviewee alone may be no writer)
_INTERVIEW = lazy_compile(
    rf"""(?:(?P<who>{GIVEN_PERSON}),\s++interview\s++by
        |\binterview\s++with\s++(?P<with>(?:{GIVEN_PERSON}|[A-Z][a-z]++))\s++by)
        \s++(?P<by>{GIVEN_PERSON}(?:(?:,\s++|,?\s++and\s++){GIVEN_PERSON}){{0,2}})
        (?:,[^“”"*_;()]{{0,160}}?)?,\s*+(?=[“"*_])""",
    re.VERBOSE,
)

# Greek words for a kind of work, after "στο"/"στην" or "το"/"την".
_EL_KINDS = r"""(?:βιβλίο|άρθρο|κείμενο|δοκίμιο|μελέτη|μελέτημα|έργο|σύγγραμμα|μονογραφία
    |εισήγηση|ομιλία|συνέντευξη|μπροσούρα|πραγματεία|διατριβή|ανακοίνωση|επιστολή
    |βιβλιοκρισία|κριτική|μυθιστόρημα|ποίημα|απομνημονεύματα|απομνημονεύματά|αναμνήσεις
    |αναμνήσεις|ημερολόγιο|ημερολόγιό|διάλεξη|βιβλία|άρθρα|κείμενα)"""

# A Greek word with a capital: a name's word.
_EL_NAME = rf"[{GREEK_CAPITALS}][^\W\d_]++"

# The subject (article and name), a few words, then "in his/her <kind>" and the title: "ο
# Γιάννης Παπαδόπουλος στο άρθρο του «…»", "η Παπαδάκη γράφει στη μελέτη της *…*".
# matches "ο Παπαδόπουλος στο βιβλίο του " before "*Η", "η Μαρία Παπαδάκη σημειώνει στη
# μελέτη της " before "«Η"; not "ο Παπαδόπουλος στο βιβλίο της " (`_agrees`), "στο βιβλίο του
# *Η" with no subject
_EL_SUBJECT = lazy_compile(
    rf"""(?<![^\s(])(?P<article>ο|η|Ο|Η)\s++
        (?P<person>(?:[{GREEK_CAPITALS}][a-zα-ω]?\.\s?){{0,2}}{_EL_NAME}(?:\s++{_EL_NAME})?)
        (?:(?P<bracket>\s*+\(\s*+(?=[«“"„*_]))
          |(?P<comma>,\s++(?=[«“"„*_]))
          |,?\s++(?:[^\W\d_]++,?\s++){{0,3}}?(?:στο|στον|στη|στην|στα)\s++
           (?:(?:[^\W\d_]++\s++)?{_EL_KINDS}\s++(?P<own>του|της)(?:,?\s++|\s*+\(\s*+)
              {_TITLE_OPEN}
             |(?P<into>{_TITLE_OPEN})))""",
    re.VERBOSE,
)

# "the <kind> of <writer>" and the writer's marked title with no comma between: "το άρθρο
# του Γιάννη Παπαδόπουλου «…»" (a comma after the writer is `note_greek_prose_works`').
# matches "το άρθρο του Γιάννη Παπαδόπουλου " before "«Η", "στο βιβλίο του Παπαδόπουλου "
# before "*Η"; not "το βιβλίο του 1980 *" (a year), "το βιβλίο του Παπαδόπουλου Η" (a web
# copy: `note_greek_bylines`)
_EL_OBJECT = lazy_compile(
    rf"""(?<![^\s(])(?:το|στο|την|στην|τη|στη|Το|Στο|Την|Στην|Στη|Η|ένα|σε\s+ένα)\s++(?:[^\W\d_]++\s++)?{_EL_KINDS}
        \s++(?:του|της)\s++(?P<person>(?:[{GREEK_CAPITALS}][a-zα-ω]?\.\s?){{0,2}}{_EL_NAME}
        (?:\s++{_EL_NAME})?)(?:\s++|\s*+\(\s*+)(?=[«“"„*_])""",
    re.VERBOSE,
)

# The ending of a feminine noun or adjective, stressed on its last syllable, which a
# woman's surname (in the genitive of her family's: "Παπαδάκη", "Ρεπούση") does not take: a
# paper's name ("Καθημερινή", "Αυγή", "Ελευθεροτυπία", "Ναυτεμπορική").
# matches "Καθημερινή", "Αυγή", "Ελευθεροτυπία"; not "Παπαδάκη", "Πουλαντζάς"
_PAPER_ENDING = lazy_compile(r"(?:ή|ία)$")

# A Greek paper's editorial: "κύριο άρθρο" (leading article), no one's.
_EDITORIAL = "κύριο άρθρο"

# A German article right before a genitive: the genitive of a thing, not a writer.
# matches "des " before "Spiegels"; not "Vgl. " before "Bergers"
_ARTICLE_BEFORE = lazy_compile(r"\b(?:des|eines|dieses|jenes)\s++\Z", re.IGNORECASE)

# English words for a kind of work, between a writer's possessive and the title.
_EN_KINDS = r"""(?:book|essay|article|study|pamphlet|memoir|memoirs|novel|monograph|paper
    |lecture|speech|report|history|biography|autobiography|account|classic|treatise|piece
    |survey|polemic|critique|dissertation|thesis|collection|anthology|documentary|film)"""

# A surname alone in its possessive inside a sentence, perhaps a kind of work, then a marked
# title (a web copy: a capital): "made in Smith's *Essays on Rain* (…)", "draws on Vale's
# “…,” *Journal* 34 (…)". A possessive with given names is `note_evidenced`'s.
# matches "Smith's " before "*Essays", "Vale's essay " before "“The", "Vale's 2001 study "
# before "*The"; not "the Guardian's “" (an article before it), "to Smith's *" (the book an
# introduction is to: its introducer is the writer cited), "review of Vale's *" (the review
# is the work cited)
_EN_POSSESSIVE = lazy_compile(
    rf"""(?<![\w'’.-])(?<!\bthe\s)(?<!\bThe\s)
        (?P<name>[A-Z][a-z]++(?:-[A-Z][a-z]++)?)['’]s\s++
        (?:(?:1[5-9]\d\d|20\d\d|early|late|last|first|recent|famous|classic|major|short
            |long|important|seminal|influential|later|new|own)\s++){{0,2}}
        (?:{_EN_KINDS},?\s++)?(?=[*_“"‘A-Z])""",
    re.VERBOSE,
)

# What comes right before a possessive whose work is not the one cited: a review or a
# critique of it, an introduction or preface to it, a translation of it.
# matches "review of ", "introduction to ", "translation of "; not "argument of "
_ABOUT_WORK = lazy_compile(
    r"""\b(?:reviews?|critique|critiques|introduction|preface|foreword|afterword|translation
        |edition|reading|discussion|summary|analysis|treatment)\s++(?:of|to)\s++\Z""",
    re.VERBOSE,
)

# A surname in Latin letters (a German sentence's subject).
_LATIN_NAME = lazy_compile(r"[A-ZÄÖÜ][A-Za-zäöüßÄÖÜ'’-]++")

# German articles: a capitalised word after one is a noun, not a name.
_GERMAN_ARTICLES = frozenset("der die das den dem des ein eine einer eines einem".split())

# Words with a German genitive's shape that name no one.
_NOT_WRITERS = frozenset(
    """dieses jenes eines keines jedes welches manches unseres meines seines ihres deines
    des das es alles anderes folgendes letzteres ersteres dies was etwas nichts
    vgl so als bis aus der die den dem ein eine einer er sie man wir ich ihr dieser diese
    jener jene hier dort dazu damit daher dann doch auch schon noch nur gerade erst zuerst
    später heute vor nach mit ohne bei zur zum für über unter""".split()
)

# A plain title's end that the details make clear: an imprint's bracket with a place and a
# year, "in:", or a place (perhaps with a publisher) and a year after a comma.
# matches " (Berlin 1990)", " (Berlin: Dietz, 1990)", " (Αθήνα: Κέδρος, 1980)", ", in: ",
# ", Berlin 1990", ", Κέδρος, Αθήνα 1980"; not " (1990)" (a bare year), ", und" (lower case)
_PLAIN_END = lazy_compile(
    rf"""\s*+\([{GREEK_CAPITALS}A-ZÄÖÜ][^()]{{0,60}}?\s(?:1[5-9]\d\d|20\d\d)(?:,[^()]{{1,20}})?\)
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


def kind_writer_work(
    s: str, k: int, start: int, end: int, note: int, *, early: bool = False
) -> NoteCitation | None:
    """The first work from `k` in the segment `s` (at `start` in its note, ending at `end`)
    named by its kind and its writer, with details after its title; or None. `early`: only
    the shapes tried before the ordinary reading, which takes "Bergers Studie" for a
    person's names and an interview's interviewers for its writers."""
    if YEAR.search(s, k) is None:
        return None  # cheap test first: every detail read holds a year
    shapes = (_german_genitive, _german_subject, _german_bei, _interview)
    if not early:
        shapes += (_greek_subject, _greek_object, _english_possessive, _edited_title)
    found = [work for shape in shapes if (work := shape(s, k, start, end, note)) is not None]
    return min(found, key=lambda work: work.span.start, default=None)


def _german_genitive(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    for tries, found in enumerate(_DE_GENITIVE.finditer(s, k)):
        if tries >= _TRIES:
            break
        word = found.group("genitive")
        surname = word if found.group("apostrophe") else word[:-1]
        if word.lower() in _NOT_WRITERS or len(surname) < 3 or is_imprint_word(surname):
            continue
        if _ARTICLE_BEFORE.search(s, max(0, found.start() - 8), found.start()):
            continue  # "des Spiegels Artikel": a genitive after an article is no writer's
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
        person = found.group("person") or found.group("one") or found.group("first")
        words = person.split()
        if words[0].lower() in _GERMAN_ARTICLES:
            continue  # "Der Spiegel schreibt in seinem Artikel": a paper, no person
        while len(words) > 1 and (
            words[0].lower() in _NOT_WRITERS or not plausible_names(" ".join(words))
        ):
            words = words[1:]  # "So Berger", "Wie Hans Berger": a lead's word, no given name
        person, surname = " ".join(words), words[-1]
        if found.group("first") and not (found.group("kind") or found.group("bracket")):
            continue  # "Reported in *Pravda*, 12 March 1917": a sentence's verb, no writer
        if not _LATIN_NAME.fullmatch(surname):
            continue  # "Η Αυγή (*…*, Αθήνα 1980)": the Greek shapes are `_greek_subject`'s
        if surname.lower() in _NOT_WRITERS or is_imprint_word(surname):
            continue
        if not plausible_names(person) or publisher_name(person) or len(surname) < 3:
            continue
        opening = found.end() - len(found.group()) + found.group().index(person)
        writers = [surname]
        if found.group("person"):
            # "Robert Conquest and Ann Vell in *…*": the subject is both
            before, opening = _co_writers(s, opening)
            writers = [*before, surname]
        # a plain title (a web copy) only after the kind ("in seinem Buch Der Regen, …"): after
        # a bare "in" or in a bracket a capital opens many things ("in New York, May 1990")
        plain_ok = found.group("kind") is not None
        # …but a person with given names, then a title closed by a bracket with a place, a
        # publisher and a year, is a web copy's work too: "the argument of Robert Conquest
        # in The Harvest of Sorrow (New York: Oxford, 1986)", as its Markdown reads
        imprinted = (
            not plain_ok
            and bool(found.group("person"))
            and not found.group("bracket")
            and _prose_before(s, opening)
        )
        writer = tuple(author(w) for w in writers)
        work = _work(
            s, opening, found.end(), start, end, note, writer,
            plain_ok=plain_ok or imprinted, colon_imprint=imprinted, place_like=imprinted,
        )  # fmt: skip
        if work is not None:
            return work
    return None


# The writers named before the subject's last person, joined to it: "Robert Conquest and "
# before "Ann Vell in *…*", "Tom Roe, Ina Lutz und " before "Hans Berger in seinem Buch".
# matches "Robert Conquest and ", "Tom Roe, Ina Lutz, and "; not "the argument of and "
_CO_WRITERS = lazy_compile(
    rf"""(?<![\w-])(?P<persons>{GIVEN_PERSON}(?:,\s++{GIVEN_PERSON}){{0,2}}),?\s++(?:and|und|&)\s++\Z""",
    re.VERBOSE,
)
_CO_WRITERS_REACH = 160  # characters back from the last person in which the others stand


def _co_writers(s: str, opening: int) -> tuple[list[str], int]:
    """The surnames of the persons joined to the subject's person at `opening`, and where
    the first of them starts (`opening` when there are none)."""
    found = _CO_WRITERS.search(s, max(0, opening - _CO_WRITERS_REACH), opening)
    if found is None:
        return [], opening
    persons = [p.split() for p in found.group("persons").split(",")]
    first = persons[0]
    skipped = 0
    if len(first) > 2 and first[0] in SENTENCE_LEADS:
        skipped, first = len(first[0]), first[1:]  # "As Tom Roe": the sentence's lead word
    persons[0] = first
    for words in persons:
        names = " ".join(words)
        if not plausible_names(names) or publisher_name(names):
            return [], opening
        if any(is_imprint_word(w) or w.lower() in _NOT_WRITERS for w in words):
            return [], opening  # "Leeds and Ann Vell", "Great Britain and …": a place
    at = s.index(first[0], found.start() + skipped)
    return [p[-1] for p in persons], at


# The words of a sentence before a person: its first word, then lower-case words only.
# matches "This is the argument of ", "See the essays collected by ", ""; not "Ehlert,
# Prosecuting the Destruction of " (a title's capitals), "Reading " (a title's word)
_PROSE_LEAD = lazy_compile(r"(?:\A|(?<=[.;:!?])\s++)(?:[A-Z][a-z]*+\s++)?(?:[a-z]++\s++)++\Z")


def _prose_before(s: str, opening: int) -> bool:
    """True when the person at `opening` follows a sentence's lower-case words (its first
    word may be a capital): the subject of prose, not a title's words."""
    reach = max(0, opening - _LEAD_REACH)
    sentence = max(s.rfind(mark, reach, opening) for mark in ".;:!?")
    if sentence < 0 and reach > 0:
        return False  # no sentence's start near: a long run of words, not a lead-in
    return _PROSE_LEAD.search(s, max(0, sentence), opening) is not None


_LEAD_REACH = 300  # characters back from a person in which its sentence must start


def _german_bei(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    for tries, found in enumerate(_DE_BEI.finditer(s, k)):
        if tries >= _TRIES:
            break
        name = found.group("name")
        if name.lower() in _NOT_WRITERS or is_imprint_word(name) or publisher_name(name):
            continue
        writer = (author(name),)
        work = _work(s, found.start("name"), found.end(), start, end, note, writer)
        if work is not None:
            return work
    return None


def _edited_title(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    if "(" not in s:
        return None  # cheap test first
    for tries, found in enumerate(_EDITED_TITLE.finditer(s, k)):
        if tries >= _TRIES:
            break
        first = _EDITOR_SPLIT.split(found.group("editors").strip())[0]
        person = _EDITOR.fullmatch(first)
        if person is None or not plausible_names(first) or publisher_name(first):
            continue
        if any(is_imprint_word(w) or w in _PUBLISHING_WORDS for w in first.split()):
            continue  # "(ed. Verso Books)": a publisher, no editor
        title = found.group("title")[1:-1].strip(" ,.")
        details = read_details(s[found.end() : found.end() + _WINDOW])
        if not title or not (details.year and vouching(details)):
            continue
        style = "italic" if found.group("title")[0] == "*" else "quoted"
        writer = (author(person.group("surname")),)
        unsure = ["the editor after the title"]
        return build_citation(
            s, found.start(), start, end, note, "full", writer, title, style, details, unsure
        )
    return None


def _interview(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    if "nterview" not in s:
        return None  # cheap test first
    for tries, found in enumerate(_INTERVIEW.finditer(s, k)):
        if tries >= _TRIES:
            break
        who = found.group("who") or found.group("with")
        persons = [who, *_AND_LIST.split(found.group("by"))]
        if not all(plausible_names(p) and not publisher_name(p) for p in persons):
            continue
        if is_imprint_word(who.split()[-1]):
            continue
        # "Vale, interview by Rusk": the interviewee's (as the note reader's other Chicago
        # forms read it); "the interview with Vale by Rusk and Kern": all three, the truth
        # set's way with that prose, the interviewee first
        named = persons if found.group("with") else persons[:1]
        writers = tuple(author(p.split()[-1]) for p in named)
        opening = found.start("who") if found.group("who") else found.start()
        work = _work(s, opening, found.end(), start, end, note, writers, plain_ok=False)
        if work is not None:
            return replace(work, unsure="an interview: the interviewee first")
    return None


# Between persons of a list: a comma, "and", or both.
_AND_LIST = lazy_compile(r",?\s+and\s+|,\s+")


def _greek_subject(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    for tries, found in enumerate(_EL_SUBJECT.finditer(s, k)):
        if tries >= _TRIES:
            break
        own = found.group("own")
        if (own and not _agrees(found.group("article"), own)) or _EDITORIAL in found.group():
            continue  # "η Αυγή στο κύριο άρθρο της": a paper's editorial, no one's
        words = [w for w in found.group("person").split() if not w.endswith(".")]
        if len(words) == 2 and not greek_given_name(words[0]):
            continue  # "ο Τύπος Αθηνών": two words, the first no given name
        if len(words) == 1 and (is_imprint_word(words[0]) or _PAPER_ENDING.search(words[0])):
            continue  # "η Καθημερινή στο άρθρο της": a paper (an adjective or a noun)
        if found.group("into") is not None and paper_at(s, found.end()):
            continue  # "ο Π. έγραψε στην *Καθημερινή*, 12 Μαΐου 1936": a paper, no title
        # a plain title (a web copy) only after the kind ("στο βιβλίο του Η βροχή, …"): after
        # a bare "στο" a capital opens many things ("στο Συνέδριο της πόλης, Αθήνα 2010")
        plain_ok = found.group("own") is not None
        opening = found.start("article")
        work = _work(
            s, opening, found.end(), start, end, note, (author(words[-1]),), plain_ok=plain_ok
        )
        if work is not None:
            return work
    return None


def _greek_object(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    for tries, found in enumerate(_EL_OBJECT.finditer(s, k)):
        if tries >= _TRIES:
            break
        if _EDITORIAL in found.group():
            continue  # "το κύριο άρθρο του Ριζοσπάστη": the paper's editorial
        words = found.group("person").split()
        named = [w for w in words if not w.endswith(".")]
        if len(named) == 2 and not greek_given_name_genitive(named[0]):
            continue  # two words, the first no given name: not one person
        work = _work(s, found.start(), found.end(), start, end, note, (author(words[-1]),))
        if work is not None:
            return work
    return None


def _english_possessive(s: str, k: int, start: int, end: int, note: int) -> NoteCitation | None:
    if "'s " not in s and "’s " not in s:
        return None  # cheap test first
    for tries, found in enumerate(_EN_POSSESSIVE.finditer(s, k)):
        if tries >= _TRIES:
            break
        name = found.group("name")
        if name.lower() in _NOT_WRITERS or is_imprint_word(name) or not plausible_names(name):
            continue
        opening, at = found.start(), found.end()
        if publisher_name(name) or _ABOUT_WORK.search(s, max(0, opening - 30), opening):
            continue  # "a review of Vale's *…*": the review is the work cited
        work = _work(s, opening, at, start, end, note, (author(name),), colon_imprint=True)
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
    *,
    colon_imprint: bool = False,
    plain_ok: bool = True,
    place_like: bool = False,
) -> NoteCitation | None:
    """The work whose title starts at `at`, with details after its title that make it a
    citation (`vouching`: an imprint, a container, a journal's issue, a date, an address;
    not a bare year); its text from `opening`. None without them. `place_like`: a plain
    title after a bare "in" needs three words."""
    marked = MARKED_TITLE.match(s, at) or _GERMAN_QUOTED.match(s, at)
    unsure = ["writer named by the kind of work"]
    if marked is not None:
        title = next(g for g in marked.groups() if g).strip(" ,.")
        title_end = marked.end()
        style = "quoted" if s[at] in '„»“"«' else marked_style(marked)
    else:
        plain = _PLAIN_TITLE.match(s, at, min(len(s), at + _WINDOW)) if plain_ok else None
        if plain is None:
            return None
        title, title_end, style = plain.group().strip(" ,."), plain.end(), "plain"
        words = title.split()
        if not 2 <= len(words) <= 15 or is_imprint_word(words[0]):
            return None  # a sentence, or a place ("in Berlin, München 1990"), not a title
        if colon_imprint and not _COLON_IMPRINT.match(s, title_end):
            return None  # "Vale's London friends, Paris 1990": an imprint must end the title
        if place_like and len(words) < 3:
            return None  # "met Tom Vale in New York (…)": two capitals after "in", a place
        unsure.append("plain title")
    if not title:
        return None
    rest = s[title_end : title_end + _WINDOW]
    printed = _PRINTED_IN.match(rest)
    details = read_details(rest[printed.end() :] if printed else rest)
    if details.year and not vouching(details) and "*" in rest:
        # a container in emphasis after "in:" ("„…“, in: *Hefte* 12 (1999)") is read as a
        # web copy's plain one: the emphasis blanked, every offset kept
        details = read_details((rest[printed.end() :] if printed else rest).replace("*", " "))
    if not (details.year and vouching(details)):
        return None  # "in seinem Buch *Der Regen* (1990)": a bare year names it in passing
    if not details.place and _NAME_YEAR_BRACKET.match(rest):
        return None  # "«…» (*Σειρά Θάλασσα*, 2001)": a series or a paper and a year, named
    return build_citation(
        s, opening, start, end, note, "full", authors, title, style, details, unsure
    )


# An imprint's bracket with its publisher: "(London: Verso, 2001)".
# matches " (London: Verso, 2001)"; not " (London 2001)", " (2001)"
_COLON_IMPRINT = lazy_compile(r"\s*+\([A-Z][^():]{0,40}:\s[^()]{1,80}?(?:1[5-9]\d\d|20\d\d)\)")


# A German past participle saying where a work was printed, before "in:": the container
# follows ("„…“, abgedruckt in: *Hefte* 12 (1999)").
# matches ", abgedruckt ", ", zuerst erschienen "; not ", in: " (nothing to skip)
_PRINTED_IN = lazy_compile(
    r""",?\s*+(?:zuerst\s++|auch\s++|später\s++)?(?:abgedruckt|erschienen|wiederabgedruckt
        |nachgedruckt|veröffentlicht|publiziert)\s++(?=in:?\s)""",
    re.VERBOSE,
)


# A bracket of a name and a year only, after a title: a series or a periodical the piece is
# named with in passing (`note_piece_titles`), not an imprint.
# matches " (*Σειρά Θάλασσα*, 2001)", " (Monday Notes, 2016)"; not " (Berlin: Dietz, 1990)"
# (a place is read there), " (*Hefte* 12 (1999))"
_NAME_YEAR_BRACKET = lazy_compile(r"\s*+\([^()\d]{1,80},\s*+(?:1[5-9]\d\d|20\d\d)\)")


# A German or French quotation as a title's marks: „…“ and »…«, as `MARKED_TITLE` reads
# “…” and «…».
# matches "„Der Regen“", "»Der Regen«"; not "„Der Regen" (not closed)
_GERMAN_QUOTED = lazy_compile(r"„(?P<low>[^„“”\"]+?)[“”\"]|»(?P<chevron>[^»«]+?)«")


# A kind of work read as a surname, the writer's genitive as its given name: "Karl Vells
# Aufsatz *Der Regen* (1990)" read as a person "Karl Vells Aufsatz".
# matches "Vells Aufsatz", "Bergers Studie", "Marx’ Schrift"; not "Hans Buch" (no genitive),
# "Dieses Buch" (a determiner)
_GENITIVE_KIND = lazy_compile(
    rf"""(?<![\w-])(?P<genitive>[A-ZÄÖÜ][a-zäöüß]++(?:-[A-ZÄÖÜ][a-zäöüß]++)?)(?P<apostrophe>['’])?
        \s++(?P<kind>{_DE_KINDS})(?![\w-])""",
    re.VERBOSE,
)


# The kinds of work no one is called; the others ("Buch", "Werk", "Text", "Roman") are
# surnames too, and need a given name before the genitive ("Karl Vells Buch").
_NEVER_SURNAMES = frozenset(
    """Aufsatz Artikel Beitrag Essay Studie Streitschrift Monographie Monografie Abhandlung
    Untersuchung Dissertation Broschüre Rezension Vorwort Nachwort Einleitung Biographie
    Biografie Autobiographie Autobiografie Artikelserie Kommentar Interview Vortrag""".split()
)

# A given name right before the genitive: "Karl " before "Vells Buch".
# matches "Karl ", "H.-G. "; not "" (the reading's first word), "die "
_GIVEN_BEFORE = lazy_compile(r"(?:[A-ZÄÖÜ][\w-]*+|[A-ZÄÖÜ]\.(?:-[A-ZÄÖÜ]\.)?)\s++\Z")


def kind_as_surname(citation: NoteCitation) -> NoteCitation:
    """A reading whose writer's "surname" is a German word for a kind of work right after a
    genitive ("Karl Vells Aufsatz „…“"), given the genitive's writer ("Vell"); German names a
    work's writer so, and no person is called "Aufsatz" after a genitive."""
    if len(citation.authors) != 1:
        return citation
    surname = citation.authors[0].surname
    found = _GENITIVE_KIND.search(citation.text, 0, 120)
    if found is None or found.group("kind") != surname:
        return citation
    word = found.group("genitive")
    if not (found.group("apostrophe") or word.endswith("s")) or word.lower() in _NOT_WRITERS:
        return citation
    if surname not in _NEVER_SURNAMES and not _GIVEN_BEFORE.search(citation.text, 0, found.start()):
        return citation  # "Hans Buch": a given name in "-s" and a surname that is a word
    writer = word if found.group("apostrophe") else word[:-1]
    if len(writer) < 3 or is_imprint_word(writer):
        return citation
    unsure = "; ".join(p for p in (citation.unsure, "writer named by the kind of work") if p)
    return replace(citation, authors=(author(writer),), unsure=unsure)


# A possessive and the kind of work with no subject before it, then the title: the writer
# is the one whose work the note has just cited ("Karl Vell, *Der Hafen*, Hamburg 1977,
# S. 4, sowie in seinem späteren Buch *Die Partei*, Berlin 1983"; "…; vgl. auch seinen
# Aufsatz „…“, in: *Hefte* 12 (1983)").
# matches "in seinem späteren Buch " before "*Die", "seinen Aufsatz " before "„Die", "ihre
# Studie " before "*Die"; not "in seinem Sinne" (no kind), "seine Frau" (no kind), "Vells
# Buch" (a genitive: `_DE_GENITIVE`)
_DE_POSSESSIVE = lazy_compile(
    rf"""(?<![\w-])(?:in\s++)?(?:seinem|seinen|seiner|seine|sein|ihrem|ihren|ihrer|ihre|ihr)
        \s++{_DE_BETWEEN}{_DE_KINDS}(?:,?\s++|\s*+\(\s*+){_TITLE_OPEN}""",
    re.VERBOSE,
)

# The same in English: "his"/"her" (perhaps a kind of work) and a marked title, the writer
# of the work just cited ("Carl Vell, *The Dock* (London: Verso, 1977), 4; see also his
# *The Party* (London: Verso, 1983)", Chicago 14.xx: a second work of the same writer named
# by the pronoun). Not after "in" ("“A Chapter,” in his *Book* (…)": the book holding the
# chapter read), "of"/"to"/"on" (a work about his: "a review of his *Book*"), nor "with"/"by".
# matches "see also his " before "*The", "and her essay " before "“The", "his later book "
# before "*The"; not "in his *", "review of her *", "his own" before "words", "this *"
_EN_OWN = lazy_compile(
    rf"""(?<![\w'’-])(?<!\bin\s)(?<!\bof\s)(?<!\bto\s)(?<!\bon\s)(?<!\bby\s)(?<!\bwith\s)
        (?:his|her)\s++(?:(?:early|earlier|later|last|first|recent|own|1[5-9]\d\d|20\d\d)\s++){{0,2}}
        (?:{_EN_KINDS},?\s++)?(?=[*_“"‘A-Z])""",
    re.VERBOSE,
)

# What may stand between the work before and the possessive: its pages and a few lower-case
# words, commas, a ";" and a cue ("sowie", "vgl. auch"); no capital (another person).
# matches ", S. 4, sowie ", "; vgl. auch ", ", und später "; not ", wie Berger in ", ". Er"
_TO_POSSESSIVE = lazy_compile(r"(?:[\s,;.]|S\.|\d|[a-zäöüß]++\.?){0,40}+")

# The same before "his"/"her": the imprint's closing bracket, the page, a cue ("; see also",
# ", and"); no capital (another person: "…, 4, as Ann Hale in her *…*").
# matches "), 4; see also ", "), 4, and "; not "), 4; Ann Hale and "
_TO_OWN = lazy_compile(r"(?:[\s,;.)]|\d|[a-z]++\.?){0,40}+")

# How far after the work before the possessive may stand (bounded: linear).
_POSSESSIVE_REACH = 160


def after_reading(text: str, found: list[NoteCitation], i: int) -> tuple[int, int]:
    """Where reading `i`'s own words end (after its year, when it has one: a reading's span
    may run to its segment's end) and where the next reading starts."""
    citation = found[i]
    limit = found[i + 1].span.start if i + 1 < len(found) else len(text)
    year_at = text.find(citation.year, citation.span.start, limit) if citation.year else -1
    return (year_at + len(citation.year) if year_at >= 0 else citation.span.end), limit


def possessive_works(text: str, note: int, found: list[NoteCitation]) -> list[NoteCitation]:
    """`found` (one note's readings, offsets in `text`) with each work named by a possessive
    and its kind right after a work with a writer ("…, sowie in seinem Buch *Die Partei*,
    Berlin 1983") added, its writer that work's."""
    if "sein" not in text and "ihr" not in text and "his " not in text and "her " not in text:
        return found  # cheap test first
    added: list[NoteCitation] = []
    for i, before in enumerate(found):
        if not before.authors:
            continue
        after, limit = after_reading(text, found, i)
        stop = min(limit, after + _POSSESSIVE_REACH)
        own, to_own = _DE_POSSESSIVE.search(text, after, stop), _TO_POSSESSIVE
        if own is None:
            # the pronoun may open a reading of its own, with no writer: search past its start
            reach = min(len(text), after + _POSSESSIVE_REACH)
            own, to_own = _EN_OWN.search(text, after, reach), _TO_OWN
        if own is None:
            continue
        gap = to_own.match(text, after, own.start())
        if gap is None or gap.end() != own.start():
            continue  # a person named between: "…, wie Berger in seinem Buch …"
        group_end = text.find(";", own.end())
        group_end = len(text) if group_end < 0 else group_end
        english = to_own is _TO_OWN  # a plain title needs its imprint's bracket right after
        work = _work(
            text[:group_end],
            own.start(),
            own.end(),
            0,
            group_end,
            note,
            before.authors,
            colon_imprint=english,
        )
        if work is None or (english and not _own_vouched(work)):
            continue
        same = [c for c in found if c.title == work.title and after <= c.span.start]
        if english and len(same) == 1 and not same[0].authors:
            # read already with no writer ("…; see also his essay “The Party,” *Review* …"):
            # the pronoun names the writer before
            unsure = "; ".join(p for p in (same[0].unsure, "author carried from before") if p)
            found = [
                replace(c, authors=before.authors, unsure=unsure) if c is same[0] else c
                for c in found
            ]
            continue
        if any(work.span.start <= c.span.start < group_end or c.title == work.title for c in found):
            continue  # read already
        unsure = "; ".join(p for p in (work.unsure, "author carried from before") if p)
        added.append(replace(work, unsure=unsure))
    if not added:
        return found
    return sorted([*found, *added], key=lambda c: c.span.start)


def _own_vouched(work: NoteCitation) -> bool:
    """A work named after "his"/"her" has an imprint (a book) or, a quoted title, its
    container: not a journal's name and its issue ("…, and his *Review* 12 (1983)")."""
    if work.title_style == "quoted":
        return bool(work.container)
    return bool(work.place or work.publisher)


# A writer named in prose after "von" (the pieces, reports, speeches of a person), then an
# example of them after "z. B." or "etwa": the example is that writer's work ("Vgl. etwa die
# Berichte von Peter Vell in der *Zeitung*, z. B. „Die Partei“, in: Zeitung, 3.5.1999").
# matches "von Peter Vell in der *Zeitung*, z. B. " before "„Die", "von Ute Sand, etwa "
# before "*Der"; not "von Peter Vell, Berlin 1999" (no example's cue), "von 1999, z. B. "
# (no person), "von der Partei, etwa " (an article: no given name)
_DE_EXAMPLE = lazy_compile(
    rf"""(?<![\w-])von\s++(?P<person>{GIVEN_PERSON})
        (?:\s++[^.;:()„“”"*_]{{0,60}}?|\s++[^.;:()„“”"]{{0,20}}?\*[^*]{{1,60}}\*)?
        ,\s*+(?:z\.\s?B\.|etwa|so|darunter|insbesondere|beispielsweise)\s++{_TITLE_OPEN}""",
    re.VERBOSE,
)


def example_works(text: str, note: int, found: list[NoteCitation]) -> list[NoteCitation]:
    """`found` (one note's readings, offsets in `text`) with each work given as an example
    of a writer's pieces named in prose ("die Berichte von Peter Vell …, z. B. „…“, in: …")
    added, its writer the person named, when its details vouch for it and no reading has
    its title."""
    if "von " not in text or ("z. B." not in text and "z.B." not in text and "etwa" not in text):
        return found  # cheap test first
    added: list[NoteCitation] = []
    for tries, example in enumerate(_DE_EXAMPLE.finditer(text)):
        if tries >= _TRIES:
            break
        person = example.group("person")
        if not plausible_names(person):
            continue
        group_end = text.find(";", example.end())
        group_end = len(text) if group_end < 0 else group_end
        authors = (author(person.split()[-1]),)
        work = _work(text[:group_end], example.start(), example.end(), 0, group_end, note, authors)
        if work is None or any(c.title == work.title and c.authors for c in found):
            continue
        added.append(work)
    if not added:
        return found
    titles = {w.title for w in added}
    kept = [c for c in found if c.authors or c.title not in titles]  # its unsigned reading
    return sorted([*kept, *added], key=lambda c: c.span.start)
