"""Issue 11: an unsigned periodical piece whose quoted title stands after prose
(`extract/note_unsigned_leads.py`).

Constructed notes (invented titles, papers and writers; no corpus text). Chicago 14.191 and
14.207 cite an unsigned newspaper piece by its title, paper and date; German and Greek notes
do the same („Titel“, in: Zeitung, 3.5.1999; «Τίτλος», εφ. Εφημερίδα, 3/5/1999). When the
note names the piece inside its prose ("was reported in", "see the report", "; and for the
press,") the reader had no start there. Each row is read as Markdown and as a web copy
(no emphasis).

At least half the rows are negatives: speech quoted before a paper and a day, a slogan and
a place and a day, a phrase in lower case, a piece whose writer the prose names (it may be
theirs: no reading rather than a false one), a quoted title and an imprint, a paper with a
date and no title, quoted words with no paper. None gives an author, and the author-year
reader reads none."""

from __future__ import annotations

from tests.note_tables import Reading, negative_table_tests, rendering_table_tests, unsigned

MILL = "Mill Hands Walk Out"
KRISE = "Die Krise der Partei"
KRATOS = "Η κρίση του κράτους"
HARBOUR = "Labour and the Mills"

# (class, note, readings in Markdown, readings in the web copy)
CASES: list[tuple[str, str, list[Reading], list[Reading]]] = [
    (
        "reported in, a paper in italics and a day",
        f"The strike was reported in “{MILL},” *Daily Courier*, March 3, 1999, 8.",
        [unsigned(MILL, "1999")],
        [unsigned(MILL, "1999")],
    ),
    (
        "see the report",
        f'On the reaction of the press, see the report "{MILL}," *Daily Courier*, 3 March 1999.',
        [unsigned(MILL, "1999")],
        [unsigned(MILL, "1999")],
    ),
    (
        "a second group after a work, a semicolon and prose",
        "Ann Cole, *Salt Roads* (Leeds: Marlow, 2004), 45; and for the press, "
        f"“{MILL},” *Daily Courier*, March 3, 1999, 8.",
        [("full", ("Cole",), "Salt Roads", "2004"), unsigned(MILL, "1999")],
        [("full", ("Cole",), "Salt Roads", "2004"), unsigned(MILL, "1999")],
    ),
    (
        "a sentence after a work",
        "Ann Cole, *Salt Roads* (Leeds: Marlow, 2004), 45. The strike itself is described in "
        f"“{MILL},” *Daily Courier*, March 3, 1999, 8.",
        [("full", ("Cole",), "Salt Roads", "2004"), unsigned(MILL, "1999")],
        [("full", ("Cole",), "Salt Roads", "2004"), unsigned(MILL, "1999")],
    ),
    (
        "German: den Bericht, in: and a numeric day",
        f"Vgl. dazu den Bericht „{KRISE}“, in: Vorwärts, 12.3.1931, S. 2.",
        [unsigned(KRISE, "1931")],
        [unsigned(KRISE, "1931")],
    ),
    (
        "German: a paper in italics and a day with its month",
        f"Die Meldung erschien zuerst als „{KRISE}“, *Berliner Volksblatt*, 12. März 1931.",
        [unsigned(KRISE, "1931")],
        [unsigned(KRISE, "1931")],
    ),
    (
        "Greek: το ρεπορτάζ, εφ. and a numeric day",
        f"Βλ. επίσης το ρεπορτάζ «{KRATOS}», εφ. *Η Ημέρα*, 3/5/1999.",
        [unsigned(KRATOS, "1999")],
        [unsigned(KRATOS, "1999")],
    ),
    (
        "a journal's volume and dated issue after prose",
        f"The strike was also discussed in “{HARBOUR},” *Harbour Review* 12, no. 3 (1999): 45.",
        [unsigned(HARBOUR, "1999")],
        [unsigned(HARBOUR, "1999")],
    ),
    # negatives
    (
        "negative: speech quoted before a paper and a day",
        "He said “We Will Not Yield,” *Daily Courier*, March 3, 1999, 8.",
        [],
        [],
    ),
    (
        "negative: German speech, sagte",
        "Der Vorsitzende sagte „Wir weichen nicht“, *Vorwärts*, 12.3.1931.",
        [],
        [],
    ),
    (
        "negative: a slogan, a place and a day",
        "The crowd chanted “Bread and Peace,” London, May 4, 1917.",
        [],
        [],
    ),
    (
        "negative: a slogan and a one-word plain place",
        "The crowd marched behind “Bread and Peace,” Harrogate, May 4, 1917.",
        [],
        [],
    ),
    (
        "negative: a phrase in lower case",
        "The paper called it “a shameful surrender,” *Daily Courier*, March 3, 1999.",
        [],
        [],
    ),
    (
        "negative: the writer named in the prose before",
        "See the reports by Peter Wendland, for instance "
        f"“{MILL},” *Daily Courier*, March 3, 1999.",
        [],
        [],
    ),
    (
        "negative: German, the writer after von",
        f"Vgl. die Berichte von Wendland, etwa „{KRISE}“, in: Vorwärts, 12.3.1931, S. 2.",
        [],
        [],
    ),
    (
        "negative: German, a surname opening the sentence",
        f"Wendland berichtete darüber in „{KRISE}“, in: Vorwärts, 12.3.1931, S. 2.",
        [],
        [],
    ),
    (
        "negative: German, a possessive pronoun before the piece",
        f"Vgl. seinen Bericht „{KRISE}“, in: Vorwärts, 12.3.1931, S. 2.",
        [],
        [],
    ),
    (
        "negative: a slogan under a photograph, then the paper",
        "The paper printed the slogan “Bread and Peace” under a photograph, "
        "*Daily Courier*, March 3, 1999.",
        [],
        [],
    ),
    (
        "negative: a quoted title and an imprint after prose",
        f"The pamphlet circulated as “{MILL}” (Leeds: Marlow, 1931).",
        [],
        [],
    ),
    (
        "negative: quoted words with no paper after them",
        f"The strike was reported as “{MILL}” in 1999 by several papers.",
        [],
        [],
    ),
    (
        "negative: a paper and a day, no title",
        "The strike was reported in the *Daily Courier*, March 3, 1999, 8.",
        [],
        [],
    ),
    (
        "negative: a place and a year after a quoted phrase",
        "The slogan was heard as “Bread and Peace” in Leeds, 1917.",
        [],
        [],
    ),
]


test_markdown, test_web_copy = rendering_table_tests(CASES)


(
    test_the_table_holds_at_least_as_many_negatives_as_positives,
    test_the_author_year_reader_reads_no_author_in_a_negative,
) = negative_table_tests(CASES)
