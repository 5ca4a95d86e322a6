"""Issue 11, short-form-before-full: a short form read by its own shape, its full form gone.

Chicago (14.29-14.32), MLA, DIN 1505 and Greek practice shorten a work cited before to the
surname alone, a short title of up to four words and a page. When the full form is missing,
no earlier note names the writer, so the readers that lean on an earlier work of the
writer (`note_prose_shorts`, `note_leadin_short`) read nothing, and short-form-before-full
cannot report it. Set in a note's prose or its own ";" group, the whole shape vouches for
itself (`note_prose_shorts._own_shape`): a surname with no given name, a marked short title
(emphasis, quotes, «…») and a page closing the clause.

Half the rows or more are negatives: a plain title in prose, a web copy's, with a bare
number or a marked page ("Surname, Word, p. 44" in prose is also a place, a district and a
page: on the written documents' web copies it read two false works), a place or a journal before a marked
title, joined writers or editors of a book a chapter is in, an archive's letters and file
number, a year or a date after the title, a long title, a place after "to", an article
before a noun, a quantity, and first citations that are full forms without an imprint (a
title and an address, an interview), a short title with given names, author-date
references, "Ibid." and a year in an author-date document. Every name, title and place is
invented. Each row gives the readings of the last note and the notes reported.
"""

from __future__ import annotations

import pytest

from tests.note_tables import last_note_readings
from tests.test_note_citation_rules import findings, manuscript

# a work of another writer given in full: the document has notes before the short form
FULL = "Irma Kessler, *Die Hafenstadt im Wandel* (Hamburg: Nordlicht, 1994), 12."
KESSLER = ("short", ("Kessler",), "Hafenstadt", "")
RUIZ = ("short", ("Ruiz",), "Networks", "")
NETZWERKE = ("short", ("Ruiz",), "Netzwerke", "")
DIKTYA = ("short", ("Ρουίθ",), "Δίκτυα", "")
DOCK_WORK = ("short", ("Ruiz",), "Dock Work", "")

# (name, notes after FULL, readings of the last note, notes short-form-before-full reports)
CASES = [
    (
        "after 'in' in an English sentence, a marked short title",
        ["The point is made in Ruiz, *Networks*, 44."],
        [RUIZ],
        [2],
    ),
    (
        "negative: a web copy's plain title, its page marked, in prose",
        ["The point is made in Ruiz, Networks, p. 44."],
        [],
        [],
    ),
    (
        "German: after 'dazu schon', a marked short title and 'S.'",
        ["Dazu schon Ruiz, *Netzwerke*, S. 44."],
        [NETZWERKE],
        [2],
    ),
    (
        "negative: German web copy, after 'bei', a plain title and 'S.'",
        ["Ähnlich bei Ruiz, Netzwerke, S. 44."],
        [],
        [],
    ),
    (
        "its own ';' group after a lead-in, the writer cited nowhere before",
        ["Kessler, *Hafenstadt*, 14; contra Ruiz, *Networks*, 44."],
        [KESSLER, RUIZ],
        [2],
    ),
    (
        "Greek: after 'στο', a short title in «…»",
        ["Η ίδια άποψη στο Ρουίθ, «Δίκτυα», σ. 44."],
        [DIKTYA],
        [2],
    ),
    (
        "negative: Greek web copy, after 'στο', a plain title and 'σ.'",
        ["Η ίδια άποψη στο Ρουίθ, Δίκτυα, σ. 44."],
        [],
        [],
    ),
    (
        "an essay's short title in quotes, after 'in'",
        ["The point is made in Ruiz, “Dock Work,” 44."],
        [DOCK_WORK],
        [2],
    ),
    (
        "negative: a plain title and a bare number in prose",
        ["The point is made in Ruiz, Networks, 44."],
        [],
        [],
    ),
    (
        "negative: a place and a newspaper",
        ["The strike was reported in Paris, *Le Monde*, 4."],
        [],
        [],
    ),
    (
        "negative: joined editors of the book a chapter is in",
        ["Quoted from an essay in Grigat and Ruiz, *Networks*, 58–78."],
        [],
        [],
    ),
    (
        "negative: Greek joined editors of the book a chapter is in",
        ["Το δοκίμιο στο Αλεξίου και Ρουίθ, «Δίκτυα», σσ. 58–78."],
        [],
        [],
    ),
    (
        "negative: an archive's letters and a file number",
        ["Zit. nach dem Nachlass (MHA, VIII 15d, S. 11)."],
        [],
        [],
    ),
    (
        "negative: a year after the marked title",
        ["The point is made in Ruiz, *Networks*, 1994."],
        [],
        [],
    ),
    (
        "negative: a date after the marked title, no clause end",
        ["The delegates met in Tolliver, *Harbour Hall*, 12 May."],
        [],
        [],
    ),
    (
        "negative: a title of more than four words in prose",
        ["The point is made in Ruiz, *Networks of the Northern Harbours*, 44."],
        [],
        [],
    ),
    (
        "negative: a place after 'to'",
        ["The dispute spread to Tolliver, *Docks*, 44."],
        [],
        [],
    ),
    (
        "negative: an article before a noun",
        ["Darüber berichtet das Heft, *Arbeit*, S. 77."],
        [],
        [],
    ),
    (
        "negative: a quantity after a name",
        ["Ruiz, 3,000 dockers, and the union struck."],
        [],
        [],
    ),
    (
        "negative: a first citation of a title and an address (a web article's full form)",
        ["Ana Ruiz, “Dock Work,” https://example.org/ruiz."],
        [("full", ("Ruiz",), "Dock Work", "")],
        [],
    ),
    (
        "negative: an interview, its full form without imprint",
        ["Ana Ruiz, interview by Tom Vell, *Harbour Voices*, March 3, 2011."],
        [("full", ("Ruiz",), "Harbour Voices", "2011")],
        [],
    ),
    (
        "negative: a short title of up to four words with given names, no page",
        ["Ana Ruiz, *Networks*."],
        [("full", ("Ruiz",), "Networks", "")],
        [],
    ),
    (
        "negative: an author-date full reference",
        ["Ruiz, Ana (1994): *Networks*. Leeds: Dale."],
        [("full", ("Ruiz",), "Networks", "1994")],
        [],
    ),
    (
        "negative: Ibid. after the full form",
        ["Ibid., 44."],
        [("ibid", (), "", "")],
        [],
    ),
    (
        "negative: a year in an author-date note",
        ["So auch Ruiz 1994, S. 44."],
        [],
        [],
    ),
]


def reported(notes: list[str]) -> list[int]:
    return [f.data["note"] for f in findings(manuscript(*notes), "short-form-before-full")]


@pytest.mark.parametrize(
    ("notes", "readings", "notes_reported"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_readings_and_findings(notes: list[str], readings: list, notes_reported: list) -> None:
    document = [FULL, *notes]
    assert (last_note_readings(document), reported(document)) == (readings, notes_reported)


def test_half_the_rows_or_more_are_negatives() -> None:
    negatives = sum(1 for name, *_ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives
