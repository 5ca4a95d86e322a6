"""Issue 11, the twenty-second round: works set in a note's prose, found in real notes.

Synthetic notes (invented writers, titles, places and publishers; no corpus text). The
shapes come from real footnotes in public Markdown documents, read as Markdown and as a web
copy:

- two persons joined by German "und" after a lead-in ("bei Hans Müller und Peter Schmidt,
  *…* (Berlin: Dietz, 1990)"): only the second was read (`note_evidenced`);
- a sentence's subject of several persons before "in" and a title ("This is the argument of
  Tom Rudd and Ann Vell in *Salt Roads* (Leeds: Dale, 1990)"): the reader kept only the
  last person (`note_kind_writers`);
- the web copy of such a sentence, its title plain and closed by "(Place: Publisher,
  Year)": nothing was read;
- a person with given names after a lead-in of prose, then a plain title closed by a place
  and a year with no publisher ("For the figures see Peter Clark, European Cities and Towns
  (Oxford, 2009), 121.", Chicago 14.135), or by a publisher and a year with no place
  ("(Pluto Press, 2019)"): nothing was read in the web copy (`note_evidenced`).

The negatives: a place before "and" (no person), a place as the plain title after "in", a
title's capitalised words before the person, an unknown word in the bracket (an
author-date citation's name), a person's name where a publisher's would stand, a
sentence-case plain title, a person after "by" (a translator or an editor), a title whose words are two
persons.
"""

from __future__ import annotations

from tests.note_tables import NO_READING, negative_table_tests, rendering_table_tests, work

# (name, note, readings in Markdown, readings in the web copy)
CASES = [
    ("two persons as the sentence's subject before 'in'",
     "This is the argument of Tom Rudd and Ann Vell in *Salt Roads of the North* (Leeds: Dale, 1990), 44.",
     [work("Rudd/Vell", "Salt Roads of the North", "1990")],
     [work("Rudd/Vell", "Salt Roads of the North", "1990")]),
    ("three persons after a lead word",
     "As Tom Rudd, Ina Lutz, and Ann Vell argue in *Salt Roads of the North* (Leeds: Dale, 1990), 4.",
     [work("Rudd/Lutz/Vell", "Salt Roads of the North", "1990")],
     [work("Rudd/Lutz/Vell", "Salt Roads of the North", "1990")]),
    ("a place and a year after a prose lead-in, no publisher",
     "For the figures see Peter Clark, *European Cities and Towns* (Oxford, 2009), 121.",
     [work("Clark", "European Cities and Towns", "2009")],
     [work("Clark", "European Cities and Towns", "2009")]),
    ("a place with its state's abbreviation",
     "The best account is Mary Freiberg, *The Harbour Papers* (Boston, MA, 1992), 4.",
     [work("Freiberg", "The Harbour Papers", "1992")],
     [work("Freiberg", "The Harbour Papers", "1992")]),
    ("a place of two words opening as places do",
     "This draws on the work of Christopher Rudd, *Freedom's Harbour* (New Haven, 1997).",
     [work("Rudd", "Freedom's Harbour", "1997")],
     [work("Rudd", "Freedom's Harbour", "1997")]),
    ("a publisher and a year, no place, after a lead-in with a quotation",
     "For more on the criticisms of “harbour feminism,” see Susan Vell, *Women and Work: Harbour Labour* (Pluto Press, 2019).",
     [work("Vell", "Women and Work: Harbour Labour", "2019")],
     [work("Vell", "Women and Work: Harbour Labour", "2019")]),
    ("a university press and a year after the prose's verb",
     "The fullest account is Alice Rudd, *Daring to Strike* (University of Leeds Press, 2019), 4.",
     [work("Rudd", "Daring to Strike", "2019")],
     [work("Rudd", "Daring to Strike", "2019")]),
    ("negative: a person's name and a year in the bracket, no publisher's word",
     "For the figures see Peter Clark, *European Cities and Towns* (Tom Rudd, 2009), 121.",
     [work("Clark", "European Cities and Towns", "2009")],
     NO_READING),
    ("negative: a sentence-case title before a publisher and a year",
     "For the figures see Peter Clark, *European cities and towns* (Pluto Press, 2009), 121.",
     [work("Clark", "European cities and towns", "2009")],
     NO_READING),
    ("German: two persons joined by 'und' after a lead-in",
     "Vgl. dazu die Darstellung bei Hans Müller und Peter Schmidt, *Die Geschichte der Sowjetunion* (Berlin: Dietz, 1990), S. 4.",
     [work("Müller/Schmidt", "Die Geschichte der Sowjetunion", "1990")],
     [work("Müller/Schmidt", "Die Geschichte der Sowjetunion", "1990")]),
    ("negative: German: two persons and a date, no title",
     "Vgl. dazu die Briefe an Hans Müller und Peter Schmidt, 3. Mai 1920 (Berlin: Dietz, 1990), S. 4.",
     NO_READING,
     NO_READING),
    ("negative: German: two persons and a relative clause",
     "Vgl. die Darstellung bei Hans Müller und Peter Schmidt, die 1990 (Berlin: Dietz, 1990) erschien.",
     NO_READING,
     NO_READING),
    ("negative: a place before 'and', the person alone",
     "For the port see Leeds and Ann Vell in *Salt Roads of the North* (Leeds: Dale, 1990), 44.",
     [work("Vell", "Salt Roads of the North", "1990")],
     [work("Vell", "Salt Roads of the North", "1990")]),
    ("negative: a place after 'in' in the web copy, two words",
     "He met Tom Rudd in *New Harbour* (Leeds: Dale, 1990).",
     [work("Rudd", "New Harbour", "1990")],
     NO_READING),
    ("negative: a title's capitalised words before the person",
     "Vell, *Reading Local Gazetteers in Imperial Harbours* (Leeds: Dale, 2015), 4.",
     [work("Vell", "Reading Local Gazetteers in Imperial Harbours", "2015")],
     [work("Vell", "Reading Local Gazetteers in Imperial Harbours", "2015")]),
    ("negative: a writer's name and a year in the bracket, no place",
     "For the figures see Peter Clark, *European Cities and Towns* (Stiles, 2009), 121.",
     [work("Clark", "European Cities and Towns", "2009")],
     NO_READING),
    ("negative: a sentence-case title before a place and a year",
     "For the figures see Peter Clark, *European cities and towns* (Oxford, 2009), 121.",
     [work("Clark", "European cities and towns", "2009")],
     NO_READING),
    ("negative: the person after 'by'",
     "As argued by Peter Clark, *European Cities and Towns* (Oxford, 2009), 121.",
     [work("Clark", "European Cities and Towns", "2009")],
     NO_READING),
    ("negative: two persons as the words before the bracket",
     "For the figures see Peter Clark, *Tom Rudd and Ann Vell* (Oxford, 2009), 121.",
     [work("Clark", "Tom Rudd and Ann Vell", "2009")],
     NO_READING),
]  # fmt: skip

test_markdown_readings, test_web_readings = rendering_table_tests(CASES)
test_balance, test_negatives_read_no_author_year = negative_table_tests(CASES)
