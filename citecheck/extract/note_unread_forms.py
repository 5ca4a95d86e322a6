"""Full forms in a note where the reader read nothing at all, though a writer, a title and
an imprint stand in it. Each shape is one convention's order of the parts:

- a title before its writer (Chicago 14.76 in running text; German "von"): "*The Harbour
  Year*, by Ann Vell, London: Dorne Press, 1990." and its web copy;
- a writer named in a sentence of its own, then the title, then the imprint (ISO 690 and
  DIN 1505 with the name not inverted; a web copy of "Ann Vell. *Title*. Place: …"): "Ann
  Vell. The Harbour Year. London: Dorne Press, 1990.";
- a writer named in prose before the work (Chicago 14.21's "As Ann Vell shows in …", German
  "Grundlegend ist Ann Vell, …"): a few lowercase words, "in" or a comma between them.

Only an imprint with a year vouches for the reading ("Place: Publisher, Year", "(Place,
Year)", DIN's "Ort Jahr"), and the writer must have a given name or an initial. A writer's
word that is a place, a publisher or a journal (`is_imprint_word`, a publisher's last word)
gives the reading up: "In New York, …" or "by Dorne Press" is no one. What the reader doubts
stays in `unsure`.
"""

from __future__ import annotations

import re

from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_names import surnames
from citecheck.extract.note_parts import after_cue
from citecheck.extract.note_patterns import GIVEN_PERSON, PLACE_ON
from citecheck.extract.note_titles import TITLE_JOINERS
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation, Span

# A place of publication: one to three capitalised words, "Frankfurt/M.", "Frankfurt am
# Main". Never a digit.
_PLACE = rf"(?-i:[A-Z])[^\W\d_]+(?:(?:/|\s)(?-i:[A-Z])[^\W\d_]+){{0,2}}\.?(?:{PLACE_ON})?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
# One writer or two: "Ann Vell", "Ann Vell and Tom Rusk", "A. Vell und T. Rusk".
_WRITERS = rf"(?P<person>{GIVEN_PERSON}(?:\s+(?:and|&|und)\s+{GIVEN_PERSON})?)"

# An imprint with its year, bracketed or after a comma or a full stop, then perhaps a page,
# and then the end of the note's sentence, a comma or a closing bracket.
# matches " (London: Dorne Press, 1990), 3", " (London, 1990)", ", London: Dorne Press,
# 1990", ". Hamburg: Dorne 1990, S. 3", ", Hamburg 1990, S. 3 ff."; not ", 1990" (no place),
# " (see 1990)", ", London: Dorne Press" (no year), ", 41 (1990)"
_IMPRINT = rf"""(?:\s*\(\s*(?P<bplace>{_PLACE})(?::\s*(?P<bpublisher>[^():;]{{1,60}}?),?
                    |,)\s+(?P<byear>1[5-9]\d\d|20\d\d)\)
                |[,.]\s+(?P<place>{_PLACE})(?::\s*(?P<publisher>[^():;,]{{1,60}}?)|\s*),?\s+{_YEAR})
    (?:,\s*(?:(?:p|pp|S)\.\s*)?\d{{1,4}}(?:\s*(?:[-–]+\s*\d{{1,4}}|f{{1,2}}\.))?)?
    (?=\s*(?:[.,;)]|$))"""

# A title: marked, or plain (a capital, then no mark of a sentence's or a part's end).
_TITLE = r"""(?:\*(?P<italic>[^*\n]{2,150})\*|_(?P<underscored>[^_\n]{2,150})_
               |[“"](?P<quoted>[^”"\n]{2,150}?)[,.]?[”"]
               |(?P<plain>(?-i:[A-Z])[^.;:!?()\[\]“”"*_,\n]{1,150}?))"""

# "*The Harbour Year*, by Ann Vell, London: …", "Die Hafenjahre, von Ann Vell, Hamburg 1990"
_TITLE_BY = lazy_compile(rf"""{_TITLE},?\s+(?:by|von)\s+{_WRITERS}{_IMPRINT}""", re.VERBOSE)

# "Ann Vell. The Harbour Year. London: Dorne Press, 1990." (the name its own sentence)
_NAME_SENTENCE = lazy_compile(rf"""{_WRITERS}\.\s+{_TITLE}(?=\.\s){_IMPRINT}""", re.VERBOSE)

# A writer in prose, then a few lowercase words ending in "in" or "in:" (perhaps "her"), a
# comma, or an opening bracket, then the title and its imprint: "As Ann Vell shows in
# …", "As Ann Vell has shown, *Title* (…)", "As Ann Vell has shown (*Title*, London: …)",
# "Grundlegend ist Ann Vell, Die Hafenjahre, Hamburg 1990."
_POSSESSIVE = r"""(?:her|his|their|ihrem|ihrer|ihren|seinem|seiner|seinen)
    (?:\s+(?:book|essay|study|article|paper|monograph))?"""
