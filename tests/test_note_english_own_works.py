"""The same writer's second work in one English note, named by "his"/"her" after the work
just cited (Chicago: "Carl Vell, *The Dock* (London: Verso, 1977), 4; see also his *The
Party* (London: Verso, 1983), 9."): the writer is the one whose work the note has just cited
(`citecheck/extract/note_kind_writers.possessive_works`). Every writer, title, journal and
publisher is invented.

Half the rows or more are negatives: "in his" before the book holding a chapter, a review
of his work, another writer named before "her", a title with a bare year or no details, a
place as a title, a journal's name and issue after "his", "her" as an object."""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, negative_table_tests, work

FIRST = "Carl Vellner, *The Long March* (London: Verso, 1977), 4"
LONG = work("Vellner", "The Long March", "1977")
PARTY = work("Vellner", "The Party", "1983")

ROWS = [
    ("'see also his' and a book after ';'",
     FIRST + '; see also his *The Party* (London: Verso, 1983), 9.', [LONG, PARTY]),
    ("', and her' and a book",
     'Ann Vellner, *The Long March* (London: Verso, 1977), 4, and her *The Party* (London: Verso, 1983), 9.',
     [work('Vellner', 'The Long March', '1977'), PARTY]),
    ("'also his' and an article in a journal",
     FIRST + '; also his "The Party," *Review* 12 (1983): 9.', [LONG, PARTY]),
    ("'see also his essay' and an article in a journal",
     FIRST + '; see also his essay "The Party," *Review* 12 (1983): 9.', [LONG, PARTY]),
    ("'and his later book' and a book",
     FIRST + '; and his later book *The Party* (London: Verso, 1983), 9.', [LONG, PARTY]),
    ("negative: 'in his' before the book holding the chapter",
     'Carl Vellner, "The Dock," in his *The Long March* (London: Verso, 1977), 4.',
     [work('Vellner', 'The Dock', '1977')]),
    ("negative: a review of his book",
     FIRST + '; see also a review of his *The Party* (London: Verso, 1983), 9.', [LONG]),
    ("negative: another writer named before 'in her'",
     FIRST + ', as Ann Hale argued in her *The Party* (London: Verso, 1983), 9.', [LONG]),
    ("negative: 'his' and a title, then prose with a year",
     FIRST + '; his *Letters* appeared in 1983.', [LONG]),
    ("negative: 'his' and a title with a bare year",
     FIRST + '; see also his *The Party* (1983).', [LONG]),
    ("negative: 'his' before a place, then a place and a year",
     FIRST + '; his London friends, Paris 1983.', [LONG]),
    ("negative: 'his' before a journal's name and issue",
     FIRST + ', and his *Review* 12 (1983): 9.', [LONG]),
    ("negative: 'her' as an object, then a year",
     FIRST + ', gave her *The Party* in 1983.', [LONG]),
]  # fmt: skip

test_read_alike_in_both_renderings, test_no_author_year_in_the_web_copy = both_renderings_tests(
    ROWS
)
test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=12
)
