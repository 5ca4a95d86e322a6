"""Words that stand before a year in a note as a place, a publisher, a journal or a part of a
periodical, never as an author: "London, 2015", "Suhrkamp, 1970", "Θεμέλιο, 1978",
"Ausgabe, 1979".

A note's imprint may stand in a sentence of its own after the title ("… Geist der Utopie.
Berlin, 1927."; a web copy's "Title. London, 2015."), where it has the shape of an
author-date citation ("Honneth, 2015."). Nothing in the syntax parts the two, so the
author-year reader takes the conventions of the notes' languages instead: the places that
imprints name (English, German, Greek and the other languages of the corpus), publishers
and journals known by one word, and the words of a volume or an issue. A surname that is
also a place ("Jack London", "Isaiah Berlin") is given up in the notes: precision first,
and a note citing such a writer author-date is rarer than an imprint's place.

The words are compared folded (`fold`): lower case, accents dropped ("Αθήνα" is "αθηνα").
"""

from __future__ import annotations

import unicodedata

# Places of publication (Chicago 14.135: the city), as notes write them in English, German,
# French, Greek and the languages of the corpus; one word each (a place of two words is
# read as a proper noun by the word before: "New York, 2015").
_PLACES = """
london oxford cambridge chicago boston princeton durham berkeley minneapolis ithaca
toronto edinburgh manchester glasgow leeds sydney melbourne brooklyn philadelphia baltimore
stanford evanston urbana bloomington albany pittsburgh detroit washington montreal dublin
belfast liverpool birmingham bristol sheffield nottingham brighton harmondsworth basingstoke
abingdon paris lyon marseille bordeaux toulouse bruxelles brussels geneva
genève genf lausanne moscow moskau moscou leningrad petrograd madrid barcelona rome roma rom
milano milan mailand torino turin firenze florenz napoli venezia bologna mexico havana
beijing peking tokyo delhi calcutta bombay cairo istanbul amsterdam rotterdam leiden utrecht
haag hague stockholm oslo copenhagen kopenhagen helsinki lisbon lisboa lissabon warsaw
warschau warszawa prague prag praha budapest wien vienna vienne bern basel zürich zurich
luzern salzburg graz innsbruck linz berlin frankfurt münchen munich hamburg köln cologne
leipzig stuttgart hannover hanover bremen dresden düsseldorf bonn göttingen tübingen
heidelberg freiburg münster marburg mainz darmstadt wiesbaden kassel bielefeld bochum
dortmund essen duisburg neuwied opladen weinheim reinbek konstanz jena weimar halle rostock
potsdam nürnberg würzburg regensburg erlangen paderborn hildesheim osnabrück gießen giessen
bamberg karlsruhe mannheim kiel lüneburg oldenburg saarbrücken trier aachen wuppertal
athens athen athènes thessaloniki αθήνα αθήναι αθηνα αθήνας θεσσαλονίκη θεσσαλονίκης πάτρα
πάτρας ηράκλειο ηρακλείου ιωάννινα βόλος λευκωσία χανιά ρέθυμνο κρήτη κέρκυρα λάρισα
καβάλα κομοτηνή μυτιλήνη ρόδος παρίσι λονδίνο βερολίνο μόσχα ρώμη βιέννη φρανκφούρτη
λειψία πετρούπολη μαδρίτη βρυξέλλες γενεύη οξφόρδη κέιμπριτζ άμστερνταμ πράγα βουδαπέστη
ζυρίχη μόναχο αμβούργο κωνσταντινούπολη ισταμπούλ
"""

# Publishers and imprints known by one word, where a note gives them before the year
# ("Verso, 2002", "Suhrkamp 1970", "Κριτική, 1987"). Words that are as often surnames
# ("Fischer", "Beck", "Norton", "Harper") are left out.
_PUBLISHERS = """
verso penguin routledge pluto haymarket bookmarks polity macmillan palgrave vintage pantheon
zed continuum bloomsbury brill springer wiley doubleday scribner picador semiotext merlin
duckworth heinemann hutchinson faber longman longmans methuen pelican harvester
suhrkamp rowohlt dietz hanser reclam kohlhammer luchterhand wagenbach merve argument nomos
transcript metzler oldenbourg junius ullstein goldmann heyne diogenes kiepenheuer aufbau
unrast promedia vsa syndikat passagen turia wallstein steidl stroemfeld dtv westdeutscher
vandenhoeck klett klostermann meiner akademie
θεμέλιο κριτική νεφέλη πλέθρον γνώση οδυσσέας εστία κέδρος ύψιλον πόλις νήσος πατάκη
μεταίχμιο εξάντας ράππα κάκτος ίνδικτος αλεξάνδρεια σαββάλας καστανιώτη ψυχογιός τόπος
στοχαστής ερατώ ροές ηριδανός δωδώνη παπαζήση παπαζήσης σάκκουλα κουκκίδα άγρα ολκός
εκκρεμές αντίποδες ισνάφι βιβλιόραμα οκτώ οπισθόφυλλο σοκόλη ωκεανίδα προσκήνιο
εκδόσεις
"""

# Countries a film's or a broadcast's note gives before its year (Chicago 14.265: "*Title*,
# dir. Ann Vell (UK, 2017)"), as codes or one word. No country that is as often a surname
# ("France", "England").
_COUNTRIES = """
uk usa us ussr gdr frg ddr brd italy spain germany britain greece chile argentina brazil
portugal poland hungary russia japan china india cuba canada australia
"""

# Journals known by one word, before the year of an issue ("Telos, 1980", "Merkur 2012").
_JOURNALS = """
telos merkur prokla kursbuch konkret jacobin dissent salmagundi fillip theoria
"""

# The words of a volume, an issue, an edition or a season of a periodical, before its year:
# "Heft, 1979", "Ausgabe, 1979", "Τεύχος, 1985", "Sommer, 1979".
_PERIODICAL_PARTS = """
heft hefte jahrgang jg ausgabe auflage aufl nummer nr band bd bde teil kapitel seite seiten
sommer winter frühjahr frühling herbst sonderheft neuauflage nachdruck jahr jahre jahren
seit bis nach vor um im am aus bei mit zwischen mitte anfang
τεύχος τεύχη τόμος τόμοι έκδοση σελίδα κεφάλαιο άνοιξη καλοκαίρι φθινόπωρο χειμώνας
επανέκδοση ανατύπωση από έως μέχρι μετά πριν
"""


def fold(word: str) -> str:
    """A word lower-cased and stripped of its accents and final marks: "Αθήνα" -> "αθηνα"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().strip(".’'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _folded(words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words.split())


IMPRINT_WORDS = _folded(_PLACES) | _folded(_PUBLISHERS) | _folded(_JOURNALS) | _folded(_COUNTRIES)
PERIODICAL_PARTS = _folded(_PERIODICAL_PARTS)


def is_imprint_word(word: str) -> bool:
    """True for a place, publisher or journal that a note puts before a year."""
    return fold(word) in IMPRINT_WORDS


def is_periodical_part(word: str) -> bool:
    """True for the word of a volume, issue, edition or season before a year."""
    return fold(word) in PERIODICAL_PARTS
