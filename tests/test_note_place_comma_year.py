"""Issue 11, the nineteenth round: an imprint written "Place, Year" after a title, "Tom Vell,
The City and the Strike, London, 1990, p. 12." (`note_place_comma_year`): in a web copy the
plain title ran on over the place, and with no imprint read the full form set in prose was
lost, where the Markdown's marked title was read. The place must be one a note puts before
a year (`imprint_words`).

Constructed notes (invented writers and titles; no corpus text), each read as Markdown and
as its web copy, alike. The negatives: a place and a year in prose, a person's role before
a place and a year, a year range, a place and a year opening the note.
"""

from __future__ import annotations

from tests.note_tables import both_renderings_table_tests, work

TITLE = "The City and the Strike"

ROWS: list[tuple[str, str, list]] = [
    ("in prose after 'from', a page after the year",
     f"The figures come from Tom Vell, *{TITLE}*, London, 1990, p. 12.",
     [work("Vell", TITLE, "1990")]),
    ("after 'see', a page after the year",
     f"See Tom Vell, *{TITLE}*, Oxford, 1974, 12.",
     [work("Vell", TITLE, "1974")]),
    ("negative: a place and a year in prose", "The strike spread to Leeds, 1990, and beyond.",
     []),
    ("negative: a person's role, a place and a year",
     "The call came from Tom Vell, the dockers' leader, Leeds, 1990.", []),
    ("negative: a place and a year range", "The strike spread to Leeds, 1990–95, and beyond.",
     []),
    ("negative: a place and a year opening the note", "London, 1990. The strike was lost.", []),
]  # fmt: skip


test_alike, test_web_quiet, test_balance, test_negatives_quiet = both_renderings_table_tests(ROWS)
