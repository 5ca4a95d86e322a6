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

# Greek initials set close, two or three of them: one capital, or a digraph's capital and
# consonant ("Γκ", "Ντ", "Τζ", "Μπ", "Χρ", "Στ"), each with its full stop.
# matches "Β.Ι.", "Γκ.Μ.", "Ε.Π.", "Ζ.-Π." (Jean-Paul); not "Β." (one initial: `GIVEN` reads it
# as a word), "Βα.Ι."
GREEK_INITIALS = rf"(?:[{GREEK_CAPITALS}][βγδζθκλμνξπρστφχψ]?\.-?){{2,3}}"

# No space between a Greek initial's full stop and the surname ("Κ.Μαρξ", "Β.Ι.Λένιν").
# matches "" between "Κ." and "Μαρξ"; not "" between "K." and "Marx" (Latin), "σελ." and "Α"
GREEK_CLOSE_SURNAME = rf"(?<=[{GREEK_CAPITALS}]\.)(?=[{GREEK_CAPITALS}][α-ωάέήίόύώϊϋΐΰ])"

# "Στο ίδιο" ("in the same") and "Αυτόθι"/"Αυτ." ("there"), Greek for Ibid., before a full
# stop, a comma or the note's end (a pattern part, read case-insensitively).
# matches "Στο ίδιο" in "Στο ίδιο.", "Στο ίδιο, σελ. 4", "Αυτόθι" in "Αυτόθι, σ. 50", "Αυτ"
# in "Αυτ., σ. 50"; not "Στο ίδιο άρθρο" (prose: "in the same article …"), "Αυτόθιος",
# "Αυτό" (this)
GREEK_IBID = r"στο\s+ίδιο(?=\s*(?:[.,;:]|$))|αυτόθι(?!\w)|αυτ(?=\.)"

# "Βλ."/"Βλέπε" (see), alone or with "και" (also), "σχετικά" (on this), "επίσης" (also),
# "ακόμη" (further), "ενδεικτικά" (for instance), "π.χ."/"λ.χ." (e.g.), "ιδίως"/"κυρίως"/
# "ειδικά"/"ειδικότερα" (especially: Chicago's "see especially"), "αναλυτικά" (in detail),
# "συγκεκριμένα" (specifically); "Πρβλ." (compare, cf.);
# "επίσης" alone opens a list's next work; either cue may name the kind of work and its
# writer in the genitive before the names ("Βλ. το άρθρο του Σ. Ζίζεκ, «…»": see the article
# by S. Žižek), or "μου"/"μας" (my, our) before the title ("Βλ. το άρθρο μου «…»": see my
# article; an enclitic gives "κείμενο" a second accent: "το κείμενό μου").
# matches "Βλ. ", "Βλ. σχετικά ", "βλ. και ", "Βλέπε ", "Πρβλ. ", "Πρβλ. και ", "βλ. ιδίως ",
# "Βλ. κυρίως ", "Επίσης "
# before a work, "Βλ. σχετικά το βιβλίο του ", "Πρβλ. το άρθρο της ", "Βλ. το άρθρο μου ",
# "Βλ. τη συνέντευξή μου ", "Σχετικά βλ. " (the adverb first);
# labels before a colon: "Πηγή: " (source), "Ενδεικτικά: " (for instance), "Για περισσότερα:
# " (for more); not "Βλάχος", "Βλέπεις" (a verb), "το βιβλίο του" with no cue before it
# (prose), "Πηγή του" (no colon)
GREEK_CUE = r"""(?:πηγή|πηγές|ενδεικτικά|βιβλιογραφία
       |για\s+περισσότερα(?:\s+[^\W\d_]+){0,3})\s*:(?=\s)
    |(?:(?:(?:σχετικά|επίσης|ακόμη|ενδεικτικά),?\s+)?(?:βλ\.|βλέπε)|πρβλ\.)
         (?:\s+(?:και|σχετικά|επίσης|ακόμη|ενδεικτικά|π\.\s?χ\.|λ\.\s?χ\.|ιδίως|κυρίως
                  |ειδικά|ειδικότερα|αναλυτικά|αναλυτικότερα|συγκεκριμένα)(?=[,:\s]))?
    (?:\s+(?:το|τη|την|τα|τις)\s+(?:βιβλίο|βιβλία|άρθρο|άρθρα|κείμενο|κείμενα|δοκίμιο|έργο
        |μελέτη|μελέτες|συνέντευξη|ομιλία|εργασία)\s+(?:του|της|των|μου|μας)
      |\s+(?:το|τη|την|τα)\s+(?:κείμενό|κείμενά|δοκίμιό|δοκίμιά|συνέντευξή)\s+(?:μου|μας))?(?=[,:\s])
    |(?:επίσης|ακόμη)(?=[,:\s])"""

