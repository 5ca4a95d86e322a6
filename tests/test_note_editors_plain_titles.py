"""Issue 11, round 19: editors (or a translator) named before a web copy's plain title,
"eds." with no comma after it (`extract/note_names.py`, `extract/note_titles.py`).

Constructed notes (invented editors, titles, places and publishers; no corpus text).
Chicago 14.103 gives an edited volume cited by its editors as "Ada Pinchley and Tomas
Verrell, eds., *The Lantern and the Ledger* (London: Fernbank Press, 1990)"; notes often
leave out the comma after "eds.", and a web copy drops the italics, so the title starts
only after the abbreviation's full stop. The reader read the editors' names as the title
(two editors) or nothing (one). As after "(eds.) ", the imprint ahead must vouch for the
plain title, and the title must be in title case and no person's names alone ("…, A Working
Reader, ed. Ola Brant (London: …)": "ed." after a title is "edited by", Chicago 14.88; a
two-word title like a person's names stays unread in a web copy).

At least half the rows are negatives: a place and a publisher after "eds." (no title), prose
after "ed." with no imprint, "ed." inside prose ("ed. by"), an editor's office and a year,
a paper and a day (no imprint), quantities. None gives an author, and the author-year
reader reads none. Each row is read as Markdown and as a web copy (no emphasis)."""

from __future__ import annotations

from tests.note_tables import Reading, negative_table_tests, rendering_table_tests

BOOK = "The Lantern and the Ledger"
IMPRINT = "(London: Fernbank Press, 1990)"

# (class, note, readings in Markdown, readings in the web copy)
CASES: list[tuple[str, str, list[Reading], list[Reading]]] = [
    (
        "two editors, eds. and no comma",
        f"Ada Pinchley and Tomas Verrell, eds. *{BOOK}* {IMPRINT}, 4.",
        [("full", ("Pinchley", "Verrell"), BOOK, "1990")],
        [("full", ("Pinchley", "Verrell"), BOOK, "1990")],
    ),
    (
        "one editor, ed. and no comma",
        f"Ada Pinchley, ed. *{BOOK}* {IMPRINT}, 33.",
        [("full", ("Pinchley",), BOOK, "1990")],
        [("full", ("Pinchley",), BOOK, "1990")],
    ),
    (
        "three editors after see",
        f"See Ada Pinchley, Tomas Verrell and Ola Brant, eds. *{BOOK}* {IMPRINT}.",
        [("full", ("Pinchley", "Verrell", "Brant"), BOOK, "1990")],
        [("full", ("Pinchley", "Verrell", "Brant"), BOOK, "1990")],
    ),
    (
        "a translator, trans. and no comma",
        f"Tomas Verrell, trans. *{BOOK}* {IMPRINT}, 12.",
        [("full", ("Verrell",), BOOK, "1990")],
        [("full", ("Verrell",), BOOK, "1990")],
    ),
    (
        "ed. after a book's title is its editor, no names before it",
        "See Tomas Verrell, “Notes on the Docks” (1942), in *Harbour Essays: A Working Reader*, "
        "ed. Ola Brant (London: Fernbank Press, 1990), 93--110.",
        [("full", ("Verrell",), "Notes on the Docks", "1990")],
        [("full", ("Verrell",), "Notes on the Docks", "1990")],
    ),
    # negatives
    (
        "negative: a place and a publisher after eds., no title",
        "Ada Pinchley and Tomas Verrell, eds. London: Fernbank Press, 1990.",
        [],
        [],
    ),
    (
        "negative: prose after ed., no imprint",
        "Ada Pinchley, ed. The volume never appeared, and 400 copies were pulped in 1990.",
        [],
        [],
    ),
    (
        "negative: an editor's office and a year",
        "The paper's editor (Ada Pinchley, ed. 1988--1990) never answered.",
        [],
        [],
    ),
    (
        "negative: edited by in prose, a quoted word and a year",
        "The “Lantern” circle, ed. by no one, met 12 times in 1990.",
        [],
        [],
    ),
    (
        "negative: a paper and a day after ed., no imprint",
        "Ada Pinchley, ed. Harbour Times, May 4, 1990.",
        [],
        [],
    ),
    (
        "negative: quantities after ed.",
        "Ada Pinchley, ed. 4,000 copies in 1990, 12,000 in 1995.",
        [],
        [],
    ),
]


test_markdown, test_web_copy = rendering_table_tests(CASES)


(
    test_the_table_holds_at_least_as_many_negatives_as_positives,
    test_the_author_year_reader_reads_no_author_in_a_negative,
) = negative_table_tests(CASES)
