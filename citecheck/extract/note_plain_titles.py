"""Plain titles, as a web copy leaves them (emphasis and quotes stripped), and what vouches
for one: an imprint right after it ("Republic of Fear (Los Angeles: …, 1998)"), an address
or an imprint in the bracket after it, or a block quotation. Without such a voucher a plain
title cannot be told from prose."""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.bibliography.names import author
from citecheck.extract.note_details import read_details
from citecheck.extract.note_editor_lists import EDITED_BY as EDITORS_WORDS
from citecheck.extract.note_editors import editors_after
from citecheck.extract.note_german import din_imprint_at, open_imprint_at
from citecheck.extract.note_german_marks import EDITED_BY, TRANSLATED_BY
from citecheck.extract.note_greek import GREEK_CAPITALS, GREEK_NOT_NAME_WORDS
from citecheck.extract.note_greek_names import writer_after_plain_title
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_parts import build_citation
from citecheck.extract.note_patterns import (
    DATE,
    GIVEN_PERSON,
    NAMES,
    NOT_TITLE_STARTS,
    PLACE_ON,
    PLACE_YEAR_IMPRINT,
    PLAIN_TITLE_END,
    PUBLISHER_PLACE_IMPRINT,
    URL,
)
from citecheck.extract.note_titles import IMPRINT_AHEAD, NUMERAL_TITLE, SEE, title_case
from citecheck.extract.note_unbracketed import unbracketed_imprint_title
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation

# Between a plain title and the imprint that vouches for it: an editor, a translator, a
# volume, an edition or the original year.
# matches ", ed. John Strohmeier and Jeffrey Cook " before "(Berkeley", ", edited and
# translated by Joan Hale " and ", ed. and trans. Joan Hale " (the editor's words of
# `note_editor_lists`, tried first), ", trans. E. B.
# Ashton " (initials), ", 2nd ed. " (an edition, as Chicago writes it), ", edited by Joan
# Hale ", ", übers. v. Ben Brewster ", ", hg. v. Joan Hale " (German), Greek ", μτφρ. Ben
# Reed ", ", επιμέλεια Ada Lind ", ", σε μετάφραση Ada Lind ", " (2nd ed.) " before "(London",
# " (1938) ", ", 1850--2000 " (the title's years); not ". He wrote ", ", which
# appeared " (prose: no imprint follows)
_TO_IMPRINT = lazy_compile(
    rf"""(?:\s*,?\s*(?>(?:{EDITORS_WORDS}
                       |(?:eds?|trans|tr|vol|rev|repr|comp|introd|intro|trad|μτφρ|μετάφρ|επιμ|τόμ)\.
                       |(?:edited|translated|introduced)\s+by|(?:σε\s+)?μετάφραση|επιμέλεια
                       |a\s+cura\s+di|(?:with\s+an?\s+)?(?:introduction|foreword|preface)\s+by
                       |{EDITED_BY}|{TRANSLATED_BY})\s
                    (?:[^().;:]|(?<=\b[A-Z])\.){{0,80}}
                    |(?:1[5-9]\d\d|20\d\d)\s*(?:-+|–)\s*\d{{2,4}}
                    |\(\s*(?:\d+(?:st|nd|rd|th)|rev\.|new)\s+ed(?:ition|\.)?\s*\)
                    |(?:\d{{1,2}}(?:st|nd|rd|th)|rev\.|revised|new)\s+ed(?:ition\b|\.)
                    |\(\s*(?:1[5-9]\d\d|20\d\d)\s*\)))*+
        \s*,?\s*(?=\()""",
    re.VERBOSE,
)


def imprint_after(s: str, at: int) -> bool:
    """An imprint "(Place: Publisher, Year)" right after `at`, or after an editor,
    translator, volume or edition: what vouches for a plain title in a web copy."""
    if PLACE_YEAR_IMPRINT.match(s, at) or PUBLISHER_PLACE_IMPRINT.match(s, at):
        # "Axel Honneth, Das Andere der Gerechtigkeit, Frankfurt 2000: 41", Greek "…, Πατάκης,
        # Αθήνα 2010"
        return True
    return bracket_imprint_after(s, at)


