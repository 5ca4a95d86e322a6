"""A web copy's short form whose writer is the subject of the note's next words (issue 11,
round 17).

"Vell, Harbour Strikes, 140, doubts that more than a few hundred were printed": the short
form (Chicago 14.29) names the source, and the note goes on with the writer as the
subject of a verb of saying or holding, in the present as commentary on a source is
written (Chicago 14.37). The Markdown copy was read by the title's emphasis; in the web
copy a plain title in sentence case ("Il biennio delle officine") needs its page to be
taken for a title, and the words after the page hid it. `note_work._PAGE_THEN_VERB` takes
the page when a verb of that kind follows it.

Negatives: a past tense (a person, an office and an age), a year after the title, a word
that is no verb ("while"), a number in prose, a place and a publisher.
"""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, work

ROWS = [
    ("a sentence-case title, a page, a verb",
     "Vallis, *Il biennio delle officine*, 140, doubts that few copies were printed.",
     [work("Vallis", "Il biennio delle officine", form="short")]),
    ("after a first sentence",
     "See the leaflet, 3. Vallis, *Il biennio delle officine*, 140, doubts that few copies were printed.",
     [work("Vallis", "Il biennio delle officine", form="short")]),
    ("also, then the verb",
     "Morra, *La lotta in porto*, 12–14, also notes the strike of 1921.",
     [work("Morra", "La lotta in porto", form="short")]),
    ("a page mark, a verb",
     "Morra, *La lotta in porto*, p. 88, misdates the congress.",
     [work("Morra", "La lotta in porto", form="short")]),
    ("a participle and 'by': the source quoted by another",
     "Kovač, *Self-Management and Its Enemies*, 77, quoted with approval by later writers.",
     [work("Kovač", "Self-Management and Its Enemies", form="short")]),
    ("negative: a number in prose, a participle and 'by'",
     "In Leeds, the union, 140, quoted by the press.",
     []),
    ("negative: a past tense after an age",
     "Vell, Party Secretary, 45, claimed that the docks were lost.",
     []),
    ("negative: a number in prose, then a verb",
     "In Leeds, the union, 140, claims a victory.",
     []),
    ("negative: a word that is no verb",
     "Around 6,500 BCE, while Sumer flourished, Jericho grew.",
     []),
    ("negative: a place, a publisher, a number",
     "London, Dale Press, 140, notes the strike.",
     []),
]  # fmt: skip

test_the_writer_and_title_in_both_renderings, test_no_author_year_in_the_web_copy = (
    both_renderings_tests(ROWS)
)


def test_half_the_rows_are_negatives() -> None:
    assert 2 * sum(r[0].startswith("negative") for r in ROWS) >= len(ROWS)
