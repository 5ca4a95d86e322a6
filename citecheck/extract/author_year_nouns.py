"""German and Greek common nouns where the author-year reader would read writers: "Krieg und
Frieden 1999, S. 4", "über Staat und Kirche (1905)", "die Revolution (1918)", "της
Επανάστασης (1917)".

German capitalises every noun, so "Krieg und Frieden 1999" has the shape of "Varga und Kolb
1999", and a Greek noun after its article that of a surname after one ("ο Μηλιός"). The
reader weighs the evidence, strongest first:

- for writers: the document names one of the words as a writer (its reference list, or a
  work its notes read with that writer: `ImprintEvidence.authors`); one is enough, as a
  list may give the first writer only ("Hartung, Ilse u. a.");
- against: a German article, a preposition fused with one ("im", "zum") or a possessive just
  before, or opening a pair ("die Revolution (1918)", "im Manifest (1848)", "der Krieg und
  Frieden"): German puts none before a writer's name; a Greek neuter article ("το
  Κεφάλαιο"), which no person takes; a Greek feminine singular one before a word in "-ς"
  ("της Επανάστασης"), as no woman's surname ends (they are genitives: "Παπαδοπούλου");
  a Greek singular article before a pair, which writers would not take ("η Δημοκρατία και
  Ελευθερία"); those hold for one word too;
- for a pair joined by "und", "u." or "και": a page inside the year's brackets ("(2008:
  12)", "(2008, S. 4)"), as a citation gives it, for writers; against, a preposition
  that governs a thing before it ("über Staat und Kirche"), a German noun suffix ("-ung",
  "-heit", "-keit", "-schaft", "-tum", "-tion", "-tät", "-nis") or a Greek common noun's
  ending ("-ία", "-ση", "-ισμός", "-ότητα", "-οσύνη", "-μα") on either word, and, last, a
  short list of frequent abstract nouns (`ABSTRACT_NOUNS`); the same after a sentence's
  cue ("Laut Statistik (1999)": `citations.py`).

A pair with no evidence either way stays two writers ("Varga und Kolb 2008, S. 4"). One
word's suffix is no evidence alone: a body's name ends so too ("Bundesregierung 2016",
"Rosa-Luxemburg-Stiftung (2012)", "Συνασπισμός (1999)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citecheck.extract.imprint_evidence import ImprintEvidence
from citecheck.extract.imprint_words import fold, is_imprint_word

# German articles, prepositions fused with one, and possessives: a common noun follows
# them, never a writer's surname ("die Revolution (1918)", "im Manifest (1848)").
GERMAN_ARTICLES = frozenset(
    """der die das den dem des ein eine einer eines einem einen im am zum zur vom beim ins
    ans aufs sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres unser
    unsere unserem unseren unserer unseres""".split()
)

# Articles that may stand inside the candidate as a surname's particle ("der Krieg und
# Frieden" reads "der" as in "van der Linden"). Only in lower case: a capital one at a
# sentence's start is the article when it opens a joined pair (`_article_opens`).
_ARTICLE_PARTICLES = frozenset("der die das den dem des".split())

# German prepositions that govern a thing, not a writer's work, before a pair: "über Staat
# und Kirche (1905)", "zwischen Krieg und Frieden". Those that introduce a writer ("bei",
# "nach", "laut", "von", "mit", "gegen", "in": "in Varga und Kolb (2008)", their volume)
# are left out.
_THING_PREPOSITIONS = frozenset(
    "über zwischen durch ohne um unter vor seit aus auf an wider statt".split()
)

# Greek articles: neuter ones (no person takes one), feminine singular ones (a woman's
# surname after one never ends in "-ς") and every singular one (two writers take a plural).
_GREEK_NEUTER = frozenset("το τα στο στα".split())
_GREEK_FEMININE = frozenset("η της την τη στη στην στης".split())
_GREEK_SINGULAR = _GREEK_NEUTER | _GREEK_FEMININE | frozenset("ο του τον στον στου".split())

# A Greek feminine noun's ending in "-ς" (compared folded, accents dropped).
# matches "επαναστασησ", "ελλαδασ", "μεθοδοσ"; not "παπαδοπουλου", "butler"
_FEMININE_NOUN_END = re.compile(r"[αηο]σ$")

# The word before the candidate (a letter run, full stops kept for "u.").
# matches "über " (word "über"), "της " (word "της"); not "1974 "
_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_]+)\s*$")

# How a pair is joined in German and Greek, where the nouns of titles are joined the same.
# matches " und ", " u. ", " και "; not " and ", "/"
_JOINED = re.compile(r"\s(?:und|u\.|και)\s")

# A German noun suffix after a stem of at least five letters for "-ung" and four for
# "-tum" and "-nis" (three for the rest), in the singular or the plural. Stems are bounded
# so that surnames ending so stay writers ("Jung", "Cheung", "Hartung", "Tatum", "Dennis");
# no surname ends in "-heit", "-keit", "-schaft", "-tät" or "-tion" (a body's name may).
# matches "Verfassung", "Bewegungen", "Freiheiten", "Gesellschaft", "Eigentums",
# "Revolution", "Universität", "Erkenntnis"; not "Jung", "Hartung", "Bildung" (too short a
# stem to tell), "Nation" (listed), "Dion", "Marion"
_GERMAN_NOUN = re.compile(
    r"""(?:[^\W\d_]{5,}ung(?:en)?
          |[^\W\d_]{4,}(?:tum|nis)(?:s|se|ses)?
          |[^\W\d_]{3,}(?:heit|keit|schaft|tät)(?:en)?
          |[^\W\d_]{2,}(?:t|s|g|x)ion(?:en)?)$""",
    re.VERBOSE,
)

# A Greek common noun's ending (folded: lower case, no accents, final "σ") after a stem of
# at least three letters. Some are also a surname's other forms (a woman's surname or a
# man's accusative in "-ση", "-ια": "Παπαθανάση", "Ζαχαρία"), and a body's name may end
# in "-ισμός" ("Συνασπισμός"): evidence beside another word only, never alone.
# matches "δημοκρατια", "αληθεια", "επανασταση", "μαρξισμοσ", "κοινοτητα", "δικαιοσυνη",
# "κινημα", "πολιτικη"; not "μηλιοσ", "σαββακησ", "παπαδοπουλου", "ζηση" (a stem too short)
_GREEK_NOUN = re.compile(
    r"""[α-ω]{3,}(?:ια|ση|ξη|ψη|ισμ(?:οσ|ου|ο|οι|ων)|οτητ(?:α|ασ|εσ)|οσυνησ?|ματα|ματοσ|ματων
                   |ημα|ωμα|αμα|γμα|σμα|μμα|ικη)$""",
    re.VERBOSE,
)

# The last resort: frequent German and Greek abstract and collective nouns of titles and
# themes that no suffix marks ("Krieg und Frieden", "Staat und Kirche", "Κράτος και
# Επανάσταση"). A list, because nothing in these words' form tells them from a surname;
# short, because any list misses an unseen document's words; and without the nouns that
# are as often surnames (Krieg, Mann, Bauer, Bürger, Koch, Kaiser, König, Sinn, Ende, Reich,
# Stern, Wunsch, Wolf, Stein, Geist, Held, Land, …), which the words beside them still tell.
ABSTRACT_NOUNS = frozenset(
    fold(word)
    for word in """
    Frieden Staat Staaten Kirche Kirchen Arbeit Kapital Geld Macht Recht Rechte Politik
    Geschichte Kultur Natur Sprache Kunst Zeit Welt Leben Tod Liebe Glaube Vernunft Wissen
    Markt Klasse Klassen Partei Parteien Volk Völker Nation Nationen Reform Krise Kritik
    Theorie Praxis Moral Sitte Sitten Religion Familie Mensch Menschen Gott Götter Form
    Inhalt Wert Werte Ware Waren Lohn Profit Boden Stadt Schule Technik Methode Sein
    Anfang Ursprung Moderne Demokratie Diktatur Arbeiter Bauern Gewalt Angst Utopie
    Ideologie Chaos Mythos Strafe Verbrechen Schuld Sühne Vorurteil Wesen Begriff Dialektik
    Subjekt Objekt Ökonomie Philosophie Körper Seele Wort Zeichen Heimat Exil Widerstand
    Opfer Kampf Streik Hegemonie Imperium Gesetz Gesetze Republik Monarchie Proletariat
    Bourgeoisie Besitz Handel Industrie Umwelt Zukunft Vergangenheit Gegenwart Bewusstsein
    Ethik Ästhetik Logik Statistik Angaben Daten Zahlen Quellen Dokumente Briefe Werke
    Schriften Reden Aufsätze Thesen Räte Revolution Bewegung Gewerkschaften Krieges Friedens
    κράτος κράτους έθνος έθνους πόλεμος πολέμου ειρήνη κεφάλαιο κεφαλαίου πράξη τάξη τάξεις
    κρίση φύση λαός λαού νόμος νόμου δίκαιο τέχνη γλώσσα αγορά βία άνθρωπος θάνατος χρόνος
    χώρος πόλη χρήμα έρωτας ιστορία θεωρία αριστερά δεξιά εργάτες εργασία
    """.split()
)


def common_nouns(
    names: Sequence[str],
    authors: str,
    before: str,
    bracket_page: bool,
    evidence: ImprintEvidence,
) -> bool:
    """True when the candidate's words (`names`, split from `authors` as matched) are common
    nouns, not writers; `before` is the text before the candidate, `bracket_page` whether a
    page stands inside the year's brackets, `evidence` the document's own writers."""
    if any(_last(name) in evidence.authors for name in names):
        return False  # the document names them as writers (a list may give only the first)
    joined = len(names) > 1 and _JOINED.search(authors) is not None
    previous = _WORD_BEFORE.search(before)
    word = previous.group("word") if previous else ""
    ahead = before[: previous.start()] if previous else before
    if word in GERMAN_ARTICLES and not _relative(word, ahead):
        return True  # "die Revolution (1918)", "im Manifest (1848)"
    if word in GERMAN_ARTICLES and len(names) == 1 and common_noun(names[0]):
        return True  # "…, die Revolution (1918)": an article or a relative, then a noun
    if _article_particle(authors, joined) and not _relative(authors.split()[0], before):
        return True  # "der Krieg und Frieden", "Das Kapital (1867)": read as a particle
    folded = word.lower()  # not casefold: it makes a final "ς" "σ"
    if folded in _GREEK_NEUTER:
        return True  # "το Κεφάλαιο (1867)"
    if folded in _GREEK_FEMININE and _FEMININE_NOUN_END.search(_last(names[0])):
        return True  # "της Επανάστασης (1917)"
    if not joined:
        # one word alone is a writer by its form: a body's name ends so too
        # ("Bundesregierung 2016", "Rosa-Luxemburg-Stiftung (2012)", "Συνασπισμός (1999)")
        return False
    if folded in _GREEK_SINGULAR:
        return True  # "η Δημοκρατία και Ελευθερία": a pair of writers takes "οι"
    if bracket_page:
        return False  # "Varga und Kolb (2008: 12)": a citation's page
    if word in _THING_PREPOSITIONS:
        return True  # "über Staat und Kirche (1905)"
    return any(common_noun(name) for name in names)


def common_noun(name: str) -> bool:
    """A German or Greek common noun by its suffix or ending, or one of the listed abstract
    nouns: evidence beside another word (a pair, a sentence's cue), never alone, as a
    body's name may end so ("Bundesregierung", "Συνασπισμός"); one word only (a surname
    with a particle is a name: "van der Linden")."""
    if len(name.split()) != 1 or is_imprint_word(name):
        return False
    folded = fold(name)
    if folded in ABSTRACT_NOUNS or _GERMAN_NOUN.search(name):
        return True
    return _GREEK_NOUN.search(folded) is not None


def _article_particle(authors: str, joined: bool) -> bool:
    """The candidate opens with a German article read as a surname's particle: "der Krieg
    und Frieden", "Das Kapital (1867)", "Der Spiegel (1999)". "Den" and "Des" are Dutch and
    French particles too ("Den Uyl", "Des Forêts"), and "den" one ("den Boer"): those count
    only before a pair joined by "und" or "u." (German)."""
    words = authors.split()
    if len(words) < 2:
        return False
    first = words[0]
    if first in ("der", "die", "das", "dem", "des", "Der", "Das", "Dem"):
        return True
    return joined and first in ("den", "Den", "Des")


# A comma, perhaps with a preposition, before "der", "die", "das" …: they open a relative
# clause there, and a writer may follow ("die These, die Varga (2008) vertritt", "die
# Arbeit, auf die Varga (2008) verweist").
# matches ", " and ", auf " before the pronoun; not "über " alone, ", und "
_RELATIVE_BEFORE = re.compile(
    r",\s*+(?:(?:auf|in|an|mit|von|zu|bei|nach|über|unter|für|gegen|durch|aus|vor|um)\s++)?$"
)


def _relative(word: str, ahead: str) -> bool:
    """The article `word`, with `ahead` the text before it, opens a relative clause."""
    # the definite articles are also the relative pronouns
    return word in _ARTICLE_PARTICLES and _RELATIVE_BEFORE.search(ahead) is not None


def _last(name: str) -> str:
    words = name.split()
    return fold(words[-1]) if words else ""
