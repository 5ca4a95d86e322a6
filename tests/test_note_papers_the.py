"""Issue 11, round 19: an unsigned newspaper piece in a note's prose whose paper is named
with "the" in lower case, or whose title opens a Markdown link
(`extract/note_unsigned_leads.py`, `extract/note_evidenced.py`).

Constructed notes (invented titles, papers and writers; no corpus text). Chicago 14.191
(and 8.170): in running text and notes an initial "The" of a newspaper's name is lower
case and set roman, "the *Harbour Times*"; writers also set it inside the italics ("*the
Harbour Times*") or, in a web copy, plain ("the Harbour Times"). A journal's "the" is set
alike before its volume and dated issue ("the *Harbour Review* 12 (1990)"). A Markdown note
may wrap the piece in a link ("see [“…,” *Harbour Times*, May 4, 1990](https://…)"): the bracket
stands between the prose and the title's quote mark. The reader knew the paper only with
a capital "The" and the title only right after the prose.

At least half the rows are negatives: speech before "the" and a paper, a phrase in lower
case, a street or place after "the" in a web copy (one plain word: no paper), a paper with
no day, a ship's name and a paper's verb, a link around quoted words in lower case, the
writer named in the prose before. None gives an author, and the author-year reader reads
none. Each row is read as Markdown and as a web copy (no emphasis)."""

from __future__ import annotations

from tests.note_tables import Reading, negative_table_tests, rendering_table_tests

MILL = "Dockers Walk Out Again"
LINK = "(https://example.org/dockers)"


def unsigned(year: str = "1990") -> Reading:
    return ("full", (), MILL, year)


# (class, note, readings in Markdown, readings in the web copy)
CASES: list[tuple[str, str, list[Reading], list[Reading]]] = [
    (
        "see especially, the roman before the paper in italics",
        f"On the strike, see especially “{MILL},” the *Harbour Times*, May 4, 1990.",
        [unsigned()],
        [unsigned()],
    ),
    (
        "see especially, the inside the italics",
        f"On the strike, see especially “{MILL},” *the Harbour Times*, May 4, 1990, 3.",
        [unsigned()],
        [unsigned()],
    ),
    (
        "a link around the piece after see especially",
        f"On the strike, see especially [“{MILL},” *Harbour Times*, May 4, 1990]{LINK}.",
        [unsigned()],
        [unsigned()],
    ),
    (
        "a link around the piece, the inside the italics",
        f'The union never answered; see ["{MILL}," *the Harbour Times*, 4 May 1990]{LINK}.',
        [unsigned()],
        [unsigned()],
    ),
    (
        "a one-word paper in italics after the",
        f"The strike was reported in “{MILL},” the *Courier*, March 3, 1990, 8.",
        [unsigned()],
        [],
    ),
    (
        "a writer in prose, then the paper after the",
        f"The strike is described in Tomas Verrell, “{MILL},” the *Harbour Times*, May 4, 1990.",
        [("full", ("Verrell",), MILL, "1990")],
        [("full", ("Verrell",), MILL, "1990")],
    ),
    (
        "a journal's volume and year, the inside the italics, in a link",
        f"On wages, see especially [“{MILL},” *the Harbour Review* 12, no. 3 (1990)]{LINK}.",
        [unsigned()],
        [unsigned()],
    ),
    (
        "a journal's volume and year, the roman before the italics",
        f"On wages, see especially “{MILL},” the *Harbour Review* 12 (1990): 4.",
        [unsigned()],
        [unsigned()],
    ),
    # negatives
    (
        "negative: a slogan, the and a lower-case phrase with numbers",
        "The crowd marched behind “Bread and Peace,” the theme of 12 marches (1990).",
        [],
        [],
    ),
    (
        "negative: a quoted word, the journal and a year in prose, no volume",
        f"The phrase “{MILL}” ran in the *Harbour Review* in 1990, 4 times.",
        [],
        [],
    ),
    (
        "negative: speech before the and a paper",
        "He said “We Will Not Yield,” the *Harbour Times*, May 4, 1990.",
        [],
        [],
    ),
    (
        "negative: a phrase in lower case before the paper",
        "The paper called it “a shameful surrender,” the *Harbour Times*, May 4, 1990.",
        [],
        [],
    ),
    (
        "negative: a slogan and a street after the",
        "The crowd marched behind “Bread and Peace,” the Strand, May 4, 1917.",
        [],
        [],
    ),
    (
        "negative: a slogan and a place after the",
        "The crowd marched behind “Bread and Peace,” the Hague, May 4, 1917.",
        [],
        [],
    ),
    (
        "negative: the paper and no day",
        f"The headline “{MILL},” the *Harbour Times* wrote, was unfair.",
        [],
        [],
    ),
    (
        "negative: a ship's name, the paper's verb, then a day",
        "The ship “Northern Star,” the *Harbour Times* noted, sailed on May 4, 1990.",
        [],
        [],
    ),
    (
        "negative: a link around quoted words in lower case",
        f"See [“what the strikers said”]{LINK}, the *Harbour Times*, May 4, 1990.",
        [],
        [],
    ),
    (
        "negative: the writer named in the prose before",
        f"See the reports by Peter Wendland, for instance “{MILL},” the *Harbour Times*, "
        "May 4, 1990.",
        [],
        [],
    ),
    (
        "negative: the paper in prose with a day and no title",
        "The strike was reported in the *Harbour Times*, May 4, 1990, 8.",
        [],
        [],
    ),
    (
        "negative: years and quantities after a quoted word",
        "The “Jubilee” fund, the Harbour Board said, held 4,000 pounds in May 1990.",
        [],
        [],
    ),
]


test_markdown, test_web_copy = rendering_table_tests(CASES)


(
    test_the_table_holds_at_least_as_many_negatives_as_positives,
    test_the_author_year_reader_reads_no_author_in_a_negative,
) = negative_table_tests(CASES)
