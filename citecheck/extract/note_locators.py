"""What a short form gives after its title (issue 11): a place in the work, a remark on the
quotation, and for a chapter its book in short. `note_forms` asks this of a citation with
given names and no details: such a tail is a short form's ("Ervand Abrahamian, *Iran
Between Two Revolutions*, 41."); anything else after the title (a journal, prose, a stray
bracket or year the reader did not take) leaves it an incomplete full form."""

from __future__ import annotations

import re

from citecheck.extract.note_patterns import YEAR
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A part of a work before its page.
# matches "vol. 2", "Vol. I", "Bd. 1", "ch. 3", "chapter 10", "part II", "§ 12", "II", Greek
# "τόμ. 2", "τ. 2", "κεφ. 3"; not "volume", "Verso"
_PART = r"""(?:(?:vol(?:ume)?|bd|bk|book|ch(?:ap)?|chapter|part|pt|sec(?:tion)?|no|§|τόμ|τ|κεφ)
               \.?\s*[\dIVXivx]+
            |[IVX]{1,5})"""

# One page or range, with the page mark of English, German ("S.") or Greek ("σ.", "σσ.",
# "σελ.").
# matches "41", "p. 41", "S. 41f.", "41ff.", "41--42", "41–2", "41/42", "xiv", "41a", "2:41",
# "σ. 41", "σσ. 41-43"; not "1990)", "page"
_PAGE = r"""(?:(?:pp?|S|σσ?|σελ)\.\s*)?(?:\d{1,2}\s*:\s*)?
            (?:\d{1,4}[a-z]?|[xvilc]{1,7}\b)(?:\s*ff?\.?)?
            (?:\s*(?:-+|–|—|/)\s*(?:\d{1,4}|[xvilc]{1,7}\b))?"""

# A locator: parts, then pages and a note; or parts alone; or "passim".
# matches "vol. 1, 45--46", "2: 41", "41, 45 and 47", "41, n. 2", "41 n2", "ch. 3", "passim";
# not "Journal of Crisis Management, 41", "1989), 105"
_LOCATOR = rf"""(?:(?:{_PART}\s*[,:]?\s*)*{_PAGE}(?:\s*(?:,|and|&)\s*{_PAGE})*
                   (?:,?\s*(?:n\.?|note)\s*\d{{1,3}})?
               |{_PART}(?:\s*,?\s*{_PART})*
               |passim)"""

# A remark on the quotation after the locator.
# matches ", emphasis added", " (my translation)", " [italics in original]", "; translation
# modified"; not ", which the war proved wrong"
_REMARK = r"""[,;.]?\s*[\[(]?(?:(?:emphasis|italics)\s+(?:added|mine|(?:in\s+(?:the\s+)?)?original)
              |my\s+(?:emphasis|italics|translation)
              |trans(?:lation|\.)?\s+(?:mine|modified|altered|amended|revised))[\])]?"""

# An editor's mark in brackets after the editor's name (MLA's and many writers' "Dolgoff
# (ed.)", German "(Hg.)", "(Hrsg.)", Greek "(επιμ.)"): the one bracket a book in short gives.
# matches "(ed.)", "(eds.)", "(Eds)", "(Hg.)", "(Hrsg.)", "(επιμ.)"; not "(London)", "(1990)",
# "(Spring)"
_EDITOR_BRACKET = r"""\((?:eds?|hg|hrsg|επιμ)\.?\)"""

# A chapter's book in short: "in" (German "in:", Greek "στο"), perhaps its editors, then a
# title with no year or bracket but an editor's mark.
# matches ", in *Illuminations*, ed. Hannah Arendt,", " in Tucker, ed., *Marx-Engels Reader*,",
# " in *Bakunin Reader*, Dolgoff (ed.),"; not ", in which he argues", ", in *Book* (London:
# Verso, 1990),", ", in *Review* (Spring),"
_IN_BOOK = rf""",?\s*(?:in:?|στο|στη|στην)\s+(?=(?-i:[*_“"‘„«A-ZΑ-ΩΆ-Ώ]))
    (?:[^()\[\]\n]|{_EDITOR_BRACKET}){{1,160}}?,?\s*"""