def bracket_imprint_after(s: str, at: int) -> bool:
    """An imprint in brackets right after `at`, or after an editor, translator, volume or
    edition ("…, trans. Ann Lee (London: Dale, 1990)")."""
    between = _TO_IMPRINT.match(s, at)
    return between is not None and IMPRINT_AHEAD.match(s, between.end()) is not None


def _edited_with_details(s: str, at: int) -> bool:
    """The book's editors right after `at`, then its place and year in any shape ("…,
    edited by Ann Lee, Leeds: Dale, 2001", "…, ed. Ann Lee (Leeds, 2001)", "…, edited by
    Ann Lee, 2 vols. (Leeds: …)"): the editor's clause belongs to the title before it
    (Chicago 14.87, 14.103), and with the work's details after it vouches for that title as
    an imprint does."""
    edited = editors_after(s, at)
    if edited is None:
        return False
    # the place and year stand near (an imprint, a volume count before it): a bounded look
    # keeps a note of many such titles linear
    details = read_details(s[edited[1] : edited[1] + 200])
    return bool(details.place and details.year)


def vouched_plain_title(s: str, at: int, *, place_year: bool = False) -> tuple[str, int] | None:
    """A plain title at `at` and where it ends, when an imprint right after it vouches for
    it: "Republic of Fear (Los Angeles: …, 1998)", "see For They Know Not What They Do: …
    (London: Verso, 2002)". Not a person ("Leon Trotsky (New York: …)"), not prose ("This
    argument is made at length in his book (London: …)")."""
    if not (s[at : at + 1].isupper() or NUMERAL_TITLE.match(s, at)) or DATE.match(s, at):
        return None
    stop = PLAIN_TITLE_END.search(s, at)
    stop_at = stop.start() if stop else len(s)
    title = s[at:stop_at].strip(" ,.")
    if _MARKS.search(title):
        return None  # emphasis or quotes inside: a marked title's leftovers, not a plain one
    words = title.split()
    if not 2 <= len(words) <= 30 or words[0].lower().strip(".,") in NOT_TITLE_STARTS:
        return None
    byline = writer_after_plain_title(title)  # the writer's genitive is no title's words
    checked = byline[0] if byline else title
    if not title_case(checked) or not _mostly_capitalised(checked.split()) or SEE.search(title):
        return None
    if _NOT_A_TITLE.search(title) or _short_word_colon(words) or _names_first(title):
        return None
    if _PLACE_OF_WORDS.fullmatch(title):
        return None  # "Frankfurt am Main, hg. v. Oskar Negt (Berlin: …)": a place, no title
    if imprint_after(s, stop_at) or _edited_with_details(s, stop_at):
        return title, stop_at
    if place_year and din_imprint_at(s, stop_at) and _lower_word(words):
        # DIN 1505-2's imprint outside brackets, "Ort: Verlag Jahr" (no comma before the
        # year), after an unsigned or a body's work: "Die Partei und die Klasse, Berlin:
        # Dietz 1931" (Chicago's "…, Leeds: Dale, 1977" is left as it was); a word in lower case
        # keeps a person's names out, as below, and so does an initial (Greek prose naming
        # persons before an imprint: "Μίλησαν ο Α. Καρπαθάκης …, Αθήνα: Κριτική 2006")
        if not _INITIAL_IN.search(title):
            return title, stop_at
    if place_year and _PLACE_YEAR_BRACKET.match(s, stop_at) and _lower_word(words):
        # "Programme of the Labour Party (London, 1918)": a body's unsigned work and where
        # and when it appeared; a word in lower case keeps a person's names out ("Leon
        # Trotsky (London, 1918)")
        return title, stop_at
    return None


# An initial among a title's words: a person named in it.
# matches "Α." in "ο Α. Καρπαθάκης", "J." in "J. Wendel"; not "Die Partei und die Klasse"
_INITIAL_IN = lazy_compile(r"(?<![\w.])[^\W\d_]\.")


