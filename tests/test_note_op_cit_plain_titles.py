"""A web copy's plain title before "op. cit.", in a part of the work after its writer's
possessive (issue 11, round 17).

"Compare Edel's gloss in his introduction to *Workers and the Plan*, op. cit., pp. xi–xiv"
(Chicago 14.36 discourages op. cit., but writers keep it): the Markdown copy read the
title by its emphasis. In the web copy the title is plain, and it was read only when it
opened a title cited before; a book cited only as a chapter's container is not among
those, and the web copy read the title's last word as the op. cit.'s writer ('Plan').
"op. cit." itself says the words before it name a work cited before, so
`note_woven_shorts` now takes them as its title.

Negatives: words in lower case before "op. cit." (no title), a year in them.
"""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, work

ROWS = [
    ("a gloss in an introduction, the title plain",
     "Compare Edel's gloss in his introduction to *Workers and the Plan*, op. cit., pp. xi–xiv.",
     [work("Edel", "Workers and the Plan", form="op-cit")]),
    ("an introduction, no page",
     "See Edel's introduction to *Workers and the Plan*, op. cit.",
     [work("Edel", "Workers and the Plan", form="op-cit")]),
    ("negative: words in lower case",
     "Compare Edel's gloss in his introduction to the book, op. cit., pp. xi–xiv.",
     []),
    ("negative: an edition's year",
     "Compare Edel's gloss in his introduction to the 1979 edition, op. cit., xi.",
     []),
]  # fmt: skip

test_the_writer_and_title_in_both_renderings, test_no_author_year_in_the_web_copy = (
    both_renderings_tests(ROWS)
)


def test_half_the_rows_are_negatives() -> None:
    assert 2 * sum(r[0].startswith("negative") for r in ROWS) >= len(ROWS)
