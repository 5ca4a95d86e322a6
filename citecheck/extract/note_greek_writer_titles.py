"""A writer named in Greek prose, then the work's marked title and its imprint in brackets,
with no comma between them: "Το βιβλίο του Τζόναθαν Φάροουμπι κυκλοφορεί στα ελληνικά ως
*Ο μακρύς χειμώνας* (μτφρ. Ε. Λάμπρου, Κάκτος, Αθήνα 1995)", "Ο Ευστάθιος Βαρδάκας έγραψε
το *Η πόλη και το κράτος* (Αθήνα: Πέλαγος, 1990)": Chicago's "X's *Title* (Place:
Publisher, Year)" as a Greek translation writes it, the writer declined where the sentence
wants it.

The reading is decided by the shape: an article before the names, a few lower-case words
(the verb, "στα ελληνικά ως", "στο βιβλίο του"), the title marked in italics or guillemets,
and a bracket right after it that holds a year and an imprint's place or publisher. The
names are two or three capitalised words or initials; a Greek place ("της Νέας Σμύρνης"),
a publisher ("των Εκδόσεων Κέδρος") or an imprint's word names no writer. The surname is
kept as written (a genitive stays a genitive), as `note_greek_prose_works` keeps it.
"""

from __future__ import annotations

import re

from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_greek import GREEK_CAPITALS, GREEK_MONTHS, GREEK_NOT_NAME_WORDS
from citecheck.extract.note_greek_names import greek_given_name, greek_given_name_genitive
from citecheck.extract.note_names import surnames
from citecheck.extract.note_rest import full_form_to_end
from citecheck.extract.note_titles import sentence_case_title
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# An article, two or three names (capitalised Greek or Latin words, or initials), up to six
# lower-case Greek words, a marked title (or a web copy's plain one, up to the bracket), and
# a bracket right after it, or a comma and an open imprint "Place: Publisher, Year". Bounded
# runs.
# matches "του Τζόναθαν Φάροουμπι κυκλοφορεί στα ελληνικά ως *Ο μακρύς χειμώνας* (μτφρ. Ε.
# Λάμπρου, Κάκτος, Αθήνα 1995)", "Ο Ευστάθιος Βαρδάκας έγραψε το *Η πόλη* (Αθήνα: Πέλαγος,
# 1990)", "του Ε. Βαρδάκα «Η πόλη» (Αθήνα 1990)", "του Ν. Καραβά στο *Η πόλη*, Αθήνα:
# Κέδρος, 1991"; not "του Ν. Καραβά στην *Αυγή*, Αθήνα, 12/3/1991" (no publisher: a paper's
# place and date), "του Βαρδάκα *Η πόλη* (1990)" (one
# name), "του Ε. Βαρδάκα, *Η πόλη*, …" (a comma: `note_greek_prose_works`), "ο Βαρδάκας
# είπε ότι, όπως *Η πόλη* (…)" (a comma among the words)
_WRITER_THEN_TITLE = lazy_compile(
    rf"""(?<![^\s(])(?i:ο|η|του|της|τον|την|τη|στον|στην|στη)\s++
        (?P<names>(?:[{GREEK_CAPITALS}A-Z][^\W\d_]?\.[ ]?
                     |[{GREEK_CAPITALS}A-Z][^\W\d_]++[ ]){{1,2}}
                  [{GREEK_CAPITALS}A-Z][^\W\d_]++(?:-[{GREEK_CAPITALS}A-Z][^\W\d_]++)?)
        (?:\s++[α-ωάέήίόύώϊϋΐΰς]++){{0,12}}\s++
        (?:(?P<title>\*[^*\n]{{1,200}}\*|«[^»\n]{{1,200}}»)
          |(?P<plain>[{GREEK_CAPITALS}][^()*«»\n,.;:]{{1,150}}?))
        (?:\s*+\((?P<imprint>[^()\n]{{1,150}})\)
          |,\s*+(?P<open>[{GREEK_CAPITALS}A-Z][^\W\d_]++(?:[ /-][{GREEK_CAPITALS}A-Z]?[^\W\d_.]++)?
             \s*+:\s*+[^\W\d_][^,()\n:;«»*]{{0,59}}?,\s*+(?:1[5-9]\d\d|20\d\d)(?![\d/.]\d)))""",
    re.VERBOSE,
)

# A year in the bracket: the imprint dates the work.
# matches "1995" in "μτφρ. Ε. Λάμπρου, Κάκτος, Αθήνα 1995"; not "σ. 12"
_YEAR = lazy_compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")

