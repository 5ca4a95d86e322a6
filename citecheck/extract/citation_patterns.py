"""The regular expressions of author-year citations, composed from named parts.

The patterns find candidates; `citations.py` decides which candidates are citations
(stop words, the word before, imprints), so each pattern here stays readable.
"""

from __future__ import annotations

import re

from citecheck.lazy_regex import class_ranges as _ranges
from citecheck.lazy_regex import lazy_compile

# Upper-case letters of the Latin, Greek and Cyrillic blocks: a surname starts with one.
# Built once, since `re` has no \p{Lu}; written as ranges ("A-ZÀ-ÖØ-Þ…"), the class has
# 271 items instead of 430, which `re` parses faster each of the ~90 times it is compiled.
_UPPER = _ranges(c for c in range(0x41, 0x530) if chr(c).isupper())
UPPER = _UPPER  # for the note reader's lookaheads

# Bounds that keep the author patterns linear. A candidate may start at every capital that
# follows a non-letter, including each part of "Ab-Ab-Ab-…" and each "O" of "O’O’O’…":
# unbounded, every such start read on to the end of the run, quadratic in its length.
MAX_NAME_LETTERS = 40  # letters of one part of a surname ("Zbavitelová" has 11)
MAX_NAME_PARTS = 4  # hyphenated parts ("Tengely-Evans" has 2)
MAX_PARTICLES = 3
MAX_NAMES_BEFORE_AND = 8
MAX_SLASHED = 4  # co-authors joined by "/" ("Fraser/Honneth")

# One part of a surname: a capital, then letters (with the combining accents of decomposed
# text: "Sa\u0301enz" is "Sáenz" as some web pages store it) or an apostrophe inside it.
_NAME_LETTER = r"""(?:[^\W\d_]|[\u0300-\u036f]|['’](?=[^\W\d_]))"""
_NAME_PART = rf"""[{_UPPER}]{_NAME_LETTER}{{0,{MAX_NAME_LETTERS - 1}}}"""

# One word of a surname, hyphenated parts allowed. Atomic: what may follow a surname (a
# space, a comma, a bracket) never starts with a letter, an apostrophe or a hyphen, so
# giving characters back could never help, and a failed start costs no backtracking.
# matches "Cliff", "McGregor", "O’Brien", "Zbavitelová", "Tengely-Evans"; not "cliff", "1974"
NAME_WORD = rf"""(?>{_NAME_PART}(?:-{_NAME_PART}){{0,{MAX_NAME_PARTS - 1}}})"""

# Particles before a surname, separate or glued by an apostrophe.
# matches "van der ", "de ", "d’"; not "Vanderbilt"
PARTICLE_WORDS = r"van|von|der|den|de|du|da|di|del|della|des|la|le|ter|ten|dos|das|zu"
PARTICLE = rf"""(?:(?i:{PARTICLE_WORDS})\s++
               |(?i:d|dell)['’])"""

# A surname with at most three particles before it.
# matches "Cliff", "van der Linden", "de la Cruz", "d’Alembert"; not "van", "linden"
SURNAME = rf"(?:{PARTICLE}){{0,{MAX_PARTICLES}}}{NAME_WORD}"