# A place and a year in brackets, no publisher: the imprint of a body's programme, report or
# resolution (Chicago 14.131 allows the place and year alone; DIN 1505 "Ort Jahr").
# matches " (London, 1918)", " (Berlin 1925)", " (Frankfurt am Main 1925)"; not " (1918)", "
# (May 1918)", " (London: Dale, 1918)" (a publisher: `imprint_after`), " (see 1918)"
_PLACE_YEAR_BRACKET = lazy_compile(
    r"""\s*+\(\s*+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mai|Mär|Okt|Dez
                      |Spring|Summer|Autumn|Fall|Winter)[a-z]*\.?\s)
        (?P<place>[A-Z][\w/.-]*+(?:\s++(?:am|an\s+der|upon|on|[A-Z][\w/.-]*+)){0,3}),?\s++
        (?P<year>1[5-9]\d\d|20\d\d)\s*+\)""",
    re.VERBOSE,
)


def _lower_word(words: list[str]) -> bool:
    """A word in lower case stands among the title's (a joining word: "of", "der", "του"),
    and the title is in headline case: no longer word in lower case, but in a German title
    (its adjectives and verbs are: "Die Lage der arbeitenden Klasse"), so that prose is no
    title ("On the strike of the dockers (London, 1918)")."""
    lower = [word for word in words[1:] if word[:1].islower()]
    if not lower:
        return False
    if any(word in _GERMAN_JOINERS for word in lower):
        # a German title's lower-case words join or qualify ("der", "ländlichen"), a
        # sentence's are verbs and adverbs too ("Die Partei war damals der Meinung")
        return all(word in _GERMAN_JOINERS or _GERMAN_ADJECTIVE.fullmatch(word) for word in lower)
    return all(len(word) <= 3 for word in lower)


# German articles and joining words, which mark a German title's case.
_GERMAN_JOINERS = frozenset(
    """der des die das dem den ein eine eines einer und oder für zur zum im am vom von in an
    auf über gegen""".split()
)

# A German adjective or participle before its noun, by its ending.
# matches "ländlichen", "arbeitenden", "neue", "deutsches"; not "war", "damals", "ist"
_GERMAN_ADJECTIVE = lazy_compile(r"[a-zäöüß]{2,}(?:e|en|er|es|em)")


# A place of several words, which a plain title never is.
# matches "Frankfurt am Main", "Frankfurt a. M.", "Newcastle upon Tyne"; not "Republic of
# Fear", "The Harbour Question"
_PLACE_OF_WORDS = lazy_compile(rf"[A-ZÄÖÜ][\w.-]*{PLACE_ON}")


# A plain "title" that is not one: a name or a title before a comma and a capital ("Marx,
# Capital", "World Commission …, Our Common Future"), Greek too ("Σύμφωνα με την Άννα Βέλλη,
# Οι απεργίες": a writer in prose, then the title).
# matches ", Our" in "World Commission on Environment, Our Common Future", ", Οι" in "…
# Άννα Βέλλη, Οι απεργίες"; not ", and" in "Time, Labor, and Social Domination", ",
# Revolutionary" after "Helen Macfarlane: a …"
_NOT_A_TITLE = lazy_compile(rf"^[^:]*,\s+[A-Z{GREEK_CAPITALS}]")


def _short_word_colon(words: list[str]) -> bool:
    """A short lower-case word before a colon: "in:", "στο:" (a container's cue), not a
    title's "Iraq:" or "Done:"."""
    return any(w.endswith(":") and len(w) <= 5 and w[:-1].islower() for w in words)


