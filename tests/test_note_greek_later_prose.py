"""Issue 11: two works set in one Greek sentence, the second after the first's year ("Η
κριτική του Τ. Φάροουμπι, *…*, Αθήνα: Κάκτος, 1995, απαντά στο Ε. Βαρδάκας, *…*, Αθήνα:
Πέλαγος, 1990"): the reader read the first and let it run to the sentence's end, and the
second was lost (`later_greek_prose_works` in `extract/note_greek_prose_works.py`).

Constructed rows (every writer, title and publisher invented). Half or more are negatives,
each one work: the book a chapter stands in after "στο" or "επιμ." (before any year, or
right after the piece's year), English words between the year and a person, a second
edition's or a reprint's imprint, a translator, an archive, a journal with "τεύχος", a
place, years and quantities in prose after the work."""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, negative_table_tests, work

ROWS = [
    ("a writer in the genitive, then στο and a second writer after the first year",
     "Η κριτική του Τ. Φάροουμπι, *Ο μακρύς χειμώνας του λόγου*, Αθήνα: Κάκτος, 1995, "
     "απαντά στο Ε. Βαρδάκας, *Η πόλη και το κράτος*, Αθήνα: Πέλαγος, 1990.",
     [work("Φάροουμπι", "Ο μακρύς χειμώνας του λόγου", "1995"),
      work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("after Βλ., a page, then τον and an article in guillemets",
     "Για το ζήτημα βλ. Ε. Βαρδάκας, *Η πόλη και το κράτος*, Αθήνα: Πέλαγος, 1990, σ. 12, "
     "που διαφωνεί με τον Χ. Ντελόγλου, «Η κρίση της αναμονής», *Τετράδια Κριτικής* 7 "
     "(2004), σσ. 3-9.",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990"),
      work("Ντελόγλου", "Η κρίση της αναμονής", "2004")]),
    ("two writers in the genitive, each with its book",
     "Το βιβλίο του Ε. Βαρδάκα, *Η πόλη και το κράτος*, Αθήνα: Πέλαγος, 1990, γράφτηκε ως "
     "απάντηση στο βιβλίο της Μ. Ηλιοπούλου, *Τα χρόνια της σιωπής*, Αθήνα: Εστία, 1988.",
     [work("Βαρδάκα", "Η πόλη και το κράτος", "1990"),
      work("Ηλιοπούλου", "Τα χρόνια της σιωπής", "1988")]),
    ("a second writer after a cue in prose, the first's page between",
     "Βλ. Τζόναθαν Φάροουμπι, *Ο μακρύς χειμώνας*, Αθήνα: Κάκτος, 1995, σ. 4, και για την "
     "ελληνική περίπτωση βλ. Ευστάθιος Βαρδάκας, «Η πόλη και το κράτος», *Νέα Επιθεώρηση* "
     "12 (1990), σσ. 9-103.",
     [work("Φάροουμπι", "Ο μακρύς χειμώνας", "1995"),
      work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("the first work's own year, not the second's it ran on to",
     "Βλ. Τζόναθαν Φάροουμπι, «Ο μακρύς χειμώνας», *Τετράδια Κριτικής* 7 (1995), σ. 4, και "
     "για την ελληνική περίπτωση βλ. Ευστάθιος Βαρδάκας, «Η πόλη και το κράτος», *Νέα "
     "Επιθεώρηση* 12 (1990), σσ. 9-103.",
     [work("Φάροουμπι", "Ο μακρύς χειμώνας", "1995"),
      work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("negative: the book a chapter stands in, στο before any year",
     "Ε. Βαρδάκας, «Το ζήτημα της γης», στο Α. Μαυρίδης, *Ιστορία της αγροτιάς*, "
     "Θεσσαλονίκη: Δέλτα, 1995, σ. 44.",
     [work("Βαρδάκας", "Το ζήτημα της γης", "1995")]),
    ("negative: a second edition's place, publisher and year",
     "Ευστάθιος Βαρδάκας, *Η πόλη και το κράτος*, Αθήνα: Πέλαγος, 1990, σ. 12, και στη β΄ "
     "έκδοση, Αθήνα: Πέλαγος, 1995, σ. 14.",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("negative: a place, a year and a quantity in prose after the work",
     "Ευστάθιος Βαρδάκας, *Η πόλη και το κράτος*, Αθήνα: Πέλαγος, 1990, σ. 12, όπου ο "
     "συγγραφέας γράφει ότι στην Αθήνα, το 1978, ζούσαν 3.000.000 άνθρωποι.",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("negative: a translator and the translation's imprint",
     "Τζόναθαν Φάροουμπι, *The Long Winter of Reason*, London: Northgate Press, 1990, ελλ. "
     "μτφρ. Ε. Λάμπρου, Αθήνα: Κάκτος, 1995, σ. 33.",
     [work("Φάροουμπι", "The Long Winter of Reason", "1990")]),
    ("negative: τόμ., τεύχος and an archive after the work",
     "Ε. Βαρδάκας, *Η πόλη και το κράτος*, Αθήνα: Πέλαγος, 1990, τόμ. 2, τεύχος 3, σ. 12, "
     "στο Αρχείο της Νέας Επιθεώρησης, Αθήνα 1992.",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("negative: a writer in prose with a year and a quantity, no title",
     "Ε. Βαρδάκας, *Η πόλη και το κράτος*, Αθήνα: Πέλαγος, 1990, σ. 12· το 1995 ο Χ. "
     "Ντελόγλου είχε 300 σελίδες έτοιμες, Αθήνα 1995.",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("negative: a journal, τεύχος, a place and a year",
     "Ε. Βαρδάκας, *Η πόλη και το κράτος*, Αθήνα: Πέλαγος, 1990, σ. 12, όπως και η Νέα "
     "Επιθεώρηση, τεύχος 12, Αθήνα 1991, σ. 4.",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("negative: the piece's year, then στο and its book's editor",
     "Ε. Βαρδάκας, «Το ζήτημα της γης» (1990), στο Α. Μαυρίδης, *Ιστορία της αγροτιάς*, "
     "Θεσσαλονίκη: Δέλτα, 1995, σ. 44.",
     [work("Βαρδάκας", "Το ζήτημα της γης", "1995")]),
    ("negative: the piece's year, then επιμ. and its book's editor",
     "Ε. Βαρδάκας, «Το ζήτημα της γης» (1990), επιμ. Α. Μαυρίδης, *Ιστορία της αγροτιάς*, "
     "Θεσσαλονίκη: Δέλτα, 1995, σ. 44.",
     [work("Βαρδάκας", "Το ζήτημα της γης", "1995")]),
    ("negative: English words between the year and a person",
     "Ε. Βαρδάκας, *Η πόλη και το κράτος*, Αθήνα: Πέλαγος, 1990, reprinted by the press of "
     "Α. Μαυρίδης, *Ιστορία της αγροτιάς*, Θεσσαλονίκη: Δέλτα, 1995.",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("negative: a reprint's publisher, place and year",
     "Ε. Βαρδάκας, *Η πόλη και το κράτος*, Αθήνα: Πέλαγος, 1990, επανέκδ. Εκδόσεις Ροή, "
     "Θεσσαλονίκη 2004, σ. 12.",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
]  # fmt: skip

test_read_alike_in_both_renderings, test_no_author_year_in_the_web_copy = both_renderings_tests(
    ROWS
)
test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=16
)
