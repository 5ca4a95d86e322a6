"""Greek notes in web copies: where a plain title set in prose ends when the imprint after
its comma names a publisher and a year, no place (Greek practice: "Συγγραφέας, *Τίτλος*,
εκδ. Χ, 2005", "Εκδόσεις Χ", "Εκδοτική Χ", "Βιβλιοπωλείο της Χ"; an edition, a volume or a
translator before it), and "ιδίως σ." (especially) before a short form's page; and two
false readings: a Greek place opened by "Νέα", "Άγιος", "Μικρά" … read as a writer ("Βλ. της
Νέας Σμύρνης, *…*"), and a newspaper after "έγραψε στην" read as the work's title (the paper
is a container: its day's date says so). Constructed notes, invented writers, titles and
publishers (real places), each read as Markdown and as its web copy (no emphasis); at least
half negatives: a place and a year alone, a publisher alone, prose with a comma, page
ranges, a "ΦΕΚ" number, dates, one unknown word before the year, prose after the imprint.
"""

from __future__ import annotations

from tests.note_tables import (
    negative_table_tests,
    rendering_table_tests,
    work,
)

_PAPADAKIS = [work("Παπαδάκης", "Η πόλη και τα τείχη", "2005")]
_MAVRAKI = [work("Μαυράκη", "Οι πρόσφυγες στην πόλη", "1998")]
_STAVRIDIS_1985 = [work("Σταυρίδης", "Το λιμάνι και οι εργάτες του", "1985")]
_STAVRIDIS_SHORT = [work("Σταυρίδης", "Το λιμάνι", form="short")]

