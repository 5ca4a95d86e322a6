"""Greek conventions of notes, as pattern parts the note reader's patterns take in.

Greek journals and translations cite much as Chicago does, with their own words and marks:
"Βλ." (see) before a work, titles in guillemets «…», the container after "στο" (in),
"μτφρ." (translator), "επιμ." (editor), "εκδ."/"Εκδόσεις" (publisher), "σελ."/"σ." (page)
and "σσ." (pages), "τόμ."/"τ." (volume), "Ό.π."/"Στο ίδιο"/"Αυτόθι" (ibid.), the ano
teleia "·" between works where English has ";", and imprints written "Publisher, Place
Year" ("Θεμέλιο, Αθήνα 1978"). The shapes are read by their grammar: no list of Greek
names, publishers or places. Each part carries its own example and counter-example; the
patterns that use them are in `note_patterns` and `note_details`.
"""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import STOP_WORDS, UPPER
from citecheck.lazy_regex import lazy_compile

# Greek capitals, with the accented ones ("Ά", "Έ", "Ό", …) a word may open with.
# matches "Α", "Ω", "Ά", "Ώ"; not "α", "A" (Latin)
GREEK_CAPITALS = "Α-ΩΆΈΉΊΌΎΏΪΫ"

# "Στο ίδιο" ("in the same") and "Αυτόθι" ("there"), Greek for Ibid., before a full stop,
# a comma or the note's end (a pattern part, read case-insensitively).
# matches "Στο ίδιο" in "Στο ίδιο.", "Στο ίδιο, σελ. 4", "Αυτόθι" in "Αυτόθι, σ. 50";
# not "Στο ίδιο άρθρο" (prose: "in the same article …"), "Αυτόθιος"
GREEK_IBID = r"στο\s+ίδιο(?=\s*(?:[.,;:]|$))|αυτόθι(?!\w)"

# "Βλ." (see), alone or with "και" (also), "σχετικά" (on this), "επίσης" (also), "ακόμη" (further),
# "ενδεικτικά" (for instance), "π.χ." (e.g.); "επίσης" alone opens a list's next work.
# matches "Βλ. ", "Βλ. σχετικά ", "βλ. και ", "Επίσης " before a work; not "Βλάχος",
# "βλέπε" (not abbreviated; read as prose)
GREEK_CUE = r"""βλ\.(?:\s+(?:και|σχετικά|επίσης|ακόμη|ενδεικτικά|π\.\s?χ\.))?(?=[,:\s])
    |(?:επίσης|ακόμη)(?=[,:\s])"""

# "στο" (in) and its forms, opening a work's container ("«…», στο *Θέσεις*, τ. 12").
# matches "στο", "στον", "στη", "στην", "στα"; not "στοά", "Στόχος"
GREEK_IN = r"στ(?:ο|ον|η|ην|α)(?!\w)"

# An editor's mark in brackets after a container's editor: "Κ. Τσουκαλάς (επιμ.)".
# matches "(επιμ.)", "(επιμ.),"; not "επιμέλεια"
GREEK_EDITOR_MARK = r"\(\s*επιμ\.\s*\)"

# "σσ." (pages) before a page range.
# matches "σσ. " in "σσ. 12-34"; not "σσα"
GREEK_PAGES_MARK = r"σσ\."

# Greek month names ("Νοέμβριος 2012" is a date, not a place and a year), taken from the
# author-year reader's stop words.
GREEK_MONTHS = "|".join(
    sorted((w for w in STOP_WORDS if "α" <= w[:1] <= "ω"), key=len, reverse=True)
)

# The ano teleia (U+0387, and the middle dot it is normalised to) after a word and before
# a space: where Greek notes separate two works, as English ones do with ";".
# matches "·" in "1978· επίσης"; not "·" in "Verso · London" (a spaced separator), "l·l"
GREEK_SEMICOLON = lazy_compile(r"(?<=\S)[·\u0387](?=\s)")


def with_greek_semicolons(text: str) -> str:
    """The note's text with each Greek ano teleia read as ";" (one character for one, so
    that offsets stay)."""
    if "·" not in text and "\u0387" not in text:
        return text
    return GREEK_SEMICOLON.sub(";", text)


# Words of Greek imprints, marks and kinds of work that are no part of a person's name:
# "Εκδόσεις Ύψιλον" is a publisher ("Εκδόσεις": publications), "μτφρ. Γ. Παπαδόπουλος" a
# translator, "Εφημερίδα «Ριζοσπάστης»" a newspaper, "Περιοδικό «Θέσεις»" a journal.
GREEK_NOT_NAME_WORDS = frozenset(
    """εκδόσεις εκδ μτφρ επιμ σελ σσ τόμ βλ εφημερίδα εφημ περιοδικό περ άρθρο βιβλίο
    ομιλία συνέντευξη""".split()
)


# Another person written surname first after the first one's initials, joined by "και"
# (and): "Μαρξ Κ. και Ένγκελς Φ., *…*".
# matches ". και Ένγκελς Φ." in "Μαρξ Κ. και Ένγκελς Φ., *…*", ". and Bensaid D."; not
# ". και το" (no capital), ". Ένγκελς Φ." (no joining word)
_MORE_SURNAME_FIRST = lazy_compile(
    rf"""\.\s+(?:και|and|&)\s+
        (?P<surname>[{UPPER}][^\W\d_]{{2,}}(?:-[{UPPER}][^\W\d_]+)?)
        (?:\s+[{UPPER}][^\W\d_]?\.){{1,3}}(?=\s*,)""",
    re.VERBOSE,
)


def more_surnames_first(s: str, at: int) -> tuple[list[str], int]:
    """The surnames of the persons written surname first after the first one, whose names
    end at `at` (before its initial's full stop), and where the last one's names end
    (before its full stop); ([], at) when none follows."""
    found: list[str] = []
    while (more := _MORE_SURNAME_FIRST.match(s, at)) is not None:
        found.append(more.group("surname"))
        at = more.end() - 1
    return found, at


# A date in a Greek note: a day and a month's name ("12 Μαρτίου 2010", "Μάρτιος 2010"), or
# a day, a month and a year in numbers as Greek (and most European) notes write them.
# matches "12 Μαρτίου 2010", "Νοέμβριος 2012", "12/3/2010", "12.03.2010"; not "σελ. 12",
# "2010" alone, "12/3" (no year), "1/2/3/2010", "7/13/2015" (the month first: no Greek date)
GREEK_DATE = lazy_compile(
    rf"""(?:\d{{1,2}}\s+)?(?i:{GREEK_MONTHS}),?\s+(?P<year>1[5-9]\d\d|20\d\d)(?!\d)
        |(?<![\d/.])\d{{1,2}}(?P<sep>[/.])(?:0?[1-9]|1[0-2])(?P=sep)(?P<numeric_year>1[5-9]\d\d|20\d\d)
        (?!\d)""",
    re.VERBOSE,
)


def greek_date_year(text: str) -> str:
    """The year of the first Greek or numeric date in `text`, or ""."""
    found = GREEK_DATE.search(text)
    return (found.group("year") or found.group("numeric_year")) if found else ""