# One to nine surnames; a list needs "and" or "&" before its last name; then "et al.".
# It starts at a word's start, and at most eight names stand before "and": unbounded, a
# run of thousands of capitalised names ("Smith, Smith, …") took seconds per thousand,
# each start scanning to the end of the run. Longer author lists are cited with "et al.".
# The lookahead is a cheap gate: a name or a particle starts with a capital or one of
# "v d l t z", and most positions fail there, before the particles are tried one by one.
# Whitespace is matched possessively here and below: what follows it (a name, "and", a
# comma, a year) never starts with whitespace, and a run of spaces is then read once.
# German notes join co-authors by "/" (DIN 1505-2: "Fraser/Honneth"), at most four, each
# part a surname read atomically, so a run of "A/A/A/…" is read once from each start.
# German "und", "u." and Greek "και" join the last two as "and" does ("Varga und Brill",
# "Μηλιός και Σαββάκης"): read whole, not as the last surname alone.
# matches "Cliff", "Binns and Hallas", "Smith, Jones & Brown", "Smith et al.", "Varga und
# Brill", "Μηλιός και Σαββάκης",
# "Fraser/Honneth", "Adorno / Horkheimer", "Honneth u. a." (German et al., DIN 1505-2),
# "Μηλιός κ.ά." (Greek); not "Moscow, Russia"
AUTHORS = rf"""(?P<authors>(?<!\w)(?=[{_UPPER}vdltz]){SURNAME}
                (?:(?:\s*+,\s*+{SURNAME}){{0,{MAX_NAMES_BEFORE_AND - 1}}}
                   (?:\s*+,\s++|\s++)(?:and|&|und|u\.|και)\s++{SURNAME}
                  |(?:\ ?/\ ?{NAME_WORD}){{1,{MAX_SLASHED - 1}}})?)
               (?P<etal>\s++(?:et\s++al\.?|u\.\ ?a\.|κ\.\ ?[άα]\.))?"""

# A year from 1500 to 2099 with an optional one-letter suffix, not part of a range. A range
# is written with a hyphen, an en or em dash, or Markdown's "--" for an en dash, spaced or
# not: "(American, 1874 -- 1940)" gives life dates, not a citation of "American".
# A range may also be written out: "1848 to 1850", "1891 bis 1924".
# matches "1974", "1965a"; not "1917-28", "1945–83", "1874 -- 1940", "1848 to 1850",
# "19745", "1920s"
YEAR = r"""(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?
           (?![\w]|\s*+(?:-{1,3}|[–—‐])\s*+\d|\s++(?:to|until|till|bis)\s++(?:1[5-9]|20)\d\d)"""

# The original year in square brackets after the edition's, as German social-science and
# APA citations give it (DIN ISO 690; APA 9.41): "Bourdieu 1982 [1979]: 45".
# matches " [1979]", "[1867]"; not " (1979)", " [Hrsg.]"
ORIGINAL_YEAR = r"""(?:\ ?\[(?:1[5-9]|20)\d\d[a-z]?\])?"""

# A page, chapter or note locator. A bare number is kept only after a colon (checked in code).
# German "S." and Greek "σ.", "σσ.", "σελ." are pages too (DIN 1505-2; Greek practice).
# matches "p7", "pp118-119", "p. 7", "pp. 118–19", "ch. 3", "n. 4", "118", "S. 12ff.",
# "σ. 45", "σελ. 12-14"; not "p", "chapter", "s. 12"
LOCATOR = r"""(?P<locator>(?:pp?\.?\s?|ch(?:ap)?\.?\s?|nn?\.\s?|§\s?|S\.\s?|σ(?:σ|ελ)?\.\s?)?
              \d++(?:\s?[-–]\s?\d++)?(?:\s?f{1,2}\.?(?!\w))?)(?![\w])"""

# "Surname, Year" or "Surname Year" with an optional locator.
# matches "Cliff, 1974, pp118-119", "Harman 2009, p176", "Cliff 1974: 118", "Bourdieu 1982
# [1979]: 45"; not "Cliff (1974)"
BARE_CITATION = lazy_compile(
    rf"""{AUTHORS}
        (?P<namesep>\s*+,\s*+|\s++)
        {YEAR}{ORIGINAL_YEAR}
        (?:(?P<locsep>\s*+[,:]\s*+|\s++){LOCATOR})?
    """,
    re.VERBOSE,
)

