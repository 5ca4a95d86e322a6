"""The regular expressions of citations written out in notes (notes-bibliography style).

Each pattern finds one kind of part ("features"); `note_citations` decides what a segment
is from the parts it holds, so each pattern stays small. Titles are marked in Markdown
(`*…*`, `_…_`) or quoted; in text copied from the web they are plain.
"""

from __future__ import annotations

import re

from citecheck.extract.citation_patterns import (
    MAX_PARTICLES,
    NAME_WORD,
    PARTICLE,
    PARTICLE_WORDS,
    UPPER,
)
from citecheck.extract.note_greek import (
    GREEK_ALSO_IN,
    GREEK_CAPITALS,
    GREEK_CLOSE_SURNAME,
    GREEK_CUE,
    GREEK_IBID,
    GREEK_IDEM,
    GREEK_IN,
    GREEK_INITIALS,
    GREEK_MONTHS,
    GREEK_PAGES_MARK,
    GREEK_QUOTED_IN,
)
from citecheck.extract.note_list_words import ET_AL, LATIN_SURNAME_AFTER_KAI, PERSON_AND
from citecheck.extract.note_translation_cues import ENGLISH_CUE
from citecheck.lazy_regex import lazy_compile

# One given name or initial, before a surname (German initials may take two letters:
# "Th.W. Adorno"; Greek ones are often set without a space: "Β.Ι. Λένιν", "Γκ.Μ. Λούκατς").
# matches "Moshe", "E.", "J.-P.", "W.E.B.", "Th.W.", "Β.Ι.", "Γκ.Μ."; not "and", "1974",
# "Βι.Ι." (a Greek initial's second letter is a digraph's: no vowel is written after "Β")
GIVEN = rf"""(?:(?:[A-Z][a-z]?\.){{2,3}}|{GREEK_INITIALS}|{NAME_WORD}\.?|(?:[A-Z]\.-?){{1,3}})"""

# A given name that more given names may follow: an initial, or a whole name without a
# full stop. A whole name's full stop ends the names, as a bibliography entry's names end
# ("Pike, Joan. Salt Roads. London: Verso, 1999.": "Salt Roads" is the title, not two more
# given names).
# matches "Joan", "E.", "Th.W."; not "Joan." (the last given name)
GIVEN_ON = (
    rf"""(?:(?:[A-Z][a-z]?\.){{2,3}}|{GREEK_INITIALS}|{NAME_WORD}(?!\.)|(?:[A-Z]\.-?){{1,3}})"""
)

# The space after a given name or initial, or none after a Greek initial set close to the
# surname ("Κ.Μαρξ", "Β.Ι.Λένιν").
# matches " " in "Karl Marx", "" in "Κ.Μαρξ"; not "" in "K.Marx" (Latin: an address or a
# code more often than a name)
AFTER_GIVEN = rf"(?:\s+|{GREEK_CLOSE_SURNAME})"

# A particle before a surname, with the Dutch "'t" ("Paul 't Hart") and the German "vom",
# "zum", "zur" ("Uli vom Hagen") beside the others.
# matches "van ", "d’", "'t ", "vom "; not "t ", "vomit"
NOTE_PARTICLE = rf"(?:{PARTICLE}|['’]t\s+|(?:vom|zum|zur)\s+)"

# One person's name, given names first: one to four words, the last the surname (which
# may carry particles: "Gareth Stedman Jones", "Marcel van der Linden", "Paul 't Hart").
# matches "Moshe Lewin", "E. B. Ashton", "Lenin", "Marcel van der Linden"; not "the", "1917"
PERSON = rf"(?:{GIVEN}{AFTER_GIVEN}){{0,3}}(?:{NOTE_PARTICLE}){{0,3}}{NAME_WORD}"

# A person with given names or initials before the surname.
# matches "Karl Marx", "E. B. Ashton"; not "Marx", "Frankfurt"
GIVEN_PERSON = rf"(?:{GIVEN}{AFTER_GIVEN}){{1,3}}(?:{NOTE_PARTICLE}){{0,3}}{NAME_WORD}"

# A role after the names: an abbreviation with its stop ("ed.", "eds.", "trans.", German
# "Hg.", Greek "επιμ."), British practice's contraction without one in brackets ("(eds)",
# "(ed)": New Hart's Rules), MLA's word written out before a comma (", editor,", ",
# editors,": MLA 9, 5.6), Greek "επιμέλεια" in brackets.
# matches ", eds.", " (ed.)", " (eds)", ", editors", ", editor", " (Hg.)", " (επιμέλεια)";
# not ", editor of" (prose), ", editorial", " eds" (no bracket, no stop)
ROLE = r"""(?:\.(?=\s*\())?\s*+,?\s*+\(?
           (?:(?:eds?|trans|comp|επιμ|[Hh]g|[Hh]rsg)\.|επιμέλεια(?=\))|(?<=\()eds?(?=\))
              |(?<=,\s)editors?(?=,))
           \)?"""

# The names that open a citation: persons joined by "and" or "&" (German "und", "u.", French
# "et" and Spanish "y" before a person with given names: "Vell et Roe", "Paris et Londres"
# may be places; a
# list by commas needs "and" before its last), or persons with given names joined by "/"
# (German: "Karl Marx/Friedrich Engels"), then "et al.", then an editor's or translator's
# mark.
# Surnames alone joined by "/" count only before a title and a page ("Marx/Engels,
# *Manifest*, S. 41"), never before a year or a publisher ("Frankfurt/Main, 1970").
# Before a colon (the German colon style), the title after it must go on with more than a
# year: "Frankfurt/Main: Suhrkamp, 1970" and "Frankfurt/M.: Suhrkamp 1987" are imprints.
# matches "Andreas Busen/Lisa Herzog", "Marx/Engels" before ", *Manifest*, S. 41" or ",
# Manifest, 41" or ", Die deutsche Ideologie, MEW 3, S. 27" or ": Manifest der Kommunistischen
# Partei, MEW 4"; not "Frankfurt/Main"
# before ", 1970" or ", Suhrkamp, 1970" or ": Suhrkamp, 1970" or ": Suhrkamp 1970"
SLASHED_SURNAMES = rf"""{NAME_WORD}/{NAME_WORD}
    (?=,\s+(?:[*_“"‘„]|[A-Z][^,;()]{{1,80}},\s+(?:S\.\s*|pp?\.\s*|[A-Z]{{2,5}}\s+|Bd\.\s*)?
                                               \d{{1,3}}(?!\d))
      |:\s+(?:[*_“"‘„]|[A-Z][^,;:()\d]{{1,120}}?[,.]\s+(?!1[5-9]\d\d|20\d\d)[^\s]))"""

# Two surnames alone joined by Greek "και" (and) or a spaced dash or hyphen, before a marked
# title: "Μαρξ και Ένγκελς, *Το μανιφέστο*", "Μαρξ – Ένγκελς, «Άπαντα»", "Μαρξ - Ένγκελς, *…*".
# matches "Μαρξ και Ένγκελς" before ", *Το μανιφέστο*"; not "Κράτος και Επανάσταση" before
# ", Αθήνα 1978" (a plain title), "Μαρξ – Ένγκελς έγινε" (prose)
JOINED_SURNAMES = rf"""{NAME_WORD}\s+(?:και|[–—-])\s+{NAME_WORD}(?=,\s+[*_“"‘«])"""

# Co-authors with initials joined by a dash set close, as Greek notes and bibliographies
# join them ("Κ. Δρακόπουλος–Ν. Φιλντίσης (επιμ.)", "Γ. Αλεξίου–J. Pike"): each person opens
# with an initial, so a place range ("Berlin–New York", "Αθήνα–Γιάννενα") is no list.
# matches "Κ. Δρακόπουλος–Ν. Φιλντίσης", "Α.Β. Λάμπρου—Τ. Ρήγας"; not "Δρακόπουλος–Φιλντίσης"
# (no initials), "Berlin–New York", "Κ. Δρακόπουλος–1990"
_INITIALED = rf"""(?:[{UPPER}][a-zβγδζθκλμνξπρστφχψ]?\.-?\s*+){{1,3}}{NAME_WORD}"""
DASHED_INITIALED = rf"""{_INITIALED}(?:[–—]{_INITIALED}){{1,3}}"""

