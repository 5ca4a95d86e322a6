"""A German writer named inside a note's prose: after "bei" or an adverb and "in" before the
names, and in the genitive before the kind of work ("Karl Vells Aufsatz „…“"). German sets a
full form anywhere in a sentence; the reading is decided by the shape after the writer's
names (`citecheck/extract/note_german_leadins.py`, `note_kind_writers.py`).

What failed on main: a web copy's plain "title" that ran from the prose into the writer's
names ("Die These findet sich zuerst bei Karl Vell") hid the work after them; an adverb and
"in" were read into a corporate "writer" ("Ausführlich in Karl Vell"); a journal in emphasis
after "in:" was no detail for a work named by its kind; the kind of work was read as the
writer's surname after a genitive ("Karl Vells Aufsatz" as "Aufsatz").

Half the rows or more are negatives: surnames that are words for kinds of work ("Hans Buch",
"Klaus Werk", "Jens Roman"), a place's genitive, "bei" or "in" before a place and a year, a
journal with "Jahrgang" and "Nr.", prose with a year and "Bd.". Every writer, title and
journal is invented. Each row gives its Markdown readings, then its web copy's."""

from __future__ import annotations

from tests.note_tables import (
    both_renderings_tests,
    negative_table_tests,
    rendering_table_tests,
    work,
)

ROWS = [
    ("'bei' and a writer, a comma, a title and 'Ort Jahr'",
     'Die These findet sich zuerst bei Karl Emmerich, *Der lange Marsch*, Hamburg 1977, S. 33.',
     [work('Emmerich', 'Der lange Marsch', '1977')],
     [work('Emmerich', 'Der lange Marsch', '1977')]),
    ("'bei' and a writer, a colon, a title and 'Ort Jahr'",
     'Die These findet sich zuerst bei Karl Emmerich: *Der lange Marsch*, Hamburg 1977, S. 33.',
     [work('Emmerich', 'Der lange Marsch', '1977')],
     [work('Emmerich', 'Der lange Marsch', '1977')]),
    ("an adverb and 'in' before the writer",
     'Ausführlich in Karl Emmerich, *Der lange Marsch*, Hamburg 1977, S. 33.',
     [work('Emmerich', 'Der lange Marsch', '1977')],
     [work('Emmerich', 'Der lange Marsch', '1977')]),
    ("a genitive writer, 'Aufsatz', a quoted title, 'in:' a journal in emphasis",
     'Karl Emmerichs Aufsatz „Der lange Marsch“, in: *Kursbuch* 48 (1977), S. 1–20, bleibt unentbehrlich.',
     [work('Emmerich', 'Der lange Marsch', '1977')],
     [work('Emmerich', 'Der lange Marsch', '1977')]),
    ("'in ihrem Aufsatz', a quoted title, 'in:' a journal in emphasis",
     'Das hat Rosa Haller in ihrem Aufsatz „Das Ende“, in: *Kursbuch* 48 (1977), S. 1–20, gezeigt.',
     [work('Haller', 'Das Ende', '1977')],
     [work('Haller', 'Das Ende', '1977')]),
    ("a genitive writer and 'Aufsatz' before a title with a bare year",
     'Karl Emmerichs Aufsatz *Der lange Marsch* (1977) bleibt unentbehrlich.',
     [work('Emmerich', 'Der lange Marsch', '1977')],
     []),
    ("a genitive writer alone and 'Studie' before a title and 'Ort Jahr'",
     'Emmerichs Studie *Der lange Marsch*, Hamburg 1977, bleibt unentbehrlich.',
     [work('Emmerich', 'Der lange Marsch', '1977')],
     [work('Emmerich', 'Der lange Marsch', '1977')]),
    ("negative: a given name in '-s' and the surname Buch",
     'Hans Buch, *Der lange Marsch*, Hamburg 1977.',
     [work('Buch', 'Der lange Marsch', '1977')],
     [work('Buch', 'Der lange Marsch', '1977')]),
    ('negative: a given name and the surname Werk',
     'Klaus Werk, *Der lange Marsch*, Hamburg 1977.',
     [work('Werk', 'Der lange Marsch', '1977')],
     [work('Werk', 'Der lange Marsch', '1977')]),
    ('negative: a given name and the surname Roman, a colon',
     'Jens Roman: *Der lange Marsch*, Hamburg 1977.',
     [work('Roman', 'Der lange Marsch', '1977')],
     [work('Roman', 'Der lange Marsch', '1977')]),
    ("negative: a place's genitive and 'Buch'",
     'Hamburgs Buch der Werften, Hamburg 1977, Bd. 2, S. 4.',
     [work('', 'Hamburgs Buch der Werften', '1977')],
     [work('', 'Hamburgs Buch der Werften', '1977')]),
    ("negative: 'bei' and a place, a publisher, a year",
     'Die These findet sich zuerst bei Hamburg: Junius 1977, S. 33.',
     [],
     []),
    ("negative: 'in' and a place and a year in prose",
     'Ausführlich in Hamburg 1977, Nr. 3, auf dem Kongress.',
     [],
     []),
    ("negative: a journal with 'Jahrgang' after 'in:'",
     'So stand es in: Kursbuch, Jahrgang 12, Nr. 3, 1977.',
     [],
     []),
    ('negative: prose with a year, a kind and no title',
     'Das Buch von 1977 erschien in Hamburg, Bd. 2.',
     [],
     []),
]  # fmt: skip

