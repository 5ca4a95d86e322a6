"""Issue 11: a Greek full form in brackets inside a note's prose, its title left plain by a
web copy ("… (Ε. Βαρδάκας, Η πόλη και το κράτος, Πέλαγος, Αθήνα 1990, σ. 9)"). A bracket
read a full form after a given name only with a marked title (an English bracket's "Tomas
Verrell, Secretary" is an office); a Greek writer shown by an initial or a Greek given name,
a plain title and an imprint with its publisher or a page is read (`note_bracketed.py`).

Constructed rows (every writer, title and publisher invented). Half or more are negatives:
a person's office ("Πρόεδρος του Συλλόγου", "Γενικός Γραμματέας", "Βουλευτής Αθηνών") with a
place and a date, a publisher, places of two words, a journal, a body, "τεύχος", "τόμ.",
pages, quantities and years in the prose."""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, negative_table_tests, work

ROWS = [
    ("after a quotation in guillemets, an initial, Place: Publisher, year, a page",
     "Το θέτει ο Ε. Βαρδάκας: «η πόλη είναι κράτος» (Ε. Βαρδάκας, Η πόλη και το κράτος, "
     "Αθήνα: Πέλαγος, 1990, σ. 9).",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("after prose, a given name, Publisher, Place year, a page",
     "Η φράση είναι γνωστή (Ευστάθιος Βαρδάκας, Η πόλη και το κράτος, Πέλαγος, Αθήνα 1990, "
     "σ. 9).",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("a quotation opening the note, Place year and pages σσ.",
     "«η πόλη είναι κράτος» (Ε. Βαρδάκας, Η πόλη και το κράτος, Αθήνα 1990, σσ. 9-12).",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("Εκδόσεις and Place year, no page",
     "Η διάκριση προέρχεται από τη Νέα Αριστερά (Μ. Ντελόγλου, Οι δρόμοι της αναμονής, "
     "Εκδόσεις Ροή, Θεσσαλονίκη 2004).",
     [work("Ντελόγλου", "Οι δρόμοι της αναμονής", "2004")]),
    ("an italic title the web copy leaves plain",
     "Η φράση είναι γνωστή (Ευστάθιος Βαρδάκας, *Η πόλη και το κράτος*, Πέλαγος, Αθήνα "
     "1990, σ. 9).",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("negative: a person's office, a place and a year",
     "Η πρόταση ψηφίστηκε (Μαρία Ντελόγλου, Πρόεδρος του Συλλόγου, Αθήνα 1990).", []),
    ("negative: a publisher, a place before the year, a page",
     "Η έκθεση άνοιξε (Εκδόσεις Κέδρος, Αθήνα 1990, σ. 9).", []),
    ("negative: a place named for a saint, a place before the year",
     "Η συγκέντρωση έγινε εκεί (Αγία Παρασκευή, Αθήνα 1990, σ. 4).", []),
    ("negative: a place of two words before a title, τεύχος",
     "Οι απεργοί ήταν πολλοί (Νέα Σμύρνη, Οι απεργοί του λιμανιού, Αθήνα 1990, τεύχος 3).",
     []),
    ("negative: an initial and an office, a quantity in the prose",
     "Το ποσοστό έφτασε το 12% (Ε. Βαρδάκας, Γενικός Γραμματέας, Αθήνα 1990).", []),
    ("negative: a journal before a title, τόμ.",
     "Η εφημερίδα έγραψε για τη σύγκρουση (Νέα Επιθεώρηση, Τα γεγονότα του Μαΐου, Αθήνα "
     "1990, τόμ. 2).", []),
    ("negative: a given name and an office, a date",
     "Η ομιλία δόθηκε στο συνέδριο (Γιώργος Παπαδάκης, Βουλευτής Αθηνών, 12 Μαΐου 1990).",
     []),
    ("negative: a body before a title, a quantity in the prose",
     "Ο πληθυσμός ήταν 300.000 (Ελληνική Στατιστική Αρχή, Απογραφή του 1991, Αθήνα 1993, "
     "σ. 4).", []),
    ("negative: a region, a place before the year, a year in the prose",
     "Η σύγκρουση έγινε το 1944 (Κεντρική Μακεδονία, Θεσσαλονίκη 1990, σ. 4).", []),
]  # fmt: skip

test_read_alike_in_both_renderings, test_no_author_year_in_the_web_copy = both_renderings_tests(
    ROWS
)
test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=14
)
