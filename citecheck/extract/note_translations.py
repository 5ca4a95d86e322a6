"""A German translation given in brackets after its original: "Jean Vale: *Le jour*, Paris:
Seuil 1968 (dt.: *Der Tag*, Frankfurt: Suhrkamp 1974)"; an English one the same way ("…
(Paris: Seuil, 1968), 12 (English trans.: *The Day* [London: Verso, 1974], 33)"). The
bracket names a second work of the same writer, with its own title and year; the original
keeps the year before the bracket. (After a ";" — "…; dt.: *Der Tag*, …" — the
translation is read as a work of its own already, its writer carried from the work
before.)"""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.note_edition_cues import EDITION_CUE, IN_ORIGINAL
from citecheck.extract.note_patterns import YEAR
from citecheck.extract.note_translation_cues import ENGLISH_CUE
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# A bracket opened by a translation's cue, its title (marked or plain, to the first comma)
# and its details.
# matches "(dt.: *Der Tag*, Frankfurt 1974)", "(dt. Ausg.: „Der Tag“, Berlin 1974)",
# "(deutsch: Der Tag, Berlin 1974)", "(dt. u. d. T. *Der Tag*, Berlin 1974)", "(English
# trans.: *The Day* [London: Verso, 1974], 33)", "(frz. Orig.: *Le jour*, Paris 1968)", "(im
# Original *Le jour*, Paris 1968)"; not "(English trans. mine)", "(dt. v.
# Ann Vell)" (a translator), "(Deutschland 1974)", "(dt.)" (no title)
_BRACKETED = lazy_compile(
    r"""\(\s*+(?:(?i:dt\.\s?u\.\s?d\.\s?T\.|deutsch\s+unter\s+dem\s+Titel)
              |(?:(?i:deutsch|dt\.(?:\s*+(?:Übers|Ausg)\.)?|deutsche\s++(?:Ausgabe|Übersetzung|Fassung))
                 |(?:{EDITION_CUE})
                 |{ENGLISH_CUE})
               (?=\s*+:|\s++[*_„“"])
              |(?:{IN_ORIGINAL})(?=\s++[*_„“"]))
        \s*+:?\s*+
        (?P<title>\*[^*()]{1,200}\*|_[^_()]{1,200}_|[„“"][^„“”"()]{1,200}[“”"]
                 |[A-ZÄÖÜ][^,()]{1,200}(?=,))
        (?P<details>[^()]{0,300})\)""".replace("{ENGLISH_CUE}", ENGLISH_CUE)
    .replace("{EDITION_CUE}", EDITION_CUE)
    .replace("{IN_ORIGINAL}", IN_ORIGINAL),
    re.VERBOSE,
)

# The same cue after the original's own imprint, inside the imprint's bracket (Chicago
# 14.109-110: "*Le jour* (Paris: Seuil, 1968; Eng. trans. *The Day*, London: Verso,
# 1974)"): the translation's title and details after the ";".
# matches "(Paris: Seuil, 1968; Eng. trans. *The Day*, London: Verso, 1974)", "(Paris 1968;
# dt.: *Der Tag*, Berlin 1974)"; not "(Paris 1968; 2nd ed. 1974)" (no cue), "(Paris 1968;
# Eng. trans. 1974)" (no title), "(Paris: Seuil, 1968)"
_AFTER_IMPRINT = lazy_compile(
    r"""\(\s*+(?P<imprint>[^();]{1,120});\s*+
        (?P<body>(?:(?i:deutsch|dt\.)|(?:{EDITION_CUE})|{ENGLISH_CUE})(?=\s*+:|\s++[*_„“"])
        \s*+:?\s*+
        (?P<title>\*[^*()]{1,200}\*|_[^_()]{1,200}_|[„“"][^„“”"()]{1,200}[“”"]
                 |[A-ZÄÖÜ][^,()]{1,200}(?=,))
        (?P<details>[^()]{0,300}))\)""".replace("{ENGLISH_CUE}", ENGLISH_CUE).replace(
        "{EDITION_CUE}", EDITION_CUE
    ),
    re.VERBOSE,
)

# A year.
# matches "1974"; not "19745", "197"
_YEAR = YEAR

# A plain "title" that is a person by the initials before a surname: the translator a
# German note names after "dt. Übers.:" with the translation's imprint, no title.
# matches "I. Hartung", "I. M. Hartung", "H.-J. Kolb"; not "Der Tag", "Ilse" (one word),
# "Kritische Theorie"
_TRANSLATOR = lazy_compile(r"(?:[A-ZÄÖÜ]\.(?:-[A-ZÄÖÜ]\.)?\s*+){1,3}[A-ZÄÖÜ][\w'’-]++\s*+")

# How each mark sets a translation's title: emphasis is italics, quotes are quotes; a
# capital letter opens a plain one.
_STYLES = {"*": "italic", "_": "italic", "„": "quoted", "“": "quoted", '"': "quoted"}


# The room between a work's reading and a bracket right after it: spaces and a comma.
# matches " ", ", "; not " S. 12 ", "; "
_BEFORE_BRACKET = lazy_compile(r"[\s,]*+")


def _bracket_after(text: str, end: int) -> re.Match[str] | None:
    """A translation's bracket right after a work whose reading stops before it: a reading
    from a note's prose ends at its pages ("Ich zitiere nach Jean Vale: *Der Tag*, Berlin
    1974, S. 12 (frz. Original: *Le jour*, Paris 1968)")."""
    gap = _BEFORE_BRACKET.match(text, end)
    return _BRACKETED.match(text, gap.end()) if gap is not None else None


def bracketed_translations(
    text: str, base: int, number: int, found: list[NoteCitation]
) -> list[NoteCitation]:
    """The works `found` in one note (`text`, at `base`), with each translation in brackets
    inside a work read with its writer added after it, and the original's year the one
    before the bracket."""
    if "(" not in text:
        return found  # cheap test first
    kept: list[NoteCitation] = []
    for work in found:
        kept.append(work)
        if not work.authors or not work.title:
            continue
        start, end = work.span.start - base, work.span.end - base
        bracket = _BRACKETED.search(text, start, end) or _bracket_after(text, end)
        inside = (
            None
            if bracket is not None or ";" not in text
            else _AFTER_IMPRINT.search(text, start, end)
        )
        bracket = bracket or inside
        if bracket is None:
            continue
        years = _YEAR.findall(bracket.group("details"))
        if not years:
            continue
        # the original's year: before the bracket, or in its own imprint inside it
        own = _YEAR.findall(text, start, inside.end("imprint") if inside else bracket.start())
        if own and work.year != own[-1]:
            kept[-1] = replace(work, year=own[-1])  # "Paris 1968 (dt.: …, 1974)": 1968
        title = bracket.group("title")
        if not title.strip(' *_„“”"'):
            continue  # "(dt.: * *, 1974)": marks and no title
        if _TRANSLATOR.fullmatch(title):
            continue  # "(dt. Übers.: I. Hartung, Kranich, Leipzig 1974)": its translator
        opening = inside.start("body") - 1 if inside else bracket.start()
        inner = text[opening + 1 : bracket.end() - 1]
        lead = len(inner) - len(inner.lstrip())
        kept.append(
            NoteCitation(
                text=inner.strip(),
                span=Span(
                    base + opening + 1 + lead,
                    base + opening + 1 + lead + len(inner.strip()),
                ),
                note=number,
                form="full",
                authors=work.authors,
                title=title.strip(' *_„“”"'),
                title_style=_STYLES.get(title[0], "plain"),
                year=years[-1],
                unsure="a translation in brackets after its original; the writer carried",
            )
        )
    return kept
