"""A short form after German "ders."/"dies." (derselbe, dieselbe: the same writer, DIN and
German practice) whose short title is one word before its page, behind a cue: "Vgl. ders.,
Ordnung, S. 4." after a note citing that writer. "Ders." stands for the writer's whole name,
never for a surname given names follow, so the word after its comma is the title, not a
given name (`note_reading._uninverted`). Every writer, title and place is invented.

Half the rows or more are negatives: "ders." and a page alone, "ders." before a year, a
place or a publisher, a writer's initials, prose after "ders.", a word in lower case. With
no writer before it, the title is kept with none, as a longer title's is."""

from __future__ import annotations

from tests.note_tables import context_table_tests, work

FIRST = ["Jakob Wendel: Die Ordnung der Dinge. Berlin 1931, S. 12."]
ANNA = ["Anna Wendel: Die Ordnung der Dinge. Berlin 1931, S. 12."]
SHORT = work("Wendel", "Ordnung", form="short")

# name, the notes before, the note, its readings
ROWS = [
    ("'Vgl. ders.,' and a one-word title", FIRST, "Vgl. ders., Ordnung, S. 4.", [SHORT]),
    ("'Siehe ders.,'", FIRST, "Siehe ders., Ordnung, S. 4.", [SHORT]),
    ("'Vgl. auch dies.,'", ANNA, "Vgl. auch dies., Ordnung, S. 4.", [SHORT]),
    ("'Vgl. ders.,' and a column", FIRST, "Vgl. ders., Ordnung, Sp. 4.", [SHORT]),
    ("'Vgl. dens.,' (the same, accusative)", FIRST, "Vgl. dens., Ordnung, S. 4.", [SHORT]),
    ("negative: 'ders.' and a page alone", FIRST, "Vgl. ders., S. 4.", []),
    ("negative: 'ders.' before a year", FIRST, "Vgl. ders., 1931, S. 4.", []),
    ("negative: 'ders.' before a place", FIRST, "Vgl. ders., Berlin, S. 4.", []),
    ("negative: 'ders.' before initials", FIRST, "Vgl. ders., J. Wendel, S. 4.", []),
    ("negative: prose after 'ders.'", FIRST, "Vgl. ders. meint, Ordnung, S. 4.", []),
    ("'ders.' with no writer before: the title kept, as a longer one is", [],
     "Vgl. ders., Ordnung, S. 4.", [work("", "Ordnung", form="short")]),
    ("negative: 'ders.' before a publisher", FIRST, "Vgl. ders., Dietz, S. 4.", []),
    ("negative: a word in lower case", FIRST, "Vgl. ders., passim, S. 4.", []),
]  # fmt: skip

test_readings, test_half_the_rows_or_more_are_negatives, test_negatives_read_no_writer = (
    context_table_tests(ROWS)
)
