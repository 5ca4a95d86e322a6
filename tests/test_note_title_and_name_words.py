"""Issue 11, the twenty-second round: a surname in "-ly", a title opening "No", a title's
own span of years, a headline's prepositions, a title's article before capitalised words.

Synthetic notes (invented writers, titles and publishers; no corpus text). Two words made
a web copy's work unreadable, both found in real footnotes:

- a surname ending in "-ly" ("Ann Kelly", "Klee Benally") was taken for an adverb opening a
  sentence ("Similarly, …") before a plain title, though given names stood before it;
- a title opening with the word "No" ("No Surrender") was taken for the abbreviation of a
  number ("No. 5"), which no title opens with;
- a plain title ending in its own span of years before the imprint's bracket ("…, 1890–1920
  (Leeds: Dale, 1999)", Chicago 8.166) was cut at the comma before the years;
- a headline-style title keeps its prepositions in lower case whatever their length
  ("Homes for Working People since the 1780s", "Art as Labour": Chicago 8.159), and a web
  copy's plain title was taken for prose at "since", "as" or "against";
- a web copy's plain title opening with an article and capitalised words before a comma
  ("The Marx-Engels Reader, Second Edition, ed. …") was read as a person "Marx-Engels
  Reader" and a title "Second Edition".

The negatives: an adverb alone before a comma and a plain title; a one-word surname in
"-ly" before a plain title (as likely an adverb); "No." with its stop and "No 5" with a
number; a span of pages with no bracket, a span before a remark's bracket, a year alone
before the imprint; a sentence's verb in the title's words, a preposition opening prose
after a person, a sentence-case title, "by" after a deed (a writer, not a title's word);
a given name opening with "The", an initial "A.", a body's name opening with "The".
"""

from __future__ import annotations

from tests.note_tables import NO_READING, negative_table_tests, rendering_table_tests, work

