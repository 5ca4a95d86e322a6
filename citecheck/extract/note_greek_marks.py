"""Greek quotation marks that the English grammar reads once they are put in its terms.

Greek notes set an article's title in guillemets «…», set close to the words they hold,
with the comma inside or outside ("«Τίτλος,»", "«Τίτλος»,"), and so do Greek translations
of English notes around English titles ("Adorno, «Progress» (1962), στο *Critical Models*").
The English grammar knows “…”: each closed Greek pair is given the English marks, one
character for one so that every offset stays, and `note_german.german_marks_back` gives a
citation's text its own marks back. A pair inside an English quotation becomes ‘…’, so
that it does not close the title around it.

Only a pair around words in Latin script is given them: a Greek title in «…» is read by the
Greek modules, which know the marks and what a body's name or a newspaper's in «…» before
a title means ("της Ομάδας «Ανάχωμα», *…*"), and which a quotation in «…» is.

French guillemets hold a space on each side ("« J'ai envie … »"): they are left alone, as
they stand inside English-quoted titles of French articles. A pair within another «…» is
left alone too.
"""

from __future__ import annotations

from dataclasses import replace

from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A letter of the Greek script (with the accented ones of the extended block).
_GREEK_LETTER = lazy_compile(r"[\u0370-\u03ff\u1f00-\u1fff]")

# A Greek quotation: «, a character that is no space, at most 400 characters with no
# guillemet and no line break, a character that is no space, ».
# matches "«Progress»", "«Marginalia to Theory and Praxis,»", "«Το κράτος»", "«A»"; not
# "« J'ai envie de soutenir Macron »" (French spacing), "«Cohn-Bendit: « J'ai …" (a
# guillemet inside), "«never closed", "«two\nlines»"
_GREEK_QUOTATION = lazy_compile(r"«(?P<inner>[^\s«»][^«»\n]{0,398}+(?<=[^\s«»]))»")


def english_quotes(text: str) -> str:
    """`text` with each closed Greek quotation in English marks: «…» becomes “…” (same
    length, same offsets), or ‘…’ inside an English quotation ("“Die «Kritik» der …”")."""
    if "«" not in text:
        return text
    pieces: list[str] = []
    last = counted = straight = curly_open = curly_closed = 0
    for match in _GREEK_QUOTATION.finditer(text):
        # the English marks before the pair, counted as it goes (linear in the note)
        straight += text.count('"', counted, match.start())
        curly_open += text.count("“", counted, match.start())
        curly_closed += text.count("”", counted, match.start())
        counted = match.start()
        inner = match.group("inner")
        if _GREEK_LETTER.search(inner):
            continue  # a Greek title or quotation: the Greek modules read it
        inside = straight % 2 == 1 or curly_open > curly_closed
        pieces += [text[last : match.start()], f"‘{inner}’" if inside else f"“{inner}”"]
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


# A Greek page mark before a page, as a word: "σ." (page), "σσ." (pages), "σελ." (page).
# matches "σ." in ", σ. 168", "σσ." in "σσ. 41–44", "σελ." in "σελ. 12", "(σ.10"; not "σ." in
# "Οδυσσ. 4" or "κ.σ. 4" (inside a word or an abbreviation), "σ. Α" (no page)
_GREEK_PAGE = lazy_compile(r"(?<![\w.])(?P<mark>σσ?|σελ)\.(?=\x20?\d)")

# Each Greek mark's English one, as long as it is: "σελ." becomes "p." and two spaces.
_ENGLISH_PAGE = {"σ": "p.", "σσ": "pp.", "σελ": "p.\x20\x20"}


def english_pages(text: str) -> str:
    """`text` with each Greek page mark in the English one: "σ. 12" reads "p. 12", "σσ."
    reads "pp.", "σελ." reads "p." (same length, same offsets)."""
    if "σ" not in text:
        return text
    return _GREEK_PAGE.sub(lambda m: _ENGLISH_PAGE[m.group("mark")], text)


def greek_pages_back(citation: NoteCitation, original: str, base: int) -> NoteCitation:
    """The citation with the page marks of its text and its pages as the note wrote them
    (`original` is the note's text, which starts at `base`)."""
    start, end = citation.span.start - base, citation.span.end - base
    own = original[start:end]
    if own == citation.text or len(own) != len(citation.text):
        return citation
    text, pages = citation.text, citation.pages
    for mark in _GREEK_PAGE.finditer(own):
        english = _ENGLISH_PAGE[mark.group("mark")]
        if text[mark.start() : mark.end()] == english:
            text = text[: mark.start()] + mark.group() + text[mark.end() :]
            if pages and pages.startswith(english):
                pages = mark.group() + pages[len(english) :]
    return replace(citation, text=text, pages=pages)
