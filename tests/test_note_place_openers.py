"""A place of two words read as a writer: "New York, Dale, 1990" gave a work by "York"
(given name "New"), "Buenos Aires, Siglo Veinte, 1990" one by "Aires". Such places open
with a word no given name is (`citecheck/extract/note_place_openers.py`), so the reading
is dropped. Every writer, title and publisher is invented.

Half the rows or more are negatives: writers whose names begin with those letters
("Newman", "Sanna", "Badr", "Telma", "Lasse"), a surname "New", a particle ("Le Goff"),
and real writers with a two-word place in their imprint."""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, negative_table_tests, work

ROWS = [
    ("a full stop before the imprint: the place is no second work",
     "Tom Rudd, Salt Roads. New York, Dale, 1990, 4.",
     [work("Rudd", "Salt Roads")]),
    ("Buenos Aires and a publisher", "Buenos Aires, Siglo Veinte, 1990, 4.", []),
    ("Tel Aviv and a publisher", "Tel Aviv, Am Oved, 1990, 4.", []),
    ("Bad Homburg and a publisher", "Bad Homburg, Gehlen, 1990, S. 4.", []),
    ("San Francisco and a publisher", "San Francisco, City Lights, 1990, 4.", []),
    ("New Haven and a review", "New Haven, The Quay Review 4 (1990): 12.", []),
    ("negative: a writer Newman, New York in the imprint",
     "Ann Newman, Salt Roads (New York: Dale, 1990), 4.",
     [work("Newman", "Salt Roads", "1990")]),
    ("negative: a surname New",
     "Tom New, *Salt Roads* (York: Dale, 1990), 4.", [work("New", "Salt Roads", "1990")]),
    ("negative: a given name Badr",
     "Badr Hassan, *Salt Roads* (Cairo: Dale, 1990), 4.",
     [work("Hassan", "Salt Roads", "1990")]),
    ("negative: a given name Sanna",
     "Sanna Lorde, *Tides* (Leeds: Dale, 1990), 4.", [work("Lorde", "Tides", "1990")]),
    ("negative: a particle Le",
     "Jacques Le Goff, *Saint Louis* (Paris: Gallimard, 1996), 4.",
     [work("Le Goff", "Saint Louis", "1996")]),
    ("negative: a given name Lasse, a place after the title",
     "Lasse Berg, Salt Roads, Stockholm, Dale, 1990, 4.",
     [work("Berg", "Salt Roads", "1990")]),
    ("negative: a given name Telma, New York in the imprint",
     "Telma Ross, *Tides* (New York: Dale, 1990), 4.", [work("Ross", "Tides", "1990")]),
]  # fmt: skip

test_read_alike_in_both_renderings, test_no_author_year_in_the_web_copy = both_renderings_tests(
    ROWS
)
test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=12
)