# Greek "και" (and) or a spaced dash joins persons written with given names or initials
# ("Κ. Μαρξ και Φ. Ένγκελς", "Κ. Μαρξ – Φ. Ένγκελς", "Θ. Β. Αντόρνο - Μ. Χορκχάιμερ"), not
# a surname and a title's word ("Λένιν, Κράτος και Επανάσταση").
# matches "Max Horkheimer and Theodor Adorno", "Karl Marx u. Friedrich Engels", "Andreas
# Busen/Lisa Herzog", "Marx/Engels, *Manifest*", "Adorno et al.", "Robert Tucker, ed.",
# Greek "Τσουκαλάς Κ. (επιμ.)" (an editor, the initial's full stop before the mark),
# "Μηλιός Γ. κ.ά." ("και άλλοι": et al.), "Σωτηρόπουλος Δ. (επιμέλεια)" (the editor's word
# written out, in brackets only: "επιμέλεια Π. Βελισσάρης" names an editor after a title),
# German "Iring Fetscher (Hg.)", "Axel Honneth (Hrsg.)", "Karl Marx (1867)" before ": Das
# Kapital" or before ", Das Kapital, Berlin: Dietz" (a title and an imprint); not "Honneth
# (2015), S. 12" (author-date: the year is not taken), "in 1917", "the Party", "Draper,
# American Communism" (one name, then a title), "Frankfurt/Main, 1970" (no given names, no
# title).
# Three persons or more with given names, commas alone between them, before a marked
# title (not a journal's name and volume: "Tom Vell, Harbour Lights, Salt Roads, *Leeds
# Review* 4" holds titles), are a list too: "Lev Manovich, Mehrdad Yazdani, Alise
# Tifentale, Jay Chow, *The Exceptional and the Everyday*" (two are a person and a plain
# title as often: "Tom Vell, Harbour Lights, *Leeds Review*").
# The spaces between persons and before a role are taken possessively: nothing after such
# a run is a space, and a run split every way between "\s*" and "\s+" was quadratic (4,000
# spaces between a name and "(Hg.)": 0.7 s for one match).
NAMES = lazy_compile(
    rf"""(?P<names>{DASHED_INITIALED}
         |{GIVEN_PERSON}(?:/{GIVEN_PERSON}){{1,3}}
         |{SLASHED_SURNAMES}
         |{JOINED_SURNAMES}
         |{GIVEN_PERSON}(?:\s*+,\s*+{GIVEN_PERSON}){{1,5}}(?=\.?,?\s++{ET_AL})
         |{GIVEN_PERSON}(?:\s*+,\s*+{GIVEN_PERSON}){{2,7}}
            (?=\s*+,\s*+(?:[“"‘«]|[*_](?![^*_]{{1,150}}[*_]\s*+\d)))
         |{PERSON}(?:(?:\s*+,\s*+{PERSON}){{0,5}}(?:\s*+,\s++|\s++)(?:(?:and|&|und|u\.)\s+{PERSON}
                                                     |(?:et(?!\s+al\b)|y)\s+{GIVEN_PERSON}
                                                     |και\s+{GIVEN_PERSON}
                                                     |{LATIN_SURNAME_AFTER_KAI}
                                                     |[–—-]\s+{GIVEN_PERSON}))?)
         (?P<etal>\.?,?\s+{ET_AL})?
         (?P<role>{ROLE})?
         (?P<dated>\s*\((?:1[5-9]\d\d|20\d\d)[a-z]?\)
            (?=:\s|,\s+(?-i:[A-Z])[^,;:()]{{2,120}}[,.]\s+(?-i:[A-Z])[^,;:()\d]{{1,40}}
                     (?::\s|\s+(?:1[5-9]\d\d|20\d\d)(?!\d))))?""",
    re.VERBOSE,
)

# One person's name alone, for when a list reading swallows a plain title: in "Max
# Shachtman, Race and Revolution (New York…" the names are "Max Shachtman" only.
# matches "Max Shachtman", "Adorno et al."; not "the"
ONE_PERSON = lazy_compile(
    rf"""(?P<names>{PERSON})(?P<etal>,?\s+{ET_AL})?
         (?P<role>{ROLE})?""",
    re.VERBOSE,
)

# What follows a name list that really ends there: a comma, a full stop or a marked title.
# matches ", " and " *"; not " (New York", " in India", ": The Formative Period"
NAMES_END = lazy_compile(r"\s*[,.]|\s+[*_“\"‘]")

# A colon after names with no comma among them, before a title (German notes: "Leo
# Trotzki: Literatur und Revolution. Essen 1994, S. 79f."); after a comma list it is a
# plain title's subtitle ("Theodore Draper, American Communism …: The Formative Period").
# matches ": Literatur", ": „Titel", ": Über", ": 'Sexual Activity"; not ": the party", ":3"
COLON_END = lazy_compile(rf":\s+(?=[{UPPER}„“\"'‘*_])")

# Publication details written sentences after the title, before the next ";": a year where
# an imprint puts it, an address, or "Place: Publisher".
# matches "(1970)", ", 1983", "Neuwied 1983", "[Moskau] 1979" (a place the editor supplied),
# "12.3.1980" (a paper's issue by its date, DIN 5008's numeric form: "Die Zeit, 12.3.1980"),
# "https://x", "Frankfurt/Main: dtv,", Greek "Αθήνα 1975", "Αθήνα: Κέδρος,", "o. O." and "o. J."
# (no place, no year: an imprint all the same); not
# "in 1843", "Marcuse: Triebstruktur" (no comma or full stop after one to four words),
# "(German: S. 171)" (a page of another edition: a locator is no publisher), "the
# Preface (1922)" (the part's own date), "die Umfrage 2004" (a noun after an article is
# prose's: an imprint's place takes none)
# A place's word is at most 60 letters, taken possessively (what follows it, "]", a space or
# ":", never belongs to it): a slashed or dotted run of thousands ("Ab/Ab/…") was otherwise
# read again from each capital in it, quadratic in the run.
LATER_DETAILS = lazy_compile(
    r"""(?P<year>(?:(?<![Pp]reface\s)(?<![Ff]oreword\s)(?<![Aa]fterword\s)(?<![Ii]ntroduction\s)\(
                   |,\s|\.\s|(?<!\bdie\s)(?<!\bder\s)(?<!\bdas\s)(?<!\bden\s)(?<!\bthe\s)[A-Z"""
    + GREEK_CAPITALS
    + r"""][\w/.]{0,60}+\]?\s|(?<![\w.])\d{1,2}\.\s?\d{1,2}\.\s?)(?:1[5-9]\d\d|20\d\d)(?!\d))
        |(?P<url>https?://|⟨link⟩)
        |(?P<imprint>\b[A-Z"""
    + GREEK_CAPITALS
    + r"""][\w/]{1,60}+:\s+(?!(?:S|s|p|pp|σ|σσ|σελ)\.\s?\d)[\w&.-]+(?:\s+[\w&.-]+){0,3}\s*[,.)]
                    |(?<![\w.])o\.\s?[OJ]\.)""",
    re.VERBOSE,
)

# How far after a title a year of its details read on may stand (keeps the look linear).
LATER_YEAR_WINDOW = 3_000


def later_year(text: str, start: int, end: int) -> str:
    """The first year among the details read on between `start` and `end`: in German notes
    the container comes first and its year after it ("In: Merkur. 2012, S. 58", "In:
    Stasis, Vol. 4, No. 2. 2016"), so the first detail found need not hold the year."""
    end = min(end, start + LATER_YEAR_WINDOW)
    # a reprint's year is the edition cited ("[Moskau] 1979. Nachdruck: Moskau 2010", "New
    # York 1947 (Nachdruck: 1974)")
    if reprint := REPRINT_YEAR.search(text, start, end):
        return reprint.group("year")
    # one detail's end may open the next ("In: Merkur. 2012": the imprint takes the stop
    # before the year), so each search starts just after the last one's start
    while (later := LATER_DETAILS.search(text, start, end)) is not None:
        if later.group("year"):
            return later.group("year")[-4:]
        start = later.start() + 1
    return ""


# The rest of a German or English place of more than one word: "Frankfurt am Main",
# "Frankfurt an der Oder", "Freiburg im Breisgau", "Newcastle upon Tyne", and German
# abbreviations of it: "Frankfurt a. M.", "Frankfurt a.M.", "Frankfurt a. d. O."; and "u. a."
# ("und andere": an imprint's first place of several, "Berlin u. a. 1999"). Not "bei":
# "So bei Adorno 1966" is a writer's work, not a place.
# matches " am Main", " an der Oder", " upon Tyne", " a. M.", " a.M.", " u. a.", " u.a.", " a.
# M./New York" (a second place after it); not
# " am" alone, " and Marx", " a. m." (lower case), " u." alone
PLACE_ON = (  # one line: patterns that are not verbose take it too
    r"\s+(?:(?:am|an\s+der|im|upon)\s+(?-i:[A-Z])[\w.-]*|a\.\s?(?:d\.\s?)?(?-i:[A-Z])\.|u\.\s?a\.)"
    r"(?:/(?-i:[A-Z])[\w.-]*(?:\s(?-i:[A-Z])[\w.-]*)?)?"  # "Frankfurt a. M./New York"
)

# A reprint or a new edition and its year.
# matches "Nachdruck: Moskau 2010", "(Nachdruck: 1974)", "reprint, London 1990", "repr. 2005",
# "Neuausgabe Frankfurt a. M. 1966", "Neuauflage: Berlin 1990"; not "Nachdruck verboten",
# "reprinted in *Dissent*"
REPRINT_YEAR = lazy_compile(
    r"""\b(?:Nachdruck|Neudruck|Neuausgabe|Neuauflage|Reprint|reprint|repr\.)[:,]?\s+
        (?:[A-Z][\w/.-]*(?:"""
    + PLACE_ON
    + r""")?,?\s+){0,2}
        (?P<year>1[5-9]\d\d|20\d\d)(?!\d)""",
    re.VERBOSE,
)


