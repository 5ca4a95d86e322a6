"""Greek names written surname first with the full given name: "Καραμπέτσος Νικόλαος, …".

Greek bibliographies and many Greek footnotes put the surname first (as a catalogue does),
and with the given name written out the reader cannot tell the order from the grammar:
"Νικόλαος Καραμπέτσος" and "Καραμπέτσος Νικόλαος" are both two capitalised words. A Greek
reader tells them apart by knowing the given names, a closed class (the calendar's saints'
names and their everyday forms), and by the surname's endings ("-όπουλος", "-ίδης",
"-άκης"; a woman's surname in the genitive, "-ίδου", "-άκη"). This module holds both: a
list of common given names in the nominative (no surname of anyone in particular), and
the endings. A name is read surname first only when the second word is a given name and
the first is not, or the first has a surname's ending and the second does not; otherwise
the given-name-first reading stands.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from citecheck.bibliography.names import author
from citecheck.lazy_regex import lazy_compile

# Common Greek given names, men's and women's, in the nominative, in their formal and
# everyday forms ("Ιωάννης", "Γιάννης"), written here without accents (`_folded`).
_GIVEN = frozenset(
    """
    αβραμ αγαμεμνων αγγελος αγησιλαος αδαμ αθανασιος αθανασης αιμιλιος αλεκος αλεξανδρος
    αλεξης αλκης αναστασιος αναστασης ανδρεας ανδρονικος αντωνιος αντωνης αποστολος
    αργυρης αριστειδης αριστοτελης αρης αρσενιος αχιλλεας βαγγελης βασιλειος βασιλης βαγιας
    βικτωρας βλασης γαβριηλ γερασιμος γεωργιος γιωργος γιαννης γιωτης γρηγοριος γρηγορης
    δαμιανος δανιηλ δημητριος δημητρης δημοσθενης διονυσιος διονυσης ελευθεριος
    λευτερης εμμανουηλ μανωλης μανος ευαγγελος ευαγγελης ευριπιδης ευστρατιος στρατης
    ευσταθιος σταθης ζαχαριας ζησης ηλιας ηρακλης θανασης θεμιστοκλης θεοδωρος θοδωρης
    θεοφανης θεοφιλος θωμας ιακωβος ιασονας ιγνατιος ιορδανης ιωαννης ιωσηφ καλλιστος
    κλεαρχος κλεανθης κοσμας κυριακος κυριαζης κυπριανος κωνσταντινος κωστας κωστης
    λαμπρος λαζαρος λεανδρος λεωνιδας λουκας μαξιμος μαρινος μαρκος ματθαιος μελετιος
    μενελαος μηνας μιλτιαδης μιχαηλ μιχαλης νεκταριος νεοφυτος νικηφορος νικολαος νικος
    νικολας ξενοφων ξενοφωντας οδυσσεας ορεστης ορφεας πανατης παναγιωτης παντελης
    παντελεημων παρασκευας πασχαλης πατροκλος παυλος περικλης πετρος πλατων πλατωνας
    πολυχρονης πολυκαρπος προδρομος προκοπης ραφαηλ σαββας σεραφειμ σιμος σολων σπυρος
    σπυριδων σταματης σταυρος στεφανος στελιος στυλιανος σωκρατης σωτηρης σωτηριος
    ταξιαρχης τασος τηλεμαχος τιμοθεος τιμολεων τριανταφυλλος τρυφων φανης φιλιππος
    φωτης φωτιος φραγκισκος χαραλαμπος μπαμπης χαρης χρηστος χρηστος χριστοφορος
    χρυσοστομος χρυσανθος χαριλαος
    αγγελικη αγλαια αθανασια αθηνα αικατερινη κατερινα αλεξανδρα αλεξια αλικη αμαλια
    αναστασια ανθη ανθουλα αννα αντιγονη αντωνια αργυρω αρετη αριαδνη αρτεμις ασπασια
    αφροδιτη βαρβαρα βασιλικη βασω βικτωρια γαρυφαλλια γεωργια γιωργια δανάη δαναη δεσποινα
    δημητρα διονυσια δωροθεα ειρηνη ελενη ελενα ελισαβετ ελπιδα ερμιονη ευαγγελια ευα
    ευγενια ευδοκια ευθυμια ευτυχια ζωη ηλεκτρα ηρω θαλεια θεανω θεοδωρα θεοπιστη θεωνη
    ιοκαστη ιουλια ιφιγενεια ισμηνη καλλιοπη καλλιροη κασσανδρα κλεοπατρα κυριακη λαμπρινη
    λειβη λητω λουκια λυδια μαγδαληνη μαριαννα μαρια μαιρη μαρινα μαργαριτα ματινα μελινα
    μυρτω ναταλια νεφελη νικη νικολετα ολγα ολυμπια παναγιωτα παρασκευη πηνελοπη πολυξενη
    ραλλου ρενα ροδη ροζα σεβαστη σοφια σταματια σταυρουλα στελλα στυλιανη σωτηρια ταρσω
    φανη φιλιππα φωτεινη χαρα χαραλαμπια χρυσα χρυσουλα χριστινα χρυσανθη ευτερπη
    """.split()
)

# Endings of Greek surnames that no common given name has: a family's patronymic or
# place-name suffix, in a man's (nominative) or a woman's (genitive) form.
# matches "Παπαδόπουλος", "Παπαδοπούλου", "Ιωαννίδης", "Ιωαννίδου", "Παπαδάκης", "Παπαδάκη",
# "Καραγιαννιώτης", "Γεωργίου"; not "Νικόλαος", "Ελένη", "Γιάννης"
# (Matched on the folded word: no accents, "ς" as "σ".)
_SURNAME_ENDING = lazy_compile(
    r"(?:οπουλοσ|οπουλου|ιδησ|ιδου|αδησ|αδου|ακησ|ακη|ιωτησ|ιωτη|ουδησ|ουδη|ατοσ|ατου|ιου"
    r"|ογλου|ελλησ|ελλη|ετσοσ|ετσου|αιοσ|αιου)$"
)

# Two words of Greek letters (a capital, then lower case), the one person of a name list.
# matches "Καραμπέτσος Νικόλαος", "Παπαδάκη Ελένη"; not "Ν. Καραμπέτσος" (an initial),
# "Karl Marx" (Latin), "Καραμπέτσος" (one word)
_TWO_GREEK_WORDS = lazy_compile(
    r"([Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+)\s+([Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+)"
)


def _folded(word: str) -> str:
    """The word in lower case without accents, a final sigma as a medial one."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ς", "σ")