# "Στο" (in) before a name or a title, opening the note: the book a work stands in
# ("Στο: Κ. Τσουκαλάς (επιμ.), *…*"), read as "In" is (a cue, never a surname).
# matches "Στο" in "Στο: Κ. Τσουκαλάς", "Στη" in "Στη *Θέσεις*"; not "Στο ίδιο" (Ibid.: no
# capital after it), "Στόχος"
GREEK_IN = rf"""στ(?:ο|ον|η|ην)(?=[,:]?\s+(?-i:[{UPPER}*_“"«]))"""

# "Επίσης στο"/"Ακόμη στο" (also in) before a title: the work before, in another book as
# well, read as "Also in" is (before `GREEK_CUE`, which takes "Επίσης" alone).
# matches "Επίσης στο" in "Επίσης στο *For the Sea*", "επίσης στη" in "επίσης στη *Harbour
# Review*", "Ακόμη στο" in "Ακόμη στο «…»"; not "Επίσης στο ίδιο" (no capital after it),
# "Επίσης" alone before a name ("Επίσης Ο. Χολμ, …": `GREEK_CUE`)
GREEK_ALSO_IN = rf"""(?:επίσης|ακόμη)\s+{GREEK_IN}"""

# A verb phrase and "στο"/"στην" (in) between a writer named in prose and the title, as
# English "argued in": "ο Μπαντιού στο *…*", "ο Μπαντιού υποστηρίζει στο βιβλίο του *…*".
# matches " στο " before "*Η κομμουνιστική …*", " υποστηρίζει στο βιβλίο του ", " γράφει στην
# "; not ", στο " (a container after a comma), " και ο Ζίζεκ στο " (a capital among the words)
GREEK_PROSE_IN = r"""(?:\s+[α-ωάέήίόύώϊϋΐΰ]+){0,4}?\s+(?:στο|στον|στη|στην|στα|στις)\s+
    (?:(?:βιβλίο|άρθρο|κείμενο|δοκίμιο|έργο|μελέτη|ομιλία)\s+(?:του|της)\s+)?"""

# "Όπως" (as) opening a sentence, its verb and the article before the writer's name:
# "Όπως υποστηρίζει ο Μπαντιού στο *…*", "Όπως η Λούξεμπουργκ έγραψε …".
# matches "Όπως υποστηρίζει ο " and "Όπως η " before a capital; not "Όπως είδαμε, " (no
# article), "όπως αναφέρεται στο " (`GREEK_QUOTED_IN`)
GREEK_AS = r"""όπως(?:\s+[α-ωάέήίόύώϊϋΐΰ]+){0,3}?\s+(?:ο|η|οι)\s+"""

# "Quoted in" and "cited in" in Greek, and "from" before the work quoted from: the next
# work is a source of its own, not the book the work before stands in. "From" opens a work
# only before a colon, a title's mark or a person's initial: a place after it is a title's
# words in a web copy ("Από τη Σμύρνη στον Πειραιά, Εστία, Αθήνα 1999").
# matches "Παρατίθεται στο ", "όπως αναφέρεται στο ", "από το" before ": Alain", " *Το", " «Η",
# " Ε. Βαρδάκας"; not "στο " alone (`GREEK_IN`), "από το 1968" (a year, no work), "από τη"
# before " Σμύρνη" (a place: no initial, no mark)
GREEK_QUOTED_IN = rf"""(?:(?:(?:όπως\s+)?(?:παρατίθεται|παρατίθενται|αναφέρεται|αναφέρονται)\s+
        (?:και\s+)?στ(?:ο|ον|η|ην))(?=[,:]?\s+(?-i:[{UPPER}*_“"«]))
      |από\s+τ(?:ο|ον|η|ην|α)
        (?=:\s+(?-i:[{UPPER}*_“"«])|,?\s+[*_“"«]
          |,?\s+(?-i:(?:[{UPPER}][^\W\d_]?\.\s*){{1,3}}[{UPPER}])))"""

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