# Marks a reading whose names stand before a colon ("Wilhelm Reich: The Mass Psychology
# …"), for `note_prose.colon_reading` to decide on with the rest of the note.
COLON_NAMES = "names before a colon"

# Splits a name list into persons.
# matches ", ", " and ", ", and ", " & ", " u. ", "/", ", und " (a translation keeps the
# serial comma: "Doug Henwood, und Christian Parenti"), ", και ", French " et ", Spanish
# " y "; not the space inside "Moshe Lewin", " et al."
# Each alternative starts where a run of spaces starts ("(?<!\s)"): the leftmost match is
# the same, and a long run is not scanned again from each of its spaces (quadratic).
PERSON_SPLIT = lazy_compile(
    rf"(?<!\s)\s*+,\s*+(?:{PERSON_AND}\s++)?|(?<!\s)\s++(?:and|&|und|u\.|και|et(?!\s+al\b)|y|[–—-])\s++|/"
    rf"|(?<=[^\W\d_])[–—](?=[{UPPER}][a-zβγδζθκλμνξπρστφχψ]?\.)"
)

# An English month's name written out, as a paper's day gives it ("21 June 1972").
MONTH_NAME = r"""(?:January|February|March|April|May|June|July|August|September|October
    |November|December)"""

# A title in Markdown emphasis or in quotes (double, or single as British journals set
# them), right where the parser stands.
# matches "*Lenin's Last Struggle*", "_Capital_", "“Critique,”", "\"Critique\"", "‘Lenin’s
# Liberalism’", "'The Moral Economy'"; not "Lenin's" (no mark), "wasn't" (an apostrophe)
MARKED_TITLE = lazy_compile(
    r"""\*{1,2}(?P<italic>[^*]+?)\*{1,2}(?!\w)
      |(?<!\w)_(?P<under>[^_]+?)_(?!\w)
      |[“"](?P<quoted>[^”"]+?)[”"]
      |«(?P<guillemet>[^«»]+?)»
      |‘(?P<single>(?:[^’]|’(?=\w))+?)’(?!\w)
      |(?<!\w)'(?P<ascii>(?:[^'\n]|'(?=\w))+?)'(?=[\s,.;:)]|$)""",
    re.VERBOSE,
)


def marked_style(title: re.Match[str]) -> str:
    """ "quoted" for a title in double or single quotes (British style), else "italic"."""
    quoted = title.group("quoted") or title.group("single") or title.group("ascii")
    quoted = quoted or title.group("guillemet")
    return "quoted" if quoted else "italic"


# A quoted title whose closing quote is missing: it runs to a bracket or emphasis, or (in a
# web copy, emphasis gone) to a paper's plain name and a date.
# matches '"Lehren aus dem Faschismus [' (title "Lehren aus dem Faschismus"), '"Discussion
# of a Paper (July', '"«Gilets jaunes» : Castaner accuse …' before ", Le Figaro, November
# 24, 2018"; not '"Critique," ' (closed: MARKED_TITLE), '"a' (too short), '"It was, he
# said, over' (no paper and date)
UNCLOSED_QUOTE = lazy_compile(
    r"""[“\"](?P<quoted>[^”\"*()\[\]]{3,200}?)\s*
        (?=[(\[*]
          |,\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4},\s+(?:\d{1,2}\s+)?
           (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?
           (?:1[5-9]\d\d|20\d\d))""",
    re.VERBOSE,
)

# A writer named after the title: "“Developing …,” by Peter Hudis, *Socialism …*", a film's
# director ("*The Weir*, directed by Joan Pike", "*The Weir*, dir. Joan Pike", Chicago
# 14.265); in Greek the genitive article says "by",
# before a name with its given name or initial ("*Η κομμουνιστική υπόθεση* του Αλαίν
# Μπαντιού").
# matches ", by Peter Hudis", " by Harold Cruse", ", directed by Joan Pike", ", dir. Joan
# Pike", " του Α.
# Μπαντιού", ", της Ρόζας Λούξεμπουργκ"; not " by the Party", ", by 1917", ", edited by Tom
# Hale" (an editor: `note_editors`), " της Θεσσαλονίκης" (no given name)
BY_AUTHOR = lazy_compile(
    rf"""(?:,?\s+|\s*+\((?=dir\.))(?:(?:(?:directed\s+)?by|dir\.)\s+(?P<names>{PERSON}(?:\s+(?:and|&)\s+{PERSON})?)
              |(?:του|της|των)\s+(?P<genitive>{GIVEN_PERSON}(?:\s+και\s+{GIVEN_PERSON})?))
        (?![\w'’-])""",
    re.VERBOSE,
)

# An imprint in brackets right after a title: "*For They Know Not …* (London: Verso, 2002)".
# matches " (London: Verso, 2002)"; not " (2002)", " (see above)"
IMPRINT_NEXT = lazy_compile(r"\s*\(\s*[A-Z][^():]{1,40}:\s[^()]{1,80}?(?:1[5-9]\d\d|20\d\d)\)")

# A corporate author: capitalised words joined by "of", "on", "and", "for", "the", "in" or
# "&", before a comma and a marked title ("World Commission on Environment and Development,
# *Our Common Future* (Oxford: …, 1987)").
# matches "World Commission on Environment and Development", "Anti-Defamation League"
# before ", *"; not "the League, *", "World Commission on" (no capital after "on")
CORPORATE = lazy_compile(
    r"""(?P<names>[A-Z][\w'’.-]*(?:\s+(?:(?:of|on|and|for|the|in|&)\s+)?[A-Z][\w'’.-]*){1,7})
        (?=,\s+[*_“\"‘])""",
    re.VERBOSE,
)

# The same before a comma and a plain title (a web copy; an imprint must vouch for the
# title: `note_work`).
# matches "World Commission on Environment and Development" before ", Our Common Future";
# not "World Commission on" (no capital after "on")
CORPORATE_PLAIN = lazy_compile(CORPORATE.pattern.replace(r"[*_“\"‘]", "[A-Z]"), re.VERBOSE)

# A title in Markdown emphasis anywhere in a note (claimed from the author-year reader).
# matches "*The Class Struggles in France, 1848 to 1850*"; not "2 * 3 * 4" (spaces inside)
EMPHASIS_TITLE = lazy_compile(r"(?<![\w*])\*(?=\S)[^*\n]+(?<=\S)\*(?![\w*])")


# A publisher, a place and a year after a title's comma, as Greek notes give them, and
# German ones ("Suhrkamp, Frankfurt am Main 1970", "Dietz, Berlin/DDR 1974").
# matches ", Κριτική, Αθήνα, 1987", ", Ελευθεριακή κουλτούρα, Αθήνα, 2007", ", Θεμέλιο, Αθήνα
# 1978", ", Suhrkamp, Frankfurt am Main 1970", ", Suhrkamp, Frankfurt/M. 1970"; not ", Race,
# Class" (no year), ", 1987"
PUBLISHER_PLACE_YEAR = rf"""(?-i:[{UPPER}])[^\W\d_]*(?:\s+[^\W\d_]+){{0,3}},\s+
    (?-i:[{UPPER}])[^\W\d_]*(?:/[^\W\d_]+\.?)?(?:\s+(?-i:[{UPPER}])[^\W\d_]*|{PLACE_ON})?,?\s+
    (?:1[5-9]\d\d|20\d\d)(?!\d)"""

