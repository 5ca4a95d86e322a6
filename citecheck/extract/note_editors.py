"""The editors of a book cited as a whole, named after its title ("*Lenin Reloaded*, edited
by Sebastian Budgen, Stathis Kouvelakis and Slavoj Žižek (Durham: …, 2007)", "*The
Marx-Engels Reader*, Robert C. Tucker ed., Norton 1978"). With no author before the title,
the book is the editors' work: the truth set's convention, and how a bibliography lists an
edited volume ("Tucker, Robert C., ed. *The Marx-Engels Reader*")."""

from __future__ import annotations

import re

from citecheck.extract.note_details import read_details
from citecheck.extract.note_editor_lists import EDITED_BY, edited_by_in, listed_editors
from citecheck.extract.note_german_marks import EDITOR_MARK
from citecheck.extract.note_list_words import PART_IN
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_parts import build_citation
from citecheck.extract.note_patterns import MARKED_TITLE, PERSON, marked_style
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation

# Persons in a list: commas, "and" before the last (a list of commas alone is no list of
# editors: "ed. Robert C. Tucker, New York 1978" names a place after the editor).
# The spaces are taken possessively: nothing after a run of them can be a space, and a run
# split every way between "\s*" and "\s+" was cubic ("Ab," and 400 spaces: 6 s).
_PERSONS = rf"{PERSON}(?:(?:\s*+,\s*+{PERSON}){{0,5}}(?:\s*+,\s++|\s++)(?:and|&)\s++{PERSON})?"

# The editors right after a title: "edited by" or "ed." before the names, or "ed." /
# "(eds.)" after them; in German "hg. v.", "hrsg. von", "herausgegeben von", "Hg." before
# them, "(Hg.)", "Hg.", "(Hrsg.)", "(Hgg.)" after them (a translator's German around an
# English work, and German practice itself: DIN 1505 "(Hrsg.)"); Greek "επιμέλεια"
# (editing) or "επιμ." before them, "επιμ." after.
# matches ", edited by Sebastian Budgen, Stathis Kouvelakis, and Slavoj Žižek", ", ed. John
# Strohmeier", ", Robert C. Tucker ed.", ", Budgen and Žižek (eds.)", ", hg. v. Rolf
# Tiedemann", ", hrsg. von Rolf Tiedemann", ", Hg. Rolf Tiedemann", ", Robert C. Tucker Hg.",
# ", Robert C. Tucker (Hrsg.)", ", επιμέλεια Ada Lind", ", επιμ. Ada Lind", ", Robert C.
# Lind επιμ.", ", Ada Lind (επιμ.)"; not ", trans. E. B. Ashton" (a translator), ", übers.
# v. Ina Rau", ", μτφρ. Ada Lind" (translators), ", edited by the Party", ", hg. v. der
# Redaktion", ", επιμέλεια της σειράς" (no person), ", London, 1998", ", Hg., London" (no
# person)
_EDITORS = lazy_compile(
    rf"""\s*+,?\s*+(?:{EDITED_BY}\s++(?P<before>{_PERSONS})(?![\w'’-])
                   |(?P<after>{_PERSONS})\s*+,?\s*+\(?(?:eds?|{EDITOR_MARK}|επιμ)\.\)?)""",
    re.VERBOSE,
)

# What an editor's word holds, the cheap test before `_EDITORS`: "edited", "ed.", "eds.",
# German "hg.", "Hrsg.", "herausgegeben",
# Greek "επιμέλεια", "επιμ.".
_EDITOR_WORDS = ("ed", "g.", "herausg", "επιμ")


def editors_after(s: str, at: int) -> tuple[tuple[Author, ...], int] | None:
    """The editors named right after the title ending at `at`, and where they end."""
    if (listed := listed_editors(s, at)) is not None:
        return listed  # "hg. v. Ilse Varga, Tom Brill und Ann Ro", "επιμ. … και …"
    window = s[at : at + 400]
    if not any(word in window for word in _EDITOR_WORDS):
        return None  # cheap test first: "edited", "ed.", "eds.", "hg.", "Hrsg.", "επιμ."
    found = _EDITORS.match(s, at)
    if found is None:
        return None
    names = found.group("before") or found.group("after")
    if not plausible_names(names):
        return None
    return tuple(surnames(names)), found.end()


