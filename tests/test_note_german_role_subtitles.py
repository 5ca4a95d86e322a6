"""A German full form in the comma style with a subtitle, and the translator, editor,
edition or volume before its imprint: "Jean Vale, Der Hafen. Eine Geschichte, übers. v.
Ina Rau, Frankfurt am Main 1974, S. 41" (DIN 1505-2 sets these after the title). The
subtitle's full stop ends the sentence; the details read on past it only over words of no
full stop, so "übers.", "hg.", "Aufl.", "Bd." stopped them (the work lost its year, or was
read as a short form), and "Eine Geschichte, hg. v. Ina Rau, …" was read as a book edited
by Rau (`citecheck/extract/note_citations.py`: `_SUBTITLE_THEN_IMPRINT`,
`_subtitle_after`). The editor or translator may stand in a sentence of its own after the
subtitle ("… Reden und Schriften. Hg. v. Rosa Vell. Berlin 1958"). Every writer, title and publisher is invented.

Half the rows or more are negatives: an edited book of its own after "Vgl.", an edited book
by its title alone (the editor stays its writer), "Hg. v." with a place and a publisher,
"Bd." and "Jahrgang" in prose, prose with a year and a place, a name with a year; "Hg.",
"Bd." and "Übers." in prose without "v." or a number."""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, negative_table_tests, work

ROWS = [
    ("a translator between the subtitle and 'Ort Jahr'",
     'Jean Morvan, Der Hafen und die Stadt. Eine Geschichte, übers. v. Ina Rau, Frankfurt am Main 1974, S. 41.',
     [work('Morvan', 'Der Hafen und die Stadt', '1974')]),
    ("a translator between the subtitle and 'Ort: Verlag Jahr'",
     'Jean Morvan, Der Hafen und die Stadt. Eine Geschichte, übers. v. Ina Rau, Frankfurt am Main: Suhrkamp 1974, S. 41.',
     [work('Morvan', 'Der Hafen und die Stadt', '1974')]),
    ("an editor 'hg. v.' after the subtitle: no work of the editor's",
     'Jean Morvan, Der Hafen und die Stadt. Eine Geschichte, hg. v. Ina Rau, Frankfurt am Main: Suhrkamp 1974, S. 41.',
     [work('Morvan', 'Der Hafen und die Stadt', '1974')]),
    ("'hrsg. v.' after the subtitle",
     'Jean Morvan, Der Hafen und die Stadt. Eine Geschichte, hrsg. v. Ina Rau, Berlin 1974.',
     [work('Morvan', 'Der Hafen und die Stadt', '1974')]),
    ("an edition 'Aufl.' after the subtitle",
     'Jean Morvan, Der Hafen und die Stadt. Eine Geschichte, 2. Aufl., Frankfurt am Main 1974, S. 41.',
     [work('Morvan', 'Der Hafen und die Stadt', '1974')]),
    ("a volume 'Bd.' after the subtitle",
     'Jean Morvan, Der Hafen und die Stadt. Eine Geschichte, Bd. 2, Frankfurt am Main 1974, S. 41.',
     [work('Morvan', 'Der Hafen und die Stadt', '1974')]),
    ("negative: an edited book of its own after 'Vgl.'",
     'Jean Morvan, Der Hafen. Vgl. Die Werft, hg. v. Ina Rau, Frankfurt am Main 1974.',
     [work('Morvan', 'Der Hafen'), work('Rau', 'Die Werft', '1974')]),
    ('negative: an edited book by its title alone',
     'Die Werft. Eine Geschichte, hg. v. Ina Rau, Frankfurt am Main: Suhrkamp 1974, S. 41.',
     [work('Rau', 'Die Werft. Eine Geschichte', '1974')]),
    ('negative: a place and a publisher after the editor',
     'Hg. v. Ina Rau, Frankfurt am Main: Suhrkamp 1974, S. 41.',
     []),
    ("negative: a volume and 'Jahrgang' in prose",
     'Bd. 2 erschien im Jahrgang 1974, Nr. 3, in Frankfurt am Main.',
     []),
    ('negative: prose with a year and a place',
     'Die Übersetzung, 1974 in Frankfurt am Main erschienen, hg. v. Ina Rau, blieb unbeachtet.',
     []),
    ('negative: a given name and a surname with a year, an editor after',
     'Jean Morvan 1974, S. 41, hg. v. Ina Rau.',
     []),
    ("DIN head, a subtitle and 'Hg. v.' in their own sentences",
     'Rehmann, Paul: Die Lehren des Januar. Reden und Schriften. Hg. v. Rosa Haller. Berlin 1958, S. 214.',
     [work('Rehmann', 'Die Lehren des Januar', '1958')]),
    ("comma style, a subtitle, then 'Hg. von' and the imprint",
     'Paul Rehmann, Die Lehren des Januar. Reden und Schriften. Hg. von Rosa Haller, Berlin 1958, S. 214.',
     [work('Rehmann', 'Die Lehren des Januar', '1958')]),
    ("comma style, a subtitle, then 'Übers. v.' in its own sentence",
     'Paul Rehmann, Die Lehren des Januar. Reden und Schriften. Übers. v. Rosa Haller. Berlin 1958, S. 214.',
     [work('Rehmann', 'Die Lehren des Januar', '1958')]),
    ("negative: 'Hg.' without 'v.' in prose, a year",
     'Paul Rehmann, Die Lehren des Januar. Hg. war damals Rosa Haller, 1958.',
     [work('Rehmann', 'Die Lehren des Januar')]),
    ("negative: 'Bd.' without a number in prose, a year",
     'Paul Rehmann, Die Lehren des Januar. Der Bd. fehlt, Berlin 1958.',
     [work('Rehmann', 'Die Lehren des Januar')]),
    ("negative: 'Übers.' as a noun in prose, a year",
     'Paul Rehmann, Die Lehren des Januar. Die Übers. stammt aus Berlin 1958.',
     [work('Rehmann', 'Die Lehren des Januar')]),
]  # fmt: skip

test_read_alike_in_both_renderings, test_no_author_year_in_the_web_copy = both_renderings_tests(
    ROWS
)
test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=18
)
