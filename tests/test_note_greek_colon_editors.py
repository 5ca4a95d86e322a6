"""Issue 11: two editors joined by a dash, with "(επιμ.)", after a Greek lead-in ending in a
colon ("Για το ζήτημα: Ε. Βαρδάκας – Χ. Ντελόγλου (επιμ.), *…*, Αθήνα: Νέα Σύνορα, 2004").
A writer after such a colon was read (`note_greek_prose_works`), editors with their mark
not: the mark stood between the names and the comma.

Constructed rows (every writer, title and publisher invented). Half or more are negatives:
a place, a publisher or a journal after the colon, two places joined by a dash, a body with
"(εκδ.)" and no title, years, "τεύχος", "τόμ." and quantities."""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, negative_table_tests, work

ROWS = [
    ("two editors with initials after a lead-in and a colon",
     "Για το ζήτημα: Ε. Βαρδάκας – Χ. Ντελόγλου (επιμ.), *Η πόλη και το κράτος*, Αθήνα: Νέα "
     "Σύνορα, 2004.",
     [work("Βαρδάκας/Ντελόγλου", "Η πόλη και το κράτος", "2004")]),
    ("another lead-in, a collection's title in guillemets",
     "Στο ίδιο πνεύμα: Ε. Βαρδάκας – Χ. Ντελόγλου (επιμ.), «Η πόλη και το κράτος», *Νέα "
     "Επιθεώρηση* 12 (2004), σσ. 3-9.",
     [work("Βαρδάκας/Ντελόγλου", "Η πόλη και το κράτος", "2004")]),
    ("given names, Εκδόσεις, Place year",
     "Για την περίοδο: Ευστάθιος Βαρδάκας – Χαράλαμπος Ντελόγλου (επιμ.), *Οι δρόμοι της "
     "αναμονής*, Εκδόσεις Ροή, Θεσσαλονίκη 2004.",
     [work("Βαρδάκας/Ντελόγλου", "Οι δρόμοι της αναμονής", "2004")]),
    ("negative: a place and a publisher after the colon",
     "Για το ζήτημα: Αθήνα: Νέα Σύνορα, 2004, σ. 4.", []),
    ("negative: two places joined by a dash, a year",
     "Για τη διαδρομή: Αθήνα – Θεσσαλονίκη, 1990, 300 χιλιόμετρα.", []),
    ("negative: a journal, τεύχος",
     "Για το ζήτημα: Νέα Επιθεώρηση, τεύχος 12, 2004, σ. 4.", []),
    ("negative: a body with (εκδ.), τόμ., no title",
     "Για τα στοιχεία: Ελληνική Στατιστική Αρχή (εκδ.), Αθήνα 1993, τόμ. 2, σ. 4.", []),
    ("negative: a publisher and a place with (εκδ.), a quantity",
     "Για τις πωλήσεις: Εκδόσεις Κέδρος (εκδ.), Αθήνα 1990, 12.000 αντίτυπα.", []),
    ("negative: a year range and a place",
     "Για την περίοδο: 1944 – 1949, Αθήνα, τόμ. 2.", []),
]  # fmt: skip

test_read_alike_in_both_renderings, test_no_author_year_in_the_web_copy = both_renderings_tests(
    ROWS
)
test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=9
)
