"""A second work in a note of commentary, its writer after a kind of work and "by" (Chicago
14.37–14.40): "Ann Vell, *The Long Shore* (Leeds: …, 1991), 12, and the reply by Tom
Rudd, *Salt and Tar* (York: …, 1988), 9". The reader read a writer in prose before a title
and its imprint or issue, but never after "by" (a translator's or an editor's "by"), so
the second work was lost (`citecheck/extract/note_evidenced.py`, `_KIND_BY`). Every writer
and title is invented.

Half the rows or more are negatives: an editor's or a translator's "by", a speech by its
place and year, a kind and "by" with no title or no details after the person, a surname
alone, quantities, decades and page-like numbers."""

from __future__ import annotations

from tests.note_tables import negative_table_tests, rendering_table_tests, work

VELL = "Ann Vell, *The Long Shore* (Leeds: Harrow Press, 1991), 12"
SALT = "*Salt and Tar* (York: Minster Books, 1988), 9"

# name, note, readings (alike in Markdown and in the web copy)
CASES = [
    ("the reply by", f"{VELL}, and the reply by Tom Rudd, {SALT}.",
     [work("Vell", "The Long Shore", "1991"), work("Rudd", "Salt and Tar", "1988")]),
    ("an essay by, in a periodical",
     f'{VELL}, and an essay by Tom Rudd, "Salt and Tar," *Minster Quarterly* 4, no. 1 '
     "(1988): 9--30.",
     [work("Vell", "The Long Shore", "1991"), work("Rudd", "Salt and Tar", "1988")]),
    ("a review by, after a relative clause",
     f"{VELL}, whose reading of the strike is disputed in a review by Tom Rudd, "
     '"Salt and Tar," *Harbour Review* 12, no. 3 (1992): 41--60.',
     [work("Vell", "The Long Shore", "1991"), work("Rudd", "Salt and Tar", "1992")]),
    ("negative: an editor's by",
     f"{VELL}, and the collection edited by Tom Rudd, a volume of 412 pages.",
     [work("Vell", "The Long Shore", "1991")]),
    ("negative: a translator's by",
     f"{VELL}, translated by Tom Rudd in 1998 for 2,000 readers.",
     [work("Vell", "The Long Shore", "1991")]),
    ("negative: a speech by its place and year",
     "The quay appears in a speech by Tom Rudd, York, 1988.", []),
    ("negative: a reply by a person, then prose",
     f"{VELL}, and the reply by Tom Rudd, who moved to York in the 1980s.",
     [work("Vell", "The Long Shore", "1991")]),
    ("negative: a review by a surname alone",
     f"{VELL}, and the review by Rudd, Salt, 4--5 May 1990.",
     [work("Vell", "The Long Shore", "1991")]),
    ("negative: an article by a person and its length",
     "An article by Tom Rudd, some 4,000 words long, appeared in 1988.", []),
    ("negative: a lecture by a person and a decimal",
     "The lecture by Tom Rudd, 2.5 hours long, was given at York in the 1990s.", []),
]  # fmt: skip

test_markdown, test_web_copy = rendering_table_tests(CASES, web_column=2)


test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    CASES, least=10
)
