"""The body whose resolution, programme or report a note names, in the genitive after the
kind of document: "Resolution of the Central Committee, “Title,” …", "Beschluss des
Parteivorstands: „Titel“, …", "Απόφαση της ΚΕ του ΚΚΕ, «Τίτλος», …", and in prose after a
cue, "den Beschluss des Parteivorstands „Titel“ vom …", "την απόφαση της ΚΕ «…»".

The body adopted the document; it is no personal writer and stands after the kind, not in
the author's place (Chicago 14.75–14.79: a work with no author is cited by its title; DIN
1505 cites such a resolution by its title, "o. V."). `note_no_author` reads the kind and
this genitive together as the lead before the title, so the work is read by its title
with no author, as it does for the kind alone ("Beschluss „Titel“, Berlin 1931"). So too
the paper an unsigned article stands in, named there (Chicago 14.191): "the editorial in
the *Clarion*, “Title,” March 3, 1970", "den Leitartikel der *Neuen Glocke* „Titel“".

The genitive must end in a body's noun or an acronym, so that a person's genitive ("den
Artikel des Genossen Kurt Brandler „…“", "το άρθρο του Α. Μπέλλου «…»", "the report of
John Dale") keeps its writer for the reader to find.
"""

from __future__ import annotations

from citecheck.extract.note_greek import GREEK_CAPITALS

# English nouns that end a body's name: "the Central Committee", "the Harbour Labour
# Party", "the Third Congress". Capitalised: "of the party" in lower case is prose.
# Not `note_body_authors`' lists: those name a body standing as a work's author, and leave
# out the meetings ("Parteitag", "Congress", "Plenum") that adopt a resolution named here.
_ENGLISH_HEADS = r"""(?:committee|congress|party|executive|council|bureau|conference
    |commission|board|union|international|league|federation|secretariat|presidium|politburo
    |convention|assembly|plenum|caucus|association|front|movement|organi[sz]ation)"""

# German nouns (and compounds ending in them) that end a body's name in the genitive:
# "des Parteivorstands", "des Zentralkomitees", "des Parteitags", "des VII. Weltkongresses",
# "der Exekutive"; not "der Bezirksleitung Ruhr" (a word after the head: a region as likely
# as a person's name).
_GERMAN_HEADS = r"""(?:vorstand|komitee|verband|bund|gewerkschaft|partei|ausschu(?:ss|ß)
    |präsidium|sekretariat|kommission|exekutive|fraktion|vereinigung|kongress|konferenz
    |parteitag|plenum|leitung|rat|internationale)(?:e?s)?"""

# Greek genitives that end a body's name: "της Κεντρικής Επιτροπής", "του Κόμματος", "του
# Συνεδρίου", "της Ολομέλειας".
_GREEK_HEADS = r"""(?:επιτροπής|κόμματος|συνεδρίου|ολομέλειας|γραφείου|οργάνωσης|ομοσπονδίας
    |συνομοσπονδίας|ένωσης|συνδιάσκεψης|συμβουλίου|γραμματείας|παράταξης|μετώπου|νεολαίας)"""

# An acronym: "CPGB", "ZK", "KPD", "ΚΕ", "ΚΚΕ" (two to five capitals, no full stops: an
# initial's "Α." is a person's).
_LATIN_ACRONYM = r"(?-i:[A-ZÄÖÜ]{2,5}+)(?![\w.])"
_GREEK_ACRONYM = rf"(?-i:[{GREEK_CAPITALS}]{{2,5}}+)(?![\w.])"

# The paper an unsigned article stands in, after the kind (Chicago 14.191: the paper, not
# a writer): in italics after "in", "of", a German or a Greek genitive article ("the
# editorial in the *Clarion*", "den Leitartikel der *Neuen Glocke*", "το κύριο άρθρο της
# *Νέας Σάλπιγγας*"); in a web copy, with no italics, only after English "in the", which
# names no person ("the editorial in the Morning Clarion"), where a German or a Greek
# genitive may be a writer's ("des Genossen Brandler", "του Μπέλλου").
# matches "in the *Morning Clarion*", "der *Neuen Glocke*", "in der *Neuen Glocke*", "της
# *Νέας Σάλπιγγας*", "in the Morning Clarion"; not "of John Dale", "in the party press"
# (lower case), "in Leeds" (no "the")
_PAPER = r"""(?:(?:in|of|from|aus|in\s++der|im|der|des|της|του|στην|στο)\s++(?:the\s++)?
      \*[^*\n]{2,60}+\*
    | in\s++the\s++(?-i:[A-Z])[\w'’-]*+(?:\s++(?-i:[A-Z])[\w'’-]*+){0,3})"""

# The genitive after a kind's noun, for a pattern compiled with re.IGNORECASE and re.VERBOSE,
# before a quoted title only: after a body an italic name is as likely its paper or journal
# ("Resolution of the Central Committee, *Party Life* 4 (1934)"), no title.
# matches "of the Central Committee", "of the Executive Committee of the Harbour Labour
# Party", "of the CPGB", "des Parteivorstands", "des ZK der KPD", "des VII. Weltkongresses",
# "της ΚΕ του ΚΚΕ", "της Κεντρικής Επιτροπής"; not "of John Dale", "des Genossen Kurt
# Brandler", "του Α. Μπέλλου", "of the party" (lower case: prose)
KIND_GENITIVE = rf"""(?:
    of\s++the\s++
      (?:(?-i:[A-Z])[\w'’-]*+\s++(?:(?:of|the|and|for|on)\s++)*){{0,6}}?
      (?:(?=(?-i:[A-Z])){_ENGLISH_HEADS}|{_LATIN_ACRONYM})(?![\w-])
      (?:\s++of\s++(?:the\s++)?{_LATIN_ACRONYM})?
  | (?:des|der)\s++
      (?:(?:(?-i:[A-ZÄÖÜ])[\w.-]*+|der|des|und|für)\s++){{0,5}}?
      (?:(?=(?-i:[A-ZÄÖÜ]))[\w-]*?{_GERMAN_HEADS}|{_LATIN_ACRONYM})(?![\w-])
      (?:\s++(?:der|des)\s++{_LATIN_ACRONYM})?
  | (?:του|της|των)\s++
      (?:(?:(?-i:[{GREEK_CAPITALS}])[^\W\d_]*+|του|της|των|και)\s++){{0,5}}?
      (?:(?=(?-i:[{GREEK_CAPITALS}])){_GREEK_HEADS}|{_GREEK_ACRONYM})(?![\w-])
      (?:\s++(?:του|της|των)\s++{_GREEK_ACRONYM})?
  | {_PAPER}
)(?=\s*+[,:]?\s*+[„“"«‘])"""