_GIVEN_FOLDED = frozenset(_folded(name) for name in _GIVEN)


def greek_given_name(word: str) -> bool:
    """`word` is a common Greek given name ("Νικόλαος", "Ελένη", "Γιάννης")."""
    return _folded(word) in _GIVEN_FOLDED


def greek_given_name_genitive(word: str) -> bool:
    """`word` is a common Greek given name in the genitive ("Ελένης", "Νικολάου", "Γιάννη",
    "Κώστα"), as after "του"/"της" (by)."""
    folded = _folded(word)
    nominatives = {folded + "σ"}  # "Γιάννη" -> "Γιάννης", "Κώστα" -> "Κώστας"
    if folded.endswith("σ"):
        nominatives.add(folded[:-1])  # "Ελένης" -> "Ελένη", "Μαρίας" -> "Μαρία"
    if folded.endswith("ου"):
        nominatives.add(folded[:-2] + "οσ")  # "Νικολάου" -> "Νικόλαος"
    return bool(nominatives & _GIVEN_FOLDED)


def _surname_like(word: str) -> bool:
    return _SURNAME_ENDING.search(_folded(word)) is not None


def greek_surname_like(word: str) -> bool:
    """The word ends as Greek surnames do and no common given name or noun does
    ("Βαφειάδης", "Παπαδοπούλου"; not "Πρόεδρος", "Ελλάδα")."""
    return _surname_like(word)


