"""Issue 11, round 28: Greek notes where a writer, a title and a year stood and nothing was
read. Constructed rows (every writer, title and publisher invented; real places), each read
as Markdown and as its web copy (`note_tables.web_copy`), half or more of them negatives:

1. A writer in Greek prose, then "στο" (in) and his work, marked or a web copy's plain title
   in sentence case, and its imprint: a place, a publisher and the year, or a place and the
   year before a page ("Όπως γράφει ο Γ. Βέλλας στο Η πόλη …, Αθήνα 1985, σ. 12"); "στο
   βιβλίο του" (in his book) before a bracketed imprint. A foreign writer kept in Latin
   script after a masculine article (Greek gives papers, journals and publishers the
   feminine). `note_greek_writer_sources`.
2. A writer in prose and a bracket right after the name that opens with the title and holds
   its imprint ("ανήκει στον Γ. Βέλλα (*…*, Αθήνα 1985, σ. 12)": Chicago's "Bellas (*Title*,
   Place Year, page)" declined). `note_greek_writer_sources`.
3. A note or a cue opening with a genitive article before the writer, a comma and a web
   copy's plain title ("Βλ. του Γ. Παπαδάκη, Η πόλη …, Αθήνα 1985": see G. Papadakis's …),
   which the ordinary reading, taking no article, left unread
   (`note_greek_prose_works.greek_prose_work`).

Negatives: a place and a year alone (a dateline), an office, a birth, a year alone, a place,
a publisher, a journal or a body in the writer's place, prose after the imprint or inside
the bracket, a place and a day after the title, a place after "στο". Every positive row
fails on main's code in at least one rendering (the rows run with `PYTHONPATH` at main)."""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, negative_table_tests, work

_CITY = "Η πόλη και η ύπαιθρος"
_POSTWAR = "Η ύπαιθρος μετά τον πόλεμο"

