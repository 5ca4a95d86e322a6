"""A Greek publisher and a year after a web copy's plain title, as the imprint that ends the
title when no place stands in it: "Γ. Παπαδάκης, Η πόλη και τα τείχη, εκδ. Κέδρος, 2005"
(Markdown's "*Η πόλη και τα τείχη*, εκδ. Κέδρος, 2005", the italics gone).

Greek practice writes a book's imprint "Τίτλος, Εκδότης, Τόπος Έτος" or "Τίτλος, Τόπος:
Εκδότης, Έτος", and often leaves the place out: "εκδ. Κέδρος, 2005", "Εκδόσεις Κέδρος,
2005". The publisher is named by its own word ("εκδ.", "Εκδόσεις": publications;
"Εκδοτική", "Εκδοτικός Οίκος": publishing house; "Βιβλιοπωλείο": bookshop) or is one the
imprint words know ("Κέδρος, 2005"). Such a publisher and a year that close the work (the
sentence's end, a bracket, a page) vouch that the words between the writer's comma and them
are a title, as a place and a year do. A place alone before the year is `PLACE_YEAR_IMPRINT`'s;
a date ("12 Μαΐου 2005"), a year alone (", 2005"), a page range or a "ΦΕΚ" number vouch for
nothing here.
"""

from __future__ import annotations

import re

from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_greek import GREEK_CAPITALS
from citecheck.lazy_regex import lazy_compile

# A publisher named by a publisher's word, or one capitalised word, then a year after a
# comma (or a space: "Εκδόσεις Πατάκη 2015").
# matches ", εκδ. Κέδρος, 2005", ", Εκδόσεις Κέδρος, 2005", ", Εκδοτική Αθηνών, 2005",
# ", Βιβλιοπωλείο της Εστίας, 2005", ", Εκδοτικός Οίκος Δωρικός, 2005", ", Κέδρος, 2005"
# (the word checked by `publisher_year_follows`); not ", Αθήνα: Κέδρος, 2005" (a place first:
# `open_imprint_at`), ", 12 Μαΐου 2005" (a date), ", 2005" (a year alone), ", ΦΕΚ 12, 2005"
_PUBLISHER_YEAR = lazy_compile(
    rf""",\s*+(?:(?P<flagged>(?i:εκδ\.|εκδόσεις)\s*+
                   |(?:Εκδοτική|Εκδοτικός\s++Οίκος|Βιβλιοπωλείο(?:\s++(?:της|του|των))?)\s++)
               (?P<name>[{GREEK_CAPITALS}A-Z][^\W\d_]*+(?:[-/][^\W\d_]++)?
                  (?:\s++[{GREEK_CAPITALS}A-Z][^\W\d_]*+(?:[-/][^\W\d_]++)?){{0,2}})
              |(?P<word>[{GREEK_CAPITALS}][^\W\d_]++))
        ,?\s++(?:1[5-9]\d\d|20\d\d)(?![\d/.]\d)""",
    re.VERBOSE,
)

# What follows the year of a work that ends there: the sentence's or the note's end, a
# bracket, a page or a chapter.
# matches "." before the next sentence, " (", ", σ. 12", ", σσ. 12-14", ", σελ. 201",
# ", κεφ. 2"; not ", είπε ότι" (prose goes on), " και" (prose)
_CLOSES_WORK = lazy_compile(
    r"""\s*+(?:$|[.;)\]]|\(|,\s*+(?:ιδίως\s++)?(?:σσ?|σελ|pp?|κεφ|τόμ)\.\s*+\d)""",
    re.VERBOSE,
)


def publisher_year_follows(s: str, at: int) -> bool:
    """A Greek publisher and a year, closing the work, open at `at` (right after a plain
    title): the publisher named by its own word, or a single word the imprint words list."""
    found = _PUBLISHER_YEAR.match(s, at)
    if found is None:
        return False
    if found.group("word") is not None and not is_imprint_word(found.group("word")):
        return False  # "…, Σμύρνη, 1922": one word no list knows as a publisher or a place
    return _CLOSES_WORK.match(s, found.end()) is not None


def title_before_publisher(s: str, title_at: int, title: str) -> str:
    """A plain title read at `title_at` in `s` without the publisher and year it ran into
    ("Η πόλη και τα τείχη, Κέδρος" before ", 2005"), or "" when it ran into none."""
    cut = title.rfind(", ")
    while cut > 0:
        if publisher_year_follows(s, title_at + cut):
            return title[:cut]
        cut = title.rfind(", ", 0, cut)
    return ""


# A Greek edition, volume, translator or editor between a plain title and its imprint, one
# or two: ", 2η έκδ.", ", Β΄ έκδ.", ", τόμ. Β΄", ", μτφρ. Ε. Κατσικάρη", ", επιμ. Ν. Ρήγας".
# matches ", 2η έκδ." and ", μτφρ. Ε. Κατσικάρη" before ", εκδ. Κέδρος, 2005"; not ", σ. 12"
# (a page), ", και άλλα" (prose)
_PARTS = lazy_compile(
    rf"""(?:,\s*+(?:\d{{1,2}}η\s++(?:έκδ\.|έκδοση)|[{GREEK_CAPITALS}]{{1,2}}[΄'’]\s++(?:έκδ\.|έκδοση)
              |(?:τόμ\.|τ\.|μτφρ\.|μτφ\.|επιμ\.)\s*+[^,;()]{{1,40}})){{1,2}}(?=,)""",
    re.VERBOSE,
)


def after_parts(s: str, at: int) -> int | None:
    """Where the imprint may open after the edition, volume or translator at `at` (right
    after a plain title), or None when none stands there."""
    found = _PARTS.match(s, at)
    return found.end() if found is not None else None