# "Surname (Year)" or "Surname (Year, p. 7)" or "Surname (Year: 118)".
# matches "Cliff (1974)", "Cliff (1974: 118)", "Binns and Hallas (1976, p20)";
# not "Pravda (24 April 1970)", "Stalin (1878–1953)"
NARRATIVE_CITATION = lazy_compile(
    rf"""{AUTHORS}
        (?P<namesep>\s*+\(\s*+)
        {YEAR}{ORIGINAL_YEAR}
        (?:(?P<locsep>\s*+[,:]\s*+){LOCATOR})?
        \s*\)
    """,
    re.VERBOSE,
)

# Capitalised words that stand before a year without being an author: months, seasons,
# days, prepositions that open a sentence, and words of volume and issue numbers.
STOP_WORDS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter
    midsummer christmas easter monday tuesday wednesday thursday friday saturday sunday
    in by from since until till before after during of the a an and or for on at to as
    between circa around about early late mid through throughout today yesterday this that
    these those then when while where what which with within also but so yet if
    vol volume no number issue page pages chapter table figure fig section part edition ed
    eds year years ad bc bce ce copyright updated published accessed retrieved revised
    posted received dated see cf""".split()
) | frozenset(
    # Months in the other languages of the corpus's notes, where a date stands in brackets
    # like a citation ("Arnold Ruge (Σεπτέμβριος, 1843)"); "Mai", "Mayo" and "Mars" are left
    # out, as surnames.
    """januar jänner februar märz juni juli oktober dezember janvier février avril juin
    juillet août septembre octobre novembre décembre enero febrero marzo abril junio julio
    agosto septiembre setiembre octubre noviembre diciembre gennaio febbraio aprile maggio
    giugno luglio settembre ottobre dicembre ιανουάριος φεβρουάριος μάρτιος απρίλιος
    μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος οκτώβριος νοέμβριος δεκέμβριος ιανουαρίου
    φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου
    νοεμβρίου δεκεμβρίου""".split()
)
# Greek days of the week, as a paper or a column is named by its day ("Σημειώσεις της
# Δευτέρας, 2016", "η Καθημερινή της Κυριακής"): the genitives, and the nominatives that
# are no given name ("Κυριακή" and "Παρασκευή" are also women's names).
STOP_WORDS |= frozenset(
    """δευτέρα τρίτη τετάρτη πέμπτη σάββατο δευτέρας τρίτης τετάρτης πέμπτης παρασκευής
    σαββάτου κυριακής""".split()
)
# Words of an edition before its year ("Berlin 1976; Erstausgabe 1867", "Nachdruck 1971",
# "Reprint 2005", "ανατύπωση 1998"): the work's history, not a writer's name.
STOP_WORDS |= frozenset(
    """reprint reprinted repr erstausgabe originalausgabe erstdruck erstveröffentlichung
    neuauflage neuausgabe nachdruck neudruck auflage ausgabe zuerst erstmals έκδοση
    ανατύπωση επανέκδοση""".split()
)
# Where an unsigned work's author would stand ("Unsigned, 1921"; "Anonymous" is left: APA
# cites a work signed so as "Anonymous, 2019").
STOP_WORDS |= frozenset(
    "unsigned editorial leaflet pamphlet flyer flugblatt leitartikel ανυπόγραφο".split()
)

# A doctrine or movement named with its year, as a list of events gives it ("the
# experiments of the revolutionary movement (Proudhonism, 1871; Bakuninism, 1873)"): no
# person's name ends so.
# matches "Proudhonism", "Bakuninisms", "Marxismus", "Blanquisme"; not "Marx", "Prism"
DOCTRINE = lazy_compile(r"^\w{4,}is(?:ms?|mus|me)$", re.IGNORECASE)

# Words that may stand just before a citation although capitalised ("See Cliff, 1974").
# Lower-case words never block a citation, so only these matter.
CUE_WORDS = frozenset(
    """see cf cf. also compare quoted cited in and e.g. i.e. after following per vgl vgl.
    siehe βλ βλ. βλέπε πρβλ πρβλ.""".split()
)

# German and Greek words that open a sentence before a writer's name and year, capitalised
# there only: a cue ("Nach Varga (1999)", "Laut Varga (1999)", "Bei Varga (1999: 12)",
# "Όπως Μηλιός (2008)") or a conjunction or adverb ("Wie Marx und Engels (1848) zeigten",
# "Auch Varga (1999)"), never a given name or a surname's first word. Inside a sentence a
# capital one opens a title ("das Buch Nach Marx (1999)"), so only a sentence's start counts.
SENTENCE_OPENERS = frozenset(
    """wie nach laut bei gemäß mit gegen für auch schon erst gerade ähnlich ebenso
    bereits doch aber und denn da als zwar jedoch allerdings außerdem zudem ferner zunächst
    schließlich freilich gleichwohl immerhin vielmehr dagegen hingegen insbesondere besonders
    etwa selbst sogar noch nur dann hier damals später zuletzt zuerst
    όπως κατά σύμφωνα για με από ενώ αλλά και ως όμως επίσης ωστόσο άλλωστε ειδικά ακόμη
    ακόμα μάλιστα βέβαια αντίθετα παρά πριν μετά όταν αν ότι επειδή καθώς ήδη""".split()
)

# The cues of German and Greek notes: "vgl." and "siehe" (with up to two of "hierzu", "dazu",
# "auch", "etwa", "z. B." …, as the note reader's CUE takes them), "zit. nach", "zitiert
# nach", "zit. n.", "zit. in", Greek "βλ." ("βλέπε", "βλ. επίσης") and "πρβλ.".
# matches "Vgl. ", "vgl. hierzu ", "Siehe dazu ausführlich ", "zit. nach ", "Zit. n. ",
# "βλ. επίσης ", "πρβλ. "; not "vgl" (no full stop), "nach "
FOREIGN_CUE = r"""(?:(?:\bsiehe|\bvgl\.)
                      (?:\s++(?:auch|dazu|hierzu|etwa|z\.\s?B\.|insbesondere|ausführlich|näher
                              |ferner|beispielsweise|u\.\s?a\.|ebenso|exemplarisch)){0,2}
                    |\bzit(?:\.|iert)\s++(?:nach|n\.|in:?)
                    |(?<!\w)βλ(?:\.|έπε)(?:\s++επίσης)?|(?<!\w)πρβλ\.)"""

# What lets a citation without a comma ("Harman 2009") be believed: a cue just before it.
# matches "see ", "quoted in ", "cf. ", "cited in ", "vgl. "; not "in ", "Russia "
SPACED_CUE = lazy_compile(
    rf"(?:\bsee(?:\s+also)?|\bcf\.?|\bquoted\s+in|\bcited\s+in|\be\.g\.,?|{FOREIGN_CUE})\s*$",
    re.IGNORECASE | re.VERBOSE,
)

# What vouches for a bare "Name, Year" in the body, where "Petrograd, 1917" is more often a
# place and a date than a citation: a cue that introduces a work just before it.
# matches "see ", "See also ", "cf. ", "according to ", "quoted in ", "as discussed in ";
# not "In " ("In Britain, 1926 saw…"), "in ", "born in "
BODY_CUE = lazy_compile(
    rf"""(?:\bsee(?:\s+also)?|\bcf\.?|\bcompare|\be\.g\.,?|\bi\.e\.,?|\baccording\s+to
        |\b(?:quoted|cited|reprinted|discussed|argued|shown|described|reviewed|noted
            |summari[sz]ed|documented)\s+in
        |{FOREIGN_CUE})\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# A semicolon that carries a list of citations on: "; " then names and a year.
