"""Another edition of the work just cited, after a German cue that names it: the original
of a translation ("…; frz. Original: *Le port*, Paris 1968", "(Orig.: …)", "englisches
Original:", "Originalausgabe:") or the German edition written in full words ("dt.
Ausgabe:", "dt. Übersetzung:"), `citecheck/extract/note_edition_cues.py`. The cue names an
edition, not a person: "Original" was read as the writer of the original, and the work after
"dt. Ausgabe:" was not read. Every writer, title and publisher is invented.

Half the rows or more are negatives: "Hervorhebung im Original", "Im Original:" before a
phrase, a cue before a place and publisher or a place and year, "Orig. 1968", a volume, a
translator after "dt. Übersetzung v.", a journal with "Jahrgang" and "Nr.", a label
"Originell:" before a writer."""

from __future__ import annotations

from tests.note_tables import (
    both_renderings_tests,
    negative_table_tests,
    rendering_table_tests,
    work,
)

ROWS = [
    ("a translation, then its original after 'frz. Original:'",
     'Jean Morvan, *Der Hafen und die Stadt*, Frankfurt am Main 1974; frz. Original: *Le port et la ville*, Paris 1968, S. 41.',
     [work('Morvan', 'Der Hafen und die Stadt', '1974'), work('Morvan', 'Le port et la ville', '1968')]),
    ("the original in brackets after 'frz. Orig.:'",
     'Jean Morvan, *Der Hafen und die Stadt*, Frankfurt am Main 1974 (frz. Orig.: *Le port et la ville*, Paris 1968), S. 41.',
     [work('Morvan', 'Der Hafen und die Stadt', '1974'), work('Morvan', 'Le port et la ville', '1968')]),
    ("a plain original after 'Originalausgabe:'",
     'Jean Morvan: Der Hafen und die Stadt, Frankfurt am Main 1974; Originalausgabe: Le port et la ville, Paris: Seuil 1968.',
     [work('Morvan', 'Der Hafen und die Stadt', '1974'), work('Morvan', 'Le port et la ville', '1968')]),
    ("'englisches Original:' after the German edition",
     'Mary Holloway: *Der lange Streik*, Hamburg 1990, S. 7; englisches Original: *The Long Strike*, London 1986.',
     [work('Holloway', 'Der lange Streik', '1990'), work('Holloway', 'The Long Strike', '1986')]),
    ("'Original:' opening its own sentence",
     'Mary Holloway: *Der lange Streik*, Hamburg 1990, S. 7. Original: *The Long Strike*, London 1986.',
     [work('Holloway', 'Der lange Streik', '1990'), work('Holloway', 'The Long Strike', '1986')]),
    ("'engl. Original:' after a translator",
     'Mary Holloway, *Der lange Streik*, übers. v. Ina Rau, Hamburg 1990; engl. Original: *The Long Strike*, London 1986.',
     [work('Holloway', 'Der lange Streik', '1990'), work('Holloway', 'The Long Strike', '1986')]),
    ("the German edition after 'dt. Ausgabe:'",
     'Marcel Tourbier: *Le salaire et la grève*, Paris 1971, S. 12; dt. Ausgabe: *Lohn und Streik*, Hamburg 1975, S. 14.',
     [work('Tourbier', 'Le salaire et la grève', '1971'), work('Tourbier', 'Lohn und Streik', '1975')]),
    ("a plain German edition after 'dt. Übersetzung:'",
     'Mary Holloway: The Long Strike, London 1986; dt. Übersetzung: Der lange Streik, Hamburg 1990, S. 7.',
     [work('Holloway', 'The Long Strike', '1986'), work('Holloway', 'Der lange Streik', '1990')]),
    ("negative: 'Hervorhebung im Original'",
     'Ilse Brannt: *Die stille Reform*, Kassel 1994, S. 12 (Hervorhebung im Original).',
     [work('Brannt', 'Die stille Reform', '1994')]),
    ("negative: 'Im Original:' before a phrase",
     'Im Original: „open society“. Vgl. dazu Rainer Tellkamp: *Offen*, Münster 1998.',
     [work('Tellkamp', 'Offen', '1998')]),
    ("negative: 'frz. Original:' and a place and publisher",
     'Jean Morvan, *Der Hafen und die Stadt*, Frankfurt am Main 1974; frz. Original: Paris: Seuil 1968.',
     [work('Morvan', 'Der Hafen und die Stadt', '1974')]),
    ("negative: 'Original:' and a place and year",
     'Jean Morvan, *Der Hafen und die Stadt*, Frankfurt am Main 1974; Original: Paris 1968.',
     [work('Morvan', 'Der Hafen und die Stadt', '1974')]),
    ("negative: 'Orig.' and a year in brackets",
     'Jean Morvan, *Der Hafen und die Stadt*, Frankfurt am Main 1974 (Orig. 1968), S. 41.',
     [work('Morvan', 'Der Hafen und die Stadt', '1974')]),
    ("negative: 'dt. Ausgabe:' and a place and year",
     'Marcel Tourbier, *Le salaire et la grève*, Paris 1971; dt. Ausgabe: Hamburg 1975.',
     [work('Tourbier', 'Le salaire et la grève', '1971')]),
    ("negative: 'Die Originalausgabe:' a place, a year, a number",
     'Die Originalausgabe: Leipzig 1931, in 2000 Exemplaren.',
     []),
    ("negative: 'Originell:' a label before a writer",
     'Originell: Peter Brandl, *Die Werft*, Kiel 1988, S. 4.',
     [work('Brandl', 'Die Werft', '1988')]),
    ("negative: a translator after 'dt. Übersetzung v.'",
     'Marcel Tourbier, *Lohn und Streik*, dt. Übersetzung v. Ina Rau, Hamburg 1975, S. 14.',
     [work('Tourbier', 'Lohn und Streik', '1975')]),
    ("negative: a journal, 'Jahrgang', 'Nr.' after 'Im Original erschienen in:'",
     'Im Original erschienen in: Revue ouvrière, Jahrgang 12, Nr. 3, Paris 1931.',
     []),
    ("negative: 'Original:' and a volume",
     'Marcel Tourbier, *Lohn und Streik*, Bd. 2, Hamburg 1975, S. 14 (Original: Bd. 3).',
     [work('Tourbier', 'Lohn und Streik', '1975')]),
]  # fmt: skip

