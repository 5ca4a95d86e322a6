"""A contributor's role or a source's label before a colon, blanked before a note is read.

Notes name the people who made a text besides its writer by their role and a colon
("Übersetzung: Anna Meier.", "Moderation: Klaus Berger.", "Translator: Ann Hale.",
"Μετάφραση: Άννα Μαυρίδου."), and open a work with a label that says where it comes from
("Quelle: Karl Brenner, Die Streiks, …", "Source: …", "Πηγή: …"). Both take
the shape of the colon style ("Lenin: Staat und Revolution, …"): the reader took the role
for a surname and the person after it for a title. A role is a closed class, the
contributors ISO 690 / DIN 1505-2 name beside the writer (translator, editor, compiler,
interviewer, moderator) and the parts Chicago 14.110 cites by their author (introduction,
foreword, afterword), so the words are listed, in German, English and Greek; a surname
that is one of them ("Interview", "Vorwort") is not met in notes.

A role at a note's or sentence's start (after ".", ";", "(", a dash, or alone) is blanked
with its colon and the person after it, when the person ends their sentence or bracket
("Übersetzung: Anna Meier."); a label is blanked with its colon only, and the work after it
is read as any note's ("Quelle: Karl Brenner, Die Streiks, Berlin 1999"). Blanking keeps
every offset: the text is replaced by spaces of its length.
"""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.imprint_words import fold
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# Contributors beside the writer, by their role (ISO 690, DIN 1505-2: "Übers.", "Hrsg.",
# "Bearb."; Chicago 14.103-14.110), and the parts cited by their author; as a role stands
# before a colon in German, English and Greek notes.
_ROLES = """
übersetzung übersetzer übersetzerin übertragung redaktion bearbeitung bearbeiter
bearbeiterin moderation moderator moderatorin gesprächsführung gesprächsleitung
interviewer interviewerin transkription mitarbeit lektorat zusammenstellung auswahl
herausgabe herausgeber herausgeberin einleitung vorwort nachwort geleitwort kommentar
translation translator translators editor editors introduction foreword preface afterword
commentary interview moderator chair transcription compiler
μετάφραση μεταφραστής μεταφράστρια απόδοση επιμέλεια επιμελητής επιμελήτρια εισαγωγή
πρόλογος επίμετρο σχόλια συνέντευξη απομαγνητοφώνηση συντονισμός συντονιστής συντονίστρια
"""

# Labels that say where the work after them comes from (a source line). The words of an
# edition ("Nachdruck:", "Erstdruck:", "Reprint:") are not among them: the year after them
# is the edition's (`note_editions`, "Nachdruck: Moskau 2010").
_LABELS = """
quelle quellen source sources πηγή πηγές
"""

ROLE_WORDS = frozenset(fold(w) for w in _ROLES.split())
LABEL_WORDS = frozenset(fold(w) for w in _LABELS.split())

# A capitalised word, one optional word before it ("Deutsche Übersetzung"), and a colon.
# matches "Übersetzung:", "Deutsche Übersetzung :", "Μετάφραση:"; not "Übersetzung," or
# "übersetzung:" (a word in prose)
_HEAD = lazy_compile(
    rf"""(?<![\w-])(?:(?P<before>[{UPPER}][\w-]*+)\s++)?(?P<word>[{UPPER}][\w-]*+)\s*+:""",
    re.VERBOSE,
)

# The person after a role: one to four names or initials, joined by "und", "and", "και",
# "&" or a comma, then the end of the sentence, the bracket or the note.
# matches " Anna Meier.", " A. Meier und K. Berger)", " Άννα Μαυρίδου"; not " Anna Meier,
# Die Streiks" (a work follows), " die Redaktion."
_PERSON = lazy_compile(
    rf"""\s*+(?:[{UPPER}][\w’'-]*+\.?\s*+){{1,4}}
         (?:(?:und|and|και|&|,)\s*+(?:[{UPPER}][\w’'-]*+\.?\s*+){{1,4}}){{0,3}}
         (?=[.;)\]]|$)""",
    re.VERBOSE,
)

# What may stand before a role: nothing, or the end of a sentence, a clause or a bracket.
_OPENERS = ".;([—–"


def blank_role_labels(text: str) -> str:
    """`text` with each role and its person, and each source label, replaced by spaces."""
    if ":" not in text:
        return text
    pieces: list[str] = []
    done = 0  # where the text not yet copied to `pieces` starts
    for head in _HEAD.finditer(text):
        word = fold(head.group("word"))
        if head.start() < done or (word not in ROLE_WORDS and word not in LABEL_WORDS):
            continue
        if not _opens(text, head.start()):
            continue  # "Anna Meier, Vorwort: …": a work's part after its writer
        end = head.end()
        if word in ROLE_WORDS and (person := _PERSON.match(text, end)) is not None:
            end = person.end()
        pieces += [text[done : head.start()], " " * (end - head.start())]
        done = end
    return "".join([*pieces, text[done:]]) if pieces else text


def _opens(text: str, at: int) -> bool:
    """Nothing but spaces stands before `at`, or the end of a sentence, clause or bracket."""
    i = at
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i == 0 or text[i - 1] in _OPENERS


# Offices a person holds, given in apposition after the name ("Ann Vell, Secretary of the
# Union."): a closed class of posts, in English, German and Greek.
_OFFICES = """
secretary president chairman chairwoman chairperson chair master director minister governor
mayor treasurer commissioner delegate deputy leader organiser organizer founder member
sekretär sekretärin vorsitzender vorsitzende präsident präsidentin minister ministerin
bürgermeister bürgermeisterin direktor direktorin abgeordneter abgeordnete
γραμματέας πρόεδρος υπουργός δήμαρχος διευθυντής διευθύντρια βουλευτής
"""

OFFICE_WORDS = frozenset(fold(w) for w in _OFFICES.split())

# An office phrase: the office opening it before "of"/"der"/"des"/"του"/"της" ("Secretary of
# the Union", "Vorsitzender der Partei"), or closing it after one or two words ("Harbour
# Master", "General Secretary").
# matches "Secretary of the Union", "Harbour Master", "Πρόεδρος του Συνδέσμου"; not "The
# Secretary's Papers", "Master and Man", "Mayors of the North" (checked against the list)
_OFFICE_PHRASE = lazy_compile(
    rf"""(?P<head>[{UPPER}][\w-]*+)\s++(?:of|der|des|του|της|των)\s++[\w\s-]{{1,60}}
        |(?:[{UPPER}][\w-]*+\s++){{1,2}}(?P<tail>[{UPPER}][\w-]*+)""",
    re.VERBOSE,
)


def office_as_title(citation: NoteCitation) -> bool:
    """The reading's plain title is an office after the writer's name in apposition: a
    name in its natural order, a comma, the office and a full stop ("Ann Vell, Harbour
    Master. London: …", "by Ann Vell, Secretary of the Union. London: …"). A note gives
    a title marked, or before its imprint in brackets (Chicago 14.88); a bibliography's
    title follows the inverted name and a stop ("Vell, Ann. Harbour Master. London: …"),
    so those stay works."""
    if not citation.authors or citation.title_style != "plain":
        return False
    text, title = citation.text, citation.title.strip()
    at = text.find(title)
    if at < 2 or text[at - 2 : at] != ", " or not text.startswith(".", at + len(title)):
        return False
    if text[:at].count(",") != 1:
        return False  # "Vell, Ann, …": an inverted name
    found = _OFFICE_PHRASE.fullmatch(title)
    if found is None:
        return False
    word = found.group("head") or found.group("tail")
    return fold(word) in OFFICE_WORDS
