"""A marked title ending in "Press" is a title, not a publisher (issue 11, twenty-fifth
round).

A reading whose title is a publisher's name ("Stadt, Verlag Ost", "Leeds, Dale Press": a
place and its publisher in a web copy) is no work. The test looked at the title's last
word alone, so a book of media history, "Hazel Vell, *The Popular Press* (London: Verso,
1989), 12.", was read as nothing at all, in Markdown as on the web copy's quotation marks.
A title in italics or quotation marks is a title: only a plain one is taken for a
publisher.

Found while writing the rows of another table (a short form closed by "and"); the notes
here are invented. Half the rows are negatives: plain publishers after a place, with and
without a year.
"""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import note_citations_in
from citecheck.model import Note, Span

# (case, note, the works read: writer, title)
ROWS = [
    ("a book in italics", "Hazel Vell, *The Popular Press* (London: Verso, 1989), 12.", [("Vell", "The Popular Press")]),
    ("an article in quotation marks", "Hazel Vell, “The Popular Press,” *Media History* 4 (1989): 12.", [("Vell", "The Popular Press")]),
    ("a longer title in italics", "Tom Vell, *Journalistic Standards in the Northern Press* (Madison: Lakeside Press, 1989), 12.", [("Vell", "Journalistic Standards in the Northern Press")]),
    ("negative: a German place and publisher", "Stadt, Verlag Ost, 1990.", []),
    ("negative: an English place and publisher", "Leeds, Dale Press, 1921.", []),
    ("negative: a place and a publisher, no year", "Leeds, Dale Press.", []),
]  # fmt: skip


@pytest.mark.parametrize(("case", "text", "works"), ROWS, ids=[r[0] for r in ROWS])
def test_a_marked_title_ending_in_press_is_read(
    case: str, text: str, works: list[tuple[str, str]]
) -> None:
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)), "1")
    found = [(c.authors[0].surname, c.title) for c in note_citations_in(text, note) if c.authors]
    assert found == works