def _names_first(title: str) -> bool:
    """A person's names opening the words, then a comma or a title's capital: "Cedric
    Johnson, foreword to …", "John Holloway Change the World …" (names, then the title); not
    words joined by "and" ("History and Class Consciousness")."""
    person = NAMES.match(title)
    if person is None or not plausible_names(person.group("names")):
        return False
    names = person.group("names")
    if any(word.lower().strip(",.") in _TITLE_WORDS for word in names.split()):
        return False  # "Collected Works", "Selected Writings": a book's words, no person's
    if title.endswith(("?", "!")) and len(names.split()) == len(title.split()):
        return False  # "Why Organise?": a question, not a person
    if names.endswith(("'s", "’s")) and title[person.end() :].strip()[:1].islower():
        return True  # "Gwen Tate's view of the strike": a person's, in prose
    if title[person.end() : person.end() + 1] == ",":
        # "Imperialism, the Highest Stage of …": one word and a lower-case one after the
        # comma is a title's apposition, not a name
        return len(names.split()) > 1 or title[person.end() + 1 :].strip()[:1].isupper()
    if " and " in names or "&" in names:
        return False
    words = names.split()
    if _genitive_article(words):
        return False  # "Programm der Volkspartei": a noun and its genitive, no person
    if len(words) == len(title.split()):
        return True  # "Leon Trotsky": a person, no title
    return (
        any(  # "John Holloway" then "Change": the person may be any two or three words
            words[n][:1].isupper() and plausible_names(" ".join(words[:n]))
            for n in range(2, len(words))
        )
        or (len(words) >= 2 and title[person.end() : person.end() + 2][1:].isupper())
    )


# The particles a person's names put before "der"/"den" ("Marcel van der Linden", "Ursula
# von der Leyen"): there the article is part of the surname.
_ARTICLE_PARTICLES = frozenset("van von vom de ter zu".split())


def _genitive_article(words: list[str]) -> bool:
    """A German genitive article after a capitalised noun among the "names": "Programm der
    Volkspartei", "Geschichte des Bundes" (DIN 1505 cites such a body's programme, an unsigned
    work, by its title); not "van der Linden", "von der Leyen" (a surname's particles)."""
    return any(
        word in ("der", "des")
        and 0 < i < len(words) - 1
        and words[i - 1].lower() not in _ARTICLE_PARTICLES
        for i, word in enumerate(words)
    )


# Words that name a kind of book, collection or periodical, which no person's names hold:
# two of them are a title ("Collected Works", "Party Documents", "Harbour Quarterly",
# "Deutsch-Nordische Jahrbücher"), where two other capitalised words may be a person ("Leon
# Trotsky").
_TITLE_WORDS = frozenset(
    """collected selected complete essential works writings papers letters essays documents
    speeches manuscripts notebooks lectures dialogues memoirs diaries theses reader
    werke schriften briefe
    quarterly journal bulletin gazette magazine annals yearbook revue
    jahrbuch jahrbücher zeitschrift zeitung blätter hefte annalen mitteilungen""".split()
)

# A title's mark or emphasis, which a plain title does not hold.
# matches "*", "_", "“", "«"; not "'" ("The People's Republic")
_MARKS = lazy_compile(r"[*_“”\"«»„]")


# The Greek capitals, for a test of one character.
GREEK_CAPITAL_SET = frozenset("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΆΈΉΊΌΎΏΪΫ")


def bridged_plain_title(s: str, at: int) -> tuple[str, int] | None:
    """A plain title after a verb and "in" in prose (a web copy), and where it ends, when an
    address or an imprint in the bracket after it, or a block quotation, vouches for it."""
    # a Greek title after "στο" (in the [book]) or "βιβλίο του" (the book of), in sentence
    # case; "στην Αθήνα", "στη Βουλή" are places
    greek = s[at : at + 1] in GREEK_CAPITAL_SET and bool(
        _GREEK_BEFORE_TITLE.search(s, max(0, at - 30), at)
    )
    found = _bridged_title(s, at, sentence_case=greek)
    if found is None:
        return None
    title, stop_at = found
    rest = s[stop_at : stop_at + 300]
    bracket = rest.lstrip().startswith("(") and (
        URL.search(rest.split(")")[0]) or IMPRINT_AHEAD.match(rest.lstrip())
    )
    vouched = bracket or _BLOCK_QUOTE_NEXT.match(s, stop_at) or _DATED_ONLINE.match(s, stop_at)
    if greek and not vouched:
        # "Όπως υποστηρίζει ο Μπαντιού στο Η κομμουνιστική υπόθεση, Πατάκης, Αθήνα 2010",
        # "… (Αθήνα: Πατάκης, 2010)": a Greek imprint with its publisher (a place and a year
        # alone, "…, Αθήνα 2010", may be where a speech was given)
        vouched = _greek_publisher_imprint(s, stop_at)
    return (title, stop_at) if vouched else None


