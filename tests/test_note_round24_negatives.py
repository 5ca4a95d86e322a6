"""An adversarial review of round 24's readers: constructed notes a manuscript could hold
that the new readers (or the readings they exposed) read as works, with a publisher, a
title or a place where a writer or a title stands. Each row is a negative: what the note
must not give (a false work, a publisher as the translator, a book's title as a body, a
place as the title), with what it should give instead where it cites a work. Every name,
title and place is invented.

- a publisher or a body after "Translated by" is no translator, nor a place's possessive
  a preface's writer (`note_prose_editions`; Chicago 14.104, 14.110: a translator, an
  introducer is a person);
- a publisher after a German title's "von" is no writer (`note_german_title_writers`; DIN
  1505-2 names the publisher in the imprint);
- a title about a body ("The History of the Party") is no body's name: the body's noun must
  head it (`note_body_authors`; Chicago 14.92's corporate author is the body itself);
- a place alone after the writer's comma, right before the year, is the imprint's place,
  not a title ("Ana Vell, London, 1990": `note_title_places`);
- a works-cited entry's imprint or author-date reference after "Original:" is no other
  edition's title, nor a cue inside the entry's own title (`entry_other_editions`);

and the rows the review tried that the readers already hold (prose with a year and a
capitalised phrase, an edition in prose, acknowledgements, "Jr." in prose, a sentence after
a quotation, a sentence-case clause before a place and a year), kept here so they stay so."""

from __future__ import annotations

import pytest

from tests.note_tables import (
    negative_table_tests,
    one_note_readings,
    rendering_table_tests,
    web_copy,
    work,
)

# name, note, readings in Markdown, readings in the web copy
CASES = [
    # read wrong before this review's fixes
    ("negative: a university press after 'Translated by'",
     "Translated by Oxford University Press, 2003.", [], []),
    ("negative: a press after 'Translated by'", "Translated by Dale Press, 2003.", [], []),
    ("negative: a council after 'Translated by'", "Translated by Leeds City Council, 2003.",
     [], []),
    ("negative: a place's possessive before a preface to an edition",
     "Leeds's preface to the 1990 edition of *The Long Retreat*.",
     [work("", "The Long Retreat", "1990")], [work("", "The Long Retreat", "1990")]),
    ("negative: a publisher after a German title's 'von'",
     "„Die Lage“ von Neue Zeit Verlag, Berlin 1930.",
     [work("", "Die Lage", "1930")], [work("", "Die Lage", "1930")]),
    ("negative: a publisher with an adjective after a German title's 'von'",
     "„Die Lage“ von Berliner Verlag, Berlin 1930.",
     [work("", "Die Lage", "1930")], [work("", "Die Lage", "1930")]),
    ("negative: a title about a party, an open imprint",
     "The History of the Party, Leeds: Dale, 1977.", [], []),
    ("negative: a title about a party with a place in it, an open imprint",
     "The Oxford History of the Party, Oxford: Clarendon, 1977.", [], []),
    ("negative: a report on a council, an open imprint",
     "A Report on the Council, Leeds: Dale, 1977.", [], []),
    ("negative: a place after the writer's comma", "Ana Vell, London, 1990.",
     [work("Vell", "", "1990")], [work("Vell", "", "1990")]),
    ("negative: a place and a page after the writer's comma", "Ana Vell, Leeds, 1990, 41.",
     [work("Vell", "", "1990")], [work("Vell", "", "1990")]),
    ("negative: a place after a writer's 'Jr.'", "Tom Rudd, Jr., Leeds, 1977.",
     [work("Rudd", "", "1977")], [work("Rudd", "", "1977")]),
    ("negative: a block quotation's source by writer, place and year",
     "> The port was never quiet.\n\n    Ana Vell, London, 1990.",
     [work("Vell", "", "1990")], [work("Vell", "", "1990")]),
    # held already: prose the readers leave alone
    ("negative: an edition in prose, no title",
     "In the 1990 edition the chapter on Leeds was cut.", [], []),
    ("negative: a publisher's edition in prose",
     "In 1990 the Dale Press issued a second edition of the pamphlet.", [], []),
    ("negative: a translator's note on the article itself",
     "Translated by the author from the German original; all errors are mine.", [], []),
    ("negative: the article's translator in a sentence",
     "This article was translated by Ana Vell, 2003.", [], []),
    ("negative: the translator for this journal",
     "Translated by Ana Vell for this journal, 2003.", [], []),
    ("negative: a year opening a sentence of prose",
     "2003 saw the publication of The Quiet Port by the Leeds Historical Society.", [], []),
    ("negative: a council in running text", "Leeds City Council, in its 1971 report, blamed "
     "the union.", [], []),
    ("negative: 'Jr.' in prose",
     "Tom Rudd Jr., who edited the papers in 1977, gave them to the library.", [], []),
    ("negative: acknowledgements",
     "I thank Ana Vell, Tom Rudd, Karl Obst and Ben Dale for their comments on a draft of "
     "this article, written in 2003.", [], []),
    ("negative: German acknowledgements with a place and a year",
     "Ich danke Ana Vell, Tom Rudd und Karl Obst für ihre Hinweise, Berlin 2003.", [], []),
    ("negative: Greek acknowledgements",
     "Ευχαριστώ την Άννα Βελλ, τον Τομ Ρουντ και τον Κάρολο Όμπστ για τις παρατηρήσεις τους.",
     [], []),
    ("negative: a sentence after an ascribed quotation",
     "Rudd's claim that \"the party must wait.\" In 1972 the party split.", [], []),
    ("negative: a sentence-case clause before a place and a year",
     "The strike was lost, Leeds 1977.", [], []),
    ("negative: a German board in running text",
     "Der Parteivorstand beschloss 1931 in Kassel, den Streik zu beenden.", [], []),
    ("negative: a Greek committee in running text",
     "Το 1990 η Κεντρική Επιτροπή αποφάσισε τη διάσπαση.", [], []),
]  # fmt: skip

