"""Issue 11: Greek author-date with the given name first and the year in brackets after the
names ("Ευστάθιος Βαρδάκας (1990), *Η πόλη και το κράτος*, Αθήνα: Πέλαγος"), and the
same with the article's title in guillemets ("Ε. Βαρδάκας (1990), «…», *Περιοδικό* 12").
An initial showed a person before; a Greek given name shows one as well
(`extract/note_dated_names.py`), and «…» opens a title as “…” does.

Constructed rows (every writer, title and publisher invented). Half or more are negatives:
two-word places and regions ("Αγία Παρασκευή", "Νέα Σμύρνη", "Άνω Λιόσια", "Κεντρική
Μακεδονία"), a publisher, a journal, a place and a publisher read as a title, quantities,
"τεύχος", "τόμ." and pages. The web copy reads a journal left plain no better than before
(its column)."""

from __future__ import annotations

from tests.note_tables import negative_table_tests, rendering_table_tests, work

# (name, note, Markdown readings, web readings)
ROWS = [
    ("a given name, an italic title, Place: Publisher with no year",
     "Ευστάθιος Βαρδάκας (1990), *Η πόλη και το κράτος*, Αθήνα: Πέλαγος.",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")],
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("a woman's given name, Place: Publisher and pages σσ.",
     "Μαρία Ντελόγλου (2004), *Οι δρόμοι της αναμονής*, Θεσσαλονίκη: Ροή, σσ. 7-9.",
     [work("Ντελόγλου", "Οι δρόμοι της αναμονής", "2004")],
     [work("Ντελόγλου", "Οι δρόμοι της αναμονής", "2004")]),
    ("a given name, an article in guillemets, a journal's volume",
     "Ευστάθιος Βαρδάκας (1990), «Το ζήτημα της γης», *Νέα Επιθεώρηση* 12, σσ. 3-9.",
     [work("Βαρδάκας", "Το ζήτημα της γης", "1990")], []),
    ("an initial, an article in guillemets, a journal's volume and issue",
     "Ε. Βαρδάκας (1990), «Το ζήτημα της γης», *Νέα Επιθεώρηση* 12 (3), σσ. 3-9.",
     [work("Βαρδάκας", "Το ζήτημα της γης", "1990")], []),
    ("a chapter in guillemets, στο an editor's book",
     "Χαράλαμπος Ντελόγλου (2004), «Η κρίση της αναμονής», στο Α. Μαυρίδης (επιμ.), "
     "*Ιστορία της αγροτιάς*, Θεσσαλονίκη: Δέλτα, σ. 44.",
     [work("Ντελόγλου", "Η κρίση της αναμονής", "2004")],
     [work("Ντελόγλου", "Η κρίση της αναμονής", "2004")]),
    ("negative: a place named for a saint before an article in guillemets",
     "Αγία Παρασκευή (1990), «Το ζήτημα της γης», *Νέα Επιθεώρηση* 12, σσ. 3-9.", [], []),
    ("negative: a place of two words before an article in guillemets",
     "Νέα Σμύρνη (1990), «Το ζήτημα της γης», *Νέα Επιθεώρηση* 12, σσ. 3-9.", [], []),
    ("negative: a place of two words, Place: Publisher",
     "Άνω Λιόσια (1990), *Το ζήτημα της γης*, Αθήνα: Πέλαγος.", [], []),
    ("negative: a publisher before an article in guillemets",
     "Εκδόσεις Πέλαγος (1990), «Το ζήτημα της γης», *Νέα Επιθεώρηση* 12, σσ. 3-9.", [], []),
    ("negative: a region, Place: Publisher",
     "Κεντρική Μακεδονία (2004), *Οι δρόμοι της αναμονής*, Θεσσαλονίκη: Ροή.", [], []),
    ("negative: a journal, τεύχος and pages",
     "Νέα Επιθεώρηση (1990), «Το ζήτημα της γης», τεύχος 12, σσ. 3-9.", [], []),
    ("negative: a place named for a saint, τόμ. and a page",
     "Άγιος Δημήτριος (2004), «Οι δρόμοι της αναμονής», *Τετράδια* 7, τόμ. 2, σ. 4.", [], []),
    ("negative: a quantity where a title would stand",
     "Ελένη Παπαδάκη (1990), 320 σελίδες, Αθήνα: Πέλαγος.", [], []),
    ("negative: a place and a publisher where a title would stand",
     "Μαρία Ντελόγλου (2004), Θεσσαλονίκη: Ροή, σσ. 7-9.", [], []),
    ("negative: a journal's τεύχος and a page where a title would stand",
     "Ευστάθιος Βαρδάκας (1990), τεύχος 3, Αθήνα: Πέλαγος, σ. 4.", [], []),
]  # fmt: skip

test_markdown_readings, test_web_readings = rendering_table_tests(ROWS)
test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=14
)