def _greek_publisher_imprint(s: str, at: int) -> bool:
    """A Greek imprint with its publisher right at `at`: ", Νήσος, Αθήνα 2005", ", Αθήνα:
    Νήσος 2005", " (Αθήνα: Νήσος, 2005)"."""
    return bool(
        PUBLISHER_PLACE_IMPRINT.match(s, at)
        or open_imprint_at(s, at)
        or _GREEK_BRACKET_IMPRINT.match(s, at)
    )


# "στο" (in), or "βιβλίο/άρθρο του/της" (the book, the article of), right before a Greek
# plain title in prose.
# matches "στο " before "Η κομμουνιστική", "βιβλίο του "; not "στην ", "στη " (a place
# follows as often: "στην Αθήνα", "στη Βουλή")
_GREEK_BEFORE_TITLE = lazy_compile(r"(?:\bστο|(?:βιβλίο|άρθρο|δοκίμιο)\s+(?:του|της))\s+$")

# A Greek imprint in brackets: a place, a colon, a publisher and a year.
# matches " (Αθήνα: Πατάκης, 2010)"; not " (2010)", " (Αθήνα 2010)" (no publisher)
_GREEK_BRACKET_IMPRINT = lazy_compile(
    rf"\s*\(\s*[{GREEK_CAPITALS}][^():]{{1,40}}:\s[^()]{{1,80}}?(?:1[5-9]\d\d|20\d\d)\s*\)"
)


# The book's year in brackets closing the sentence after a part of it and its title: "Karl
# Marx's Preface to A Contribution to the Critique of Political Economy (1859)."
# matches " (1859).", " (1859)"; not " (1859) was written in exile", " (London, 1859)"
_YEAR_CLOSES = lazy_compile(r"\s*\(\s*(?:1[5-9]\d\d|20\d\d)\s*\)[.;,]?\s*$")


def kind_bridged_plain_title(
    s: str, at: int, *, dated: bool, part: bool = False
) -> tuple[str, int] | None:
    """A plain title after a possessive and a kind of work, or a part of the book ("Greg
    Guma's 1989 book, The People's Republic: …, p. 19", "Cedric Johnson, foreword to
    Rebellion or Revolution by Harold Cruse (Minneapolis: …, 2009)"), and where it ends,
    when what follows vouches for it: as for `bridged_plain_title`, or its writer and an
    imprint, or (with a year in the bridge) a page, or (after a writer's part of his own
    book, `part`: "Marx's Preface to …") the book's year in brackets closing the sentence,
    as a note names a preface by its book (Chicago 14.110)."""
    stop = PLAIN_TITLE_END.search(s, at)
    writer = _WRITER_IN_TITLE.search(s, at, stop.start() if stop else len(s))
    if writer is not None:  # "Rebellion or Revolution by Harold Cruse": the writer after it
        imprint = s.find("(", writer.end())
        if imprint < 0 or IMPRINT_AHEAD.match(s, imprint) is None:
            return None
        # the writer and the imprint vouch for it: two capitalised words are a title here
        # ("introduction to Strike Songs, by Idris Mold"), not a person
        found = _bridged_title(s[: writer.start()], at, person_possible=False)
        return None if found is None else (found[0], writer.start())
    found = _bridged_title(s, at)
    if found is None:
        return None
    title, stop_at = found
    if bridged_plain_title(s, at) is not None:
        return title, stop_at
    if address := _ADDRESS_AFTER_BRACKET.match(s, stop_at):
        # the title's own years before the site's name are the title's: "…, 1848 to 1850"
        years_end = address.end("years") if address.group("years") else stop_at
        return s[at:years_end].strip(" ,."), years_end
    if part and _YEAR_CLOSES.match(s, stop_at):
        return title, stop_at
    return (title, stop_at) if dated and _PAGE_NEXT.match(s, stop_at) else None