_PROSE_LEAD = lazy_compile(
    rf"""(?<![\w.])(?P<person>{GIVEN_PERSON})
        (?:(?:\s+(?-i:[a-zäöüß]+)){{0,4}}?\s+in:?(?:\s+{_POSSESSIVE})?\s+
          |(?:\s+(?-i:[a-zäöüß]+)){{0,4}}(?:,|\s*\()\s*)
        {_TITLE}{_IMPRINT}""",
    re.VERBOSE,
)

# Words before a writer in prose that make the "writer" a place ("In New York, …"), or a
# comma or "and" that make it one of a list of people ("were Ann Vell, Tom Rudd, …").
_PLACE_BEFORE = lazy_compile(
    r"(?:(?i:\b(?:in|at|from|near|to|aus|nach|bei|im|zu|um|and|und))\s+|[,&]\s*)\Z"
)

# A plain "title" ending in a second person: a list of names ("Tom Rudd and Joe Mars").
_ENDS_IN_PERSON = lazy_compile(
    rf"\s(?:and|und|&)\s+{GIVEN_PERSON}\Z|\A{GIVEN_PERSON}\s+(?:and|und|&)\s"
)

# A publisher's or a periodical's last word: "Dorne Press", "Harbour Books", "Harbour
# Studies" are no writer.
_IMPRINT_LAST_WORDS = frozenset(
    """press books publishers publishing publications verlag editions house company
    studies review journal quarterly magazine monthly weekly bulletin times zeitschrift
    zeitung blätter hefte""".split()
)

# A two-word place's first word, which no given name is (as `note_place_openers` reads
# them): "New York", "Los Angeles", "Bad Homburg".
_PLACE_OPENERS = frozenset("new san santa los las buenos tel bad".split())


_JOINER = lazy_compile(r"\s+(?:and|&|und)\s+")


def _imprint_words(words: list[str]) -> bool:
    """One "person"'s words name a place, a publisher or a periodical."""
    return (
        any(is_imprint_word(w.strip(".")) for w in words)
        or words[-1].lower() in _IMPRINT_LAST_WORDS
        or words[0].lower() in _PLACE_OPENERS
    )


def _headline(title: str) -> bool:
    """A plain title in headline case (every word capitalised or a joining word), not a
    sentence ("Tom Rudd spoke next") nor a list of people ("Tom Rudd and Joe Mars")."""
    words = title.split()
    return all(w[:1].isupper() or w in TITLE_JOINERS for w in words) and (
        _ENDS_IN_PERSON.search(title) is None
    )


def unread_forms(local: str, note: int) -> list[NoteCitation]:
    """The full forms of a note the reader read nothing in (offsets in `local`): a title
    before its writer, a writer's name in its own sentence, or a writer in prose."""
    start = after_cue(local)
    if (found := _TITLE_BY.match(local, start)) is not None:
        return _work(local, found, note, "a writer named after the title")
    if (found := _NAME_SENTENCE.match(local, start)) is not None:
        return _work(local, found, note, "")
    for found in _PROSE_LEAD.finditer(local):
        if _PLACE_BEFORE.search(local, 0, found.start()) is None:
            return _work(local, found, note, "author in prose")
    return []


def _work(local: str, found: re.Match[str], note: int, why: str) -> list[NoteCitation]:
    person = found.group("person")
    if any(_imprint_words(one.split()) for one in _JOINER.split(person)):
        return []  # "by New York, …", "Dorne Press. …": a place, a publisher, a journal
    style, title = next(
        (s, found.group(g))
        for g, s in (("italic", "italic"), ("underscored", "italic"), ("quoted", "quoted"),
                     ("plain", "plain"))
        if found.group(g)
    )  # fmt: skip
    if style == "plain" and not _headline(title):
        return []  # "Ann Vell. The harbour grew. London, 1990.": a sentence, no title
    unsure = "; ".join(u for u in (why, "plain title" if style == "plain" else "") if u)
    start = min(found.start(), found.start("person"))
    return [
        NoteCitation(
            text=local[start : found.end()],
            span=Span(start, found.end()),
            note=note,
            form="full",
            authors=tuple(surnames(person)),
            title=title.strip(),
            year=found.group("year") or found.group("byear"),
            place=found.group("place") or found.group("bplace") or "",
            publisher=(found.group("publisher") or found.group("bpublisher") or "").strip(),
            title_style=style,
            unsure=unsure,
        )
    ]
