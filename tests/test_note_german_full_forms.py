"""Issue 11: German full forms in the general conventions, and their look-alikes.

Constructed notes written for this table (no corpus text), in the shapes German notes take
beyond the annotated articles: DIN 1505 ("Nachname, Vorname: Titel. Ort: Verlag Jahr"),
the colon style of Suhrkamp and Dietz books ("Vorname Nachname: Titel. Untertitel, Ort
Jahr, S. 12"), Chicago written in German, two writers ("Marx/Engels", "Karl Marx und
Friedrich Engels", "Negt, Oskar; Kluge, Alexander"), editors as the only names ("(Hrsg.)",
"hg. v." after the title), bodies ("Redaktion Bahamas"), no year ("o. J.") or no place ("o.
O."), places of several words ("Frankfurt a. M.", "Neuwied/Berlin"), editions ("2. überarb.
Aufl."), reprints ("Nachdruck", "Neuausgabe"), the original's year beside the edition's
("(frz. 1943)", "[1967]"), volumes ("Bd. 1", "MEW 23", "Werke 3", "GS I.2"), the year after
the writer, with or without brackets, journals with "Jg.", "Nr." and "3/1979", newspapers
with a date, addresses with "abgerufen am" or "[Stand: …]", translations ("dt. Frankfurt/M.
1986", "übers. v."), English works inside German notes, letters, and the cues "Vgl.",
"Siehe", "Zit. n.", "So etwa", "Dazu:".

Half the rows (at least) are negatives: places and years ("Frankfurt/M. 1987", "Frankfurt
am Main (1970)", "Berlin 1927"), publishers ("Suhrkamp 1970", "Dietz Verlag"), journals and
newspapers, the marks "S.", "Bd.", "H.", "Nr.", "Jg.", "Aufl.", dates, prose naming a person
with no work, "im Jahr 1968" and quantities; and the look-alikes of the shapes above (a
place or a publisher before "hg. v.", places parted by ";", a subtitle and its imprint).
Neither the note reader nor the author-year reader may read any of them as a work or an
author.

Each row is one note: (class, note, readings as (form, surnames, title, year))."""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, negative_table_tests, work
from tests.note_tables import one_note_readings as readings

NEGT = "Öffentlichkeit und Erfahrung"
NEGT_READ = work("Negt", NEGT, "1972")