def _bridged_title(
    s: str, at: int, *, person_possible: bool = True, sentence_case: bool = False
) -> tuple[str, int] | None:
    """A plain title at `at` that reads as one (two to fifteen words, capitalised, no marks,
    not a person's names where a person may stand), and where it ends. Greek titles are
    written in sentence case ("Η κομμουνιστική υπόθεση"): with `sentence_case` only the
    first word's capital is asked for."""
    stop = PLAIN_TITLE_END.search(s, at)
    stop_at = stop.start() if stop else len(s)
    title = s[at:stop_at].strip(" ,.")
    words = title.split()
    if not 2 <= len(words) <= 15 or _MARKS.search(title):
        return None
    capitalised = sentence_case or (_mostly_capitalised(words) and title_case(title))
    if not capitalised or (person_possible and _names_first(title)):
        return None
    return title, stop_at


# A bracket ending in a year after a plain title (a year alone, or a publisher and a
# year), then a web copy's link words or an address.
# matches " (1916), available online at", " (1904), available in English", " (1960) ⟨link⟩",
# " (Pioneer Publishers, U.S., 1944), available"; not " (1916), which", " (1916)."
_DATED_ONLINE = lazy_compile(
    r"""\s*\(\s*(?:[^()]{1,60}?,\s*)?(?:1[5-9]\d\d|20\d\d)\s*\)\s*,?\s*
        (?:available\b|https?://|www\.|⟨link⟩)""",
    re.VERBOSE,
)

# A site's name in brackets, a colon and its address: "(Marxists.org): http://…", perhaps
# after the title's own years.
# matches " (Marxists.org): http://", ", 1848 to 1850 (Marxists.org): http://"; not " (1916):
# the year", " (London: Verso, 1990)"
_ADDRESS_AFTER_BRACKET = lazy_compile(
    r"""(?P<years>,\s*(?:1[5-9]\d\d|20\d\d)(?:\s*(?:-+|–|to)\s*\d{2,4})?)?
        \s*\([^():]{1,40}\)\s*:\s*(?:https?://|www\.|⟨link⟩)""",
    re.VERBOSE,
)

# The writer of the book after its plain title, before the imprint's bracket.
# matches " by Harold Cruse" in "Rebellion or Revolution by Harold Cruse", ", by Idris"
# in "Strike Songs, by Idris Mold"; not " by the Party", " by 1917"
_WRITER_IN_TITLE = lazy_compile(r",?\s+by\s+(?=[A-Z][a-z]+\s+[A-Z])")

# A page right after a plain title: ", p. 19-42", ", pp. 4".
# matches ", p. 19-42", ", pp. 4"; not ", 1989", ", p" alone
_PAGE_NEXT = lazy_compile(r",?\s*(?:pp?|(?-i:Sp?))\.\s*\d")


# A block quotation right after a plain title, or after its year alone in brackets (the
# quotation's source named with its date): ",\n\n    > I should".
# matches ",\n\n    >", ":\n>", " (1990),\n\n    >"; not ", 23", " (Leeds, 1990),\n>"
_BLOCK_QUOTE_NEXT = lazy_compile(r"(?:\s*+\(\s*+(?:1[5-9]\d\d|20\d\d)\s*+\))?[,:]?[ \t]*\n\s*>")


def _mostly_capitalised(words: list[str]) -> bool:
    """Half the longer words capitalised (title case), or a short title: prose has few."""
    long_words = [w for w in words if len(w) > 3]
    capitals = sum(1 for w in long_words if w[:1].isupper() or w[:1].isdigit())
    return len(words) <= 6 or 2 * capitals >= len(long_words)


# A web page's plain title, a colon, perhaps its date, and its address: "Full Statement of
# Eurosummit Agreement with Greece 7/13/2015: http://…", "The political resolution of the
# first Congress of SYRIZA: <…>".
# matches "The political resolution of the first Congress of SYRIZA: ⟨link⟩"; not
# "Available online: http://…" (one word before), "See: http://…", "It said: http://"
_PAGE_TITLE = lazy_compile(
    r"""(?P<title>[A-Z][^:;.!?()*_“”\"\[\]]{8,160}?)
        (?:\s+\d{1,2}/\d{1,2}/\d{2,4})?\s*:\s*(?:https?://|www\.|⟨link⟩)""",
    re.VERBOSE,
)