# What may follow a short form's title: marks closing it, a chapter's book in short, a
# locator, remarks, a bracket, then the quotation the note gives after a colon or the
# note's own words after a comma (a page ends the citation).
# matches "*, 41.", ",” 41.", "”, vol. 1, 45--46.", German "“, S. 41.", Greek "», σ. 41.",
# ", 41, emphasis added.", ",” in *Critical Theory*, 188.", "*, 41: “the war was about
# markets.”", "*, 41, where he argues", "*, 133. (As cited in Vell.)"; not ".", ", which
# the war proved wrong." (no page), " 1989), 105.", "*, *Journal of Crisis Management*,
# 41.", ". Vol. 1 (London: Penguin, 1990), 344."
# The closing marks and spaces possessively, as in `TRANSLATOR_NEXT` below: neither the book
# nor the locator opens with one, and a run of thousands of spaces was split every way. The
# locator starts a word: the book's lazy run must not end inside one ("ed. Ann Vell." is no
# page "ll").
LOCATOR_TAIL = lazy_compile(
    rf"""[*_”“»«"’'\s]*+[.,:]?[”“»«"’'*_]?\s*+
        (?:{_IN_BOOK})?
        (?<![^\W_]){_LOCATOR}
        (?:\s*{_REMARK})*
        (?:[.,]?\s*[\[(][^()\[\]]*[\])])?
        (?P<words>\s*:\s*[“"‘].*|[,;]\s+(?-i:[a-z]).*)?
        \s*[.,;:]?\s*""",
    re.VERBOSE | re.IGNORECASE,
)


def located_only(citation: NoteCitation) -> bool:
    """True when the citation gives nothing after its title but what a short form gives:
    a place in the work ("…, *Iran Between Two Revolutions*, 41."), a remark, a chapter's
    book in short, and after the place the note's own words; neither a journal, nor prose
    before a place, nor a year or a stray detail the reader did not take."""
    title = citation.title
    at = citation.text.find(title) if title else -1
    if at < 0 or title.count("(") != title.count(")"):
        return False  # "Bolshevik Women 1989)": a web copy's title run into its details
    if citation.title_style == "plain" and YEAR.search(title):
        return False  # where a plain title ends is a guess; a year in it may be its details
    tail = citation.text[at + len(citation.title) :]
    match = LOCATOR_TAIL.fullmatch(tail)
    if match is None:
        return False
    words = match.start("words") if match.group("words") else len(tail)
    # a year before the note's own words, which a chapter's book in short never gives; in
    # them, only after a quotation or a remark's lead-in ("133, where he dates it to 1921":
    # Chicago 14.34, commentary is no publication detail; "133, reprinted 1921" is one)
    if YEAR.search(tail, 0, words) is not None:
        return False
    return YEAR.search(tail, words) is None or COMMENTARY.match(tail, words) is not None


# The note's own words after a short form's page that may name a year: a quotation, or a
# remark opened by a word no publication detail opens with (Chicago 14.34).
# matches ": “the strike of 1921", ", where he argues", ", quoting", "; for a critique see",
# ", who wrote in 1921"; not ", reprinted 1921", ", first published 1921", ", 2nd ed. 1921"
COMMENTARY = lazy_compile(
    r"""\s*:\s*[“"‘]
       |[,;]\s+(?:where|when|who|which|quoting|citing|arguing|discussing|describing|referring
                |for\s+(?:a|an|the|his|her|their)|see|cf\.)\b""",
    re.VERBOSE,
)


# A translator named right after the title, which no short form gives (Chicago 14.29).
# matches "*, trans. Peter Preuss", ",” translated by Ben Fowkes", ". Übers. v. Kurt",
# ", μτφρ. Γ. Σ."; not "*, 41", ", transl. modified" (a remark), ", trans. mine"
# The marks and spaces possessively: what follows them never is one, and a run of thousands
# of spaces after a title was otherwise split between the two runs every way (cubic).
TRANSLATOR_NEXT = lazy_compile(
    r"""[*_”“»«"’'\s]*+[.,]?[”“»«"’'*_]?\s*+
        (?:trans(?:lated)?\.?(?:\s+by)?|tr\.|übers(?:etzt)?\.?(?:\s+v(?:on|\.))?|μτφρ\.|μετ\.)
        \s+(?-i:[A-ZΑ-ΩΆ-Ώ])""",
    re.VERBOSE | re.IGNORECASE,
)


def names_translator(citation: NoteCitation) -> bool:
    """True when the citation names a translator right after its title ("Nietzsche, *On the
    Advantage and Disadvantage of History for Life*, trans. Peter Preuss."): a first
    citation that lacks its imprint, not a short form."""
    title = citation.title
    at = citation.text.find(title) if title else -1
    return at >= 0 and TRANSLATOR_NEXT.match(citation.text, at + len(title)) is not None
