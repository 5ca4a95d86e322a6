"""Issue 11: how a second work is joined to the first in a note, and how a web copy's plain
title is bounded, in the shapes `bench/note_several_works.py` read short of 0.95:

- a writer's names before a colon (the German colon style, and English notes written so:
  "M. A. Torres: “The Dead Left,” …") after another work of the same ";" group is that
  work's subtitle or imprint, unless a joiner or a cue stands before the names: ". See
  also", "; for a critique, see", ". On this question, see", ", and", "und", ". Siehe
  auch", "· βλ. επίσης" (`note_joiners`);
- a web copy's plain title after "in" and a writer with given names in prose ("The argument
  is taken further in Tomas Reiner, Quiet Harbours and Iron Roads (Leeds: …, 2004)"),
  bounded by its imprint's bracket, as a marked title is by its mark;
- a web copy's surname alone (or two) after "and" or a dash, then a comma and a plain title
  running to its imprint's bracket: the next work ("…, 41 and Reiner, Quiet Harbours
  (Leeds: Marlow, 2004)").

Constructed notes (invented writers, titles and publishers), read from the Markdown and
from a web copy (emphasis gone). Half the rows are negatives: a work, then a joiner or
"see also" before a place, a publisher, a journal, pages, a year range, a person in prose,
a subtitle, or a title holding "and" or "see"; they add no reading, and no author-year
citation is read in any row.
"""

from __future__ import annotations

import pytest

from tests.note_tables import built_from_note, first_surnames_and_titles

ROTH_DE = "Hanna Roth: Über Stürme. Leeds 1962, S. 154"
ROTH_READ = ("Roth", "Über Stürme")
VELL = "Frank Vell: Erst Regen, dann Schnee. In: Stasis, Vol. 4, No. 2. 2016, S. 10."
VELL_READ = ("Vell", "Erst Regen, dann Schnee")
VARGA = "Ilse Varga, *The Grain Ledger* (London: Foxley, 1998), 41"
VARGA_READ = ("Varga", "The Grain Ledger")
TORRES = "M. A. Torres: “The Dead Harbour,” *Harbour Review* 25 (July 2010)."
TORRES_READ = ("Torres", "The Dead Harbour")
REINER_READ = ("Reiner", "Quiet Harbours and Iron Roads")
VARGA_EL = "Ι. Βάργκα: Το βιβλίο των σιτηρών. Αθήνα 1998, σ. 41"
VARGA_EL_READ = ("Βάργκα", "Το βιβλίο των σιτηρών")

