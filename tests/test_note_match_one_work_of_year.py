"""The one work of its writer of the year read (issue 11, round 24).

A full form whose title fits no entry, and whose writer the list gives one entry of, of
the year the note gives, cites that entry under another title: the original's title where
the list gives the translation's, a subtitle or a series read with the title, a part read
for the whole. A copy-editor does not report it missing. It stays missing where the list
has two works of that writer, where the years differ, where the writer's name is written
otherwise (a slip to report), where the writer is a body (which signs many works a year),
and where another citation of another title fits that entry
by its title (two works of one writer in one year, one of them unlisted).

Invented writers and titles; half the rows are negatives.
"""

from __future__ import annotations

from tests.test_note_seeded_classes import document_rows_tests

KOHL = "Ida Kohl, *Der Hafen im Norden* (Kassel: Lenz, {year}), 3."
KOHL_ENTRY = "Kohl, *The Harbour in the North*, 1970."
RUDD = "Tom Rudd, *Salt Roads*, Northern Ports Series 4 (Leeds: Dale, 1947), 12."
RUDD_ENTRY = "Rudd, *Harbour Ledgers of the Northern Ports*, 1947."
VELL_ONE = "Ann Vell, “Problem of the Harbour,” *Inlet Review* (May 9, 1939): 4."
VELL_TWO = "Ann Vell, “The Independence of the Docks,” *Inlet Review* (July 30, 1939): 6."
VELL_ENTRY = "Vell, *Problem of the Harbour*, 1939."

ROWS = [
    ("the original's title, the list's translation", [KOHL.format(year=1970)], [KOHL_ENTRY], "missing-reference", []),
    ("the original's title: no slip reported", [KOHL.format(year=1970)], [KOHL_ENTRY], "inconsistent-reference", []),
    ("a series read with the title, another title listed", [RUDD], [RUDD_ENTRY], "missing-reference", []),
    ("a series read with the title: no slip reported", [RUDD], [RUDD_ENTRY], "inconsistent-reference", []),
    ("the original's title and subtitle", ["Ida Kohl, *Der Hafen im Norden: Eine Geschichte* (Kassel: Lenz, 1970)."], [KOHL_ENTRY], "missing-reference", []),
    ("two works of one year, both listed", [VELL_ONE, VELL_TWO], [VELL_ENTRY, "Vell, *The Independence of the Docks*, 1939."], "missing-reference", []),
    ("the one work, another year", [KOHL.format(year=1975)], [KOHL_ENTRY], "missing-reference", [4]),
    ("two works of the writer listed, that year", [KOHL.format(year=1970)], [KOHL_ENTRY, "Kohl, *Salt and Iron*, 1970."], "missing-reference", [4]),
    ("the name written otherwise", ["Ida Kolh, *Der Hafen im Norden* (Kassel: Lenz, 1970), 3."], [KOHL_ENTRY], "missing-reference", [4]),
    ("the one work claimed by another title", [VELL_ONE, VELL_TWO], [VELL_ENTRY], "missing-reference", [5]),
    ("a body's one work of that year, another title", ["Harbour Tenants' Association, *Rent Strike Bulletin* (Leeds: Dale Press, 2019), 4."], ["Harbour Tenants' Association, *Strike Notice*, 2019."], "missing-reference", [4]),
    ("a short form of another title", ["Rudd, *Salt Roads*, 12."], [RUDD_ENTRY], "missing-reference", [4]),
]  # fmt: skip


test_one_work_of_year_class, test_the_rows_hold_both_ways = document_rows_tests(ROWS)
