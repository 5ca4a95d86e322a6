"""Issue 11, round 23 (wp23): citations read in Markdown but missed in the web copy, where
the title's italics are lost. Counted on the check halves (counts only) by where the title
stands and what ends it, the largest classes were a plain title after the writer's comma,
ended by a comma and the work's details, and a writer set inside prose. Each row is a
constructed Markdown note (invented writers, titles and publishers), read as Markdown and
as its web copy (no emphasis); Markdown reads every row as main does, and every positive's
web copy was read otherwise (or not at all) on main.

Classes, each by the convention that delimits a plain title:
- a writer with given names, then a headline-case title whose words read as more persons
  ("Salt Roads and River Towns"), then the details with no title between: Chicago gives a
  title before its details (14.88-14.100: "Author, Title (Place: Publisher, Year)", a
  translator's or editor's clause, an edition or a volume before the imprint, 14.103-14.104;
  the place and year alone, 14.132), so the "list" is one person and a title
  (`note_list_details`);
- Greek and German practice write the translator, editor or volume after the title and the
  imprint open ("Όνομα Επώνυμο, Τίτλος, μτφρ. …, Εκδότης, Αθήνα Έτος"; DIN 1505-2 "…, übers.
  v. …, Ort: Verlag Jahr"): such a clause before an open imprint vouches for a plain title
  set inside prose as a bracketed imprint does (`note_imprint_parts`); "ό.π." after it too;
- Greek "βλ." inside a sentence leads a writer as an article does, so a plain title with its
  subtitle after a full stop is read with the imprint that closes the next sentence
  (`note_greek_prose_works`); a transliterated foreign writer (no initial, no Greek given
  name, a surname ending as no Greek word does) after a genitive article or a colon is read
  when the plain title's imprint follows it right away;
- a full form set in brackets inside prose with a plain title, vouched for by its place and
  year (`note_bracketed`);
- a writer with given names, a comma, then a title whose head and subtitle a colon parts,
  and Chicago's imprint ("Place: Publisher, Year", 14.127): the head is no DIN writer
  ("Name: Titel") but the title's (`note_german_leadins`); DIN's "Ort: Verlag Jahr" keeps
  the German reading.

Half the rows or more are negatives: real lists of writers before their titles, a short
title before a year, a list's own role, a person with a place and a year in brackets, a
body's name in the genitive, a place in the genitive, prose after a title, places and
publishers before years, quantities, a journal.
"""

from __future__ import annotations

from tests.note_tables import Reading, negative_table_tests, rendering_table_tests, work

TOWNS = "Salt Roads and River Towns"
CITY = "Η πόλη και η μνήμη"
SEE = "Για τη συζήτηση αυτή βλ. Γιώργος Παπαδάκης"