test_read_alike_in_both_renderings, test_no_author_year_in_the_web_copy = both_renderings_tests(
    ROWS
)
test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=18
)

# The edition after its cue, read where the other readers leave it
# (`citecheck/extract/note_edition_works.py`, `note_translations`): a plain title with a
# subtitle (its full stop ended the sentence, and the title alone was no work), "im Original"
# with no colon, a bracket after a work read from the note's prose (its reading ends at its
# pages), a marked edition whose cue stands too far after the work for the writer to be
# carried (it was read as a work by "Original"), a publisher with a capital accent. Each
# row gives its Markdown readings, then its web copy's.
EDITION_WORKS = [
    ("a plain translation with a subtitle after 'dt.:'",
     'Siehe vor allem Jean Morvan: Le port et la ville. Une histoire, Paris: Seuil 1968; dt.: Der Hafen und die Stadt. Eine Geschichte, übers. v. Ina Rau, Frankfurt am Main: Suhrkamp 1974. Ich zitiere nach der Übersetzung.',
     [work('Morvan', 'Le port et la ville. Une histoire', '1968'), work('Morvan', 'Der Hafen und die Stadt', '1974')],
     [work('Morvan', 'Le port et la ville. Une histoire', '1968'), work('Morvan', 'Der Hafen und die Stadt', '1974')]),
    ("a plain original with a subtitle after 'frz. Original:', far after the work",
     'Jean Morvan, Der Hafen und die Stadt. Eine Geschichte, übers. v. Ina Rau, Frankfurt am Main: Suhrkamp 1974, S. 41 ff., hier S. 50; frz. Original: Le port et la ville. Une histoire, Paris: Seuil 1968.',
     [work('Morvan', 'Der Hafen und die Stadt', '1974'), work('Morvan', 'Le port et la ville. Une histoire', '1968')],
     [work('Morvan', 'Der Hafen und die Stadt', '1974'), work('Morvan', 'Le port et la ville. Une histoire', '1968')]),
    ("'im Original' and an emphasised title, no colon",
     'Jean Morvan, *Der Hafen*, Frankfurt am Main 1974; im Original *Le port*, Paris 1968.',
     [work('Morvan', 'Der Hafen', '1974'), work('Morvan', 'Le port', '1968')],
     [work('Morvan', 'Der Hafen', '1974'), work('Morvan', 'Le port', '1968')]),
    ("'im Original' and a plain title, its imprint in brackets",
     'Jean Morvan, Der Hafen, Frankfurt am Main 1974; im Original Le port (Paris 1968).',
     [work('Morvan', 'Der Hafen', '1974'), work('Morvan', 'Le port', '1968')],
     [work('Morvan', 'Der Hafen', '1974'), work('Morvan', 'Le port', '1968')]),
    ("'(im Original *…*, …)' in brackets",
     'Jean Morvan, *Der Hafen*, Frankfurt am Main 1974 (im Original *Le port et la ville*, Paris 1968), S. 41.',
     [work('Morvan', 'Der Hafen', '1974'), work('Morvan', 'Le port et la ville', '1968')],
     [work('Morvan', 'Der Hafen', '1968')]),
    ('a bracketed original after a lead-in',
     'Ich zitiere nach Jean Morvan: *Der Hafen*, Frankfurt am Main 1974, S. 12 (frz. Original: *Le port*, Paris 1968).',
     [work('Morvan', 'Der Hafen', '1974'), work('Morvan', 'Le port', '1968')],
     [work('Morvan', 'Der Hafen', '1974'), work('Morvan', 'Le port', '1968')]),
    ('a bracketed translation after a lead-in',
     'So schon Jean Morvan, *Le port*, Paris 1968, S. 9 (dt.: *Der Hafen*, Frankfurt am Main 1974).',
     [work('Morvan', 'Le port', '1968'), work('Morvan', 'Der Hafen', '1974')],
     [work('Morvan', 'Le port', '1968'), work('Morvan', 'Der Hafen', '1974')]),
    ("negative: 'dt.:' and only a place and year",
     'Jean Morvan, Der Hafen, Frankfurt am Main 1974; dt.: Hamburg 1975.',
     [work('Morvan', 'Der Hafen', '1974')],
     [work('Morvan', 'Der Hafen', '1974')]),
    ("negative: a translator after 'dt. v.', no cue",
     'Jean Morvan, Der Hafen, Frankfurt am Main 1974; dt. v. Ina Rau, Berlin 1974.',
     [work('Morvan', 'Der Hafen', '1974')],
     [work('Morvan', 'Der Hafen', '1974')]),
    ("negative: 'das Original' and only a place and year in brackets",
     'Jean Morvan, Der Hafen, Frankfurt am Main 1974; vgl. das Original (Paris 1968).',
     [work('Morvan', 'Der Hafen', '1974')],
     [work('Morvan', 'Der Hafen', '1974')]),
    ("negative: 'im Original' before a quoted phrase",
     'Jean Morvan, Der Hafen, Frankfurt am Main 1974, S. 3; im Original „la ville“, S. 9.',
     [work('Morvan', 'Der Hafen', '1974')],
     [work('Morvan', 'Der Hafen', '1974')]),
    ("negative: 'im Originalton' and a year",
     'Jean Morvan, Der Hafen, Frankfurt am Main 1974; im Originalton Paris, 1968.',
     [work('Morvan', 'Der Hafen', '1974')],
     [work('Morvan', 'Der Hafen', '1974')]),
    ("negative: a place and a publisher after 'frz. Original:'",
     'Jean Morvan, Der Hafen, Frankfurt am Main 1974; frz. Original: Paris: Seuil 1968.',
     [work('Morvan', 'Der Hafen', '1974')],
     [work('Morvan', 'Der Hafen', '1974')]),
    ("negative: 'Jahrgang' and 'Nr.' after 'dt.:'",
     'Jean Morvan, Der Hafen, Frankfurt am Main 1974; dt.: Jahrgang 3, Nr. 2, Berlin 1975.',
     [work('Morvan', 'Der Hafen', '1974')],
     [work('Morvan', 'Der Hafen', '1974')]),
    ("negative: a volume after 'dt. Ausgabe:'",
     'Jean Morvan, Der Hafen, Bd. 2, Frankfurt am Main 1974; dt. Ausgabe: Bd. 3, Berlin 1975.',
     [work('Morvan', 'Der Hafen', '1974')],
     [work('Morvan', 'Der Hafen', '1974')]),
    ("a marked original after 'frz. Original:' far after the work's imprint",
     'Jean Morvan, *Der Hafen und die Stadt. Eine Geschichte*, übers. v. Ina Rau, Frankfurt am Main: Suhrkamp 1974, S. 41 ff., hier S. 50, und passim; frz. Original: *Le port et la ville. Une histoire*, Paris: Seuil 1968.',
     [work('Morvan', 'Der Hafen und die Stadt. Eine Geschichte', '1974'), work('Morvan', 'Le port et la ville. Une histoire', '1968')],
     [work('Morvan', 'Der Hafen und die Stadt', '1974'), work('Morvan', 'Le port et la ville. Une histoire', '1968')]),
    ("'im Original' and a publisher with a capital accent",
     "Jean Morvan, Der Hafen, Frankfurt am Main 1974; im Original L'Âge du port, Paris: Éditions de Minuit 1968.",
     [work('Morvan', 'Der Hafen', '1974'), work('Morvan', "L'Âge du port", '1968')],
     [work('Morvan', 'Der Hafen', '1974'), work('Morvan', "L'Âge du port", '1968')]),
    ("negative: 'im Original' and a place with a capital accent, no title",
     'Jean Morvan, Der Hafen, Frankfurt am Main 1974; im Original Évry 1968.',
     [work('Morvan', 'Der Hafen', '1974')],
     [work('Morvan', 'Der Hafen', '1974')]),
    ("negative: 'frz. Original:' and a publisher with a capital accent, no title",
     'Jean Morvan, Der Hafen, Frankfurt am Main 1974; frz. Original: Éditions de Minuit 1968.',
     [work('Morvan', 'Der Hafen', '1974')],
     [work('Morvan', 'Der Hafen', '1974')]),
]  # fmt: skip

test_edition_works_in_markdown, test_edition_works_in_the_web_copy = rendering_table_tests(
    EDITION_WORKS
)
test_edition_works_half_negatives, test_edition_works_negatives_give_no_author_year = (
    negative_table_tests(EDITION_WORKS, least=19)
)
