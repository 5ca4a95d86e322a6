"""Issue 11: a Greek short form in brackets after a quotation or a sentence (Chicago 13.68 in
Greek notes): "… (Βαρδάκας, «Η πόλη», σ. 9)", and a web copy's "… (Βαρδάκας, Η πόλη, σ.
9)". The bracket's short form wanted a title in “…” or italics, and a plain title's second
letter: Greek titles in guillemets and titles opening with a one-letter article ("Η", "Ο")
were not read (`SHORT_IN_BRACKET`, `PLAIN_SHORT_IN_BRACKET` in `extract/note_bracketed.py`).

Constructed rows (every writer, title and paper invented). Half or more are negatives: a
place before a paper in guillemets or plain, a place and a year, "τεύχος", a journal, a
publisher, a parliament with "τόμ.", a date; quantities in the prose."""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, negative_table_tests, work

ROWS = [
    ("an italic short title opening with Η after prose",
     "Ο συγγραφέας γράφει ότι η πόλη είναι κράτος (Βαρδάκας, *Η πόλη*, σ. 9).",
     [work("Βαρδάκας", "Η πόλη", form="short")]),
    ("a short title in guillemets after a sentence",
     "Η πόλη είναι κράτος (Βαρδάκας, «Η πόλη», σ. 9).",
     [work("Βαρδάκας", "Η πόλη", form="short")]),
    ("a short title in guillemets, pages σσ., the writer in the prose too",
     "Ο Βαρδάκας απαντά (Βαρδάκας, «Η πόλη», σσ. 9–12).",
     [work("Βαρδάκας", "Η πόλη", form="short")]),
    ("an italic short title opening with Ο after a quotation",
     "«η πόλη είναι κράτος» (Βαρδάκας, *Ο λόγος*, σ. 12).",
     [work("Βαρδάκας", "Ο λόγος", form="short")]),
    ("negative: a place before a plain paper's name, a page",
     "Η είδηση δημοσιεύτηκε (Αθήνα, Η Αυγή, σ. 9).", []),
    ("negative: a place before a paper in guillemets, a page",
     "Η είδηση δημοσιεύτηκε (Αθήνα, «Η Αυγή», σ. 9).", []),
    ("negative: a place, a square, a year",
     "Η συγκέντρωση έγινε (Θεσσαλονίκη, Η πλατεία, 1990).", []),
    ("negative: a place, a union, τεύχος, a quantity in the prose",
     "Οι απεργοί ήταν 300 (Πειραιάς, Ο Σύλλογος, τεύχος 12).", []),
    ("negative: a journal before a title, a page",
     "Η είδηση δημοσιεύτηκε (Νέα Επιθεώρηση, Η κρίση, σ. 9).", []),
    ("negative: a publisher before a catalogue, a quantity in the prose",
     "Το ποσοστό ήταν 12% (Εκδόσεις Κέδρος, Ο κατάλογος, σ. 4).", []),
    ("negative: a parliament, a sitting, τόμ. and a page, a year in the prose",
     "Το σχέδιο ψηφίστηκε το 1990 (Βουλή, Η συνεδρίαση, τόμ. 2, σ. 4).", []),
    ("negative: a place before a paper in guillemets and its date",
     "Η είδηση δημοσιεύτηκε (Αθήνα, «Η Αυγή», 12 Μαΐου 1990).", []),
]  # fmt: skip

test_read_alike_in_both_renderings, test_no_author_year_in_the_web_copy = both_renderings_tests(
    ROWS
)
test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=12
)
