"""An open imprint after a plain title's parts: the translator, the editor, the volume or the
edition standing between the title and its place, publisher and year, each after its comma.
Greek notes write "Όνομα Επώνυμο, Τίτλος, μτφρ. Όνομα Επώνυμο, Εκδότης, Αθήνα Έτος", DIN
1505-2 "Name, Vorname: Titel, übers. v. Vorname Name, Ort: Verlag Jahr", Chicago (14.88,
14.103-14.104) "Author, Title, trans. Name (Place: Publisher, Year)" and, without brackets,
"…, trans. Name, Place: Publisher, Year". In a web copy the title is plain; such details
after it vouch for it as the bracketed imprint does (`note_plain_titles.imprint_after`),
also inside prose ("… βλ. Γ. Παπαδάκης, Μνήμες, μτφρ. Ν. Καρράς, Κέδρος, Αθήνα 1998").
"""

from __future__ import annotations

import re

from citecheck.extract.note_german import open_imprint_at
from citecheck.extract.note_patterns import PLACE_YEAR_IMPRINT, PUBLISHER_PLACE_IMPRINT
from citecheck.lazy_regex import lazy_compile

# One to three parts, each a comma, a role's word and what it names up to the next comma
# (no bracket, no ";", at most 60 characters: a clause, never a sentence). Possessive runs
# keep it linear.
# matches ", μτφρ. Νίκος Καρράς", ", επιμ. Ν. Καρράς", ", τόμ. 2", ", trans. Ann Lee",
# ", edited by Ann Lee", ", vol. 2", ", 2nd ed.", ", hg. v. Ada Lind", ", übers. v. Ada Lind",
# ", Bd. 2", ", 2. Aufl.", ", introd. Ann Lee", ", a cura di Ann Lee", ", foreword by Ann
# Lee" (Chicago 14.104), the book the work is in (", in: Hafenleben", ", in Harbour Lives");
# not ", Κέδρος" (a publisher: no role), ", and Ann Lee", ", 45", ", in the" (prose), Greek
# ", στο" (a Greek prose work's own reading: `note_greek_prose_works`)
_PARTS = lazy_compile(
    r"""(?:,\s*+(?:(?:μτφρ|μτφ|μετάφρ|επιμ|τόμ|εισαγ|πρόλ|trans|tr|eds?|vol|Vol|hg|Hg|hrsg|Hrsg
                    |übers|Bd|introd|intro|trad)\.\s*+(?:v\.\s*+)?
                  |(?:edited|translated|introduced)\s++by\s++|σε\s++μετάφραση\s++|επιμέλεια\s++
                  |a\s++cura\s++di\s++|(?:with\s++an?\s++)?(?:introduction|foreword|preface)\s++by\s++
                  |in:?\s++(?=[A-ZÄÖÜ])
                  |\d{1,2}(?:st|nd|rd|th)\s++ed\.|\d{1,2}\.\s*+Aufl\.|rev\.\s*+ed\.)
              [^,;()]{0,60}+){1,3}+""",
    re.VERBOSE,
)


def open_imprint_after_parts(s: str, at: int) -> bool:
    """A plain title's parts open at `at` and an imprint outside brackets closes them:
    place and publisher with the year (", Αθήνα: Κέδρος, 1998"), publisher, place and year
    (", Κέδρος, Αθήνα 1998"), or place and year (", Berlin 1998")."""
    parts = _PARTS.match(s, at)
    if parts is None:
        return False
    end = parts.end()
    if open_imprint_at(s, end) or PUBLISHER_PLACE_IMPRINT.match(s, end):
        return True
    return PLACE_YEAR_IMPRINT.match(s, end) is not None
