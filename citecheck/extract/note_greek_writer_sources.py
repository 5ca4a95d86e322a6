"""A writer named in Greek prose, then where the sentence says the words stand: "in" his
work ("Όπως γράφει ο Γ. Βέλλας στο Η πόλη και η ύπαιθρος, Αθήνα 1985, σ. 12": as G. Bellas
writes in …; "ο Γ. Βέλλας, στο βιβλίο του *…* (Κέδρος, 1985), υποστηρίζει …") or in a
bracket right after his name that opens with the title ("η διατύπωση ανήκει στον Γ. Βέλλα
(*…*, Αθήνα 1985, σ. 12)"): Chicago's "Bellas (*Title*, Place Year, page)" as a Greek
sentence writes it, the writer declined where the sentence wants him.

The reading is decided by the shape after the name: a person shown by an initial or a Greek
given name (a foreign writer kept in Latin script only after a masculine article: Greek
gives papers, journals and publishers the feminine, "η Monthly Review", "της Verso"), a
title (marked, or a web copy's plain title in sentence case), and an imprint right after
the title: a place and a publisher with the year, or a place and a year before a page
("Αθήνα 1985, σ. 12"; a place and a year alone close a speech's dateline as well). A date
with a month, a year alone, a one-word plain "title" (a place), a paper after "στην" name
no work here; the surname is kept as written (a genitive stays a genitive).
"""

from __future__ import annotations

import re

from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_greek import GREEK_CAPITALS, GREEK_MONTHS
from citecheck.extract.note_greek_prose_works import shows_person
from citecheck.extract.note_names import surnames
from citecheck.extract.note_patterns import GIVEN_PERSON
from citecheck.extract.note_rest import full_form_to_end
from citecheck.extract.note_titles import sentence_case_title
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

_LOWER = "α-ωάέήίόύώϊϋΐΰς"

# An article (or "στον"/"στην": to him, to her), a person, then a bracket opening with the
# title, or up to four lower-case words, "στο"/"στον" (in) and perhaps the kind of work and
# its owner ("στο βιβλίο του", "στη μελέτη της"), then the title's opening.
# matches "ο Γ. Βέλλας στο " before "Η πόλη", "του Γ. Βέλλα στο " before "*Η", "στον Γ.
# Βέλλα (" before "*Η", "Ο Γ. Βέλλας, στο βιβλίο του " before "*Η", "ο Jean Morelle στο "
# before "*La"; not "ο Γ. Βέλλας στην " before "*Αυγή*" (a paper: no kind word after
# "στην"), "ο Γ. Βέλλας στο συνέδριο" (no title), "ο Γ. Βέλλας είπε, στο " (a comma among
# the words)
_WRITER_SOURCE = lazy_compile(
    rf"""(?<![^\s(])(?P<article>[οΟηΗ]|του|της|τον|την|τη|στον|στην|στη)\s++
        (?P<person>{GIVEN_PERSON})
        (?:(?P<bracket>\s*+\(\s*+)
          |,?\s++(?:[{_LOWER}]++\s++){{0,4}}?
           (?:στον?|(?P<kind>(?:στο|στον|στη|στην)\s++[{_LOWER}]++\s++(?:του|της)))\s++)
        (?=[«“"*_{GREEK_CAPITALS}A-Z])""",
    re.VERBOSE,
)

# A marked title.
# matches "*Η πόλη*", "«Η πόλη»", "“Η πόλη”"
_MARKED = lazy_compile(r"\*[^*\n]{1,200}\*|_[^_\n]{1,200}_|«[^»\n]{1,200}»|“[^”\n]{1,200}”")

# The imprint after the title: a comma or a bracket, a place (one or two capitalised words,
# no month), perhaps ": Publisher" or ", Place", the year; then perhaps a page.
# matches ", Αθήνα 1985, σ. 12", ", Αθήνα: Κέδρος, 1985", " (Κέδρος, 1985)", ", Κέδρος,
# Αθήνα 1985", ", Paris 1972, σ. 12"; not ", 12 Μαρτίου 1985" (a date), ", 1985" (no place),
# ", Μάρτιος 1985, σ. 4" (a month)
_IMPRINT = lazy_compile(
    rf"""(?:\s*+,|\s*+\()\s*+(?!(?i:{GREEK_MONTHS})\b)
        (?P<place>[{GREEK_CAPITALS}A-Z][^\W\d_]++(?:[ -][{GREEK_CAPITALS}A-Z][^\W\d_]++)?)
        (?P<publisher>\s*+:\s*+[^\W\d_][^,;()\n]{{0,59}}?,?
          |,\s*+[{GREEK_CAPITALS}A-Z][^\W\d_]++(?:\s[{GREEK_CAPITALS}A-Z][^\W\d_]++)?,?)?
        ,?\s++(?P<year>1[5-9]\d\d|20\d\d)(?![\d/.]\d)
        (?P<page>,\s*+(?:σσ?|σελ|pp?|S)\.\s*+\d++(?:[–-]\d++)?)?""",
    re.VERBOSE,
)

