"""The same writer's second work in one German note: "derselbe"/"dieselbe" written out (as
"ders."/"dies."), "ders.," after a clause of its own ("Zurückhaltender urteilt ders., …"),
the surname and a colon again in the sentence after a work closed by its page ("… S. 4.
Vell: Die Partei, Berlin 1983"), and a possessive with the kind of work and no subject
("…, sowie in seinem späteren Buch *Die Partei*, Berlin 1983"; "vgl. auch seinen Aufsatz
„…“, in: …"): the writer is the one whose work the note has just cited
(`citecheck/extract/note_german.py`, `note_same_writer_leads.py`, `note_prose.py`,
`note_kind_writers.possessive_works`). Every writer, title and journal is invented.

Half the rows or more are negatives: another writer named as the subject before the
possessive, a possessive before no kind of work, "derselbe" before a noun, a place and a
publisher, a reprint or a volume in the sentence after the page, a possessive and a kind
with a bare year."""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, negative_table_tests, work

ROWS = [
    ("'derselbe,' before a second work after ';'",
     'Karl Emmerich, *Der lange Marsch*, Hamburg 1977, S. 4; derselbe, *Die Partei*, Berlin 1983, S. 9.',
     [work('Emmerich', 'Der lange Marsch', '1977'), work('Emmerich', 'Die Partei', '1983')]),
    ("'Dieselbe:' before a second work",
     'Rosa Haller: *Das Ende*, Hamburg 1977, S. 4; Dieselbe: *Die Partei*, Berlin 1983, S. 9.',
     [work('Haller', 'Das Ende', '1977'), work('Haller', 'Die Partei', '1983')]),
    ("'ders.,' after a clause of its own",
     'Karl Emmerich, *Der lange Marsch*, Hamburg 1977, S. 4. Zurückhaltender urteilt ders., *Die Partei*, Berlin 1983, S. 9.',
     [work('Emmerich', 'Der lange Marsch', '1977'), work('Emmerich', 'Die Partei', '1983')]),
    ('the surname and a colon in the sentence after a work closed by its page',
     'Karl Emmerich: Der lange Marsch, Hamburg 1977, S. 4. Emmerich: Die Partei, Berlin 1983, S. 9.',
     [work('Emmerich', 'Der lange Marsch', '1977'), work('Emmerich', 'Die Partei', '1983')]),
    ("'sowie in seinem späteren Buch' after the work",
     'Karl Emmerich, *Der lange Marsch*, Hamburg 1977, S. 4, sowie in seinem späteren Buch *Die Partei*, Berlin 1983, S. 9.',
     [work('Emmerich', 'Der lange Marsch', '1977'), work('Emmerich', 'Die Partei', '1983')]),
    ("'vgl. auch seinen Aufsatz' after ';'",
     'Karl Emmerich, *Der lange Marsch*, Hamburg 1977, S. 4; vgl. auch seinen Aufsatz „Die Partei“, in: *Kursbuch* 12 (1983), S. 9.',
     [work('Emmerich', 'Der lange Marsch', '1977'), work('Emmerich', 'Die Partei', '1983')]),
    ("negative: another writer is the subject before 'in ihrem Buch'",
     'Karl Emmerich, *Der lange Marsch*, Hamburg 1977, S. 4, wie Rosa Haller in ihrem Buch *Das Ende*, Berlin 1983, zeigt.',
     [work('Emmerich', 'Der lange Marsch', '1977')]),
    ("negative: 'in seinem Sinne' (no kind of work), a place and a year",
     'Karl Emmerich, *Der lange Marsch*, Hamburg 1977, S. 4, in seinem Sinne auch Berlin 1983.',
     [work('Emmerich', 'Der lange Marsch', '1977')]),
    ("negative: 'derselbe' before a noun",
     'Karl Emmerich, *Der lange Marsch*, Hamburg 1977, S. 4; derselbe Text erschien Berlin 1983.',
     [work('Emmerich', 'Der lange Marsch', '1977')]),
    ('negative: a place and a publisher in the sentence after the page',
     'Karl Emmerich: Der lange Marsch, Hamburg 1977, S. 4. Berlin: Dietz 1983.',
     [work('Emmerich', 'Der lange Marsch', '1977')]),
    ('negative: a reprint in the sentence after the page',
     'Karl Emmerich: Der lange Marsch, Hamburg 1977, S. 4. Nachdruck: Berlin 1983.',
     [work('Emmerich', 'Der lange Marsch', '1977')]),
    ('negative: a volume in the sentence after the page',
     'Karl Emmerich: Der lange Marsch, Hamburg 1977, S. 4. Band 2: Berlin 1983, Nr. 3.',
     [work('Emmerich', 'Der lange Marsch', '1977')]),
    ("negative: 'seine Frau', a place and a year",
     'Karl Emmerich, *Der lange Marsch*, Hamburg 1977, S. 4; seine Frau lebte in Berlin, 1983.',
     [work('Emmerich', 'Der lange Marsch', '1977')]),
    ('negative: a possessive and a kind with a bare year',
     'Karl Emmerich, *Der lange Marsch*, Hamburg 1977, S. 4, und sein Buch *Die Partei* (1983).',
     [work('Emmerich', 'Der lange Marsch', '1977')]),
]  # fmt: skip

test_read_alike_in_both_renderings, test_no_author_year_in_the_web_copy = both_renderings_tests(
    ROWS
)
test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=14
)
