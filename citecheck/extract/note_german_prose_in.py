"""A writer named in German prose, a verb of writing and "in", then the work with its
German imprint: "Ähnlich argumentiert Anna Vell in Räte in den Häfen, Frankfurt am Main
1990, S. 41." (Markdown's "*Räte in den Häfen*", the italics gone), "So schreibt Anna Vell
in ihrem Buch Räte …, Berlin: Dietz 1990".

German prose names a work as English prose does (Chicago 14.23; `note_prose_writers`'
"As Ann Vell argues in …"): the person is the clause's subject, the verb says she wrote or
argued it ("argumentiert", "zeigt", "schreibt", "betont" …), or "die Darstellung von X in";
a possessive and the kind of work may stand before the title ("in ihrem Buch"). The German
imprint after the title (`note_german_leadins`: "Ort Jahr", "Ort: Verlag Jahr", in brackets
or after a comma, or "in:" and a container with its year) vouches for a plain title.

Not read: another verb ("Anna Vell lebte in Hamburg, Berlin 1990": a place), a surname
alone (a place's as likely), a title of one word (a place as likely: "Anna Vell schreibt
in Hamburg, Berlin 1990")."""

from __future__ import annotations

import re

from citecheck.extract.imprint_words import is_imprint_word
from citecheck.extract.note_german_leadins import work_at
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_patterns import GIVEN_PERSON, YEAR
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A person with given names, a German verb of writing or arguing (or "von" after a noun
# naming the account), "in", perhaps a possessive and the kind of work, then a capital.
# matches "Anna Vell in " after "argumentiert ", "Anna Vell in ihrem Buch " after "schreibt
# ", "Anna Vell in " after "Darstellung von "; not "Anna Vell lebte in " (no verb of
# writing), "Vell in " (a surname alone), "Anna Vell in *" (marked: the ordinary reading's)
_WRITER_IN = lazy_compile(
    rf"""(?:\b(?:argumentiert|argumentierte|zeigt|zeigte|schreibt|schrieb|betont|betonte
            |beschreibt|beschrieb|schildert|schilderte|erklärt|erklärte|erläutert|erläuterte
            |analysiert|analysierte|behauptet|behauptete|entwickelt|entwickelte|vertritt
            |vertrat|bemerkt|bemerkte|formuliert|formulierte|(?:Darstellung|Analyse|Studie
            |Kritik|Deutung|Arbeit)\s++von)\s++(?:auch\s++|etwa\s++|schon\s++|bereits\s++)?)
        (?P<person>{GIVEN_PERSON})\s++in\s++
        (?:(?:ihrem|seinem|ihrer|seiner)\s++
           (?:Buch|Aufsatz|Essay|Artikel|Beitrag|Band|Studie|Schrift|Vortrag|Text|Roman
             |Monographie|Untersuchung|Dissertation)\s++)?
        (?=[A-ZÄÖÜ])""",
    re.VERBOSE,
)

_UNSURE = "writer named in German prose before the title; plain title"


def german_prose_in(text: str, note: int, found: list[NoteCitation]) -> list[NoteCitation]:
    """`found` (one note's readings, offsets in `text`) with each work a writer in German
    prose is said to argue or write "in" added, and any reading made of its words dropped."""
    if " in " not in text or YEAR.search(text) is None:
        return found  # cheap tests first
    added: list[NoteCitation] = []
    for lead in _WRITER_IN.finditer(text):
        person = lead.group("person")
        if not plausible_names(person):
            continue
        work = work_at(
            text, lead.start("person"), lead.end(), tuple(surnames(person)), note, _UNSURE
        )
        if work is None or work.title_style != "plain" or _places(work.title):
            continue
        if any(c.title == work.title and c.authors == work.authors for c in found):
            continue  # read already
        added.append(work)
    if not added:
        return found
    kept = [c for c in found if not any(_overlaps(c, work) for work in added)]
    return sorted([*kept, *added], key=lambda c: c.span.start)


def _places(title: str) -> bool:
    """One word, or only places: "Hamburg", "Frankfurt am Main", "Hamburg und Bremen" (the
    capitalised words are all imprint words), where a sentence's "in" names a town."""
    words = title.split()
    if len(words) < 2:
        return True
    capitals = [w.strip(".,") for w in words if w[:1].isupper()]
    town = _PLACE.fullmatch(title) is not None
    return town or all(is_imprint_word(w) for w in capitals)


# A place of several words: "Frankfurt am Main", "Halle an der Saale".
_PLACE = lazy_compile(r"[A-ZÄÖÜ][\w.-]*+\s++(?:am|an\s++der|im|bei)\s++[A-ZÄÖÜ][\w.-]*+")


def _overlaps(reading: NoteCitation, work: NoteCitation) -> bool:
    """A reading over the work's words: the prose and title read as one plain title ("Anna
    Vell hat in Räte …"), or a lead word taken for a writer."""
    return reading.span.start < work.span.end and work.span.start < reading.span.end