# What ends a plain (unmarked) title: a bracket (a square one opens a translated title:
# "Gesammelte Briefe. [Collected Letters.]"), a comma before details, a sentence end.
# matches " (" in "Iran Between Two Revolutions (Princeton", " [" before a gloss, ", 41"
# after a short title, ", trans.", ", edited by", ", introd.", ", with an introduction by",
# ", foreword by" (Chicago 14.104), Italian and French ", trad.", ", a cura di" (edited by),
# ", op. cit.", Greek ", μτφρ."/", μετάφρ."
# (trans.), ", πρόλ." (preface), ", εισαγ." (introduction), ", τχ." (issue),
# ", εκδ." (publisher), ", σελ. 36" (also ", ιδίως σ. 36": especially), ", τόμ. 1", ", τ. 12",
# ", τ. Ι", ", τ. Β΄" and ", Α΄ τόμος" (volume), ", ό.π." (op. cit.),
# German ", Bd. 11", ", Nr. 3", ", Hg. v.", ", übers. v.", ", dt. v.", ", übersetzt von", ",
# herausgegeben von", ", aus dem Englischen von", ", 2. Aufl.", ", a.a.O.", ", aaO",
# ", ebd.", ", o. O." and ", o. J." (no place, no year), ", Frankfurt am Main 1977",
# ", Frankfurt 2000" (a German imprint), ", Suhrkamp, Frankfurt am Main 1970" (a publisher
# first), ", Frankfurt am Main (1966)" and ", Frankfurt/M. (1966)" (a place of several words
# before a bracketed year; or ending the segment with no year: ", Frankfurt am Main."), ", MEW
# 4,", ", Werke 3,", ", GS I.2," (a collected edition's volume), ". " and ". 2. Aufl." (an
# edition, also "3., erw. Aufl."; not the "a." of "Frankfurt a. M." or the "o." of "o. O."),
# ". – " (the area separator of DIN 1505-1 and ISBD: ". – Berlin : Suhrkamp"), a part of the
# work before its page, as a short form gives it (", ch. 3", ", pt. 2", ", bk. 1", ", § 3", ",
# para. 3", German ", Kap. 3", ", Teil 2", ", Abschn. 4"; a page in roman numerals ", p. xii";
# Chicago's locators after a short title, DIN 1505), a block quotation
# (",\n\n    > …"), a Greek imprint (", Κριτική, Αθήνα, 1987"), a Greek page (", σ. 36"), a
# Greek sentence's full stop (". Αθήνα: Κριτική", not an initial's: "Ο Κ. Μαρξ"),
# ", Neuwied/Berlin: " and ", Νέα Υόρκη: " (a place and a colon), ", 2η έκδ." (a Greek
# edition), a capitalised word and a colon (", Neuwied: Luchterhand"; not a subtitle of
# three words or more before an imprint's bracket: ", Trees: Abstract Models for a Literary
# History (London: Verso, 2005)"), a Greek thesis's or paper's kind (",
# αδημοσίευτη διδακτορική διατριβή", ", μεταπτυχιακή εργασία", ", εισήγηση στο συνέδριο"), a
# comma before a container in emphasis (", *New Republic*"); not the comma in "Race, Class",
# ", Class (1990)" (one word before the year), ", Class." (one word at the end), nor the
# title's own span of years before its dated bracket, or before its subtitle and imprint
# (", 1650-1720 (Rochester, 2007)", ", 1660–1750: Urban Crime … (Oxford: …)": Chicago
# 8.166's "…, 1848–1850" titles)
PLAIN_TITLE_END = lazy_compile(
    r"""\s*[(\[]
      |,\s*(?="""
    + PUBLISHER_PLACE_YEAR
    + r""")
      |,\s*(?=(?!(?:1\d|20)\d\d\s*(?:-+|–|—)\s*\d{2,4}\s*\([^()]{0,80}?(?:1[5-9]\d\d|20\d\d)[^()]{0,20}\)
                 |(?:1[5-9]|20)\d\d\s*(?:-+|–|—)\s*\d{2,4}:\s+(?-i:[A-Z])[^()]{0,150}\(
                 |(?:1[5-9]|20)\d\d\s*(?:-+|–|—)\s*\d{2,4},\s*(?:\d{1,2}(?:st|nd|rd|th)|rev\.)
                    \s+edn?\.?\s*\()\d
               |(?:(?:ιδίως|κυρίως)\s+)?(?:pp?|S|Sp|σελ|σσ?)\.\s*(?:\d|[xvil]+\b)|[xvil]+\b
               |(?:ch|chapter|pt|part|bk|book|sec|section|para|kap|kapitel|teil|tl|abschn|abt)
                  \.?\s*(?:\d|[ivx]+\b)|§
               |(?:trans|eds?|vol|no|in|available|accessed|chap|edited|translated|directed|dir|op|loc
                  |introd|intro|trad|(?-i:exh\.\s?cat)|a\s+cura\s+di|(?:with\s+an?\s+)?(?:introduction|foreword
                  |preface|afterword)\s+by
                  |μτφρ|μτφ|μετ|μετάφρ|μετάφραση|σε\s+μετάφραση|πρόλ|πρόλογος|εισαγ|εισαγωγή|εκδ|εκδόσεις|επιμ|επιμέλεια|στο|τόμ|τχ|κεφ|[όο]\.\s?π|τ(?=\.\s*(?:\d|[IVXΙ]{1,4}\b|[Α-Ω]{1,2}[΄'’]))|τεύχος|bd|band|nr|hg|hrsg
                  |übers|dt|aufl|ebd|a\.\s?a\.\s?o|aao|o\.\s?[oj]
                  |(?:übersetzt|herausgegeben|aus\s+dem\s+[a-zäöü]+)\s+von)\b\.?)
      |,\s*(?=[Α-Ω]{1,2}[΄'’]\s+(?:τόμος|έκδ)|\d{1,2}η\s+έκδ)
      |,\s*(?=(?-i:["""
    + GREEK_CAPITALS
    + r"""])[\w./]*(?:\s+(?-i:["""
    + GREEK_CAPITALS
    + r"""])[\w./]*){1,2}\s*:\s)
      |,\s*(?=(?:αδημοσίευτη\s+)?(?:διδακτορική|μεταπτυχιακή|διπλωματική|πτυχιακή)\s+
               (?:διατριβή|εργασία)|εισήγηση\s)
      |,\s*(?=[A-Z"""
    + GREEK_CAPITALS
    + r"""][\w./]*(?:\s+[A-Z][\w./]*)*\s*:\s)
          (?!(?-i:[A-Z])[^():]{0,80}:\s+(?:[^\s():]+\s+){3}(?:(?!1[5-9]\d\d|20\d\d)[^()]){0,200}
              \([^():]{1,60}:\s*[^()]{1,100}?(?:1[5-9]\d\d|20\d\d)[^()]{0,20}\))
      |,\s*(?=(?-i:[A-Z"""
    + GREEK_CAPITALS
    + r"""])[\w/.-]*(?:\s+(?-i:[A-Z])[\w/.-]*|"""
    + PLACE_ON
    + r""")?\s+(?:1[5-9]\d\d|20\d\d)(?!\d))
      |,\s*(?=(?-i:[A-Z]{2,5}|Werke|(?:Gesammelte|Ausgewählte|Sämtliche)\s+(?:Werke|Schriften))
              \s+(?:Bd\.\s*)?(?:\d{1,3}|(?-i:[IVX]{1,4}))(?:\.\d{1,2})?(?![\d.]*\d)\s*[,:.])
      |,\s*(?=(?-i:[A-Z])[\w.-]*(?:/[\w.]+|"""
    + PLACE_ON
    + r""")\s*\((?:1[5-9]\d\d|20\d\d)\))
      |,\s*(?=(?-i:[A-Z])[\w.-]*"""
    + PLACE_ON
    + r"""\s*(?:[.;]\s*)?$)
      |,\s*(?=[*_](?=\w))
      |(?<!\s(?-i:[ao]))\.\s+(?=[A-Z]|\d{1,2}\.,?\s*(?:[a-zäöü]+\.?,?\s+){0,4}aufl|[–—]\s)|\.?$|;\s
      |(?<!(?-i:[\s.][Α-Ω]))\.\s+(?=(?-i:["""
    + GREEK_CAPITALS
    + r"""]))
      |[,:]?[ \t]*\n\s*>""",
    re.VERBOSE | re.IGNORECASE,
)

# A German edition, its number before "Aufl." and perhaps words describing it.
# matches "2. Aufl.", "3. Auflage", "2. überarb. Aufl.", "4., erw. u. überarb. Auflage"; not
# "2. Mai", "Aufl." alone
GERMAN_EDITION = r"\d{1,2}\.,?\s*(?:[a-zäöü]+\.?,?\s+){0,4}Aufl(?:age|\.)?"

# A German imprint: a place and a year, no publisher, after a comma or a full stop (and
# the volume or the edition: ", Bd. 11, Frankfurt/M 1987", ". 2. Aufl., Berlin 1990").
# matches ", Frankfurt 2000" (before ": 41"), ". Essen 1994" (before ", S. 79f"), ", New York
# 2009", ", Bd. 11, Frankfurt/M 1987", ", Frankfurt am Main 1977", ", Reinbek 1993" (before "
# (frz. 1943)", the original's), Greek ", Αθήνα 1978"; not
# ", December 1917", ", Spring 2012", ". Mai 1969", ", Νοέμβριος 2012" (dates, English, German
# or Greek), ", 1994" (no place)
PLACE_YEAR_IMPRINT = lazy_compile(
    r"""(?:[,.]\s*(?:(?:Bd|Band|Vol|vol|Nr|Heft)\.?\s*[\dIVX]{1,4}(?:\.\d{1,2})?
                 |"""
    + GERMAN_EDITION
    + r"""))?
        [,.]\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mai|Mär|Okt|Dez
                  |Spring|Summer|Autumn|Fall|Winter)[a-z]*\.?\s|(?i:"""
    + GREEK_MONTHS
    + r""")\s)
        (?P<place>[A-Z"""
    + GREEK_CAPITALS
    + r"""][\w/.-]*(?:\s+[A-Z"""
    + GREEK_CAPITALS
    + r"""][\w/.-]*|"""
    + PLACE_ON
    + r""")?)\s+(?P<year>1[5-9]\d\d|20\d\d)
        (?=\s*(?:[:,.;)([]|$))""",
    re.VERBOSE,
)