# (name, note, Markdown's readings, the web copy's readings)
CASES = [
    (
        "prose_flagged_publisher_year",
        "Για το ζήτημα βλ. Γ. Παπαδάκης, *Η πόλη και τα τείχη*, εκδ. Κέδρος, 2005.",
        _PAPADAKIS,
        _PAPADAKIS,
    ),
    (
        "prose_publications_word_year_page",
        "Για το ζήτημα βλ. Γ. Παπαδάκης, *Η πόλη και τα τείχη*, Εκδόσεις Κέδρος, 2005, σ. 4.",
        _PAPADAKIS,
        _PAPADAKIS,
    ),
    (
        "prose_publishing_house_word",
        "Για τη συζήτηση βλ. Ελένη Μαυράκη, *Οι πρόσφυγες στην πόλη*, Εκδοτική Αθηνών, 1998.",
        _MAVRAKI,
        _MAVRAKI,
    ),
    (
        "prose_bookshop_word_page_range",
        "Για τη συζήτηση βλ. Ελένη Μαυράκη, *Οι πρόσφυγες στην πόλη*, Βιβλιοπωλείο της Εστίας,"
        " 1998, σσ. 40-52.",
        _MAVRAKI,
        _MAVRAKI,
    ),
    (
        "prose_as_shows_flagged_publisher",
        "Όπως δείχνει ο Ν. Σταυρίδης, *Το λιμάνι και οι εργάτες του*, εκδ. Θεμέλιο, 1979,"
        " σσ. 12-14.",
        [work("Σταυρίδης", "Το λιμάνι και οι εργάτες του", "1979")],
        [work("Σταυρίδης", "Το λιμάνι και οι εργάτες του", "1979")],
    ),
    (
        "prose_known_publisher_year",
        "Για το ζήτημα βλ. Γ. Παπαδάκης, *Η πόλη και τα τείχη*, Κέδρος, 2005.",
        _PAPADAKIS,
        _PAPADAKIS,
    ),
    (
        "prose_translator_then_publisher_year",
        "Για τη διάσπαση βλ. Ρ. Λανγκ, *Η τάξη μετά την κρίση*, μτφρ. Ε. Κατσικάρη, εκδ. Κέδρος,"
        " 2005.",
        [work("Λανγκ", "Η τάξη μετά την κρίση", "2005")],
        [work("Λανγκ", "Η τάξη μετά την κρίση", "2005")],
    ),
    (
        "prose_edition_then_publisher_place_year",
        "Για τη διάσπαση βλ. Ν. Σταυρίδης, *Το λιμάνι και οι εργάτες του*, 2η έκδ., Θεμέλιο,"
        " Αθήνα 1985.",
        _STAVRIDIS_1985,
        _STAVRIDIS_1985,
    ),
    (
        "prose_edition_letter_then_publisher_year",
        "Για τη διάσπαση βλ. Ν. Σταυρίδης, *Το λιμάνι και οι εργάτες του*, Β΄ έκδ., Εκδόσεις"
        " Θεμέλιο, 1985.",
        _STAVRIDIS_1985,
        _STAVRIDIS_1985,
    ),
    (
        "prose_subtitle_then_publisher_year",
        "Για το ζήτημα βλ. Γ. Παπαδάκης, *Η πόλη. Ιστορία των τειχών*, εκδ. Κέδρος, 2005.",
        [work("Παπαδάκης", "Η πόλη. Ιστορία των τειχών", "2005")],
        [work("Παπαδάκης", "Η πόλη", "2005")],
    ),
    (
        "short_form_especially_page",
        "Σταυρίδης, *Το λιμάνι*, ιδίως σ. 12.",
        _STAVRIDIS_SHORT,
        _STAVRIDIS_SHORT,
    ),
    (
        "prose_short_form_especially_page",
        "Για τις απεργίες βλ. Σταυρίδης, *Το λιμάνι*, ιδίως σ. 12.",
        _STAVRIDIS_SHORT,
        _STAVRIDIS_SHORT,
    ),
    # one word no list knows before the year: a publisher or a place? A web copy's title
    # is not vouched for by it (Markdown's italics vouch alone)
    (
        "negative_unknown_word_before_year",
        "Για το ζήτημα βλ. Γ. Παπαδάκης, *Η πόλη και τα τείχη*, Ερμής, 2005.",
        _PAPADAKIS,
        [],
    ),
    (
        "negative_a_date_after_the_title",
        "Για το ζήτημα βλ. Γ. Παπαδάκης, *Η πόλη και τα τείχη*, 12 Μαΐου 2005.",
        _PAPADAKIS,
        [],
    ),
    (
        "negative_a_year_alone_after_the_title",
        "Για το ζήτημα βλ. Γ. Παπαδάκης, *Η πόλη και τα τείχη*, 2005.",
        _PAPADAKIS,
        [],
    ),
    (
        "negative_prose_goes_on_after_the_imprint",
        "Για το ζήτημα βλ. Γ. Παπαδάκης, *Η πόλη και τα τείχη*, εκδ. Κέδρος, 2005, είπε ότι"
        " όλα άλλαξαν.",
        _PAPADAKIS,
        [],
    ),
    (
        "negative_edition_then_a_year_alone",
        "Για τη διάσπαση βλ. Ν. Σταυρίδης, *Το λιμάνι και οι εργάτες του*, 2η έκδ., 1985.",
        _STAVRIDIS_1985,
        [],
    ),
    ("negative_place_and_year_alone", "Αθήνα 2005.", [], []),
    ("negative_publisher_alone", "Εκδόσεις Κέδρος, 2005.", [], []),
    (
        "negative_prose_with_a_comma",
        "Για το ζήτημα, όπως είδαμε, η πόλη άλλαξε, Εκδόσεις Κέδρος, 2005.",
        [],
        [],
    ),
    ("negative_page_range", "Για τη διάσπαση βλ. σσ. 12-14, Αθήνα 2005.", [], []),
    ("negative_gazette_number", "Βλ. ΦΕΚ Α΄ 79, 1 Ιουλίου 1982, σ. 4.", [], []),
    (
        "negative_a_date_in_prose",
        "Ο νόμος ψηφίστηκε στις 12 Μαΐου 1936, Εκδόσεις Κέδρος, 1936.",
        [],
        [],
    ),
    (
        "negative_place_new_in_the_genitive",
        "Βλ. της Νέας Σμύρνης, *Η προσφυγική εγκατάσταση*, Αθήνα 1990.",
        [],
        [],
    ),
    (
        "negative_place_saint_before_a_page",
        "Για τους πρόσφυγες βλ. του Αγίου Νικολάου, *Χρονικό της ενορίας*, σ. 12.",
        [],
        [],
    ),
    (
        "negative_place_minor_plain_title",
        "Βλ. της Μικράς Ασίας, Ο ξεριζωμός, Αθήνα: Κέδρος, 1990.",
        [],
        [],
    ),
    (
        "negative_person_in_the_genitive_is_kept",
        "Βλ. της Ελένης Ζαχαρίου, *Η προσφυγική εγκατάσταση*, Αθήνα 1990.",
        [work("Ζαχαρίου", "Η προσφυγική εγκατάσταση", "1990")],
        [work("Ζαχαρίου", "Η προσφυγική εγκατάσταση", "1990")],
    ),
    (
        "negative_paper_after_wrote_in_with_its_day",
        "Ο Παπαδάκης έγραψε στην *Καθημερινή*, 12 Μαΐου 1936.",
        [],
        [],
    ),
    (
        "negative_paper_of_the_day_in_the_genitive",
        "Ο Γ. Παπαδάκης έγραψε στην *Καθημερινή* της 12ης Μαΐου 1936.",
        [],
        [],
    ),
    (
        "negative_paper_with_a_numeric_date_and_page",
        "Ο Γ. Παπαδάκης έγραψε στο *Βήμα*, 3/4/1990, σ. 3.",
        [],
        [],
    ),
    # a book after "στο" is dated by its year, not a day: still the work's title
    (
        "negative_book_after_in_with_a_year_is_kept",
        "Ο Παπαδάκης υποστηρίζει στο *Κεφάλαιο*, 1936, σ. 4.",
        [work("Παπαδάκης", "Κεφάλαιο", "1936")],
        [],
    ),
]

test_markdown, test_web_copy = rendering_table_tests(CASES)
test_balance, test_negatives_read_no_author_year = negative_table_tests(CASES, least=24)