def _page_title(s: str, at: int, offset: int, end: int, note: int) -> NoteCitation | None:
    """A web page given by its plain title and its address, without author."""
    found = _PAGE_TITLE.match(s, at)
    if found is None:
        return None
    title = found.group("title").strip(" ,")
    words = title.split()
    details = read_details(s[found.end("title") :])
    writer = _WRITER_DESCRIBED.match(title)
    if writer is not None and plausible_names(writer.group("names")):
        # "Also by Quinn Slobodian, an interpretation of …: ⟨link⟩": the writer's page, its
        # title not given
        authors = tuple(surnames(writer.group("names")))
        unsure = ["a web page, no title"]
        return build_citation(s, at, offset, end, note, "full", authors, "", "", details, unsure)
    if len(words) < 3 or words[0].lower() in NOT_TITLE_STARTS or _names_first(title):
        return None
    if any(word in _PROSE_WORDS for word in words[1:]):
        return None  # "Most famous among these: ⟨link⟩": a sentence introducing the address
    unsure = ["plain title", "no author", "a web page"]
    return build_citation(s, at, offset, end, note, "full", (), title, "plain", details, unsure)


# Words of a sentence, not of a title, in lower case: a demonstrative, a relative pronoun or
# the writer's own voice ("Most famous among these", "… environment that creates this
# panic"); a title gives them capitals ("This Changes Everything").
_PROSE_WORDS = frozenset("this these those here there which that who whose we our us my".split())

# A writer introduced by "by", then a description of the page: "Also by Quinn Slobodian, an
# interpretation of emerging bilateralism".
# matches "Also by Quinn Slobodian, an", "By Ann Cole, a"; not "by the editors, an",
# "Slobodian, an interpretation" (no "by")
_WRITER_DESCRIBED = lazy_compile(
    rf"(?:(?i:also)\s+)?(?i:by)\s+(?P<names>{GIVEN_PERSON}),\s+(?:an?|the|his|her)\s"
)


# Cues that end a sentence's opening words: what follows them is the cited work ("Zur
# Kritik vgl. Honneth 2015", "For the argument see Pike 1990"), the words before are prose.
_CUE_ENDS = frozenset("vgl siehe see cf βλ πρβλ".split())


# A word of prose that names a work right after it.
# matches " entitled ", " titled ", " called "; not "Entitled" opening a title, "recalled"
_NAMED_AS = lazy_compile(r"\s(?:entitled|titled|called)\s+")


def title_only(s: str, at: int, offset: int, end: int, note: int) -> NoteCitation | None:
    """A work given by its plain title and an imprint, without author (an anonymous or
    corporate work, or a web copy's "see *Title* (Place: …)" after a cue)."""
    found = vouched_plain_title(s, at, place_year=True)
    if found is None:
        return (
            _page_title(s, at, offset, end, note)
            or unbracketed_imprint_title(s, at, offset, end, note)
            or _legal_case(s, at, offset, end, note)
            or _addressed_title(s, at, offset, end, note)
        )
    title, title_end = found
    if named := _NAMED_AS.search(title):
        # "Vell wrote a memoir entitled Harbour Lights (London: …)": prose names the work,
        # whose title starts after the word that names it, as the Markdown's marks show
        return title_only(s, at + named.end(), offset, end, note)
    if title.split()[0].lower().strip(".") in GREEK_NOT_NAME_WORDS:
        return None  # "Εκδόσεις Ύψιλον, Αθήνα 2014": a publisher ("Publications …"), no title
    if title.split()[-1].lower().strip(".") in _CUE_ENDS:
        return None  # "Zur Kritik vgl. Honneth 2015.": prose, a cue, then an author-date citation
    details = read_details(s[title_end:])
    if not details.place and (bracket := _PLACE_YEAR_BRACKET.match(s, title_end)):
        details = replace(details, place=bracket.group("place"), year=bracket.group("year"))
    if not (details.place and details.year):
        return None
    unsure = ["plain title", "no author"]
    authors: tuple[Author, ...] = ()
    if edited := editors_after(s, title_end):  # "The Essential Rosa Luxemburg, ed. Helen Scott"
        authors, unsure = edited[0], ["plain title", "editors as authors"]
    elif byline := writer_after_plain_title(title):  # "Για τη θεωρία του Λ. Ντάροου, …"
        title, authors = byline[0], (author(byline[1]),)
        unsure = ["plain title", "writer after the title"]
    return build_citation(
        s, at, offset, end, note, "full", authors, title, "plain", details, unsure
    )


