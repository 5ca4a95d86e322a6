"""Issue 11, round 27: readings that turned a place, a publisher, a sentence or an office
into a work, by citation practice. Constructed rows (every writer, title and publisher
invented; real places), each read as Markdown and as its web copy, half or more negatives.

1. A place imprints name, alone, a colon, one word and a full stop before a paper and its
   year ("Hamburg: Nautilus. Die Zeit, 1980."): "Place: Publisher" (Chicago 14.129, DIN
   1505), never a writer and a title (`note_place_publisher`).
2. An abbreviated cue inside a plain title with no writer ("Για τη συνέχεια βλ. του ιδίου,
   Αθήνα 2008."): a cue ("βλ.", "πρβλ.", "cf.", "vgl.") ends the prose before the work it
   points to, so the words before it are a sentence, never a title (`note_no_author`).
3. An English article opening a bracket before the words the author-year reader took for
   writers ("[The State and Revolution, 1917]", a web copy's unmarked title): an
   author-date citation gives the writer's name alone (Chicago 15.5, APA 8.11), so the
   article is a title's (`citations`).
4. An office after a writer's name in apposition ("Ann Vell, Harbour Master. London: …",
   "by Ann Vell, Secretary of the Union. London: …"): a name in natural order, a comma, a
   post from a closed list and a full stop is the person's role, not a title; a note
   marks a title or brackets its imprint (Chicago 14.88), a bibliography inverts the name
   before it (`note_role_labels.office_as_title`).
5. A writer named after a marked title by a participle of writing ("*Title*, drafted by
   Ann Cole (London, 1921)", "written by", "verfasst von", "γραμμένο από την"): the
   work is that person's, not unsigned (Chicago 14.76; `note_no_author`). The web copy,
   whose plain title no path reads here, stays unread: unsure, not misread.

Every positive row failed before this round (checked with the rows run on main's code:
`PYTHONPATH=/work/main:.`)."""

from __future__ import annotations

import pytest

from tests.note_tables import (
    both_renderings_tests,
    built_from_note,
    negative_table_tests,
    rendering_table_tests,
    web_copy,
    work,
)

PLACE_ROWS = [
    ("place and publisher before a paper", "Hamburg: Nautilus. Die Zeit, 1980.", []),
    ("place and publisher before a paper, Greek place", "Αθήνα: Πλεύρα. Η Αυγή, 1980.", []),
    ("place and publisher before a paper and a day", "Leipzig: Farrow. Neue Zeit, 3.3.1980.", []),
    ("negative: a writer's surname alone, a one-word title, a paper",
     "Kessler: Brücke. Die Zeit, 1980.", [work("Kessler", "Brücke", "1980")]),
    ("negative: a place's word as a writer with a given name",
     "Jack London: Martin. Die Zeit, 1980.", [work("London", "Martin", "1980")]),
    ("negative: a title that names a place, its imprint after",
     "Ann Vell, *Hamburg* (London: Dale, 1990).", [work("Vell", "Hamburg", "1990")]),
    ("negative: place, publisher and year alone", "Hamburg: Nautilus, 1980.", []),
]  # fmt: skip

test_place_rows, test_place_rows_no_author_year = both_renderings_tests(PLACE_ROWS)
test_place_balance, test_place_negatives_no_author_year = negative_table_tests(PLACE_ROWS)

CUE_ROWS = [
    ("cue in a sentence: βλ. του ιδίου, a place and a year",
     "Για τη συνέχεια βλ. του ιδίου, Αθήνα 2008.", []),
    ("cue in a sentence: πρβλ. της ίδιας, a place and a year",
     "Για τη συνέχεια πρβλ. της ίδιας, Αθήνα 2008.", []),
    ("negative: a plain title with a word that opens like the cue",
     "Οι Βλάχοι της Πίνδου, Αθήνα 2008.", [work("", "Οι Βλάχοι της Πίνδου", "2008")]),
    ("negative: a sentence, the cue, then a plain title",
     "Για τη συνέχεια βλ. Οι Βλάχοι της Πίνδου, Αθήνα 2008.",
     [work("", "Οι Βλάχοι της Πίνδου", "2008")]),
    ("negative: the cue opening the note before a plain title",
     "Vgl. Die Werft am Fluss, Berlin 2008.", [work("", "Die Werft am Fluss", "2008")]),
    ("negative: a writer, a title holding no cue, an imprint",
     "Άννα Κόλλια, *Για τη συνέχεια*, Αθήνα: Νήσος, 2008.",
     [work("Κόλλια", "Για τη συνέχεια", "2008")]),
]  # fmt: skip

test_cue_rows, test_cue_rows_no_author_year = both_renderings_tests(CUE_ROWS)
test_cue_balance, test_cue_negatives_no_author_year = negative_table_tests(CUE_ROWS)

