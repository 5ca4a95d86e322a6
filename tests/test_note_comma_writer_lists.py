"""Three writers or more with given names, commas alone between them, before a marked title
(issue 11, twenty-fifth round).

Papers in the sciences and the digital humanities list their writers with commas and no
"and": "Lev Manovich, Mehrdad Yazdani, Alise Tifentale, Jay Chow, *The Exceptional and the
Everyday*, 2014." A list needed "and" before its last person (or "et al." after it), so the
first person was read as the writer and the other names as a plain title, the marked title
as its container. Now three persons or more with given names before a comma and a marked
title are the writers. Two are not (a person and a plain title look the same: "Tom Vell,
Harbour Lights, *Leeds Review* 4"), nor are names before a journal's name and volume.

The direction came from the real notes read whole (an English article's computational
papers); the notes here are invented. Half the rows are negatives.
"""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import note_citations_in
from citecheck.model import Note, Span

# (case, note, the writers read, the title read)
ROWS = [
    ("four writers, an italic title", "Tom Vell, Ann Roe, Jo Hale, Cy Maro, *Harbour Lights*, 2014.", ["Vell", "Roe", "Hale", "Maro"], "Harbour Lights"),
    ("three writers, an article", "Tom Vell, Ann Roe, Jo Hale, “The Harbour Strike,” *Leeds Review* 4 (1990): 12.", ["Vell", "Roe", "Hale"], "The Harbour Strike"),
    ("three writers with initials, a book", "Tom A. Vell, Ann B. Roe, Jo Hale, *Harbour Lights* (Leeds: Dale, 1990), 12.", ["Vell", "Roe", "Hale"], "Harbour Lights"),
    ("negative: two, a person and a plain title before a journal", "Tom Vell, Harbour Lights, *Leeds Review* 4 (1990): 12.", ["Vell"], "Harbour Lights"),
    ("negative: a person and two plain titles' words before a journal", "Tom Vell, Harbour Lights, Salt Roads, *Leeds Review* 4 (1990): 12.", ["Vell"], "Harbour Lights, Salt Roads"),
    ("negative: three persons, no marked title", "Tom Vell, Ann Roe, Jo Hale, Harbour Lights, 2014.", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("case", "text", "writers", "title"), ROWS, ids=[r[0] for r in ROWS])
def test_a_comma_list_of_persons_before_a_marked_title(
    case: str, text: str, writers: list[str] | None, title: str | None
) -> None:
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)), "1")
    found = note_citations_in(text, note)
    if writers is None:
        assert all(len(c.authors) < 3 for c in found)
        return
    assert [([a.surname for a in c.authors], c.title) for c in found][:1] == [(writers, title)]
