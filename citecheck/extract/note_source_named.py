"""A citation without imprint that still names its source: a full form, never a short one.

Many full forms carry no place, publisher or year the reader takes for details: a newspaper
or magazine article ("Jane Molloy, “The Harbour Strike Ends,” *Chicago Tribune*, 4.",
Chicago 14.191-14.200), a blog post or web page with its site (14.205-14.207), a thesis
("(PhD diss., University of Kent)", 14.211-14.214), a paper read at a meeting ("(paper
presented at …)", 14.215-14.218), an archival item with its box and collection
(14.221-14.238). Given again in full (Chicago 14.29 allows it) or first in a document
whose short forms keep given names, `note_forms` settled such a citation short, as it does
"Theodor W. Adorno, *Negative Dialectics*, 45.". A short form is the surname, a short
title and a page (14.29-14.33): it never names the paper, the site, the university, the
meeting or the box. So a citation naming one right after its title stays full. A chapter's
book in short ("“The Chapter,” in *The Iron Calendar*, 90", 14.33) is introduced by "in"
and is not taken here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citecheck.bibliography.note_matching import title_key
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# The most words of an earlier title a book's short title is compared with.
HEAD_WORDS = 12
# What the reader writes in `unsure` of a work whose writer the note's prose names.
AUTHOR_IN_PROSE = "author in prose"

# A title's closing marks and the comma after it, in either order.
# matches ',” ' in '“Ends,” *Tribune*', '”, ' in '“Ends”, Tribune', '*, ', the spaces a
# masked link leaves before its comma ('⟨link⟩   ,” ', the marker after the title read
# without it); not '” (', ', in '
# Possessive runs: a run of marks or spaces is split one way only.
_COMMA = r"""\s*+(?:⟨link⟩\s*+)?[*_”“»«"’']*+\s*+,[”“»«"’']?\s++"""

# A periodical's or site's name in emphasis or, as Greek writers give a newspaper, in
# guillemets, capitalised, that is not a locator's Latin.
# matches "*Chicago Tribune*", "_The Nation_", "*Rough Notes*", "«Ριζοσπάστης»",
# "*Ριζοσπάστης*"; not "*passim*", "*Ibid.*", "*in*", "«ό.π.»", "«Ό.π.»"
_ITALIC_NAME = r"""(?:[*_]|«)(?=[A-ZΑ-ΩΆ-Ώ])(?!(?:Ibid|Ebd|Op|Loc|Passim|Ό\.\s?π|Ο\.\s?π)\b)"""

# A plain name of capitalised words closed by a comma, a bracket or the end (a web copy
# drops the emphasis): only after a quoted title, whose end is sure.
# matches "Chicago Tribune," "The Nation." "Rough Notes (blog)", "Die Zeit,", "Η Αυγή,";
# not "p. 4", "S. 41", "Vol. 2", "Chapter 3", "Ibid.", "Molloy argues", "in Gordon", "Σελ. 4",
# "Ό.π.", "Κεφ. 2"
# The words of a place in the work or a remark, English, German and Greek, which open no
# name.
_LOCATOR_WORD = r"""(?:pp?|S|Vol|Bd|Bk|Book|Ch|Chap|Chapter|Part|Pt|Sec|Section|No|Nr|Col|Sp
                      |Fig|Table|Tab|Note|Preface|Introduction|Appendix|Foreword|Afterword
                      |Epilogue|Prologue|Anm|Fn|Kap|Abs|Art|Rn|Tz|Abb|Vorwort|Einleitung
                      |Nachwort|Anhang|Teil|Heft|Ibid|Ibidem|Id|Idem|Ebd|Ders|Dies|Op|Loc
                      |Passim|Emphasis|Italics|Hervorhebung|Trans|Translation|Übers|See|Cf
                      |Vgl|Also|And|Here|There|This|That|The\s++same|[IVXLC]+
                      |Σελ|Σσ|Σ|Τόμ|Τ|Κεφ|Ό\.\s?π|Ο\.\s?π|Βλ|Πρβλ|Σημ|ΣτΜ|Εισαγωγή|Πρόλογος
                      |Επίμετρο|Παράρτημα|Αυτόθι|Στο|Στην)\b"""
_PLAIN_NAME = rf"""(?!{_LOCATOR_WORD})(?:(?:Η|Ο|Το|Τα|Οι)\s++)?
                   (?-i:[A-ZΑ-ΩΆ-Ώ][a-zα-ωά-ώ][\w’'&-]*+)
                   (?:\s++(?:(?-i:[A-ZΑ-ΩΆ-Ώ][\w’'&.-]*+)|of|the|and|for|on|de|du|des|der|die
                              |das|für|της|του|των|και))*+
                   \s*+(?:\(blog\)\s*+)?(?=[,.(]|$)"""

# An archival item's place: its box, folder or file (Chicago 14.221-14.238).
# matches "box 4", "Box 12", "folder 2", "file 7", "carton 3", "reel 5"; not "box office"
_ARCHIVAL = r"""(?:box|folder|file|carton|reel)\s++\d"""

# A bracket right after the title that says what kind of unpublished work it is.
# matches " (PhD diss., University of Kent)", " (master's thesis, …)", " (paper presented
# at …)", " (lecture, …)", " (unpublished manuscript)", " (typescript)", " (Dissertation, …)";
# not " (1999)", " (London: Verso, 1976)", " (emphasis added)"
_DESCRIBED = r"""[*_”“»«"’']*+,?\s*+\(\s*+[^()]{0,40}?
                 (?:\bdiss(?:ertation)?\b|\bthesis\b|\bDissertation\b|\bMagisterarbeit\b
                   |\bHabilitationsschrift\b|\bpaper\s++(?:presented|delivered|read|given)\b
                   |\blecture\b|\btypescript\b|\bunpublished\b|\bmimeo(?:graph)?\b)"""

_SOURCE_NEXT = lazy_compile(
    rf"""(?:{_COMMA}(?:(?P<name>{_ITALIC_NAME})|{_ARCHIVAL})|{_DESCRIBED})""",
    re.VERBOSE | re.IGNORECASE,
)
_PLAIN_SOURCE_NEXT = lazy_compile(rf"""{_COMMA}(?P<name>{_PLAIN_NAME})""", re.VERBOSE)
# A name's end: the emphasis or guillemet closing it, or a comma, bracket or the note's end.
# matches "*" in "Chicago Tribune*, 4", "»" in "Ριζοσπάστης», σ. 4"; not "Tribune"
_NAME_END = lazy_compile(r"[*_»,(]|$")


def source_named(citation: NoteCitation) -> str | None:
    """What the citation names right after its title, where the work appeared or is kept:
    a periodical's or site's name ("Chicago Tribune"), or "" for a box or folder or a
    thesis's or paper's description; None when it names none. A work named in the note's
    prose ("announced by Holm in his paper «…», *Writings*, σ. 337") is left alone: its
    container and page make it a citation, and it refers to a book given before."""
    title = citation.title
    at = citation.text.find(title) if title else -1
    if at < 0 or AUTHOR_IN_PROSE in citation.unsure:
        return None
    after = at + len(title)
    found = _SOURCE_NEXT.match(citation.text, after)
    if found is None and citation.title_style == "quoted":
        found = _PLAIN_SOURCE_NEXT.match(citation.text, after)
    if found is None:
        return None
    if found.group("name") is None:
        return ""
    start = found.end("name")
    if citation.text[start - 1 : start] in "*_«":  # the opening mark of an italic name
        end = _NAME_END.search(citation.text, start)
        return citation.text[start : end.start() if end else len(citation.text)].strip()
    return found.group("name").strip()


def names_its_source(citation: NoteCitation) -> bool:
    """True when the citation names where the work appeared or is kept (`source_named`)."""
    return source_named(citation) is not None


def new_sources(citations: Sequence[NoteCitation]) -> set[int]:
    """The indexes of the citations naming a source that no earlier citation has as its
    title, or as the head of its title: "Holm, «The Harbour Thing», *Writings*, σ. 337."
    after "Olaf Holm, *Writings* (London: Verso, 1999)." names a book given before, a
    chapter's book in short (Chicago 14.33 with its "in" left out), not a periodical."""
    heads: set[str] = set()  # each earlier title's key and the keys of its first words
    found: set[int] = set()
    for i, citation in enumerate(citations):
        name = source_named(citation)
        if name is not None and (not name or title_key(name) not in heads):
            found.add(i)
        words = title_key(citation.title).split()
        # a short title is a head of a few words: a bound that keeps a title of thousands of
        # words linear
        heads.update(" ".join(words[:n]) for n in range(1, min(len(words), HEAD_WORDS) + 1))
        heads.add(" ".join(words))
    return found