# matches "; Harman, 2009" and "; see Harman 2009" after "Cliff, 1974"; not "; the strike"
LIST_CONTINUES = lazy_compile(
    rf"""\s*+;\s*+(?:(?i:see|cf\.?|also)\s++)?
        {AUTHORS}
        (?:\s*+,\s*+|\s++)
        {YEAR}""",
    re.VERBOSE,
)

# A place and colon just before the candidate, then perhaps the first words of a publisher:
# the candidate is a publisher (or its last word) and its year. A place may be abbreviated
# with full stops ("U.K.", "Mass."); a publisher's name may hold "of", "and", "the", "for".
# matches "(London: " in "(London: Bookmarks, 2009)", "New York: ", "(Cambridge, U.K.: ",
# "[^1]: London: " (a Markdown note that opens with its imprint), "(Buenos Aires:
# Ediciones Mano a " (the joining words of a publisher's name in other languages),
# "(New York: New York Review of " before "Books, 2003)", "(Tübingen and Leipzig: ",
# German "Frankfurt am Main: ", "Frankfurt/Main: ", "Frankfurt/M.: ", "Berlin/New York: "; not
# "1974: 118; ", "Capital: see "
IMPRINT_BEFORE = lazy_compile(
    rf"""(?:^|[(\[;,.]|\]:)\s*
        [{_UPPER}][^\W\d_]*(?:\.[^\W\d_]+)*\.?(?:/[{_UPPER}][^\W\d_]*\.?)*
        (?:\s+(?:(?:and|&|und|et|am|an\s+der|im|upon)\s+)?[{_UPPER}][^\W\d_]*(?:\.[^\W\d_]+)*\.?
           (?:/[{_UPPER}][^\W\d_]*\.?)*)*
        \s*:\s*
        (?:(?:[{_UPPER}][^\W\d_]*|of|and|the|for|&|a|de|la|y|e|et|und|di|del|des|du|le)\s+)*$""",
    re.VERBOSE,
)

