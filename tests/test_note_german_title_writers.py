"""Issue 11, round 24: a German work named title first, its writer after "von"
(`extract/note_german_title_writers.py`, read by `extract/note_german_leadins.py`).

Constructed notes, every writer, title, journal, place and publisher invented. German prose
and essay notes name a work by its marked title, then its writer: "„Titel“ von Vorname
Name, in: Zeitschrift 4 (1990), S. 3", "*Titel* von Vorname Name, Ort: Verlag Jahr",
"*Titel* von Vorname Name (Ort Jahr)". The reader read the title without its writer, or
nothing.

The negatives: a writer with no given name ("von Marx"), places ("von Hamburg bis Kiel"), an
article ("von der Gruppe …"), a role's "von" ("übers. von", "hg. von"), no imprint after the
name (a song, a film in prose, "von Karl Marx bis Rosa Luxemburg"), a year after "von", a
review's or a translation's title ("Die Rezension von „…“ von …").
"""

from __future__ import annotations

from tests.note_tables import Reading, negative_table_tests, reading_and_writer_tests, work

# (class, note, the readings expected)
POSITIVES: list[tuple[str, str, list[Reading]]] = [
    (
        "quoted title, 'von', a comma, in: Zeitschrift 4 (1990)",
        "Vgl. „Die Werften im Wandel“ von Anna Kessler, in: *Neue Zeit* 4 (1990), S. 3.",
        [work("Kessler", "Die Werften im Wandel", "1990")],
    ),
    (
        "quoted title after a noun, 'von', no comma before 'in:'",
        "Vgl. den Aufsatz „Streik und Schule“ von Otto Brenk in: *Bremer Hefte* 12 (1984), "
        "S. 41–60.",
        [work("Brenk", "Streik und Schule", "1984")],
    ),
    (
        "italic title, 'von', Ort: Verlag Jahr (read without its writer before)",
        "Siehe *Der lange Streik* von Ilse Warnke, Kiel: Nordwind 1979, S. 3.",
        [work("Warnke", "Der lange Streik", "1979")],
    ),
    (
        "italic title, 'von', an initial, (Ort Jahr)",
        "Grundlegend bleibt *Die Zunft und die Stadt* von Erika M. Lomberg (Lübeck 1988).",
        [work("Lomberg", "Die Zunft und die Stadt", "1988")],
    ),
    (
        "a particle in the surname, a newspaper's date",
        "Dazu „Die Hafenküche“ von Lisa von Marquart, in: *Rostocker Blätter*, 3.5.1991, S. 2.",
        [work("von Marquart", "Die Hafenküche", "1991")],
    ),
    (
        "a comma before 'von', a hyphenated given name, Frankfurt am Main",
        "Zuletzt *Bildung und Bewegung*, von Hans-Peter Gerold, Frankfurt am Main: Campus 1983.",
        [work("Gerold", "Bildung und Bewegung", "1983")],
    ),
]

# (class, note, a surname that must not be read)
NEGATIVES: list[tuple[str, str, str]] = [
    (
        "negative: a review's title, the reviewed work's writer",
        "Die Rezension von „Die Werften im Wandel“ von Anna Kessler, in: *Neue Zeit* 4 "
        "(1990), S. 3.",
        "Kessler",
    ),
    (
        "negative: a translation's title, the translated work's writer",
        "Eine Übersetzung von „Die Werften“ von Anna Kessler, in: *Neue Zeit* 4 (1990).",
        "Kessler",
    ),
    (
        "negative: a surname alone after 'von'",
        "Siehe *Die Werften im Wandel* von Marx, Hamburg: Junius 1987, S. 3.",
        "Marx",
    ),
    (
        "negative: a translator after 'übers. von'",
        "„Die Werften im Wandel“, übers. von Anna Kessler, Hamburg 1987.",
        "Kessler",
    ),
    (
        "negative: a song in prose, no imprint",
        "Das Lied „Die Werften“ von Hans Eisler wurde 1930 gesungen.",
        "Eisler",
    ),
    (
        "negative: places after 'von'",
        "„Die Werften“ von Hamburg bis Kiel, Berlin 1990.",
        "Kiel",
    ),
    (
        "negative: an article after 'von'",
        "*Die Werften* von der Gruppe Nord, Berlin 1990.",
        "Nord",
    ),
    (
        "negative: persons of a title's range, no imprint",
        "„Die Werften“ von Karl Marx bis Rosa Luxemburg.",
        "Marx",
    ),
    (
        "negative: a film in prose, a year in the sentence",
        "Der Film „Die Werften“ von Anna Kessler lief 1987 in Hamburg.",
        "Kessler",
    ),
    (
        "negative: a year after 'von'",
        "Vgl. „Die Werften“ von 1987, Hamburg 1990.",
        "Hamburg",
    ),
    (
        "negative: a page after the writer, no imprint",
        "Vgl. „Die Werften“ von Anna Kessler, S. 4–9.",
        "Kessler",
    ),
    (
        "negative: a sentence's verb after the writer",
        "„Die Werften“ von Anna Kessler erschien 1987 in Hamburg.",
        "Kessler",
    ),
]


test_the_work_is_read_with_its_writer, test_no_such_writer_is_read = reading_and_writer_tests(
    POSITIVES, NEGATIVES
)
test_the_table_holds_as_many_negatives_as_positives, test_no_author_year_reading = (
    negative_table_tests([*POSITIVES, *NEGATIVES])
)
