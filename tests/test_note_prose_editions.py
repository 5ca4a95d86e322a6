"""Works a note names in its prose, not in a reference's shape, with their dates (Chicago
14.102–14.110: a source may be named in the running text of a note with its publication
facts; the writer is the person whose work it is):

- a translation by its translator and year, a sentence of its own ("Translated by Ana
  Vell, 2001."), and an edition by its year and publisher ("the 1973 Halden edition of
  *The Long Retreat*"; `citecheck/extract/note_prose_editions.py`);
- an introduction to another's book, cited under its writer, the sentence's subject ("As
  Ana Vell … put it in her 1992 introduction to Rudd's *The Long Retreat* (Leeds: …)");
- a work opening the sentence after a quotation ascribed to its writer ("Rudd's statement
  that, "…". *The Long Retreat* (Leeds: …)": `note_ascribed_quotes`);
- a writer's preface to his own book in a web copy, the book's year closing the sentence
  ("Karl Rudd's Preface to A Critique of the Wage (1859).": `note_bridges.PART_OF_BOOK`);
- a block quotation's source named with its year ("As Ana Vell has written in *The Quiet
  Port* (1990),\\n\\n    > …": `note_work`, `note_plain_titles`), and a new paragraph of a
  long note after a closing quote ('…"was never quiet."\\n\\n    As Tom Rudd …':
  `note_segments`), which had run the two paragraphs into one work.

Every name, title and place is invented. Half the rows or more are negatives: a translator
in prose or without a year, a year range, a page, events and congresses of a
year, an edition without a year or of no title, a review of another's book, an
introduction without an imprint, a preface in prose or to a place, a speech, quotations
ascribed to no one, to two writers, or ended a sentence before the work."""

from __future__ import annotations

import pytest

from tests.note_tables import (
    last_note_readings,
    negative_table_tests,
    rendering_table_tests,
    web_copy,
    work,
)

PARAGRAPHS = (
    'Ann Vell, "The Quiet Port," *Harbour Review* 5 (April 1973). According to Vell, the '
    'port "was never quiet."\n\n    As Tom Rudd himself put it, in "Five Theses on the Party" '
    "(1951), translated by Vell in *Council* 26 (Winter 1975--76) and available on-line at: "
    "http://example.org/theses,\n\n    > The party must wait."
)
RUDD_FULL = "Tom Rudd, *The Long Retreat* (Leeds: Dale Press, 1977), 41."