# (name, note, the author-year citations read in its web copy)
ARTICLE_ROWS = [
    ("article opening a square bracket, a title of two nouns",
     "See [The State and Revolution, 1917].", []),
    ("article after see in round brackets", "See the argument (see the State and Revolution, "
     "1917).", []),
    ("article in lower case opening the bracket", "As argued (the State and Revolution, 1917).",
     []),
    ("negative: a writer's name in square brackets", "See [Vell, 1917].", ["Vell, 1917"]),
    ("negative: two writers in square brackets", "See [Vell and Cole, 1917].",
     ["Vell and Cole, 1917"]),
    ("negative: the article in prose before the bracket", "The study (Vell and Cole, 1917) "
     "shows it.", ["Vell and Cole, 1917"]),
    ("negative: see before a writer", "As argued (see Vell, 1917, 12).", ["Vell, 1917"]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "note", "expected"), ARTICLE_ROWS)
def test_article_rows(name: str, note: str, expected: list[str]) -> None:
    assert [c.text for c in built_from_note(web_copy(note)).citations] == expected, name


def test_article_balance() -> None:
    negatives = [row for row in ARTICLE_ROWS if row[0].startswith("negative")]
    assert len(negatives) >= len(ARTICLE_ROWS) - len(negatives)


OFFICE_ROWS = [
    ("office after the name, closing word", "Ann Vell, Harbour Master. London: The Strike "
     "Spread, 1990.", []),
    ("office after by and the name, of-phrase", "See the report by Ann Vell, Secretary of the "
     "Union. London: Dale, 1990.", []),
    ("German office after the name", "Anna Kolbe, Vorsitzende der Partei. Berlin: Dietz, "
     "1990.", []),
    ("Greek office after the name", "Άννα Κόλλια, Πρόεδρος του Συνδέσμου. Αθήνα: Νήσος, 1990.",
     []),
    ("negative: an office as a marked title, its imprint in brackets",
     "Ann Vell, *Harbour Master* (London: Dale, 1990).",
     [work("Vell", "Harbour Master", "1990")]),
    ("negative: an office as a title after an inverted name",
     "Vell, Ann. Harbour Master. London: Dale, 1990.",
     [work("Vell", "Harbour Master", "1990")]),
    ("negative: an office's possessive in a plain title",
     "Ann Vell, The Union Secretary's Papers. London: Dale, 1990.",
     [work("Vell", "The Union Secretary's Papers", "1990")]),
    ("negative: an office word opening a pair", "Ann Vell, Master and Man. London: Dale, 1990.",
     [work("Vell", "Master and Man", "1990")]),
    ("negative: a plain title of two words, not an office",
     "Ann Vell, Harbour Lights. London: Dale, 1990.",
     [work("Vell", "Harbour Lights", "1990")]),
]  # fmt: skip

test_office_rows, test_office_rows_no_author_year = both_renderings_tests(OFFICE_ROWS)
test_office_balance, test_office_negatives_no_author_year = negative_table_tests(OFFICE_ROWS)

# (name, note, its readings in Markdown, in its web copy)
DRAFTED_ROWS = [
    ("drafted by after a programme's title",
     "See the programme *The Common Cause*, drafted by Ann Cole (London, 1921).",
     [work("Cole", "The Common Cause", "1921")], []),
    ("written by after a programme's title",
     "See the programme *The Common Cause*, written by Ann Cole (London, 1921).",
     [work("Cole", "The Common Cause", "1921")], []),
    ("German verfasst von",
     "Siehe das Programm *Die gemeinsame Sache*, verfasst von Anna Kolbe (Berlin, 1921).",
     [work("Kolbe", "Die gemeinsame Sache", "1921")], []),
    ("Greek γραμμένο από την",
     "Βλ. το πρόγραμμα *Η κοινή υπόθεση*, γραμμένο από την Άννα Κόλλια (Αθήνα 1921).",
     [work("Κόλλια", "Η κοινή υπόθεση", "1921")], []),
    ("negative: drafted in a place",
     "See the programme *The Common Cause*, drafted in London (London, 1921).",
     [work("", "The Common Cause", "1921")], []),
    ("negative: written by hand",
     "See the programme *The Common Cause*, written by hand (London, 1921).",
     [work("", "The Common Cause", "1921")], []),
    ("negative: published by a publisher",
     "See the programme *The Common Cause*, published by Dale (London, 1921).",
     [work("", "The Common Cause", "1921")], []),
    ("negative: the byline after the imprint, outside the reading",
     "See the programme *The Common Cause* (London, 1921), written by Ann Cole.",
     [work("", "The Common Cause", "1921")], []),
]  # fmt: skip

test_drafted_markdown, test_drafted_web = rendering_table_tests(DRAFTED_ROWS)
test_drafted_balance, test_drafted_negatives_no_author_year = negative_table_tests(DRAFTED_ROWS)
