"""The words that join the writers of one work in a list, in English, German and Greek notes.

"and", "&", German "und" and "u." (DIN 1505-2 and German humanities practice), Greek "και",
before the last of several writers; a translation keeps the English serial comma before
them ("Doug Henwood, und Christian Parenti"). "et al.", German "u. a." ("und andere",
DIN 1505-2's mark for more writers than are named) and Greek "κ.ά." ("και άλλοι") after
the first writer stand for the rest.

Greek "και" joins titles' words as often as writers ("Κράτος και Επανάσταση"), so a
surname alone after it is a writer only where both surnames are written in Latin letters
("Horkheimer και Adorno, Towards …"): a Greek note writes a foreign writer's name so, and a
foreign title keeps its own "and".
"""

from __future__ import annotations

from citecheck.extract.citation_patterns import NAME_WORD

# The word before the last person of a list.
# matches "and", "&", "und", "u.", "και", "et", "y" (Spanish); not "sowie" (it joins
# works), "or", "et al."
PERSON_AND = r"(?:and|&|und|u\.|και|et(?!\s+al\b)|y)"

# The mark for the writers not named, after the first.
# matches "et al.", "et al", "u. a.", "u.a.", "κ.ά.", "κ. ά.", "y otros" (Spanish), "et
# autres" (French); not "u." alone, "a. a. O.", "y otras obras"
ET_AL = r"(?:et\s+al\.?|κ\.\s?ά\.?|u\.\s?a\.|y\s+otros\b|et\s+autres\b)"

# The word that opens a part's book after its title ("“The Strike,” in *Harbour
# Lights*"), in English, German and Italian, Spanish, French and Portuguese (Chicago
# 14.107's "in"). Not a list's word, but set beside them as the other small words notes
# share across languages.
# matches "in", "en", "dans", "em"; not "into", "entre"
PART_IN = r"(?:in|en|dans|em)"

# Letters of the Latin script (Basic Latin, Latin-1, Latin Extended-A and -B).
_LATIN_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ɏ"
_LATIN_SMALL = "a-zß-öø-ÿĀ-ɏ"

# A surname alone after Greek "και", where it and the person before it end in Latin
# letters.
# matches "Adorno" in "Horkheimer και Adorno", "Ro" in "Varga, Brill, και Ro"; not
# "Επανάσταση" in "Κράτος και Επανάσταση", "Adorno" in "Μηλιός και Adorno" (a Greek
# surname before: the pair may be a title's words)
LATIN_SURNAME_AFTER_KAI = (
    rf"(?:(?<=[{_LATIN_SMALL}]\s)|(?<=[{_LATIN_SMALL}],\s))και\s++"
    rf"(?=[{_LATIN_CAPITAL}]){NAME_WORD}(?<=[{_LATIN_SMALL}])"
)