# Greek abbreviations whose full stop ends no sentence, besides those `note_segments` knows:
# "μτφ."/"μετ."/"μετάφρ." (translation), "κεφ." (chapter), "πρβλ." (compare), "έκδ." (edition),
# "κ.ε." (and following), "περ." (journal), "εφημ." (newspaper), "πρόλ." (preface), "εισαγ."
# (introduction), "τχ." (issue), "χ.χ." (no date), "επανέκδ." (reprint), "εφ." (newspaper),
# "αρ." (number), and the first word of "ό. π." / "όπ. π." (op. cit., its letters spaced:
# "ό. π., σ. 12" is one reading).
GREEK_ABBREVIATIONS = frozenset(
    "μτφ μετ μετάφρ κεφ πρβλ έκδ κ.ε περ εφημ εφ αρ πρόλ εισαγ τχ χ.χ επανέκδ ό όπ".split()
)

# "Ο ίδιος" / "Η ίδια" / "Οι ίδιοι" (the same author, masculine, feminine, plural): Idem;
# also in the genitive, "by the same", as Greek bibliographies write it: "Του ιδίου" /
# "Της ιδίας" / "Των ιδίων" (with the modern accent, "Του ίδιου", "Της ίδιας", "Των ίδιων").
# matches "Ο ίδιος" in "Ο ίδιος, *…*", "Η ίδια,", "Οι ίδιοι,", "Του ιδίου,", "Της ίδιας,";
# not "Ο ίδιος ο Μαρξ" (no comma: prose), "Στο ίδιο" (Ibid.), "Του ιδίου του Μαρξ" (prose)
GREEK_IDEM = (
    r"(?:Ο\s+ίδιος|Η\s+ίδια|Οι\s+ίδιοι"
    r"|(?i:του)\s+(?:ιδίου|ίδιου)|(?i:της)\s+(?:ιδίας|ίδιας)|(?i:των)\s+(?:ιδίων|ίδιων))(?=,)"
)

# Words of Greek imprints, marks and kinds of work that are no part of a person's name:
# "Εκδόσεις Ύψιλον" is a publisher ("Εκδόσεις": publications), "μτφρ. Γ. Παπαδόπουλος" a
# translator, "Εφημερίδα «Ριζοσπάστης»" a newspaper, "Περιοδικό «Θέσεις»" a journal.
GREEK_NOT_NAME_WORDS = frozenset(
    """εκδόσεις εκδ μτφρ μτφ μετ μετάφρ μετάφραση επιμ επιμέλεια πρόλ πρόλογος εισαγ εισαγωγή
    σελ σσ τόμ τχ κεφ βλ πρβλ εφημερίδα εφημ εφ περιοδικό περ άρθρο βιβλίο ομιλία συνέντευξη
    διατριβή εργασία εισήγηση""".split()
)


# Greek articles and prepositions that open a title and never a person's given name: in
# "Μαρξ, Το Κεφάλαιο, Σύγχρονη Εποχή, 2002" the words after the surname are a title.
GREEK_TITLE_OPENERS = frozenset("ο η το οι τα τι του της των τον την για από περί προς".split())


def opens_greek_title(words: str) -> bool:
    """`words` (what an inverted reading took for given names) open with a Greek article
    or preposition: a title, not a given name."""
    first = words.split(maxsplit=1)[0] if words.strip() else ""
    return first.lower() in GREEK_TITLE_OPENERS


