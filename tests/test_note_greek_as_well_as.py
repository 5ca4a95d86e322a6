"""Issue 11: "καθώς και" / "όπως και" (as well as) joining two works in one Greek note after
the first's pages ("…, 1990, σσ. 123-125, καθώς και Ε. Ντελόγλου, *…*, Αθήνα: Ροή, 2004"),
as "and"/"και" and English "as well as" do (`SEGMENT_CUE` in `extract/note_patterns.py`).
The second work was read into the first (its year taken for the first's), or lost.

Constructed rows (every writer, title and publisher invented). Half or more are negatives:
after "καθώς και" a place and a publisher, a journal with "τεύχος", a person in prose with a
year and a quantity, a place named for a saint with "τόμ.", a publisher; quantities."""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, negative_table_tests, work

ROWS = [
    ("καθώς και before an initial, a surname and an italic title",
     "Βλ. Ευστάθιος Βαρδάκας, *Η πόλη και το κράτος*, Αθήνα: Πέλαγος, 1990, σσ. 123-125, "
     "καθώς και Ε. Ντελόγλου, *Οι δρόμοι της αναμονής*, Αθήνα: Ροή, 2004, σ. 4.",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990"),
      work("Ντελόγλου", "Οι δρόμοι της αναμονής", "2004")]),
    ("όπως και before an article in guillemets, a plain first title",
     "Βλ. Ευστάθιος Βαρδάκας, Η πόλη και το κράτος, Αθήνα: Πέλαγος, 1990, σσ. 123-125, "
     "όπως και Ε. Ντελόγλου, «Οι δρόμοι της αναμονής», Νέα Επιθεώρηση 12 (2004), σ. 4.",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990"),
      work("Ντελόγλου", "Οι δρόμοι της αναμονής", "2004")]),
    ("two op. cit. joined by καθώς και",
     "Βλ. Βαρδάκας, ό.π., σ. 9, καθώς και Ντελόγλου, ό.π., σ. 4.",
     [work("Βαρδάκας", "", "", "op-cit"), work("Ντελόγλου", "", "", "op-cit")]),
    ("an op. cit. with its note, then a full form: the op. cit. takes no year",
     "Βλ. επίσης Βαρδάκας, ό.π. (σημ. 9), σσ. 123-125, καθώς και Ε. Ντελόγλου, *Οι δρόμοι "
     "της αναμονής*, Αθήνα: Ροή, 2004, σ. 4.",
     [work("Βαρδάκας", "", "", "op-cit"),
      work("Ντελόγλου", "Οι δρόμοι της αναμονής", "2004")]),
    ("negative: a place and a publisher after καθώς και",
     "Βλ. Ευστάθιος Βαρδάκας, Η πόλη και το κράτος, Αθήνα: Πέλαγος, 1990, σσ. 123-125, "
     "καθώς και Αθήνα: Κέδρος, 1992.",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("negative: a journal and τεύχος after καθώς και",
     "Βλ. Ευστάθιος Βαρδάκας, Η πόλη και το κράτος, Αθήνα: Πέλαγος, 1990, σσ. 123-125, "
     "καθώς και Νέα Επιθεώρηση, τεύχος 12, 1992.",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("negative: a person in prose, a year and a quantity",
     "Βλ. Ευστάθιος Βαρδάκας, *Η πόλη και το κράτος*, Αθήνα: Πέλαγος, 1990, σ. 12, καθώς "
     "και ο Ε. Ντελόγλου το 2004 με 300 μέλη.",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("negative: a place named for a saint, a place before the year, τόμ.",
     "Βλ. Ευστάθιος Βαρδάκας, *Η πόλη και το κράτος*, Αθήνα: Πέλαγος, 1990, σ. 12, καθώς "
     "και η Αγία Παρασκευή, Αθήνα 1992, τόμ. 2.",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("negative: quantities, a body, a place and a year",
     "Οι απεργοί ήταν 300, καθώς και 12 μέλη του Συλλόγου, Αθήνα 1990.", []),
    ("negative: a publisher after όπως και",
     "Βλ. Ευστάθιος Βαρδάκας, *Η πόλη και το κράτος*, Αθήνα: Πέλαγος, 1990, σ. 12, όπως "
     "και Εκδόσεις Κέδρος, Αθήνα 1992, σ. 4.",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
]  # fmt: skip

test_read_alike_in_both_renderings, test_no_author_year_in_the_web_copy = both_renderings_tests(
    ROWS
)
test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=10
)
