"""Issue 11, the twenty-third round: shapes found in real notes, read as Markdown and as a
web copy.

Synthetic notes (invented writers, titles, places and publishers; no corpus text). The
shapes come from real footnotes in public Markdown documents:

- a Chicago lead-in with no article before ", see" ("For details on the port, see Rudd,
  Salt roads, 12.", "On 4 May 1921, see …"): the web copy read nothing, because only a
  lead-in opening "For the …" or "On a …" was set aside (`note_patterns.CUE`);
- an exhibition catalogue's "exh. cat." after a plain title ("Tom Rudd, Salt Roads, exh.
  cat. (Hanover, NH: …, 2002)"): the web copy's title ran on to "Salt Roads, exh"
  (`note_patterns.PLAIN_TITLE_END`);
- a writer's name as a sentence of its own, the title's sentence, then an imprint outside
  brackets ("N. Vell-Young. *Harbour of Cornwall.* Oxford 1947, 10.", as older Dutch,
  German and English notes write them): the web copy read nothing, because only an
  imprint in brackets vouched for the title after a name's sentence
  (`note_titles.read_title`, `note_citations.read_note`);
- a plain container's own "in" before capitalised words and a comma ("… in Mapping of
  Heritage Actions in European Union Policies, Programmes and Activities (Brussels: …)"):
  the web copy read a writer "Policies" of a work "Programmes and Activities"
  (`note_reading._INNER_START` is not taken after a title's capitalised word);
- a title's doctrine word before its subtitle's colon ("Black Anarchism: A Reader, …"):
  the web copy read a writer "Anarchism" (`note_names.names_a_doctrine`: no surname ends in
  "-ism").

The negatives: a lead-in before a chapter, a map, a note's number, a body's minutes (no
work), a title alone after the
lead-in, a title's own word "Exhibitions", a catalogue's mark before a year alone;
prose or an interview's sentence after a name's sentence, a sentence-case title in the
web copy, a month or a season before the year; a person's piece in the same container,
prose's "in" before a person, the doctrine inside a person's title.
"""

from __future__ import annotations

from tests.note_tables import (
    NO_READING,
    negative_table_tests,
    rendering_table_tests,
    unsigned,
    work,
)