# A publisher, a place and a year anywhere in the details, as Greek notes write an imprint
# (the year after the place with or without a comma; a volume or a translator before it).
# matches ", Θεμέλιο, Αθήνα 1978", ", εκδ. Σύγχρονη Εποχή, Αθήνα, 2002"; not ", Αθήνα 1978" (no
# publisher: `PLACE_YEAR_IMPRINT`), ", Race, Class" (no year)
PUBLISHER_PLACE_IMPRINT = lazy_compile(
    r",\s*(?:εκδ\.\s*)?(?="
    + PUBLISHER_PLACE_YEAR
    + r")(?P<publisher>[^,]+),\s+(?P<place>[^,\d]+?),?\s+"
    r"(?P<year>1[5-9]\d\d|20\d\d)",
    re.VERBOSE,
)

# A year of publication, not inside a longer number.
# matches "1982", "2015"; not "19745", "1234"
YEAR = lazy_compile(r"(?<!\d)(?P<year>1[5-9]\d\d|20\d\d)(?!\d)")

# A URL, bare or in angle brackets, or where a Markdown link's (masked) target stood.
# matches "http://www.marxists.org/a/b.htm", "www.jpost.com/x", "⟨link⟩"; not "marxists.org"
URL = lazy_compile(r"(?:https?://|www\.)[^\s<>)\]]+|⟨link⟩")

# A place and publisher before a year, inside an imprint's brackets.
# matches "Ann Arbor: University of Michigan Press, 2005", "New York: Continuum, 1973";
# not "S. Fischer, 1996" (no place)
IMPRINT = lazy_compile(
    r"""(?P<place>[A-Z][^:();]*?)\s*:\s*(?P<publisher>[^:();]+?),?\s+
        (?P<year>1[5-9]\d\d|20\d\d)""",
    re.VERBOSE,
)

# A journal's volume (and issue) then the date in brackets.
# matches " 30 (April 1965)", " 12, no. 3 (1998)", " vol. 4, no. 2 (Spring 2012)",
# ", No. 5 (1989)";
# not " (1998)" (no volume), ", vol. 6 (New York: International Publishers, 1976)" (a book's
# volume: an imprint, not a date), ", 44 (first published 1921)" (a page, then the work's
# history: no issue's date names an edition)
# The leading spaces are possessive: a masked link leaves a run of spaces in a note, and
# backtracking between two optional runs was cubic in its length.
JOURNAL_VOLUME = lazy_compile(
    r"""\s*+,?\s*+(?:(?:vol|no)\.\s*+)?(?P<volume>\d+)(?:\s*,\s*no\.\s*(?P<issue>\d+))?
        \s*\((?![^()]{0,40}?\b(?:published|first|orig|repr|reprinted|edition|written|trans)\b)
        (?P<date>[^():]*?(?P<year>1[5-9]\d\d|20\d\d)[^():]*)\)""",
    re.VERBOSE | re.IGNORECASE,
)

# The months' names in Spanish, French, Italian and Portuguese, which write them in lower
# case ("23 mayo 2016", "12 mai 2016", "3 de marzo de 2016", "5 maggio 2016").
ROMANCE_MONTH = r"""(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|setiembre
    |octubre|noviembre|diciembre|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t
    |septembre|octobre|novembre|d[ée]cembre|gennaio|febbraio|aprile|maggio|giugno|luglio
    |settembre|ottobre|dicembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro
    |outubro|dezembro)"""

# A date in running text: "November 19, 2015", "29 July 2015", "April 2012", and a
# newspaper's run of days: "December 9-10 1842", "9–10 December 1842"; in Spanish, French,
# Italian and Portuguese, "23 mayo 2016", "3 de marzo de 2016", "12 mai 2016".
# matches "November 4, 2015", "16 April 2012", "December 9-10 1842", "September, 1843",
# "23 mayo 2016", "3 de marzo de 2016", "1er mai 2016"; not "2015" alone, "remai 2016"
DATE = lazy_compile(
    r"""(?:(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+)?
        (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?
        (?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?,?\s+
      |(?:\d{1,2}(?:º|°|er)?\s+(?:de\s+)?)?(?<!\w)(?i:{ROMANCE_MONTH})\s+(?:de\s+|del\s+)?)
        (?P<year>1[5-9]\d\d|20\d\d)(?!\d)""".replace("{ROMANCE_MONTH}", ROMANCE_MONTH),
    re.VERBOSE,
)

# The writer's remark on a quotation after its page: it ends the citation, no work of its own.
# matches ", emphasis added", " (emphasis in original)", " (emphasis mine)", ", my
# translation", " (translation mine)", ", italics in original", German " (Hervorhebung im
# Original)", ", Hervorh. d. Verf.", " (eigene Übersetzung)"; not "emphasis added" with no
# page before it (`PAGES` needs the page), ", my emphasis on labour"
REMARK = r"""(?:\s*[,;]\s*|\s*\(\s*)
    (?i:(?:emphasis|italics)(?:\s+(?:added|mine|in\s+(?:the\s+)?original))?
       |(?:my|our)\s+(?:emphasis|italics|translation)|translation\s+(?:mine|ours|modified)
       |(?:hervorh(?:ebung(?:en)?|\.)|herv\.)\s+(?:im\s+original|i\.\s?o\.?|d\.\s?verf\.?
          |von\s+mir|hinzugefügt)|eigene\s+übersetzung|übers\.\s+d\.\s?verf\.?)
    \)?(?=\s*[.;]?\s*$)"""

# Greek "and following" after a page (Greek "ff."): "κ.ε." / "κ. ε." (και εξής), "κ.εξ.",
# "επ." (επόμενες). matches "κ.ε.", "κ. ε", "κ.εξ.", "επ."; not "και", "επί"
GREEK_FOLLOWING = r"(?:κ\.\s?εξ?|επ)(?:\.|(?=\s*[;,]|\s*$))"

# The pages at the end of a citation, with the writer's remark after them; a note on a page
# closed up to it (Chicago 14.54: "41n12", "41nn3-4").
# matches ", 23." "; 345-46", ", p. 57", ", pp. 3--57", " S.365", ", S. 41f.", ", Sp. 44"
# (German: a column), ", xlvi.",
# ", 41, emphasis added.", ", 41n12.", ", σελ. 92, 118" (Greek), ", S. 41 ff." (German, its
# "ff." apart after "S." only), ", σ. 45 κ.ε." (Greek "and following"); not ", 1982)",
# ", 41st", ", 45 ff."
# Spaces from a run's first one, possessively, as in `JOURNAL_VOLUME`: a masked link's
# padding made this cubic.
PAGES = lazy_compile(
    rf"""(?:,|(?<![\t\x20])\s)\s*+(?P<pages>Sp?\.\s*+\d+\x20ff?\.?|(?:pp?\.|Sp?\.|σσ?ελ\.|{GREEK_PAGES_MARK}|σ\.)?\s*+(?:\d+(?:ff?\.?|nn?\d+(?:(?:-+|–)\d+)?)?|[xvil]+)
        (?:\s*(?:-+|–|—)\s*\d+)?(?:\s++{GREEK_FOLLOWING})?
        (?:\s*,\s*\d+(?:\s*(?:-+|–)\s*\d+)?)*(?:\s*,?\s*nn?\.\s*\d+)?)(?:{REMARK})?
        \s*[.;]?\s*$""",
    re.VERBOSE,
)

# "Ibid." and its kin at a segment's start (German "Ebd.", Latin "ibidem", Greek "Στο
# ίδιο"), also in emphasis as older styles set it. Greek "Ό.π." is op. cit., alone too
# (`note_greek_backrefs`).
# matches "Ibid.", "ibid", "Ibidem", "ebd.", "Ebenda,", "*Ibid*.", "*Ibid.*", "_ibid._", "Στο
# ίδιο,"; not "Ibidaba", "Ebendiese", "Ό.π." (op. cit.)
IBID = lazy_compile(
    rf"[*_]{{0,2}}(?i:ibid(?:em)?|ebd|ebenda|{GREEK_IBID})\b[*_]{{0,2}}\.?[*_]{{0,2}},?"
)

# "Idem" / "Id." (the same author as before) at a segment's start, also in emphasis.
# matches "Idem,", "Id.", "*Idem*,", Greek "Ο ίδιος,"; not "Identity"
IDEM = lazy_compile(rf"[*_]{{0,2}}(?:Idem|Id\.|{GREEK_IDEM})[*_]{{0,2}}(?!\w)")

# "op. cit." and "loc. cit.", after a name or a title.
# In italics too, as older styles set it ("*op. cit.*").
# German "a.a.O." ("am angegebenen Ort") and Greek "ό.π." ("όπου παραπάνω") are op. cit.;
# German also writes it without stops, "aaO" (Duden's list of abbreviations; legal style).
# matches "op. cit.", "op cit", "loc. cit.", "*op. cit.*", "_loc. cit._", "a.a.O.", "a. a. O.",
# "aaO", "aaO.", "ό.π.", "ό. π.", "όπ. π."; not "opcit", "a.a.Ort", "όπως", "AAO", "aaOx"
OP_CIT = lazy_compile(
    r"""[*_]{0,2}(?:\b(?i:(?P<op>op)|(?P<loc>loc))\.?\s+cit\b\.?
                  |\b(?P<aao>a\.\s?a\.\s?O\.|aaO(?![\w-])\.?|(?i:[όο])π?\.\s?π\.))[*_]{0,2}""",
    re.VERBOSE,
)