test_read_in_markdown, test_read_in_the_web_copy = rendering_table_tests(ROWS)
test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=15
)

# A work set in prose with its imprint in brackets after the title: "Die beste Darstellung
# gibt Karl Vell, *Der Hafen* (Hamburg 1977), S. 33" (`note_german_leadins._bracket_imprint`).
# The bracket holds a place and a year (a publisher between, no comma) and nothing else, and
# follows a marked title: after a web copy's plain title an English note's list ("Centre,
# University of …, … (London 1990)") took it, so the web copy reads none of these.
BRACKETED_IMPRINTS = [
    ("prose, a writer, a title in emphasis, '(Ort Jahr)' and a page",
     'Die beste Darstellung gibt immer noch Karl Emmerich, *Der lange Marsch* (Hamburg 1977), S. 33.',
     [work('Emmerich', 'Der lange Marsch', '1977')],
     []),
    ("prose, a writer, a title in emphasis, '(Ort: Verlag Jahr)'",
     'Die beste Darstellung gibt immer noch Karl Emmerich, *Der lange Marsch* (Hamburg: Junius 1977), S. 33.',
     [work('Emmerich', 'Der lange Marsch', '1977')],
     []),
    ("a second work in its own sentence, '(Ort Jahr)'",
     'Vgl. Karl Emmerich, *Der lange Marsch* (Hamburg 1977), S. 4. Die Gegenposition vertritt Rosa Haller, *Das Ende der Bewegung* (Frankfurt am Main 1983), S. 9.',
     [work('Emmerich', 'Der lange Marsch', '1977'), work('Haller', 'Das Ende der Bewegung', '1983')],
     [work('Emmerich', 'Der lange Marsch', '1977')]),
    ("a quoted title and '(Ort Jahr)' after 'Vgl.'",
     'Vgl. Rosa Haller, „Das Ende der Bewegung“ (Frankfurt am Main 1983), S. 9.',
     [work('Haller', 'Das Ende der Bewegung', '1983')],
     [work('Haller', 'Das Ende der Bewegung', '1983')]),
    ("'Anm. d. Red.:' and 'Gemeint ist'",
     'Anm. d. Red.: Gemeint ist Rosa Haller, *Das Ende der Bewegung* (Frankfurt am Main 1983).',
     [work('Haller', 'Das Ende der Bewegung', '1983')],
     []),
    ("negative: a person's apposition and '(Ort Jahr)'",
     'Das sagte Hans Meierling, Leiter des Stadtarchivs (Kassel 2012), auf der Tagung.',
     [],
     []),
    ('negative: a place and a date in the bracket',
     'Das sagte Hans Meierling, *Leiter* (Kassel, im Mai 2012), auf der Tagung.',
     [],
     []),
    ('negative: a bare year in the bracket',
     'Das sagte Hans Meierling, Leiter des Stadtarchivs (2012), auf der Tagung.',
     [],
     []),
    ('negative: two places and years in the bracket',
     'Das sagte Hans Meierling, Leiter des Archivs (Kassel 2012 und Berlin 2014), auf der Tagung.',
     [],
     []),
    ("negative: 'Bd.' and '(Ort Jahr)'",
     'Erschienen als Bd. 2 (Hamburg 1977), Nr. 3.',
     [],
     []),
    ("negative: 'Jahrgang' and '(Ort Jahr)'",
     'Die Zeitschrift, Jahrgang 12 (Berlin 1990), S. 4, brachte nichts.',
     [],
     []),
    ('negative: a publisher and a place before a year in prose',
     'Gedruckt bei Junius in Hamburg: Dietz 1977, in 500 Stück, Bd. 2.',
     [],
     []),
]  # fmt: skip

test_bracketed_imprints_in_markdown, test_bracketed_imprints_in_the_web_copy = (
    rendering_table_tests(BRACKETED_IMPRINTS)
)
test_bracketed_imprints_half_negatives, test_bracketed_imprints_negatives_give_no_author_year = (
    negative_table_tests(BRACKETED_IMPRINTS, least=12)
)

