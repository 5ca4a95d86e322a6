"""Issue 11, round 19: a full note form set in brackets inside a note's prose, its writer
with given names (`extract/note_bracketed.py`).

Constructed notes (invented writers, titles and periodicals; no corpus text). A discursive
note may give its source in brackets after a sentence of its own, in the full form Chicago
gives a note (14.x: "Given Surname, “Title,” *Journal* 12, no. 3 (1990): 4"; 14.191:
"…,” *Paper*, May 4, 1990"), not only after a quotation. The reader read such a bracket
when the writer was inverted ("Surname, Given, …", a bibliography's) or the bracket came
right after a quotation; a writer with given names after a sentence was read only with a
book's imprint.

Read: a person with given names, a comma, a marked title (italic or quoted), and a
periodical with its dated issue or day, or an imprint. Not read: a person's apposition
(an office, a place), a film or a play with only a year (no periodical, no imprint), a
phrase in lower case, quantities and years, a plain title. At least half the rows are
negatives; none gives an author, and the author-year reader reads none. Each row is read
as Markdown and as a web copy (no emphasis; the quoted titles keep their marks)."""

from __future__ import annotations

from tests.note_tables import Reading, negative_table_tests, rendering_table_tests

PIECE = "Dockers Walk Out Again"

# (class, note, readings in Markdown, readings in the web copy)
CASES: list[tuple[str, str, list[Reading], list[Reading]]] = [
    (
        "a journal article with its volume, number and year in brackets",
        f"The union never answered (Tomas Verrell, “{PIECE},” *Harbour Review* 12, no. 3 "
        "(1990): 4).",
        [("full", ("Verrell",), PIECE, "1990")],
        [("full", ("Verrell",), PIECE, "1990")],
    ),
    (
        "a newspaper piece with its day, a page after it",
        f"The union never answered (Tomas Verrell, “{PIECE},” *Harbour Times*, May 4, 1990, 3).",
        [("full", ("Verrell",), PIECE, "1990")],
        [("full", ("Verrell",), PIECE, "1990")],
    ),
    (
        "two writers, after a full stop, the bracket closing the note",
        f"The union never answered. (Ada Pinchley and Tomas Verrell, “{PIECE},” *Harbour "
        "Review* 12 (1990): 4--9.)",
        [("full", ("Pinchley", "Verrell"), PIECE, "1990")],
        [("full", ("Pinchley", "Verrell"), PIECE, "1990")],
    ),
    (
        "a bracket in mid-sentence, the prose going on",
        f"The union (Tomas Verrell, “{PIECE},” *Harbour Review* 12 (1990): 4) never answered.",
        [("full", ("Verrell",), PIECE, "1990")],
        [("full", ("Verrell",), PIECE, "1990")],
    ),
    # negatives
    (
        "negative: a person's office and a day in brackets",
        "The union never answered (Tomas Verrell, Secretary of the Union, May 4, 1990).",
        [],
        [],
    ),
    (
        "negative: a film's director, its title and a year",
        "The harbour scenes were shot later (Orson Pell, *The Night Harbour*, 1952).",
        [],
        [],
    ),
    (
        "negative: a phrase in lower case and a day",
        "The union never answered (Tomas Verrell, “the finest hour,” May 4, 1990).",
        [],
        [],
    ),
    (
        "negative: a ship's name and a launch date",
        "The men sailed on the *Northern Star* (Tomas Verrell, master, launched May 4, 1990).",
        [],
        [],
    ),
    (
        "negative: quantities and years in brackets",
        "The union grew fast (Tomas Verrell, 4,000 members in 1990, 12,000 in 1995).",
        [],
        [],
    ),
    (
        "negative: a place and a year after a person",
        "The union never answered (Tomas Verrell, Leeds, 1990).",
        [],
        [],
    ),
    (
        "negative: an emphasised word and a year in brackets",
        "The union *never* answered (Tomas Verrell, *never*, 1990).",
        [],
        [],
    ),
    (
        "negative: a paper's name as a person's office and a year",
        "The union never answered (Tomas Verrell, *Harbour Times* editor, 1990).",
        [],
        [],
    ),
]


test_markdown, test_web_copy = rendering_table_tests(CASES)


(
    test_the_table_holds_at_least_as_many_negatives_as_positives,
    test_the_author_year_reader_reads_no_author_in_a_negative,
) = negative_table_tests(CASES)
