"""The title of a note citation: marked (`*…*`, `_…_`, quoted) or, in web-copied text,
plain up to a bracket, a page or the sentence end; and a plain title whose writer follows
it (", by …") with an imprint after them."""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_details import read_details
from citecheck.extract.note_german import open_imprint_at
from citecheck.extract.note_greek import (
    GREEK_CAPITALS,
    GREEK_DATE,
    GREEK_PLACE_YEAR,
    GREEK_PUBLISHER_OPENERS,
    opens_greek_title,
)
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_parts import after_cue, build_citation, skip_comma
from citecheck.extract.note_patterns import (
    DATE,
    GIVEN_PERSON,
    MARKED_TITLE,
    NOT_TITLE_STARTS,
    OP_CIT,
    PART_TITLES,
    PERSON,
    PLACE_ON,
    PLACE_YEAR_IMPRINT,
    PLAIN_TITLE_END,
    UNCLOSED_QUOTE,
    YEAR,
    marked_style,
)
from citecheck.extract.note_segments import subtitle_after_stop
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A title opening with a numeral: a year before a colon (any capital after it, Greek and
# German too), a number before a word, or two numbers joined by a short word before a
# colon and a subtitle of two words or more, as a title's head before it ("19 y 20: Apuntes
# para …", "9 to 5: The Office"; a run of pages has no subtitle, a place one word).
# matches "1839: The Year", "1922: Η καταστροφή", "1918: Über das Ende", "13 opitov", "18th
# Brumaire", "19 y 20: Apuntes p", "9 to 5: The O"; not "1839, 45", "1999: 45", "12 and 14",
# "12 and 14: 3", "3 and 4: London, 1990", "2 vols.", "45 ff."
# Also two numbers joined by a slash before a subtitle, "and" or an imprint ("24/7: Late
# Capitalism", "9/11 and After", "24/7 (London: Verso, 2013)"); not "12/3/1998" (a date),
# "3/4" (a page), "24/7, 10".
NUMERAL_TITLE = lazy_compile(
    rf"""(?:1[5-9]\d\d|20\d\d):\s+[{UPPER}]
      |\d{{1,3}}(?:st|nd|rd|th)?\s+(?!(?:and|ff|vols?|pp|passim|et|to|or|per)\b)[^\W\d_]{{3,}}
      |\d{{1,3}}\s+(?:[a-z]{{1,3}}|&|\+)\s+\d{{1,3}}:\s+[{UPPER}][^\W\d_]*\s+[^\W\d_]
      |(?:\d{{1,2}}/\d{{1,2}}(?![\d/])(?=:\s+[{UPPER}]|\s+(?:and|&)\s+[{UPPER}])
         |\d{{1,2}}/\d{{1,2}}(?![\d/])
          (?=\s*+\([{UPPER}][^():]{{1,40}}:\s[^()]{{1,80}}?(?:1[5-9]\d\d|20\d\d)\)))""",
    re.VERBOSE,
)


# A year, then a word: where a title opening with a year starts ("1848 and the Salt
# Roads", "1968 Revisited"); or two years joined by a dash or a word before a colon and a
# capital, as a subtitle follows ("1914 and 1918: Two Wars", "1914-1918: …", "1789 through
# 1799: …"); not a run of years alone or a page after the year.
# matches "1848 and the", "1919 Revisited", "1914 and 1918: T", "1914-1918: T", "1914 to
# 1918: T", "1789 through 1799: T"; not "1848 and 1849", "1848 and 1849 (York", "1848, 45",
# "1848 (York", "1848 pp.", "1914-1918, 45", "1914 and 1918: 45"
_YEAR_LED = lazy_compile(
    r"""(?:1[5-9]\d\d|20\d\d)
      (?:(?P<run>(?:\s*+(?:-{1,2}|–)\s*+|\s++[a-z]{1,8}\s++)(?:1[5-9]\d\d|20\d\d):\s++[A-Z])
        |\s++(?!(?:and|or|to|und|bis|et)\s++\d|(?:pp?|ff|S)\b)[^\W\d_])""",
    re.VERBOSE,
)


def year_led_title(s: str, i: int, at: int) -> bool:
    """A web copy's plain title that opens with a year ("Bo Trane, 1848 and the Salt Roads
    (York: Fenwick, 2003)"; italics lost, Chicago 14.57's later pieces of a note too): read
    only after a person's names (given names and surname, not a one-word place: "London,
    1848 and …"), in headline case, and when the title runs straight to an imprint that
    vouches for it. A two-word place ("New York, 1848 and …") is read as a person, as it is
    before any plain title ("New York, The Salt Roads (London: …)")."""
    led = _YEAR_LED.match(s, i)
    if not led or " " not in s[after_cue(s) : at].strip():
        return False
    stop = PLAIN_TITLE_END.search(s, i + 4, i + 300)  # a title of at most 25 words or so
    if stop is None:
        return False
    if not led.group("run") and not title_case(s[i : stop.start()]):
        return False  # "Ann Vell, 1991 saw the second edition (York: …)": prose
    # the imprint's bracket at the title's end, or after a translator, an edition or the
    # volumes ("…, trans. Cy Maro (York: …)", "…, 2 vols. (York: …)"), in the same piece
    bracket = s.find("(", stop.start(), stop.start() + 40)
    if bracket < 0 or ";" in s[stop.start() : bracket]:
        return False
    return IMPRINT_AHEAD.match(s, bracket) is not None


# Where a plain title and what ends it can stand: 26 words (a title has at most 25), and
# room for the imprint or page that ends it. Searching no further keeps a note of many
# names linear: each name's title search would otherwise scan to the note's end.
_TITLE_WORDS = lazy_compile(r"(?:\S++\s++){26}")
_END_ROOM = 200


def _title_reach(s: str, i: int) -> int:
    """The end of the text a title starting at `i` and its end mark can reach."""
    words = _TITLE_WORDS.match(s, i)
    return len(s) if words is None else min(len(s), words.end() + _END_ROOM)


# The label German practice puts before a lexicon entry's headword ("Art." for Artikel,
# "Stichwort", "Lemma"), after the entry's writer: the headword is the title.
# matches "Art. " before "“Streik”" or "Streik, in:", "Stichwort "; not "Art Kessler" (no
# full stop), "Artikel " (a title may open with it), "Art. 3" (a law's article: a number)
_ENTRY_LABEL = lazy_compile(r"(?:Art\.|Stichwort|Lemma)\s++(?=[“\"„»*_A-ZÄÖÜ])")


def _stop_then_imprint(s: str, i: int, reach: int) -> bool:
    """The plain title at `i` ends at a full stop that opens an imprint: a place and a
    year ("Leeds 1947"), or a place, a publisher and a year ("Leeds: Dale, 1947")."""
    stop = PLAIN_TITLE_END.search(s, i, reach)
    if stop is None or not stop.group().startswith("."):
        return False
    at = stop.start()
    return PLACE_YEAR_IMPRINT.match(s, at) is not None or open_imprint_at(s, at)


def read_title(s: str, at: int, after_names: bool, *, colon: bool) -> tuple[str, str, int]:
    """The title at `at` (after the names' comma): text, style and where it ends."""
    i = skip_comma(s, at) if after_names else at
    reach = _title_reach(s, i)
    if after_names and i == at and s[at - 1 : at] == ")" and s[at : at + 1] == " ":
        i = at + 1  # "Anya Schiffrin and Eamon Kircher-Allen (eds.) *From Cairo …*"
        if not MARKED_TITLE.match(s, i):
            return "", "", at
    elif after_names and i == at:
        return "", "", at
    if after_names and (label := _ENTRY_LABEL.match(s, i)) is not None:
        i = label.end()  # "Wendel: Art. „Streik“, in: …": the entry's headword is the title
    marked = MARKED_TITLE.match(s, i)
    # a web copy's "Anya Schiffrin … (eds.) From Cairo … (New York: …, 2012)": the editors'
    # mark ends the names, and the imprint the plain title runs to vouches for it
    role_stop = _ROLE_STOP.search(s, max(0, at - 12), at + 1) is not None
    edited = (
        after_names
        and not marked
        and (s[at - 2 : at + 1] == ".) " or role_stop)
        and bool(IMPRINT_AHEAD.search(s, at, reach))
    )
    if marked:
        kind = marked_style(marked)
        title = next(g for g in marked.groups() if g).strip(" ,.")
        if OP_CIT.fullmatch(title + "."):
            return "", "", at  # "Ellery, *op. cit.*, p. 77": no title, the work cited before
        return title, kind, marked.end()
    unclosed = UNCLOSED_QUOTE.match(s, i) if s[i : i + 1] in '“"' else None
    if unclosed:  # '"Lehren aus dem Faschismus [*Lessons …*] in, …': the quote never closes
        return unclosed.group("quoted").strip(" ,."), "quoted", unclosed.end()
    after_stop = colon and s[at - 1 : at] == "."  # "Smith, Jane. Cities of Memory. Durham…"
    # APA's year in brackets and a full stop after an inverted name: "Pike, J. (2000). Salt
    # Roads. Leeds: Dale.", Greek "Καραμπέτσος, Ν. (2000). Ο ιστορικός … Αθήνα: Κριτική.";
    # only with an imprint ahead: "Paris, France (1968). The events began." is prose
    after_stop = after_stop or (colon and s[at - 1 : at + 1] == ")." and imprint_later(s, at))
    # "Stefan Aust. The Baader Meinhof Complex (London: …, 2008)": a web copy's title after
    # a names sentence, vouched for by the imprint it runs to
    names_stop = (
        not colon
        and s[at : at + 1] == "."
        and " " in s[after_cue(s) : at].strip()  # a person's names: not "Talvisota. Kronikka."
    )
    # or by the imprint its own full stop opens: "Tom Rudd. Salt Roads. Leeds 1947, 10."
    imprint_by_stop = names_stop and _stop_then_imprint(s, i, reach)
    names_sentence = names_stop and (imprint_by_stop or bool(IMPRINT_AHEAD.search(s, at, reach)))
    if not after_names or (
        s[at : at + 1] not in (",:" if colon else ",")
        and not (after_stop or names_sentence or edited)
    ):
        return "", "", at
    # "13 opitov o Lenine", "1839: The Year of …"; not a date ("31 August 1991", "12
    # Μαρτίου 2010")
    numeral = (NUMERAL_TITLE.match(s, i) or year_led_title(s, i, at)) and not (
        DATE.match(s, i) or GREEK_DATE.match(s, i)
    )
    if not (s[i : i + 1].isupper() or numeral) or OP_CIT.match(s, i):
        return "", "", at
    if (YEAR.match(s, i) and not numeral) or GREEK_PLACE_YEAR.match(s, i):
        return "", "", at  # "Οδυσσέας, Αθήνα 1975, σ. 12": a publisher, a place, a year
    stop = PLAIN_TITLE_END.search(s, i, reach)
    if stop is None and reach < len(s):
        # no end within reach: the words run past 25, no title, unless "Introduction to …"
        # below takes its first word
        head = s[i:reach].split()
        if not (head[0].lower() in PART_TITLES and head[1] in ("to", "of")):
            return "", "", at
        stop = PLAIN_TITLE_END.search(s, i)
    stop_at = stop.start() if stop else len(s)
    # "Ann Lee and Tom Rudd (eds.) Salt Roads. Quiet Power (New York: …)": after the
    # editors' mark, a full stop may part the title from its subtitle, the imprint after both
    subtitled = edited and stop is not None and stop.group().startswith(".")
    subtitled = subtitled and subtitle_after_stop(s, stop.start())
    if (names_sentence or edited) and (
        stop is None
        or (stop.group().startswith((".", ";")) and not (subtitled or imprint_by_stop))
        or not title_case(s[i:stop_at])
    ):
        return "", "", at  # the imprint is another sentence's, or the words are prose
    title = s[i:stop_at].strip(" ,.")
    if role_stop and _ONE_PERSON.fullmatch(title):
        # "… A Philosophical Reader, ed. Rolf Tiedemann (Stanford: …)": "ed." after a title
        # is "edited by", its editor after it, and the words before were no names
        return "", "", at
    if title.lower() in PART_TITLES:
        # "Preface (1922), *History and Class Consciousness*": the book is the work
        book = MARKED_TITLE.search(s, stop_at)
        if book and book.start() <= stop_at + 40:
            return next(g for g in book.groups() if g).strip(" ,."), "italic", book.end()
    words = title.split()
    if len(words) > 2 and words[0].lower() in PART_TITLES and words[1] in ("to", "of"):
        # "Peter Preuss, Introduction to Friedrich Nietzsche, *On the Advantage …* (…)":
        # the work cited is the introduction, by the names before it
        return words[0], "plain", stop_at
    first_word = title.split()[0].lower().strip(".,") if title else ""
    if first_word == "no" and not _ABBREVIATION_USED.match(title):
        first_word = ""  # "No More Strikes in Leeds": the word, not "No. 5"
    if not title or first_word in NOT_TITLE_STARTS or len(title.split()) > 25:
        return "", "", at
    if _REGION_CODE.fullmatch(title) and YEAR.match(s, skip_comma(s, stop_at)):
        # "Princeton, NJ, 1994": a place and its state, no author or work (but "Kirkpatrick
        # Sale, SDS (New York: …)" is a title)
        return "", "", at
    if PLACE_YEAR.fullmatch(title):
        return "", "", at  # "Politik und Philosophie, Frankfurt 2002": an imprint, no title
    if _CALL_NUMBER.match(title):
        return "", "", at  # "MHA, VIII 15d": an archive and its call number, no author or work
    if publisher_name(title):
        return "", "", at  # "London, Verso Books, 2015": a place and a publisher, no work
    if edition := _EDITION_VOLUME.fullmatch(title):
        # "Vell, GHS 19, 66", "Vell, CW 19: 66": a collected edition cited by its
        # abbreviation, the volume after it no part of the title
        return edition.group("edition"), "plain", i + edition.end("edition")
    return title, "plain", stop_at


# "No" opens titles as a word and notes' details as an abbreviation ("No. 5", "no 12"),
# used so with a stop or a number after it.
# matches "No. 5", "no.", "No 12"; not "No More Strikes", "No Surrender"
_ABBREVIATION_USED = lazy_compile(r"\w++(?:\.|\s*+\d)")


# A collected edition's abbreviation or name, then its volume (and perhaps the page after a
# colon), making up the whole of a web copy's plain short title: a work cited often is
# cited by its abbreviation (Chicago's abbreviations for frequently cited works), a collected
# edition's volume before the page ("MECW 5:45", DIN 1505's "MEW 23, S. 45").
# matches "GHS 19", "MEW 23", "CW 19: 66", "Werke 19", "GS 4.2", "MEW Bd. 23"; not "VIII 15"
# (a call number: roman numerals alone), "NATO Today", "USA 1990" (a year), "Capital 2"
_EDITION_VOLUME = lazy_compile(
    r"""(?P<edition>(?!(?:[IVXLC]+)\s)[A-Z]{2,5}|Werke|Works|Schriften)
        \s+(?:Bd\.\s*)?(?:\d{1,3}(?:\.\d{1,2})?|[IVX]{1,4})(?:\s*:\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)?""",
    re.VERBOSE,
)


# An editor's or translator's abbreviation after the names' comma, then a space, where a
# web copy's plain title starts ("Ada Pinchley and Tom Hale, eds. The Lantern … (London: …,
# 1990)"): Chicago 14.103 sets a comma after "eds." as well, notes often leave it out; the
# imprint ahead must vouch for the title, as after "(eds.) ".
# matches ", eds. ", ", ed. ", ",  trans. "; not "(eds.) " (above), " ed. " (no comma), ",
# eds., " (the comma is read as the names' own)
_ROLE_STOP = lazy_compile(r",\s*+(?:eds?|trans|comp)\. \Z")


# One person's names and nothing else: an editor after "ed." (Chicago 14.88), no title.
# matches "Rolf Tiedemann", "Ann B. Cole"; not "The Lantern and the Ledger"
_ONE_PERSON = lazy_compile(GIVEN_PERSON)


# An archive's call number: a roman numeral, then a number.
# matches "VIII 15d", "IV 3"; not "II Corinthians", "Vietnam 1968"
_CALL_NUMBER = lazy_compile(r"[IVXLC]{1,6}\s+\d")


# A state's or a country's code after a place: before a year, no plain title.
# matches "NJ", "MA", "UK", "U.S.", "D.C."; not "Capital", "NATO Today"
_REGION_CODE = lazy_compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")


# An imprint in brackets somewhere ahead: "(London: The Bodley Head, 2008", "(NY: Random
# House, 1982(1922))", "(1899; New York: Schocken, 1961" (the original year first), or an
# undated one "(Manchester: WEL, n.d."
# matches " (Berlin: Springer Verlag, 2010", "(Manchester: WEL, n.d."; not " (2010)", " (see:
# 2010", "(n.d.)"
IMPRINT_AHEAD = lazy_compile(
    r"""\(\s*(?:(?:1[5-9]\d\d|20\d\d);\s*(?:repr\.,?\s*)?)?[A-Z][^():]{1,40}:\s[^()]{1,80}?
        (?:1[5-9]\d\d|20\d\d|,\s*n\.\s?d\.)""",
    re.VERBOSE,
)


# A plain title, then its writer: "The Power of Negativity: …, by Raya Dunayevskaya, edited
# by … (Lanham: Lexington Books, 2002)" (an imprint must follow: `plain_title_by`), or a
# film's director: "The Weir, directed by Joan Pike (London: BFI, 1990)", ", dir. Joan Pike",
# "The Weir (dir. Joan Pike, 1990)" (Chicago 14.265).
# matches "William Morris: Romantic to Revolutionary, by E. P. Thompson and Peter
# Linebaugh"; not "Karl Marx, *Capital*", "It was, by John's account" (no title case)
_PLAIN_TITLE_BY = lazy_compile(
    rf"""(?P<title>[{UPPER}][^()*_“”\";]{{2,200}}?)
        (?:(?:,\s+(?:by|(?P<directed>directed\s+by|dir\.))|\s*+\((?P<bracketed>dir\.))
        |(?P<bare>\s+by))\s+
        (?P<names>{PERSON}(?:\s+(?:and|&)\s+{PERSON})?)(?![\w'’-])
        (?(bracketed),\s*+(?P<year>1[89]\d\d|20\d\d)\s*+\))
        (?(bare)(?=\s*+\())""",
    re.VERBOSE,
)


# A film's bracket after its director: a country or a studio and the year, or the year
# alone (Chicago 14.265). matches " (UK, 2017)", " (Ciné-Liberté, 1936)", " (2017)"; not
# " (see below)", " (2017–18)"
_FILM_BRACKET = lazy_compile(rf"\s*\((?:[{UPPER}][\w.&'’ -]{{0,40}},\s*)?(?:1[89]\d\d|20\d\d)\)")


# Last words of what precedes "by" when it is a role or a deed, not a title: "Translated
# by", "with a Preface by", "Interviewed by", "The Strike Was Led by".
_ROLE_BEFORE_BY = frozenset(
    """translated edited introduced selected compiled interviewed illustrated photographed
    written led directed produced performed read sung told narrated arranged annotated
    revised abridged adapted collected published printed signed given delivered presented
    preface introduction foreword afterword notes commentary speech letter interview
    lecture review reply response""".split()
)


def _bare_title(title: str) -> bool:
    """A plain title before " by" and no comma: two words at least, every word capitalised
    but the short joining ones, no comma or abbreviation, and no role or deed at its end
    ("Harbour Lights in the Bay by …"; not "Harbour Lights was written by …")."""
    words = title.split()
    return (
        len(words) >= 2
        and "," not in title
        and not title.endswith(".")
        and all(w[:1].isupper() or not w[:1].isalpha() or w in TITLE_JOINERS for w in words)
        and words[-1].lower() not in _ROLE_BEFORE_BY
    )


# A cue inside what would be a plain title: the title starts after it.
# matches " see " in "For a discussion, see Rosa"; not "Seeing Like a State"
SEE = lazy_compile(r"\b(?i:see)\s")


def plain_title_by(s: str, k: int, offset: int, end: int, note: int) -> NoteCitation | None:
    """A plain title opening the segment, its writer after ", by", and an imprint after
    them: a web copy's "Quoted in William Morris: …, by E. P. Thompson (Oakland: …, 2011)"."""
    found = _PLAIN_TITLE_BY.match(s, k)
    if found is None or not plausible_names(found.group("names")):
        return None
    title = found.group("title").strip()
    if found.group("bare") and not _bare_title(title):
        return None  # "Translated by …", "The Strike Was Led by …": a role or a sentence
    if _PART_BY_ANOTHER.search(title):
        return None  # "Joan Hale, introduction to Strike Songs, by Idris Mold": Hale's part
    if found.group("bare"):
        # without a comma before "by", the imprint's bracket follows the writer at once
        ahead = IMPRINT_AHEAD.match(s, s.index("(", found.end()))
    else:
        # or an imprint outside brackets, as many British notes write it (", London: …, 1990")
        ahead = IMPRINT_AHEAD.search(s, found.end()) or open_imprint_at(s, found.end())
    imprint = (
        ahead
        or (found.group("directed") and _FILM_BRACKET.match(s, found.end()))
        or found.group("year")  # "Docks (dir. Ann Vell, 1990)": the film's year with its director
    )
    if not title_case(title) or SEE.search(title) or not imprint:
        return None  # "For a discussion of …, see Rosa Luxemburg, …, by …": prose, then a cue
    details = read_details(s[found.end() :])
    if found.group("year"):
        details = replace(details, year=found.group("year"), published=True)
    if (
        found.group("directed")
        and not details.place
        and (film := _FILM_BRACKET.match(s, found.end()))
    ):
        details = replace(details, year=YEAR.search(film.group()).group(), published=True)
    film = found.group("directed") or found.group("bracketed")
    if not (details.place and details.year) and not (film and details.year):
        return None  # a film's bracket may give its country, "(UK, 2017)", or a year alone
    authors = tuple(surnames(found.group("names")))
    unsure = ["plain title", "writer after the title"]
    return build_citation(s, k, offset, end, note, "full", authors, title, "plain", details, unsure)


# A writer's part of another's book, or a review of it, inside what would be a plain title;
# or a part's own title in single quotes, then "in" and the book (MHRA 11.2.4: "Ann Roe,
# ‘Preface’, in The Strike, by Tom Vell").
# matches ", introduction to ", ", review of ", "’, in "; not "Introduction to Sociology",
# ", and", "Harbour’s Lights, in"
_PART_BY_ANOTHER = lazy_compile(
    r",\s+(?:introduction|preface|foreword|afterword|review)\s+(?:to|of)\s|’,?\s+in\s",
    re.IGNORECASE,
)


def title_case(words: str) -> bool:
    """The second word is capitalised, or a short joining word ("Duino Elegies", "Earth
    System", "Republic of Fear"), not prose ("Later he wrote")."""
    second = words.split()[1:2]
    return not second or second[0][:1].isupper() or second[0] in TITLE_JOINERS


# Short words a title's second word may be (English, and the German, French, Greek and
# Russian ones of the corpus's notes: "Briefe aus dem Gefängnis", "Histoire de la Commune",
# "Αστική και σοσιαλιστική δημοκρατία", "Материализм и эмпириокритицизм"), and the English
# prepositions headline style keeps in lower case whatever their length (Chicago 8.159:
# "Homes for Working People since the 1780s", "Art as Labour"); not "by", which names a
# writer or an editor after the words before it ("Edited by Tomas Vell").
TITLE_JOINERS = frozenset(
    """of the in and or on for to a an at from with
    as but nor since into via vs versus per upon without between against through toward
    towards under over after before about among during within
    aus dem der die das den des und von zu zur zum im am für mit über
    de la le les des du et en
    και του της των τον την το τα τη οι η ο στο στη στην στον για σε με από
    и в во о об на с со к по из""".split()
)


def publisher_name(title: str) -> bool:
    """A publisher's name: a few words ending in "Press", "Books", "Verlag", … ("Verso
    Books", "Monthly Review Press", "University of Chicago Press"), or opening with the
    Greek "Εκδόσεις" (publications)."""
    words = title.split()
    if words and words[0].lower().rstrip(".") in GREEK_PUBLISHER_OPENERS:
        return "," not in title  # "Εκδόσεις Ύψιλον", "εκδ. Κριτική"
    return 0 < len(words) <= 6 and "," not in title and words[-1].lower() in _PUBLISHER_WORDS


_PUBLISHER_WORDS = frozenset(
    """press books publishers publishing publications verlag editions éditions editores
    editorial edizioni house company co. inc. ltd ltd. llc""".split()
)


# A place (one or two words) and a year: an imprint, never a title.
# matches "Frankfurt 2002", "New York, 2009", "Frankfurt/Main 1970", "Frankfurt am Main
# 1959", "Αθήνα 2014", "Νοέμβριος 2012" (a date); not "1839: The Year",
# "Republic of Fear"
PLACE_YEAR = lazy_compile(
    rf"[A-Z{GREEK_CAPITALS}][\w./-]*(?:\s+[A-Z][\w./-]*|"
    + PLACE_ON
    + r")?,?\s+(?:1[5-9]\d\d|20\d\d)"
)


_LATER_WINDOW = 400  # characters after the year where an author-date entry's imprint stands

# An imprint, a journal's volume or an address in a later sentence of the same group.
# matches "Leeds: Dale." and "Leeds: Dale" at the end, "*Harbour Review* 3",
# "https://x.org", Greek "Αθήνα: Κριτική."; not "Leeds, 2012" (a place and a year), "Note:
# this" (lower case after the colon), "*Salt Roads*, 41" (a title and its page)
_LATER_IMPRINT = lazy_compile(
    rf"""\b[A-Z{GREEK_CAPITALS}][\w/]+(?:\s+[A-Z{GREEK_CAPITALS}][\w/]+)?:\s+[A-Z{GREEK_CAPITALS}][\w&.-]*
         (?:\s+[\w&.-]+){{0,3}}\s*(?:[,.)]|$)
       |[*_][^*_\n]{{2,120}}[*_]\s+\d
       |https?://|⟨link⟩""",
    re.VERBOSE,
)


def imprint_later(text: str, at: int) -> bool:
    """An imprint or an address stands in the same ";" group after `at`, near it."""
    stop = text.find(";", at, at + _LATER_WINDOW)
    stop = min(len(text), at + _LATER_WINDOW) if stop < 0 else stop
    return _LATER_IMPRINT.search(text, at, stop) is not None


# German articles with a capital: they open a title ("Die Salzstraße", "Das Kapital"), never
# a person's given names (lower case they are a surname's particle: "van der Linden"); not
# "Den", "Des" ("Den Haag", "Des Moines" are places).
_GERMAN_ARTICLES = frozenset("Der Die Das Dem".split())


# The same writer's marks, which an inverted reading may take for a surname ("ders., Das
# Ende, S. 7"), and the stand-in name `note_german.same_writer_stand_in` writes for them
# ("Dersx"): the German back-reference readers decide those with the writer before.
_SAME_WRITER = frozenset("ders dies dens derselbe dieselbe dersx diesx densx".split())


def sentence_case_title(title: str) -> bool:
    """A title as Greek and German notes set it, in sentence case with an article first:
    "Η πόλη και το λιμάνι", "Die alte Stadt" (only nouns capitalised in German), where
    `title_case` wants the second word capitalised; two words at least."""
    words = title.split()
    if len(words) < 2:
        return False
    return opens_greek_title(title) or words[0] in _GERMAN_TITLE_ARTICLES


# German articles that open a title in sentence case ("Die alte Stadt", "Eine kurze
# Geschichte"); capitalised, as a title's first word is.
_GERMAN_TITLE_ARTICLES = _GERMAN_ARTICLES | frozenset("Den Des Ein Eine Einer".split())


def german_title_as_given(surname: str, given: str) -> bool:
    """A German article opens the "given names" after a surname, as a title and no given
    name does: "Pike, Die Salzstraße" (not after "ders.", the same writer's mark)."""
    first = given.split()[:1]
    if not first or first[0] not in _GERMAN_ARTICLES or len(given.split()) < 2:
        return False
    return surname[:1].isupper() and surname.rstrip(".").casefold() not in _SAME_WRITER


def title_words_only(title: str) -> bool:
    """Every word capitalised, a numeral or a short joining word ("Lenin: A Study on the
    Unity of His Thought"), as a title's words are and a sentence's are not."""
    words = title.replace(":", " ").split()
    return len(words) >= 1 and all(
        w[:1].isupper() or w[:1].isdigit() or w in TITLE_JOINERS for w in words
    )