# (name, note, the readings: (first surname, title))
ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("colon: . See also", f"{ROTH_DE}. See also {VELL}", [ROTH_READ, VELL_READ]),
    ("colon: . Siehe auch", f"{ROTH_DE}. Siehe auch {VELL}", [ROTH_READ, VELL_READ]),
    ("colon: . Also", f"{ROTH_DE}. Also {VELL}", [ROTH_READ, VELL_READ]),
    (
        "colon: ; for a critique, see",
        f"{ROTH_DE}; for a critique, see {VELL}",
        [ROTH_READ, VELL_READ],
    ),
    (
        "colon: . On this question, see",
        f"{ROTH_DE}. On this question, see {VELL}",
        [ROTH_READ, VELL_READ],
    ),
    ("colon: , und", f"{ROTH_DE}, und {VELL}", [ROTH_READ, VELL_READ]),
    ("colon: , and, English", f"{VARGA}, and {TORRES}", [VARGA_READ, TORRES_READ]),
    ("colon: . See, English", f"{VARGA}. See {TORRES}", [VARGA_READ, TORRES_READ]),
    (
        "el colon: · βλ. επίσης",
        f"{VARGA_EL}· βλ. επίσης Τ. Ράινερ: Ήσυχα λιμάνια. Αθήνα 2004, σ. 7.",
        [VARGA_EL_READ, ("Ράινερ", "Ήσυχα λιμάνια")],
    ),
    (
        "in: a writer and a title holding and",
        f"{VARGA}. The argument is taken further in Tomas Reiner, *Quiet Harbours and Iron "
        "Roads* (Leeds: Marlow, 2004), 7.",
        [VARGA_READ, REINER_READ],
    ),
    (
        "in: a title in sentence case, a comma before the bracket",
        f"{VARGA}. The argument is taken further in Tomas Reiner, *Five quiet harbours: The "
        "port under Ada Kell*, (Leeds: Marlow, 2015), 7.",
        [VARGA_READ, ("Reiner", "Five quiet harbours: The port under Ada Kell")],
    ),
    (
        "and: a surname alone and a title",
        f"{VARGA} and Reiner, *Quiet Harbours and Iron Roads* (Leeds: Marlow, 2004), 7.",
        [VARGA_READ, REINER_READ],
    ),
    (
        "dash: a surname alone and a title",
        f"{VARGA} – Reiner, *Quiet Harbours and Iron Roads* (Leeds: Marlow, 2004).",
        [VARGA_READ, REINER_READ],
    ),
    (
        "and: two surnames and a title",
        f"{VARGA[:-4]} and Reiner and Lund, *Quiet Harbours and Iron Roads* (Leeds: Marlow, "
        "2004), 7.",
        [VARGA_READ, REINER_READ],
    ),
    (
        "and: an inverted name and a quoted title",
        "Ilse Varga, “The Grain,” *Ledgers* (London: Foxley, 1998), p. 41 and Reiner, Tomas, "
        "“Quiet Harbours,” *Ports* (Leeds: Marlow, 2004), p. 9.",
        [("Varga", "The Grain"), ("Reiner", "Quiet Harbours")],
    ),
    (
        "and: an inverted name, et al., a title to its imprint",
        "Ilse Varga, *Ledgers* (London: Foxley, 1998), 41 and Reiner, Tomas Q., et al., *Quiet "
        "Harbours* (Leeds: Marlow, 2004).",
        [("Varga", "Ledgers"), ("Reiner", "Quiet Harbours")],
    ),
    (
        "and: German author-date, initials",
        "Varga, I. (1964): Die Kornbücher. Neuwied: Foxley, S. 147 and Reiner, T.Q. (1984): "
        "Stille Häfen, Bd. 3. Berlin: Marlow Verlag, S. 482.",
        [("Varga", "Die Kornbücher"), ("Reiner", "Stille Häfen")],
    ),
    (
        "dash: an inverted name and a title opening with a digit",
        "Ilse Varga, *Ledgers* (London: Foxley, 1998), 41 – Lund, Eva, “13 Harbours,” *Ports* 3 "
        "(2004): 7.",
        [("Varga", "Ledgers"), ("Lund", "13 Harbours")],
    ),
    # negatives: a work, then no second work
    (
        "no: and a place, a region, a lower-case quotation",
        f"{VARGA} and Paris, France, “a city”.",
        [VARGA_READ],
    ),
    (
        "no: and a place, a region, a year, prose",
        f"{VARGA} and Paris, France (1968): the events.",
        [VARGA_READ],
    ),
    ("no: and a place, a publisher, a year", f"{VARGA} and London, Verso, 2001.", [VARGA_READ]),
    ("no: und a place, a publisher, a page", f"{VARGA} und Berlin, Dietz, S. 12.", [VARGA_READ]),
    (
        "no: subtitle after the title",
        "Hanna Roth: Über Stürme. Argentina: Ein Bericht. Leeds 1962, S. 4.",
        [ROTH_READ],
    ),
    (
        "no: two places before the colon",
        "Hanna Roth: Über Stürme. Leeds und Berlin: Dietz 1962.",
        [ROTH_READ],
    ),
    ("no: reprint after the work", f"{ROTH_DE}. Nachdruck: Leeds 2010.", [ROTH_READ]),
    (
        "no: See also a place and publisher",
        f"{ROTH_DE}. See also Berlin: Dietz, 1999.",
        [ROTH_READ],
    ),
    (
        "no: See also a person in prose",
        f"{ROTH_DE}. See also Frank Vell: he disagrees.",
        [ROTH_READ],
    ),
    ("no: see also a place and year", f"{VARGA}; see also Paris, 1968.", [VARGA_READ]),
    (
        "no: See also a person who disagrees",
        f"{VARGA}. See also Frank Vell, who disagrees.",
        [VARGA_READ],
    ),
    (
        "no: in a place and its square",
        f"{VARGA}. The meeting was held in New York, Union Square (1999).",
        [VARGA_READ],
    ),
    (
        "no: in a person then lower-case prose",
        f"{VARGA}. The idea was tested in Tom Bell, a town near Leeds (London: Dale, 1974).",
        [VARGA_READ],
    ),
    ("no: in a chapter", f"{VARGA}. The argument is taken further in chapter three.", [VARGA_READ]),
    ("no: and a place and year", f"{VARGA} and London, 1974.", [VARGA_READ]),
    ("no: and a place and publisher", f"{VARGA} and London: Verso, 2001.", [VARGA_READ]),
    ("no: dash a journal", f"{VARGA} – *New Left Review* 12 (2001): 41–43.", [VARGA_READ]),
    ("no: and a page run", f"{VARGA} and 45–47.", [VARGA_READ]),
    (
        "no: and a year range",
        "Ilse Varga, *The Grain Ledger* (London: Foxley, 1998), on 1914 and 1918.",
        [VARGA_READ],
    ),
    (
        "no: a title holding and see",
        "Ilse Varga, *Wait and See: Harbours* (London: Foxley, 1998), 41.",
        [("Varga", "Wait and See: Harbours")],
    ),
    (
        "no: a colon title holding and",
        "Hanna Roth: Regen und Schnee: Ein Bericht. Leeds 1962, S. 154.",
        [("Roth", "Regen und Schnee: Ein Bericht")],
    ),
]


