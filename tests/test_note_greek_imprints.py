"""Issue 11, the nineteenth round: an imprint whose place is written in Greek, in the
Chicago order "(Αθήνα: Θεμέλιο, 1992)", is a place, a publisher and a year
(`note_patterns.IMPRINT`, `note_details._PLACE_START`): the pattern took a place only from
a Latin capital, so an English note citing a Greek book in prose ("Loukopoulou is thinking
of Stavros Pelekanos, *Ανανέωση και διάσπαση* (Αθήνα: Θεμέλιο, 1992), esp. 77–104") read no
imprint, and the work named in prose was dropped.

Constructed notes (invented writers and titles; no corpus text), each read as Markdown and
as its web copy, alike. The negatives: a Greek place and year in prose with no publisher, a
colon in Greek prose, a quantity, a page range.
"""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, negative_table_tests, work

TITLE = "Ανανέωση και διάσπαση"

ROWS: list[tuple[str, str, list]] = [
    ("an English note's prose, a Greek book with a Greek imprint",
     f"Loukopoulou is thinking of Stavros Pelekanos, *{TITLE}* (Αθήνα: Θεμέλιο, 1992), esp. 77–104.",
     [work("Pelekanos", TITLE, "1992")]),
    ("after 'see', the publisher's name of two words",
     f"On the split, see Stavros Pelekanos, *{TITLE}* (Αθήνα: Νέα Σύνορα, 1992), 12.",
     [work("Pelekanos", TITLE, "1992")]),
    ("negative: a Greek place and a year in prose, no publisher",
     "Η συνδιάσκεψη έγινε στην Αθήνα: το 1992 διασπάστηκε.", []),
    ("negative: a colon in Greek prose before a year",
     "Το ερώτημα είναι απλό: Θεμέλιο, 1992 ή ποτέ.", []),
    ("negative: a quantity after a Greek place", "Αθήνα: 1992 μέλη, 12 οργανώσεις.", []),
]  # fmt: skip


(
    test_the_note_reads_alike_as_markdown_and_as_its_web_copy,
    test_the_web_copy_gives_no_author_year_citation,
) = both_renderings_tests(ROWS)

(
    test_the_table_holds_at_least_as_many_negatives_as_positives,
    test_the_author_year_reader_reads_no_author_in_a_negative,
) = negative_table_tests(ROWS)
