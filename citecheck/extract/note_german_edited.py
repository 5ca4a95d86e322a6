"""An edited volume cited by its title, its editors after it: "Aktualität und Folgen der
Philosophie Hegels, hg. v. Oskar Negt, Frankfurt am Main 1970, S. 9" (German practice, DIN
1505-2), and as a web copy gives the same in English and Greek, its title's italics lost:
"Harbour Ledgers of the North, ed. Ann Vell (Leeds, 1950)" (Chicago 14.103), "Το λιμάνι
του Βορρά, επιμ. Νίκος Ρήγας, Αθήνα 1974". The imprint may be open or in brackets.

The editors are the only names, and the truth set's rule makes them the authors of a
volume cited as a whole. An imprint with a place and a year must follow the editors: a
title and editors alone ("Die Revolte, hg. v. Oskar Negt.") may be a book named in passing,
and "Hg. v. Oskar Negt, Frankfurt am Main 1970" has no title.
"""

from __future__ import annotations

import re

from citecheck.extract.note_details import read_details
from citecheck.extract.note_editor_lists import PERSON_LIST, imprint_in_list
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_open_imprint_titles import headline_words
from citecheck.extract.note_parts import build_citation
from citecheck.extract.note_patterns import PERSON, PERSON_SPLIT, PLACE_ON
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A plain title opening the segment, then the editors after "hg. v.", "hrsg. von",
# "herausgegeben von", "ed.", "edited by" or "επιμ.": one person, two joined by "/", "und"
# or "u.", or a list with commas and "und" before the last (a comma after one person or two
# ends them: the imprint's place follows it).
# matches "Aktualität und Folgen der Philosophie Hegels, hg. v. Oskar Negt", "Die Revolte,
# hrsg. von Oskar Negt und Alexander Kluge", "Die Revolte, hg. v. Ilse Varga, Tom Kolb und Ann
# Ro", "Harbour Ledgers, ed. Ann Vell", "Wer regiert den Hafen? Hg. v. Hans Müller" (a
# question's mark ends the title, no comma), "¿Qué hacer?, ed. Juan Pérez"; not "Hg. v.
# Oskar Negt" (no title), "Marx,
# Karl: Das Kapital, hg. v. Friedrich Engels" (a writer's work: read with its writer), "Das
# Kapital, übers. v. Hans Meyer" (a translator), "Zur Debatte, hg. v. der Redaktion" (no
# person)
_EDITED_TITLE = lazy_compile(
    rf"""(?P<title>[¿¡]?(?-i:[A-ZÄÖÜΑ-ΩΆΈΉΊΌΎΏ])[^,;:()*_“”"„«»]{{2,150}}?)(?:,\s+|(?<=[?!])\s+)
        (?:(?i:hg|hrsg)\.\s*(?:v\.|von)|(?i:herausgegeben)\s+von|(?P<other>(?i:ed)\.|(?i:edited)\s+by|επιμ\.))\s+
        (?P<editors>(?=[A-ZÄÖÜΑ-ΩΆΈΉΊΌΎΏ])(?:{PERSON_LIST}|{PERSON}(?:\s*(?:/|\bund\b|\bu\.)\s*{PERSON})?))
        (?![\w'’-])""",
    re.VERBOSE,
)


# A place of several words, which a title never is.
# matches "Frankfurt am Main", "Frankfurt a. M.", "Frankfurt/Main", "Neuwied/Berlin"; not
# "Aktualität und Folgen der Philosophie Hegels", "Die Revolte"
_PLACE = lazy_compile(rf"[A-ZÄÖÜ][\w.-]*(?:/[A-ZÄÖÜ][\w.-]*|{PLACE_ON})")


# An imprint in brackets, a place opening it: "(Berlin 1974)", "(Berlin: Dietz, 1974)".
# matches " (Berlin 1974)", " (Frankfurt am Main: Suhrkamp, 1970)"; not " (1974)" (a year
# alone: maybe the original's), " (Hg.)"
_BRACKETED_IMPRINT = lazy_compile(
    r"\s*\(\s*[A-ZÄÖÜΑ-ΩΆΈΉΊΌΎΏ][^()\d]{1,80}?\b(?:1[5-9]\d\d|20\d\d)\s*\)"
)


def _other_title(title: str) -> bool:
    """A title in headline style ("Harbour Ledgers of the North"), or in sentence case as
    Greek, Spanish or French write theirs ("El poder popular"), but not an English sentence
    ("Their essays were collected as Port Reloaded", "The meeting in London")."""
    if headline_words(title):
        return True
    words = title.lower().split()
    return words[0] not in _PROSE_OPENERS and not _ENGLISH_PROSE.intersection(words)


# Words that open a sentence of prose, never a title in sentence case.
_PROSE_OPENERS = frozenset(
    "the their this these those his her its our my we they he she it there here such".split()
)

# English words of prose that a title in sentence case rarely has: English titles are in
# headline style (Chicago 8.159), so sentence case with these is a sentence.
_ENGLISH_PROSE = frozenset("was were is are been has have had which that".split())


def edited_title(
    s: str, k: int, offset: int, end: int, note: int, *, opens: bool = True
) -> NoteCitation | None:
    """The edited volume whose plain title opens `s` at `k`, with its editors and imprint.
    Unless the segment `opens` the note, a ";" group or a sentence, or follows a cue, only
    the German words name its editors: an English or Greek segment cut from a sentence may
    be the container of the work before it, its title cut at a question mark ("…, in Can
    One Live After Auschwitz? A Philosophical Reader, ed. Rolf Tiedemann (Stanford, CA: …,
    2003)")."""
    if "g." not in s and "herausg" not in s and "ed" not in s and "επιμ" not in s:
        return None  # cheap test first: "hg.", "hrsg.", "herausgegeben", "ed.", "επιμ."
    found = _EDITED_TITLE.match(s, k)
    if found is None or not plausible_names(found.group("editors")):
        return None
    if found.group("other") and not (opens and _other_title(found.group("title"))):
        return None
    editors, editors_end = found.group("editors"), found.end()
    if imprint_in_list(editors):  # "hg. v. Ilse Varga, Berlin und Wien 1999": one editor
        editors = PERSON_SPLIT.split(editors)[0]
        editors_end = found.start("editors") + len(editors)
    title = found.group("title").strip()
    if " " not in title or _PLACE.fullmatch(title):
        return None  # "Suhrkamp, hg. v. …", "Frankfurt am Main, hg. v. …": no title
    details = read_details(s[editors_end:])
    if not (details.year and (details.place or _BRACKETED_IMPRINT.match(s, editors_end))):
        return None
    return build_citation(
        s,
        k,
        offset,
        end,
        note,
        "full",
        tuple(surnames(editors)),
        title,
        "plain",
        details,
        ["editors as authors", "plain title"],
    )