# A place or a publisher beside the year: "Place: Publisher, Year", "Publisher, Place Year",
# "Place Year".
# matches "Αθήνα: Πέλαγος, 1990", "Κάκτος, Αθήνα 1995", "London: Dale, 1990", "Αθήνα 1990";
# not "1990" alone, "σ. 12, 1990" (no capitalised word before the year), "Μαΐου 1990" (a
# paper's date: `note_greek_prose_works.greek_paper_piece` reads a piece by its date)
_IMPRINT = lazy_compile(
    rf"""(?!(?i:{GREEK_MONTHS})\b)[{GREEK_CAPITALS}A-Z][^\W\d_]++
        (?::\s*+[^,()]{{1,60}}?,|,)?\s++(?:1[5-9]\d\d|20\d\d)(?!\d)""",
    re.VERBOSE,
)

# A publisher in the bracket: "Place: Publisher", or a comma between publisher and place.
# matches "Αθήνα: Πέλαγος, 1990", "Κάκτος, Αθήνα 1995"; not "Μάιος 1990", "Αθήνα 1990"
_PUBLISHED = lazy_compile(r":\s*+[^\W\d_]|[^\W\d_],\s*+[^\W\d_]")

# Words that open a Greek place's name ("Νέα Σμύρνη", "Αγίου Δημητρίου"): no given name.
_PLACE_OPENERS = frozenset(
    "νέα νέας νέο νέου άγιος αγίου αγία αγίας άνω κάτω παλαιό παλαιού παλαιά παλαιάς".split()
)

# How many places one segment tries: a long note stays linear.
_TRIES = 3


def greek_writer_title(s: str, k: int, start: int, note: int) -> NoteCitation | None:
    """The work at or after `k` in segment `s` (at `start` in the note) named by its writer
    in prose and its marked title with its imprint in brackets (or after a comma), or None."""
    if ("(" not in s and ":" not in s) or not any("\u0370" <= c <= "\u03ff" for c in s):
        return None  # cheap test first
    for tries, found in enumerate(_WRITER_THEN_TITLE.finditer(s, k)):
        if tries >= _TRIES:
            break
        names = found.group("names")
        # Greek practice writes the imprint after the title with commas as often as in
        # brackets: "η ανάλυση του Ν. Χ στο *Η πόλη*, Αθήνα: Κέδρος, 1991" ("Place:
        # Publisher, Year"; the colon names the publisher, so a place and a date, a paper's
        # "Αθήνα, 12/3/1991", is no imprint here)
        imprint = found.group("imprint") or found.group("open")
        if not _person(names) or _YEAR.search(imprint) is None:
            continue
        if _IMPRINT.search(imprint) is None:
            continue
        plain = found.group("plain")
        if plain is not None and not (_sentence_case(plain) and _PUBLISHED.search(imprint)):
            continue  # a web copy's plain title: in sentence case, its imprint with a publisher
        marked = found.group("title")
        year = _YEAR.search(imprint)
        return full_form_to_end(
            s[: found.end()],
            found.start("names"),
            start,
            note,
            authors=tuple(surnames(names)),
            title=plain.strip() if plain is not None else marked[1:-1].strip(),
            title_style="plain"
            if plain is not None
            else "italic"
            if marked[0] == "*"
            else "quoted",
            year=year.group() if year else "",
            unsure="writer in prose; title and imprint in brackets",
        )
    return None


def _sentence_case(title: str) -> bool:
    """A web copy's plain Greek title: an article first ("Η πόλη και το κράτος"), or two words
    or more with the second in lower case ("Κεφάλαιο και εργασία"); not a name of capitalised
    words ("Νέα Υόρκη", "Πανεπιστήμιο Αθηνών")."""
    words = title.split()
    if sentence_case_title(title):
        return True
    return len(words) >= 2 and words[1][:1].islower() and words[0].lower() not in _PLACE_OPENERS


def _person(names: str) -> bool:
    """Names a person, not a place or a publisher: an initial or a Greek given name (in any
    case), or capitalised words none of which opens a place's name, a publisher's or an
    imprint ("Τζόναθαν Φάροουμπι", not "Νέας Σμύρνης", "Εκδόσεων Κέδρος")."""
    words = names.replace(".", ". ").split()
    first = words[0]
    if first.endswith(".") or greek_given_name(first) or greek_given_name_genitive(first):
        return True
    folded = [w.lower().strip(".") for w in words]
    if any(w in _PLACE_OPENERS or w in GREEK_NOT_NAME_WORDS or w.startswith("εκδ") for w in folded):
        return False
    return not any(is_imprint_word(w) for w in words)