test_markdown, test_web_copy = rendering_table_tests(CASES)

test_every_row_is_a_negative, test_negatives_give_no_author_year = negative_table_tests(
    CASES, least=20
)


# Bodies whose noun ends their name after a complement without an article still sign their
# work (the fix above asks only that a body after "of the" not be read as one).
@pytest.mark.parametrize("rendering", ["markdown", "web"])
def test_a_body_named_after_its_complement_keeps_its_work(rendering: str) -> None:
    note = "House of Commons Select Committee, *Report on the Docks*, 1977."
    note = note if rendering == "markdown" else web_copy(note)
    expected = work("House of Commons Select Committee", "Report on the Docks", "1977")
    assert expected in one_note_readings(note)


# A works-cited entry's other edition after its cue (`entry_other_editions`, Chicago
# 14.109): the imprint or an author-date reference after the cue is no title, nor a cue
# inside the entry's own title. line, the other edition read (None for none)
OTHER_EDITIONS = [
    ("negative: a place and a year after the cue",
     "Rudd, Tom. *The Yard*. Leeds: Dale, 1990. Original: Leeds, 1971.", None),
    ("negative: a publisher after the cue",
     "Rudd, Tom. *The Yard*. Leeds: Dale, 1990. Orig.: Dale Press, 1971.", None),
    ("negative: an author-date reference after the cue",
     "Rudd, Tom. *The Yard*. Leeds: Dale, 1990. Originally published as Rudd 1971.", None),
    ("negative: a cue inside the entry's title",
     "Rudd, Tom. *The Yard: Original: The Later Years*. Leeds: Dale, 1990.", None),
    ("a plain title before its bracketed imprint (kept)",
     "Rudd, Tom. *The Yard*. Leeds: Dale, 1990. Originally published as Der Hof (Berlin, "
     "1971).", ("Der Hof", "1971")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "expected"), [r[1:] for r in OTHER_EDITIONS], ids=[r[0] for r in OTHER_EDITIONS]
)
def test_the_other_edition_is_a_title(line: str, expected: tuple[str, str] | None) -> None:
    from citecheck.bibliography.entry_other_editions import other_edition

    found = other_edition(line)
    assert ((found.title, found.year) if found else None) == expected
