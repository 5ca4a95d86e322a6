"""A German label, adverb or noun phrase before a title, read as its writer, and undone.

German notes open with a word and a colon that is no one's name ("Exemplarisch:",
"Vermutlich:", "Im Original:", "Grundlegend:"), or with a noun phrase before a quotation
("Die Bewegung „Occupy Wall Street“ besetzte …"). Both have the shape of the colon style
("Lenin: Staat und Revolution, …") or of a writer before a quoted title. No list of such
words decides; the document does:

- a name headed by a closed-class word (an article, a preposition or its contraction, an
  adverb such as "So": `note_german_leadins.CLOSED_WORDS`), or that is one, is no person:
  German sets no article before a writer;
- a one-word "writer" before a colon, with no given name, that has the shape of a German
  adverb or adjective (its suffix: "-lich", "-isch", "-weise", …) is a person only when the
  document names that word as a writer elsewhere: an earlier note's work by that surname,
  or the same note writing it after a given name ("… Das Buch von Paul Ehrlich"). A bare
  surname of another shape stays a writer ("Lenin: Материализм …, Moskau 1909").

A reading so undone is kept without a writer when its title is marked and its details are
its own (a newspaper's piece: "Vermutlich: „Socialism …“, *The Weekly*, 14. Februar 1994"),
else dropped. `tests/test_note_german_labels.py` holds the rows.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from citecheck.extract.citation_patterns import NAME_WORD, UPPER
from citecheck.extract.note_german_leadins import CLOSED_WORDS
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# The words a reading's text opens with before a colon or a title's mark: one word, or a
# closed-class word and a noun.
# matches "Vermutlich:" (word "Vermutlich"), "Im Original:", "Die Bewegung „", "Die
# Bewegung “"; not "Jörg Peltzer, " (a comma), "Lenin, *Was tun?*"
_HEAD = lazy_compile(
    rf"""(?P<head>(?P<first>[{UPPER}][\w-]*+)(?:\s++(?P<second>{NAME_WORD}))?)
         \s*+(?P<mark>:|(?=[“"„*«]))""",
    re.VERBOSE,
)


def without_label_writers(
    found: list[NoteCitation], text: str, known_writers: Collection[str]
) -> list[NoteCitation]:
    """`found` (offsets in `text`, the note's) with each label read as a writer undone.
    `known_writers`: the folded surnames of the writers of earlier notes."""
    kept: list[NoteCitation] = []
    for citation in found:
        kind = _label(citation, text, known_writers) if len(citation.authors) == 1 else ""
        if kind == "phrase":
            continue  # "Die Bewegung „Occupy“ besetzte …": prose, no work
        if kind == "label":
            unsigned = _unsigned(citation)
            kept.extend([unsigned] if unsigned is not None else [])
        else:
            kept.append(citation)
    return kept


def _label(citation: NoteCitation, text: str, known_writers: Collection[str]) -> str:
    """ "phrase" for a noun phrase headed by a closed-class word before a quotation ("Die
    Bewegung „…“"), "label" for one before a colon ("Im Original:", "Vermutlich:"), else
    ""."""
    head = _HEAD.match(text, citation.span.start)
    if head is None:
        return ""
    surname = citation.authors[0].surname
    if not head.group("head").endswith(surname):
        return ""
    if head.group("second"):
        # "Die Bewegung", "Im Original": a closed-class word heads it
        if head.group("first").casefold() not in CLOSED_WORDS:
            return ""
        return "label" if head.group("mark") == ":" else "phrase"
    if head.group("first").casefold() in CLOSED_WORDS:
        # "Der *Rote Hammer* vom Oktober 1931 …", "So „…“ auf dem Podium 2015": an article
        # or an adverb opening a sentence
        return "label" if head.group("mark") == ":" else "phrase"
    if head.group("mark") != ":":
        return ""
    if _ADVERB.fullmatch(surname) is None:
        return ""  # "Lenin: Staat und Revolution, …": a surname may stand alone
    if surname.casefold() in known_writers:
        return ""  # "Ehrlich: …" after an earlier note cited Ehrlich
    return "" if _named_with_given_name(surname, text) else "label"


# A German adverb or adjective by its derivational suffix (-lich, -isch, -weise, -mäßig,
# -haft, -sam, or a participle in -end of eight letters or more): the shape of a label
# ("Vermutlich:", "Exemplarisch:", "Beispielsweise:", "Grundlegend:"), which a surname has
# only rarely ("Ehrlich", "Kisch"), and then the document names it as a person elsewhere.
# matches "Vermutlich", "Exemplarisch", "Beispielsweise", "Grundlegend"; not "Lenin",
# "Horkheimer", "Bend", "Legend"
_ADVERB = lazy_compile(
    rf"[{UPPER}][a-zäöüß]*(?:lich|isch|weise|mäßig|haft|sam)|[{UPPER}][a-zäöüß]{{4,}}end"
)


def _named_with_given_name(surname: str, text: str) -> bool:
    """The note writes `surname` after a given name somewhere ("Kurt Kessler")."""
    found = re.search(rf"[{UPPER}][\w-]++\s++{re.escape(surname)}(?![\w-])", text)
    return found is not None and found.group().split()[0].casefold() not in CLOSED_WORDS


def _unsigned(citation: NoteCitation) -> NoteCitation | None:
    """The work without its "writer", when its title is marked and its details its own."""
    if citation.title_style not in ("italic", "quoted"):
        return None
    if "details read on" in citation.unsure:
        return None  # "Im Original: „radical democracy“. Vgl. … 1998": another work's year
    if not (citation.year or citation.container or citation.url):
        return None
    unsure = "; ".join(p for p in (citation.unsure, "a label before the title, no writer") if p)
    return replace(citation, authors=(), unsure=unsure)
