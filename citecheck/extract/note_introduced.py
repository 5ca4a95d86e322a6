"""Works the prose introduces without naming their author next to the title: "is titled,
“…”" (the author the work's before it in the note), "See his pamphlet on *…*" (no author
named). `note_reading` tries these after the other shapes of prose (`note_prose`)."""

from __future__ import annotations

import re

from citecheck.bibliography.names import author
from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_details import Details, read_details, vouching
from citecheck.extract.note_patterns import MARKED_TITLE, marked_style
from citecheck.extract.note_plain_titles import bridged_plain_title
from citecheck.lazy_regex import lazy_compile
from citecheck.model import Author, NoteCitation, Span

# "titled" or "entitled" before a marked title: a work the prose introduces by its title.
# matches "is titled, “", "Entitled \"", "titled *"; not "titled to", "entitlement"
_TITLED = lazy_compile(r"\b(?i:en)?titled,?\s+(?=[“\"‘*_])", re.IGNORECASE)


# A work by its writer's pronoun and its kind, opening the segment after its cue: "See his
# pamphlet on *Imperialism, the Highest Stage of Capitalism* (1916), available online at …".
# matches "his pamphlet on ", "her essay ", "their book, "; not "his *Capital*" (no kind),
# "history of " (no pronoun)
_PRONOUN_WORK = lazy_compile(
    r"""(?i:his|her|their)\s+(?:essay|article|book|pamphlet|lecture|speech|letter|review
        |paper|study|piece|talk|interview|report)s?(?:\s+(?:on|about|of))?,?\s+(?=[*_“\"‘])""",
    re.VERBOSE,
)


def pronoun_work(s: str, k: int, offset: int, note: int) -> NoteCitation | None:
    """A work named by its writer's pronoun, opening the segment, with an address or
    publication details other than a year after its title; its author is not named."""
    found = _PRONOUN_WORK.match(s, k)
    title = MARKED_TITLE.match(s, found.end()) if found else None
    if title is None:
        return _plain_pronoun_work(s, k, offset, note)
    details = read_details(s[title.end() :])
    if not vouching(details):
        return None
    return _full_form(s, title, details, offset, note, "a work by its writer's pronoun; no author")


# The same before a plain title (a web copy): "See his pamphlet on Imperialism, the Highest
# Stage of Capitalism (1916), available online at …".
# matches "his pamphlet on " before "Imperialism"; not "his pamphlet on the war" (lower case)
_PLAIN_PRONOUN_WORK = lazy_compile(
    _PRONOUN_WORK.pattern.replace('(?=[*_“\\"‘])', "(?=[A-Z])"), re.VERBOSE
)


def _plain_pronoun_work(s: str, k: int, offset: int, note: int) -> NoteCitation | None:
    """A web copy's work by its writer's pronoun: a plain title that an address or an
    imprint after it vouches for (`bridged_plain_title`)."""
    found = _PLAIN_PRONOUN_WORK.match(s, k)
    plain = bridged_plain_title(s, found.end()) if found else None
    if plain is None:
        return None
    title, title_end = plain
    details = read_details(s[title_end:])
    if not vouching(details):
        return None
    return NoteCitation(
        text=s[found.start() :],
        span=Span(offset + found.end(), offset + len(s)),
        note=note,
        form="full",
        title=title,
        year=details.year,
        url=details.url,
        container=details.container,
        place=details.place,
        publisher=details.publisher,
        title_style="plain",
        unsure="a work by its writer's pronoun; no author; plain title",
    )


# A writer's possessive as the sentence's subject, a few words, then the work the writings
# were gathered in: "Trotsky's writings on fascism's nature and character were collected
# in *Fascism: What It Is …*".
# matches "Trotsky's writings on fascism's nature and character were collected in ",
# "Luxemburg’s letters from prison were published in ", "Gramsci's notes were later
# collected in "; not "Trotsky's views were discussed
# in " (another's work may discuss them), "the writings were collected in " (no writer),
# "Kautsky's review was first published in " (one piece: the journal is its container)
_COLLECTED_IN = lazy_compile(
    rf"""(?P<writer>[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?)['’]s\s+
        (?:[\w'’-]+,?\s+){{1,8}}?
        (?:were|are|have\s+been|had\s+been)\s+(?:(?:later|first|also|since|then)\s+)?
        (?:collected|published|reprinted|gathered|anthologi[sz]ed)\s+in\s+
        (?=[*_“\"‘{UPPER}])""",
    re.VERBOSE,
)


def collected_work(s: str, k: int, offset: int, note: int) -> NoteCitation | None:
    """The book a writer's pieces were gathered in, its writer the sentence's possessive
    subject, with an address or publication details other than a year after its title (in
    a web copy a plain title, vouched for as after a verb and "in")."""
    found = _COLLECTED_IN.match(s, k) if "'s " in s or "’s " in s else None
    if found is None:
        return None
    title = MARKED_TITLE.match(s, found.end())
    if title is not None:
        name, title_end, style = (
            next(g for g in title.groups() if g),
            title.end(),
            marked_style(title),
        )
    else:
        plain = bridged_plain_title(s, found.end())
        if plain is None:
            return None
        (name, title_end), style = plain, "plain"
    details = read_details(s[title_end:])
    if not vouching(details):
        return None
    return NoteCitation(
        text=s[found.end() :],
        span=Span(offset + found.end(), offset + len(s)),
        note=note,
        form="full",
        authors=(author(found.group("writer")),),
        title=name.strip(" ,."),
        year=details.year,
        url=details.url,
        container=details.container,
        place=details.place,
        publisher=details.publisher,
        title_style=style,
        unsure="author in prose; the writer's pieces collected in the work",
    )


def titled_work(
    s: str, k: int, offset: int, note: int, previous: tuple[Author, ...]
) -> NoteCitation | None:
    """A work the prose introduces as "titled “…”" with an address or publication details
    after it: "A longer version of the latter … is titled, “Over a Cliff and into Occupy with
    Lenin,” and can be found online at: <…>". Its author is the work's before it in the
    note, if any ("the latter")."""
    titled = _TITLED.search(s, k) if "titled" in s.lower() else None
    title = MARKED_TITLE.match(s, titled.end()) if titled else None
    if title is None:
        return None
    details = read_details(s[title.end() :])
    if not (details.url or details.online or details.place or details.container):
        return None
    unsure = "a title after 'titled'" + ("; author carried from before" if previous else "")
    return _full_form(s, title, details, offset, note, unsure, authors=previous)


def _full_form(
    s: str,
    title: re.Match[str],
    details: Details,
    offset: int,
    note: int,
    unsure: str,
    authors: tuple[Author, ...] = (),
) -> NoteCitation:
    """The work from its marked title to the segment's end, with the details after it."""
    return NoteCitation(
        text=s[title.start() :],
        span=Span(offset + title.start(), offset + len(s)),
        note=note,
        form="full",
        authors=authors,
        title=next(g for g in title.groups() if g).strip(" ,."),
        year=details.year,
        url=details.url,
        container=details.container,
        place=details.place,
        publisher=details.publisher,
        title_style=marked_style(title),
        unsure=unsure,
    )
