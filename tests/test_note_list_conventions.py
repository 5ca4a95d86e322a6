"""A note citation and its works-cited entry where the list writes the work by its own
conventions (issue 11, round 28).

A list repeats the writer of the entry before by a word for "the same" as well as by the
3-em dash (Chicago 14.67): German "ders.:", Greek "Ο ίδιος,", "Η ίδια,", "Του ίδιου," in the
new accents; the dash keeps the role it stands with ("———, ed.", "———, trans."). A full form
whose writer the reader doubts (a name in the prose before the title: an introduction's
writer) and whose specific title is one entry's, whole, with no other year, is that entry's
work misread, not a work missing from the list. A DIN entry's title in italics after the
names' colon is the title with only the year after it ("Arnsberg, Karl: *Der Zollkrieg*,
1990."), as it is with an imprint.

Invented writers, titles and publishers. Every positive reported a work the list gives as
missing before this round; the negatives are works truly missing, which must still be
reported (a "same" entry repeats the writer before it, not another; another title; a title
too short to name one work; another year; a review; a writer read without doubt), and shapes
that are no repeat of a writer.
"""

from __future__ import annotations

import pytest

from citecheck.bibliography.entry_shapes import read_entry
from tests.note_tables import web_copy
from tests.test_note_seeded_classes import document_rows_tests

CITY = "Νίκος Βέλλας, *Η πόλη* (Αθήνα: Κέδρος, 1999), 4."
PORT = "Νίκος Βέλλας, *Το λιμάνι* (Αθήνα: Κέδρος, 2001), 4."
SEA = "Νίκος Βέλλας, *Η θάλασσα* (Αθήνα: Κέδρος, 2003), 4."
CITY_ENTRY = "Βέλλας, Νίκος, *Η πόλη*, 1999."
ANNA_CITY = "Άννα Βέλλα, *Η πόλη* (Αθήνα: Κέδρος, 1999), 4."
ANNA_PORT = "Άννα Βέλλα, *Το λιμάνι* (Αθήνα: Κέδρος, 2001), 4."
BORDER = "Karl Arnsberg, *Die Zollgrenze* (Berlin: Dietz, 1988), 4."
WAR = "Karl Arnsberg, *Der Zollkrieg* (Berlin: Dietz, 1990), 4."
BORDER_ENTRY = "Arnsberg, Karl: *Die Zollgrenze*, 1988."
WAR_ENTRY = "Arnsberg, Karl: *Der Zollkrieg*, 1990."
POLITICS_ENTRY = "Osk, Mira/Venn, Tobias: *Harbour Politics*, 1999."
LIGHTS = "Ann Vell, *Harbour Lights* (London: Corran, 2001), 33."
TIDE = "Ann Vell, ed., *Salt and Tide* (London: Corran, 2004), 3."
TIDE_TRANS = "Ann Vell, trans., *Salt and Tide* (London: Corran, 2004), 3."
LIGHTS_ENTRY = "Vell, Ann. *Harbour Lights*, 2001."
PORTS = "Vell, Ann. *Harbour Lights of the Northern Ports*, 2001."
INTRO = (
    "Tom Reed, introduction to *Harbour Lights of the Northern Ports* (London: Corran, 2001), 33."
)

POSITIVES = [
    ("Greek 'Ο ίδιος' repeats the writer", [CITY, PORT], [CITY_ENTRY, "Ο ίδιος, *Το λιμάνι*, 2001."], "missing-reference", []),
    ("Greek 'Η ίδια' repeats the writer", [ANNA_CITY, ANNA_PORT], ["Βέλλα, Άννα, *Η πόλη*, 1999.", "Η ίδια, *Το λιμάνι*, 2001."], "missing-reference", []),
    ("Greek 'Του ίδιου' in the new accents", [CITY, PORT], [CITY_ENTRY, "Του ίδιου, *Το λιμάνι*, 2001."], "missing-reference", []),
    ("Greek 'Ο ίδιος.' in a plain list", ["Νίκος Βέλλας, Η πόλη, Αθήνα: Κέδρος, 1999, σ. 4.", "Νίκος Βέλλας, Το λιμάνι, Αθήνα: Κέδρος, 2001, σ. 4."], ["Βέλλας, Νίκος. Η πόλη. Αθήνα: Κέδρος, 1999.", "Ο ίδιος. Το λιμάνι. Αθήνα: Κέδρος, 2001."], "missing-reference", []),
    ("German 'ders.:' in lower case", [BORDER, WAR], [BORDER_ENTRY, "ders.: *Der Zollkrieg*, 1990."], "missing-reference", []),
    ("the 3-em dash with 'ed.'", [LIGHTS, TIDE], [LIGHTS_ENTRY, "———, ed. *Salt and Tide*, 2004."], "missing-reference", []),
    ("the 3-em dash with 'trans.'", [LIGHTS, TIDE_TRANS], [LIGHTS_ENTRY, "———, trans. *Salt and Tide*, 2004."], "missing-reference", []),
    ("an introduction's writer read for the book's", [INTRO], [PORTS], "missing-reference", []),
    ("DIN, a title in italics and its year", ["Arnsberg, *Zollkrieg*, S. 4."], [WAR_ENTRY], "missing-reference", []),
    ("DIN, a full form then its short form", [WAR, "Arnsberg, *Zollkrieg*, S. 5."], [WAR_ENTRY], "missing-reference", []),
    ("DIN, two writers by '/'", ["Mira Osk und Tobias Venn, *Harbour Politics* (Leeds: Fenwick, 1999), 4.", "Osk und Venn, *Harbour Politics*, 5."], [POLITICS_ENTRY], "missing-reference", []),
    ("DIN, the second writer's short form", ["Venn, *Harbour Politics*, 5."], [POLITICS_ENTRY], "missing-reference", []),
    ("an introduction's writer, the web copy", [web_copy(INTRO)], [web_copy(PORTS)], "missing-reference", []),
]  # fmt: skip