# (name, note, readings in Markdown, readings in the web copy)
CASES = [
    ("a lead-in of a noun and a preposition, no article",
     "For details on the port, see Rudd, *Salt roads*, 12.",
     [work("Rudd", "Salt roads", form="short")],
     [work("Rudd", "Salt roads", form="short")]),
    ("a lead-in of a date",
     "On 4 May 1921, see Rudd, *Salt roads*, 12.",
     [work("Rudd", "Salt roads", form="short")],
     [work("Rudd", "Salt roads", form="short")]),
    ("a lead-in naming a person, the topic",
     "For Rudd, see Vell, *Salt roads*, 12.",
     [work("Vell", "Salt roads", form="short")],
     [work("Vell", "Salt roads", form="short")]),
    ("negative: a lead-in before a chapter",
     "For years the port was closed, see chapter 2.",
     NO_READING,
     NO_READING),
    ("negative: a lead-in before a map",
     "For Leeds, see the map in chapter 2.",
     NO_READING,
     NO_READING),
    ("negative: a lead-in before a note's number",
     "For the strike, see note 4 above.",
     NO_READING,
     NO_READING),
    ("negative: a lead-in before a body's minutes and a year",
     "For details, see the Leeds Harbour Board minutes, 1921.",
     NO_READING,
     NO_READING),
    ("negative: a lead-in naming a person before a cross-reference",
     "On Rudd, see above, n. 4.",
     NO_READING,
     NO_READING),
    ("negative: a lead-in before a title alone",
     "For tides, see *Salt roads*, vol. 2.",
     NO_READING,
     NO_READING),
    ("an exhibition catalogue's mark after a plain title",
     "Tom Rudd, *Salt Roads of the North*, exh. cat. (Hanover, NH: Hood Museum of Art, 2002).",
     [work("Rudd", "Salt Roads of the North", "2002")],
     [work("Rudd", "Salt Roads of the North", "2002")]),
    ("an exhibition catalogue's mark after editors",
     "Tom Rudd and Ann Vell, eds., *Harbour Prints*, exh. cat. (Leeds: Dale Gallery, 2002), 4.",
     [work("Rudd/Vell", "Harbour Prints", "2002")],
     [work("Rudd/Vell", "Harbour Prints", "2002")]),
    ("negative: a title's own word 'Exhibitions' after its comma",
     "Tom Rudd, *Salt Roads, Exhibitions and Fairs* (Leeds: Dale, 2002).",
     [work("Rudd", "Salt Roads, Exhibitions and Fairs", "2002")],
     [work("Rudd", "Salt Roads, Exhibitions and Fairs", "2002")]),
    ("a year after the catalogue's mark, no imprint",
     "Tom Rudd, *Salt Roads of the North*, exh. cat., 2002.",
     [work("Rudd", "Salt Roads of the North", "2002")],
     [work("Rudd", "Salt Roads of the North", "2002")]),
    ("a name's sentence, a title's, then a place and a year",
     "Tom Rudd. *Salt Roads of the North.* Leeds 1947, 10.",
     [work("Rudd", "Salt Roads of the North", "1947")],
     [work("Rudd", "Salt Roads of the North", "1947")]),
    ("a name's sentence with an initial, then a place and a year",
     "N. Vell-Young. *Harbour of Cornwall.* Oxford 1947, 10.",
     [work("Vell-Young", "Harbour of Cornwall", "1947")],
     [work("Vell-Young", "Harbour of Cornwall", "1947")]),
    ("a name's sentence, a title's, then a place, a publisher and a year",
     "Tom Rudd. *Salt Roads of the North*. Leeds: Dale, 1947.",
     [work("Rudd", "Salt Roads of the North", "1947")],
     [work("Rudd", "Salt Roads of the North", "1947")]),
    ("German: a name's sentence, a title's, then a place and a year",
     "Hans Müller. *Die Häfen der Nordsee.* Berlin 1990, S. 4.",
     [work("Müller", "Die Häfen der Nordsee", "1990")],
     [work("Müller", "Die Häfen der Nordsee", "1990")]),
    ("negative: a name's sentence, then prose and a place before a year",
     "Tom Rudd. The strike was lost in May. Leeds 1947 saw more.",
     NO_READING,
     NO_READING),
    ("negative: a name's sentence, then a sentence-case title in the web copy",
     "Tom Rudd. *Salt roads of the north.* Leeds 1947, 10.",
     [work("Rudd", "Salt roads of the north", "1947")],
     NO_READING),
    ("negative: an interview's sentence, then a place and a year",
     "Interview with Tom Rudd. Harbour Office. Leeds 1947.",
     NO_READING,
     NO_READING),
    ("negative: a month before the year, no place",
     "Tom Rudd. Salt Roads. May 1947.",
     NO_READING,
     NO_READING),
    ("negative: a season before the year in the web copy",
     "Tom Rudd. *Salt Roads*. Spring 1947.",
     [work("Rudd", "Salt Roads", "1947")],
     NO_READING),
    ("a body's quoted piece in a plain container holding its own 'in' and a comma",
     "Office for Ports, Docks and Harbours of the Leeds Council, “Harbour Lights,” in *Salt Roads in European Union Policies, Ports and Towns* (Brussels: EC, 2017), 33.",
     [work("Council", "Harbour Lights", "2017")],
     [work("Council", "Harbour Lights", "2017")]),
    ("a title's doctrine before its subtitle's colon is no writer",
     "*Harbour Anarchism: A Reader*, Black Rose Press, 2016, <http://example.org/reader>.",
     [unsigned("Harbour Anarchism: A Reader", "2016")],
     NO_READING),
    ("negative: a person's quoted piece in the same container",
     "Tom Rudd, “Harbour Lights,” in *Salt Roads in European Union Policies, Ports and Towns* (Brussels: EC, 2017), 33.",
     [work("Rudd", "Harbour Lights", "2017")],
     [work("Rudd", "Harbour Lights", "2017")]),
    ("negative: prose's 'in' before a person with given names",
     "The argument is taken further in Tomas Reiner, *Quiet Harbours* (Leeds: Marlow, 2004), 4.",
     [work("Reiner", "Quiet Harbours", "2004")],
     [work("Reiner", "Quiet Harbours", "2004")]),
    ("negative: a verb's 'in' before a person with given names",
     "The strike is discussed in Tomas Reiner, *Quiet Harbours* (Leeds: Marlow, 2004), 4.",
     [work("Reiner", "Quiet Harbours", "2004")],
     [work("Reiner", "Quiet Harbours", "2004")]),
    ("negative: the doctrine inside a person's title",
     "Tom Rudd, *Harbour Anarchism: A Reader* (Leeds: Dale, 2016).",
     [work("Rudd", "Harbour Anarchism: A Reader", "2016")],
     [work("Rudd", "Harbour Anarchism: A Reader", "2016")]),
]  # fmt: skip

test_markdown_readings, test_web_readings = rendering_table_tests(CASES)
test_balance, test_negatives_read_no_author_year = negative_table_tests(CASES)