# What may close the work after its imprint: the sentence's or the note's end, a bracket, a
# page, a comma before prose.
# matches ")", ".", ", σ. 12", ", υποστηρίζει"; not " και" (prose runs on into the imprint)
_CLOSED = lazy_compile(r"[^()\n]{0,40}?\)|\s*+(?:$|[.;,)])")

# The articles of a man (a foreign name in Latin script does not decline: the article tells
# a man from a paper, a journal or a publisher, which Greek gives the feminine).
_MASCULINE = frozenset(("ο", "Ο", "του", "τον", "στον"))

# A Latin-script given name, initial or surname.
# matches "Jean", "Morelle", "H.", "Jean-Paul"; not "Άννα", "1990"
_LATIN_NAME_WORD = lazy_compile(r"[A-Z](?:[a-zà-ÿ]++(?:[-'’][A-Za-zà-ÿ]++)*+|\.)")

# How many places one segment tries: a long note stays linear.
_TRIES = 4

# How far a plain title may run before its imprint.
_PLAIN_MAX = 150


def greek_writer_source(s: str, k: int, start: int, note: int) -> NoteCitation | None:
    """The work at or after `k` in segment `s` (at `start` in the note) named in Greek prose
    by its writer, "in" its title or in a bracket opening with it, with its imprint; or
    None."""
    if not any("\u0370" <= c <= "\u03ff" for c in s):
        return None  # cheap test first
    for tries, found in enumerate(_WRITER_SOURCE.finditer(s, k)):
        if tries >= _TRIES:
            break
        if not _person(found.group("person"), found.group("article")):
            continue
        if found.group("article") in ("στην", "στη") and found.group("bracket") is None:
            continue  # "… ανήκει στην Μ. Βέλλα στο …": no such prose; keep it unread
        read = _title_and_imprint(s, found.end())
        if read is None:
            continue
        title, style, imprint = read
        if not (imprint.group("page") or imprint.group("publisher") or found.group("kind")):
            continue  # a place and a year alone: a dateline's as much as an imprint's
        if found.group("bracket") is not None and s[imprint.end() :].lstrip()[:1] not in (
            ")",
            ",",
        ):
            continue  # the bracket must hold the work's imprint, and close after it
        if _CLOSED.match(s, imprint.end()) is None:
            continue
        return full_form_to_end(
            s[: imprint.end()],
            found.start("person"),
            start,
            note,
            authors=tuple(surnames(found.group("person"))),
            title=title,
            title_style=style,
            year=imprint.group("year"),
            unsure="writer in prose; the work he is read in",
        )
    return None


def _person(person: str, article: str) -> bool:
    """The names show a person: an initial or a Greek given name; or, after a masculine
    article, two or three Latin-script words none of which is a place's or a publisher's."""
    if shows_person(person, after_colon=False):
        return True
    words = person.split()
    return (
        article in _MASCULINE
        and 2 <= len(words) <= 3
        and all(_LATIN_NAME_WORD.fullmatch(w) for w in words)
        and not any(is_imprint_word(w.strip(".")) for w in words)
    )


def _title_and_imprint(s: str, at: int) -> tuple[str, str, re.Match[str]] | None:
    """The title opening at `at` (marked, or plain in sentence case up to a comma or a
    bracket) and the imprint right after it, or None."""
    marked = _MARKED.match(s, at)
    if marked is not None:
        title = marked.group()[1:-1].strip(" ,")
        imprint = _IMPRINT.match(s, marked.end())
        if imprint is None or not title:
            return None
        return title, "italic" if marked.group()[0] in "*_" else "quoted", imprint
    stop = min(len(s), at + _PLAIN_MAX)
    for end in range(at + 1, stop):
        char = s[end]
        if char in ".;:«»*()[]\n" and not (char == "(" and s[end - 1] == " "):
            return None  # the plain title's sentence or clause ends with no imprint
        if char not in ",(":
            continue
        title = s[at:end].strip()
        imprint = _IMPRINT.match(s, end - 1 if char == "(" else end)
        if imprint is None:
            continue
        if any(c.isdigit() for c in title) or not _sentence_case(title):
            return None  # "Αθήνα", "Πανεπιστήμιο Αθηνών": no work's title
        return title, "plain", imprint
    return None


def _sentence_case(title: str) -> bool:
    """A web copy's plain title in sentence case: an article first ("Η πόλη και η
    ύπαιθρος"), or two words or more with the second in lower case ("La ville et la
    campagne"); not capitalised words ("Νέα Υόρκη", "Πανεπιστήμιο Αθηνών")."""
    words = title.split()
    return sentence_case_title(title) or (len(words) >= 2 and words[1][:1].islower())