# (class, note, readings in Markdown, readings in the web copy)
CASES: list[tuple[str, str, list[Reading], list[Reading]]] = [
    # --- a name list running into the details: a person and a plain title
    ("list then place and year", f"Tom Rudd, *{TOWNS}*, London, 1990, 45.",
     [work("Rudd", TOWNS, "1990")], [work("Rudd", TOWNS, "1990")]),
    ("list then translator and imprint",
     f"Tom Rudd, *{TOWNS}*, trans. Ann Lee (London: Dale, 1990), 45.",
     [work("Rudd", TOWNS, "1990")], [work("Rudd", TOWNS, "1990")]),
    ("list then editor and imprint", f"Tom Rudd, *{TOWNS}*, ed. Ann Lee (London: Dale, 1990).",
     [work("Rudd", TOWNS, "1990")], [work("Rudd", TOWNS, "1990")]),
    ("list then edition and imprint", f"Tom Rudd, *{TOWNS}*, 2nd ed. (London: Dale, 1990).",
     [work("Rudd", TOWNS, "1990")], [work("Rudd", TOWNS, "1990")]),
    ("list then volume and imprint", f"Tom Rudd, *{TOWNS}*, vol. 2 (London: Dale, 1990), 45.",
     [work("Rudd", TOWNS, "1990")], [work("Rudd", TOWNS, "1990")]),
    ("list then a comma and the imprint's bracket",
     f"Tom Rudd, *{TOWNS}*, (London: Dale, 1990), 45.",
     [work("Rudd", TOWNS, "1990")], [work("Rudd", TOWNS, "1990")]),
    ("list then volume and open imprint", f"Tom Rudd, *{TOWNS}*, vol. 2, London: Dale, 1990, 45.",
     [work("Rudd", TOWNS, "1990")], [work("Rudd", TOWNS, "1990")]),
    # --- a role's clause before an open imprint, in prose
    ("Greek prose: translator, publisher, place and year",
     f"{SEE}, *Μνήμες*, μτφρ. Νίκος Καρράς, Κέδρος, Αθήνα 1998, σ. 45.",
     [work("Παπαδάκης", "Μνήμες", "1998")], [work("Παπαδάκης", "Μνήμες", "1998")]),
    ("Greek prose: editor", f"{SEE}, *{CITY}*, επιμ. Ν. Καρράς, Πόλις, Αθήνα 2004.",
     [work("Παπαδάκης", CITY, "2004")], [work("Παπαδάκης", CITY, "2004")]),
    ("Greek prose: volume", f"{SEE}, *{CITY}*, τόμ. 2, Κέδρος, Αθήνα 1998.",
     [work("Παπαδάκης", CITY, "1998")], [work("Παπαδάκης", CITY, "1998")]),
    ("Greek prose: op. cit.", f"{SEE}, *{CITY}*, ό.π., σ. 45.",
     [work("Παπαδάκης", CITY, form="op-cit")], [work("Παπαδάκης", CITY, form="op-cit")]),
    ("English prose: translator before an open imprint",
     "On this point see Tom Rudd, *Tides*, trans. Ann Lee, London: Dale, 1990.",
     [work("Rudd", "Tides", "1990")], [work("Rudd", "Tides", "1990")]),
    ("Greek colon: translator, then the publisher with εκδ.",
     f"Κυκλοφορεί και στα ελληνικά: Γιώργος Παπαδάκης, *{CITY}*, μτφρ. Ν. Καρράς, εκδ. Κέδρος, "
     "Αθήνα 1998.",
     [work("Παπαδάκης", CITY, "1998")], [work("Παπαδάκης", CITY, "1998")]),
    # --- Greek "βλ." and foreign writers inside a sentence
    ("Greek prose: a subtitle after a full stop, the imprint after it",
     f"{SEE}, *Ο Πειραιάς και η Σμύρνη. Ιστορία μιας σχέσης*, Κέδρος, Αθήνα 1998, σ. 45.",
     [work("Παπαδάκης", "Ο Πειραιάς και η Σμύρνη. Ιστορία μιας σχέσης", "1998")],
     [work("Παπαδάκης", "Ο Πειραιάς και η Σμύρνη", "1998")]),
    ("Greek prose: a transliterated foreign writer after a genitive article",
     f"Η θέση διατυπώθηκε στο έργο του Τζων Ρακ, *{CITY}*, μτφρ. Ν. Καρράς, Αθήνα, Κέδρος, "
     "1998.",
     [work("Ρακ", CITY, "1998")], [work("Ρακ", CITY, "1998")]),
    # --- a full form in brackets inside prose
    ("Greek bracket: translator and open imprint",
     f"Η πόλη έχει ιστορία (Γ. Παπαδάκης, *{CITY}*, μτφρ. Ν. Καρράς, Αθήνα: Κέδρος, 1998, σ. "
     "45).",
     [work("Παπαδάκης", CITY, "1998")], [work("Παπαδάκης", CITY, "1998")]),
    ("Greek bracket: publisher, place and year",
     f"Η πόλη έχει ιστορία (Γ. Παπαδάκης, *{CITY}*, Κέδρος, Αθήνα 1998, σ. 45).",
     [work("Παπαδάκης", CITY, "1998")], [work("Παπαδάκης", CITY, "1998")]),
    ("English bracket: translator and the imprint's bracket",
     "The town has a history (Tom Rudd, *Salt roads*, trans. Ann Lee (London: Dale, 1990), 45).",
     [work("Rudd", "Salt roads", "1990")], [work("Rudd", "Salt roads", "1990")]),
    # --- a subtitle after a colon, the imprint Chicago's: the title's head is no writer
    ("a colon subtitle after the writer's comma",
     "Tom Rudd, *Salt Roads: A History of the Harbour*, London: Dale, 1990, 45.",
     [work("Rudd", "Salt Roads: A History of the Harbour", "1990")],
     [work("Rudd", "Salt Roads: A History of the Harbour", "1990")]),
    ("a colon subtitle after an inverted writer",
     "Rudd, Tom, *Salt Roads: A History of the Harbour*, London: Dale, 1990, 45.",
     [work("Rudd", "Salt Roads: A History of the Harbour", "1990")],
     [work("Rudd", "Salt Roads: A History of the Harbour", "1990")]),
    ("a colon subtitle after see",
     "See Tom Rudd, *Salt Roads: A History of the Harbour*, London: Dale, 1990, 45.",
     [work("Rudd", "Salt Roads: A History of the Harbour", "1990")],
     [work("Rudd", "Salt Roads: A History of the Harbour", "1990")]),
    # --- negatives
    ("negative: DIN, two writers before the colon, the imprint without a comma",
     "Hans Thiel, Ute Sand: *Die Stadt*. Berlin: Dietz 1998.",
     [work("Sand", "Die Stadt", "1998")], [work("Sand", "Die Stadt", "1998")]),
    ("negative: DIN, a lead-in word and two writers",
     "Anders Tom Rudd, Ute Sand: *Die Stadt*, Berlin: Dietz 1998.",
     [work("Sand", "Die Stadt", "1998")], [work("Sand", "Die Stadt", "1998")]),
    ("negative: DIN, a lead-in in prose before the writer",
     "Zur Lage vgl., mit anderer Gewichtung, Ute Sand: *Die Stadt*, Berlin: Dietz 1998.",
     [work("Sand", "Die Stadt", "1998")], [work("Sand", "Die Stadt", "1998")]),
    ("negative: a real list, its title, place and year",
     "Tom Rudd, Ann Lee and Joe Marks, *Salt Roads*, London, 1990, 45.",
     [work("Rudd/Lee/Marks", "Salt Roads", "1990")],
     [work("Rudd/Lee/Marks", "Salt Roads", "1990")]),
    ("negative: a real list with its role before the title",
     "Tom Rudd, Ann Lee, and Joe Marks, eds., *Salt Roads* (London: Dale, 1990), 45.",
     [work("Rudd/Lee/Marks", "Salt Roads", "1990")],
     [work("Rudd/Lee/Marks", "Salt Roads", "1990")]),
    ("negative: a real list, a short title before a year (no place)",
     "Tom Rudd, Ann Lee and Joe Marks, *Tides*, 1990, 45.",
     [work("Rudd/Lee/Marks", "Tides", "1990")], [work("Rudd/Lee/Marks", "Tides", "1990")]),
    ("negative: a real list, its title, publisher, place and year",
     "Tom Rudd, Ann Lee and Joe Marks, *Salt Roads*, Dale, London 1990, 45.",
     [work("Rudd/Lee/Marks", "Salt Roads", "1990")],
     [work("Rudd/Lee/Marks", "Salt Roads", "1990")]),
    ("negative: a real list of translators before the title",
     "Tom Rudd, Ann Lee and Joe Marks, trans., *Salt Roads* (London: Dale, 1990).",
     [work("Rudd/Lee/Marks", "Salt Roads", "1990")],
     [work("Rudd/Lee/Marks", "Salt Roads", "1990")]),
    ("negative: an editors' list of four, a serial comma, then the imprint's bracket",
     "The essays were collected under the title *Salt Roads*, edited by Sebastian Vale, Ada "
     "Pinchley, Tom Hale, and Bo Dee, (Durham: Duke, 2007).",
     [work("Vale/Pinchley/Hale/Dee", "Salt Roads", "2007")],
     [work("Vale/Pinchley/Hale/Dee", "Salt Roads", "2007")]),
    ("negative: an editors' list after its title, a comma, then the imprint's bracket",
     "The essays were collected in *Salt Roads*, edited by Tom Hale, Ada Pinchley and Bo Dee, "
     "(Durham: Duke, 2007).",
     [work("Hale/Pinchley/Dee", "Salt Roads", "2007")], []),
    ("negative: a person, a place and a year in brackets", "The town grew (Tom Rudd, London, 1990).",
     [], []),
    ("negative: a person and an imprint in brackets, no title",
     "The town grew (Tom Rudd, Leeds: Dale, 1990).", [], []),
    ("negative: a person and an office, a place and a year in brackets",
     "The town grew (Tom Rudd, mayor of Leeds, London, 1990).", [], []),
    ("negative: a quantity and a list of persons in brackets",
     "The harbour had 1,200 workers in 1990 (Tom Rudd, Ann Lee and Joe Marks).", [], []),
    ("negative: Greek person, place and year in brackets",
     "Η πόλη μεγάλωσε (Γ. Παπαδάκης, Αθήνα, 1998).", [], []),
    ("negative: Greek person and office in brackets",
     "Η πόλη μεγάλωσε (Γιώργος Παπαδάκης, δήμαρχος, Αθήνα 1998).", [], []),
    ("negative: a body's name in the genitive",
     "Η απόφαση της Κεντρικής Επιτροπής, Για την πόλη, Αθήνα 1998.", [], []),
    ("negative: a place in the genitive",
     "Η έκδοση της Νέας Σμύρνης, Η πόλη και η μνήμη, Αθήνα, Κέδρος, 1998.", [], []),
    ("negative: a foreign writer, prose after the title, no imprint",
     "Η θέση του Τζων Ρακ, Η πόλη και η μνήμη, είναι γνωστή από το 1998.", [], []),
    ("negative: βλ., a title, then a sentence with a place and a year",
     "Για τη συζήτηση αυτή βλ. Γιώργος Παπαδάκης, Ο Πειραιάς. Έζησε στην Αθήνα, 1998.", [], []),
    ("negative: see, a title, then a sentence with a place and a year",
     "On this see Tom Rudd, Tides. He lived in London, 1990, and wrote.", [], []),
    ("negative: a place and a publisher before a year", "London, Dale, 1990, 45.", [], []),
    ("negative: a Greek place and publisher before a year", "Αθήνα, Κέδρος, 1998, σ. 45.", [], []),
    ("negative: places in prose before a year",
     "The strike spread from Leeds to Hull and York, 1990, as the papers said.", [], []),
    ("negative: quantities before an imprint",
     "Some 1,200 dockers, 300 carters and 45 clerks struck in 1990 (London: Dale).", [], []),
    ("negative: a journal is no writer", "Tom Rudd, “Salt Roads,” *Harbour Review* 12 (1990): 4.",
     [work("Rudd", "Salt Roads", "1990")], [work("Rudd", "Salt Roads", "1990")]),
]  # fmt: skip

test_markdown, test_web_copy = rendering_table_tests(CASES)

(
    test_half_the_rows_or_more_are_negatives,
    test_negatives_give_no_author_year,
) = negative_table_tests(CASES)