# name, note, readings in Markdown, readings in the web copy
CASES = [
    ("a new paragraph after a closing quote", PARAGRAPHS,
     [work("Vell", "The Quiet Port", "1973"), work("Rudd", "Five Theses on the Party", "1951")],
     [work("Vell", "The Quiet Port", "1973"), work("Rudd", "Five Theses on the Party", "1951")]),
    ("a preface to the writer's own book",
     "Karl Rudd's Preface to *A Critique of the Wage* (1859).",
     [work("Rudd", "A Critique of the Wage", "1859")],
     [work("Rudd", "A Critique of the Wage", "1859")]),
    ("a translation by its translator and year", "Translated by Ana Vell, 2001.",
     [work("Vell", "", "2001")], [work("Vell", "", "2001")]),
    ("a translator in a link, then an edition by its year and publisher",
     "Translated by [Ana Vell, 2001](http://example.org/vell). The first sentence is missing "
     'from the 1973 Halden edition of *The Long Retreat* translated by E. B. Obst (see "On the '
     'Party," 143).',
     [work("Vell", "", "2001"), work("", "The Long Retreat", "1973")],
     [work("Vell", "", "2001"), work("", "The Long Retreat", "1973")]),
    ("an edition of a writer's book by its year",
     "See the 1973 edition of Rudd's *The Long Retreat*, 41.",
     [work("Rudd", "The Long Retreat", "1973")], [work("Rudd", "The Long Retreat", "1973")]),
    ("a preface to an edition named by its year",
     "Karl Rudd's preface to the 1973 Halden edition of *The Long Retreat*.",
     [work("Rudd", "The Long Retreat", "1973")], [work("Rudd", "The Long Retreat", "1973")]),
    ("negative: a preface to an edition of no title",
     "Karl Rudd's preface to the 1973 edition of the rules is short.", [], []),
    ("an edition opening the note", "The 1973 Halden edition of *The Long Retreat*, 41.",
     [work("", "The Long Retreat", "1973")], [work("", "The Long Retreat", "1973")]),
    ("an introduction to another's book, under its writer",
     "As Ana Vell, author of *The Quiet Port* (2000), put it in her 1992 introduction to "
     "Rudd's *The Long Retreat* (Leeds: Dale Press, 1992), the strike was lost.",
     [work("Vell", "The Long Retreat", "1992")], [work("Vell", "The Long Retreat", "1992")]),
    ("a block quotation's source with its year",
     "As Ana Vell has written in *The Quiet Port* (1990),\n\n    > The port was never quiet.",
     [work("Vell", "The Quiet Port", "1990")], [work("Vell", "The Quiet Port", "1990")]),
    ("negative: a translator in prose", "Translated by Tom Rudd in 1998 for 2,000 readers.",
     [], []),
    ("negative: a translator without a year", "Translated by Ana Vell and her students.",
     [], []),
    ("negative: a translator and a range of years", "Translated by Ana Vell, 1998--2001.",
     [], []),
    ("negative: a translator and a page", "Translated by Ana Vell, 41.", [], []),
    ("negative: translated by no person", "Translated by the editors, 2001.", [], []),
    ("negative: the translation of the work before",
     f"{RUDD_FULL} Translated by Ana Vell, 2001.",
     [work("Rudd", "The Long Retreat", "1977")], [work("Rudd", "The Long Retreat", "1977")]),
    ("negative: a person and the year of an event", "Ana Vell left the party in 1951.", [], []),
    ("negative: the elections of a year", "The 1973 elections cost the party its seats.",
     [], []),
    ("negative: an edition without its year",
     "The second edition of *The Long Retreat* adds a chapter.", [], []),
    ("negative: an edition of no title", "In the 1973 edition of the rules the clause is gone.",
     [], []),
    ("negative: a congress of a year", "The 1973 Congress of the party was held at Leeds.",
     [], []),
    ("negative: a review of another's book, no date",
     "Obst, reviewing Rudd's *The Long Retreat*, praised its 412 pages.", [], []),
    ("negative: an introduction without an imprint",
     "As Ana Vell put it in her 1992 introduction to Rudd's *The Long Retreat*, the strike was "
     "lost.", [], []),
    ("negative: a preface named in prose, plain",
     "Karl Rudd's Preface to A Critique of the Wage (1859) was written in exile.", [], []),
    ("negative: a preface to a place", "Karl Rudd's preface to Leeds (1859).", [], []),
    ("negative: a speech to a congress", "Ana Vell's speech to the 1951 Congress was short.",
     [], []),
    ("negative: a new paragraph of prose with a year",
     "The paragraph ends here.\n\n    As Tom Rudd said at Leeds in 1951, the party must wait.",
     [], []),
    # a work opening the sentence after a quotation ascribed to its writer is its source,
    # by that writer (`note_ascribed_quotes`; in a web copy it may open any sentence so)
    ("a work after a quotation ascribed by a possessive",
     "Here Obst refers to Rudd's statement that, \"the party must wait for the councils\". "
     "*The Long Retreat*, trans. by Ana Vell (Leeds: Dale Press, 1972), 93.",
     [work("Rudd", "The Long Retreat", "1972")], [work("Rudd", "The Long Retreat", "1972")]),
    ("a plain title after a quotation ascribed by a verb",
     'Tom Rudd wrote that "the party must wait." The Long Retreat (Leeds: Dale Press, 1972), '
     "93.",
     [work("Rudd", "The Long Retreat", "1972")], [work("Rudd", "The Long Retreat", "1972")]),
    ("negative: a quotation ascribed to no one",
     'The slogan was "the party must wait". *The Long Retreat* (Leeds: Dale Press, 1972), 93.',
     [work("", "The Long Retreat", "1972")], []),
    ("negative: the quotation ended a sentence before",
     "Rudd's statement that \"the party must wait.\" It was often repeated. *The Long "
     "Retreat* (Leeds: Dale Press, 1972), 93.",
     [work("", "The Long Retreat", "1972")], []),
    ("negative: a page after the quotation",
     "Rudd's statement that \"the party must wait\", 41. *The Long Retreat* (Leeds: Dale "
     "Press, 1972).",
     [work("", "The Long Retreat", "1972")], []),
    ("negative: a statement by no one named",
     'The statement that "the party must wait." *The Long Retreat* (Leeds: Dale Press, '
     "1972), 93.", [], []),
    ("negative: a signed work after the quotation",
     "Rudd's statement that \"the party must wait.\" Obst, *The Long Retreat* (Leeds: Dale "
     "Press, 1972), 93.",
     [work("Obst", "The Long Retreat", "1972")], [work("Obst", "The Long Retreat", "1972")]),
    ("negative: prose and a year after the quotation",
     "Rudd's statement that \"the party must wait.\" The Party Congress voted at Leeds in "
     "1972.", [], []),
    ("negative: two writers of the quotation",
     'Rudd and Obst wrote that "the party must wait." The Long Retreat (Leeds: Dale Press, '
     "1972), 93.", [], []),
]  # fmt: skip

test_markdown, test_web_copy = rendering_table_tests(CASES)


test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    CASES, least=20
)


# A translation's short form: "Translated by" and the translator's surname alone, read only
# when an earlier note cited a work of that writer (`note_lone_names`), as a lone surname
# is. name, notes in order, readings of the last note (alike in both renderings)
SHORT_CASES = [
    ("a translator's surname after the translation in full",
     ["Translated by Ana Vell, 2001.", "Translated by Vell."],
     [work("Vell", "", "", form="short")]),
    ("a translator's surname in a link",
     ["Translated by [Ana Vell, 2001](http://example.org/vell).",
      "Translated by [Vell](http://example.org/vell)."],
     [work("Vell", "", "", form="short")]),
    ("negative: a translator no earlier note names",
     ["Tom Rudd, *The Long Retreat* (Leeds: Dale Press, 1977).", "Translated by Vell."], []),
    ("negative: two translators", ["Translated by Ana Vell, 2001.", "Translated by Vell and Rudd."],
     []),
    ("negative: a place after the cue", ["Translated by Ana Vell, 2001.", "Translated by London."],
     []),
    ("negative: no person after the cue",
     ["Translated by Ana Vell, 2001.", "Translated by the author."], []),
    ("negative: a translator's pages and prose",
     ["Translated by Ana Vell, 2001.", "Translated by Vell, 41--43 and passim, for the class."],
     []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("notes", "expected"), [(r[1], r[2]) for r in SHORT_CASES], ids=[r[0] for r in SHORT_CASES]
)
@pytest.mark.parametrize("rendering", ["markdown", "web"])
def test_translation_short_forms(notes: list[str], expected: list, rendering: str) -> None:
    written = notes if rendering == "markdown" else [web_copy(n) for n in notes]
    assert last_note_readings(written) == expected


def test_translation_short_forms_half_negatives() -> None:
    negatives = [r for r in SHORT_CASES if r[0].startswith("negative")]
    assert 2 * len(negatives) >= len(SHORT_CASES)
