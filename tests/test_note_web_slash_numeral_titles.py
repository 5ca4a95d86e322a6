"""Issue 11, the twentieth round: a title that opens with two numbers joined by a slash,
"*24/7: Late Capitalism and the Ends of Sleep*", "*9/11 and After*", "*24/7*". A web copy's
plain title opening with a number is read when the number opens a title's words
(`note_titles.NUMERAL_TITLE`); the slash was not among them, so the work was lost. Found on
Markdown notes from public repositories nobody fitted the reader to (counted, not copied).
Now such a head counts before a subtitle, "and" or an imprint's bracket.

Constructed notes (invented writers and titles, but for the shape; no corpus text), each
read as Markdown and as its web copy, alike. The negatives: a page written "3/4", a date
"12/3/1998", a day and month inside prose before an imprint, a slash number after a title.
"""

from __future__ import annotations

from tests.note_tables import both_renderings_table_tests, work

ROWS: list[tuple[str, str, list]] = [
    ("a slash head and a subtitle",
     "Jonathan Crary, *24/7: Late Capitalism and the Ends of Sleep* (London: Verso, 2013), "
     "30–31.",
     [work("Crary", "24/7: Late Capitalism and the Ends of Sleep", "2013")]),
    ("a slash head and 'and'", "Tomas Vell, *9/11 and After* (London: Verso, 2013), 30.",
     [work("Vell", "9/11 and After", "2013")]),
    ("a slash number alone, then the imprint", "Tomas Vell, *24/7* (London: Verso, 2013), 30.",
     [work("Vell", "24/7", "2013")]),
    ("negative: a page written with a slash", "Tomas Vell, *Harbour Lights*, 3/4.",
     [work("Vell", "Harbour Lights", "")]),
    ("negative: a date written with slashes", "Tomas Vell, 12/3/1998, letter to Anna Roe.", []),
    ("negative: a day and a month in prose", "The strike of 12/3 (London: Verso, 2013).", []),
    ("negative: a slash number after a title", "Tomas Vell, *Harbour Lights*, 24/7, 12.",
     [work("Vell", "Harbour Lights", "")]),
]  # fmt: skip


test_alike, test_web_quiet, test_balance, test_negatives_quiet = both_renderings_table_tests(ROWS)