ROWS = [
    # 1. "in" his work, in prose
    (
        "in his work: ο Γ. Βέλλας στο, a place and a year before a page",
        f"Όπως γράφει ο Γ. Βέλλας στο *{_CITY}*, Αθήνα 1985, σ. 12.",
        [work("Βέλλας", _CITY, "1985")],
    ),
    (
        "in his work: του Γ. Βέλλα στο, the writer in the genitive",
        f"Η διατύπωση είναι του Γ. Βέλλα στο *{_CITY}*, Αθήνα 1985, σ. 12.",
        [work("Βέλλα", _CITY, "1985")],
    ),
    (
        "in his work: a Latin-script writer after a masculine article",
        "Την ιστορία αφηγείται ο Jean Morelle στο *La ville et la campagne*, Paris 1972, σ. 12.",
        [work("Morelle", "La ville et la campagne", "1972")],
    ),
    (
        "in his work: a Latin-script writer, place, publisher and year",
        "Το γράφει ο Pierre Dallard στο *Les ouvriers du tabac*, Paris: Maspero, 1971, p. 44.",
        [work("Dallard", "Les ouvriers du tabac", "1971")],
    ),
    (
        "in his work: a woman writer with her given name",
        "Την ίδια εικόνα δίνει η Ελένη Σταθάκη στο *Οι γυναίκες του καπνού*, Καβάλα 1992, σ. 30.",
        [work("Σταθάκη", "Οι γυναίκες του καπνού", "1992")],
    ),
    (
        "in his book: a comma after the writer, publisher and year in brackets",
        f"Ο Γ. Βέλλας, στο βιβλίο του *{_CITY}* (Κέδρος, 1985), υποστηρίζει ότι η πόλη προηγείται.",
        [work("Βέλλας", _CITY, "1985")],
    ),
    # 2. a bracket after the writer, opening with the title
    (
        "bracket after the writer: στον Γ. Βέλλα (title, place year, page)",
        f"Η διατύπωση ανήκει στον Γ. Βέλλα (*{_CITY}*, Αθήνα 1985, σ. 12).",
        [work("Βέλλα", _CITY, "1985")],
    ),
    (
        "bracket after the writer: the subject, place, publisher, year and page",
        f"Ο Γ. Βέλλας (*{_CITY}*, Αθήνα: Κέδρος, 1985, σ. 12) υποστηρίζει ότι η πόλη προηγείται.",
        [work("Βέλλας", _CITY, "1985")],
    ),
    (
        "bracket after the writer: a title in guillemets, pages",
        f"Το επιχείρημα είναι του Κ. Μαρκίδη («{_POSTWAR}», Αθήνα: Θεμέλιο, 1990, σσ. 45-47).",
        [work("Μαρκίδη", _POSTWAR, "1990")],
    ),
    (
        "bracket after the writer: a given name, publisher, place and year",
        f"Το επιχείρημα ανήκει στον Κώστα Μαρκίδη (*{_POSTWAR}*, Θεμέλιο, Αθήνα 1990).",
        [work("Μαρκίδη", _POSTWAR, "1990")],
    ),
    # 3. a genitive article opening the note's reading
    (
        "genitive opening: βλ. του, initials",
        f"Βλ. του Γ. Παπαδάκη, *{_CITY}*, Αθήνα 1985.",
        [work("Παπαδάκη", _CITY, "1985")],
    ),
    (
        "genitive opening: βλ. της, a given name, place, publisher and year",
        f"Βλ. της Μαρίας Βέλλα, *{_CITY}*, Αθήνα: Κέδρος, 1985.",
        [work("Βέλλα", _CITY, "1985")],
    ),
    # negatives
    (
        "negative: a place and a year alone in the bracket",
        "Ο Γ. Βέλλας (Αθήνα 1985, σ. 12) υποστηρίζει ότι η πόλη προηγείται.",
        [],
    ),
    (
        "negative: an office and a dateline in the bracket",
        "Ο Γ. Βέλλας (Υπουργός Παιδείας, Αθήνα 1985) υποστηρίζει ότι η πόλη προηγείται.",
        [],
    ),
    (
        "negative: a birth in the bracket",
        "Ο Γ. Βέλλας (γεν. 1920, Αθήνα) υποστηρίζει ότι η πόλη προηγείται.",
        [],
    ),
    (
        "negative: a year alone after the title",
        f"Ο Γ. Βέλλας, στο βιβλίο του *{_CITY}* (1985), υποστηρίζει ότι η πόλη προηγείται.",
        [],
    ),
    (
        "negative: a place in the writer's place",
        f"Η Νέα Σμύρνη στο *{_CITY}*, Αθήνα 1985, σ. 12, εμφανίζεται ως πρότυπο.",
        [],
    ),
    (
        "negative: a place and a year before prose, no page, no publisher",
        f"Ο Γ. Βέλλας στο {_CITY}, Αθήνα 1985, είπε ότι η πόλη προηγείται.",
        [],
    ),
    (
        "negative: prose inside the bracket",
        "Ο Γ. Βέλλας (Η πόλη, είπε, Αθήνα 1985) υποστηρίζει ότι η πόλη προηγείται.",
        [],
    ),
    (
        "negative: prose runs on after the year",
        f"Ο Γ. Βέλλας στο *{_CITY}*, Αθήνα 1985 και αργότερα στο Λονδίνο.",
        [],
    ),
    (
        "negative: a body, no person, after the genitive",
        "Βλ. της Κεντρικής Επιτροπής, Η απόφαση για την ύπαιθρο, Αθήνα 1985.",
        [],
    ),
    (
        "negative: prose after the plain title",
        f"Βλ. του Γ. Παπαδάκη, {_CITY}, είπε ο ίδιος το 1985.",
        [],
    ),
    (
        "negative: a place and a day after the plain title",
        f"Βλ. του Γ. Παπαδάκη, {_CITY}, Αθήνα, 12 Μαρτίου 1985.",
        [],
    ),
    (
        "negative: a publisher before the bracket",
        f"Οι Εκδόσεις Κέδρος (*{_CITY}*, Αθήνα 1985, σ. 12) το ανατύπωσαν.",
        [],
    ),
    (
        "negative: a journal before the bracket",
        f"Η Νέα Εστία (*{_CITY}*, Αθήνα 1985, σ. 12) το παρουσίασε.",
        [],
    ),
    (
        "negative: an archive's name in capitals after στο",
        "Το ίδιο υποστηρίζει ο Γ. Βέλλας στο Ιστορικό Αρχείο, Αθήνα 1985, σ. 12.",
        [],
    ),
    (
        "negative: a place after στο, a publisher and a year in brackets",
        "Ο Γ. Βέλλας έζησε στο Παρίσι (Κέδρος, 1985) και μετά επέστρεψε.",
        [],
    ),
]

test_greek_writer_sources_rows, test_greek_writer_sources_no_author_year_in_web = (
    both_renderings_tests(ROWS)
)
test_greek_writer_sources_half_negatives, test_greek_writer_sources_no_author_year = (
    negative_table_tests(ROWS)
)