# (name, note, readings in Markdown, readings in the web copy)
CASES = [
    ("a surname in '-ly' after given names",
     "Ann Kelly, *Spiritual Harbours* (Leeds: Dale, 2023), 183.",
     [work("Kelly", "Spiritual Harbours", "2023")],
     [work("Kelly", "Spiritual Harbours", "2023")]),
    ("a surname in '-ally' after given names, a page after the imprint",
     "Klee Benally, *Spiritual Harbours of the North* (Leeds: Dale, 2023), 1–4.",
     [work("Benally", "Spiritual Harbours of the North", "2023")],
     [work("Benally", "Spiritual Harbours of the North", "2023")]),
    ("a title opening 'No'",
     "Ann Vell, *No Surrender in the Docks* (Leeds: Dale, 2023), 183.",
     [work("Vell", "No Surrender in the Docks", "2023")],
     [work("Vell", "No Surrender in the Docks", "2023")]),
    ("a short title opening 'No'",
     "Vell, *No More Strikes*, 183.",
     [work("Vell", "No More Strikes", form="short")],
     [work("Vell", "No More Strikes", form="short")]),
    ("a title's span of years before the imprint's bracket",
     "Ann Vell, *Harbour Strikes in the North, 1890-1920* (Leeds: Dale, 1999), 4.",
     [work("Vell", "Harbour Strikes in the North, 1890-1920", "1999")],
     [work("Vell", "Harbour Strikes in the North, 1890-1920", "1999")]),
    ("a span with an en dash before a place and a year",
     "Ann Vell, *Harbour Strikes, 1890–1920* (Leeds, 1999).",
     [work("Vell", "Harbour Strikes, 1890–1920", "1999")],
     [work("Vell", "Harbour Strikes, 1890–1920", "1999")]),
    ("a plain title's span of years in the Markdown too",
     "Ann Vell, Harbour Strikes in the North, 1890–1920 (Leeds: Dale, 1999).",
     [work("Vell", "Harbour Strikes in the North, 1890–1920", "1999")],
     [work("Vell", "Harbour Strikes in the North, 1890–1920", "1999")]),
    ("a title's span of years after a lead-in of prose",
     "The standard account is Otto Lenk, *Die Hafenarbeiter, 1890–1914* (Berlin: Kai Verlag, 1960).",
     [work("Lenk", "Die Hafenarbeiter, 1890–1914", "1960")],
     [work("Lenk", "Die Hafenarbeiter, 1890–1914", "1960")]),
    ("negative: a person and a year before an imprint, in prose",
     "We met Gwen Tate, 1990 (London: Verso, 1990).",
     NO_READING,
     NO_READING),
    ("a headline's 'since' before a publisher and a year, after prose",
     "Information drawn from Mary Hayward, *Alley Houses: Homes for Working People since the 1780s* (Johns Hopkins University Press, 2008).",
     [work("Hayward", "Alley Houses: Homes for Working People since the 1780s", "2008")],
     [work("Hayward", "Alley Houses: Homes for Working People since the 1780s", "2008")]),
    ("a headline's 'against' before a place and a year, after prose",
     "The best account is Ann Vell, *Art against the State* (Oxford, 1999), 4.",
     [work("Vell", "Art against the State", "1999")],
     [work("Vell", "Art against the State", "1999")]),
    ("a headline's 'as' before a place and a year, after prose",
     "The best account is Ann Vell, *Art as Labour in the Port* (Oxford, 1999), 4.",
     [work("Vell", "Art as Labour in the Port", "1999")],
     [work("Vell", "Art as Labour in the Port", "1999")]),
    ("negative: 'by' and a writer after a deed, no title",
     "Interviewed by Tomas Vell (London: Verso, 1990), 23.",
     NO_READING,
     NO_READING),
    ("negative: a sentence's verb among the title's words",
     "For the figures see Peter Clark, *Strikes spread through Leeds* (Oxford, 2009), 121.",
     [work("Clark", "Strikes spread through Leeds", "2009")],
     NO_READING),
    ("negative: a preposition opening prose after a person",
     "We met Gwen Tate, after the strike (London: Verso, 1990).",
     NO_READING,
     NO_READING),
    ("negative: a sentence-case title before a place and a year",
     "The best account is Ann Vell, *Art against the state* (Oxford, 1999), 4.",
     NO_READING,
     NO_READING),
    ("a title's 'The' before capitalised words and a comma: no writer in the web copy",
     "*The Harbour Reader, Second Edition*, ed. Tom Rudd, (Leeds: Dale Press, 1990), 4.",
     [work("Rudd", "The Harbour Reader, Second Edition", "1990")],
     NO_READING),
    ("a title's 'A' before capitalised words and a comma",
     "*A Harbour Reader, Second Edition*, ed. Tom Rudd, (Leeds: Dale Press, 1990), 4.",
     [work("Rudd", "A Harbour Reader, Second Edition", "1990")],
     NO_READING),
    ("negative: a given name opening with 'The'",
     "Theo Rudd, *Harbour Lights* (Leeds: Dale, 1990).",
     [work("Rudd", "Harbour Lights", "1990")],
     [work("Rudd", "Harbour Lights", "1990")]),
    ("negative: a body's name opening with 'The' after a cue",
     "See The Harbour Development Team, *Merge and Join*, https://example.org/x.",
     [work("The Harbour Development Team", "Merge and Join")],
     NO_READING),
    ("negative: an initial 'A.'",
     "A. Rudd, *Harbour Lights* (Leeds: Dale, 1990).",
     [work("Rudd", "Harbour Lights", "1990")],
     [work("Rudd", "Harbour Lights", "1990")]),
    ("negative: a span of pages before a remark's bracket",
     "Vell, *Harbour Lights*, 1450-1460 (emphasis added).",
     [work("Vell", "Harbour Lights", form="short")],
     [work("Vell", "Harbour Lights", form="short")]),
    ("negative: a span of pages closing the note",
     "Vell, *Harbour Lights*, 1450–60.",
     [work("Vell", "Harbour Lights", form="short")],
     [work("Vell", "Harbour Lights", form="short")]),
    ("negative: a year alone before the imprint",
     "Ann Vell, *Harbour Lights*, 1990 (Leeds: Dale, 1992).",
     [work("Vell", "Harbour Lights", "1992")],
     [work("Vell", "Harbour Lights", "1992")]),
    ("negative: an adverb before a plain title and an imprint",
     "Similarly, *Spiritual Harbours* (Leeds: Dale, 2023), 183.",
     NO_READING,
     NO_READING),
    ("negative: a one-word surname in '-ly' before a plain title",
     "Kelly, *Spiritual Harbours*, 183.",
     [work("Kelly", "Spiritual Harbours", form="short")],
     NO_READING),
    ("negative: 'No.' and a number after the names",
     "Ann Vell, No. 5 (Leeds: Dale, 2023), 183.",
     NO_READING,
     NO_READING),
    ("negative: 'No' and a number, no stop",
     "Ann Vell, No 5, Leeds: Dale, 2023.",
     NO_READING,
     NO_READING),
]  # fmt: skip

test_markdown_readings, test_web_readings = rendering_table_tests(CASES)
test_balance, test_negatives_read_no_author_year = negative_table_tests(CASES)