# Words that open a segment but belong to no citation: cues and connectives, and the
# writer's own work ("See my “Title,” …": a work the note gives without an author).
# matches "See also ", "Cf. ", "Cf., ", "Cf. also ", "See, inter alia, ", "See, e.g., ",
# "Quoted in ", "For example, see ", "See also my article on ", "For example, " (before a name), a
# Chicago lead-in of a few words before ", see" and a writer's name ("For a discussion, see "
# before "Joan Pike", "On this point, see ", "For more on the strike of 1905, see ", with no
# article: "For details on the port, see ", "On 4 May 1921, see "; but "For
# the tides, see *Salt Roads*, vol. 2." is prose naming a work),
# "Chapter four of " (a part of the work), "The film is " and "The source is " (a sentence
# naming the work before it), "as referred to in ", a participle before "in"
# ("Reported in ", "Reproduced in ", "Excerpted in ", "Discussed in "); German "Auch in: ",
# "Ebenfalls in: ", "Wieder abgedruckt in: " (as "Also in", "reprinted in");
# German "Vgl. ", "Siehe z.B. ", "Vgl. hierzu ", "Siehe dazu ausführlich ", "Vgl. meinen
# Aufsatz ", "Siehe auch meine Studie über ", "Vgl. unseren Beitrag in " (the writer's own
# work, as "see my"), "zit. nach ",
# "zit. n. ", "zit. auch in: ", "So etwa ", "Dazu: ", "Ausführlich dazu: ", "and, " (a list's
# last work); French "Voir, par exemple, ", "Voir aussi "; Spanish "Véase también ", "Ver ";
# not "Seeley, ", "Verso, ", "Voirie ",
# "Cfx", "For examples", "Chapter IV. " (a heading), "Siehen", "For a discussion see" (no
# comma: a lead-in is set off by one), "On the mills of a long river valley in the north, see"
# (more than seven words: a sentence), "Dazu ausführlich unten" (no
# colon: prose), "Sonst"
# The short cue words that put a work right after them: "see", "see also", "cf.", "compare".
# matches "See", "see also", "Cf.", "compare"; not "seen", "cf" without its stop
CUE_WORD = r"(?i:see(?:\s+also)?|cf\.|compare)(?!\w)"

CUE = lazy_compile(
    r"""(?:(?:for\s+(?:example|instance|more\s+on\s+this)|e\.g\.|also|and|auch(?=\s+in\b)
          |ebenfalls(?=\s+in\b)
          |(?:for|on)\s+(?:(?:a|an|the|this|these|that|more|further)(?:\s+[\w'’-]+){0,6}
                          |[\w'’-]+(?:\s+[\w'’-]+){0,5})(?=,\s+see\s+(?-i:[A-Z]))
         )[,:]?\s+)?
        (?:(?:see(?:\s+also)?(?:,?\s+(?:for\s+(?:example|instance)|e\.g\.|inter\s+alia)[,:]?)?
              (?:\s+(?:my|our)(?:\s+(?:article|essay|book|review|piece|chapter|discussion))?
                 (?:\s+(?:on|in|of))?)?
           |compare|citing|quoting|quoted\s+in|qtd\.\s+in|cited\s+in|as\s+quoted\s+in|as\s+well\s+as
           |(?:as\s+)?referred\s+to\s+in
           |(?:chapter|part|section|book)\s+(?:\d+|[ivxlc]+|[a-z]+)\s+of
           |the\s+(?:film|book|novel|documentary|pamphlet|memoir|source|play)\s+is(?=\s+[*_“"‘A-Z])
           |reprinted\s+in|originally\s+in|translated\s+in|wieder\s*abgedruckt\s+in
           |(?:reported|reproduced|excerpted|discussed|summari[sz]ed|mentioned|described
              |analy[sz]ed)\s+in
           |in|from)(?!\w)
         |cf\.?(?:\s+also)?(?!\w)
         |(?:voir|v[ée]ase|ver)(?:\s+(?:aussi|également|también|además))?
          (?:,?\s+(?:par\s+exemple|notamment|por\s+ejemplo|entre\s+otros))?(?=[,:\s])
         |and(?=,\s)
         |(?:siehe|vgl\.)(?:\s+(?:auch|dazu|hierzu|etwa|z\.\s?B\.|insbesondere|ausführlich
                               |näher|ferner|beispielsweise|u\.\s?a\.|ebenso|exemplarisch)){0,2}
          (?:\s+(?-i:(?:mein|unser)(?:en|e)?
                     (?:\s+(?:Aufsatz|Artikel|Beitrag|Essay|Buch|Text|Vortrag|Rezension
                            |Besprechung|Studie|Kapitel|Kommentar))?
                     (?:\s+(?:über|zu|in))?))?
          (?=[,:\s])
         |so\s+(?:etwa|z\.\s?B\.|bereits|schon|auch|beispielsweise)(?=[,:\s])
         |(?:(?:ausführlich|näher|grundlegend|kritisch)\s+)?(?:dazu|hierzu)
          (?:\s+(?:auch|etwa|ausführlich|näher|grundlegend|insbesondere))?(?=\s*:)
         |(?:hier\s+)?(?:zit\.|zitiert)\s+(?:auch\s+)?(?:(?:nach|in)\b|n\.)
         |(?:und|sowie|oder|ferner|außerdem|zudem|s\.\s+(?:auch|a\.)|näheres\s+bei
            |(?:mehr|weiteres)\s+(?:dazu\s+)?bei)
          (?:\s+(?:vgl\.|siehe)(?:\s+(?:auch|dazu|hierzu|etwa))?)?
          (?=\s+(?:(?-i:[A-ZÄÖÜ„»‚“"*_])|(?:ders|dies)\.))
         |(?:(?:ausführlich|näher|grundlegend|kritisch)\s+(?:dazu|hierzu)
            |(?:dazu|hierzu)\s+(?:ausführlich|näher|grundlegend|kritisch|auch|etwa))
          (?=\s+(?:(?-i:[A-ZÄÖÜ])|(?:ders|dies)\.))
         |"""
    + GREEK_ALSO_IN
    + "|"
    + GREEK_CUE
    + "|"
    + GREEK_IN
    + "|"
    + GREEK_QUOTED_IN
    + r"""
         |also(?=\s+(?-i:[A-Z„“"*_]))
         |(?:for\s+(?:example|instance)|e\.g\.)(?=[,:\s]))[,:]?\s*""",
    re.VERBOSE | re.IGNORECASE,
)

# A German work's writer after a connective of a list of works ("…, Berlin 1999, sowie Lena
# Kramer: Das Ende …"): a person with given names (or a surname, a comma and given names)
# then the colon, or a comma and a marked title. Bounded runs: the names are a few words.
# matches "Lena Kramer: D", "Kramer, Lena (2003): D", "Lena Kramer, „D", "Lena Kramer, D",
# "L. Kramer: D", "ders.: D", "dies. (2003): D" (the same writer); not "Berlin: Dietz" (no
# given name), "Lena Kramer sagte", "die Kritik: D"
GERMAN_NEXT_WRITER = rf"""(?-i:(?:{GIVEN_PERSON}|{NAME_WORD},\s+{GIVEN}(?:\s+{GIVEN}){{0,2}}
                            |(?:ders|dies)\.)
                         (?:\s*+\((?:Hg|Hgg|Hrsg)\.\))?(?:\s*+\(\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\s*\))?
                         (?::\s+[{UPPER}„»‚“"*_]|,\s+[{UPPER}„»‚“"*_]))"""

# A German short form whose title a web copy left plain, after "und" or "sowie" that
# follow the pages of the work before (also after "f.", marked: "S. 12 f. und Hale,
# *Fluss*, S. 5"): a surname, a comma, a title of capitalised first word with no comma,
# bracket or quote in it, then a comma and "S." and a page ("…, S. 12 sowie Hale, Die alte
# Stadt am Fluss, S. 5."). Bounded runs.
# matches "Hale, Die alte Stadt, S. 5", "Hale, Fluss, S. 5 f.", "Hale, *Fluss*, S. 5";
# not "Berlin, Dietz 1990, S. 5" (a year), "Hale, der die Stadt kennt, S. 5" (lower case),
# "Hale, Die Stadt, Berlin 1990" (no page), "Hale sagt, S. 5"
GERMAN_PLAIN_SHORT_FORM = rf"""(?-i:{NAME_WORD},\s++[*_]?[{UPPER}]
    [^,;:()\[\]*_“”„\"\d]{{0,80}}+[*_]?,\s*+Sp?\.\s*+\d)"""

