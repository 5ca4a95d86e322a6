"""Issue 11, round 24: a plain title with its imprint in a bracket, after a German lead-in
(`extract/note_german_leadins.py`, `_plain_bracketed`).

Constructed notes, every writer, title, place and publisher invented. German prose sets a
work's imprint in a bracket after its title ("Vorname Name, *Titel* (Ort: Verlag Jahr)"),
and German notes borrow Chicago's "(Place: Publisher, Year)" and "(Place, Year)" (14.88);
DIN 1505-2 brackets a series after the title ("Titel (= Reihe, Bd. 3), Ort Jahr"). In a
web copy the title is plain, and after a lead-in ("Zur Lage:", "Grundlegend:", "; vgl.")
the note reader read nothing. A bracketed imprint is read after a plain title only where a
work opens (the note's start, after ".", ":", ";" or "(", one cue word between), for a
writer of one or two given names and a surname written first.

The negatives: a body's name of many capitalised words, a writer inside a list or a
title's words ("Anna Kessler, Clara Zetkin, Rosa Lindner: …", "100 Years of Harbour Work,
…"), DIN's inverted head, a bracket that holds no imprint (a page, a range of years, more
after the year, a "vgl."), a person's apposition in prose.
"""

from __future__ import annotations

from tests.note_tables import Reading, negative_table_tests, reading_and_writer_tests, work

# (class, note as a web page gives it, the readings expected)
POSITIVES: list[tuple[str, str, list[Reading]]] = [
    (
        "a label's colon, Chicago's (Place: Publisher, Year)",
        "Zur Lage: Hans Kessler, Die Werften 1890 bis 1914 (Hamburg: Junius, 1987).",
        [work("Kessler", "Die Werften 1890 bis 1914", "1987")],
    ),
    (
        "an adverb's colon, a subtitle, (Ort: Verlag Jahr)",
        "Grundlegend: Ilse Warnke, Der lange Streik. Werftarbeiter in Kiel 1896 (Kiel: "
        "Nordwind 1979).",
        [work("Warnke", "Der lange Streik. Werftarbeiter in Kiel 1896", "1979")],
    ),
    (
        "a lead-in phrase's colon, Chicago's (Place, Year)",
        "Zur Geschichte der Vereine ausführlich: Otto Brenk, Bildung und Bewegung (Bremen, 1984).",
        [work("Brenk", "Bildung und Bewegung", "1984")],
    ),
    (
        "after ';' and a label's colon, (Place, Year)",
        "Anders Pöhl 1981; ähnlich: Lisa Marquart, Die Hafenküche im Wandel (Rostock, 1991).",
        [work("Marquart", "Die Hafenküche im Wandel", "1991")],
    ),
    (
        "DIN's series in brackets after the title, then Ort Jahr",
        "Grundlegend: Erika Lomberg, Die Zunft und die Stadt. Handwerk in Lübeck (= Studien "
        "zur Stadtgeschichte, Bd. 4), Lübeck 1988.",
        [work("Lomberg", "Die Zunft und die Stadt. Handwerk in Lübeck", "1988")],
    ),
    (
        "a hyphenated given name, Frankfurt am Main, a publisher",
        "Im Überblick: Hans-Peter Gerold, Schule und Streik im Kaiserreich (Frankfurt am Main: "
        "Campus, 1983).",
        [work("Gerold", "Schule und Streik im Kaiserreich", "1983")],
    ),
]

# (class, note, a surname that must not be read)
NEGATIVES: list[tuple[str, str, str]] = [
    (
        "negative: a body's name of many capitalised words",
        "Zur Lage: Working Class Research Centre, University of London (London, 1990).",
        "Centre",
    ),
    (
        "negative: a body's name after an article",
        "See the Working Class Research Centre, University of London, Report (London 1990).",
        "Centre",
    ),
    (
        "negative: a name inside a title's words after 'of'",
        "On the port, see Ann Cole, The Port (Leeds: Northern Press, 2006), Tom Hale and Ivo "
        "Sand, eds. 100 Years of Harbour Work, Docks and Quays (London: Dale Press, 2006).",
        "Work",
    ),
    (
        "negative: persons in a title after the writer's comma",
        "Vgl. hierzu Anna Kessler, Clara Zetkin, Rosa Lindner: Zwei Leben (Hamburg: VSA 1987).",
        "Lindner",
    ),
    (
        "negative: a book titled 'Chair: …' after its writer, a given name's word before",
        "Paul Rendall, Chair: A History of Committees (Leeds, 2001), 7.",
        "Chair",
    ),
    (
        "negative: a bracket with a page, no year",
        "Zur Lage: Hans Kessler, Die Werften im Wandel (Hamburg, S. 4).",
        "Kessler",
    ),
    (
        "negative: a bracket with a range of years",
        "Zur Lage: Hans Kessler, Die Werften im Wandel (Hamburg 1987–1990).",
        "Kessler",
    ),
    (
        "negative: a bracket that goes on after the year",
        "Zur Lage: Hans Kessler, Die Werften im Wandel (Hamburg 1987 und öfter).",
        "Kessler",
    ),
    (
        "negative: a bracket with a cue before the place",
        "Zur Lage: Hans Kessler, Die Werften im Wandel (vgl. Hamburg 1987).",
        "Kessler",
    ),
    (
        "negative: a person's apposition in prose after 'von'",
        "Die Angaben stammen von Hans Kessler, dem Leiter des Archivs (Hamburg 1987).",
        "Kessler",
    ),
    (
        "negative: a place and its publisher in brackets after a place",
        "Zur Lage: Hamburg, Die Werften im Wandel (Kiel: Nordwind 1987).",
        "Hamburg",
    ),
    (
        "negative: a lead-in of two words before the writer",
        "Die Zahlen nennt Hans Kessler, Die Werften im Wandel (Hamburg 1987).",
        "Kessler",
    ),
]


test_the_work_is_read, test_no_such_writer_is_read = reading_and_writer_tests(POSITIVES, NEGATIVES)
test_the_table_holds_as_many_negatives_as_positives, test_no_author_year_reading = (
    negative_table_tests([*POSITIVES, *NEGATIVES])
)
