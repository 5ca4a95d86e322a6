"""A source given in brackets right after a quotation in a note's prose: "… “drastic
experience” (*Critical Models*, 126)", "Freud calls it “the cornerstone” (“The History of
the Psychoanalytic Movement,” *Collected Papers* (New York: Basic Books, 1959), p. 168)",
"“… a means of life” (Marx, *The 1844 Manuscripts*, in Tucker, 76)".

The prose around it starts no citation, so the segment reader finds nothing; `note_reading`
tries this last. The bracket is read like a segment of its own (names, title, details);
a marked title with only a page ("*Critical Models*, 126") is a short form without author:
the work the note has just cited, or its container.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_block_sources import block_brackets, introduction, journal_piece
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_patterns import (
    COLON_NAMES,
    CUE,
    MARKED_TITLE,
    PERSON,
    URL,
    marked_style,
)
from citecheck.extract.note_piece_titles import named_piece_before
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation, Span

# A quotation's closing mark, then an opening bracket: where prose gives its source.
# matches '” (', 'experience" (*'; not ' "(' (an opening quote), 'said ('
_AFTER_QUOTATION = lazy_compile(rf"(?<=[^\s(\[])[”\"]\s*\((?=[*_“\"{UPPER}])")

# A page, or pages, and nothing else up to the bracket's end.
# matches ", 126", ", p. 82", ", 123--136", ", S. 403 f.", ", S. 403ff.", ", Sp. 44" (German);
# not ", 1999, 12" (a year first), ", see above"
_PAGE_ONLY = lazy_compile(
    r""",\s*(?:(?:pp?|(?-i:Sp?))\.\s*)?
        (?P<pages>\d{1,4}(?:\s*(?:-+|–)\s*\d{1,4}|\s?ff?\.)?)\s*$""",
    re.VERBOSE,
)

# The person whose words the note quotes, as its sentence's subject: "Freud calls his theory
# …", "Lenin wrote that, “…”", "As early as 1908, Freud claims that “…”".
# matches "Freud calls", "Lenin wrote", "Adorno rightly argued", "Fredric Jameson has
# written"; not "he wrote" (no name),
# "The Party called" (no person: `plausible_names` decides)
_SPEAKER = lazy_compile(
    rf"""(?P<name>{PERSON})\s+(?:[a-z]+ly\s+)?
        (?:has\s+(?:written|argued|noted|observed|said|put\s+it)|calls|called|claims|claimed
          |writes|wrote|says|said|argues|argued|notes|noted
          |observes|observed|remarks|remarked|declares|declared|explains|explained|states
          |stated|insists|insisted|suggests|suggested|warns|warned|puts|put|describes
          |described|defines|defined|maintains|maintained|asserts|asserted)\b""",
    re.VERBOSE,
)

ReadAt = Callable[[str, int, int, int, int], "NoteCitation | None"]


def parenthetical_source(
    s: str, offset: int, note: int, read_at: ReadAt, note_text: str = ""
) -> NoteCitation | None:
    """The first work given in brackets after a quotation in the segment `s`, which stands
    at `offset` in `note_text` (where a plain short title may have been given before)."""
    if "(" not in s:  # cheap test first: most segments have no bracket
        return None
    for tried, (opening, block) in enumerate(_source_brackets(s, note_text or s, offset)):
        if tried == _MOST_BRACKETS:
            break  # a note of many quotations: each bracket costs a reading
        if not block and named_piece_before(s, opening):
            continue  # "his article “…” (*Journal*, 2016)": a title and its details
        closing = _closing(s, opening)
        window = s[opening:closing]  # "(" and the bracket's text, read like a segment
        first = len(window) - len(window[1:].lstrip())  # "(  “…”": a link's masked bracket
        cue = CUE.match(window, first)  # "(Quoted in Robert Tucker, *The Marx-Engels Reader* …)"
        citation = read_at(
            window, cue.end() if cue else first, offset + opening, offset + closing, note
        )
        if citation is not None and (
            citation.place
            or citation.publisher
            or citation.url  # "(*The Military Programme …*, 1916/17, available on-line at: …)"
            or (citation.authors and citation.title_style != "plain")
            # a web copy's "(Žižek, Living in the End Times, p. 403)": names, title, a page
            # ("(Communism: The Beginning of …, p.29)" is a title: names before a colon
            # are left to the note's other works, which a bracket does not have)
            or (
                citation.authors
                and citation.title
                and COLON_NAMES not in citation.unsure
                and _PAGE_ONLY.search(window)
            )
        ):
            if not citation.authors and (speaker := _speaker(s, opening)):
                # "Freud calls his theory “…” (“The History …,” *Collected Papers* (…))"
                return replace(citation, authors=speaker, unsure="author in prose")
            return citation
        if block and citation is not None and journal_piece(citation):
            # "As Fredric Jameson has written, > … (“Sandblasting Marx,” *New Left Review* 55
            # [2009].)": a block quotation's source, its writer the speaker before it
            if speaker := _block_speaker(note_text, offset + opening):
                return replace(citation, authors=speaker, unsure="author in prose")
        # else: "“*Critical Inquiry* and …” (*Critical Inquiry* 30.2 [Winter 2004], 424--428)":
        # after a quoted title, a journal's details are that title's, not a work; and
        # "(Communism: The Beginning of A New State, p.29)" is a plain title, no author
        short = _title_and_page(window, offset + opening, note)
        if short is None:
            short = _plain_title_and_page(window, offset + opening, note, note_text)
        if short is None and (online := _plain_title_online(window, offset + opening, note)):
            speaker = _speaker(s, opening)
            return replace(online, authors=speaker) if speaker else online
        if short is not None:
            return short
    return None


def _source_brackets(s: str, note_text: str, offset: int) -> list[tuple[int, bool]]:
    """The offsets of the brackets in `s` (at `offset` in `note_text`) that may give a
    quotation's source: after a quotation's closing mark, or closing a block quotation's
    paragraph ("\n    > …"; True beside these)."""
    found = [(quotation.end() - 1, False) for quotation in _AFTER_QUOTATION.finditer(s)]
    blocks = block_brackets(s, note_text, offset, _closing_bracket)
    return sorted(found + [(opening, True) for opening in blocks]) if blocks else found


def _closing_bracket(s: str, opening: int) -> int | None:
    return matching_bracket(s, opening, _LONGEST)


def _block_speaker(note_text: str, at: int) -> tuple[Author, ...]:
    """The person the line introducing the block quotation at `at` names as its speaker
    ("As Fredric Jameson has written,\n\n    > …"), or ()."""
    line = introduction(note_text, at)
    return _speaker(line, len(line)) if line else ()


# Brackets tried per segment, and the longest bracket read (a source in brackets is short;
# a bracket left open is read this far): the reading stays linear in the note's length.
_MOST_BRACKETS = 20
_LONGEST = 400


def _speaker(s: str, opening: int) -> tuple[Author, ...]:
    """The person the sentence before the bracket quotes (its subject before a verb of
    saying), or ()."""
    speakers = list(_SPEAKER.finditer(s, 0, opening))
    found = speakers[-1] if speakers else None  # the last one before the quotation
    if found is None:
        return ()
    words = found.group("name").split()  # "As Fredric Jameson": a word of prose first
    name = next(
        (" ".join(words[n:]) for n in range(len(words)) if plausible_names(" ".join(words[n:]))), ""
    )
    return tuple(surnames(name)) if name else ()


def matching_bracket(s: str, opening: int, longest: int) -> int | None:
    """The offset of the ")" closing the "(" at `opening`, looked for in the next `longest`
    characters (bounded, so that a note of unclosed brackets stays linear); None if open."""
    depth = 0
    for i in range(opening, min(len(s), opening + longest)):
        if s[i] == "(":
            depth += 1
        elif s[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def _closing(s: str, opening: int) -> int:
    """The offset of the bracket closing the one at `opening`, or where reading stops (a
    bracket left open: "(“…,” *Collected Papers* (London: Hogarth Press, 1950), p. 82.")."""
    closing = matching_bracket(s, opening, _LONGEST)
    if closing is not None:
        return closing
    stop = min(len(s), opening + _LONGEST)
    return opening + len(s[opening:stop].rstrip(" .;"))


# A plain title and a page filling the bracket: a web copy's "(Critical Models, 126)".
# matches "(Critical Models, 126", "(Negative Dialectics, p. 5"; not "(1998, 12", "(see
# above, 12" (no capital), "(Communism: The Beginning of A New State, p.29" (a colon: a full
# title, not a short one)
_PLAIN_SHORT = lazy_compile(
    r"\((?P<title>[A-Z][^()*_“”\"\[\],;:]{2,80}?),\s*(?:(?:pp?|(?-i:Sp?))\.\s*)?\d"
)


# How far back a plain short title is looked for (the search stays linear in the note).
_LOOK_BACK = 3000


def _plain_title_and_page(
    window: str, offset: int, note: int, note_text: str
) -> NoteCitation | None:
    """A plain short title and a page, when the note has named the title before ("… in
    Critical Models, trans. … (1998), 266. … (Critical Models, 126)"): the work cited."""
    found = _PLAIN_SHORT.match(window)
    page = _PAGE_ONLY.match(window, found.end("title")) if found else None
    if found is None or page is None:
        return None
    title = found.group("title").strip()
    named_before = note_text.find(title, max(0, offset - _LOOK_BACK), offset) >= 0
    if len(title.split()) < 2 or not named_before:
        return None
    unsure = "a source in brackets after a quotation; no author; plain title"
    return _short_in_brackets(window, offset, note, title, page, "plain", unsure)


# A web copy's plain title, perhaps its year, then its address or the words of its link,
# filling a bracket after a quotation: "(The Military Programme of the Proletarian
# Revolution, 1916/17, available on-line at: http://…)".
# matches "(The Military Programme …, 1916/17, available on-line at: http", "(Reform or
# Revolution, https://"; not "(London, 1916, available" (one word), "(see above, available"
# (lower case), "(1916, available" (no title)
_PLAIN_TITLE_ONLINE = lazy_compile(
    r"""\((?P<title>[A-Z][^()*_“”\"\[\],;:]{2,120}?),\s*
        (?:(?P<year>1[5-9]\d\d|20\d\d)[^(),]{0,10},\s*)?
        (?:available\b|https?://|www\.|⟨link⟩)""",
    re.VERBOSE,
)


def _plain_title_online(window: str, offset: int, note: int) -> NoteCitation | None:
    """A web copy's plain title and its address in the bracket after a quotation: the
    work quoted (its author, if any, the quotation's speaker)."""
    found = _PLAIN_TITLE_ONLINE.match(window)
    if found is None:
        return None
    title = found.group("title").strip()
    words = title.split()
    if len(words) < 2 or not (words[1][:1].isupper() or words[1] in _JOINERS):
        return None
    url = URL.search(window, found.end("title"))
    return NoteCitation(
        text=window[1:],
        span=Span(offset + 1, offset + len(window)),
        note=note,
        form="full",
        title=title,
        year=found.group("year") or "",
        url=url.group(0).rstrip(".,;)") if url else "",
        title_style="plain",
        unsure="a source in brackets after a quotation; plain title; an address",
    )


# Short words a title's second word may be ("Reform or Revolution", "State and Revolution").
_JOINERS = frozenset("of the in and or on for to a an at from with".split())


def _title_and_page(window: str, offset: int, note: int) -> NoteCitation | None:
    """ "*Critical Models*, 126" / "“Correspondence,” 127": a short form without author."""
    title = MARKED_TITLE.match(window, 1)
    if title is None:
        return None
    page = _PAGE_ONLY.match(window, title.end())
    if page is None and window[title.end() - 2 : title.end() - 1] == ",":
        page = _PAGE_ONLY.match("," + window[title.end() :])  # '“Correspondence,” 127'
    if page is None:
        return None
    text = next(g for g in title.groups() if g).strip(" ,.")
    unsure = "a source in brackets after a quotation; no author"
    return _short_in_brackets(window, offset, note, text, page, marked_style(title), unsure)


def _short_in_brackets(
    window: str, offset: int, note: int, title: str, page: re.Match[str], style: str, unsure: str
) -> NoteCitation:
    """The short form that fills the brackets after a quotation, from after "(" to its end."""
    return NoteCitation(
        text=window[1:],
        span=Span(offset + 1, offset + len(window)),
        note=note,
        form="short",
        title=title,
        pages=page.group("pages"),
        title_style=style,
        unsure=unsure,
    )