# A volume number and a comma just before the candidate: the candidate is the place and year
# of an imprint written without a publisher, as German notes do ("Gesammelte Schriften Bd. 13,
# Frankfurt 1989: 45"; "Werke, vol. 2, Berlin 1961").
# matches "Bd. 13, ", "vol. 2, ", "t. 3, "; not "p. 13, ", "Bd. 13 "
VOLUME_BEFORE = lazy_compile(
    r"\b(?:vols?\.?|bde?\.|band|tomes?|t\.|tomo)\s*\d+[a-z]?\s*,\s*$", re.IGNORECASE
)

# A verb of publishing and "by" just before the candidate: what follows is a publisher, a
# broadcaster or a label, and its year is the work's date, not a citation of it. So is a
# picture's credit: its maker and year date the picture ("photo by Hine (1910)").
# matches "published by " in "a book called *Samizdat*, published by Pathfinder (1974)",
# "broadcast by ", "issued by ", "courtesy of ", "photograph by ", Greek "εκδ. " (the
# publisher: "εκδ. Πρίσμα, 1992"); not "a study by " ("a study by Smith (1974)"), "cited by "
PUBLISHER_BEFORE = lazy_compile(
    r"""(?:\b(?:(?:re)?published|(?:re)?issued|(?:re)?printed|released|broadcast|aired
             |distributed|brought\s+out|put\s+out
             |photo(?:graph)?|image|picture|painting|drawing|poster|engraving|lithograph
             |cartoon|illustration)\s+by
        |\bcourtesy\s+of|(?<!\w)εκδ(?:\.|όσεις))\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# An italic title closing just before the bracket that holds the candidate, or its author
# named after it with "by" (as reviews head a book): "(Name, Year)" there gives the title's
# imprint, a publisher or broadcaster and a year, as a note's "(London: Verso, 2009)" does
# without the place. A quotation's closing mark does not count: "“…” (Smith, 1990)" is how
# a quotation is cited.
# matches "*Hypernormalisation* (" and "_Capital_ (" before "BBC, 2016)", "*The Long Detour*
# by James Weinstein (", "*Lenin*, edited by T. Cliff and C. Harman ("; not "“No” (",
# "the film (", "** (", "*Capital* by reading ("
TITLE_BEFORE = lazy_compile(
    rf"""(?<=[^\s*_])(?:\*{{1,2}}|_{{1,2}})
        (?:,?\s++(?:(?:edited|translated|written|directed)\s++)?by
           (?:\s++(?:[{_UPPER}][^\W\d_]*+\.?|and|&|de|van|von|der|la|le)){{1,8}})?
        \s*[(\[]\s*$""",
    re.VERBOSE,
)

# Characters that may stand right before a citation (anything else means it is inside
# a word, a URL or a path).
# matches "(", "—", " "; not "/", "."
OPENING = lazy_compile(r"[\s(\[;“\"‘'—–-]")

# Prepositions of place that never introduce an author: what follows them is a place
# ("an instrument maker at Florence (1711)"). "in" and "from" do introduce authors ("quoted
# in Smith (1990)", "a passage from Smith (1990)") and are not here.
PLACE_PREPOSITIONS = frozenset("at near outside".split())

# The first part of a place of several words, right before the candidate: the name after
# it is the place's last word, never an author ("Frankfurt am Main (1970)").
# matches "Frankfurt am " before "Main (1970)", "Frankfurt an der " before "Oder (1990)",
# "Freiburg im " before "Breisgau (1985)", "Newcastle upon " before "Tyne (1990)"; not
# "quoted in " before "Smith (1990)", "so am " (no capital before the joining word)
PLACE_JOIN_BEFORE = lazy_compile(r"(?-i:[A-Z])[\w.-]*\s+(?:am|an\s+der|im|upon)\s+$")

# Words before a name that make it a title or a thing, never an author: a kind of work
# ("the film Downfall (2004)") or a possessive ("their Gotha (1875) and Erfurt (1891)
# programmes", "The Crisis in our Party (1904)").
KIND_OF_WORK = frozenset(
    """film movie documentary novel novella book pamphlet play poem opera song album
    series painting essay treatise manifesto magazine newspaper""".split()
)
POSSESSIVES = frozenset("our their his her its my your".split())

# A kind of work and its title in plain text (no italics: a web copy, a DOCX) just before
# the bracket that holds the candidate: the bracket is the title's imprint, as after an
# italic title (TITLE_BEFORE).
# matches "documentary Hypernormalisation (" before "BBC, 2016)", "the film The Battle of
# Algiers ("; not "the film (", "a book by Smith (" (no title), "Hypernormalisation ("
PLAIN_TITLE_BEFORE = lazy_compile(
    rf"""\b(?i:{"|".join(sorted(KIND_OF_WORK))})
        (?:\s++(?:[{_UPPER}][^\W\d_]*+(?:['’-][^\W\d_]++)*+[:?!,]?|of|the|and|in|a|an|on|to|for)){{1,10}}
        \s*[(\[]\s*$""",
    re.VERBOSE,
)

# A kind of work and the first words of its plain title just before the candidate: the
# candidate's "name" is the title's last word and the bracket its year, as in a web copy's
# "Pannekoek's book Lenin as Philosopher (1938)". A capitalised word must follow the kind.
# matches "book Lenin as " before "Philosopher (1938)", "the film The Battle of " before
# "Algiers (1966)"; not "the book by " before "Smith (1990)", "the book " (no title word)
TITLE_CONTINUES_BEFORE = lazy_compile(
    rf"""\b(?i:{"|".join(sorted(KIND_OF_WORK))})\s++[{_UPPER}][^\W\d_]*+(?:['’-][^\W\d_]++)*+
        (?:\s++(?:[{_UPPER}][^\W\d_]*+(?:['’-][^\W\d_]++)*+|of|the|and|in|a|an|on|to|for|as)){{0,9}}
        \s++$""",
    re.VERBOSE,
)

# Function words that, capitalised inside a sentence, open a title: "also in For Marx
# (1965)", "reviewed in After Lenin (2010)"; at a sentence's start they do not ("For Marx
# (1867), value is …" cites Marx).
TITLE_OPENERS = frozenset(
    "for to of the a an on in after against beyond towards toward with without from under".split()
)

# After a sentence's opening "In" and a bracketed year, its writer as the subject: the
# bracket dates a work named in passing, not a citation of its "authors" ("In Literature
# and Revolution (1924), Trotsky pointed out …", a web copy's plain title; Chicago's "In
# *The State and Revolution* (1917), Lenin …").
# matches ", Trotsky pointed", ", Leon Trotsky argued"; not ", the argument" (lower case),
# ", p. 4"
WRITER_AFTER = lazy_compile(
    rf"""\s*+,\s++(?:[{_UPPER}][^\W\d_]*+\.?\s++){{0,2}}[{_UPPER}][^\W\d_]++\s++(?-i:[a-z])""",
    re.VERBOSE,
)

# Words of a title that precede a parenthesised year ("Homage to Catalonia (1938)").
# matches "to", "of"; a narrative citation after them is taken for a title
TITLE_WORDS = frozenset("to of the a an on".split())

# Gatherings held at a place: "(Name, Year)" right after one gives where and when it met,
# as "(American, 1874 -- 1940)" after a painter gives life dates ("the Second Congress
# (Moscow, 1920)", "the Commune (Paris, 1871)").
GATHERINGS = frozenset(
    """congress congresses conference conferences convention plenum summit exhibition
    exposition festival biennale olympics assembly synod commune international""".split()
)

# A gathering's name just before the bracket that holds the candidate.
# matches "the Second Congress (" before "Moscow, 1920)", "The Commune ("; not
# "the argument (", "the Congress of " (no bracket)
GATHERING_BEFORE = lazy_compile(
    rf"""\b(?i:{"|".join(sorted(GATHERINGS))})\s*\(\s*$""",
    re.VERBOSE,
)

# A title or a thing and its year, then "and" or "or" before the candidate: the candidate
# is the next item of the same list ("their Gotha (1875) and Erfurt (1891) programmes").
# matches "their Gotha (1875) and " (group "head": "their Gotha "); not "Cliff (1974) and "
# on its own (the head is checked in code)
CONJUNCT_BEFORE = lazy_compile(
    rf"""(?P<head>.*?)[{_UPPER}][^\W\d_]*+\s*+\((?:1[5-9]|20)\d\d\)\s*+,?\s*+(?:and|or)\s++$""",
    re.VERBOSE | re.DOTALL,
)

# Lower-case words that introduce an author in a note's prose as the cues do: "A point made
# by de Beauvoir, 1949", "Cliff, 1974 and Harman, 2009".
AUTHOR_INTRODUCERS = frozenset("by see cf cf. also and e.g. i.e. compare".split())

# A figure's caption or an image's alt text opened and not yet closed before the candidate:
# a Hugo or Markdown figure attribute, an HTML figcaption, Markdown image brackets.
# matches 'caption="Clara Zetkin in ', 'caption="a \\"Club\\" in ' (an escaped quote inside),
# "<figcaption>Lenin in ", "![Lenin in "; not
# 'caption="Lenin." %}} Then ', "![x](y.png) Then "
CAPTION_OPEN = lazy_compile(
    r"""(?:\b(?:caption|alt|title)\s*=\s*"(?:[^"\\\n]|\\.)*|<figcaption>(?:(?!</figcaption>).)*
        |!\[[^\]\n]*)$""",
    re.VERBOSE,
)

# A possessive, then at most three capitalised words, just before the candidate: the
# candidate ends the name of the owner's thing, not an author ("Lenin's April Theses (1917)",
# "Marx's Capital (1867)").
# matches "Lenin's April " before "Theses (1917)", "Marx’s " before "Capital (1867)"; not
# "Marx's critic " before "Cliff (1974)"
POSSESSIVE_THING_BEFORE = lazy_compile(
    rf"""[^\W\d_]['’]s\s++(?:[{_UPPER}][^\W\d_]*+\s++){{0,3}}$""",
    re.VERBOSE,
)