NEGATIVES = [  # a work truly missing is reported; no repeat of a writer where none is
    ("'Ο ίδιος' lists another work of the writer", [CITY, SEA], [CITY_ENTRY, "Ο ίδιος, *Το λιμάνι*, 2001."], "missing-reference", [5]),
    ("'Ο ίδιος' repeats another writer", ["Γιώργος Ράλλης, *Το λιμάνι* (Αθήνα: Κέδρος, 2001), 4."], [CITY_ENTRY, "Ο ίδιος, *Το λιμάνι*, 2001."], "missing-reference", [4]),
    ("'ders.:' repeats another writer", ["Eva Lind, *Der Zollkrieg* (Berlin: Dietz, 1990), 4."], [BORDER_ENTRY, "ders.: *Der Zollkrieg*, 1990."], "missing-reference", [4]),
    ("the dash with 'ed.' lists another work", [LIGHTS, "Ann Vell, *Rope and Sail* (London: Corran, 2006), 3."], [LIGHTS_ENTRY, "———, ed. *Salt and Tide*, 2004."], "missing-reference", [5]),
    ("an introduction to a work not listed", ["Tom Reed, introduction to *Salt Roads of the Southern Coast* (London: Corran, 2001), 33."], [PORTS], "missing-reference", [4]),
    ("an introduction to a title too short to name one work", ["Tom Reed, introduction to *Harbour Lights* (London: Corran, 2001), 33."], [LIGHTS_ENTRY], "missing-reference", [4]),
    ("an introduction to the work in another year", ["Tom Reed, introduction to *Harbour Lights of the Northern Ports* (London: Corran, 2009), 33."], [PORTS], "missing-reference", [4]),
    ("a review of the listed work", ["Tom Reed, review of *Harbour Lights of the Northern Ports*, by Ann Vell, *Harbour Review* 12 (2001): 33."], [PORTS], "missing-reference", [4]),
    ("a writer read without doubt", ["Tom Reed, *Harbour Lights of the Northern Ports* (London: Corran, 2001), 33."], [PORTS], "missing-reference", [4]),
    ("DIN, another work of the writer", ["Arnsberg, *Zollgrenze*, S. 4."], [WAR_ENTRY], "missing-reference", [4]),
    ("DIN, the title by another writer", ["Lind, *Zollkrieg*, S. 4."], [WAR_ENTRY], "missing-reference", [4]),
    ("a Greek title opening 'Η ίδια'", ["Νίκος Βέλλας, *Η ίδια η πόλη* (Αθήνα: Κέδρος, 1999), 4."], ["Βέλλας, Νίκος, *Η ίδια η πόλη*, 1999."], "missing-reference", []),
    ("'Dies ist' opening a title, no repeat", [BORDER, "*Dies ist kein Hafen* (Berlin: Dietz, 1992), 4."], [BORDER_ENTRY, "*Dies ist kein Hafen*, 1992."], "missing-reference", []),
]  # fmt: skip

ROWS = [*POSITIVES, *NEGATIVES]

test_list_conventions, test_list_conventions_balance = document_rows_tests(ROWS)


def test_as_many_negatives_as_positives() -> None:
    assert len(NEGATIVES) >= len(POSITIVES)


# An entry's names, title and year as read: the DIN shape with its title in italics and
# only the year after it; not a quoted subtitle or a plain one after "Names, Word:".
ENTRIES = [
    ("Arnsberg, Karl: *Der Zollkrieg*, 1990.", ("Arnsberg",), "Der Zollkrieg", "1990"),
    ("Arnsberg, Karl: _Der Zollkrieg_, 1990.", ("Arnsberg",), "Der Zollkrieg", "1990"),
    (POLITICS_ENTRY, ("Osk", "Venn"), "Harbour Politics", "1999"),
    ('Lind, Salt Roads: "The Last Harbour", 2008.', ("Lind",), 'Salt Roads: "The Last Harbour"', "2008"),
    ("Lind, Salt Roads: The Last Harbour, 2008.", ("Lind",), "Salt Roads: The Last Harbour", "2008"),
    ("Lind, Eva: *Salt Roads*. Berlin: Dietz 2008.", ("Lind",), "Salt Roads", "2008"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "authors", "title", "year"), ENTRIES, ids=[e[0] for e in ENTRIES])
def test_entry_read(line: str, authors: tuple[str, ...], title: str, year: str) -> None:
    found = read_entry(line)
    assert found is not None
    assert (found.authors, found.title, found.year) == (authors, title, year)
