"""The original of a translation named after it in an English note, by its cue: "…;
originally published as *Title* (…)", "…; first published as *Title* (…)", "…; French
original: *Title* (…)" (Chicago 14.109-110: the original and its translation are two
publications of the same writer's work, each with its title and year). The cue joins the
translation cues of `citecheck/extract/note_translation_cues.py`; the writer is carried
from the work before. Every writer, title, place and publisher is invented.

Half the rows or more are negatives: a cue before a kind of work and a year, lectures with a place
and a year, a year alone, prose with "original", a bare year in brackets, a plain title
with a year and no imprint; inside the imprint's bracket, a second edition, a cue and a
year, a reprint, a translator."""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, negative_table_tests, work

FIRST = "Jean Varnier, *The Long Sunday* (London: Verso, 1970), 4"
LONG = work("Varnier", "The Long Sunday", "1970")

ROWS = [
    ("'originally published as' and a book",
     FIRST + '; originally published as *Le long dimanche* (Paris: Seuil, 1968).',
     [LONG, work('Varnier', 'Le long dimanche', '1968')]),
    ("'first published as' and a book",
     FIRST + '; first published as *Le long dimanche* (Paris: Seuil, 1968).',
     [LONG, work('Varnier', 'Le long dimanche', '1968')]),
    ("'French original:' and a book",
     FIRST + '; French original: *Le long dimanche* (Paris: Seuil, 1968).',
     [LONG, work('Varnier', 'Le long dimanche', '1968')]),
    ("'originally published as' and an article in a journal",
     FIRST + '; originally published as "The Sunday," *Review* 12 (1968): 9.',
     [LONG, work('Varnier', 'The Sunday', '1968')]),
    ("negative: 'originally published as' a kind of work and a year",
     FIRST + '; originally published as a pamphlet in 1968.', [LONG]),
    ("negative: 'first published as' lectures, a place and a year",
     FIRST + '; first published as lectures (Paris, 1968).', [LONG]),
    ("negative: 'originally published' and a year",
     FIRST + '; originally published in 1968.', [LONG]),
    ("negative: prose naming the original",
     FIRST + '; the French original is lost.', [LONG]),
    ("negative: 'French original:' and a bare year",
     FIRST + ' (French original: 1968).', [LONG]),
    ("negative: 'first published as' a plain title and a year, no imprint",
     FIRST + '; first published as Le long dimanche in 1968.', [LONG]),
    ("a translation's cue after the original's imprint, inside its bracket",
     'Jean Varnier, *Le long dimanche* (Paris: Seuil, 1968; English translation: *The Long Sunday*, London: Verso, 1970), 4.',
     [work('Varnier', 'Le long dimanche', '1968'), work('Varnier', 'The Long Sunday', '1970')]),
    ("'dt.:' after the original's imprint, inside its bracket",
     'Jean Varnier: *Le long dimanche*, (Paris 1968; dt.: *Der lange Sonntag*, Frankfurt am Main 1970), S. 4.',
     [work('Varnier', 'Le long dimanche', '1968'), work('Varnier', 'Der lange Sonntag', '1970')]),
    ("negative: a second edition after the imprint, inside its bracket",
     'Jean Varnier, *Le long dimanche* (Paris: Seuil, 1968; 2nd ed. 1974), 4.',
     [work('Varnier', 'Le long dimanche', '1968')]),
    ("negative: a translation's cue and a year, no title",
     'Jean Varnier, *Le long dimanche* (Paris: Seuil, 1968; Eng. trans. 1970), 4.',
     [work('Varnier', 'Le long dimanche', '1968')]),
    ("negative: a reprint's place and publisher after the imprint",
     'Jean Varnier, *Le long dimanche* (Paris: Seuil, 1968; repr. London: Verso, 1970), 4.',
     [work('Varnier', 'Le long dimanche', '1968')]),
    ("negative: a translator, a place and a publisher after the imprint",
     'Jean Varnier, *Le long dimanche* (Paris: Seuil, 1968; trans. Ann Hale, London: Verso, 1970), 4.',
     [work('Varnier', 'Le long dimanche', '1968')]),
]  # fmt: skip

test_read_alike_in_both_renderings, test_no_author_year_in_the_web_copy = both_renderings_tests(
    ROWS
)
test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=16
)
