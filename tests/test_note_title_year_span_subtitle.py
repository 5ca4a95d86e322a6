"""A web copy's plain title keeps its span of years before a subtitle or an edition, and a
list of words before a subtitle (issue 11, twenty-fifth round).

Chicago 8.166 titles a period's history with its years after a comma ("Crime and Law in
England, 1750–1840: Remaking Justice from the Margins"). A plain title, its italics lost
in a web copy, kept such a span only before a dated bracket ("…, 1650-1720 (Rochester,
2007)"); before a subtitle it was cut at the comma, and the title read was "Crime and Law
in England". Now a span of years (1500 to 2099), a colon, a capital and an imprint's
bracket after it keep the span and the subtitle in the title; so does a span before an
edition and the bracket ("…, 1750–1900, 4th edn (Harlow: …)"). And a capitalised word
and a colon after a comma ("Graphs, Maps, Trees: Abstract Models …") were taken for a
place and its publisher ("…, Neuwied: Luchterhand, 1970"); before a subtitle of three words
or more and an imprint's bracket with no year between, they are the title's (a capital
must open the words: ", and Queen Mary: Chiefly …" is cut as before, for a title so long
was misread whole).

The direction came from the real notes read whole (an English article's criminal-justice
histories); the notes here are invented. Half the rows are negatives: a page range before
a colon, a quotation after a range with no imprint after it, a single year.
"""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import note_citations_in
from citecheck.model import Note, Span

# (case, note, the title read)
ROWS = [
    ("a span, a subtitle, an imprint", "Tom Vell, Harbour Lights in England, 1750–1840: Remaking the Ports (Leeds: Dale Press, 2006), 12.", "Harbour Lights in England, 1750–1840: Remaking the Ports"),
    ("a short span", "Tom Vell, Harbour Lights, 1921–22: A History (Leeds: Dale, 1990).", "Harbour Lights, 1921–22: A History"),
    ("before another work", "Tom Vell, Harbour Lights in England, 1750–1840: Remaking the Ports (Leeds: Dale Press, 2006); Ann Roe, Salt (Leeds: Dale, 1990).", "Harbour Lights in England, 1750–1840: Remaking the Ports"),
    ("negative: a page range before a colon", "Tom Vell, Harbour Lights, 1021–22: The strikers said so (Leeds: Dale, 1990).", "Harbour Lights"),
    ("negative: a page range of the same shape before a quotation", "Tom Vell, Harbour Lights, 12–14: The strikers said so (Leeds: Dale, 1990).", "Harbour Lights"),
    ("a span before an edition", "Tom Vell, Harbour Lights in England, 1750–1900, 4th edn (Harlow: Dale, 2010); Ann Roe, Salt (Leeds: Dale, 1990).", "Harbour Lights in England, 1750–1900"),
    ("a list of words before a subtitle", "Tom Vell, Salt, Tar, Rope: Abstract Models of a Harbour (Leeds: Dale, 2005).", "Salt, Tar, Rope: Abstract Models of a Harbour"),
    ("negative: a place and a publisher, then a year", "Tom Vell, Harbour Lights, Leeds: Dale, 1990 (London: Verso, 1991).", "Harbour Lights"),
    ("negative: a place and a publisher before a bracket", "Tom Vell, Harbour Lights, Leeds: Dale Press (London: Verso, 1991).", "Harbour Lights"),
    ("negative: 'and' opening the words before a colon, as before", "Tom Vell, ed. Original Letters of the Harbour: Written During the Reigns of King Henry, King Edward, and Queen Mary: Chiefly from the Archives of Leeds, 2 vols. (Leeds: Dale, 1846).", "Original Letters of the Harbour: Written During the Reigns of King Henry, King Edward"),
    ("negative: a range and a quotation, no imprint", "Tom Vell, Harbour Lights, 1921–22: The strikers said so.", "Harbour Lights"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "text", "title"), ROWS, ids=[r[0] for r in ROWS])
def test_a_span_of_years_before_a_subtitle_is_the_titles(
    case: str, text: str, title: str | None
) -> None:
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)), "1")
    titles = [
        c.title
        for c in note_citations_in(text, note)
        if c.authors and c.authors[0].surname == "Vell"
    ]
    assert titles[:1] == ([title] if title else [])
