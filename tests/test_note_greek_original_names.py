"""Issue 11: a foreign writer's name in Greek letters with its original spelling in brackets
("Τζόναθαν Φάροουμπι (Jonathan Farrowby), *…*, Αθήνα: Κάκτος, 1995"), as Greek academic
practice gives a transliterated name the first time (`extract/note_original_names.py`).
The bracket stood between the writer and the comma or "στο" after the names, and the work
was not read at all.

Constructed rows (every writer, title and publisher invented). Half or more are negatives:
a bracket after a publisher, a place, a body or a surname in prose, a bracket that is no
transliteration of the words before it ("Φάροουμπι (Northgate Press)"), years, quantities,
"τεύχος", "τόμ." and pages."""

from __future__ import annotations

import pytest

from citecheck.extract.note_original_names import without_original_names
from tests.note_tables import both_renderings_tests, negative_table_tests, work

ROWS = [
    ("a given name and a surname, an italic Greek title, Place: Publisher, year",
     "Τζόναθαν Φάροουμπι (Jonathan Farrowby), *Ο μακρύς χειμώνας του λόγου*, Αθήνα: "
     "Κάκτος, 1995, σ. 33.",
     [work("Φάροουμπι", "Ο μακρύς χειμώνας του λόγου", "1995")]),
    ("an initial, an article in guillemets, a journal's volume and year",
     "Μ. Κλάιν (M. Klein), «Η σιωπή των λιμανιών», *Νέα Επιθεώρηση* 12 (1990), σσ. 3-9.",
     [work("Κλάιν", "Η σιωπή των λιμανιών", "1990")]),
    ("an English title and its imprint in brackets (Chicago in a Greek note)",
     "Τζόναθαν Φάροουμπι (Jonathan Farrowby), *The Long Winter of Reason* (London: "
     "Northgate Press, 1990), σ. 33.",
     [work("Φάροουμπι", "The Long Winter of Reason", "1990")]),
    ("after Βλ., a translator and Εκδόσεις before Place year",
     "Βλ. Μαρκ Ολιβέν (Marc Olivain), *Η ανολοκλήρωτη Κυριακή*, μτφρ. Ε. Λάμπρου, "
     "Εκδόσεις Κάκτος, Αθήνα 1984, σ. 7.",
     [work("Ολιβέν", "Η ανολοκλήρωτη Κυριακή", "1984")]),
    ("in prose: ο … στο, the imprint in brackets",
     "Ο Τζόναθαν Φάροουμπι (Jonathan Farrowby) στο *The Long Winter of Reason* (London: "
     "Northgate Press, 1990), σ. 33, υποστηρίζει ότι η κρίση ήταν βαθιά.",
     [work("Φάροουμπι", "The Long Winter of Reason", "1990")]),
    ("a double surname joined by a hyphen",
     "Χίλντα Ρος-Ουέμπ (Hilda Ross-Webb), *Τα χρόνια της σιωπής*, Αθήνα: Πέλαγος, 2001, "
     "σσ. 12-14.",
     [work("Ρος-Ουέμπ", "Τα χρόνια της σιωπής", "2001")]),
    ("negative: a publisher's name in Latin letters", "Εκδόσεις Κέδρος (Kedros), Αθήνα 1990, σ. 12.",
     []),
    ("negative: a place of two words and a year", "Η Νέα Υόρκη (New York), 1990, σ. 4.", []),
    ("negative: a surname in prose, an edition's siglum in the bracket",
     "Ο Μαρξ (MEW 23) γράφει ότι το κεφάλαιο είναι σχέση.", []),
    ("negative: a place, a year and a quantity",
     "Στη Θεσσαλονίκη (Salonica) το 1990 ζούσαν 300.000 άνθρωποι.", []),
    ("negative: a place's old name, a journal and τεύχος",
     "Ο πληθυσμός της Σμύρνης (Smyrna) το 1900 ήταν 200.000, σύμφωνα με τη Νέα Επιθεώρηση, "
     "τεύχος 12.", []),
    ("negative: the bracket no transliteration of the names (a publisher)",
     "Τζόναθαν Φάροουμπι (Northgate Press), Λονδίνο 1990, σ. 4.", []),
    ("negative: a body's name, a place, τόμ. and a page",
     "Η Διεθνής Αμνηστία (Amnesty International), Λονδίνο 1990, τόμ. 2, σ. 4.", []),
    ("negative: a place, a year and a quantity in prose",
     "Το Λονδίνο (London) είχε το 1990 περίπου 7 εκατομμύρια κατοίκους.", []),
    ("negative: a publisher, a place before the year, a page count",
     "Πέλαγος (Pelagos), Αθήνα 1990, 320 σελίδες.", []),
    ("negative: a year in the bracket after a surname in prose",
     "Η Σμύρνη (1922) και η Αθήνα (1944) είναι οι δύο πόλεις του βιβλίου.", []),
]  # fmt: skip

test_read_alike_in_both_renderings, test_no_author_year_in_the_web_copy = both_renderings_tests(
    ROWS
)
test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=14
)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Τζόναθαν Φάροουμπι (Jonathan Farrowby), *Α*", "Τζόναθαν Φάροουμπι, *Α*"),
        ("Μ. Κλάιν (M. Klein) στο", "Μ. Κλάιν στο"),
        ("Ζαν-Λυκ Μπαρό (Jean-Luc Barreau), «Α»", "Ζαν-Λυκ Μπαρό, «Α»"),
        ("Εκδόσεις Κέδρος (Kedros), Αθήνα", None),  # one Latin word for two Greek ones
        ("Ο Φάροουμπι (Farrowby) γράφει", "Ο Φάροουμπι γράφει"),
        ("Φάροουμπι (Northgate Press)", None),  # "Φ" is no "N"
        # a given name spelt out on one side only (round 24: the original as the title page
        # gives it); never the surname
        ("Μ. Κλάιν (Mark Klein)", "Μ. Κλάιν"),
        ("Μάρκος Κλάιν (Mark K.)", None),  # the surname as an initial
        ("Φάροουμπι (London: Dale, 1990)", None),  # an imprint
    ],
)
def test_the_bracket_is_cut_only_after_the_names_it_spells(text: str, kept: str | None) -> None:
    short = without_original_names(text)
    assert (short.text if short is not None else None) == kept


def test_the_reading_keeps_the_bracket_in_its_text() -> None:
    from tests.note_tables import built_from_note

    note = "Βλ. Μ. Κλάιν (M. Klein), *Η σιωπή*, Αθήνα: Κάκτος, 1995, σ. 33."
    (citation,) = built_from_note(note).note_citations
    assert citation.text == "Μ. Κλάιν (M. Klein), *Η σιωπή*, Αθήνα: Κάκτος, 1995, σ. 33."
