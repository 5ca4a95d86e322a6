"""A translation or another edition named in prose after its original, and a language's
lead-in before a writer (issue 11, round 16).

Chicago (17th, 14.88-14.90, 14.113-14.118) cites a translation or a later edition as the
same writer's work with its own title and year; the translator ("trans.", "translated by",
"trad.", "übers. v.", "traduit par") is never its writer. English notes name such a work in
prose after the original: "…, translated as *The Day* by Ann Bell (London: Verso, 1974)",
"cf. the German edition, *Der Tag*, trans. Ute Kern (Berlin: Wagenbach, 1980)", "the
English version, “The Day,” trans. Ann Bell, in *Essays*, ed. … (London: …, 1979)", "A
Spanish selection appeared as *El día*, trad. Ana Ruiz (Madrid: …, 2001)". Each is read
here as one full citation of the writer of the work read just before it in the note (of no
writer when there is none), its title the translation's own and its year the translation's
imprint's. A language's lead-in ("In English, Dan Hale, *The Day* (…)", "and, in English,
Hale, *The Day*, …") is no writer: it is blanked before the note is read.
"""

from __future__ import annotations

import re

from citecheck.extract.note_patterns import YEAR
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# The languages a translation is named by, in English.
_LANGUAGE = (
    r"(?:English|German|French|Italian|Spanish|Portuguese|Russian|Greek|Dutch|Polish"
    r"|Swedish|Danish|Norwegian|Czech|Hungarian|Turkish|Japanese|Chinese|Catalan)"
)

# A language's lead-in before a writer's names, ended by a comma.
# matches "In English, " before "Dan Hale", "in English, " in "and, in English, Hale",
# "In the English edition, ", "In German translation, ", "in French translation, "; not
# "English, " (a surname: Chicago's note opens with it), "In English the word", "In
# England, " (a place), "in English, the word" (a lower-case word follows)
_LANGUAGE_LEAD = lazy_compile(
    rf"""(?<![\w-])[Ii]n\s++(?:the\s++)?{_LANGUAGE}
         (?:\s++(?:translation|edition|version))?,(?=\s++[A-Z])""",
    re.VERBOSE,
)

# The words that name a translation or another edition, before its title.
# matches "the German edition, ", "The Spanish translation, ", "the abridged translation, ",
# "the English version, ", "A Spanish selection appeared as ", "its revised edition, ", "The
# Italian original, " (the original of the translation cited before it),
# "translated as ", "translated into English as "; not "the German edition" (no title after
# it), "an English translation is forthcoming", "the translation, " (no language or kind),
# "English translation:", "in English translation as" (cues `note_translation_cues` reads:
# the annotated set keeps such a translation with its original), "translated by"
_NAMED = lazy_compile(
    rf"""(?:\b(?i:the|an?|its|his|her|their)\s++)?
         (?:(?:{_LANGUAGE}|(?i:abridged|unabridged|revised|expanded|enlarged|new|second|third
             |later|complete|shortened|American|British))\s++){{1,3}}
         (?:translation|edition|version|selection|original)(?:\s*+,|\s++appeared\s++as\b)\s*+
        |\btranslated\s++(?:into\s++{_LANGUAGE}\s++)?as\s++""",
    re.VERBOSE,
)

# The translation's title: marked, or in a web copy plain up to its translator, a comma or a
# bracket.
# matches "*Der Tag*", "_Der Tag_", "“The Day”", '"The Day,"', "The Day" before " by Ann
# Bell", ", trans." or " ("; not "the day" (lower case), a plain title over 150 characters
_TITLE = lazy_compile(
    r"""\*(?P<italic>[^*\n]{1,200})\*|_(?P<under>[^_\n]{1,200})_
       |“(?P<curly>[^”\n]{1,200})”|"(?P<straight>[^"\n]{1,200})"
       |(?P<plain>[A-ZÁÉÍÓÚÄÖÜ¿¡][^,()\n;]{1,150}?)(?=\s++by\s|,|\s*+\()""",
    re.VERBOSE,
)

# How far after the title the translation's imprint or journal year may stand, and the room
# before the cue that the original's reading may end in.
_REACH = 260

_STYLES = {"italic": "italic", "under": "italic", "curly": "quoted", "straight": "quoted"}


def blank_language_leads(text: str) -> str:
    """`text` with each language's lead-in before a writer replaced by spaces."""
    if "n " not in text:
        return text
    return _LANGUAGE_LEAD.sub(lambda m: " " * len(m.group()), text)


def translated_editions(text: str, number: int, found: list[NoteCitation]) -> list[NoteCitation]:
    """`found` (one note's readings in order, offsets in `text`) with each translation or
    edition named in prose after its original read as that writer's work: readings inside
    it (its translator or its container taken for a work) give way to it."""
    if not any(word in text for word in ("transla", "edition", "version", "selection", "original")):
        return found  # cheap test first: every cue holds one
    for cue in _NAMED.finditer(text):
        title = _TITLE.match(text, cue.end())
        if title is None:
            continue
        details = _year_bracket(text, title.end())
        if details is None:
            continue
        group = title.lastgroup or "plain"
        named = title.group(group).strip().rstrip(",").strip()
        if not named:
            continue
        end = details.end()
        before = [c for c in found if c.span.start < cue.start() and c.title]
        inside = [c for c in found if cue.start() <= c.span.start < end]
        writer = before[-1].authors if before else ()
        if not writer and text[: cue.start()].strip():
            continue  # the original named before it but not read: its writer unknown
        if any(c.title == named and c.authors == writer for c in inside):
            continue  # read so already
        at = len([c for c in found if c.span.start < cue.start()])
        found = [c for c in found if c not in inside]
        found.insert(
            at,
            NoteCitation(
                text=text[title.start() : end],
                span=Span(title.start(), end),
                note=number,
                form="full",
                authors=writer,
                title=named,
                title_style=_STYLES.get(group, "plain"),
                year=details.group("year"),
                unsure="a translation or edition after its original; the writer carried"
                if writer
                else "a translation or edition; no writer named",
            ),
        )
    return found


# A bracket that gives a year: an imprint "(Berlin: Wagenbach, 1980)" or a journal's "(1979)".
# matches "(Berlin: Wagenbach, 1980)", "(1979)", "(México: Siglo XXI, 1984)"; not "(pp.
# 121–25)" (no year), "(215 n. 31)"
_BRACKET = lazy_compile(r"\((?P<inside>[^()]{0,120})\)")


def _year_bracket(text: str, start: int) -> re.Match[str] | None:
    """The last year in the first bracket with a year after `start`, before the next ";"
    or `_REACH` characters; the match's end is the bracket's."""
    stop = min(len(text), start + _REACH)
    semi = text.find(";", start, stop)
    stop = semi if semi >= 0 else stop
    for bracket in _BRACKET.finditer(text, start, stop):
        years = list(YEAR.finditer(bracket.group("inside")))
        if years:
            last = years[-1]
            return _YEAR_AT.match(text, bracket.start() + 1 + last.start(), bracket.end())
    return None


# A year right where a bracket's year stands, to the bracket's end.
_YEAR_AT = lazy_compile(r"(?P<year>\d{4})[^()]*+\)")
