"""A film cited by its title and its director (issue 11, round 17).

Chicago 14.265 cites a film by its title, "directed by" its director (or "dir."), then the
studio or country and the year: "*The Quiet Quay*, dir. Kwame Asante (UK, 2017)". Writers
of notes annotated the director as the film's author. The reader read "directed by" after
a marked title only: "dir." ended the segment as a sentence's full stop, and in a web copy
the plain title ran on into the director's name or was not read. Now "dir." is an
abbreviation (`note_segments.ABBREVIATIONS`), a film's director follows its title like a
writer (`note_patterns.BY_AUTHOR`, `note_titles.plain_title_by` with a film's bracket:
a country or studio and the year, or the year alone; or "(dir. Name, 1938)" right after the
title; "The film is" before it is a cue), and "dir."/"directed" end a plain
title (`note_patterns.PLAIN_TITLE_END`). A country before the year is no author
(`imprint_words`: "UK", "USA", …).

Negatives: prose "directed by" with no title, a bracket that holds no year, a person who
directed, a country's code and a year alone.
"""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, work

ROWS = [
    ("dir., then a country and the year",
     "*Pages Against the Wall*, dir. Kwame Asante (UK, 2017), 54 min.",
     [work("Asante", "Pages Against the Wall", "2017")]),
    ("dir., then a place, a studio and the year",
     "*Docks*, dir. Ann Vell (London: BFI, 1990).",
     [work("Vell", "Docks", "1990")]),
    ("directed by, two films in one note",
     "*The Quiet Quay*, directed by Henri Lamotte (Paris: Ciné-Liberté, 1936); compare "
     "*Bread for Others*, directed by Suzanne Haut (Paris: Films du Peuple, 1937).",
     [work("Lamotte", "The Quiet Quay", "1936"), work("Haut", "Bread for Others", "1937")]),
    ("dir., the year alone",
     "*Harbour Lights*, dir. Ann Vell (1990).",
     [work("Vell", "Harbour Lights", "1990")]),
    ("the director and year in the title's bracket",
     "*Sierra de la esperanza* (dir. Joaquín Irigo, 1938), made from a story of his, ends the same way.",
     [work("Irigo", "Sierra de la esperanza", "1938")]),
    ("negative: prose, the director and year in a bracket",
     "The strike (dir. Ann Vell, 1990) failed.",
     []),
    ("'The film is' before the title",
     "The film is *Pages Against the Wall*, dir. Kwame Asante (UK, 2017), 54 min.",
     [work("Asante", "Pages Against the Wall", "2017")]),
    ("'The book is' before the title and its imprint",
     "The book is *Pages Against the Wall* (London: Verso, 2017).",
     [work("", "Pages Against the Wall", "2017")]),
    ("negative: 'The film is', a place and a year",
     "The film is London, 1990.",
     []),
    ("negative: 'The book is' and prose",
     "The book is long, and its index is poor (1990).",
     []),
    ("negative: prose, directed by a person",
     "The strike was directed by Ann Vell (UK, 1990).",
     []),
    ("negative: no year in the bracket",
     "Harbour Lights, dir. Ann Vell (see below).",
     []),
    ("negative: a person who directed, a place",
     "Ann Vell directed the film in London (UK, 1990).",
     []),
    ("negative: a country's code and a year",
     "The film was shown twice (UK, 1990).",
     []),
]  # fmt: skip

test_the_film_and_director_in_both_renderings, test_no_author_year_in_the_web_copy = (
    both_renderings_tests(ROWS)
)


def test_half_the_rows_are_negatives() -> None:
    assert 2 * sum(r[0].startswith("negative") for r in ROWS) >= len(ROWS)
