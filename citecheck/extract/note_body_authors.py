"""A body as the author of the work a note opens with, in the shapes the reader's corporate
author (`note_patterns.CORPORATE`: capitalised English words, a comma, a marked title)
misses. Chicago 14.92 and MLA's corporate author, like DIN 1505-2's "Urheber", take an
organisation, a party's committee or a broadcaster for the author of its own statement,
report or programme:

- German: a body's noun ("Vorstand", "Zentralkomitee", "Bezirksleitung", or a compound
  ending in one: "Parteivorstand", "Metallarbeiter-Verband"), perhaps after its adjectives,
  and the body it belongs to in the genitive ("Parteivorstand der Arbeiterpartei"), then a
  comma or a colon and the work: "Zentralkomitee der Arbeiterpartei, Die Lage, Berlin 1932";
- Greek: a body's noun and its genitive ("Κεντρική Επιτροπή του Κόμματος, «…», …");
- a broadcaster's or a website's name that ends in "!" before a marked title ("Democracy
  Today!, “…,” broadcast 4 June 2015, http://…");
- a name led by "The" before a full stop and a quoted title, a bibliography's shape ("The
  Burning Fence. “Fault Lines,” 2019, http://…"): no person's name opens with "The".

The work is read as after a writer's name (one word stands in for the body) and takes the
body's whole name for its author, only when it has a title and a year or an address. A
paper or a publisher is never such a body: a paper's name has no body's noun, and the
body must open the note (or follow its cue), where an imprint's publisher never stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from citecheck.bibliography.names import author
from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_greek import GREEK_CAPITALS
from citecheck.extract.note_names import GREEK_BODIES
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

UNSURE = "a body as the author"

# German nouns that name a body (and the compounds ending in them): a party's or a union's
# committee, board, executive, office or federation. Not "Verlag" (a publisher), "Archiv"
# (where a document is kept), "Zeitung" (a paper), "Parteitag" (an event).
# "-leitung" and "-rat" only in a body's compounds ("Einleitung", "Referat" are none).
_GERMAN_HEADS = r"""(?:vorstand|komitee|zentrale|verband|bund|gewerkschaft|partei
    |ausschu(?:ss|ß)|präsidium|sekretariat|redaktion|kommission|ministerium|exekutive
    |fraktion|vereinigung|verein|kollektiv|institut|kammer|regierung
    |(?:reichs|bundes|landes|arbeits)amt
    |(?:bezirks|unterbezirks|partei|reichs|landes|bundes|zentral|gau|orts|kreis)leitung
    |(?:arbeiter|betriebs|zentral|soldaten|partei|bundes)?rat)"""

# A German body at the start: up to three adjectives (capitalised, with an adjective's
# ending), the body's noun, perhaps its region, and its genitive or its "für …"; then
# perhaps "(Hg.)", and a comma or a colon.
# matches "Zentralkomitee der Vereinigten Arbeiterpartei" before ", Die Lage",
# "Parteivorstand der Arbeiterpartei (Hg.)" before ": Protokoll", "Deutscher
# Metallarbeiter-Verband" before ", Jahrbuch"; not "Verlag der Arbeiterpartei" (a
# publisher), "Redaktion" alone (one word: no body's name), "Peter Bund" ("Peter" is no
# adjective before a compound's end: the noun alone needs its genitive)
_GERMAN_BODY = lazy_compile(
    rf"""(?P<body>
        (?P<adjectives>(?:(?!(?-i:D[aei][rsmn]|Ein)\b)(?-i:[{UPPER}])[a-zäöüß]++(?<=e|r|s|n|m)\s++){{0,3}})
        (?P<head>(?=(?-i:[{UPPER}]))[\w-]*?{_GERMAN_HEADS})(?![\w-])
        (?:\s++(?-i:[{UPPER}])[\w-]*+(?=\s++(?:der|des)\s))?  # a region: "Bezirksleitung Ruhr"
        (?P<genitive>(?:\s++(?:der|des|für|im|zur|zum)
            (?:\s++(?:(?-i:[{UPPER}])[\w.-]*+|der|des|und|für)){{1,6}}?
          |\s++(?-i:[{UPPER}])[\w-]*+s(?=\s*+[,:(]))?)
        )
        (?P<edited>\s*+\((?:Hg|Hrsg)\.\))?
        (?=\s*+[,:]\s)""",
    re.VERBOSE | re.IGNORECASE,
)

# A Greek body at the start: up to two adjectives, the body's noun, the genitive article
# and the body it belongs to (words or an acronym, perhaps a bracket after it), then a comma.
# matches "Κεντρική Επιτροπή του ΚΚΕ", "Κεντρική Επιτροπή του Κόμματος", "Ένωση Εργατών
# του Λιμανιού"; not "το άρθρο του Α. Μπέλλου" (no capital noun first), "Ένωση Εργατών"
# (no genitive article: `note_names` reads it)
_GREEK_BODY = lazy_compile(
    rf"""(?P<body>
        (?P<words>(?:[{GREEK_CAPITALS}][^\W\d_]*+\s++){{1,3}})
        (?:του|της|των)\s++
        [{GREEK_CAPITALS}][^\W\d_]*+(?:\s++(?:[{GREEK_CAPITALS}][^\W\d_]*+|και)){{0,4}}
        (?:\s++\([^()\n]{{1,12}}\))?)
        (?=\s*+,\s)""",
    re.VERBOSE,
)


def body_alone(text: str, segment: Span) -> bool:
    """The segment is a body's name led by "The" and its full stop, and a quoted title opens
    the next sentence ("The Burning Fence. “Fault Lines,” 2019, …"): it takes that sentence,
    as a writer's name alone does."""
    if not text.startswith("The", segment.start):
        return False  # cheap test first
    found = _THE_NAME.match(text, segment.start)
    return found is not None and found.end("body") == segment.end - 1


# A broadcaster's or a website's name ending in "!", before a comma and a marked title.
# matches "Democracy Today!" before ", “The Long Strike,”"; not "Strike!" (one word: a
# title's cry as likely), "Today!" before ". “…”"
_CRY_NAME = lazy_compile(
    rf"""(?P<body>(?-i:[{UPPER}])[\w'’.-]*+(?:\s++(?:(?:of|the|and|&)\s++)?(?-i:[{UPPER}])[\w'’.-]*+){{0,4}}!)
        (?=,\s++[“"‘*_])""",
    re.VERBOSE,
)

# A name led by "The", a full stop, then a quoted title.
# matches "The Burning Fence" before ". “Fault Lines,”"; not "The Burning Fence" before ",
# “…”" (`CORPORATE` reads that), "The" alone, "The end." before a quotation in lower case
_THE_NAME = lazy_compile(
    rf"""(?P<body>The(?:\s++(?-i:[{UPPER}])[\w'’-]*+){{1,5}})\.\s++(?=[“"‘][{UPPER}])""",
    re.VERBOSE,
)

# English nouns that name a body. Not "International" (a journal's name as often: "International
# Socialism"), "Press", "Books" (a publisher), "Review", "Times" (a journal, a paper).
_ENGLISH_NOUNS = frozenset(
    """league committee council party union federation association society institute
    commission front movement group collective tendency network alliance coalition congress
    bureau office ministry department campaign organisation organization foundation centre
    center trust board assembly caucus""".split()
)

# Words that open a sentence of prose, not a body's name.
_NOT_FIRST = frozenset(
    """for in on and to at by from with as after before this that these those our their his
    her its see cf also but when while""".split()
)

# An English body's name: capitalised words joined by "of", "on", "and", "for", "the", "in",
# "to", "a", "against" or "&" (the reader's `CORPORATE` joins fewer), then a comma; which
# words are a body's is `_english`'s test.
# matches "Committee to Defend the Docks" before ", “", "League for a Workers' Republic"
# before ", *"; not "Jan Obst" (no body's noun: `_english`), "*Pravda*" (a paper in
# emphasis), "Council for Open Housing" before ". " (a sentence ends)
_ENGLISH_BODY = lazy_compile(
    rf"""(?P<body>(?-i:[{UPPER}])[\w'’-]*+
        (?:\s++(?:(?:of|on|and|for|the|in|to|a|an|against|&)\s++){{0,2}}(?-i:[{UPPER}])[\w'’-]*+){{1,7}})
        (?=,\s)""",
    re.VERBOSE,
)


def english_body_noun(word: str) -> bool:
    """A body's noun, perhaps in the possessive or the plural ("Workers' Committees")."""
    word = word.lower()
    return word in _ENGLISH_NOUNS or word.rstrip("'’s") in _ENGLISH_NOUNS


def _english(s: str, k: int) -> re.Match[str] | None:
    """An English body's name at `k`: a body's noun among its words, no word of prose first."""
    found = _ENGLISH_BODY.match(s, k)
    if found is None:
        return None
    words = found.group("body").split()
    if words[0].lower() in _NOT_FIRST:
        return None  # "For the Council, …": prose
    if not any(english_body_noun(w) for w in words):
        return None  # "Jan Obst", "New Left Survey": no body's noun
    first = found.group("body").split(" and ")[0].split()
    if not any(english_body_noun(w) for w in first):
        return None  # "Anne Pell and the Housing Committee": a person, then a body
    if not _noun_heads(words):
        return None  # "The History of the Party": a work about the body, no body
    return found


# The words that end an English name's head: what follows them is its complement ("of
# Dock Workers", "for a Workers' Republic", "to Defend the Docks").
_COMPLEMENT = frozenset("of on for to in against".split())


def _noun_heads(words: list[str]) -> bool:
    """The body's noun heads its name (Chicago 14.92's corporate author is the body
    itself): it stands before the complement ("Committee to Defend the Docks", "Union of
    Dock Workers"), or ends a name whose complement has no article ("House of Commons
    Select Committee"); a body after "of the" is the subject of a title ("The History of
    the Party", "A Report on the Council")."""
    cut = next((i for i, w in enumerate(words) if w in _COMPLEMENT), len(words))
    if any(english_body_noun(w) for w in words[:cut]):
        return True
    after = words[cut:]
    return english_body_noun(words[-1]) and not any(w in ("the", "a", "an") for w in after)


# A body's initials, before a comma (Chicago 14.92 allows a body's abbreviation where it is
# known so): two to six capitals, perhaps a hyphen's second part or a bracket after them.
# matches "KAP", "ΚΚΕ", "KAP-Nord", "ΚΚΕ (εσ.)" before ", "; not "Marx" (lower case), "MEW"
# alone (it is, but the work after it is a volume: see `_VOLUME`), "XIV" (a numeral), "A."
_INITIALS = lazy_compile(
    r"""(?P<body>(?![IVXLCDM]++\b)(?-i:[A-ZÄÖÜΑ-ΩΆΈΉΊΌΎΏ]{2,6})(?![\w.])
        (?:-(?-i:[A-ZÄÖÜ])\w{0,8})?(?:\s\([^()\n]{1,12}\))?)
        (?=,\s)""",
    re.VERBOSE,
)

# A title that is a volume or a call number: the initials name an edition or an archive
# ("MEW, Bd. 23", "MECW, vol. 5", "MRC, MSS.292/1"), no body that signs a work.
# matches "Bd. 23", "vol. 5", "Abt. II", "τόμ. 3", "MSS.292/1"; not "Die Lage im Reich"
_VOLUME = lazy_compile(r"(?i:bd|vol|abt|nr|no|heft|teil|τόμ|τ|αρ)\.|[^\W\d_]*+[\d./]")

# A plain "title" holding a comma or a call number: the places and shelf marks of an archive
# ("University of Leeds, MS 12/3"), no work's title.
# matches ", ", "MS 12/3", "12/3"; not "Die Lage im Reich", "Jahrbuch 1927"
_CALL_NUMBER = lazy_compile(r",\s|\d/\d")

Reader = Callable[..., NoteCitation | None]

# The surname that stands in for a body while the work after it is read.
_STAND_IN = "Xxxxx"
_COLON_STAND_IN = "Xxx Xxxxx"


# The body's nouns standing alone (not a compound's end): some are surnames too ("Bund",
# "Rat"), so alone after a capitalised word ("Peter Bund") they name no body without the
# genitive.
_BARE = frozenset(
    """vorstand komitee zentrale verband bund gewerkschaft partei ausschuss ausschuß präsidium
    sekretariat redaktion kommission ministerium exekutive fraktion vereinigung verein
    kollektiv rat institut kammer regierung""".split()
)


def _german(s: str, k: int) -> re.Match[str] | None:
    found = _GERMAN_BODY.match(s, k)
    if found is None or found.group("genitive"):
        return found  # "Vorstand der Arbeiterpartei", "Partei Deutschlands"
    if found.group("adjectives") and found.group("head").lower() not in _BARE:
        return found  # "Deutscher Metallarbeiter-Verband": an adjective and a compound
    return None  # "Redaktion, …", "Peter Bund": the noun alone names no body


def _greek(s: str, k: int) -> re.Match[str] | None:
    found = _GREEK_BODY.match(s, k)
    if found is None:
        return None
    words = found.group("words").split()
    if words[0] in _GREEK_ARTICLES:
        return None  # "Η Ομάδα της …": prose about the body, not its name
    return found if words[-1].lower() in GREEK_BODIES else None


# Greek articles, capitalised at a sentence's start.
_GREEK_ARTICLES = frozenset("Η Ο Το Τα Οι Τη Την Τις Τον Του Της Των".split())


def _read_as_person(s: str, k: int, offset: int, end: int, note: int, read_at: Reader) -> bool:
    """The reader reads the segment at `k` as a person's work: where a marked title follows
    an English body's name ("CCI Collective, “…”." as Collective's), the body keeps its
    whole name, as in its other notes; where the reader reads no work ("The League of
    Nations, *Report*."), neither does this module."""
    plain = read_at(s, k, offset, end, note)
    return plain is not None and bool(plain.authors)


def body_work(
    s: str, k: int, offset: int, end: int, note: int, read_at: Reader
) -> NoteCitation | None:
    """The work at `k` (the segment's start or after its cue) that a body signs, with the
    body's whole name as its author; None when no such body opens it."""
    if not s[k : k + 1].isupper():
        return None  # cheap test first: a body's name is capitalised
    found = _CRY_NAME.match(s, k) if "!" in s else None
    found = found or (_THE_NAME.match(s, k) if s.startswith("The", k) else None)
    found = found or _german(s, k) or _greek(s, k)
    english = found is None and (found := _english(s, k)) is not None
    initials = found is None and (found := _INITIALS.match(s, k)) is not None
    if found is None:
        return None
    at, stop = found.span("body")
    # one short word stands in for the body, where the note would open with a writer's
    # surname; the name's full stop before a quoted title ("The Burning Fence. “…”")
    # stands as the writer's comma does
    rest = "," + s[stop + 1 :] if s[stop : stop + 1] == "." else s[stop:]
    # before a colon, a given name too: DIN 1505-2's "Name: Titel. Ort Jahr" wants one
    stand_in = _COLON_STAND_IN if rest.lstrip().startswith((":", "(")) else _STAND_IN
    shift = stop - len(stand_in)
    if shift < at:
        return None
    read = read_at(stand_in + rest, 0, offset + shift, end, note)
    if read is None or len(read.authors) != 1 or not read.title:
        return None
    paged = read.pages and read.title_style != "plain" and not initials
    # DIN 1505-2's colon after the body: its details may stand in the next sentences, read
    # on after the note is read ("Vorstand der …: Protokoll …. Berlin 1931.")
    colon = "names before a colon" in read.unsure
    marked = english and read.title_style != "plain"
    if not (
        read.year
        or read.url
        or paged
        or colon
        or (marked and _read_as_person(s, k, offset, end, note, read_at))
    ):
        # a body's name and a title alone: prose as likely as a work; a marked title and a
        # page are the body's work in short ("Workers' League, “Against the Cuts,” 3.")
        return None
    if read.title_style == "plain" and _CALL_NUMBER.search(read.title):
        return None  # "Department of …, University of Leeds, MS 12/3, 1971": an archive's
    if initials and (
        _VOLUME.match(read.title) or len(read.title.split()) < 2 or "inverted" in read.unsure
    ):
        return None  # "MEW, Bd. 23", "MARX, Karl: …" (a DIN name in capitals): no body
    return replace(
        read,
        text=s[at : read.span.end - offset],
        span=Span(offset + at, read.span.end),
        authors=(author(found.group("body")),),
        unsure="; ".join(p for p in (read.unsure, UNSURE) if p),
    )