# Words that open Greek place names before a saint's or a given name ("Αγία Παρασκευή",
# "Άγιος Νικόλαος", "Νέα Ιωνία", "Άνω Λιόσια"): never a surname before a given name.
_PLACE_OPENERS = frozenset(
    _folded(word)
    for word in "άγιος αγία άγιοι αγίου αγίας αγίων νέα νέος νέο παλαιά παλαιό άνω κάτω".split()
)


def surname_before_given(person: str) -> str:
    """The surname of a person written "Surname Given" in two Greek words ("Καραμπέτσος
    Νικόλαος", "Παπαδάκη Ελένη"), or "" when the words are not in that order or the order
    cannot be told ("Νικόλαος Καραμπέτσος", "Ξάνθος Ορέας")."""
    found = _TWO_GREEK_WORDS.fullmatch(person.strip())
    if found is None:
        return ""
    first, second = found.groups()
    if _folded(first) in _PLACE_OPENERS:
        return ""
    if greek_given_name(second) and not greek_given_name(first):
        return first
    if _surname_like(first) and not _surname_like(second) and not greek_given_name(first):
        return first if greek_given_name(second) or second[-1:] in "ςσηα" else ""
    return ""


# A year in brackets after a name written surname first, before the title: "Καραμπέτσος
# Νικόλαος (2000), Ο ιστορικός …" (Greek author-date bibliographies).
# matches " (2000)" before ", Ο", " (2000α)" before ". Ο", " (2000)" before ": Ο"; not " (2000)"
# at the end (an author-date citation, read by the author-year reader), " (σελ. 3)"
_YEAR_AFTER_NAME = lazy_compile(
    r"\s*\((?P<year>1[5-9]\d\d|20\d\d)[a-zα-ω]?\)(?=\s*[,.:]\s*[^\W\d_«*_“\"])"
)


def year_after_name(s: str, at: int) -> tuple[str, int] | None:
    """The bracketed year right after the names ending at `at`, and where it ends, or None."""
    found = _YEAR_AFTER_NAME.match(s, at)
    return (found.group("year"), found.end()) if found else None


# A name written surname first, then its year in brackets, alone as a sentence: an
# author-date entry's first sentence, its title in the next ("Καραμπέτσος Ν. (2000). Ο
# ιστορικός χαρακτήρας. Αθήνα: Κριτική.").
# matches "Καραμπέτσος Ν. (2000)", "Καραμπέτσος Γκ. Ν. (2000α)", "Καραμπέτσος Νικόλαος
# (2000)" (the names then checked by `surname_before_given`); not "Καραμπέτσος (2000)" (a
# surname alone: author-date, the author-year reader's), "Αθήνα (2000)"
_SURNAME_FIRST_DATED = lazy_compile(
    r"""(?P<surname>[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]{2,})
        (?:(?:\s+[Α-ΩΆΈΉΊΌΎΏ][βγδζθκλμνξπρστφχψ]?\.){1,3}|\s+(?P<given>[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+))
        \s*\((?:1[5-9]\d\d|20\d\d)[a-zα-ω]?\)""",
    re.VERBOSE,
)


