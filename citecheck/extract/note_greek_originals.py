"""The original of a translated work, given in brackets after the translation with no
writer: "…, *Ο μακρύς χειμώνας* (μτφρ. Ε. Λάμπρου, Κάκτος, Αθήνα 1995)· το πρωτότυπο (*The
Long Winter of Reason*, London: Northgate Press, 1990)" (the original), "… η αγγλική έκδοση
(*…*, …)" (the English edition). Greek notes to a translation name the original this way,
and the original is the same writer's work: the reading takes the writer of the work
before it in the note. Only a bracket that opens with a marked title and gives a year; a
work read there already is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.extract.note_greek import GREEK_CAPITALS
from citecheck.extract.note_work import read_at
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# "The original", or the original's edition in its language ("η αγγλική έκδοση": the English
# edition; "η πρωτότυπη έκδοση"), in any case the sentence wants.
# matches "πρωτότυπο", "πρωτοτύπου", "αγγλική έκδοση", "γαλλικής έκδοσης", "πρωτότυπη
# έκδοση"; not "πρωτοτυπία", "νέα έκδοση" (a new edition: `note_new_editions`)
_ORIGINAL = r"""(?i:πρωτότυπο|πρωτοτύπου
    |(?:αγγλικ|γαλλικ|γερμανικ|ιταλικ|ισπανικ|ρωσικ|πρωτότυπ|αρχικ)(?:ή|ής|ήν|η)\s+έκδοσ(?:η|ης))"""

# "The original" then a bracket that opens with a marked title: the original in brackets.
# matches "το πρωτότυπο (" and "η αγγλική έκδοση (" before "*The Long …*"; not "πρωτότυπο
# (1990)", "πρωτότυπο (σ. 4)"
_ORIGINAL_BRACKET = lazy_compile(rf"{_ORIGINAL}\s*+[:,]?\s*+\((?=\s*+[*«“])", re.VERBOSE)

# The same bracket in a web copy, its title plain: "Title, Place: Publisher, Year)".
# matches "The Long Winter of Reason, London: Northgate Press, 1990)", "Η πόλη, Αθήνα: Πέλαγος,
# 1990)"; not "σ. 4)", "The Long Winter, 1990)" (no place and publisher), "London: Dale, 1990)"
_PLAIN_ORIGINAL = lazy_compile(
    rf"""{_ORIGINAL}\s*+[:,]?\s*+\(\s*+
        (?P<title>[A-Z{GREEK_CAPITALS}][^,():;*«»“”]{{1,150}}+),\s*+
        (?P<place>[A-Z{GREEK_CAPITALS}][^\W\d_]++(?:[ ][A-Z{GREEK_CAPITALS}][^\W\d_]++)?)\s*+:\s*+
        (?P<publisher>[^,():;]{{1,60}}+),\s*+(?P<year>1[5-9]\d\d|20\d\d)\s*+\)""",
    re.VERBOSE,
)


def originals_in_brackets(local: str, base: int, note: int, found: list[NoteCitation]) -> list:
    """The readings of one note, with the original in brackets after "το πρωτότυπο" read
    when no reading covers it ("…· το πρωτότυπο (*The Long Winter*, London: Dale, 1990)"),
    by the writer of the work before it."""
    if "ρωτότυπ" not in local and "ρωτοτύπ" not in local and "έκδοσ" not in local:
        return found  # cheap test first
    read = list(found)
    for plain in _PLAIN_ORIGINAL.finditer(local):
        opening = plain.start("title")
        if any(base + opening <= c.span.start < base + plain.end() for c in read):
            continue
        before = [c for c in read if c.span.start < base + opening and c.authors]
        if before:
            original = NoteCitation(
                text=local[opening : plain.end() - 1],
                span=Span(base + opening, base + plain.end() - 1),
                note=note,
                form="full",
                authors=before[-1].authors,
                title=plain.group("title").strip(),
                year=plain.group("year"),
                place=plain.group("place"),
                publisher=plain.group("publisher").strip(),
                title_style="plain",
                unsure="plain title; the original's writer",
            )
            read = sorted([*read, original], key=lambda c: c.span.start)
    for lead in _ORIGINAL_BRACKET.finditer(local):
        opening = lead.end()
        closing = local.find(")", opening)
        if closing < 0 or any(base + opening <= c.span.start < base + closing for c in read):
            continue
        before = [c for c in read if c.span.start < base + opening and c.authors]
        if not before:
            continue
        inner = local[:closing]
        citation = read_at(inner, opening, base, base + closing, note)
        if citation is None or citation.authors or not citation.title or not citation.year:
            continue
        original = replace(
            citation,
            authors=before[-1].authors,
            unsure="; ".join(p for p in (citation.unsure, "the original's writer") if p),
        )
        read = sorted([*read, original], key=lambda c: c.span.start)
    return read