# Another person written surname first after the first one's initials, joined by "και"
# (and), a spaced dash or a comma (three or more: "Α Κ., Β Λ. και Γ Μ."), the next person,
# a comma or a bracket after its initials: "Μαρξ Κ. και Ένγκελς Φ., *…*", "Μαρξ Κ. – Ένγκελς
# Φ., *…*", "Καραμπέτσος Ν. – Σωτηρόπουλος Δ. – Βελισσάρης Π., …", "Καραμπέτσος Ν.,
# Σωτηρόπουλος Δ., Βελισσάρης Π., …".
# matches ". και Ένγκελς Φ." in "Μαρξ Κ. και Ένγκελς Φ., *…*", ". – Ένγκελς Φ.", ". and
# Bensaid D.", "., Σωτηρόπουλος Δ." before ", Βελισσάρης"; not ". και το" (no capital), ".
# Ένγκελς Φ." (no joining word), "., Ο ιστορικός" (no initial: a title)
_MORE_SURNAME_FIRST = lazy_compile(
    rf"""\.(?:\s++(?:και|and|&|[–—-])|,)\s++
        (?P<surname>[{UPPER}][^\W\d_]{{2,}}(?:-[{UPPER}][^\W\d_]+)?)
        (?:\s+[{UPPER}][^\W\d_]?\.){{1,3}}(?=\s*+[,(]|\s++(?:και|and|&|[–—-])\s)""",
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
# matches "12 Μαρτίου 2010", "Νοέμβριος 2012", "12/3/2010", "12.03.2010", "12-3-2010"; not
# "σελ. 12", "2010" alone, "12/3" (no year), "1/2/3/2010", "7/13/2015" (the month first: no
# Greek date), "12-3/2010" (two separators)
GREEK_DATE = lazy_compile(
    rf"""(?:\d{{1,2}}\s+)?(?i:{GREEK_MONTHS}),?\s+(?P<year>1[5-9]\d\d|20\d\d)(?!\d)
        |(?<![\d/.-])\d{{1,2}}(?P<sep>[/.-])(?:0?[1-9]|1[0-2])(?P=sep)(?P<numeric_year>1[5-9]\d\d|20\d\d)
        (?!\d)""",
    re.VERBOSE,
)


# A date right after a title, and nothing but a page after it: "«Ριζοσπάστης», 12/3/1998, σ.
# 4" names a newspaper's issue, not a work in it.
# matches ", 12/3/1998, σ. 4." and ", 12 Μαρτίου 2010." after the title; not ", Αθήνα 1998"
# (a place), ", 12/3/1998, με τίτλο …" (more words)
_DATE_ONLY_AFTER = lazy_compile(
    rf"""\s*,\s*(?:{GREEK_DATE.pattern})(?:\s*,\s*(?:σελ|σσ|σ|p|pp)\.\s*\d[\d\s–-]*)?\s*\.?\s*$""",
    re.VERBOSE,
)


def issue_by_date(s: str, title_end: int) -> bool:
    """Only a date (and a page) follows the title ending at `title_end`: with no writer
    before it, the title is a newspaper's or a journal's name, not a work."""
    return _DATE_ONLY_AFTER.match(s, title_end) is not None


# Words before a date that make it the day a page was read, not the work's date.
# matches "accessed ", "ανάκτηση: ", "Zugriff: ", "abgerufen am "; not "published "
_ACCESSED = lazy_compile(
    r"(?i:accessed|retrieved|ανάκτηση|ανακτήθηκε|πρόσβαση|προσπελάστηκε|προσπέλαση|abgerufen"
    r"|zugriff|abgefragt|aufgerufen)"
    r"\b[^.;()\d]{0,12}$"
)


def greek_date_year(text: str) -> str:
    """The year of the first Greek or numeric date in `text` that is not an access date,
    or ""."""
    for found in GREEK_DATE.finditer(text):
        if not _ACCESSED.search(text, max(0, found.start() - 30), found.start()):
            return found.group("year") or found.group("numeric_year")
    return ""


# A Greek place and a year where a plain title would start: one or two words of a place
# ("Νέα Υόρκη", "Αθήνα-Γιάννινα") and a year, which no plain title is on its own.
# matches "Αθήνα 1975" in "Οδυσσέας, Αθήνα 1975, σ. 12", "Νέα Υόρκη 1982", "Αθήνα-Γιάννινα
# 1985"; not "Η ρωσική επανάσταση του 1917" (words between), "Paris 1968" (Latin: "Petrograd
# 1917" may be a short title)
GREEK_PLACE_YEAR = lazy_compile(
    rf"""[{GREEK_CAPITALS}][^\W\d_]+(?:[\s-][{GREEK_CAPITALS}][^\W\d_]+)?,?\s+
        (?:1[5-9]\d\d|20\d\d)(?!\d)""",
    re.VERBOSE,
)

# A bracket giving the first edition's or the original's year beside the edition cited:
# "Κέδρος, Αθήνα 1987 (1η έκδ. 1922)" cites the 1987 edition; "(πρωτ. *Geschichte …*,
# 1923)" gives the original.
# matches "1η έκδ. 1922", "α΄ έκδ. 1922", "πρώτη έκδοση: 1922", "πρωτ. *Geschichte …*, 1923",
# "πρωτότυπο: 1923", "πρώτη δημοσίευση 1923"; not "2η έκδ. 1987" (the edition cited), "1922"
FIRST_EDITION = lazy_compile(
    r"\s*(?:(?:1η|α[΄'’]|πρώτη)\s+(?:έκδ(?:\.|οση)|δημοσίευση)|πρωτ(?:\.|ότυπο|ότυπη))"
)

# Words that open a Greek publisher's name: "Εκδόσεις Ύψιλον" ("Ύψιλον Publications"),
# "εκδ. Κριτική".
GREEK_PUBLISHER_OPENERS = frozenset({"εκδόσεις", "εκδ"})


# More initials set close after a name written surname first: "Λένιν Β.Ι., *…*" (the names
# read end at "Β").
# matches ".Ι" in "Λένιν Β.Ι., *…*", ".Ι.Χ" in "Β.Ι.Χ."; not ". Ι" (a space), ".Ιστορία"
_CLOSE_INITIALS_AFTER = lazy_compile(rf"(?:\.[{UPPER}][βγδζθκλμνξπρστφχψ]?)+(?=\.)")


def close_initials_end(s: str, at: int) -> int:
    """Where the initials set close after the one ending at `at` end (before the last
    one's full stop); `at` when none follows."""
    found = _CLOSE_INITIALS_AFTER.match(s, at)
    return found.end() if found else at


# A year after a name written surname first, as Greek author-date references give it: in
# brackets ("Πουλαντζάς Ν. (1978), *…*, Αθήνα: Θεμέλιο") or between commas ("Μπαντιού Α.,
# 2009, *…*, Πατάκης, Αθήνα").
# matches ". (1978)" before ", *…*", ". (2009α)" before ":", "., 2009" before ", *…*"; not ".
# 1978" (no brackets or comma), ". (1978-79)" (a range), ". (σελ. 3)", "., 1978" before ":"
_DATE_AFTER_INITIALS = lazy_compile(
    r"""\.\s*\((?P<year>1[5-9]\d\d|20\d\d)[a-zα-ω]?\)(?=\s*[,.:])
      |\.,\s*(?P<bare>1[5-9]\d\d|20\d\d)[a-zα-ω]?(?=,\s)""",
    re.VERBOSE,
)


def date_after_initials(s: str, at: int) -> tuple[str, int]:
    """The year right after the initials ending at `at`, and where it ends (before the
    comma or colon that opens the title); ("", at) when none stands there."""
    found = _DATE_AFTER_INITIALS.match(s, at)
    return (found.group("year") or found.group("bare"), found.end()) if found else ("", at)


# More words than a short title takes (Chicago asks for at most four): a "title" in
# guillemets this long in a short form is a quotation, «» being Greek's quotation marks.
SHORT_TITLE_MAX_WORDS = 8


def quotation_in_guillemets(s: str, start: int, end: int, title: str) -> bool:
    """The text between `start` and `end` holds the title in guillemets, and the title is
    longer than a short title: "Μαρξ, «Οι άνθρωποι κάνουν την ιστορία τους, αλλά όχι όπως
    τους αρέσει», σελ. 45" quotes Marx, where "Πουλαντζάς, «Το κράτος», σελ. 50" is a
    short form."""
    return "«" in s[start:end] and len(title.split()) > SHORT_TITLE_MAX_WORDS
