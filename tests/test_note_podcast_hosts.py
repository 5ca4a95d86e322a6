"""A podcast's or broadcast's hosts named after its title and show (issue 11, round 17).

"“The Bookshop as Party Branch,” episode 41 of *Shelf Life*, podcast, hosted by Inés
Carvajal and Tom Edery, 22 November 2022, https://…": Chicago 14.267 cites a podcast
episode under its host; a note names the hosts after the title and the show, and the
writer annotated them as its authors. The reader read an unsigned work. Hosts are read only
where the note says the work is broadcast ("podcast", "episode", "radio", …).

Negatives: "hosted by" a body, a person "hosted by" in a printed work's note.
"""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, work

ROWS = [
    ("two hosts after the show",
     "“The Bookshop as Party Branch,” episode 41 of *Shelf Life*, podcast, hosted by Inés Carva "
     "and Tom Edery, 22 November 2022.",
     [work("Carva/Edery", "The Bookshop as Party Branch", "2022")]),
    ("one presenter of a radio programme",
     "“Docks at Dawn,” *Harbour Hour*, BBC Radio 4, presented by Ann Vell, 3 May 1990.",
     [work("Vell", "Docks at Dawn", "1990")]),
    ("negative: hosted by a body",
     "“The Bookshop as Party Branch,” episode 41 of *Shelf Life*, podcast, hosted by the union, "
     "22 November 2022.",
     [work("", "The Bookshop as Party Branch", "2022")]),
    ("negative: a printed work, a person hosted by another",
     "“Docks at Dawn,” *Harbour Review*, 3 May 1990, hosted by Ann Vell.",
     [work("", "Docks at Dawn", "1990")]),
]  # fmt: skip

test_the_hosts_in_both_renderings, test_no_author_year_in_the_web_copy = both_renderings_tests(ROWS)


def test_half_the_rows_are_negatives() -> None:
    assert 2 * sum(r[0].startswith("negative") for r in ROWS) >= len(ROWS)
