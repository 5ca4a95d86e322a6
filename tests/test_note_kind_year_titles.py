"""A writer's possessive, the kind of work and a title with its year alone in brackets, in
a note's prose (issue 11, round 17).

"See Ken Vell's recent documentary series *The Harbour: An Intimate History* (2014), which
traces …": the prose names the writer, the kind of work (Chicago 14.23, MLA 9: a work
named in running text) and the title, and gives the year beside it. The Markdown copy was
read by the title's emphasis; in the web copy the title is plain and nothing vouched for it
but an imprint, so the work was lost. `note_evidenced` now takes the year alone in brackets
as evidence (after a space: at a note's start "Ann Vell's talk, which Vell published as …"
is prose) when the words before the title name a kind of work ("study", "memoir",
"documentary series") and the title's words are a headline's.

Negatives: the words before name no kind of work ("visit to", "book tour"), a description
that is no title ("study of the Harbour Strike"), a range of years, a title-like run with
words in lower case, no bracket.
"""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, work

ROWS = [
    ("a documentary series, the sentence goes on",
     "See Ken Vell's recent documentary series *The Harbour: An Intimate History* (2014), which traces the strike.",
     [work("Vell", "The Harbour: An Intimate History", "2014")]),
    ("a study, then a clause",
     "See Ann Vell's study *The Harbour and the Strike* (1990), which argues that the dockers led.",
     [work("Vell", "The Harbour and the Strike", "1990")]),
    ("a memoir after 'See also'",
     "See also Tom Rudd's memoir *Leaving the Quay* (1988), which says nothing of it.",
     [work("Rudd", "Leaving the Quay", "1988")]),
    ("a novel at the sentence's end",
     "On the strike, see also Ute Brandl's novel *Glass and Iron* (2001).",
     [work("Brandl", "Glass and Iron", "2001")]),
    ("negative: a visit, no kind of work",
     "Ann Vell's recent visit to Harbour Town (1990) was brief.",
     []),
    ("negative: a description, no title",
     "Ann Vell's study of the Harbour Strike (1990) is cited below.",
     []),
    ("negative: a book tour",
     "Tom Rudd's book tour Leeds and York (1988) sold out.",
     []),
    ("negative: a range of years",
     "Ann Vell's study The Harbour and the Strike (1990–91) ran for years.",
     []),
    ("negative: words in lower case, no headline",
     "Ann Vell's books The Harbour and other pieces (1990) were reissued.",
     []),
]  # fmt: skip

test_the_writer_and_title_in_both_renderings, test_no_author_year_in_the_web_copy = (
    both_renderings_tests(ROWS)
)


def test_half_the_rows_are_negatives() -> None:
    assert 2 * sum(r[0].startswith("negative") for r in ROWS) >= len(ROWS)
