"""The names that open a note citation: where the list ends, whether it is a list or a name
and a plain title, whether given names are written, and which words can be no one's name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from citecheck.bibliography.names import author
from citecheck.extract.citation_patterns import NAME_WORD, UPPER
from citecheck.extract.note_greek import (
    GREEK_CLOSE_SURNAME,
    GREEK_NOT_NAME_WORDS,
    GREEK_TITLE_OPENERS,
)
from citecheck.extract.note_list_words import PERSON_AND
from citecheck.extract.note_parts import skip_comma
from citecheck.extract.note_patterns import (
    COLON_END,
    MARKED_TITLE,
    NAMES_END,
    NOT_NAMES,
    PERSON_SPLIT,
)
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author

# A full stop after a word (not an initial) inside what the name pattern took: a sentence
# ends there. matches ". T" in "Stefan Aust. The Baader"; not "W. A" in "Theodor W. Adorno",
# "Th. W" in "Th. W. Adorno"
SENTENCE_IN_NAMES = lazy_compile(rf"(?<=[a-z]{{2}})\.\s+(?=[{UPPER}])")


# A space, then a capital, after a role's abbreviation and its stop ("…, eds. The Lantern"):
# a web copy's plain title (`note_titles.read_title` needs the imprint ahead); or a year and
# a word, where a title opens with a year ("…, eds. 1968 Revisited": `year_led_title`); or
# a number and a word, as `note_titles.NUMERAL_TITLE` opens a title ("…, eds. 100 Years of
# the Strike").
# matches " The", " Die", " 1968 Revisited", " 100 Years"; not " (London" (a bracket), " and"
# (lower case), " 1990", " 1990, 45", " 2 vols.", " 12 and 14", " 45 ff."
_CAPITAL_NEXT = lazy_compile(
    rf"""\ (?=[{UPPER}]|(?:1[5-9]\d\d|20\d\d)\ [^\W\d_]
           |\d{{1,3}}(?:st|nd|rd|th)?\ (?!(?:and|ff|vols?|pp|passim|et|to|or|per)\b)
            [^\W\d_]{{3}})""",
    re.VERBOSE,
)


def names_end(s: str, names: re.Match[str]) -> bool:
    """The name list ends where it stops: at a comma, a full stop, a marked title, or (with
    no comma inside it) a colon before a title."""
    if NAMES_END.match(s, names.end()):
        return True
    role = names.group("role") or ""
    if role.endswith(")") and s[names.end() : names.end() + 1] == " ":
        return True  # "Anya Schiffrin and Eamon Kircher-Allen (eds.) From Cairo …": a web copy
    if role.startswith(",") and role.endswith(".") and _CAPITAL_NEXT.match(s, names.end()):
        return True  # "Ada Pinchley and Tom Hale, eds. The Lantern …": the role's stop ends them
    if s[names.end() : names.end() + 1] != ":":
        return False
    # an editor's mark or "u. a." before the colon makes the list names (DIN 1505: "Ilse
    # Varga, Tom Kolb und Ann Ro (Hrsg.): …"), as a title's words never carry one
    listed = (
        "," not in names.group()
        or _persons_listed(names.group("names"))
        or (names.group("role") or "").endswith(")")
        or bool(names.group("etal"))  # "Ilse Varga, Tom Kolb u. a.: …"
    )
    return listed and COLON_END.match(s, names.end()) is not None


def _persons_listed(names: str) -> bool:
    """A comma list of three or more persons, each with given names and two with initials
    ("Jean M. Twenge, Ryne A. Sherman, and Brooke E. Wells"), not a name and a title's words
    ("Theodore Draper, American Communism and Soviet Russia")."""
    persons = [p.split() for p in PERSON_SPLIT.split(names) if p.strip()]
    with_initials = sum(1 for p in persons if _INITIAL.search(" ".join(p)))
    return len(persons) >= 3 and all(len(p) > 1 for p in persons) and with_initials >= 2


def surnames_before_a_year(s: str, k: int) -> bool:
    """A list of surnames alone at `k`, then a bare year: an author-date citation ("Varga,
    Kolb und Holm 2008, S. 4", "Μηλιός, Σαββάκης και Καρράς 2008"), which the author-year
    reader reads; not a name and a plain title ("Kolb und Holm" is no title). A year in
    brackets after a plain title dates the work ("Leon Trotsky, Results and Prospects
    (1906)"), and a person with given names opens a full form: neither is taken."""
    return _SURNAMES_THEN_YEAR.match(s, k) is not None


# Surnames alone, commas between them, a joining word before the last, then a bare year
# ending there or before a page. The spaces are taken possessively (linear).
# matches "Varga, Kolb und Holm 2008, S. 4", "Varga, Kolb, and Holm 2008: 12", "Μηλιός,
# Σαββάκης και Καρράς 2008."; not "Varga, Kolb und Holm (2008)", "Ilse Varga, Kolb und Holm
# 2008" (given names), "Varga und Kolb 2008 Prosperity", "Varga, Kolb und Holm, 2008"
_SURNAMES_THEN_YEAR = lazy_compile(
    rf"""{NAME_WORD}(?:\s*+,\s*+{NAME_WORD}){{0,7}}(?:\s*+,\s++|\s++){PERSON_AND}\s++{NAME_WORD}
        \s++(?:1[5-9]\d\d|20\d\d)[a-z]?(?=[,:;.)]|\s*$)""",
    re.VERBOSE,
)


def mixed_list(s: str, match: re.Match[str]) -> bool:
    """A surname alone, then persons with given names, or a person with given names, then
    one-word persons: "Lukács, History and Class Consciousness", "Leon Trotsky, Results and
    Prospects" are a name and a plain title, not three people (a list gives all its persons
    alike: "Adorno, Horkheimer and Pollock", "Max Horkheimer, Theodor Adorno")."""
    names = match.group("names")
    persons = [p.split() for p in PERSON_SPLIT.split(names) if p.strip()]
    if len(persons) < 2 or "," not in names:
        return False
    if any(len(p) > 1 and p[0] in _GERMAN_ARTICLES for p in persons[1:]):
        return True  # "Jean-Paul Sartre, Das Sein und das Nichts": a German title after one
    if len(persons[0]) > 1 and PERSON_SPLIT.match(names, len(" ".join(persons[0]))):
        # "Leon Trotsky, Results and Prospects.": a person, then one-word "persons" and no
        # title after them ("Max Horkheimer, Adorno and Pollock, *Studies*" is a list)
        title_next = MARKED_TITLE.match(s, skip_comma(s, match.end()))
        return title_next is None and any(len(p) == 1 and len(p[0]) > 2 for p in persons[1:])
    if len(persons[0]) != 1 or not names[len(persons[0][0]) :].startswith(","):
        return False
    # a later person with two words and no initial reads as a title's words; "John D.
    # McCarthy" (an initial) is a person: "Doug, McAdam, John D. McCarthy, and Mayer N. Zald"
    return any(
        len([w for w in p if w.lower() not in _PARTICLES]) > 1 and not _INITIAL.search(" ".join(p))
        for p in persons[1:]
    )


def given_names(inverted: re.Match[str] | None, names: re.Match[str] | None) -> bool:
    """True when the first author is written with given names or initials ("Theodor W.
    Adorno", "Lukács, G."), not by the surname alone ("Adorno")."""
    if inverted is not None:  # "Lukács, G.", not "Geschichte, Theoretische Entwicklung"
        if inverted.string[inverted.end() : inverted.end() + 1] == ":":
            return True  # DIN 1505's "Dutschke, Rudi: Mein langer Marsch": a person's names
        return bool(_INITIAL.search(inverted.group(0)[len(inverted.group("names")) :]))
    if names is None:
        return False
    first = PERSON_SPLIT.split(names.group("names"))[0].split()
    surname = next(iter(surnames(names.group("names"))), None)
    return surname is not None and len(first) > len(surname.surname.split())


# An initial among the given names of an inverted name.
# matches "G." in ", G. (1970)", "Th.W."; not "Leo", "Theoretische Entwicklung"
_INITIAL = lazy_compile(r"\b[A-Z][a-z]?\.")


# The endings of English nouns naming a doctrine, which no surname has: "Anarchism",
# "Marxisms" (a field's "-ology" may name a body: the podcast "Ludology.").
_ABSTRACT_ENDINGS = ("ism", "isms")


def names_a_doctrine(word: str) -> bool:
    """The word is an English noun naming a doctrine ("Anarchism"), which no surname is."""
    return word.lower().endswith(_ABSTRACT_ENDINGS)


def plausible_names(names: str) -> bool:
    """No function word anywhere, and no month or cue as a surname: "In", "See", "April"
    are no one's name, but "August Pfannkuche" is."""
    for person in PERSON_SPLIT.split(names):
        words = [w.strip(".,") for w in person.split() if len(w.strip(".,")) > 1]
        if not words or words[-1].lower() in NOT_NAMES:
            return False
        if any(w.lower() in _FUNCTION_WORDS for w in words):
            return False
        if genitive_after_noun(words):
            return False  # "Flugblatt der KPD-Bezirksleitung": a document and its body
    return True


# The particles a surname puts before "der" ("van der Linden", "von der Heide").
_BEFORE_DER = frozenset("van von vom de ter ten zu".split())


def genitive_after_noun(words: list[str]) -> bool:
    """A German genitive article after a capitalised word that is no particle: "Programm der
    Volkspartei", "Aufruf des Parteivorstands" name a document and its body, not a person
    ("Marcel van der Linden", "Ursula von der Heide" keep their particles)."""
    return any(
        word in ("der", "des")
        and 0 < i < len(words) - 1
        and words[i - 1].lower() not in _BEFORE_DER
        for i, word in enumerate(words)
    )


# German articles that open titles, written with a capital: no person in a list starts with one
# (lower case, "der" and "den" are particles: "van der Linden").
_GERMAN_ARTICLES = frozenset(("Das", "Die", "Der", "Den", "Dem"))


# with the participles that introduce a writer in prose ("Citing Kolko, Rose posed …"), and
# the Greek articles and prepositions of two letters or more ("Το Κομμουνιστικό Μανιφέστο"
# is a title, not a person)
_FUNCTION_WORDS = (
    frozenset(
        "a an the in on at of for from to by with as see also cf compare quoted cited ibid idem "
        "this that these those it its my our his her their we "
        "citing quoting paraphrasing echoing discussing summarizing summarising".split()
    )
    # German articles and prepositions that are never a name's particle: a subtitle "Eine
    # Einführung" is no person ("der", "den", "des", "von", "zu", "zur" are particles)
    | frozenset("ein eine einer eines einem einen dem über für und oder mit bei als wie".split())
    | GREEK_NOT_NAME_WORDS
    | {word for word in GREEK_TITLE_OPENERS if len(word) > 1}
    # the words opening Greek place names ("Νέα Σμύρνη", "Άνω Λιόσια"), never a person's
    | frozenset("νέα νέος νέο παλαιά παλαιό άνω κάτω".split())
)


# Words that open a sentence of prose before its subject's names, never a person's or a
# body's: "As Tom Rudd and Ann Vell argue in …".
SENTENCE_LEADS = frozenset("As So Like Unlike Both While Whereas When Since Following Also".split())


def adverb(authors: tuple[Author, ...]) -> bool:
    """One name ending in "-ly" before a plain title: "Critically", "Similarly"."""
    return len(authors) == 1 and authors[0].surname.endswith("ly")


def surnames(names: str) -> Iterable[Author]:
    for person in PERSON_SPLIT.split(names):
        words = _CLOSE_INITIAL.sub(". ", person).split()  # "Κ.Μαρξ": the surname is Μαρξ
        while len(words) > 1 and words[-1].strip(",.").lower() in _SUFFIXES:
            words.pop()  # "Samuel Pike Jr.": the surname is Pike
        if not words:
            continue
        if len(words) > 1 and words[0].lower() in _COLLECTIVES:
            yield author(" ".join(words))  # "Redaktion Bahamas": a body, not a "Bahamas"
            continue
        if len(words) > 2 and any(w.lower() in GREEK_BODIES for w in words[:-1]):
            yield author(" ".join(words))  # "Κομμουνιστικό Κόμμα Ελλάδας": a party, no "Ελλάδας"
            continue
        if _capitals_first(words):
            yield author(words[0])  # "BERGER Anna": the surname in capitals, given names after
            continue
        cut = len(words) - 1
        while cut > 0 and words[cut - 1].lower() in _PARTICLES:
            cut -= 1
        yield author(" ".join(words[cut:]))


def _capitals_first(words: list[str]) -> bool:
    """A surname set in capitals before given names in mixed case, as French, Italian and
    Greek notes write it ("BERGER Anna", "ΚΑΡΑΛΗΣ Ζήσης"): the capitals are the surname. An
    acronym of three letters names a body, whole ("CCI Collective")."""
    first = words[0].strip(",")
    return (
        len(first) > 3
        and first.isalpha()
        and first.isupper()
        and all(w[:1].isupper() and any(c.islower() for c in w) for w in words[1:])
    )


# A Greek initial's full stop with the surname set close after it ("Κ.Μαρξ"), where the
# surname's words are split.
# matches "." in "Κ.Μαρξ", "Β.Ι.Λένιν"; not "." in "K.Marx", "Β.Ι." alone
_CLOSE_INITIAL = lazy_compile(rf"\.{GREEK_CLOSE_SURNAME}")

# German nouns that open the name of a body writing as one: "Redaktion Bahamas" (a journal's
# editors), "Gruppe Internationale Kommunisten", "Autorenkollektiv Rote Fahne". The name is
# the author whole; its last word is no one's surname (often a journal's or a place's).
_COLLECTIVES = frozenset(
    """redaktion gruppe autorenkollektiv kollektiv arbeitsgruppe arbeitskreis projektgruppe
    initiative bündnis komitee zentralkomitee vorstand parteivorstand bundesvorstand institut
    herausgeberkollektiv""".split()
)

# Greek nouns naming a body inside its name, after an adjective ("Κομμουνιστικό Κόμμα
# Ελλάδας": the Communist Party of Greece; "Γενική Συνομοσπονδία Εργατών Ελλάδας"; "Εθνικό
# Κέντρο Κοινωνικών Ερευνών"): the name is the author whole, its last word often a place's.
# Also the political groups that sign pamphlets ("Πρωτοβουλία Αριστερών Συνδικαλιστών",
# "Ομάδα Κομμουνιστών Διεθνιστών"), and the genitive a byline gives them ("της Ομάδας …").
GREEK_BODIES = frozenset(
    """κόμμα συνομοσπονδία ομοσπονδία ένωση κέντρο ινστιτούτο επιτροπή οργάνωση σύλλογος
    συνδικάτο υπουργείο ίδρυμα πανεπιστήμιο συμβούλιο αρχή υπηρεσία
    πρωτοβουλία ομάδα κίνηση παράταξη μέτωπο συσπείρωση λέσχη νεολαία
    κόμματος συνομοσπονδίας ομοσπονδίας ένωσης κέντρου ινστιτούτου επιτροπής οργάνωσης
    συλλόγου συνδικάτου πρωτοβουλίας ομάδας κίνησης παράταξης μετώπου συσπείρωσης λέσχης
    νεολαίας""".split()
)

# Generational suffixes after a surname (Chicago 14.75 prints them without a comma).
_SUFFIXES = frozenset("jr sr ii iii iv".split())


def surname_list(inverted: re.Match[str]) -> bool:
    """An "inverted name" that is a list of surnames: "Hart, Okafor, and de Witt" (a short
    form), not "Horkheimer, Max, and Theodor Adorno" (a bibliography's first author, then
    a person with given names): the "given name" is one word, no initial, and the person
    after "and" is a surname alone."""
    more = inverted.group("more")
    if not more or inverted.group("more_surname") or _INITIAL.search(inverted.group("given")):
        return False
    last = [w for w in PERSON_SPLIT.sub(" ", more).split() if w.lower() not in _PARTICLES]
    return len(inverted.group("given").split()) == 1 and len(last) == 1


_PARTICLES = frozenset(
    "van von vom zum zur der den de du da di del della des la le ter ten dos das zu 't ’t".split()
)


# A surname written first, its initials after it (Greek and some European notes: "Λούκατς
# Γκ., *Αστική …*", "Bensaid D., *The powers of communism*", "Lenin V. I."): a long word,
# then initials of one or two letters, the last one's full stop after the names.
# matches "Λούκατς Γκ", "Bensaid D", "Lenin V. I"; not "Moshe Lewin", "Jean M. Twenge",
# "Pol Pot" (three letters), "D. Bensaid"
_SURNAME_THEN_INITIALS = lazy_compile(
    rf"(?P<surname>[{UPPER}][^\W\d_]{{2,}}(?:-[{UPPER}][^\W\d_]+)?)"
    rf"(?:\s+[{UPPER}][^\W\d_]?\.){{0,2}}\s+[{UPPER}][^\W\d_]?"
)


def surname_first(names: str, after: str) -> Author | None:
    """The author of a name written surname first with initials after it, when a full
    stop follows the names (`after`: the text right after them), else None."""
    if not after.startswith("."):
        return None
    found = _SURNAME_THEN_INITIALS.fullmatch(names)
    return author(found.group("surname")) if found else None
