"""Issue 11, round 21: a note's author-date entry with the writer's name not inverted.

Chicago's author-date reference list sets the year between full stops after the names
("Hale, Jason K. 2011. *Writing Harbours*. Leeds: Dale Press."), and notes copy the entry
with the name in its natural order: "Jason K. Hale. 2011. *Writing Harbours*. …". The
reader read the inverted entry and not the natural one: in Markdown nothing, in a web copy
a false writer from the title's words before its colon ("Harbours: Salt and Iron" read as
a person). Synthetic notes (invented writers, titles and places; no corpus text).

As after a bare year elsewhere (`note_dated_names`), the names must show a person: an
initial, three names or two persons. Two plain words before a year between full stops may
be a title's or a body's ("Salt Roads. 1999. Documentary film.", "Labour Party. 1945.
*Let Us Face the Future*."): those rows are the negatives, and read no writer. Each row
reads alike as Markdown and as its web copy.
"""

from __future__ import annotations

from tests.note_tables import rendering_table_tests, surnames_read, web_copy, work

# (class, note, readings in Markdown and in the web copy)
CASES = [
    (
        "an initial, a book and its imprint",
        "Jason K. Hale. 2011. *Writing Harbours: Salt and Iron in Leeds*. Leeds: Dale Press.",
        [work("Hale", "Writing Harbours: Salt and Iron in Leeds", "2011")],
    ),
    (
        "an initial, an article in a journal",
        "Ann B. Vell. 1992. The strike at the harbour and its aftermath. In *Coastal Review*,"
        " 14(2), 3–19.",
        [work("Vell", "The strike at the harbour and its aftermath", "1992")],
    ),
    (
        "three names, a book and a page",
        "Ann Marie Vell. 2004. *Harbour Lights: The Strike at Leeds*. page 171–172.",
        [work("Vell", "Harbour Lights: The Strike at Leeds", "2004")],
    ),
    (
        "two persons",
        "Ann Vell and Tom Rudd. 2011. *Salt and Iron*. Leeds: Dale Press.",
        [work("Vell/Rudd", "Salt and Iron", "2011")],
    ),
    (
        "negative: two plain words, a film",
        "Salt Roads. 1999. Documentary film, 45 min.",
        [],
    ),
    (
        "negative: two plain words, a film and its director",
        "Harbour Lights. 1999. Directed by Ann Vell. Leeds: Dale Films.",
        [],
    ),
    (
        "negative: a body's name, then its pamphlet",
        "Labour Party. 1945. *Let Us Face the Future*. London: Labour Party.",
        [],
    ),
    (
        "negative: a place, then a year",
        "Leeds. 1921. *Harbour Lights*. Leeds: Dale Press.",
        [],
    ),
    (
        "negative: a report's title and its imprint",
        "Annual Report. 2011. London: HMSO.",
        [],
    ),
]  # fmt: skip

test_markdown, test_web = rendering_table_tests(CASES, web_column=2)


def test_balance() -> None:
    negatives = sum(1 for name, *_ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives


def test_no_negative_gives_a_writer() -> None:
    for name, note, _ in CASES:
        if name.startswith("negative"):
            assert surnames_read(note) | surnames_read(web_copy(note)) == set(), name
