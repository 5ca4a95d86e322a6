"""What stands between an author named in prose and the title of the work: a possessive
("Lih's *Lenin Rediscovered*"), "in his" ("Anderson in his *Considerations*"), a kind of
work after the names ("Lacan, paper “The Freudian Thing,” *Écrits*"), or a verb and "in"
("As Luxemburg put it in 1915 in *The Crisis …*", "J. P. Nettl, in the essay “…”").

A bridge in prose names the work in passing unless details vouch for it (`note_work`
decides); a bridge before a block quotation gives the quotation's source."""

from __future__ import annotations

import re

from citecheck.extract.note_greek import GREEK_CAPITALS, GREEK_PROSE_IN
from citecheck.lazy_regex import lazy_compile

# A possessive and a few words (a year among them), or a description then a colon, or
# "in his/her/their".
# matches "'s ", "’s essay ", "'s review of ", "'s 1934 essay on ", "'s 1989 book, ", " in his
# ", "'s encomium on Broué on the latter's death: ", "'s argument, in ", "'s Preface to " (a
# part of the book: the book is the work); not ", ", " and ", "'s view. " (no title)
BRIDGE = lazy_compile(
    r"""(?:['’]s\s+(?i:preface|introduction|foreword|afterword|postscript)\s+to
         |['’]s(?:\s+(?:[a-z]+|1[5-9]\d\d|20\d\d)){0,4},?(?:\s+in)?
         |['’]s\s+[a-z][^:;.“”"*_()]{1,80}?:
         |\s+in\s+(?:his|her|their)(?:\s+[a-z]+){0,2})\s+(?=[*_“\"‘])""",
    re.VERBOSE,
)

# "in his" or a possessive before a plain title that an imprint follows: the imprint
# vouches for the title.
# matches " in his " in "Perry Anderson in his Considerations on Western Marxism (London: New
# Left Books, 1976)", "'s " in "Petra Novak's Harbours and Hinterlands (Bristol: Seaway,
# 2005)" and in "Vell’s Harbour Ledgers of the North (Leeds, 1950)" (a place and a year:
# note_work checks the place); not " in his view (see above)", " in his *Considerations*"
# (BRIDGE), "'s view (1990)" (no imprint)
PLAIN_BRIDGE = lazy_compile(
    r"""(?:\s+in\s+(?:his|her|their)|['’]s)
        \s+(?=[A-Z][^()*_“\"‘]{2,150}?\s\(\s*[A-Z](?:[^():]{1,40}:\s|[^():\d]{1,40}?,?\s(?:1[5-9]\d\d|20\d\d)\s*\)))""",
    re.VERBOSE,
)

# A place and a year in a bracket, no publisher: "(Leeds, 1950)", "(Berlin 1974)".
# matches " (Leeds, 1950)", "(New York 1950)"; not " (Leeds: Dale, 1950)" (a publisher),
# "(1950)"
PLACE_YEAR_BRACKET = lazy_compile(
    r"\s*\(\s*(?P<place>[A-Z][^():\d]{1,40}?),?\s(?:1[5-9]\d\d|20\d\d)\s*\)"
)

# A possessive before a plain title and its year alone, the bracket closing the segment, in
# a citation's shape ("See Tomas Vell's Harbour Lights and the Party (2009)."): a web copy of
# "See Tomas Vell's *Harbour Lights and the Party* (2009).", which the reader takes; the cue
# or the note's start makes it a citation, not a work named in passing.
# matches "'s " before "Harbour Lights and the Party (2009)."; not "'s " before "Harbour
# Lights (2009) makes the point." (prose goes on), "'s argument (2009)." (no capital)
DATED_PLAIN_BRIDGE = lazy_compile(
    r"""['’]s\s+(?=[A-Z][^()*_“\"‘;.]{2,150}?\s\(\s*(?:1[5-9]\d\d|20\d\d)\s*\)\s*[.;]?\s*$)""",
    re.VERBOSE,
)

# The kind of work between the names and a marked title, in a citation's shape.
# matches ", paper " in "Lacan, paper “The Freudian Thing,”", ", his essay ", ", the lecture ",
# ", foreword to " (the writer's foreword to another's book), ", part three of ";
# not ", *" (no kind), ", who wrote “"
GENRE_BRIDGE = lazy_compile(
    r""",\s+(?:(?:his|her|their|the)\s+)?
        (?:(?:essay|article|paper|pamphlet|lecture|speech|address|book|review|interview
             |letter|chapter|report|editorial|column|poem|novel|film|play|talk)s?
           |(?:foreword|preface|introduction|afterword)\s+to
           |(?:chapter|part|section|book|volume)\s+(?:\d+|[ivxlc]+|[a-z]+)\s+of)
        ,?\s+(?=[*_“\"‘])""",
    re.VERBOSE,
)