# A web copy's plain title running, with no sentence end or bracket inside it, to an
# imprint in brackets "(Place: Publisher, Year)": after a writer it names a work as a marked
# title would ("The argument is taken further in Tomas Reiner, Quiet Harbours and Iron Roads
# (London: Dale, 1999)", "…, 1971) and Rose, Quiet Harbours (London: Dale, 1978)").
# matches "Quiet Harbours and Iron Roads (London: Dale, 1999)", "Five year mission: A
# Party, (Oxford: Dale, 2015)"; not "Leeds (1999)", "the town's historian (London: Dale)"
# (lower case, no year), "Quiet Harbours. Iron Roads (London: Dale, 1999)" (a sentence end)
PLAIN_TITLE_TO_IMPRINT = r"""(?-i:[A-Z])[^.;!()\[\]“”\"*_]{0,150}+
    \(\s*+(?-i:[A-Z])[^():]{1,40}+:\s[^()]{1,80}?(?:1[5-9]\d\d|20\d\d)\)"""

# The next work's opening after a joiner ("and", "und", "sowie", "και", a dash, a spaced "·")
# that follows
# a work's pages, year or closing bracket: a person with given names (and a co-author), then
# a comma and a title (marked, or a capital), a full stop and a marked title, or a colon
# (German); or a surname alone, then a comma or colon and a marked title, or a comma and a
# plain title running to its imprint's bracket (a web copy); or an inverted name (a
# bibliography's "Surname, Given", perhaps "et al."), then a comma and a marked or quoted
# title opening with a capital or a digit, or a plain one to its imprint, or its year in
# brackets and a colon (DIN 1505, APA in German notes). Bounded runs.
# matches "Cornelius Castoriadis, *W", "Jan Doe and Eva Roe, “T", "Jan Doe. *T", "Jan Doe:
# D", "Β. Λένιν, «Τ", "Doe, *T", "Doe, Quiet Harbours (London: Dale, 1978)", "Doe, Jan,
# “T", "Doe, Jan Q., et al., *T", "Doe, J. (1984): A"; not "Paris, France (1968): the" (lower
# case after the colon), 'Paris, France, “a city”', "London, Verso, 2001" (no title), "Paris,
# Gallimard" (a surname alone before a plain title without its imprint), "Doe disagrees",
# "New Left Review 12", "Jan Doe, in", "Paris: Maspero" (a place: no given name, no marked
# title)
NEXT_WORK = rf"""(?-i:{GIVEN_PERSON}(?:\s+(?:and|&|und|και)\s+{PERSON})?
                     (?:,\s+[“\"‘«„*_{UPPER}]|\.\s+[“\"‘«„*_]|:\s+[“\"‘«„*_{UPPER}])
                    |{NAME_WORD}(?:\s+(?:and|&|und|και)\s+{NAME_WORD})?[,:]\s+[“\"‘«„*_]
                    |{NAME_WORD}(?:\s+(?:and|&)\s+{NAME_WORD})?,\s+{PLAIN_TITLE_TO_IMPRINT}
                    |{NAME_WORD},\s+{GIVEN}(?:\s+{GIVEN}){{0,2}}(?:,?\s+et\s+al\.)?
                     (?:,\s+[“\"‘«„*_]{{1,2}}[{UPPER}\d]|,\s+{PLAIN_TITLE_TO_IMPRINT}
                       |\s*+\(\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\s*\)\s*+:\s++[{UPPER}„“\"‘*_]))"""

# "op. cit." and its German and Greek forms after a surname: a short form of its own ("…,
# S. 12, und Kellner, a.a.O., S. 77" cites two works, not an op. cit. of the first).
# matches "op. cit.", "loc. cit.", "a.a.O.", "a. a. O.", "aaO", "ό.π."; not "op", "opus"
OP_CIT_WORDS = r"""(?:(?i:op|loc)\.?\s++cit\b|a\.\s?a\.\s?O\.|aaO(?![\w-])|(?i:[όο])\.\s?π\.)"""

# Where one cited work ends and the next starts inside a segment: "quoted in", "see also",
# ", and" before another title ("Adorno, “Progress” (1962), and “Critique” (1969)"), or,
# after a work's closing bracket or its pages, before another author and title ("… (New
# York: Carroll & Graff, 2007), and Emanuele Ottolenghi, *Under a Mushroom Cloud* (London:
# …)", "…, 45--47, and Perry Anderson, Lineages of …").
# "Also see" after an address opens the next work ("… online at ⟨link⟩ Also see “The
# Legacy …” in *Platypus Review* 38 (August 2011)": a URL ends no sentence with a stop).
# A title and its year after a work's closing bracket and " and" is the same author's next
# work ("*Iran Between Two Revolutions* (1982) and *The Iranian Mojahedin* (1992)").
# matches ", quoted in ", " quoted in ", ", zit. nach " (German), " Also see ", ", and “", "), and
# Emanuele Ottolenghi, *", "47, and Perry Anderson, L", "28, and Fathiyeh Naghibzadeh and
# Andreas Benl, “" (two co-authors), "1978, και Β. Ι. Λένιν, *" (Greek "και": and; "καθώς
# και", "όπως και": as well as), "σ. 12
# και Δ. Σωτηρόπουλος, Η" (Greek puts no comma before "και": a page or year, then a person
# with an initial and a title; not "1978 και Αθήνα, Κέδρος"), ") and
# *The Iranian Mojahedin* (1992)", ")
# and The Iranian Mojahedin (1992);", ", as well as Karen" (a second work after the first's
# details), ", quoting *Capital*", ", citing Cole" (the work the first quotes); not ", as
# well as the", ") and *Telos* 12 (2000)" (a journal's volume), ") and the book
# (1992)" (lower case), "in" alone, ", and the", "), and the *Guardian*", " also seen", "Horkheimer,
# and Pollock, *Studies*" (a list of authors). Also ", as referred to in " (as "cited in").
# German " sowie " and " und " after a page before a web copy's plain short form ("S. 12
# sowie Hale, Die alte Stadt, S. 5"; `GERMAN_PLAIN_SHORT_FORM`).
# A translation's cue after a page or an imprint's bracket and a comma, before a marked
# title (Chicago 14.109-110: the translation, a second publication of the same work, may
# follow after a comma as after ";"): ", translated as *The Day*", ", English translation
# *The Day*", ", dt.: „Der Tag“"; not ", trans. Ann Bell" (a translator), ", English
# translation mine", ", dt.: Berlin" (a plain word: the web copy keeps its one segment).
# "see:" with its colon ("…, chiefly see: Tomas Vell, Harbour Lights (1999)"): prose does
# not write it, a lead-in to the works does, however many words come before it; in lower
# case, since "See:" inside a sentence is a title's ("*Wait and See: Harbours*").
# The spaces before a cue start at a comma or at a run's first space, possessively: a
# masked link's padding is a long run, and trying each of its spaces was cubic.
SEGMENT_CUE = lazy_compile(
    rf"""(?:,|(?<![\t\x20]))\s++(?=(?:as\s+)?(?:quoted|qtd\.|cited|referred\s+to)\s+in\b|see\s+also\b|also\s+see\b
                |(?-i:see(?:\s+also)?):\s
                |{GREEK_QUOTED_IN}
                |(?:hier\s+)?(?:zit\.|zitiert)\s+(?:auch\s+)?(?:(?:nach|in)\b|n\.))
        |,\s+(?=as\s+well\s+as\s+(?-i:[{UPPER}]))
        |(?<=[\d)\]]),\s++(?=(?:{ENGLISH_CUE}|(?-i:dt\.|deutsch)\s*+:)\s*+[*_“"„«‘])
        |,\s+(?=(?:quoting|citing)\s+(?:[“\"‘*_]|(?-i:[{UPPER}])))
        |,\s+(?=(?:and|und|sowie|και)\s+[“\"‘*_„»])
        |(?<=[\d)*_”»]),\s+(?=(?:and|και)\s+(?-i:[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*){{0,3}})
                         (?:\s+and\s+(?-i:[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*){{0,3}}))?,\s+
                         (?:[“\"‘*_]|(?-i:[{UPPER}])))
        |(?<=\d)\s++(?=και\s+(?-i:(?:[{GREEK_CAPITALS}A-Z][^\W\d_]?\.[\s-]?){{1,3}}\s?[{GREEK_CAPITALS}A-Z][\w-]+
                                 |[{GREEK_CAPITALS}A-Z][\w-]+(?:\s[{GREEK_CAPITALS}A-Z][^\W\d_]?\.){{1,3}}),\s+
                         (?:[«“\"*_]|(?-i:[{UPPER}])))
        |(?<=[\d).]),?\s++(?=(?:und|sowie|oder)\s+{GERMAN_NEXT_WRITER})
        |(?<=[\d.]),?\s++(?=(?:und|sowie)\s+{GERMAN_PLAIN_SHORT_FORM})
        |,\s++(?=(?:und|sowie|oder)\s+(?-i:(?:{NAME_WORD},\s+{GIVEN}(?:\s+{GIVEN}){{0,2}}|(?:ders|dies)\.)
                                      (?:\s*+\((?:Hg|Hgg|Hrsg)\.\))?
                                      \s*+\(\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\s*\)\s*+:))
        |(?<=[\d)\]]),?\s++(?=(?:and|und|sowie|(?:καθώς\s+|όπως\s+)?και|[–—·])\s++{NEXT_WORK})
        |(?<=[\d)\]]),?\s++(?=(?:and|und|sowie|(?:καθώς\s+|όπως\s+)?και)\s++(?-i:{NAME_WORD}),?\s++{OP_CIT_WORDS})
        |(?<=\))\s+(?=(?:and|και)\s+(?:[*_“\"‘«][^*_”\"’»()]{{2,200}}[*_”\"’»]
                              |(?-i:[{UPPER}])[^()*_“”\";,.]{{2,120}}?)
                          \s*\(\s*(?:1[5-9]\d\d|20\d\d)\s*\)\s*(?:[.;,]|$))""",
    re.IGNORECASE | re.VERBOSE,
)