# A case's plain name, then the law report's volume, series and first page before its year
# (Chicago 14.276): the report vouches for the name as an imprint does for a title.
# matches "Harlow v. Pike, 347 U.S. 483 (1954)", "Brown v. Board of Education, 347 U.S. 483
# (1954)"; not "Harlow v. Pike (1954)" (no report), "Marx v. Engels, 45"
_CASE = lazy_compile(
    r"""(?P<title>[A-Z][\w'’.-]*(?:\s+(?:of|the|and|[A-Z][\w'’.-]*)){0,5}\s+v\.\s+
                  [A-Z][\w'’.-]*(?:\s+(?:of|the|and|[A-Z][\w'’.-]*)){0,5})
        ,\s+\d{1,4}\s+(?:[A-Z][\w.]*\s+){1,3}\d{1,5}(?:,\s*\d{1,5})?\s*\((?:[^()]{0,30}\s)?
        (?:1[5-9]\d\d|20\d\d)\)""",
    re.VERBOSE,
)


def _legal_case(s: str, at: int, offset: int, end: int, note: int) -> NoteCitation | None:
    """A legal case by its plain name and its report: "Harlow v. Pike, 347 U.S. 483 (1954)"."""
    found = _CASE.match(s, at) if " v. " in s else None
    if found is None:
        return None
    details = read_details(s[found.end("title") :])
    unsure = ["plain title", "no author", "a legal case"]
    title = found.group("title")
    return build_citation(s, at, offset, end, note, "full", (), title, "plain", details, unsure)


# A plain title, then a quoted part of it or a year, then an address: a work found online
# ("Economic and Philosophic Manuscripts of 1844, "Estranged Labour," available online at
# https://…", "Anti-Dühring and Its Critics, 1878. ⟨link⟩").
# matches the whole of both, and "Karl Marx, 1843. ⟨link⟩" (a person: the caller rejects it
# by `_names_first`); not "Economic Manuscripts, 1844, were found" (no address)
_ADDRESSED = lazy_compile(
    r"""(?P<title>[A-Z][^()*_“”\"‘;:.]{5,150}?),\s+
        (?:[“\"‘][^“”\"’]{2,150}?[,.]?[”\"’],?|(?:1[5-9]\d\d|20\d\d)[.,]?)\s*
        (?:available\s+(?:on-?line|on\s+the\s+web)\b|https?://|www\.|⟨link⟩)""",
    re.VERBOSE,
)


# A month and a day: a date inside the words, which a paper's name and its date give, not
# a title ("Sp!ked May 9, 2014, available on-line at: …").
# matches "May 9", "Sept. 12"; not "May Day", "Mayhem 9"
_MONTH_DAY = lazy_compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
)


def _addressed_title(s: str, at: int, offset: int, end: int, note: int) -> NoteCitation | None:
    """A work without author given by its plain title and an address (a web copy)."""
    found = _ADDRESSED.match(s, at) if ("://" in s or "⟨" in s or "vailable" in s) else None
    if found is None:
        return None
    title = found.group("title").strip()
    words = title.split()
    if len(words) < 2 or words[0].lower() in NOT_TITLE_STARTS or not title_case(title):
        return None
    if not _mostly_capitalised(words) or _names_first(title) or _MONTH_DAY.search(title):
        return None
    details = read_details(s[found.end("title") :])
    unsure = ["plain title", "no author", "a web page"]
    return build_citation(s, at, offset, end, note, "full", (), title, "plain", details, unsure)
