"""Reading one segment of a note: where a citation starts, its names, title and details,
and the decision (see `note_citations` for the design)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from citecheck.bibliography.names import author
from citecheck.extract.citation_patterns import UPPER as _UPPER
from citecheck.extract.note_details import Details, read_details
from citecheck.extract.note_parenthetical import parenthetical_source
from citecheck.extract.note_patterns import (
    BY_AUTHOR,
    COLON_END,
    COLON_NAMES,
    CORPORATE,
    CUE,
    IBID,
    IDEM,
    IMPRINT_NEXT,
    INVERTED_NAMES,
    MARKED_TITLE,
    NAMES,
    NAMES_END,
    NOT_NAMES,
    NOT_TITLE_STARTS,
    ONE_PERSON,
    OP_CIT,
    PAGES,
    PART_TITLES,
    PERSON,
    PERSON_SPLIT,
    PLAIN_TITLE_END,
    UNCLOSED_QUOTE,
    YEAR,
)
from citecheck.extract.note_prose import prose_work
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation, Span

# Where a citation may start inside a segment: after a cue word ("in" is left out: "in
# Lenin, *Collected Works*" is the container of the work before, not another work), or
# after "chapter one of" or "the foreword to" (a part of the work cited; "Cedric Johnson,
# foreword to *…* by Harold Cruse" is Johnson's foreword, so "the" is required). The next
# letter is a capital of any Latin, Greek or Cyrillic alphabet ("made by Žižek, *…*"), or
# a title's mark.
# matches "see " in "For more, see Lewin", "by " in "as argued by Lewin", "found in " in
# "can be found in Lublinski", "chapter one of " before "Žižek", "foreword to " after "the"
# before "Geoff Eley"; not "Seeley", "in " alone, "chapter of " (no number), "by " before "the",
# "foreword to " without "the"
_INNER_START = lazy_compile(
    rf"""\b(?i:see(?:\s+also)?|cf\.|by|from
           |(?:found|discussed|argued|developed|described|published|reprinted|collected)\s+in
           |(?:chapter|part|section)\s+[\w.]+\s+of
           |(?<=\bthe\s)(?:foreword|preface|introduction|afterword)\s+to)
        [:,]?\s+(?=[{_UPPER}*_“\"])""",
    re.VERBOSE,
)

# What may stand between an author named in prose and the title: a possessive and a few
# words (a year among them), or "in his/her/their".
# matches "'s ", "’s essay ", "'s review of ", "'s 1934 essay on ", "'s 1989 book, ", " in his ";
# not ", ",
# " and "
BRIDGE = lazy_compile(
    r"""(?:['’]s(?:\s+(?:[a-z]+|1[5-9]\d\d|20\d\d)){0,4},?
         |\s+in\s+(?:his|her|their)(?:\s+[a-z]+){0,2})\s+(?=[*_“\"])""",
    re.VERBOSE,
)

# "in his" before a plain title that an imprint follows: the imprint vouches for the title.
# matches " in his " in "Perry Anderson in his Considerations on Western Marxism (London: New
# Left Books, 1976)"; not " in his view (see above)", " in his *Considerations*" (BRIDGE)
PLAIN_BRIDGE = re.compile(
    r"\s+in\s+(?:his|her|their)\s+(?=[A-Z][^()*_“\"]{2,150}?\s\(\s*[A-Z][^():]{1,40}:\s)"
)

# "and" before a second title by the same author, or before another author's names (a
# segment cut after a work's closing bracket).
# matches "and “", "and *", "and Emanuele", "and Étienne"; not "and the"
AND_TITLE = lazy_compile(rf"and\s+(?=[“\"*_{_UPPER}])")

# Punctuation and space trimmed from a segment's ends.
_TRIM = " \t\n,.;:—–-"

# An author-year citation right after the names: "Cliff, 1974", "Marx, 1986, p558".
# matches ", 1974", ", 1974, p20", " 2009, p176"; not ", 1839: The Year of …" (a title)
_YEAR_NEXT = re.compile(r"\s*,?\s*\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\b(?!:\s+[A-Z])")


# Where a second work, the one the first was published in, starts: "published as an
# appendix to", "published in", "reprinted in", "appended to".
# matches "published as an appendix to ", "reprinted in "; not "published ", "in "
_HOST_START = lazy_compile(
    rf"""\b(?:(?:published|reprinted)(?:\s+as\s+an?\s+[a-z]+)?\s+(?:in|to)|appended\s+to)
        [:,]?\s+(?=[{_UPPER}*_“\"])""",
    re.VERBOSE,
)


def read_segment(
    text: str, segment: Span, note: int, previous: tuple[Author, ...]
) -> list[NoteCitation]:
    """The works the segment cites: one, or a work and the book by another author it was
    published in ("*Manifesto …* (…), published as an appendix to David Black, *Helen
    Macfarlane* (Lanham, MD: Lexington Books, 2004)")."""
    first = _read_one(text, segment, note, previous)
    if first is None:
        return []
    start, end = _trimmed(text, segment)
    s = text[start:end]
    after_title = first.span.start - start + (first.text.find(first.title) if first.title else 0)
    host_start = _HOST_START.search(s, max(after_title + len(first.title), 0))
    if host_start is None:
        return [first]
    host = _read_at(s, host_start.end(), start, end, note, names_needed=True)
    if host is None or not host.authors:
        return [first]
    if first.authors and first.authors[0].folded == host.authors[0].folded:
        return [first]  # "Marx, “On the Jewish Question”, published in Marx, *Early Writings*"
    return [first, host]


def _read_one(
    text: str, segment: Span, note: int, previous: tuple[Author, ...]
) -> NoteCitation | None:
    start, end = _trimmed(text, segment)
    if start >= end:
        return None
    s = text[start:end]
    cue = CUE.match(s)
    k = cue.end() if cue else 0
    continued = AND_TITLE.match(s)  # "and “Critique” (1969)": same author, next work
    if continued:
        k = continued.end()
    ibid = IBID.match(s, k) or IDEM.match(s, k)
    if ibid:
        form = "idem" if s[ibid.start() : ibid.start() + 2].lower() == "id" else "ibid"
        rest = s[ibid.end() :]
        pages = PAGES.search(" " + rest.rstrip(" .;"))
        return NoteCitation(
            text=s[k:],
            span=Span(start + k, end),
            note=note,
            form=form,
            pages=pages.group("pages").strip() if pages else "",
        )
    citation = _read_at(s, k, start, end, note)
    if citation is not None:
        if (
            not citation.authors
            and previous
            and (k == 0 or continued)
            and citation.form != "op-cit"
        ):
            # "Stedman Jones, *A*, …; *B*, …": the author written once for both works
            return replace(citation, authors=previous, unsure="author carried from before")
        if continued and not citation.authors:
            return None  # "and “B”" with no author before it to carry
        if not citation.authors and _year_only(citation):
            return None  # "In *The State and Revolution* (1917), Lenin …": named in passing
        return citation
    for inner in _INNER_START.finditer(s, k + 1):
        citation = _read_at(s, inner.end(), start, end, note, names_needed=True)
        if citation is not None:
            return citation
    return (
        _op_cit_in_prose(s, start, end, note)
        or prose_work(s, k, start, note, _surnames)
        or parenthetical_source(s, start, note, _read_at)
    )


def _op_cit_in_prose(s: str, start: int, end: int, note: int) -> NoteCitation | None:
    """A marked title then "op. cit." anywhere in the segment: "Alternate translation in
    “Towards a New Manifesto?”, op. cit., p. 53"."""
    for title in MARKED_TITLE.finditer(s):
        op = OP_CIT.match(s, _skip_comma(s, title.end()))
        if op:
            pages = PAGES.search(" " + s[op.end() :].rstrip(" .;"))
            return NoteCitation(
                text=s[title.start() :],
                span=Span(start + title.start(), end),
                note=note,
                form="loc-cit" if op.group("loc") else "op-cit",
                title=next(g for g in title.groups() if g).strip(" ,."),
                pages=pages.group("pages").strip() if pages else "",
            )
    return None


def _read_at(
    s: str, k: int, offset: int, end: int, note: int, *, names_needed: bool = False
) -> NoteCitation | None:
    if (
        ", by " in s  # cheap test first: most notes have none
        and (names_needed or k == _first(s))
        and (plain_by := _plain_title_by(s, k, offset, end, note))
    ):
        return plain_by
    authors: tuple[Author, ...] = ()
    after = k
    unsure = []
    inverted = INVERTED_NAMES.match(s, k)
    names = NAMES.match(s, k)
    sentence_end = (
        _SENTENCE_IN_NAMES.search(names.group()) if names and ". " in names.group() else None
    )
    if sentence_end and " " in names.group()[: sentence_end.start()]:
        # "Stefan Aust. The Baader Meinhof Complex (…)": the names end there ("Vgl. Ruda"
        # is a cue and a name)
        names = NAMES.match(s, k, k + sentence_end.start())
    if names and (not _names_end(s, names) or _mixed_list(s, names)):
        names = ONE_PERSON.match(s, k)  # the list reading ran into a plain title
    if inverted and names and names.end() > inverted.end():
        inverted = None  # "Adorno, Anders, Horkheimer and Pollock": a list, not "Adorno, A."
    if inverted and plausible_names(inverted.group("names")):
        more = inverted.group("more") or ""
        authors = tuple(_surnames(inverted.group("names") + more))
        after = inverted.end()
    elif names and plausible_names(names.group("names")):
        possessive = names.group("names").endswith(("'s", "’s")) and not names.group("role")
        if _YEAR_NEXT.match(s, names.end()) and not (
            possessive and BRIDGE.match(s, names.end() - 2)
        ):
            # "Cliff, 1974": author-year, read by citations.py; but "Benjamin's 1934 essay
            # on “The Author as Producer”" names a work
            return None
        authors = tuple(_surnames(names.group("names")))
        after = names.end()
        if possessive:
            after -= 2  # "Lih's": the possessive is read by BRIDGE
    corporate = None
    if not (inverted or names_needed) and k == _first(s):
        # "World Commission on Environment and …, *…*"
        corporate = CORPORATE.match(s, k) if ", " in s else None
        if corporate is not None and corporate.end() > after:
            authors, after = (author(corporate.group("names")),), corporate.end()
            unsure.append("corporate author")
        else:
            corporate = None
    if names_needed and not authors:
        # inside prose a work without names needs "op. cit." ("in “Towards…”, op. cit.,
        # 53"), its writer after it ("see “Developing …,” by Peter Hudis") or an imprint
        # ("see *For They Know Not What They Do* (London: Verso, 2002)")
        title, title_style, title_end = _title(s, k, False, colon=False)
        vouched = (
            OP_CIT.match(s, _skip_comma(s, title_end))
            or BY_AUTHOR.match(s, title_end)
            or IMPRINT_NEXT.match(s, title_end)
        )
        if not title or not vouched:
            return None
    bridge = None
    if authors and inverted is None:
        bridge = BRIDGE.match(s, after) or PLAIN_BRIDGE.match(s, after)
    if bridge and bridge.re is PLAIN_BRIDGE:  # the title runs to the imprint's bracket
        title_end = s.index("(", bridge.end())
        title, title_style = s[bridge.end() : title_end].strip(" ,."), "plain"
        unsure.append("author in prose")
    elif bridge:  # "Lih's *Lenin Rediscovered* (2008)", "Anderson in his *Considerations*"
        title, title_style, title_end = _title(s, bridge.end(), False, colon=False)
        unsure.append("author in prose")
    else:
        colon = inverted is not None or s[after : after + 1] == ":"
        title, title_style, title_end = _title(s, after, bool(authors), colon=colon)
    colon_names = bool(authors) and not (inverted or bridge) and s[after : after + 1] == ":"
    imprint_vouches = bridge is not None and bridge.re is PLAIN_BRIDGE
    # inside prose, only a marked title vouches for the names, or an imprint after an
    # inverted name: "published in Benjamin, Walter, Gesammelte Briefe. … (Frankfurt: …)"
    plain_in_prose = names_needed and title_style == "plain" and not imprint_vouches
    if plain_in_prose and inverted is None:
        return None
    if title_style == "plain" and _adverb(authors):
        return None  # "Critically, Rose asked…": a sentence, not a citation
    if authors and not title:
        op = OP_CIT.match(s, _skip_comma(s, after))
        pages = PAGES.match(s, after)
        if not (op or pages) or k != _first(s):
            return None
        title_end = after
    by = BY_AUTHOR.match(s, title_end) if title and not authors else None
    if by and plausible_names(by.group("names")):
        # "“Developing …,” by Peter Hudis, Socialism and Democracy, 19 (2), July 2005"
        authors, title_end = tuple(_surnames(by.group("names"))), by.end()
        unsure.append("writer after the title")
    if not authors and (not title or title_style == "plain"):
        return None
    if inverted is not None:
        unsure.append("inverted names")
    details = read_details(s[title_end:])
    if plain_in_prose and not details.place:
        return None
    bridge_year = YEAR.search(bridge.group()) if bridge else None
    if bridge_year and not details.year and (details.pages or details.container):
        # "Greg Guma's 1989 book, *The People's Republic*, p. 19": a page or a container
        # makes it a citation, not a work named in passing
        details = replace(details, year=bridge_year.group(), published=True, loose_year=True)
    if not details.year and inverted is not None and inverted.group("original"):
        # "Lukács, G. (1970): Geschichte und Klassenbewusstsein": author-date bibliography
        year = YEAR.search(inverted.group("original"))
        if year is not None:
            details = replace(details, year=year.group(), published=True)
    if details.journal and (not authors or title_style == "italic"):
        # "*Platypus Review* 99 (September 2017)", "Zinoviev, *Izvestiia*, No. 5 (1989)":
        # an issue of a journal, not a titled work
        details = replace(details, container=title)
        title, title_style = "", ""
    form = _form(details)
    if form == "short" and title and _given_names(inverted, names):
        # "Thomas Paine, *Common Sense*.": a short form is a surname and a short title; a
        # first citation with the given names is a full form that lacks its details
        form = "full"
        unsure.append("no publication details")
    if form == "short" and title_style == "plain" and _prose_after(s, title_end):
        return None  # "In Mesopotamia, Jericho was flourishing … around 6,500 BCE, while …"
    if (not authors or bridge or corporate) and not details.published and form != "op-cit":
        return None  # a quotation in prose, or a work named in passing, not a citation
    if colon_names:
        unsure.append(COLON_NAMES)  # decided with the rest of the note: `colon_reading`
    if title_style == "plain":
        unsure.append("plain title")
    if form == "full" and not details.year:
        unsure.append("no year")
    if details.loose_year:
        unsure.append("year beside the title")
    return _citation(s, k, offset, end, note, form, authors, title, title_style, details, unsure)


def _names_end(s: str, names: re.Match[str]) -> bool:
    """The name list ends where it stops: at a comma, a full stop, a marked title, or (with
    no comma inside it) a colon before a title."""
    if NAMES_END.match(s, names.end()):
        return True
    if s[names.end() : names.end() + 1] != ":":
        return False
    return "," not in names.group() and COLON_END.match(s, names.end()) is not None


def _mixed_list(s: str, match: re.Match[str]) -> bool:
    """A surname alone, then persons with given names, or a person with given names, then
    one-word persons: "Lukács, History and Class Consciousness", "Leon Trotsky, Results and
    Prospects" are a name and a plain title, not three people (a list gives all its persons
    alike: "Adorno, Horkheimer and Pollock", "Max Horkheimer, Theodor Adorno")."""
    names = match.group("names")
    persons = [p.split() for p in PERSON_SPLIT.split(names) if p.strip()]
    if len(persons) < 2 or "," not in names:
        return False
    if len(persons[0]) > 1 and PERSON_SPLIT.match(names, len(" ".join(persons[0]))):
        # "Leon Trotsky, Results and Prospects.": a person, then one-word "persons" and no
        # title after them ("Max Horkheimer, Adorno and Pollock, *Studies*" is a list)
        title_next = MARKED_TITLE.match(s, _skip_comma(s, match.end()))
        return title_next is None and any(len(p) == 1 and len(p[0]) > 2 for p in persons[1:])
    if len(persons[0]) != 1 or not names[len(persons[0][0]) :].startswith(","):
        return False
    # a later person with two words and no initial reads as a title's words; "John D.
    # McCarthy" (an initial) is a person: "Doug, McAdam, John D. McCarthy, and Mayer N. Zald"
    return any(
        len([w for w in p if w.lower() not in _PARTICLES]) > 1 and not _INITIAL.search(" ".join(p))
        for p in persons[1:]
    )


def _year_only(citation: NoteCitation) -> bool:
    """The only detail is a year in brackets beside the title: no imprint, container
    (a journal's volume and date make one) or address."""
    return "year beside the title" in citation.unsure and not (
        citation.place or citation.container or citation.url
    )


def _given_names(inverted: re.Match[str] | None, names: re.Match[str] | None) -> bool:
    """True when the first author is written with given names or initials ("Theodor W.
    Adorno", "Lukács, G."), not by the surname alone ("Adorno")."""
    if inverted is not None:  # "Lukács, G.", not "Geschichte, Theoretische Entwicklung"
        return bool(_INITIAL.search(inverted.group(0)[len(inverted.group("names")) :]))
    if names is None:
        return False
    first = PERSON_SPLIT.split(names.group("names"))[0].split()
    surname = next(iter(_surnames(names.group("names"))), None)
    return surname is not None and len(first) > len(surname.surname.split())


# An initial among the given names of an inverted name.
# matches "G." in ", G. (1970)", "Th.W."; not "Leo", "Theoretische Entwicklung"
_INITIAL = re.compile(r"\b[A-Z][a-z]?\.")


# Words of prose after a plain short title and its pages: a sentence, not a citation.
# matches ",500 BCE, while Sumer sustained nearly"; not ", 41.", ", 23-25, emphasis added."
_PROSE_AFTER = re.compile(r"(?:[\W\d]*[^\W\d_]{2,}){5}")


def _prose_after(s: str, title_end: int) -> bool:
    """Prose after the title, and no year or address anywhere in the segment ("… dissent.
    2001. Chicago: University of Chicago Press" is a work, its year run into the title).
    A container ("…, in Tucker, ed., Marx-Engels Reader, 638") and a quotation after a
    colon ("…, ii.505: “Auch theoretisch …”") are no prose."""
    if _CONTAINER_AFTER.match(s, title_end):
        return False
    quote = _QUOTATION.search(s, title_end)
    stop = quote.start() if quote else len(s)
    return bool(_PROSE_AFTER.match(s, title_end, stop)) and not (YEAR.search(s) or "http" in s)


# A container right after a plain short title.
# matches ", in Tucker", " in Collected Works"; not ", in which", ", inside"
_CONTAINER_AFTER = re.compile(r",?\s+in\s+[A-Z]")

# A quotation given after the citation: a colon, then a quote mark.
# matches ': "Auch', ': “The'; not ': The Formative Period'
_QUOTATION = re.compile(r":\s*[“\"]")


def _citation(
    s: str,
    k: int,
    offset: int,
    end: int,
    note: int,
    form: str,
    authors: tuple[Author, ...],
    title: str,
    title_style: str,
    details: Details,
    unsure: list[str],
) -> NoteCitation:
    return NoteCitation(
        text=s[k:],
        span=Span(offset + k, end),
        note=note,
        form=form,
        authors=authors,
        title=title,
        year=details.year,
        pages=details.pages,
        container=details.container,
        place=details.place,
        publisher=details.publisher,
        url=details.url,
        title_style=title_style,
        unsure="; ".join(unsure),
    )


def _form(details: Details) -> str:
    if details.op_cit:
        return details.op_cit
    return "full" if details.published else "short"


def _title(s: str, at: int, after_names: bool, *, colon: bool) -> tuple[str, str, int]:
    """The title at `at` (after the names' comma): text, style and where it ends."""
    i = _skip_comma(s, at) if after_names else at
    if after_names and i == at and s[at - 1 : at] == ")" and s[at : at + 1] == " ":
        i = at + 1  # "Anya Schiffrin and Eamon Kircher-Allen (eds.) *From Cairo …*"
        if not MARKED_TITLE.match(s, i):
            return "", "", at
    elif after_names and i == at:
        return "", "", at
    marked = MARKED_TITLE.match(s, i)
    if marked:
        kind = "quoted" if marked.group("quoted") else "italic"
        title = next(g for g in marked.groups() if g).strip(" ,.")
        return title, kind, marked.end()
    unclosed = UNCLOSED_QUOTE.match(s, i) if s[i : i + 1] in '“"' else None
    if unclosed:  # '"Lehren aus dem Faschismus [*Lessons …*] in, …': the quote never closes
        return unclosed.group("quoted").strip(" ,."), "quoted", unclosed.end()
    after_stop = colon and s[at - 1 : at] == "."  # "Smith, Jane. Cities of Memory. Durham…"
    # "Stefan Aust. The Baader Meinhof Complex (London: …, 2008)": a web copy's title after
    # a names sentence, vouched for by the imprint it runs to
    names_sentence = (
        not colon
        and s[at : at + 1] == "."
        and " " in s[_first(s) : at].strip()  # a person's names: not "Talvisota. Kronikka."
        and bool(_IMPRINT_AHEAD.search(s, at))
    )
    if not after_names or (
        s[at : at + 1] not in (",:" if colon else ",") and not (after_stop or names_sentence)
    ):
        return "", "", at
    if not s[i : i + 1].isupper() or OP_CIT.match(s, i) or YEAR.match(s, i):
        return "", "", at
    stop = PLAIN_TITLE_END.search(s, i)
    stop_at = stop.start() if stop else len(s)
    if names_sentence and (
        stop is None or stop.group().startswith((".", ";")) or not _title_case(s[i:stop_at])
    ):
        return "", "", at  # the imprint is another sentence's, or the words are prose
    title = s[i:stop_at].strip(" ,.")
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
    if not title or first_word in NOT_TITLE_STARTS or len(title.split()) > 25:
        return "", "", at
    return title, "plain", stop_at


# A full stop after a word (not an initial) inside what the name pattern took: a sentence
# ends there. matches ". T" in "Stefan Aust. The Baader"; not "W. A" in "Theodor W. Adorno",
# "Th. W" in "Th. W. Adorno"
_SENTENCE_IN_NAMES = lazy_compile(rf"(?<=[a-z]{{2}})\.\s+(?=[{_UPPER}])")

# An imprint in brackets somewhere ahead: "(London: The Bodley Head, 2008", "(NY: Random
# House, 1982(1922))". matches " (Berlin: Springer Verlag, 2010"; not " (2010)", " (see: 2010"
_IMPRINT_AHEAD = re.compile(r"\(\s*[A-Z][^():]{1,40}:\s[^()]{1,80}?(?:1[5-9]\d\d|20\d\d)")


# A plain title, then its writer: "The Power of Negativity: …, by Raya Dunayevskaya, edited
# by … (Lanham: Lexington Books, 2002)" (an imprint must follow: `_plain_title_by`).
# matches "William Morris: Romantic to Revolutionary, by E. P. Thompson and Peter
# Linebaugh"; not "Karl Marx, *Capital*", "It was, by John's account" (no title case)
_PLAIN_TITLE_BY = lazy_compile(
    rf"""(?P<title>[{_UPPER}][^()*_“”\";]{{2,200}}?),\s+by\s+
        (?P<names>{PERSON}(?:\s+(?:and|&)\s+{PERSON})?)(?![\w'’-])""",
    re.VERBOSE,
)


# A cue inside what would be a plain title: the title starts after it.
# matches " see " in "For a discussion, see Rosa"; not "Seeing Like a State"
_SEE = re.compile(r"\b(?i:see)\s")


def _plain_title_by(s: str, k: int, offset: int, end: int, note: int) -> NoteCitation | None:
    """A plain title opening the segment, its writer after ", by", and an imprint after
    them: a web copy's "Quoted in William Morris: …, by E. P. Thompson (Oakland: …, 2011)"."""
    found = _PLAIN_TITLE_BY.match(s, k)
    if found is None or not plausible_names(found.group("names")):
        return None
    title = found.group("title").strip()
    if not _title_case(title) or _SEE.search(title) or not _IMPRINT_AHEAD.search(s, found.end()):
        return None  # "For a discussion of …, see Rosa Luxemburg, …, by …": prose, then a cue
    details = read_details(s[found.end() :])
    if not (details.place and details.year):
        return None
    authors = tuple(_surnames(found.group("names")))
    unsure = ["plain title", "writer after the title"]
    return _citation(s, k, offset, end, note, "full", authors, title, "plain", details, unsure)


def _title_case(words: str) -> bool:
    """The second word is capitalised, or a short joining word ("Duino Elegies", "Earth
    System", "Republic of Fear"), not prose ("Later he wrote")."""
    second = words.split()[1:2]
    return not second or second[0][:1].isupper() or second[0] in _TITLE_JOINERS


_TITLE_JOINERS = frozenset("of the in and on for to a an at from with".split())


def _skip_comma(s: str, at: int) -> int:
    i = at
    while i < len(s) and (s[i] in ",.:" or s[i].isspace()):
        i += 1
    return i


def _first(s: str) -> int:
    cue = CUE.match(s)
    return cue.end() if cue else 0


def _trimmed(text: str, segment: Span) -> tuple[int, int]:
    start, end = segment.start, segment.end
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in " \t\n;,":
        end -= 1
    return start, end


def plausible_names(names: str) -> bool:
    """No function word anywhere, and no month or cue as a surname: "In", "See", "April"
    are no one's name, but "August Pfannkuche" is."""
    for person in PERSON_SPLIT.split(names):
        words = [w.strip(".,") for w in person.split() if len(w.strip(".,")) > 1]
        if not words or words[-1].lower() in NOT_NAMES:
            return False
        if any(w.lower() in _FUNCTION_WORDS for w in words):
            return False
    return True


_FUNCTION_WORDS = frozenset(
    "a an the in on at of for from to by with as see also cf compare quoted cited ibid idem "
    "this that these those it its my our his her their we".split()
)


def _adverb(authors: tuple[Author, ...]) -> bool:
    """One name ending in "-ly" before a plain title: "Critically", "Similarly"."""
    return len(authors) == 1 and authors[0].surname.endswith("ly")


def _surnames(names: str) -> Iterable[Author]:
    for person in PERSON_SPLIT.split(names):
        words = person.split()
        if not words:
            continue
        cut = len(words) - 1
        while cut > 0 and words[cut - 1].lower() in _PARTICLES:
            cut -= 1
        yield author(" ".join(words[cut:]))


_PARTICLES = frozenset(
    "van von vom zum zur der den de du da di del della des la le ter ten dos das zu 't ’t".split()
)