# A word of prose right before a title in prose: the title has no author before it.
# matches "title, " in "under the appropriate title, ", "as " ; not "Jacques, " (a name),
# "Heidegger's " (a possessive: the writer's book), "in " (the book holds a part cited
# before it: "“The End of Philosophy” (1964), in *Basic Writings*, ed. David Krell"), nor
# the same word in Spanish, French or Portuguese ("en", "dans", "em": "“De amnistías”, en
# *Memoria de un país en guerra*, ed. Mario Aguilera Peña")
_PROSE_BEFORE = lazy_compile(rf"(?<![\w'’-])(?!{PART_IN}\b)[a-z]+,?\s+$")


def edited_volume(s: str, k: int, offset: int, end: int, note: int) -> NoteCitation | None:
    """A marked title in prose, its editors after it and an imprint after them: "… collected
    under the title *Lenin Reloaded*, edited by Sebastian Budgen, … (Durham: Duke University
    Press, 2007)". The imprint vouches for it: a title and editors alone are named in
    passing."""
    if ("ed" not in s and "g." not in s and "herausg" not in s) or "(" not in s:
        return None  # cheap test first: an editor's mark and an imprint's bracket
    for title in MARKED_TITLE.finditer(s, k):
        if not _PROSE_BEFORE.search(s, max(k, title.start() - 40), title.start()):
            continue  # "Lacan, Jacques, *Seminar II*, ed. …": the author's book, not theirs
        edited = editors_after(s, title.end())
        if edited is None:
            continue
        authors, editors_end = edited
        details = read_details(s[editors_end:])
        if not (details.place and details.year):
            continue
        name = next(g for g in title.groups() if g).strip(" ,.")
        unsure = ["editors as authors", "title in prose"]
        return build_citation(
            s,
            title.start(),
            offset,
            end,
            note,
            "full",
            authors,
            name,
            marked_style(title),
            details,
            unsure,
        )
    return None


# A web copy's plain title in prose after a word of prose, its editors right after it.
# matches "Lenin Reloaded" in "under the appropriate title, Lenin Reloaded, edited by
# Sebastian Budgen" (or "hg. v. Sebastian Budgen"), "Red Years" in "gathered as Red Years,
# edited by Mary Holt"; not "Lacan, Jacques, Seminar II, ed." (a name before: the author's
# book), "in Basic Writings, ed." (a part's book; so "en", "dans", "em"), "Coalfield" in
# "Voices of the Coalfield, edited by" (a title's own joining word before it), "Main" in
# "Frankfurt am Main, hg. v." (a place's)
_PLAIN_EDITED = lazy_compile(
    rf"""(?<![\w'’-])(?!(?:{PART_IN}|of|the|and|a|an|on|for|to|at|from|with|am|upon)\b)[a-z]+,?\s+
        (?P<title>[A-Z][^()*_“”\";:.]{{2,120}}?)(?=,?\s+{EDITED_BY}\s)""",
    re.VERBOSE,
)

# How many places `plain_edited_volume` tries in one segment (each a reading of the rest).
_TRIES = 3


def plain_edited_volume(s: str, k: int, offset: int, end: int, note: int) -> NoteCitation | None:
    """The same as `edited_volume` with a plain title (a web copy): "… collected under the
    appropriate title, Lenin Reloaded, edited by Sebastian Budgen, … (Durham: …, 2007)".
    The editors and the imprint vouch for the plain title together."""
    if (
        "edited by" not in s
        and "ed. " not in s
        and "eds. " not in s
        and "g. " not in s
        and not edited_by_in(s)
    ):
        return None  # cheap test first ("hg. v.", "Hrsg. von" hold "g. "; "επιμ." its own)
    if "(" not in s:
        return None
    for tries, found in enumerate(_PLAIN_EDITED.finditer(s, k)):
        if tries >= _TRIES:
            break
        title = found.group("title").strip()
        words = title.split()
        if not 1 <= len(words) <= 12 or sum(w[:1].isupper() for w in words) * 2 < len(words):
            continue
        edited = editors_after(s, found.end("title"))
        if edited is None:
            continue
        authors, editors_end = edited
        details = read_details(s[editors_end:])
        if not (details.place and details.year) or s[editors_end:].lstrip(" ,")[:1] != "(":
            continue
        unsure = ["editors as authors", "title in prose", "plain title"]
        return build_citation(
            s,
            found.start("title"),
            offset,
            end,
            note,
            "full",
            authors,
            title,
            "plain",
            details,
            unsure,
        )
    return None