# (class, note, readings)
CASES: list[tuple[str, str, list[Reading]]] = [
    # the colon style and DIN 1505
    (
        "colon: a subtitle, then Ort Jahr after a comma",
        "Herbert Marcuse: Der eindimensionale Mensch. Studien zur Ideologie der "
        "fortgeschrittenen Industriegesellschaft, Neuwied 1967, S. 12.",
        [work("Marcuse", "Der eindimensionale Mensch", "1967")],
    ),
    (
        "DIN: Nachname, Vorname: Titel, Ort: Verlag Jahr",
        "Negt, Oskar: Öffentlichkeit und Erfahrung, Frankfurt am Main: Suhrkamp 1972.",
        [NEGT_READ],
    ),
    (
        "DIN: Nachname, Vorname: Titel. Ort Jahr",
        "Lukács, Georg: Geschichte und Klassenbewußtsein. Berlin 1923, S. 94.",
        [work("Lukács", "Geschichte und Klassenbewußtsein", "1923")],
    ),
    (
        "DIN: Nachname, V.: Titel, in: Zeitschrift 2 (1974), H. 1",
        "Offe, C.: Die Krise des Krisenmanagements, in: Leviathan 2 (1974), H. 1, S. 5–10.",
        [work("Offe", "Die Krise des Krisenmanagements", "1974")],
    ),
    (
        "comma style: a publisher before the place",
        "Theodor W. Adorno, Ästhetische Theorie, Suhrkamp, Frankfurt am Main 1970, S. 12.",
        [work("Adorno", "Ästhetische Theorie", "1970")],
    ),
    (
        "colon style: the year in brackets after the place",
        "Vgl. Theodor W. Adorno: Negative Dialektik, Frankfurt am Main (1966), S. 3.",
        [work("Adorno", "Negative Dialektik", "1966")],
    ),
    # containers
    (
        "container: in: hg. v. the editor, the book, Ort Jahr",
        "Franz Neumann: Der Funktionswandel des Gesetzes, in: hg. v. Herbert Marcuse, "
        "Demokratischer und autoritärer Staat, Frankfurt am Main 1967, S. 31.",
        [work("Neumann", "Der Funktionswandel des Gesetzes", "1967")],
    ),
    (
        "journal: Jg. and Nr. and the year",
        "Wolfgang Pohrt: Der Staat als Beute, in: Konkret, Jg. 25, Nr. 3, 1979, S. 40.",
        [work("Pohrt", "Der Staat als Beute", "1979")],
    ),
    (
        "journal: 9. Jg. (1968), Nr. 47",
        "Hans-Jürgen Krahl: Zur Ideologiekritik, in: Neue Kritik, 9. Jg. (1968), Nr. 47, S. 3–12.",
        [work("Krahl", "Zur Ideologiekritik", "1968")],
    ),
    (
        "newspaper: in: FAZ and a numeric date",
        "Frank Schirrmacher: Die Revolution der Zeichen, in: FAZ, 12.3.1998, S. 41.",
        [work("Schirrmacher", "Die Revolution der Zeichen", "1998")],
    ),
    (
        "newspaper: a quoted title, FAZ vom and a written date",
        "Frank Schirrmacher, „Die Revolution der Zeichen“, FAZ vom 12. März 1998.",
        [work("Schirrmacher", "Die Revolution der Zeichen", "1998")],
    ),
    # two writers
    (
        "two writers: Marx/Engels and MEW",
        "Marx/Engels: Manifest der Kommunistischen Partei, MEW 4, Berlin 1959, S. 462.",
        [work("Marx/Engels", "Manifest der Kommunistischen Partei", "1959")],
    ),
    (
        "two writers: Karl Marx und Friedrich Engels",
        "Karl Marx und Friedrich Engels: Die deutsche Ideologie, Berlin 1953, S. 27.",
        [work("Marx/Engels", "Die deutsche Ideologie", "1953")],
    ),
    (
        "two writers: inverted, joined by /, Ort: Verlag Jahr",
        "Horkheimer, Max/Adorno, Theodor W.: Dialektik der Aufklärung, Amsterdam: Querido 1947.",
        [work("Horkheimer/Adorno", "Dialektik der Aufklärung", "1947")],
    ),
    (
        "two writers: u.",
        "Oskar Negt u. Alexander Kluge: Öffentlichkeit und Erfahrung, Frankfurt am Main 1972.",
        [work("Negt/Kluge", NEGT, "1972")],
    ),
    (
        "two writers: Chicago in German",
        "Oskar Negt und Alexander Kluge, Geschichte und Eigensinn (Frankfurt am Main: "
        "Zweitausendeins, 1981), 12.",
        [work("Negt/Kluge", "Geschichte und Eigensinn", "1981")],
    ),
    # editors as the only names
    (
        "editor: inverted with (Hrsg.)",
        "Negt, Oskar (Hrsg.): Aktualität und Folgen der Philosophie Hegels, Frankfurt am Main "
        "1970.",
        [work("Negt", "Aktualität und Folgen der Philosophie Hegels", "1970")],
    ),
    (
        "editor: hg. v. after a title with no writer",
        "Aktualität und Folgen der Philosophie Hegels, hg. v. Oskar Negt, Frankfurt am Main "
        "1970, S. 9.",
        [work("Negt", "Aktualität und Folgen der Philosophie Hegels", "1970")],
    ),
    (
        "editor: hrsg. von after a volume",
        "Rosa Luxemburg: Gesammelte Werke, Bd. 4, hrsg. von Annelies Laschitza, Berlin 1974, "
        "S. 12.",
        [work("Luxemburg", "Gesammelte Werke", "1974")],
    ),
    # no year, no place, editions, reprints, volumes
    (
        "no year: o. J.",
        "Rosa Luxemburg: Sozialreform oder Revolution? Leipzig o. J., S. 12.",
        [work("Luxemburg", "Sozialreform oder Revolution?")],
    ),
    (
        "no place: o. O.",
        "Otto Rühle: Von der bürgerlichen zur proletarischen Revolution, o. O. 1924, S. 5.",
        [work("Rühle", "Von der bürgerlichen zur proletarischen Revolution", "1924")],
    ),
    (
        "edition: 2. Aufl., Berlin 1975",
        "Franz Mehring: Die Lessing-Legende, 2. Aufl., Berlin 1975, S. 12.",
        [work("Mehring", "Die Lessing-Legende", "1975")],
    ),
    (
        "reprint: the reprint's year is the edition cited",
        "Karl Korsch: Marxismus und Philosophie, Leipzig 1923 (Nachdruck Frankfurt am Main "
        "1966), S. 12.",
        [work("Korsch", "Marxismus und Philosophie", "1966")],
    ),
    (
        "volume: Bd. 1 before the imprint",
        "Karl Marx: Das Kapital. Kritik der politischen Ökonomie, Bd. 1, Berlin 1962, S. 12.",
        [work("Marx", "Das Kapital", "1962")],
    ),
    (
        "volume: DIN names, MEW 23 and the imprint",
        "Vgl. Marx, Karl: Das Kapital. Erster Band, MEW 23, Berlin 1962, S. 12.",
        [work("Marx", "Das Kapital", "1962")],
    ),
    # the year after the writer
    (
        "author-date: inverted names (2015): title",
        "Honneth, Axel (2015): Die Idee des Sozialismus. Berlin: Suhrkamp, S. 12.",
        [work("Honneth", "Die Idee des Sozialismus", "2015")],
    ),
    (
        "author-date: (2015), then a comma",
        "Axel Honneth (2015), Die Idee des Sozialismus, Berlin: Suhrkamp, S. 12.",
        [work("Honneth", "Die Idee des Sozialismus", "2015")],
    ),
    # addresses, translations, English works
    (
        "address: URL and abgerufen am, no year",
        "Jutta Ditfurth: Die Grünen und die Macht, URL: https://example.org/gruene "
        "(abgerufen am 3.5.2017).",
        [work("Ditfurth", "Die Grünen und die Macht")],
    ),
    (
        "translation: dt. Frankfurt/M. 1986",
        "Fredric Jameson: Postmoderne. Zur Logik der Kultur im Spätkapitalismus, dt. "
        "Frankfurt/M. 1986, S. 45.",
        [work("Jameson", "Postmoderne", "1986")],
    ),
    (
        "translation: übers. v. and Frankfurt/M.",
        "Perry Anderson: Über den westlichen Marxismus, übers. v. Thomas Laugstien, "
        "Frankfurt/M. 1978, S. 23.",
        [work("Anderson", "Über den westlichen Marxismus", "1978")],
    ),
    (
        "english: an English work after Vgl. dazu",
        "Vgl. dazu Perry Anderson, Considerations on Western Marxism, London: New Left Books "
        "1976, S. 24.",
        [work("Anderson", "Considerations on Western Marxism", "1976")],
    ),
    # cues
    (
        "cue: So etwa",
        "So etwa Oskar Negt: Öffentlichkeit und Erfahrung, Frankfurt am Main 1972, S. 12.",
        [NEGT_READ],
    ),
    (
        "cue: Dazu:",
        "Dazu: Oskar Negt: Öffentlichkeit und Erfahrung, Frankfurt am Main 1972, S. 12.",
        [NEGT_READ],
    ),
    (
        "cue: Zit. n.",
        "Zit. n. Oskar Negt: Öffentlichkeit und Erfahrung, Frankfurt am Main 1972, S. 12.",
        [NEGT_READ],
    ),
    (
        "cue: Siehe hierzu auch",
        "Siehe hierzu auch Negt, Oskar: Öffentlichkeit und Erfahrung, Frankfurt am Main 1972.",
        [NEGT_READ],
    ),
    (
        "place: Frankfurt a. M. after the title",
        "Th. W. Adorno, Minima Moralia, Frankfurt a. M. 1951, S. 42.",
        [work("Adorno", "Minima Moralia", "1951")],
    ),
    (
        "place: two places and a colon after a comma-style title",
        "Herbert Marcuse, Der eindimensionale Mensch, Neuwied/Berlin: Luchterhand 1967, S. 21.",
        [work("Marcuse", "Der eindimensionale Mensch", "1967")],
    ),
    (
        "edition: words before Aufl.",
        "Vgl. Michael Heinrich, Die Wissenschaft vom Wert, 2. überarb. Aufl., Münster 1999, S. 12.",
        [work("Heinrich", "Die Wissenschaft vom Wert", "1999")],
    ),
    (
        "subtitle: Eine … after the title is no person",
        "Michael Heinrich: Kritik der politischen Ökonomie. Eine Einführung, Stuttgart: "
        "Schmetterling 2004, S. 44.",
        [work("Heinrich", "Kritik der politischen Ökonomie", "2004")],
    ),
    (
        "subtitle: the comma style reads its imprint on after a subtitle",
        "Hannah Arendt, Eichmann in Jerusalem. Ein Bericht von der Banalität des Bösen, "
        "München 1964.",
        [work("Arendt", "Eichmann in Jerusalem", "1964")],
    ),
    (
        "original: (frz. 1943) after the imprint is the original's",
        "Jean-Paul Sartre, Das Sein und das Nichts, Reinbek 1993 (frz. 1943), S. 12.",
        [work("Sartre", "Das Sein und das Nichts", "1993")],
    ),
    (
        "original: (engl. Orig. 1976) after Ort: Verlag Jahr",
        "Perry Anderson, Über den westlichen Marxismus, Frankfurt am Main: Syndikat 1978 "
        "(engl. Orig. 1976), S. 12.",
        [work("Anderson", "Über den westlichen Marxismus", "1978")],
    ),
    (
        "original: [1967] after the imprint's year",
        "Vgl. Guy Debord, Die Gesellschaft des Spektakels, Berlin: Edition Tiamat 1996 [1967], "
        "These 4.",
        [work("Debord", "Die Gesellschaft des Spektakels", "1996")],
    ),
    (
        "original: (1930) beside the title, the edition's imprint after in:",
        "Sigmund Freud, Das Unbehagen in der Kultur (1930), in: Studienausgabe, Bd. IX, "
        "Frankfurt am Main 1974, S. 191–270.",
        [work("Freud", "Das Unbehagen in der Kultur", "1974")],
    ),
    (
        "reprint: Neuausgabe in a later sentence",
        "Karl Korsch: Marxismus und Philosophie. Leipzig: Hirschfeld 1923. Neuausgabe "
        "Frankfurt a. M. 1966.",
        [work("Korsch", "Marxismus und Philosophie", "1966")],
    ),
    (
        "DIN: two authors parted by ;",
        "Negt, Oskar; Kluge, Alexander: Geschichte und Eigensinn. Frankfurt a. M.: "
        "Zweitausendeins 1981.",
        [work("Negt/Kluge", "Geschichte und Eigensinn", "1981")],
    ),
    (
        "DIN: the year without brackets before the colon",
        "Adorno, Theodor W. 1966: Negative Dialektik. Frankfurt a. M.: Suhrkamp.",
        [work("Adorno", "Negative Dialektik", "1966")],
    ),
    (
        "DIN: a full given name, a subtitle, then the imprint",
        "Dutschke, Rudi: Mein langer Marsch. Reden, Schriften und Tagebücher aus zwanzig "
        "Jahren, Reinbek 1980.",
        [work("Dutschke", "Mein langer Marsch", "1980")],
    ),
    (
        "no year: a place at the end",
        "Adorno, Theodor W. (1966), Negative Dialektik, Frankfurt am Main.",
        [work("Adorno", "Negative Dialektik", "1966")],
    ),
    (
        "no year: o. O. o. J. after a subtitle, the colon style",
        "Rosa Luxemburg: Die Akkumulation des Kapitals. Ein Beitrag zur ökonomischen "
        "Erklärung des Imperialismus, o. O. o. J.",
        [work("Luxemburg", "Die Akkumulation des Kapitals")],
    ),
    (
        "two writers: Marx/Engels, a comma and MEW 3",
        "Vgl. Marx/Engels, Die deutsche Ideologie, MEW 3, S. 27.",
        [work("Marx/Engels", "Die deutsche Ideologie", form="short")],
    ),
    (
        "volume: Werke 3 after the title",
        "Vgl. G. W. F. Hegel: Phänomenologie des Geistes, Werke 3, Frankfurt am Main 1970, S. 145.",
        [work("Hegel", "Phänomenologie des Geistes", "1970")],
    ),
    (
        "volume: GS I.2 after the title",
        "Walter Benjamin, Über den Begriff der Geschichte, GS I.2, S. 697.",
        [work("Benjamin", "Über den Begriff der Geschichte")],
    ),
    (
        "journal: an issue and its year, 3/1979",
        "Wolfgang Pohrt, „Der Staat als Beute“, Konkret 3/1979, S. 40.",
        [work("Pohrt", "Der Staat als Beute", "1979")],
    ),
    (
        "letter: den Brief von … an … vom, written over two days",
        "Vgl. den Brief von Engels an Bloch vom 21./22. September 1890, in: MEW 37, S. 462–465.",
        [work("Engels", "", "1890")],
    ),
    (
        "subtitle: two nouns joined by und are no persons",
        "Siehe Jacques Rancière, Das Unvernehmen. Politik und Philosophie, Frankfurt am Main: "
        "Suhrkamp.",
        [work("Rancière", "Das Unvernehmen")],
    ),
    (
        "body: Redaktion and a journal's name is one author",
        "Redaktion Bahamas: Die Linke und die Revolution, in: Bahamas 58 (2009), S. 3.",
        [work("Redaktion Bahamas", "Die Linke und die Revolution", "2009")],
    ),
    (
        "address: [Stand: …] gives no year",
        "Jutta Ditfurth: Die Grünen und die Macht, URL: https://example.org/gruene "
        "[Stand: 3.5.2017].",
        [work("Ditfurth", "Die Grünen und die Macht")],
    ),
    (
        "address: (eingesehen am …) gives no year, the year beside the title does",
        "Jutta Ditfurth: Die Grünen und die Macht (2011), URL: https://example.org/gruene "
        "(eingesehen am 3.5.2017).",
        [work("Ditfurth", "Die Grünen und die Macht", "2011")],
    ),
    # negatives: places, publishers, journals, marks, dates, prose, quantities
    ("negative: a journal's volume and year", "In: Bahamas 58 (2009), S. 3.", []),
    ("negative: a letter named with no writer or date", "Vgl. den Brief an Bloch.", []),
    (
        "negative: a place, hg. v. and an imprint",
        "Frankfurt am Main, hg. v. Oskar Negt, Berlin 1970.",
        [],
    ),
    (
        "negative: a publisher, hg. v. and an imprint",
        "Suhrkamp, hg. v. Oskar Negt, Berlin 1970.",
        [],
    ),
    ("negative: hg. v. and no person", "Zur Debatte, hg. v. der Redaktion, Berlin 1970.", []),
    ("negative: a place inverted before a colon", "Frankfurt, Main: Suhrkamp 1970.", []),
    ("negative: places parted by ;", "Frankfurt, Main; Berlin, Ost: Dietz 1970.", []),
    ("negative: a journal's issue and year", "Konkret 3/1979, S. 40.", []),
    ("negative: a number and its year", "Nr. 3/1979, S. 12.", []),
    ("negative: a collected edition's volume", "Werke 3, S. 145.", []),
    ("negative: GS and a volume", "GS I.2, S. 697.", []),
    ("negative: a subtitle and its imprint", "Reden, Schriften und Tagebücher, Reinbek 1980.", []),
    ("negative: a place with no year", "Frankfurt am Main, S. 12.", []),
    ("negative: an original's year alone", "(frz. 1943), S. 12.", []),
    ("negative: a new edition's imprint", "Neuausgabe Frankfurt a. M. 1966.", []),
    ("negative: an imprint and an original year", "Berlin: Edition Tiamat 1996 [1967].", []),
    ("negative: Frankfurt a. M. and a year", "Frankfurt a. M. 1951, S. 42.", []),
    ("negative: Frankfurt a. M. (1970)", "Frankfurt a. M. (1970), S. 3.", []),
    ("negative: two places: a publisher", "Neuwied/Berlin: Luchterhand 1967, S. 21.", []),
    ("negative: an edition with its words", "2. überarb. Aufl., Münster 1999.", []),
    ("negative: a subtitle and an imprint", "Eine Einführung, Stuttgart: Schmetterling 2004.", []),
    ("negative: Frankfurt/M. and a year", "Frankfurt/M. 1987, S. 12.", []),
    ("negative: Frankfurt am Main (1970)", "Vgl. Frankfurt am Main (1970), S. 3.", []),
    (
        "negative: Frankfurt am Main (1970) in prose",
        "Die Tagung fand in Frankfurt am Main (1970) statt.",
        [],
    ),
    ("negative: Berlin and a year", "Berlin 1927.", []),
    ("negative: two places and a year", "Frankfurt am Main/New York 1990, S. 12.", []),
    ("negative: Berlin/DDR and a year", "Berlin/DDR 1975, S. 3.", []),
    ("negative: a place and o. J.", "Leipzig o. J., S. 12.", []),
    ("negative: o. O., o. J.", "o. O., o. J., S. 7.", []),
    ("negative: a publisher and a year", "Suhrkamp 1970, S. 5.", []),
    ("negative: Vgl. and a publisher", "Vgl. Suhrkamp 1970.", []),
    ("negative: Dietz Verlag and a place", "Dietz Verlag, Berlin 1974.", []),
    ("negative: a place: Dietz Verlag", "Berlin: Dietz Verlag 1974, S. 3.", []),
    ("negative: Siehe and a publisher", "Siehe Suhrkamp Verlag, Frankfurt am Main 1970.", []),
    ("negative: Dazu: a place", "Dazu: Berlin 1927, S. 12.", []),
    ("negative: a newspaper and a date", "FAZ, 12.3.1998.", []),
    ("negative: a newspaper and a written date", "Die Zeit, 12. März 1998, S. 3.", []),
    ("negative: a journal's volume and issue", "In: Leviathan 2 (1974), H. 1, S. 5–10.", []),
    ("negative: pages", "S. 12–15.", []),
    ("negative: a volume and a page", "Bd. 23, S. 12.", []),
    ("negative: an issue with a year", "H. 3 (1980), S. 5.", []),
    ("negative: a number and a year", "Nr. 47, 1968.", []),
    ("negative: Jg. and Nr.", "Jg. 25 (1979), Nr. 3.", []),
    ("negative: an edition and a year", "2. Aufl. 1975.", []),
    ("negative: a reprint's imprint", "Nachdruck Frankfurt am Main 1966.", []),
    ("negative: a translation's imprint", "dt. Frankfurt/M. 1986, S. 45.", []),
    ("negative: a translator and an imprint", "übers. v. Thomas Laugstien, Frankfurt/M. 1978.", []),
    ("negative: an editor and o. O.", "hrsg. von Oskar Negt, o. O. 1970.", []),
    ("negative: (Hg.) and an imprint", "(Hg.), Frankfurt am Main 1970.", []),
    ("negative: an access date", "abgerufen am 3.5.2017.", []),
    ("negative: a date in prose", "Am 12.3.1998 erschien der Artikel.", []),
    ("negative: a life's years", "Marx lebte von 1818 bis 1883.", []),
    ("negative: im Jahr 1968", "Im Jahr 1968 begann die Revolte.", []),
    ("negative: a person and a year in prose", "Rudi Dutschke sprach 1968 in Berlin.", []),
    ("negative: two persons and a year", "Marx und Engels trafen sich 1844 in Paris.", []),
    ("negative: a person, no work", "Wie Adorno sagte, ist das Ganze das Unwahre.", []),
    ("negative: a quantity like a year", "Die Auflage betrug 1970 Exemplare.", []),
    ("negative: a quantity", "Etwa 1500 Studenten demonstrierten.", []),
    ("negative: a span of years", "Gemeint ist die Zeit zwischen 1918 und 1933.", []),
    ("negative: an edition named by its year", "Vgl. die Ausgabe von 1975, S. 12.", []),
    ("negative: a cross-reference", "Dazu ausführlich unten, Abschnitt 3.", []),
    ("negative: a place: publisher after Vgl.", "Vgl. Frankfurt/M.: Suhrkamp 1987.", []),
]


@pytest.mark.parametrize(("note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reading(note: str, expected: list[Reading]) -> None:
    assert readings(note) == expected


(
    test_the_table_holds_at_least_as_many_negatives_as_positives,
    test_the_author_year_reader_reads_no_author_in_a_negative,
) = negative_table_tests(CASES, least=40)
