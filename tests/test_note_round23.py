"""Issue 11, the twenty-third round: shapes found in real notes, read as Markdown and as a
web copy.

Synthetic notes (invented writers, titles, places and publishers; no corpus text). The
shapes come from real footnotes in public Markdown documents:

- a Chicago lead-in with no article before ", see" ("For details on the port, see Rudd,
  Salt roads, 12.", "On 4 May 1921, see …"): the web copy read nothing, because only a
  lead-in opening "For the …" or "On a …" was set aside (`note_patterns.CUE`);
- an exhibition catalogue's "exh. cat." after a plain title ("Tom Rudd, Salt Roads, exh.
  cat. (Hanover, NH: …, 2002)"): the web copy's title ran on to "Salt Roads, exh"
  (`note_patterns.PLAIN_TITLE_END`).

The negatives: a lead-in before a chapter, a map, a note's number, a body's minutes (no
work), a title alone after the
lead-in, a title's own word "Exhibitions", a catalogue's mark before a year alone.
"""

from __future__ import annotations

from tests.note_tables import NO_READING, negative_table_tests, rendering_table_tests, work

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
]  # fmt: skip

test_markdown_readings, test_web_readings = rendering_table_tests(CASES)
test_balance, test_negatives_read_no_author_year = negative_table_tests(CASES)
