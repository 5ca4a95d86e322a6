"""What a document itself says of a word that stands before a year: a place or publisher
of its imprints, or an author.

`imprint_words` lists the places and publishers a note puts before a year, but no list is
complete: an unseen article brings its own towns and presses ("Harrogate, 1999.",
"Gollancz, 1937."), and the author-year reader would take them for authors. The document
settles it better than a list. The note-citation reader has already read its full forms;
a word it read in an imprint slot there, after a title (Chicago 14.132: "Title (Place:
Publisher, Year)"; DIN 1505-2 / ISO 690: "Titel. Ort Jahr"; Greek practice: "Τίτλος,
Εκδότης, Τόπος Έτος"), is a place or a publisher in this document, so a bare "Word, Year"
elsewhere in it is that imprint again, not a citation. Unless the document names the word
as an author (its reference list, or a work its notes read with that writer): "Lincoln"
is a town and a surname, and the document's own use decides.

No gazetteer: among the writers of the tune and check truth 50 of 552 surnames (Engels,
Kant, Taylor, Anderson, Harvey, …; 106 of 1,289 author readings) are towns of more than
15,000 people, so a gazetteer would cost far more recall than the imprints it finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from citecheck.extract.citation_patterns import STOP_WORDS, UPPER
from citecheck.extract.imprint_words import fold
from citecheck.model import NoteCitation, Reference

# A word in an imprint's slot: right after "(", "[", ",", ":" or a full stop, one
# capitalised word, then an optional comma or colon and a year, or a colon and a publisher
# (the place of "Harrogate: Smith, 1999"). Only read after a full form's title.
# matches "Harrogate" in " (Harrogate, 1999)", "Gollancz" in ", Gollancz, 1937", "Harrogate"
# and "Smith" in " (Harrogate: Smith, 1999)", "Neuwied" in ". Neuwied 1970", "Αθήνα" in ",
# Αθήνα 1978"; not "Smith" in " by Smith, 1999" (no mark before it), "Press" in "University
# Press, 1999" (a word before it), "1999" alone
_SLOT = re.compile(
    rf"""(?<=[(\[,:.])\s*+(?P<word>[{UPPER}][\w’'-]{{1,40}}+)
         (?:\s*+[,:]?\s*+(?:1[5-9]\d\d|20\d\d)(?!\d)|\s*+:\s)""",
    re.VERBOSE,
)

# The word before a name that a person holds, not an imprint: "ed. Smith, 1999", "trans.
# Jones, 1999", "hg. v. Müller, 1999", "μτφρ. Παπάς, 1999".
# matches "ed.", "Trans.", "hrsg. v.", "by", "μτφρ."; not "Press", "London:"
_PERSON_BEFORE = re.compile(
    r"""(?:\b(?:eds?|edd|trans|transl|tr|comp|intro|introd|hg|hgg|hrsg|übers|bearb|v|von
            |by|and|with|u|und|μτφρ|μτφ|επιμ|εισ)\.?|&)\s*$""",
    re.VERBOSE | re.IGNORECASE,
)

# How far after a full form's title its imprint is looked for, and after a short form
# whose details were read on (keeps each look linear).
_REACH = 600


@dataclass(frozen=True)
class ImprintEvidence:
    """Folded words the document uses as a place or a publisher in an imprint, or as the
    last word of a newspaper or journal a work stands in, and folded surnames it names as
    authors."""

    imprints: frozenset[str] = frozenset()
    authors: frozenset[str] = frozenset()
    # a publisher's name without its generic word ("Haymarket" of "Haymarket Books"): an
    # imprint in "(Haymarket, 2024)", but "As Haymarket (2024) argues" names a person
    shortened: frozenset[str] = frozenset()

    def not_author(self, name: str, narrative: bool = False) -> bool:
        """True when the name's last word is one of the document's imprint words (a
        shortened publisher's only where the name is not the subject of a sentence, as a
        narrative citation's is) and the document names no author so."""
        words = name.split()
        if not words:
            return False
        word = fold(words[-1])
        imprint = word in self.imprints or (not narrative and word in self.shortened)
        return imprint and word not in self.authors


NO_EVIDENCE = ImprintEvidence()


def joined(parts: Iterable[ImprintEvidence]) -> ImprintEvidence:
    """One document's evidence from its parts' (a harness that reads note by note)."""
    imprints: set[str] = set()
    authors: set[str] = set()
    shortened: set[str] = set()
    for part in parts:
        imprints |= part.imprints
        authors |= part.authors
        shortened |= part.shortened
    return ImprintEvidence(frozenset(imprints), frozenset(authors), frozenset(shortened))


def imprint_evidence(
    text: str, citations: Iterable[NoteCitation], references: Iterable[Reference] = ()
) -> ImprintEvidence:
    """The document's imprint words (from the full forms its notes cite and the entries of
    its reference list, in `text`, the masked text they were read from) and the surnames it
    names as authors."""
    read = list(citations)
    authors = {_last(a.surname) for c in read for a in c.authors}
    authors |= {_last(a.surname) for r in references for a in r.authors}
    imprints: set[str] = set()
    shortened: set[str] = set()
    for reference in references:
        # "Pike, Jane. 1999. *The Salt Road*. Harrogate: Wrenfield.": the list's imprints
        if reference.span is not None and reference.title:
            span = reference.span
            imprints.update(_words_after(text, reference.title, span.start, span.end))
    for i, citation in enumerate(read):
        following = read[i + 1].span.start if i + 1 < len(read) else len(text)
        for word in (citation.place, citation.publisher):
            if len(word.split()) == 1:
                imprints.add(fold(word))
        shortened.update(_shortened_publisher(citation.publisher))
        imprints.update(_slot_words(text, citation, following))
        imprints.update(_periodical_words(citation))
    imprints.update(_german_periodicals(text))
    imprints -= STOP_WORDS
    imprints.discard("")
    return ImprintEvidence(
        frozenset(imprints), frozenset(authors - {""}), frozenset(shortened - STOP_WORDS)
    )


def _slot_words(text: str, citation: NoteCitation, following: int) -> Iterable[str]:
    """The words in imprint slots after the title of a full form: inside its span, or,
    where its details were read on, in the sentences after it up to the next work or ";"."""
    if citation.form != "full" or not citation.title:
        return ()
    end = citation.span.end
    if "details read on" in citation.unsure:
        stop = text.find(";", end, end + _REACH)
        end = min(following, end + _REACH, stop if stop >= 0 else len(text))
    return _words_after(text, citation.title, citation.span.start, end)


def _words_after(text: str, title: str, start: int, end: int) -> Iterable[str]:
    """The words in imprint slots between the end of `title` (found from `start`) and `end`,
    except a person's after "ed.", "trans.", "by"."""
    title_at = text.find(title, start, end)
    if title_at < 0:
        return
    start = title_at + len(title)
    end = min(end, start + _REACH)
    for match in _SLOT.finditer(text, start, end):
        if _PERSON_BEFORE.search(text, max(start, match.start() - 20), match.start("word")):
            continue
        yield fold(match.group("word"))


# A publisher's generic word, which a shortened name drops (Chicago 17th 14.135: "Books",
# "Press", "Publishers" may go, "Haymarket" for "Haymarket Books"), and the particles of a
# press's name ("Éditions du Seuil" is "Seuil").
_PUBLISHER_NOUNS = frozenset(
    fold(w)
    for w in (
        "Books Press Publishers Publishing Publications Verlag Verlagsanstalt Éditions "
        "Editions Edizioni Ediciones Editora Editores Editore Editori Εκδόσεις"
    ).split()
)
_PARTICLES = frozenset("de du des di del della la le les the".split())


def _shortened_publisher(publisher: str) -> Iterable[str]:
    """The one word a publisher's name is shortened to, without its generic word: "Haymarket"
    of "Haymarket Books", "Seuil" of "Éditions du Seuil", "Pluto" of "Pluto Press"; none of
    "Oxford University Press" (two words stay) or of a name with no generic word."""
    words = [w.strip(".,") for w in publisher.split()]
    if not any(fold(w) in _PUBLISHER_NOUNS for w in words):
        return ()
    rest = [w for w in words if fold(w) not in _PUBLISHER_NOUNS and w.lower() not in _PARTICLES]
    if len(rest) != 1 or not rest[0][:1].isupper():
        return ()
    return (fold(rest[0]),)


# How many words a periodical's name has at most ("Der Spiegel", "The New Statesman").
_PERIODICAL_WORDS = 3


def _periodical_words(citation: NoteCitation) -> Iterable[str]:
    """The last word of the newspaper or journal a work stands in ("The Guardian", "Η
    Καθημερινή", "*Road Review* 12"): a periodical's name, no writer's, when a note later
    writes it before a year as if it were one ("(Guardian 2015)", "Vgl. Spiegel 1999"). A
    book a chapter stands in has its imprint or editors, and is left out."""
    container = citation.container.split()
    if not container or len(container) > _PERIODICAL_WORDS:
        return ()
    if citation.place or citation.publisher or citation.form != "full":
        return ()
    return (fold(container[-1]),)


# A German note's periodical after "in:", its name then its issue or date: "in: Der Spiegel,
# 12. März 1999", "in: Die Zeit vom 4. 3. 2003", "in: Merkur 12 (2001)", "in: Der Spiegel
# 12/1999"; the name's words possessive (a long run of capitals is read once).
# matches "Spiegel" in "in: Der Spiegel, 12. März 1999", "Zeit" in "in: Die Zeit vom 4.";
# not "in: Ilse Hartung (Hg.): …" (a person, then no issue or date), "in: Berlin 1999"
# (a place and a year: no issue or date mark)
_GERMAN_PERIODICAL = re.compile(
    rf"""\bin:\s++(?:Der|Die|Das)\s++(?P<word>[{UPPER}][\w-]{{1,40}}+)
         (?:,\s*+|\s++)(?:vom\s|Nr\.|Heft\s|\d{{1,2}}\.\s*+(?:\d{{1,2}}\.|[{UPPER}])|\d{{1,2}}/)""",
    re.VERBOSE,
)


def _german_periodicals(text: str) -> Iterable[str]:
    """The periodicals German notes name after "in:" with an article, then an issue or a
    date: "in: Der Spiegel, 12. März 1999" (the reader reads no container there)."""
    if "in:" not in text:
        return ()
    return (fold(m.group("word")) for m in _GERMAN_PERIODICAL.finditer(text))


def _last(surname: str) -> str:
    words = surname.split()
    return fold(words[-1]) if words else ""
