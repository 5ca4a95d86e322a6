"""Issue 11: "από" (from) inside a web copy's plain Greek title ("Μάρθα Ηλιοπούλου, Από τη
Σμύρνη στον Πειραιά, Αθήνα: Εστία, 1999"). "Από το/τη …" before a capital cut the note as
the opening of a work quoted from ("Η παράθεση είναι από το: …"), so the title was cut at
"από" and "Μικρά Ασία" read as a writer. "From" opens a work only before a colon, a title's
mark or an initial (`GREEK_QUOTED_IN` in `extract/note_greek.py`).

Constructed rows (every writer, title and publisher invented). Two rows keep "από το" before
a work quoted from (a colon, an initial); half the rows are negatives: places after "από"
in prose, with years, a publisher, a body, "τεύχος", "τόμ.", pages and quantities."""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, negative_table_tests, work

ROWS = [
    ("a title opening with Από",
     "Βλ. Μάρθα Ηλιοπούλου, Από τη Σμύρνη στον Πειραιά, Αθήνα: Εστία, 1999, σ. 4.",
     [work("Ηλιοπούλου", "Από τη Σμύρνη στον Πειραιά", "1999")]),
    ("από and a place of two words inside the title",
     "Μάρθα Ηλιοπούλου, Οι πρόσφυγες από τη Μικρά Ασία, Εστία, Αθήνα 1999, σ. 4.",
     [work("Ηλιοπούλου", "Οι πρόσφυγες από τη Μικρά Ασία", "1999")]),
    ("από and a place ending the title",
     "Βλ. Μάρθα Ηλιοπούλου, Γράμματα από τη Σμύρνη, Αθήνα: Εστία, 1999, σ. 4.",
     [work("Ηλιοπούλου", "Γράμματα από τη Σμύρνη", "1999")]),
    ("από την and a place, Place year",
     "Μ. Ηλιοπούλου, Η φυγή από την Αθήνα, Θεσσαλονίκη 1999, σσ. 4-9.",
     [work("Ηλιοπούλου", "Η φυγή από την Αθήνα", "1999")]),
    ("από το: before the work quoted from (as before)",
     "Η παράθεση είναι από το: Μάρθα Ηλιοπούλου, *Γράμματα*, Εστία, Αθήνα 1999.",
     [work("Ηλιοπούλου", "Γράμματα", "1999")]),
    ("από το before an initial (as before)",
     "Η φράση «η πόλη είναι κράτος» είναι από το Ε. Βαρδάκας, *Η πόλη και το κράτος*, "
     "Αθήνα: Πέλαγος, 1990, σ. 9.",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("negative: από το and a year", "Από το 1968 στην Αθήνα.", []),
    ("negative: από τη and a place, a year and a quantity",
     "Η οικογένεια έφυγε από τη Σμύρνη το 1922 με 300 άλλους πρόσφυγες.", []),
    ("negative: από τη and a place of two words, Place year in prose",
     "Οι πρόσφυγες από τη Μικρά Ασία έφτασαν στον Πειραιά, Αθήνα 1922.", []),
    ("negative: Από την and a place, a publisher, a year",
     "Από την Αθήνα, Κέδρος, 1978, σ. 4.", []),
    ("negative: a body after από την, τόμ. and a page",
     "Τα στοιχεία είναι από την Ελληνική Στατιστική Αρχή, Αθήνα 1993, τόμ. 2, σ. 4.", []),
    ("negative: a journal after από τη, τεύχος",
     "Ο αριθμός από τη Νέα Επιθεώρηση, τεύχος 12, 1990, σ. 4.", []),
]  # fmt: skip

test_read_alike_in_both_renderings, test_no_author_year_in_the_web_copy = both_renderings_tests(
    ROWS
)
test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=12
)
