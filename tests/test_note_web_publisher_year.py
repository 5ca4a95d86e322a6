"""Issue 11, the twentieth round: an imprint written "Publisher, Year" after a title, with
no place ("Eric Topol, *The Patient Will See You Now*, Basic Books, 2015."; common in
Spanish, Italian and French notes, and in many English ones). A web copy's plain title ran
on over the publisher ("…, Basic Books"), or the work was lost ("…, Monthly Review Press,
1998, p. 12"). Found on Markdown notes from public repositories nobody fitted the reader to
(counted, not copied). The plain title is now cut before its last comma part when that
part is a publisher's name (`note_titles.publisher_name`: "… Press", "… Books", "… House",
or a publisher known by one word) and a year closes the part after it
(`note_work._publisher_cut`), as `_place_cut` does for "Place, Year".

Constructed notes (invented writers and titles; no corpus text), each read as Markdown and
as its web copy, alike. The negatives: a title whose last comma part is a place, two
publishers' names inside the title (neither cut), and a publisher known by one word (read
so before, and still).
"""

from __future__ import annotations

from tests.note_tables import both_renderings_table_tests, work

TITLE = "Harbour Lights in the Bay"

ROWS: list[tuple[str, str, list]] = [
    ("a publisher ending 'Books'",
     "Eric Topol, *The Patient Will See You Now: The Future of Medicine*, Basic Books, 2015.",
     [work("Topol", "The Patient Will See You Now: The Future of Medicine", "2015")]),
    ("a publisher ending 'Press', then a page",
     f"Tomas Vell, *{TITLE}*, Monthly Review Press, 1998, p. 12.",
     [work("Vell", TITLE, "1998")]),
    ("a publisher ending 'House'", f"Tomas Vell, *{TITLE}*, Random House, 1998.",
     [work("Vell", TITLE, "1998")]),
    ("negative: a place as the title's last part",
     f"Tomas Vell, *{TITLE}, Leeds and London*, 1998, p. 12.",
     [work("Vell", f"{TITLE}, Leeds and London", "1998")]),
    ("negative: publishers' names inside the title",
     "Tomas Vell, *Harbour Lights, Verso and Penguin*, 1998.",
     [work("Vell", "Harbour Lights, Verso and Penguin", "1998")]),
    ("negative: a publisher known by one word", f"Tomas Vell, *{TITLE}*, Verso, 1998, p. 12.",
     [work("Vell", TITLE, "1998")]),
]  # fmt: skip


test_alike, test_web_quiet, test_balance, test_negatives_quiet = both_renderings_table_tests(ROWS)