@pytest.mark.parametrize("web", [False, True], ids=["markdown", "web"])
@pytest.mark.parametrize(("name", "note", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_web_joiners(name: str, note: str, expected: list, web: bool) -> None:
    readings, author_year = first_surnames_and_titles(note.replace("*", "") if web else note)
    assert readings == expected
    assert author_year == []


def test_half_the_rows_are_negatives() -> None:
    assert sum(name.startswith("no:") for name, _, _ in ROWS) * 2 >= len(ROWS)


# A Chicago author-date entry written into a note (15.9; a reprint's year first, 15.38): in
# a web copy the title is plain, bounded by the imprint's sentence that closes the entry,
# not by its own commas, colons or question mark. (surname, title, year) read, or none.
ENTRY_ROWS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (
        "entry: a comma in the title",
        "Quill, Ada. 2009. *Harbours, the Quiet State*. Leeds: Marlow Press.",
        [("Quill", "Harbours, the Quiet State", "2009")],
    ),
    (
        "entry: a reprint, a colon in the title",
        "Quill, Ada. [1951] 2002. *Salt Ledgers: The Memoirs 1914--1933*. Oxford: Foxley Press.",
        [("Quill", "Salt Ledgers: The Memoirs 1914--1933", "2002")],
    ),
    (
        "entry: a person and an initial in the title",
        "Quill, Ada. 2008. *Tomas W. Reiner: One Last Harbour*. Durham: Marlow Press.",
        [("Quill", "Tomas W. Reiner: One Last Harbour", "2008")],
    ),
    (
        "entry: the title's own question, a place of two words",
        "Quill, Ada. 2006. *Who is Left? An Interview with Tom Bell*. New York: Foxley Press.",
        [("Quill", "Who is Left? An Interview with Tom Bell", "2006")],
    ),
    (
        "entry: a co-author, a reprint",
        "Quill, Ada, and Tom Bell. [1977] 2001. *Harbours, the Quiet State*. Cambridge, MA: "
        "Marlow Press.",
        [("Quill", "Harbours, the Quiet State", "2001")],
    ),
    # negatives: no work, or not this shape's
    (
        "no entry: a place, a year and a sentence",
        "Paris, France. 1968. The events began in May. Leeds: Marlow Press.",
        [],
    ),
    (
        "no entry: lower case after the colon",
        "Quill, Ada. 2001. Harbours, the Quiet State. See Leeds: a city.",
        [],
    ),
    ("no entry: a place and a year", "London, 2015. The city grew. Leeds: Marlow Press.", []),
    (
        "no entry: a publisher and a year",
        "Verso, 2002. Harbours, the Quiet State. Leeds: Marlow Press.",
        [],
    ),
    (
        "no entry: a title before the year",
        "Harbours, the Quiet State. 1999. Leeds: Marlow Press.",
        [],
    ),
    (
        "no entry: a place of two words",
        "New York, 2001. Harbours of the North. Leeds: Marlow Press.",
        [],
    ),
    (
        "no entry: a place, a region, a year",
        "Durham, North Carolina. 2012. Leeds: Marlow Press.",
        [],
    ),
]


def _read_dated(note: str) -> tuple[list[tuple[str, str, str]], list]:
    built = built_from_note(note)
    readings = [
        (c.authors[0].surname if c.authors else "", c.title, c.year) for c in built.note_citations
    ]
    return readings, list(built.citations)


@pytest.mark.parametrize("web", [False, True], ids=["markdown", "web"])
@pytest.mark.parametrize(("name", "note", "expected"), ENTRY_ROWS, ids=[r[0] for r in ENTRY_ROWS])
def test_entry_title_to_its_imprint(name: str, note: str, expected: list, web: bool) -> None:
    readings, author_year = _read_dated(note.replace("*", "") if web else note)
    assert readings == expected
    assert author_year == []


def test_half_the_entry_rows_are_negatives() -> None:
    assert sum(name.startswith("no ") for name, _, _ in ENTRY_ROWS) * 2 >= len(ENTRY_ROWS)
