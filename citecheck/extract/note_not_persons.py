"""Readings whose "author" is a place or a publisher by the grammar of the note, dropped or
made anonymous after a note is read.

- A place with its state, region or country ("Paris, France", "Leeds, Yorkshire",
  "Cambridge, MA") has the shape of an inverted name ("Surname, Given"), but Chicago 17th
  ed. 14.131 adds exactly these to a place of publication, and no given name is a country.
  The reading is dropped: what follows such a place is no title by a person of that name.
- A place as a sentence's subject, the work's "author in prose" ("London has been described
  in “…,” *Review*, no. 4 (2001)", "Berlin's first edition appeared as “…”"): a one-word
  subject that imprints name as a place is no writer; the work is kept without an author.
- A Romance definite article right before a marked word, no comma between ("Le *dataset*
  est disponible …", "La *Gazette* publia …", "El *corpus* …"), is the article of a noun
  phrase, not a surname: a surname before its title takes a comma ("Le Goff, *La
  civilisation*", Chicago 14.29). Where the words of a sentence follow the mark, the reading
  is prose and is dropped; where a comma, a stop or a bracket follows it ("Le *Monde*, 3
  mai 1921"), the work is kept without a writer, the article in its title.
- A name headed by a publisher's word ("Edition Grau", "Verlag Ost", "Εκδόσεις Κάκτος")
  or ending in one ("Dale Press") is a publisher (DIN 1505-2 / ISO 690 name the publisher
  so), never an author: the work is kept without an author. A "title" that is only such a
  name ("Anna Berger, Warum? Die Stadt, Verlag Ost, …" read as "Stadt", "Verlag Ost") is
  no work at all and is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_greek_place_writers import place_as_writer
from citecheck.extract.note_names import names_a_doctrine
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# Countries, and the regions, counties, states and Länder that imprints add to a town
# (Chicago 14.131), written out. Words that are also given names ("Georgia", "Virginia",
# "Carolina", "Kent", "Devon", "Jordan", "India") are left out: precision first.
_REGIONS = frozenset(
    """
    england scotland wales ireland britain uk usa france frankreich germany deutschland
    italy italia italien spain españa spanien greece ελλάδα ελλάς griechenland canada
    australia switzerland schweiz suisse austria österreich netherlands niederlande
    belgium belgique belgien sweden schweden norway norwegen denmark dänemark finland
    poland polen portugal mexico japan china russia russland cyprus κύπρος turkey türkei
    yorkshire lancashire middlesex sussex surrey essex hampshire cornwall oxfordshire
    cambridgeshire berkshire norfolk suffolk cumbria northumberland
    massachusetts connecticut illinois ohio michigan minnesota wisconsin pennsylvania
    california oregon texas maryland ontario quebec québec bayern bavaria hessen sachsen
    saxony thüringen brandenburg westfalen
    """.split()
)

# The postal abbreviation of a US state or a Canadian province, or its older form ("Mass.",
# "N.Y."); two capitals are also a person's initials ("Marsh, JD"), so these count only
# after a town the imprint words know ("Cambridge, MA").
_STATE_CODE = lazy_compile(
    r"(?:[A-Z]{2}|Mass|Conn|Calif|Ill|Penn|Minn|Wis|Mich|N\.\s?[YJHC]|Ont)\.?"
)

# A capitalised word (or two) at the start, a comma, then one word before a stop, a
# bracket, a comma, a colon, a year or the end: the shape of "Paris, France (" and
# "Leeds, Yorkshire. 1999".
# matches "Paris, France" in "Paris, France (London: …)", "Leeds, Yorkshire" in "Leeds,
# Yorkshire. 1999. 41."; not "Paris, Anne Marie, *T*" (two given words: "Anne" is no region)
_PLACE_THEN_REGION = lazy_compile(
    rf"""\s*+(?P<town>[{UPPER}][\w’'-]++(?:\ [{UPPER}][\w’'-]++)?+),\ ++
         (?P<region>[{UPPER}][\w.]*+)(?=\s*+(?:[.(,;:\[]|\d|$))""",
    re.VERBOSE,
)

# A Romance definite article, then a marked word or words; group "cited" when a comma, a
# stop or a bracket follows the mark (a citation's form, not a sentence's words).
# matches "Le *dataset* RASAM", "La *Gazette*, 3 mai" (cited), "Les “Annales”", "El *corpus*",
# "Il *dataset*"; not "Le Goff, *", "Le, *" (a surname and its comma), "The *" (English,
# never read as a surname)
_ARTICLE_BEFORE_MARK = lazy_compile(
    r"""\s*+(?P<article>Le|La|Les|El|Il|Lo|Los|Las|Gli)\s++[*_“"«][^*_”"»]{1,150}+[*_”"»]++
        (?P<cited>\s*+[,.;(])?""",
    re.VERBOSE,
)

_PUBLISHER_HEADS = frozenset("edition editions éditions editorial editora verlag εκδόσεις".split())
_PUBLISHER_TAILS = frozenset("press verlag editions".split())


def place_with_region(text: str) -> bool:
    """`text` (a citation's) opens with a town and its region or country, not a person."""
    found = _PLACE_THEN_REGION.match(text)
    if found is None:
        return False
    region = found.group("region")
    if region.rstrip(".").casefold() in _REGIONS:
        return True
    town = found.group("town").split()[-1]
    return _STATE_CODE.fullmatch(region) is not None and is_imprint_word(town)


def publisher_name(name: str) -> bool:
    """A name headed or ended by a publisher's word: "Edition Grau", "Dale Press"."""
    words = name.split()
    if len(words) < 2:
        return False
    return words[0].casefold() in _PUBLISHER_HEADS or words[-1].casefold() in _PUBLISHER_TAILS


# The first name of a citation and a mark for the others after it.
# matches "Berlin u. a." in "Berlin u. a.: Die Stadt", "Αθήνα κ.ά." in "Αθήνα κ.ά. (επιμ.)",
# "Hamburg et al." in "Hamburg et al. (eds.)"; not "Ilse Varga u. a." (two words: a person's
# given name before), "Berlin, Hamburg u. a." (a comma: a list)
_ONE_WORD_ET_AL = lazy_compile(
    r"\s*+(?P<word>[^\W\d_][\w’'-]*+)\s++(?:et\s++al\.?|u\.\s?a\.|κ\.\s?[άα]\.)"
)


def _place_et_al(citation: NoteCitation) -> bool:
    """The one author is a word imprints name as a place or a publisher, alone before "u. a.",
    "et al." or "κ.ά." where the citation starts."""
    if len(citation.authors) != 1:
        return False
    found = _ONE_WORD_ET_AL.match(citation.text)
    return (
        found is not None
        and found.group("word") == citation.authors[0].surname
        and is_imprint_word(found.group("word"))
    )


def without_false_persons(citation: NoteCitation) -> NoteCitation | None:
    """The citation, made anonymous where its author is a publisher, or None where it reads a
    place with its region as a person, or a publisher's name as its title."""
    if citation.authors and place_with_region(citation.text):
        surname = citation.authors[0].surname
        if citation.text.lstrip().startswith(surname) or f" {surname}," in citation.text[:60]:
            return None
    if place_as_writer(citation):
        return None  # "Βλ. της Νέας Σμύρνης, *…*": a Greek place, no writer
    if citation.title and any(names_a_doctrine(a.surname) for a in citation.authors):
        return None  # a web copy's "Black Anarchism: A Reader, …": a title's words, no writer
    if citation.title_style == "plain" and publisher_name(citation.title) and citation.authors:
        # "Stadt, Verlag Ost": a publisher is no work's title; a marked one is a title
        # ("Hazel Vell, *The Popular Press* (London: Verso, 1989)")
        return None
    if (article := _article_as_writer(citation)) is not None:
        if not article.group("cited"):
            return None  # "Le *dataset* RASAM est disponible …": prose
        unsure = "; ".join(p for p in (citation.unsure, "an article, not a writer") if p)
        title = f"{article.group('article')} {citation.title}"
        return replace(citation, authors=(), title=title, unsure=unsure)
    if _place_et_al(citation):
        unsure = "; ".join(p for p in (citation.unsure, "a place before u. a.") if p)
        return replace(citation, authors=(), unsure=unsure)
    if _place_joined(citation):
        # "Between Leeds and Ann Vell in …": the place is no second writer
        unsure = "; ".join(p for p in (citation.unsure, "a place joined to the writer") if p)
        return replace(citation, authors=citation.authors[1:], unsure=unsure)
    if _place_as_subject(citation):
        unsure = "; ".join(p for p in (citation.unsure, "a place as the subject") if p)
        return replace(citation, authors=(), unsure=unsure)
    if citation.authors and _headed_by_publisher(citation):
        unsure = "; ".join(p for p in (citation.unsure, "publisher before the title") if p)
        return replace(citation, authors=(), unsure=unsure)
    return citation


def _article_as_writer(citation: NoteCitation) -> re.Match[str] | None:
    """Where the article read as the one author's surname stands right before a marked
    word at the citation's start; None otherwise."""
    if len(citation.authors) != 1:
        return None
    found = _ARTICLE_BEFORE_MARK.match(citation.text)
    if found is None or found.group("article") != citation.authors[0].surname:
        return None
    return found


# A publisher's word right before the first author's surname at the citation's start:
# "Edition Grau, …", "Verlag Ost, …", "Εκδόσεις Κάκτος, …".
def _headed_by_publisher(citation: NoteCitation) -> bool:
    surname = citation.authors[0].surname
    head = citation.text.lstrip().split(",", 1)[0].strip()
    words = head.split()
    # a name ending in "Press" is `note_no_author`'s ("Ink Press, London, 1980.": no work)
    return head.endswith(surname) and len(words) == 2 and words[0].casefold() in _PUBLISHER_HEADS


# A one-word subject and what follows it: a verb or a possessive, no comma (an imprint's
# "London, 2015" and an inverted name's "Berlin, Isaiah" are other readings').
# matches "London has", "Berlin's first"; not "London, Verso", "Jack London has"
_SUBJECT_WORD = lazy_compile(rf"\s*+(?P<word>[{UPPER}][\w-]++)(?:['’]s)?\s++[a-z]")


def _place_joined(citation: NoteCitation) -> bool:
    """The first of several authors read in prose is one word, joined by "and" to the next,
    and imprints name it as a place: "Leeds and Ann Vell in *…*"."""
    if len(citation.authors) < 2 or "author in prose" not in citation.unsure:
        return False
    word = citation.authors[0].surname
    return (
        is_imprint_word(word)
        and re.match(rf"\s*+{re.escape(word)}\s++(?:and|&)\s", citation.text) is not None
    )


def _place_as_subject(citation: NoteCitation) -> bool:
    """The one author, read in prose, opens the work's text as its sentence's subject, and
    imprints name the word as a place."""
    if len(citation.authors) != 1 or "author in prose" not in citation.unsure:
        return False
    found = _SUBJECT_WORD.match(citation.text)
    return (
        found is not None
        and found.group("word") == citation.authors[0].surname
        and is_imprint_word(found.group("word"))
    )
