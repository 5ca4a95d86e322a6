"""Works cited in notes in the notes-bibliography style: full forms, short forms, Ibid.

Features, then a decision. Each note is split into segments (`note_segments`); in a segment
the reader looks for where a citation may start (the segment's start, or just after a cue
such as "see", "in", "quoted in"), and there labels the parts: the names before the first
comma, the title (marked `*…*`, `_…_` or quoted; plain in web-copied text), and the details
after it (`note_details`: imprint, container, year, URL, pages). The decision is small:

- names need a title, a page or "op. cit." after them: a place, a publisher or a journal
  followed by a year ("London, 2015", "Fillip, 2012") is never read as an author; names
  followed by a year are author-year citations, left to `citations.py`;
- a title without names needs publication details (a bare quotation is not a work);
- publication details make a full form; without them it is a short form.

A reading the reader doubts (a plain title, no year in a full form) carries `unsure`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from citecheck.bibliography.names import author
from citecheck.extract.note_details import Details, read_details
from citecheck.extract.note_patterns import (
    AVAILABLE_AT,
    CUE,
    IBID,
    IDEM,
    INVERTED_NAMES,
    LINK_REMAINS,
    MARKED_TITLE,
    NAME_SENTENCE,
    NAMES,
    NAMES_END,
    NOT_NAMES,
    NOT_TITLE_STARTS,
    ONE_PERSON,
    OP_CIT,
    PAGES,
    PERSON_SPLIT,
    PLAIN_TITLE_END,
    URL,
    YEAR,
)
from citecheck.extract.note_segments import segments
from citecheck.model import Author, Note, NoteCitation, SourceText, Span

# Where a citation may start inside a segment: after a cue word ("in" is left out: "in
# Lenin, *Collected Works*" is the container of the work before, not another work).
# matches "see " in "For more, see Lewin", "by " in "as argued by Lewin", "found in " in
# "can be found in Lublinski"; not "Seeley", "in " alone
_INNER_START = re.compile(
    r"""\b(?i:see(?:\s+also)?|cf\.|by|from
           |(?:found|discussed|argued|developed|described|published|reprinted|collected)\s+in)
        [:,]?\s+(?=[A-Z*_“\"])""",
    re.VERBOSE,
)

# What may stand between an author named in prose and the title: a possessive and a few
# words, or "in his/her/their".
# matches "'s ", "’s essay ", "'s review of ", " in his "; not ", ", " and "
BRIDGE = re.compile(
    r"(?:['’]s(?:\s+[a-z]+){0,4}|\s+in\s+(?:his|her|their)(?:\s+[a-z]+){0,2})\s+(?=[*_“\"])"
)

# "and" before a second title by the same author.
# matches "and “", "and *"; not "and the"
AND_TITLE = re.compile(r"and\s+(?=[“\"*_])")

# Punctuation and space trimmed from a segment's ends.
_TRIM = " \t\n,.;:—–-"

# An author-year citation right after the names: "Cliff, 1974", "Marx, 1986, p558".
# matches ", 1974", ", 1974, p20", " 2009, p176"; not ", 1839: The Year of …" (a title)
_YEAR_NEXT = re.compile(r"\s*,?\s*\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\b(?!:\s+[A-Z])")


def find_note_citations(source: SourceText) -> tuple[NoteCitation, ...]:
    """The works cited in the notes, in document order."""
    text = source.masked
    found: list[NoteCitation] = []
    for note in sorted(source.notes, key=lambda n: n.span.start):
        found.extend(note_citations_in(text, note))
    return tuple(found)


def claimed_spans(citations: Iterable[NoteCitation]) -> tuple[Span, ...]:
    """The spans the author-year reader must leave alone: works read with their names
    or title (an Ibid. claims nothing), sorted."""
    return tuple(sorted(c.span for c in citations if c.authors or c.title))


def note_citations_in(text: str, note: Note) -> list[NoteCitation]:
    base, end = note.text_span.start, note.text_span.end
    # Link brackets and blanked targets become spaces: "[Title, 2009](   )" reads as prose.
    local = LINK_REMAINS.sub(_link_remains, text[base:end])
    previous: tuple[Author, ...] = ()
    found: list[NoteCitation] = []
    pending: Span | None = None
    reading_on = False
    for segment in segments(local, Span(0, len(local))):
        if pending is not None:
            # "Healey, Dan. *Title*. 2001. Chicago: …": a bibliography-style note reads on
            # to the next ";"; "Friedrich Nietzsche." takes the next sentence.
            segment = Span(pending.start, segment.end)
            if reading_on and local[segment.end - 1] != ";":
                pending = segment
                continue
            pending, reading_on = None, False
        elif kind := _names_alone(local, segment):
            pending, reading_on = segment, kind == "inverted"
            continue
        if _link_only(local, segment):
            if found:
                found[-1] = _with_link(found[-1], local, segment)
            else:  # "See: http://…": a work known only by its address
                found.append(_address_only(local, segment, note.number))
            continue
        citation = _read_segment(local, segment, note.number, previous)
        if citation is not None:
            previous = citation.authors
            found.append(citation)
    if pending is not None:
        citation = _read_segment(local, pending, note.number, previous)
        if citation is not None:
            found.append(citation)
    return [_shifted(c, base) for c in found]


def _link_only(text: str, segment: Span) -> bool:
    """ "Available online at: http://…" or a bare URL: the details of the work before."""
    return bool(AVAILABLE_AT.fullmatch(text, segment.start, segment.end))


def _address_only(text: str, segment: Span, note: int) -> NoteCitation:
    url = URL.search(text, segment.start, segment.end)
    return NoteCitation(
        text=segment.slice(text),
        span=segment,
        note=note,
        form="full",
        url=url.group(0) if url else "",
        unsure="an address only",
    )


def _with_link(citation: NoteCitation, text: str, segment: Span) -> NoteCitation:
    url = URL.search(text, segment.start, segment.end)
    form = "full" if citation.form == "short" else citation.form
    unsure = "; ".join(u for u in citation.unsure.split("; ") if u and u != "no year")
    return replace(
        citation,
        span=Span(citation.span.start, segment.end),
        text=text[citation.span.start : segment.end],
        url=citation.url or (url.group(0) if url else ""),
        form=form,
        unsure=unsure if citation.year else "; ".join(p for p in (unsure, "no year") if p),
    )


# Stands where a link's target was masked: the note gives a URL there.
LINK_TARGET = "⟨link⟩"


def _link_remains(match: re.Match[str]) -> str:
    """Spaces for a link's brackets; a marker for its target, which is a URL (offsets kept)."""
    found = match.group()
    if len(found) >= len(LINK_TARGET) + 2 and found[0] in "]<":
        return " " + LINK_TARGET + " " * (len(found) - len(LINK_TARGET) - 1)
    return " " * len(found)


def _names_alone(text: str, segment: Span) -> str:
    """ "inverted" for "Healey, Dan.", "plain" for "Friedrich Nietzsche.", else ""."""
    if text[segment.end - 1] != ".":
        return ""
    first = NAME_SENTENCE.match(text, segment.start, segment.end - 1)
    if first is not None and first.end() >= segment.end - 2:
        return "inverted"
    names = NAMES.fullmatch(text, segment.start, segment.end - 1)
    return "plain" if names is not None and _plausible_names(names.group("names")) else ""


def _shifted(citation: NoteCitation, base: int) -> NoteCitation:
    span = Span(citation.span.start + base, citation.span.end + base)
    return replace(citation, span=span)


def _read_segment(
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
        return citation
    for inner in _INNER_START.finditer(s, k + 1):
        citation = _read_at(s, inner.end(), start, end, note, names_needed=True)
        if citation is not None:
            return citation
    return _op_cit_in_prose(s, start, end, note)


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
    authors: tuple[Author, ...] = ()
    after = k
    unsure = []
    inverted = INVERTED_NAMES.match(s, k)
    names = NAMES.match(s, k)
    if names and not NAMES_END.match(s, names.end()):
        names = ONE_PERSON.match(s, k)  # the list reading ran into a plain title
    if inverted and names and names.end() > inverted.end():
        inverted = None  # "Adorno, Anders, Horkheimer and Pollock": a list, not "Adorno, A."
    if inverted and _plausible_names(inverted.group("names")):
        more = inverted.group("more") or ""
        authors = tuple(_surnames(inverted.group("names") + more))
        after = inverted.end()
    elif names and _plausible_names(names.group("names")):
        if _YEAR_NEXT.match(s, names.end()):
            return None  # "Cliff, 1974": author-year, read by citations.py
        authors = tuple(_surnames(names.group("names")))
        after = names.end()
        if names.group("names").endswith(("'s", "’s")) and not names.group("role"):
            after -= 2  # "Lih's": the possessive is read by BRIDGE
    if names_needed and not authors:
        # inside prose a work without names needs "op. cit.": "in “Towards…”, op. cit., 53"
        title, title_style, title_end = _title(s, k, False, colon=False)
        if not title or not OP_CIT.match(s, _skip_comma(s, title_end)):
            return None
    bridge = BRIDGE.match(s, after) if authors and inverted is None else None
    if bridge:  # "Lih's *Lenin Rediscovered* (2008)", "Anderson in his *Considerations*"
        title, title_style, title_end = _title(s, bridge.end(), False, colon=False)
        unsure.append("author in prose")
    else:
        title, title_style, title_end = _title(s, after, bool(authors), colon=inverted is not None)
    if names_needed and title_style == "plain":
        return None  # inside prose, only a marked title vouches for the names
    if title_style == "plain" and _adverb(authors):
        return None  # "Critically, Rose asked…": a sentence, not a citation
    if authors and not title:
        op = OP_CIT.match(s, _skip_comma(s, after))
        pages = PAGES.match(s, after)
        if not (op or pages) or k != _first(s):
            return None
        title_end = after
    if not authors and (not title or title_style == "plain"):
        return None
    if inverted is not None:
        unsure.append("inverted names")
    details = read_details(s[title_end:])
    if not authors and details.journal:
        # "*Platypus Review* 99 (September 2017)": an issue of a journal, not a titled work
        details = replace(details, container=title)
        title, title_style = "", ""
    form = _form(details, bool(title))
    if (not authors or bridge) and not details.published and form != "op-cit":
        return None  # a quotation in prose, or a work named in passing, not a citation
    if title_style == "plain":
        unsure.append("plain title")
    if form == "full" and not details.year:
        unsure.append("no year")
    if details.loose_year:
        unsure.append("year beside the title")
    return _citation(s, k, offset, end, note, form, authors, title, title_style, details, unsure)


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


def _form(details: Details, has_title: bool) -> str:
    if details.op_cit:
        return details.op_cit
    return "full" if details.published else "short"


def _title(s: str, at: int, after_names: bool, *, colon: bool) -> tuple[str, str, int]:
    """The title at `at` (after the names' comma): text, style and where it ends."""
    i = _skip_comma(s, at) if after_names else at
    if after_names and i == at:
        return "", "", at
    marked = MARKED_TITLE.match(s, i)
    if marked:
        kind = "quoted" if marked.group("quoted") else "italic"
        title = next(g for g in marked.groups() if g).strip(" ,.")
        return title, kind, marked.end()
    if not after_names or s[at : at + 1] not in (",:" if colon else ","):
        return "", "", at
    if not s[i : i + 1].isupper() or OP_CIT.match(s, i) or YEAR.match(s, i):
        return "", "", at
    stop = PLAIN_TITLE_END.search(s, i)
    stop_at = stop.start() if stop else len(s)
    title = s[i:stop_at].strip(" ,.")
    first_word = title.split()[0].lower().strip(".,") if title else ""
    if not title or first_word in NOT_TITLE_STARTS or len(title.split()) > 25:
        return "", "", at
    return title, "plain", stop_at


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


def _plausible_names(names: str) -> bool:
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


_PARTICLES = frozenset("van von der den de du da di del della des la le ter ten dos das zu".split())
