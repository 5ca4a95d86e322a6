"""Issue 11: a writer named in Greek prose, then the work's marked title and its imprint in
brackets, with no comma between (Chicago's "X's *Title* (Place: Publisher, Year)" as a Greek
translation writes it: "Το βιβλίο του Τζόναθαν Φάροουμπι κυκλοφορεί στα ελληνικά ως *…*
(μτφρ. …, Κάκτος, Αθήνα 1995)", `extract/note_greek_writer_titles.py`); and the original
of such a translation in brackets after "το πρωτότυπο" or "η αγγλική έκδοση", by the same
writer (`extract/note_greek_originals.py`).

Constructed rows (every writer, title and publisher invented). Half or more are negatives:
a place's or a publisher's name after the article, a person in prose with a place and a
month, a university and its years, a paper and its date, a parliament with "τόμ.", "τεύχος"
where an imprint would stand, quantities; an original in brackets with no year."""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, negative_table_tests, work

ROWS = [
    ("a foreign writer in the genitive, στα ελληνικά ως, a translator's imprint",
     "Σ.τ.Μ.: Το βιβλίο του Τζόναθαν Φάροουμπι κυκλοφορεί στα ελληνικά ως *Ο μακρύς χειμώνας "
     "του λόγου* (μτφρ. Ε. Λάμπρου, Κάκτος, Αθήνα 1995).",
     [work("Φάροουμπι", "Ο μακρύς χειμώνας του λόγου", "1995")]),
    ("a Greek given name in the genitive, Place: Publisher",
     "Το βιβλίο του Ευστάθιου Βαρδάκα *Η πόλη και το κράτος* (Αθήνα: Πέλαγος, 1990) είναι "
     "κλασικό.",
     [work("Βαρδάκα", "Η πόλη και το κράτος", "1990")]),
    ("a writer in the nominative and a verb",
     "Ο Ευστάθιος Βαρδάκας έγραψε το *Η πόλη και το κράτος* (Αθήνα: Πέλαγος, 1990).",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("an initial, στο and a title in guillemets",
     "Η Μ. Ηλιοπούλου στο «Γράμματα από τη Σμύρνη» (Αθήνα: Εστία, 1999) γράφει ότι η πόλη "
     "ήταν κράτος.",
     [work("Ηλιοπούλου", "Γράμματα από τη Σμύρνη", "1999")]),
    ("στον before the writer, the English edition in brackets after the translation",
     "Ο συγγραφέας παραπέμπει στον Τζόναθαν Φάροουμπι και στο *Ο μακρύς χειμώνας του λόγου* "
     "(μτφρ. Ε. Λάμπρου, Κάκτος, Αθήνα 1995)· εδώ χρησιμοποιείται η αγγλική έκδοση (*The Long "
     "Winter of Reason*, London: Northgate Press, 1990).",
     [work("Φάροουμπι", "Ο μακρύς χειμώνας του λόγου", "1995"),
      work("Φάροουμπι", "The Long Winter of Reason", "1990")]),
    ("a title opening with a noun, Publisher, Place year",
     "Ο Ευστάθιος Βαρδάκας έγραψε το *Κεφάλαιο και εργασία* (μτφρ. Ε. Λάμπρου, Κάκτος, "
     "Αθήνα 1995).",
     [work("Βαρδάκας", "Κεφάλαιο και εργασία", "1995")]),
    ("negative: a place's name after the article",
     "Ο δήμος της Νέας Σμύρνης εξέδωσε το *Λεύκωμα των προσφύγων* (Αθήνα: Πέλαγος, 1990).",
     []),
    ("negative: a publisher's name after the article",
     "Η διεύθυνση των Εκδόσεων Κέδρος εξέδωσε το *Λεύκωμα* (Αθήνα: Κέδρος, 1990).", []),
    ("negative: a person, a city and a month",
     "Ο Ευστάθιος Βαρδάκας μετακόμισε στη Νέα Υόρκη (Μάιος 1990).", []),
    ("negative: a person, a place, a place before the year and a page",
     "Ο Ευστάθιος Βαρδάκας έζησε στη Νέα Σμύρνη (Αθήνα 1990, σ. 4).", []),
    ("negative: a university and its years",
     "Η Μαρία Ντελόγλου δίδαξε στο Πανεπιστήμιο Αθηνών (1990–1995).", []),
    ("negative: a paper in italics and its date",
     "Ο Ευστάθιος Βαρδάκας έγραψε για την *Αυγή* (12 Μαΐου 1990).", []),
    ("negative: a parliament in italics, τόμ. and a year",
     "Το πρωτόκολλο της Αθήνας υπογράφηκε στη *Βουλή* (τόμ. 2, 1990).", []),
    ("negative: quantities in italics and in the bracket",
     "Η απεργία του Πειραιά κράτησε *τρεις μέρες* (300 απεργοί, 1990).", []),
    ("negative: τεύχος and a page where the imprint would stand",
     "Ο Ευστάθιος Βαρδάκας έγραψε το *Η πόλη* (τεύχος 12, σ. 4).", []),
    ("negative: a year and a page in brackets after the original's lead",
     "Ε. Βαρδάκας, *Η πόλη και το κράτος*, Αθήνα: Πέλαγος, 1990· το πρωτότυπο (1988, σ. 4).",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
    ("negative: the original in brackets with no year",
     "Ε. Βαρδάκας, *Η πόλη και το κράτος*, Αθήνα: Πέλαγος, 1990· το πρωτότυπο (*La cité*, "
     "σ. 4).",
     [work("Βαρδάκας", "Η πόλη και το κράτος", "1990")]),
]  # fmt: skip

test_read_alike_in_both_renderings, test_no_author_year_in_the_web_copy = both_renderings_tests(
    ROWS
)
test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=17
)