# A verb phrase and "in" between an author in prose and the title: a few lower-case words
# or a year, then "in", then a determiner and a kind of work, or a part of the book
# ("the Preface (1922) to"); or the Greek verb phrase and "στο" (`GREEK_PROSE_IN`).
# matches " put it in 1915 in ", ", in the essay ", " argued in ", " put it in the Preface
# (1922) to ", " addressed such transcendence in his eulogy, ", " had observed, in their ",
# " υποστηρίζει στο "; not " and Engels in " (a capital), " in his " (BRIDGE), " wrote that the "
_PROSE_BRIDGE = (
    r"""(?:,?(?:\s+(?:[a-z]+|1[5-9]\d\d|20\d\d),?){0,4}?\s+in\s+
    (?:(?:his|her|their|the|a|an)\s+(?:(?:[a-z]+|1[5-9]\d\d|20\d\d),?\s+){0,2}
       (?:(?i:preface|introduction|foreword|afterword|postscript|epilogue)
          (?:\s+\((?:1[5-9]\d\d|20\d\d)\))?\s+to\s+)?)?
    |"""
    + GREEK_PROSE_IN
    + ")"
)
PROSE_BRIDGE = lazy_compile(_PROSE_BRIDGE + r"(?=[*_“\"‘])", re.VERBOSE)

# The same before a plain title (a web copy): "As Luxemburg put it in 1915 in The Crisis of
# German Social Democracy (… available online at …)"; `note_titles.bridged_plain_title`
# reads the title, which an address, an imprint or a block quotation must vouch for.
# matches " put it in 1915 in " before "The Crisis", Greek " στο " before "Η κομμουνιστική";
# not " put it in 1915 in the end"
PLAIN_PROSE_BRIDGE = lazy_compile(_PROSE_BRIDGE + rf"(?=[A-Z{GREEK_CAPITALS}])", re.VERBOSE)

# A possessive and a kind of work, or a part of the book, before a plain title (a web copy,
# its marks gone); `note_plain_titles.kind_bridged_plain_title` reads the title, which
# details after it must vouch for.
# matches "'s 1989 book, " before "The People's Republic", "'s recent documentary series "
# before "The Roosevelts", "'s theory was first developed in " before "The Harbour" (four
# words and "in", as BRIDGE takes them before a marked title), ", foreword to " before
# "Rebellion", ", part three of " before "The Class Struggles", "'s Preface to " before "A
# Contribution" (a part of the book: the book is the work, Chicago 14.110); not "'s "
# before "State and Revolution" (no kind of work), ", who wrote " (no kind), "'s view. " (a
# full stop)
PLAIN_KIND_BRIDGE = lazy_compile(
    r"""(?:['’]s\s+(?i:preface|introduction|foreword|afterword|postscript)\s+to
         |['’]s(?:\s+(?:[a-z]+|1[5-9]\d\d|20\d\d)){1,4},?(?:\s+in(?=\s))?
         |,\s+(?:(?:his|her|their|the)\s+)?
           (?:(?:essay|article|paper|pamphlet|lecture|speech|book|review|novel|film)s?
             |(?:foreword|preface|introduction|afterword)\s+to
             |(?:chapter|part|section|book|volume)\s+(?:\d+|[ivxlc]+|[a-z]+)\s+of),?)
        \s+(?=[A-Z0-9])""",
    re.VERBOSE,
)

# A writer's part of his own book, as a bridge opens: the book is the work cited.
# matches "'s Preface to ", "’s introduction to "; not "'s 1989 book, ", ", foreword to "
PART_OF_BOOK = lazy_compile(
    r"['’]s\s+(?i:preface|introduction|foreword|afterword|postscript)\s+to\b"
)

# A block quotation right after the title: the work is the quotation's source.
# matches ",\n\n    > I should", ":\n> According"; not ", 23", " (London"
# (tried from a run's first space only, possessively: it is searched for over a note that
# may hold a masked link's long padding)
BLOCK_QUOTE = lazy_compile(r"[,:]?(?<![ \t])[ \t]*+\n\s*>")


def is_bridge(bridge: re.Match[str] | None, *patterns: object) -> bool:
    """True when `bridge` was found by one of `patterns` (compared by their source: a lazily
    compiled pattern is not the match's `re`)."""
    return bridge is not None and any(bridge.re.pattern == p.pattern for p in patterns)  # type: ignore[attr-defined]


def bridge_at(s: str, at: int, *, citation_shape: bool) -> re.Match[str] | None:
    """The bridge right after the names at `at`: a kind of work counts only in a
    citation's shape (the names open the segment)."""
    return (
        BRIDGE.match(s, at)
        or PLAIN_BRIDGE.match(s, at)
        or (GENRE_BRIDGE.match(s, at) if citation_shape else None)
        or PROSE_BRIDGE.match(s, at)
        or PLAIN_PROSE_BRIDGE.match(s, at)
        or PLAIN_KIND_BRIDGE.match(s, at)  # before the next: "'s Preface to A Critique …"
        or (DATED_PLAIN_BRIDGE.match(s, at) if citation_shape else None)
    )