# An inverted name's surname, with the particles before it in lower case (Chicago 8.5: "de
# Beauvoir, Simone", "van der Berg, Anna"). A capitalised "La", "Le" or "Des" opens a
# place as often ("La Paz, Bolivia", "Des Moines, Iowa"), and two capitalised words are a
# place or a given-first person as often as a compound surname ("New York, Dale", "Karl
# Marx, Capital"): neither is taken.
# matches "Vell", "de Beauvoir", "van der Berg", "d’Alembert"; not "La Paz", "de"
INVERTED_SURNAME = (
    rf"""(?:(?:{PARTICLE_WORDS})\s++|(?:d|dell)['’]){{0,{MAX_PARTICLES}}}{NAME_WORD}"""
)

# A person given first in a list after an inverted first author: no whole given name with a
# full stop (`GIVEN_ON`), which ends a bibliography entry's names ("…, Harbour Lights and
# Other Stories. Leeds: …" is a title and an imprint, not a person "Other Stories. Leeds").
_LISTED_PERSON = rf"(?:{GIVEN_ON}{AFTER_GIVEN}){{1,3}}(?:{NOTE_PARTICLE}){{0,3}}{NAME_WORD}"

# An inverted first author, as a bibliography writes it: "Surname, Given" (then a title).
# matches "Neumann, Franz L.", "Adorno, Theodor W., et al.", "Benjamin, Walter",
# "Horkheimer, Max, and Theodor Adorno (25. 10. 1939)", "Arato, A. & Breines, P. (1979)",
# "Adorno, Theodor W./Horkheimer, Max" (German), "Negt, Oskar; Kluge, Alexander" (DIN 1505),
# "Pike, Joan/Hale, Tom/Cole, Ruth" (up to four inverted, German), "Vell, Tomas, Anna Roe,
# and Ruth Hale" (Chicago 14.76: the first inverted, two or three more given first; not
# before an imprint's sentence, "Vell, Tomas, Harbour Lights and Other Stories. Leeds:
# Dale": a web copy's plain title),
# "Marcuse, H. (2007)" before ": 33 Thesen" (a
# numeral title after the colon), "Negt, Oskar (Hrsg.)" (an editor) before ": Aktualität",
# "Adorno, Theodor W. 1966" before ": Negative Dialektik" (the year without brackets),
# "Adorno, Theodor W. [1951] (2001)" (the original's year first, in square brackets);
# not "Moshe Lewin", "Lenin, *Collected Works*"
INVERTED_NAMES = lazy_compile(
    rf"""(?P<names>{INVERTED_SURNAME}),\s+(?P<given>(?:{GIVEN_ON}\s+){{0,2}}{GIVEN})
         (?P<more>(?:,\s++{_LISTED_PERSON}){{1,2}}+,?\s+{PERSON_AND}\s+{_LISTED_PERSON}
               (?!\.\s++[{UPPER}][\w/]{{1,60}}+:\s)
             |(?:,?\s+{PERSON_AND}\s+|\s*[/;]\s*)
             (?:(?P<more_surname>{NAME_WORD}),\s+{GIVEN}(?:\s*{GIVEN}){{0,2}}|{PERSON})
             (?P<third>(?:\s*+[/;]\s*+{NAME_WORD},\s+{GIVEN}(?:\s*{GIVEN}){{0,2}}){{1,2}})?)?
         (?P<etal>,?\s+{ET_AL})?
         (?P<role>\s*\((?:Hg|Hgg|Hrsg|eds?)\.\))?
         (?:(?:\s*+\[\s*(?:1[5-9]\d\d|20\d\d)\s*\])?
            \s*\((?P<original>[^()]{{0,12}}?(?:1[5-9]\d\d|20\d\d)[^()]{{0,12}})\)
           |\s+(?:1[5-9]\d\d|20\d\d)[a-z]?(?=:\s))?
         (?=(?<=\.)\s*[*_“"‘{UPPER}]|\s*[,.:]\s*[*_“"‘{UPPER}]|\s*:\s*\d{{1,3}}\s+[{UPPER}])""",
    re.VERBOSE,
)

# An inverted name standing alone as a bibliography-style note's first sentence.
# matches "Marx, Karl", "Healey, Dan", "Lenin, V. I"; not "Marx, *Capital*"
NAME_SENTENCE = lazy_compile(rf"{INVERTED_SURNAME},\s+{GIVEN}(?:\s+{GIVEN}){{0,2}}", re.VERBOSE)

# The same, then the other writers given names first (Chicago 14.76's bibliography form for
# two or three writers).
# matches "Vell, Tomas A., and Anna B. Roe", "Vell, Tomas, Anna Roe, and Ruth Hale", "Vell,
# Tomas, et Roe, Anna" (French bibliographies invert both); not "Vell, Tomas" alone, "Vell,
# Tomas, and the Party"
NAMES_SENTENCE = lazy_compile(
    rf"""{INVERTED_SURNAME},\s+{GIVEN}(?:\s+{GIVEN}){{0,2}}
        (?:(?:,\s+{GIVEN_PERSON}){{0,2}},?\s+(?:and|&|et)\s+{GIVEN_PERSON}
          |,?\s+(?:and|&|et)\s+{NAME_WORD},\s+{GIVEN}(?:\s+{GIVEN}){{0,2}})""",
    re.VERBOSE,
)

# Link text and blanked link targets left in the masked text: "[Title](    )", "<   >".
# matches "[" of "[Title](   )", "](      )", "<     >"; not "[^3]", "[The danger…]" (a gloss)
LINK_REMAINS = lazy_compile(r"\[(?!\^)(?=[^\[\]]*\]\()|\]\(\s*\)|<<?\s+>>?")

# Words that cannot open a title: months, cues, locators (German too: "S. 12", "Sp. 44",
# "Bd. 2", "Anm. 5", "Hg.").
NOT_TITLE_STARTS = frozenset(
    """see cf quoted cited available accessed retrieved translated emphasis originally
    trans ed eds vol no pp p ibid op loc january february march april may june july
    august september october november december
    s sp bd bde nr jg anm hg hrsg vgl ebd aufl""".split()
)

# A sentence that only gives where a work is found online.
# matches "Available online at: http://x.org/a", "Available on-line at ⟨link⟩",
# "http://x.org/a.", "Available online at: http://x.org/a ⟨link⟩" (a link whose words are
# its address); not "Available in most libraries."
AVAILABLE_AT = lazy_compile(
    r"""(?:(?:(?i:also\s+)?(?i:available|accessible|online|retrieved|accessed|see|originally)\b
          [^:⟨]{0,40}?:?\s*))?
        (?:https?://|www\.)[^\s<>]+(?:\s*+⟨link⟩[\s.>]*)?
        |(?:(?i:available|accessible)\b[^⟨]{0,40}?)?⟨link⟩[\s.>]*""",
    re.VERBOSE,
)

# A part of a book named as if it were the title: "Preface (1922), *History and …*".
PART_TITLES = frozenset(
    "preface introduction foreword afterword epilogue prologue appendix postscript".split()
)

# Capitalised words that open a sentence but are no one's name.
NOT_NAMES = frozenset(
    """a an the this that these those it its in on at of for from to by with as and or but
    see also cf compare quoted cited however thus here there indeed moreover similarly
    again elsewhere later earlier finally hence likewise meanwhile nevertheless nonetheless
    otherwise instead perhaps still today note notes originally available translated
    additionally furthermore accordingly consequently conversely incidentally notably
    hereafter henceforth
    translation emphasis reprinted
    published according for ibid idem op loc vol no pp p chapter part section introduction
    preface foreword afterword appendix letter speech interview editorial statement
    figure fig table plate diagram chart graph illustration
    review january february march april may june july august september october november
    december spring summer autumn fall winter online accessed retrieved my our his her
    their we i you he she they one some many all both after before since while when where
    what which who why how if unless though although because during""".split()
) | frozenset(
    # German: a volume's, edition's or issue's noun ("Erster Band, MEW 23"), cues, "Ders.";
    # the label of a lexicon's entry before its headword ("Art. „Streik“, in: Handwörterbuch
    # …", "Stichwort …", "Lemma …": German practice for an unsigned encyclopedia article)
    """band bd teil heft kapitel auflage aufl jahrgang jg nr nummer seite ausgabe nachdruck
    vgl siehe dazu hierzu ebd ebenda ders dies zit hg hrsg anm übers
    art artikel stichwort lemma""".split()
)