def surname_first_dated_alone(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is a name written surname first and its bracketed year, alone."""
    found = _SURNAME_FIRST_DATED.fullmatch(text, start, end)
    if found is None:
        return False
    given = found.group("given")
    return given is None or bool(surname_before_given(f"{found.group('surname')} {given}"))


# The writer named after a plain title in the genitive ("by"), with an initial or a given
# name, closing the title: a web copy's "Για τη θεωρία του Λ. Ντάροου, Γναρδ, Αθήνα 1978",
# whose Markdown "*Για τη θεωρία* του Λ. Ντάροου" marks where the title ends.
# matches " του Λ. Ντάροου", " της Ε. Παπαδάκη", " του Γ.Κ. Ντάροου"; not " της Θεσσαλονίκης"
# (no initial or given name: a place), " του Μαρξ" (a title about Marx's work may name him)
_GENITIVE_WRITER = lazy_compile(
    r"""\s+(?:του|της)\s+
        (?P<person>(?:[Α-ΩΆΈΉΊΌΎΏ][βγδζθκλμνξπρστφχψ]?\.[\s-]?){1,3}(?P<surname>[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+)
          |(?P<given>[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+)\s+(?P<after_given>[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+))$""",
    re.VERBOSE,
)


def writer_after_plain_title(title: str) -> tuple[str, str] | None:
    """(the title without it, the writer's surname) when a plain title ends with its
    writer in the genitive, given with an initial or a known given name; else None."""
    found = _GENITIVE_WRITER.search(title)
    if found is None or len(title[: found.start()].split()) < 2:
        return None
    given = found.group("given")
    if given is not None and not (greek_given_name(given) or greek_given_name_genitive(given)):
        return None
    return title[: found.start()], found.group("surname") or found.group("after_given")


# What the reader says of a name of two Greek words whose order neither the given names nor
# the endings tell, and of one they read surname first: the document's habit settles the
# first (`settle_name_order`).
ORDER_UNDECIDED = "name order undecided"
SURNAME_FIRST = "surname before the given name"


def name_order(person: str) -> str:
    """`SURNAME_FIRST`, `ORDER_UNDECIDED`, or "" (the given name first, or not two Greek
    words) for the names of one person."""
    found = _TWO_GREEK_WORDS.fullmatch(person.strip())
    if found is None:
        return ""
    if surname_before_given(person):
        return SURNAME_FIRST
    first = found.group(1)
    if greek_given_name(first) or _folded(first) in _PLACE_OPENERS:
        return ""
    return ORDER_UNDECIDED


# A Greek name written surname first with its initials after it, or initials first, opening
# a reading's text: the document's habit.
# matches "Λούκατς Γκ." and "Καραμπέτσος Ν.," (surname first); "Ν. Καραμπέτσος", "Γκ.Λούκατς"
# (initials first); not "Νικόλαος Καραμπέτσος" (no initial)
_SURNAME_INITIALS_OPEN = lazy_compile(
    r"[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]{2,},?\s+[Α-ΩΆΈΉΊΌΎΏ][βγδζθκλμνξπρστφχψ]?\.(?!\s?[Α-ΩΆΈΉΊΌΎΏ][α-ω]{2})"
)
_INITIALS_OPEN = lazy_compile(
    r"(?:[Α-ΩΆΈΉΊΌΎΏ][βγδζθκλμνξπρστφχψ]?\.\s?){1,3}[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]{2,}"
)


def settle_name_order(citations: list) -> list:
    """The citations, each name whose order was undecided read surname first when the
    document writes its other Greek names so ("Λούκατς Γκ.", "Παπαδάκη Ελένη") and never
    given name first ("Ν. Καραμπέτσος", "Νικόλαος Καραμπέτσος")."""
    if not any(ORDER_UNDECIDED in c.unsure for c in citations):
        return citations
    surname_first = given_first = 0
    for c in citations:
        if SURNAME_FIRST in c.unsure or _SURNAME_INITIALS_OPEN.match(c.text):
            surname_first += 1
        elif _INITIALS_OPEN.match(c.text) or _given_first_text(c.text):
            given_first += 1
    if not surname_first or given_first:
        return citations
    settled = []
    for c in citations:
        if ORDER_UNDECIDED in c.unsure and c.authors:
            unsure = c.unsure.replace(ORDER_UNDECIDED, f"{SURNAME_FIRST} (the document's habit)")
            surname = author(c.text.split()[0].strip(",."))
            c = replace(c, authors=(surname, *c.authors[1:]), unsure=unsure)
        settled.append(c)
    return settled


def _given_first_text(text: str) -> bool:
    found = _TWO_GREEK_WORDS.match(text)
    return found is not None and greek_given_name(found.group(1))
