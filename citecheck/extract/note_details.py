"""The publication details after a note citation's title: imprint, container, year, URL, pages.

Only the top level of brackets is read, so "(New York: Continuum, 2004 (1958))" gives the
edition's 2004, not the original's 1958; an imprint "(Place: Publisher, Year)" is preferred
to a bare "(1956)" beside the title, which is the original year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citecheck.extract.note_german import (
    german_date_year,
    german_place_year,
    ibid_after_title,
    open_imprint,
    volume_container,
)
from citecheck.extract.note_german_details import (
    access_bracket,
    issue_year,
    original_bracket,
    says_without_imprint,
)
from citecheck.extract.note_greek import FIRST_EDITION, GREEK_CAPITALS, greek_date_year
from citecheck.extract.note_list_words import PART_IN
from citecheck.extract.note_patterns import (
    DATE,
    IMPRINT,
    JOURNAL_VOLUME,
    MARKED_TITLE,
    OP_CIT,
    PAGES,
    PLACE_YEAR_IMPRINT,
    PUBLISHER_PLACE_IMPRINT,
    URL,
    YEAR,
)
from citecheck.lazy_regex import lazy_compile

# A container opening the details: "in *Collected Works*", ", *Past and Present*", or an
# edited book by its editor's name: "in Tucker, ed., *Marx-Engels Reader*", or by its two
# editors in short ("in Grigat and Hartmann, *Der Iran*": the book given in full before).
# matches ", in *Selected Writings*", " *Past and Present*", ", in Dolgoff (ed.), *B*", ", in
# Dolgoff (Hg.), *B*" (German), ", in
# Grigat and Hartmann, *D*", the same word in Spanish, French and Portuguese (", en
# *Memoria de un país*", ", dans *Les villes*"); not ", 23", ", in Tucker's view", ", in this
# and that, *B*"
_CONTAINER_LEAD = lazy_compile(
    rf"""[\s,.]*(?:{PART_IN}\s+(?:[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?
        \s*(?:,\s*|\s+\()(?:eds?|hgg?|hrsg)\.\)?,?\s+
        |(?-i:[A-Z][\w'’-]+\s+(?:and|&)\s+[A-Z][\w'’-]+),\s+)?)?(?=[*_“\"‘])""",
    re.IGNORECASE | re.VERBOSE,
)

# The word of a volume or an issue before its number: English, German (Jahrgang, Band,
# Heft, Nummer), Greek (τεύχος: issue, τόμος: volume).
# matches "vol.", "no.", "Jg.", "Bd.", "H.", "Heft", "Nr.", "τχ.", "τεύχ.", "τεύχος", "τ.",
# "τόμ."; not "S." (a page), "σ." (a page)
_VOLUME_MARK = r"""(?:(?:vol|no|Jg|Bd|H|Nr)\.|Heft|τχ\.|τεύχ(?:\.|ος)|τόμ(?:\.|ος)|τ\.)"""

# A journal's name unmarked (a web copy), then its volume and the issue's date in brackets,
# square ones inside a bracket of the note's own (Chicago 6.101: "(Vell, “…,” Critique, no.
# 104 [mai 1977]: 31–38)"): "“Marx and ‘Wertkritik’,” Platypus Review 56 (May 2013)".
# matches " Platypus Review 56 (May 2013)", ", New Left Review 53 (2008)", " Telos 36
# (1979)", " in Platypus Review 74 (March 2015)", ", Critique, no. 104 [mai 1977]", German ",
# in: Merkur 2 (1919)", ". In: Merkur 2 (1919)", Greek ", στο: Θέσεις 12 (1990)", ", Θέσεις
# 12 (1990)"; not " Platypus Review (May 2013)" (no volume), " in 1917 (as he said)",
# " Critique 104 [sic]"
_DATE_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_PLAIN_JOURNAL = lazy_compile(
    rf"""[\s,.]*(?:[Ii]n:?\s+|στ(?:ο|ον|η|ην):?\s+)?(?:περ\.\s*+)?
        (?P<name>[A-Z{GREEK_CAPITALS}][\w'’&-]*
                 (?:\s+(?:of|and|&|the|for|on|[A-Z{GREEK_CAPITALS}][\w'’&-]*)){{0,6}}
                 (?:\s+\d{{1,3}}(?=\s+\d))?)
        (?=\s*,?\s*(?:{_VOLUME_MARK}\s*)?\d{{1,4}}(?:[.:]\d{{1,4}})?(?:\s*,\s*no\.\s*\d{{1,4}})?
           \s*(?:\([^()]{{0,30}}?{_DATE_YEAR}[^()]{{0,30}}\)
              |\[[^\[\]()]{{0,30}}?{_DATE_YEAR}[^\[\]()]{{0,30}}\]))""",
    re.VERBOSE,
)

# A journal article's place without its year: the journal's name, volume and issue, and the
# article's page range ("“The Death of the Death of the Subject,” by Peter Hudis,
# Historical Materialism, 12 (3), pp. 147-168"). Chicago's full form of an article (14.171):
# the range locates the whole article, which a short form never gives.
# matches ", Historical Materialism, 12 (3), pp. 147-168", ", *Telos* 12, no. 3, 45--67";
# not ", *Capital*, vol. 1, 45--46" (no issue), ", Telos 12 (3), 45" (a page, no range)
_ARTICLE_PAGES = lazy_compile(
    r"""[\s,.]*(?:in\s+)?[*_]?(?P<name>[A-Z][\w'’&-]*(?:\s+(?:of|and|&|the|for|on|[A-Z][\w'’&-]*)){0,6})
        [*_]?\s*,?\s*(?:vol\.\s*)?\d{1,4}\s*(?:\(\s*\d{1,3}\s*\)|,\s*no\.\s*\d{1,3})\s*,?\s*
        (?:(?:pp?|(?-i:Sp?))\.\s*)?\d{1,5}\s*(?:-+|–)\s*\d{1,5}(?!\d)""",
    re.VERBOSE,
)

# A bare year after a comma or a full stop, outside brackets: "Jahrbücher, 1843",
# "*Title*. 2001. Chicago: …".
# matches ", 1843", ",1840", ". 2001", "No. 4, 1850"; not ", 1843-45", "p. 1998", ".2016" in
# "30.08.2016" (a numeric date: `german_date_year` reads it, unless a page was read that day)
_COMMA_YEAR = lazy_compile(r"(?<!\bp)(?:,|(?<!\d)\.)\s*(?P<year>1[5-9]\d\d|20\d\d)(?![\d\-–])")


# More editions' years after an imprint's year: "(New York: Monthly Review Press, 1970 and
# 2008)" cites the later edition.
# matches " and 2008", ", 2008", " / 1999 and 2008"; not ", 45", " and later"
_MORE_YEARS = lazy_compile(r"(?:\s*(?:,|/|and|&)\s*(?:1[5-9]\d\d|20\d\d)(?!\d))+")

# A work not yet (or not datably) published: a full form without a year. German "im
# Druck", "im Erscheinen", "in Vorbereitung" and Greek "υπό έκδοση" (in press), "χ.χ." (no
# date) say the same, after a place as after a publisher ("Wageningen im Druck").
# matches "(forthcoming)", "(in press)", "n.d.", "im Druck", "im Erscheinen", "υπό έκδοση",
# "υπό δημοσίευση", "χ.χ."; not "forth", "Druck" alone ("Druck und Verlag"), "υπό" alone
_FORTHCOMING = lazy_compile(
    r"""\b(?:forthcoming|in\s+press|n\.\s?d\.|im\s+(?:Druck|Erscheinen)\b|in\s+Vorbereitung\b)
        |(?<!\w)(?:υπό\s+(?:έκδοση|δημοσίευση|εκτύπωση)|χ\.\s?χ\.)""",
    re.IGNORECASE | re.VERBOSE,
)

# An imprint without a year: "(Manchester: WEL, n.d.)" (Chicago 14.145).
# matches "Manchester: WEL, n.d.", "London: Strange, n. d."; not "Manchester: WEL, 1936",
# "see: n.d."
_UNDATED_IMPRINT = lazy_compile(
    r"(?P<place>[A-Z][^:();]*?)\s*:\s*(?P<publisher>[^:();]+?),?\s+n\.\s?d\.", re.IGNORECASE
)

# An imprint searched for in a bracket starts only where a place can begin: the bracket's
# start or right after a ":", ";" or bracket, at the first capital there. That is the match
# `search` finds (a place holds no ":", so every start before one colon ends at it), in one
# pass: tried at every capital, the lazy place ran to the bracket's end from each, and a
# long bracket of capitalised words was quadratic (8,000 words took 40 s).
# matches as IMPRINT and _UNDATED_IMPRINT do: "London: Verso, 1974" in "trans. Ann Lee,
# London: Verso, 1974" (the place "Ann Lee, London", as before)
_PLACE_START = r"(?:^|(?<=[:();]))[^:();A-Z]*+"
_IMPRINT_IN_BRACKET = lazy_compile(_PLACE_START + IMPRINT.pattern, re.VERBOSE)
_UNDATED_IN_BRACKET = lazy_compile(_PLACE_START + _UNDATED_IMPRINT.pattern, re.IGNORECASE)

# A link's words left by a web copy, whose address the copy dropped: the work is online.
# matches "available online here", "available on-line at", "Available online"; not
# "available in most libraries", "online at" alone
ONLINE_WORDS = r"available\s+(?:on-?line|on\s+the\s+web)\b"
_ONLINE = lazy_compile(rf"\b{ONLINE_WORDS}", re.IGNORECASE)


@dataclass(frozen=True)
class Details:
    """The publication facts read after a work's title: year, container, imprint, address, pages."""

    year: str = ""
    container: str = ""
    place: str = ""
    publisher: str = ""
    url: str = ""
    pages: str = ""
    op_cit: str = ""  # "op-cit" or "loc-cit" when written ("ibid" for German "…, ebd.")
    journal: bool = False  # a volume and date right after the title: "30 (April 1965)"
    loose_year: bool = False  # the year stands alone in brackets: "(1962)", maybe the original
    published: bool = False  # there are publication details: a full form
    online: bool = False  # "available online here": a web copy's link, its address dropped


def read_details(details: str) -> Details:
    url_match = URL.search(details)
    url = url_match.group(0).rstrip(".,;") if url_match else ""
    plain = URL.sub(" ", details)
    container = ""
    lead = _CONTAINER_LEAD.match(plain)
    if lead:
        marked = MARKED_TITLE.match(plain, lead.end())
        if marked:
            container = next(g for g in marked.groups() if g).strip(" ,.")
    if not container and (journal_name := _PLAIN_JOURNAL.match(plain)):
        container = journal_name.group("name")
    place = publisher = year = ""
    bare_year = ""
    for inner in _top_level_brackets(plain):
        if FIRST_EDITION.match(inner):
            continue  # "(1η έκδ. 1922)": the first edition's year, not the one cited
        if access_bracket(inner) or original_bracket(inner):
            # "(abgerufen am 3.5.2017)", "(frz. 1943)": not the edition cited; blanked, so
            # that no date or year read later takes it either
            plain = plain.replace(inner, " " * len(inner), 1)
            continue
        imprint = _IMPRINT_IN_BRACKET.search(inner)
        if imprint and not year:
            place, publisher = imprint.group("place").strip(), imprint.group("publisher").strip()
            year = imprint.group("year")
            more = _MORE_YEARS.match(inner, imprint.end())
            if more:
                year = more.group()[-4:]
        found = _years(inner)
        if found and not bare_year:
            bare_year = found[-1] if _has_words(inner) else found[0]
            if _has_words(inner) and not year:
                year = found[-1]
        if not place and (undated := _UNDATED_IN_BRACKET.search(inner)):
            place, publisher = undated.group("place").strip(), undated.group("publisher")
    loose = not year and bool(bare_year)
    year = year or bare_year
    # an imprint after a year beside the title gives the edition's year: "*…* (1923),
    # Οδυσσέας, Αθήνα 1975" (the bracket's is the original's)
    if (not year or loose) and (german := PLACE_YEAR_IMPRINT.match(plain)):
        place, year = german.group("place"), german.group("year")  # ", Frankfurt 2000: 41"
        loose = False
    if (not year or loose) and (imprint := PUBLISHER_PLACE_IMPRINT.search(plain)):
        # ", Θεμέλιο, Αθήνα 1978, σελ. 45": a Greek imprint, the year after the place
        place, publisher = imprint.group("place"), imprint.group("publisher").strip()
        year, loose = imprint.group("year"), False
    if (not year or loose) and (imprint := open_imprint(plain)):
        place, publisher, year = imprint  # ", Frankfurt am Main: Suhrkamp 1977"
        loose = False
    if (not year or loose) and (german := german_place_year(plain)):
        place, year = german  # ", übers. v. …, Berlin 1954"
        loose = False
    if loose and (later := PLACE_YEAR_IMPRINT.search(plain)):
        # "Das Unbehagen in der Kultur (1930), in: Studienausgabe, Bd. IX, Frankfurt am Main
        # 1974": the bracket beside the title is the original's, the imprint the edition's
        place, year, loose = later.group("place"), later.group("year"), False
    german_container = "" if container else volume_container(plain)  # "in: Werke, Bd. 3"
    container = container or german_container
    if not year:
        date = DATE.search(plain) or _COMMA_YEAR.search(plain)
        # "12 Μαρτίου 2010", "Die Zeit, 12.03.2015"
        year = date.group("year") if date else greek_date_year(plain) or german_date_year(plain)
        year = year or issue_year(plain)  # "Konkret 3/1979"
    if not year and (later := PLACE_YEAR_IMPRINT.search(plain)):
        # "…, στο Ρόζα Λούξεμπουργκ, *Άπαντα*, τόμ. 1, Αθήνα 1980": the imprint of the book
        # the work stands in, after its title
        place, year = place or later.group("place"), later.group("year")
    journal = JOURNAL_VOLUME.match(plain)
    pages_match = PAGES.search(plain.rstrip(" .;"))
    pages = pages_match.group("pages").strip() if pages_match else ""
    if pages and YEAR.fullmatch(pages):
        pages = ""
    op = OP_CIT.search(plain)
    op_cit = ("loc-cit" if op.group("loc") else "op-cit") if op else ""
    op_cit = op_cit or ("ibid" if ibid_after_title(plain) else "")  # "Marx: Grundrisse, ebd."
    online = bool(_ONLINE.search(plain))
    published = bool(
        year or url or place or journal or online or german_container or _FORTHCOMING.search(plain)
    ) or says_without_imprint(plain)  # "Leipzig o. J."
    if not published and (article := _ARTICLE_PAGES.match(plain)):
        container, published = container or article.group("name"), True
    journal_at_start = bool(journal) and not container
    return Details(
        year=year,
        container=container,
        place=place,
        publisher=publisher,
        url=url,
        pages=pages,
        op_cit=op_cit,
        published=published,
        journal=journal_at_start,
        loose_year=loose,
        online=online,
    )


def says_online(text: str) -> bool:
    """A web copy's link words ("available online here") stand in `text`."""
    return _ONLINE.search(text) is not None


def vouching(details: Details) -> bool:
    """Details that make a work named in prose a citation: an imprint, a container, a
    journal's issue, a date or an address, not a year alone beside the title."""
    dated = bool(details.year) and not details.loose_year
    address = details.url or details.online
    return bool(details.place or details.container or address or details.journal or dated)


def _top_level_brackets(text: str) -> list[str]:
    """The text inside each top-level "(…)" or "[…]" (an imprint inside the brackets of
    prose: "(see … *Reflections* [New York: Schocken, 1986], 220)"), nested ones blanked."""
    found: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char in "([":
            depth += 1
            if depth == 1:
                current = []
                continue
        elif char in ")]" and depth:
            depth -= 1
            if depth == 0:
                found.append("".join(current))
                continue
        if depth == 1:
            current.append(char)
        elif depth > 1:
            current.append(" ")
    return found


def _years(text: str) -> list[str]:
    return [m.group("year") for m in YEAR.finditer(text)]


def _has_words(text: str) -> bool:
    """True for an imprint ("S. Fischer, 1996"), false for a date alone ("April 1965")."""
    words = re.findall(r"[^\W\d_]{3,}", text)
    return any(word.lower()[:3] not in _MONTHS for word in words)


_MONTHS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec spr sum aut fal win".split())
