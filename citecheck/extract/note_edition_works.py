"""Another edition of a work, given after its cue with a plain title and a subtitle.

A web copy loses the italics, and a German note's other edition then reads "…, Paris:
Seuil 1968; dt.: Der Hafen. Eine Geschichte, übers. v. Ina Rau, Frankfurt am Main:
Suhrkamp 1974" (`note_edition_cues`, `note_german`): the subtitle's full stop ends the
sentence, the title stands alone in it and is no work, and the subtitle is a plain title
with no writer. The cue vouches for a title after it, and DIN 1505-2 sets that edition's
imprint after its title (and its translator or editor): the work is read here, its writer
carried from the work before the cue, when no reading covers it already.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.note_edition_cues import EDITION_CUE, IN_ORIGINAL
from citecheck.extract.note_kind_writers import after_reading
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# A cue after a work, then a title (plain, a subtitle after its full stop allowed, or in
# emphasis after "im Original", which no other reader takes), its
# translator or editor, and a German imprint, after a comma or in brackets: a place (two
# words joined by "am", "an der", "im" allowed), a publisher after a colon, a year.
# matches "; dt.: Der Hafen. Eine Geschichte, übers. v. Ina Rau, Frankfurt am Main: Suhrkamp
# 1974", "; frz. Original: Le port. Une histoire, Paris: Seuil 1968", ". Deutsch: Der Hafen,
# Berlin 1974", "; im Original *Le port* (Paris 1968)"; not "; dt.: Hamburg 1975" (no
# title), "; dt. v. Ina Rau, Berlin 1974" (a translator, no cue), "; vgl. Der Hafen, Berlin
# 1974" (no cue), "; vgl. das Original (Paris 1968)" (no title)
_EDITION_WORK = lazy_compile(
    r"""[\s,.;]*+
        (?:(?:(?i:deutsch|dt\.(?:\s*+(?:Übers|Ausg)\.)?|deutsche\s++(?:Ausgabe|Übersetzung|Fassung))
          |(?:{EDITION_CUE}))
        \s*+:\s*+
        |(?:{IN_ORIGINAL})\s*+:?\s*+)
        (?P<mark>[*_]?)(?P<title>[A-ZÄÖÜ][^;:()\[\]*_„“"«»]{1,200}?)(?P=mark)
        (?:,\s++(?:(?:übers|hg|hrsg|eingel|bearb)\.\s*+(?:v\.|von)\s++[^,;:()]{1,60}?,\s++
                 |(?:übersetzt|herausgegeben|eingeleitet)\s++von\s++[^,;:()]{1,60}?,\s++)?
          |\s*+\()
        (?P<place>[A-ZÄÖÜÀ-Þ][\w/.-]*+(?:\s++(?:am|an\s++der|im)\s++[A-ZÄÖÜÀ-Þ][\w.-]*+)?)
        (?:\s*+:\s*+[A-ZÄÖÜÀ-Þ][^,;:()]{0,60}?)?,?\s++
        (?P<year>1[5-9]\d\d|20\d\d)(?!\d)""".replace("{EDITION_CUE}", EDITION_CUE).replace(
        "{IN_ORIGINAL}", IN_ORIGINAL
    ),
    re.VERBOSE,
)

# A plain "title" that is only a volume's or an issue's number: what a cue's place names
# when the edition differs in its volume ("dt. Ausgabe: Bd. 3, Berlin 1975").
# matches "Bd. 3", "Band II", "Jahrgang 3", "Jg. 12", "Nr. 2", "Heft 4", "H. 3", "Teil 2";
# not "Band und Bund", "Heft 4 der Reihe", "Nummer Eins"
_VOLUME_ONLY = lazy_compile(
    r"(?:Bd|Band|Bde|Jg|Jahrgang|Nr|Heft|H|Teil|Tl|Vol|vol)\.?\s*+(?:\d{1,4}|[IVX]{1,5})\.?"
)


def without_volume_titles(found: list[NoteCitation]) -> list[NoteCitation]:
    """`found` without the readings whose plain title is only a volume or an issue ("…;
    dt.: Jahrgang 3, Nr. 2, Berlin 1975"): no work is called "Bd. 3"."""
    return [
        c
        for c in found
        if not (c.title_style == "plain" and c.title and _VOLUME_ONLY.fullmatch(c.title.strip()))
    ]


# How far after the reading of the work before its edition's cue may stand (bounded:
# linear): the subtitle, translator and imprint a reading of its title alone leaves out, its
# pages and a remark ("S. 41 ff., hier S. 50").
_GAP = 300


def edition_works(text: str, found: list[NoteCitation]) -> list[NoteCitation]:
    """`found` (one note's readings in order, offsets in `text`) with the edition after a
    cue that no reading covers added after the work before it, and a reading of its title
    alone, without a writer, given the writer of that work ("…, S. 41 ff., hier S. 50; frz.
    Original: *Le port*, Paris 1968": its cue stands too far for `translation_writers`)."""
    if ":" not in text and "Original" not in text:
        return found  # cheap test first: every cue but "im Original" ends in a colon
    kept = list(found)
    added: list[NoteCitation] = []
    for i, citation in enumerate(found):
        if not citation.authors:
            continue
        # the cue stands before the next reading (the edition may be that reading), in the
        # ";" group after the work's own: "…; vgl. Rosa Vell; frz. Original: …" is no
        # edition of the work
        anchor, limit = after_reading(text, found, i)
        first = text.find(";", anchor, limit)
        second = text.find(";", first + 1, limit) if first >= 0 else -1
        limit = second if second >= 0 else limit
        end = found[i + 2].span.start if i + 2 < len(found) else len(text)
        edition = _edition_after(text, citation.span.end, limit, end)
        if edition is None:
            continue
        title_start = edition.start("title")
        covering = [j for j, c in enumerate(found) if c.span.start <= title_start < c.span.end]
        if covering:
            j = covering[0]
            if not found[j].authors and found[j].title and j == i + 1:
                unsure = "; ".join(p for p in (found[j].unsure, "author carried from before") if p)
                kept[j] = replace(found[j], authors=citation.authors, unsure=unsure)
            continue  # read already ("dt.: *Der Hafen*, …")
        added.append(
            NoteCitation(
                text=text[title_start : edition.end()],
                span=Span(title_start, edition.end()),
                note=citation.note,
                form="full",
                authors=citation.authors,
                title=edition.group("title").strip(),
                year=edition.group("year"),
                place=edition.group("place"),
                title_style="italic" if edition.group("mark") else "plain",
                unsure="; ".join(
                    p
                    for p in (
                        "" if edition.group("mark") else "plain title",
                        "another edition after its cue",
                        "author carried from before",
                    )
                    if p
                ),
            )
        )
    if not added:
        return kept
    return sorted([*kept, *added], key=lambda c: c.span.start)


def _edition_after(text: str, end: int, limit: int, last: int) -> re.Match[str] | None:
    """The cue and the edition's title and imprint at `end`, or after a ";" or a full stop
    outside brackets within `_GAP` after it and before `limit`; the match ends by `last`."""
    stop = min(limit, end + _GAP)
    starts = [end]
    depth = 0  # a cue inside brackets is `note_translations`'s: "(frz. Original: …)"
    for i in range(end, stop):
        char = text[i]
        depth += (char == "(") - (char == ")") if char in "()" else 0
        if char in ";." and depth <= 0 and i > end:
            starts.append(i)
    for at in starts:
        found = _EDITION_WORK.match(text, at, last)
        if found is not None:
            return found
    return None
