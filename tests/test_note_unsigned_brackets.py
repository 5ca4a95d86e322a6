"""An unsigned source set in brackets inside a note's commentary (Chicago 14.37–14.40; an
unsigned newspaper piece by its title, paper and date, 14.207): "The trade never
recovered; the town paper said as much (“Harbour Trade Falls,” *The Leeds Courier*, June
2, 1991)", "(see also “Harbour Trade Falls,” *Harbour Review* 12, no. 3 [1991]: 41--60)",
also inside a dash pair. A title without names had to open its segment, so the reader read
none of these (`citecheck/extract/note_bracketed.py`, `_unsigned_source`). Every title is
invented.

Read only when the prose before the bracket names no one (a capitalised word there may be
the work's writer, whom an unsigned reading would lose, or a place) and a periodical and a
date vouch for the title. An unsigned book is left alone: a book's writer is named
elsewhere in such a note, as a rule (the written check half showed one so), and an
unsigned reading would lose the writer. Half the rows or more are negatives: a book with
its imprint, a writer or a place named before the bracket, a title with a bare year, a
quoted phrase with a year or a decade, a page reference, a quantity, a paper by its name
and day alone."""

from __future__ import annotations

import pytest

from tests.note_tables import negative_table_tests, one_note_readings, web_copy, work

COURIER = '("Harbour Trade Falls," *The Leeds Courier*, June 2, 1991)'

# name, note, readings in Markdown, readings in the web copy (titles unmarked there: a
# plain title in a bracket is left alone)
CASES = [
    ("a newspaper piece after a clause",
     f"The trade never recovered; the town paper said as much {COURIER}.",
     [work("", "Harbour Trade Falls", "1991")], [work("", "Harbour Trade Falls", "1991")]),
    ("negative: a book with its imprint in square brackets",
     "The trade never recovered (*The Long Shore* [Leeds: Harrow Press, 1991], 12).", [], []),
    ("negative: see, then a book",
     "The trade never recovered (see *The Long Shore* [Leeds: Harrow Press, 1991], 12).",
     [], []),
    ("inside a dash pair",
     f"The trade -- as the town paper put it {COURIER} -- never recovered.",
     [work("", "Harbour Trade Falls", "1991")], [work("", "Harbour Trade Falls", "1991")]),
    ("see also, then an article",
     'The trade never recovered (see also "Harbour Trade Falls," *Harbour Review* 12, no. 3 '
     "[1991]: 41--60).",
     # the web copy reads it too since the nineteenth round: a square-bracketed issue date
     # after a plain journal's number (Chicago 6.101) makes the journal its container
     [work("", "Harbour Trade Falls", "1991")], [work("", "Harbour Trade Falls", "1991")]),
    ("in a long note of commentary",
     "The harbour board never published its minutes, and the men who sat on it left few "
     "letters; what survives is the memory of the dockers themselves, gathered decades "
     "later, and the local press, which reported the closure of the quay with some "
     f"relish {COURIER}. It took another twenty years for the sheds to come down.",
     [work("", "Harbour Trade Falls", "1991")], [work("", "Harbour Trade Falls", "1991")]),
    ("negative: a title and a bare year",
     "The trade fell by half (*The Long Shore*, 1991).", [], []),
    ("negative: the writer named before the bracket",
     'Vell returned to the question ("The Long Shore Revisited," *Harbour Review* 12, no. 3 '
     "[2011]: 41--60).", [], []),
    ("negative: a quoted phrase and a year",
     'The slogan ("bread and salt," 1911) spread fast.', [], []),
    ("negative: a quoted phrase and a decade",
     'The strike lasted 40 days ("forty days of salt," as the men said in the 1910s).', [], []),
    ("negative: a page reference",
     "The quay closed in 1902 (see p. 41 above).", [], []),
    ("negative: a place named before the bracket",
     f"The council met in Leeds {COURIER}.", [], []),
    ("negative: a quantity and a report by its year",
     "The loss came to 4,000 pounds (*Annual Report*, 1911, 12).", [], []),
    ("negative: a paper by its name and day",
     'The paper called it "a disgrace" (*Leeds Courier*, June 2, 1991).', [], []),
    ("negative: a decimal and a quoted phrase",
     'Wages fell by 2.5 per cent ("a fair cut," the board said in 1911).', [], []),
    ("negative: a year and a person in prose",
     "In 1991 Vell moved to Leeds (see *The Long Shore* [Leeds: Harrow Press, 1991], 12).",
     [], []),
    ("negative: a decade and a quantity in brackets",
     'The men called the quay "the long shore" (in the 1890s, some 1,200 of them).', [], []),
    ("negative: a remark in brackets",
     'The quay was empty by noon ("by noon," that is, before the 1.30 tide).', [], []),
]  # fmt: skip

IDS = [row[0] for row in CASES]


@pytest.mark.parametrize(("name", "note", "expected"), [r[:3] for r in CASES], ids=IDS)
def test_markdown(name: str, note: str, expected: list) -> None:
    assert one_note_readings(note) == expected, name


@pytest.mark.parametrize(("name", "note", "expected"), [(r[0], r[1], r[3]) for r in CASES], ids=IDS)
def test_web_copy(name: str, note: str, expected: list) -> None:
    assert one_note_readings(web_copy(note)) == expected, name


test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    CASES, least=18
)