# German imprints' places the lead-in reader did not know: "Reinbek bei Hamburg", "Frankfurt
# am Main/New York" (three parts), "München u. a." (and other places), "o. O." (ohne Ort: no
# place); and a plain title the segment reader cut short of such an imprint ("Berlin/New
# York: de Gruyter", "Berlin (Ost): Dietz") and read with no year: the lead-in reading with
# the imprint replaces it (`note_german_leadins._undated`).
IMPRINT_PLACES = [
    ("prose, 'Reinbek bei Hamburg: Rowohlt'",
     'Zu diesem Ergebnis kommt auch Rosa Haller, *Das Ende der Bewegung*, Reinbek bei Hamburg: Rowohlt 1983, S. 9, allerdings aus anderen Gründen.',
     [work('Haller', 'Das Ende der Bewegung', '1983')]),
    ("prose, 'Frankfurt am Main/New York: Campus'",
     'Zu diesem Ergebnis kommt auch Rosa Haller, *Das Ende der Bewegung*, Frankfurt am Main/New York: Campus 1983, S. 9, allerdings aus anderen Gründen.',
     [work('Haller', 'Das Ende der Bewegung', '1983')]),
    ("prose, 'München u. a.: Piper'",
     'Zu diesem Ergebnis kommt auch Rosa Haller, Das Ende der Bewegung, München u. a.: Piper 1983, S. 9, allerdings aus anderen Gründen.',
     [work('Haller', 'Das Ende der Bewegung', '1983')]),
    ("prose, 'o. O.' (no place) and a year",
     'Zu diesem Ergebnis kommt auch Rosa Haller, *Das Ende der Bewegung*, o. O. 1983, S. 9, allerdings aus anderen Gründen.',
     [work('Haller', 'Das Ende der Bewegung', '1983')]),
    ("a plain title, 'Berlin/New York: de Gruyter'",
     'Rosa Haller, *Das Ende der Bewegung*, Berlin/New York: de Gruyter 1983, S. 9.',
     [work('Haller', 'Das Ende der Bewegung', '1983')]),
    ("a plain title, 'Berlin (Ost): Dietz'",
     'Rosa Haller, *Das Ende der Bewegung*, Berlin (Ost): Dietz 1983, S. 9.',
     [work('Haller', 'Das Ende der Bewegung', '1983')]),
    ("negative: an apposition and a place 'bei' a town and a year",
     'Das sagte Karl Emmerich, Lehrer in Reinbek bei Hamburg 1983, auf der Tagung.',
     []),
    ("negative: 'u. a.' after a place and a year in prose",
     'Die Tagungen in München u. a. 1983 und 1984 blieben folgenlos.',
     []),
    ("negative: 'o. O.' and a year alone",
     'Flugblatt, o. O. 1983, Nr. 3.',
     []),
    ('negative: a place with a slash and a year, no title',
     'Das Treffen fand statt in Frankfurt am Main/New York 1983, Bd. 2.',
     []),
    ('negative: a publisher before a place and a year',
     'Gedruckt bei Rowohlt, Reinbek bei Hamburg 1983, im Jahrgang 12.',
     []),
    ("negative: a person and a place after 'bei', a year",
     'Hans Weber, bei Hamburg 1983, Nr. 4.',
     []),
]  # fmt: skip

test_imprint_places_alike, test_imprint_places_no_author_year_in_the_web_copy = (
    both_renderings_tests(IMPRINT_PLACES)
)
test_imprint_places_half_negatives, test_imprint_places_negatives_give_no_author_year = (
    negative_table_tests(IMPRINT_PLACES, least=12)
)

# A writer's pieces named in prose after "von", then one of them as an example after "z. B."
# or "etwa" with its details: the example is that writer's work ("Vgl. etwa die Berichte von
# Peter Vell in der *Zeitung*, z. B. „…“, in: Zeitung, 3.5.1999",
# `note_kind_writers.example_works`).
EXAMPLES = [
    ("'die Berichte von' a writer 'in der' paper, 'z. B.' a quoted title, 'in:' and a date",
     'Vgl. etwa die Berichte von Peter Wendt in der *Rhein-Main-Post*, z. B. „Die Partei und die Freunde“, in: Rhein-Main-Post, 3.5.1999, S. 8.',
     [work('Wendt', 'Die Partei und die Freunde', '1999')]),
    ("'die Reden von' a writer, 'etwa' a title and 'Ort Jahr'",
     'Die Reden von Ute Sand, etwa *Der Hafen*, Berlin 1999, S. 4.',
     [work('Sand', 'Der Hafen', '1999')]),
    ('negative: an example with a bare year',
     'Die Reden von Ute Sand, etwa *Der Hafen* (1999).',
     []),
    ("negative: 'von der Partei' (an article, no given name)",
     'Die Reden von der Partei, etwa *Der Hafen*, Berlin 1999.',
     []),
    ("negative: 'von' and a year",
     'Die Reden von 1999, z. B. „Der Hafen“, in: Zeitung, 3.5.1999.',
     []),
    ("negative: 'von' a place 'nach' a place",
     'Briefe von Hamburg nach Kiel, etwa „Der Hafen“ (Kiel 1999), Nr. 3.',
     []),
    ('negative: a writer and a place and a year, no example',
     'Die Reden von Ute Sand, Berlin 1999, Bd. 2.',
     []),
]  # fmt: skip

test_examples_alike, test_examples_no_author_year_in_the_web_copy = both_renderings_tests(EXAMPLES)
test_examples_half_negatives, test_examples_negatives_give_no_author_year = negative_table_tests(
    EXAMPLES, least=7
)
