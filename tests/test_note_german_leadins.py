"""Issue 11, round 15: German full forms that do not open their note, and the labels read as
writers (`extract/note_german_leadins.py`, `extract/note_german_labels.py`).

Constructed notes, every writer, title, journal and publisher invented. German notes open a
work with any prose before the writer ("Zur Frage … maßgeblich bleibt", "Gemeint ist
offenbar", "kritischer, mit Blick auf die Quellen,", "sowie, ausführlicher,"); the reading
is decided by the shape after the name: given name and surname (or two joined by "/", or
"(Hg.)"), ":" or ",", a title and a German imprint. Several works in one note are each read.

The negatives: a name inside a title, an editor after "hg. v.", a noun phrase after an
article ("im Handbuch der Weimarer Republik"), a name in prose with no title, a place and a
publisher, an English note's "Reader, Anne M. Coyle ed., Harbor 1978"; and the labels
("Exemplarisch:", "Vermutlich:", "Im Original:", "Die Bewegung „…“") that must not be read
as writers, beside the bare surnames that are ("Lenin: …", a writer an earlier note named).
"""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, last_note_readings, surnames_read, work
from tests.note_tables import one_note_readings as readings

# (class, note, the readings expected among the note's readings)
POSITIVES: list[tuple[str, str, list[Reading]]] = [
    (
        "lead-in prose, colon, italic title, Ort: Verlag Jahr",
        "Zur Frage der Datierung maßgeblich bleibt Konrad Wettstein-Lahr: *Die Ordnung der "
        "Archive. Studien zur Verwaltung 1815–1866*, Leipzig: Brockhaus 1979, S. 4–9.",
        [
            work(
                "Wettstein-Lahr",
                "Die Ordnung der Archive. Studien zur Verwaltung 1815–1866",
                "1979",
            )
        ],
    ),
    (
        "after a ';' and a clause, colon, plain title with a subtitle, Ort Jahr",
        "Vgl. Pöhl 1981, S. 4; kritischer, mit Blick auf die Quellen, Ilse Brannt: Die stille "
        "Reform. Kirche und Schule im Vormärz, Kassel 1994, bes. S. 12.",
        [work("Brannt", "Die stille Reform. Kirche und Schule im Vormärz", "1994")],
    ),
    (
        "'So zuerst bei', quoted title, in: Zeitschrift 14 (1958)",
        "So zuerst bei Hans-Dieter Kolbeck: „Der Streit um die Dorfschule“, in: *Zeitschrift "
        "für Landesgeschichte* 14 (1958), S. 201–230, und seither in jedem Handbuch.",
        [work("Kolbeck", "Der Streit um die Dorfschule", "1958")],
    ),
    (
        "'Gemeint ist offenbar', two places joined by '/', a publisher",
        "Gemeint ist offenbar Irma Kastell: *Harvest. Farm, Mill, and Market*, Boston/London: "
        "Harbor Press 2006. – Anm. d. Red.",
        [work("Kastell", "Harvest. Farm, Mill, and Market", "2006")],
    ),
    (
        "'Deutsch in:' an editor's book, comma style",
        "Deutsch in: Gerd Anklam (Hg.), *Stimmen aus dem Hafen*, Bremen: Edition Nord 1990, S. 3–9.",
        [work("Anklam", "Stimmen aus dem Hafen", "1990")],
    ),
    (
        "two editors joined by '/', (Hrsg.), colon",
        "Zur Rezeption vgl. Otto Brenk/Lisa Marquart (Hrsg.): *Offene Fragen. Eine Bilanz*, "
        "Kiel: Nordwind 2001.",
        [work("Brenk/Marquart", "Offene Fragen. Eine Bilanz", "2001")],
    ),
    (
        "a label phrase, then a newspaper piece with its date",
        "Ein Beispiel unter vielen: Walter Grimsel: „Der Tag danach“, in: *Die Morgenpost*, "
        "4.6.1977, S. 2.",
        [work("Grimsel", "Der Tag danach", "1977")],
    ),
    (
        "web copy: comma style, plain title to 'Ort Jahr'",
        "Maßgeblich noch immer Ruth Albers, Die Erben der Zunft. Handwerk und Stadt 1800–1850, "
        "Hannover 1988, S. 7.",
        [work("Albers", "Die Erben der Zunft. Handwerk und Stadt 1800–1850", "1988")],
    ),
    (
        "plain title with commas and a bracketed place: no writer in the title",
        "Klassisch formuliert bei Gustav Lehr: Geteilte Wege. Bauern, Bürger und das Jahr 1848, "
        "Berlin (Ost) 1961, S. 3.",
        [work("Lehr", "Geteilte Wege. Bauern, Bürger und das Jahr 1848", "1961")],
    ),
    (
        "a thesis: the kind before its place and year",
        "Ansätze dazu schon früh, und jetzt bei Sven Ohlrich: Die Form der Zeit. Kant, Herder und "
        "die Folgen. Dissertation, Universität Kiel 2011.",
        [work("Ohlrich", "Die Form der Zeit. Kant, Herder und die Folgen", "2011")],
    ),
    (
        "two works joined by 'und die Beiträge in'",
        "Vgl. Anna Pirrung, *Kleine Welten* (Leipzig: Kranich, 2003), S. 4, und die Beiträge in "
        "Jonas Wehl/Karin Ostrau (Hg.), *Große Welten*, Dresden 2005.",
        [work("Pirrung", "Kleine Welten", "2003"), work("Wehl/Ostrau", "Große Welten", "2005")],
    ),
    (
        "'sowie, ausführlicher,' after a journal named in prose",
        "Zur Debatte vgl. die Beiträge in Nr. 12 der Zeitschrift *Kehrwieder* (2010) sowie, "
        "ausführlicher, Ina Kolbatz: *Die Besetzung. Eine Chronik*, Graz: Leykam 2014, S. 9.",
        [work("Kolbatz", "Die Besetzung. Eine Chronik", "2014")],
    ),
    (
        "web copy: an editor after the plain title is no writer",
        "Der Ton ist klar in den Briefen von Paul Eschwey, Briefe aus Triest. Eine Auswahl, "
        "hg. v. Vera Lindt, Wien 1999, S. 4.",
        [work("Eschwey", "Briefe aus Triest. Eine Auswahl", "1999")],
    ),
    (
        "a letter cited from a collection after 'in:'",
        "Erläutert in einem Brief an Karl Wiese vom 3. Mai 1850, in: Otto Pfannkuch: "
        "*Briefwechsel*, hg. v. Gisela Hornung, Bd. 2, Berlin: Akademie-Verlag 1982, S. 21.",
        [work("Pfannkuch", "Briefwechsel", "1982")],
    ),
    (
        "a label with a colon, then the writer, comma style",
        "Exemplarisch: Jörg Pelzmann, *Anerkennung und Zeit. Eine Skizze*, Berlin 2009.",
        [work("Pelzmann", "Anerkennung und Zeit. Eine Skizze", "2009")],
    ),
    (
        "a label before a newspaper's unsigned piece: kept without a writer",
        "Vermutlich: „Ohne Staat? Ein Gespräch mit Uwe Pahlke“, *Die Woche am Fluss*, "
        "14. Februar 1994, S. 19.",
        [work("", "Ohne Staat? Ein Gespräch mit Uwe Pahlke", "1994")],
    ),
    (
        "'Im Original:' a phrase, then an edited volume",
        "Die Übersetzung folgt dem Usus. Im Original: „open society“. Vgl. dazu Rainer Tellkamp/"
        "Sonja Marwede (Hrsg.): *Offene Gesellschaft*, Münster: Dampfboot 1998.",
        [work("Tellkamp/Marwede", "Offene Gesellschaft", "1998")],
    ),
    (
        "a nickname in brackets after the given name, then a sentence and 'Deutsch in:'",
        "Der Satz stammt aus Harold („Hal“) Brennecke, „A Party Without Memory“, in: *Left "
        "Quarterly* 38, Nr. 3 (1991), S. 311–318, hier S. 311. Deutsch in: Michael Stollberg "
        "(Hg.), *Nach dem Fall. Stimmen*, Hamburg: Konkret 1992, S. 45–58.",
        [
            work("Brennecke", "A Party Without Memory", "1991"),
            work("Stollberg", "Nach dem Fall. Stimmen", "1992"),
        ],
    ),
    (
        "web copy: a one-word plain title after the colon, its editor and volume",
        "Erläutert in einem Brief an Karl Wiese vom 3. Mai 1850, in: Otto Pfannkuch: "
        "Briefwechsel, hg. v. Gisela Hornung, Bd. 2, Berlin: Akademie-Verlag 1982, S. 21.",
        [work("Pfannkuch", "Briefwechsel", "1982")],
    ),
    (
        "three works joined by 'sowie' and '; ferner'",
        "Vgl. Anna Xanter: *Die Mühle*, Berlin 1990, S. 3, sowie Bernd Yssel: *Der Fluss*, Köln "
        "1992; ferner Clara Zobel, „Das Wehr“, in: *Wasser und Land* 4 (1993), S. 5.",
        [
            work("Xanter", "Die Mühle", "1990"),
            work("Yssel", "Der Fluss", "1992"),
            work("Zobel", "Das Wehr", "1993"),
        ],
    ),
    (
        "web copy: three works joined by 'sowie' and '; vgl. ferner'",
        "Vgl. Anna Xanter: Die Mühle am Bach, Berlin 1990, S. 3, sowie Bernd Yssel: Der Fluss im "
        "Tal, Köln 1992; vgl. ferner Clara Zobel, „Das Wehr“, in: Wasser und Land 4 (1993), S. 5.",
        [
            work("Xanter", "Die Mühle am Bach", "1990"),
            work("Yssel", "Der Fluss im Tal", "1992"),
            work("Zobel", "Das Wehr", "1993"),
        ],
    ),
    (
        "two works, the second after '; ähnlich, aber knapper,'",
        "Grundlegend Anna Xanter: *Die Mühle*, Berlin 1990; ähnlich, aber knapper, Bernd Yssel: "
        "*Der Fluss*, Köln 1992.",
        [work("Xanter", "Die Mühle", "1990"), work("Yssel", "Der Fluss", "1992")],
    ),
    (
        "web copy: an editor's plain-titled book, comma style, Ort Jahr only",
        "Vgl. ferner die Beiträge in Jonas Wehl/Karin Ostrau (Hg.), Große Welten am Fluss, "
        "Dresden 2005.",
        [work("Wehl/Ostrau", "Große Welten am Fluss", "2005")],
    ),
    (
        "initials with full stops before the surname",
        "Zur Kritik grundlegend Th. W. Adornit: *Die Form. Studien*, Frankfurt am Main: "
        "Suhrkamp 1970, S. 4.",
        [work("Adornit", "Die Form. Studien", "1970")],
    ),
    (
        "a bare surname before a colon stays a writer",
        "Lenin: *Staat und Revolution*, Berlin 1970, S. 4.",
        [work("Lenin", "Staat und Revolution", "1970")],
    ),
]

# (class, note, a surname neither reader may read from it)
NEGATIVES: list[tuple[str, str, str]] = [
    (
        "negative: a noun phrase after an article",
        "Im Handbuch der Weimarer Republik, Bd. 2, Stuttgart 2005, steht dazu nichts.",
        "Republik",
    ),
    (
        "negative: an editor after 'hg. v.' in a work's details, then a volume",
        "Paul Eschwey, *Briefe*, hg. v. Gisela Marnhoff, Bd. 2, Berlin 1982.",
        "Marnhoff",
    ),
    (
        "negative: a translator after 'übers. v.', then a place",
        "Ruth Albers, *Die Zunft*, übers. v. Till Reuschel, Frankfurt a. M. 2006.",
        "Reuschel",
    ),
    (
        "negative: a name in prose, a clause in lower case",
        "Wie Peter Holmgren, der 1971 nach Kiel ging, Kiel 1980 beschrieb, blieb alles offen.",
        "Holmgren",
    ),
    (
        "negative: a letter's addressee and its date",
        "Ein Brief an Arnold Felsing vom 3. Mai 1850, Berlin 1990 gedruckt, fehlt.",
        "Felsing",
    ),
    (
        "negative: a name inside an italic title",
        "Wir lasen *Die Lehre von Karl Rothe: Ein Versuch*, Berlin 1999.",
        "Rothe",
    ),
    (
        "negative: a place and a publisher",
        "Frankfurt am Main: Suhrkamp 1987.",
        "Suhrkamp",
    ),
    (
        "negative: two places and a publisher",
        "Ithaca/London: Harbor Press 2006.",
        "London",
    ),
    (
        "negative: an English container's name and its editor",
        "Quoted in The Tidewater Reader, Anne M. Coyle ed., Harbor 1978 (p. 10).",
        "Reader",
    ),
    (
        "negative: a list of persons in prose, then a place and year",
        "Zum Kreis gehörten damals Karl Maar, Friedrich Engl und andere, Berlin 1970 war ihr Ort.",
        "Maar",
    ),
    (
        "negative: 'Die Bewegung' before a quotation",
        "Die Bewegung „Gegen den Strom“ zog am 3. Mai 2011 durch Kiel.",
        "Bewegung",
    ),
    (
        "negative: 'Vermutlich:' before a quoted title",
        "Vermutlich: „Ohne Staat? Ein Gespräch“, *Die Woche am Fluss*, 14. Februar 1994.",
        "Vermutlich",
    ),
    (
        "negative: 'Exemplarisch:' before a writer",
        "Exemplarisch: Jörg Pelzmann, *Anerkennung und Zeit*, Berlin 2009.",
        "Exemplarisch",
    ),
    (
        "negative: 'Im Original:' before a phrase, another work's year after",
        "Im Original: „open society“. Vgl. dazu Rainer Tellkamp: *Offen*, Münster 1998.",
        "Original",
    ),
    (
        "negative: a plain title with commas holds no writer",
        "Klassisch bei Gustav Lehr: Geteilte Wege. Bauern, Bürger und das Jahr 1848, Berlin "
        "(Ost) 1961.",
        "Bauern",
    ),
    (
        "negative: a subtitle's names after the title's full stop",
        "Und jetzt bei Sven Ohlrich: Die Form der Zeit. Kant, Herder und die Folgen. "
        "Dissertation, Universität Kiel 2011.",
        "Kant",
    ),
    (
        "negative: 'Grundlegend:' before prose",
        "Grundlegend: „die Lage“, so hieß es, Berlin 1999.",
        "Grundlegend",
    ),
    (
        "negative: a container after 'in:' in the same sentence as the work",
        "Alfred Obst: Vorbemerkung; in: Max Hornung: Über Lenin. In: Max Hornung: Schriften, "
        "Bd. 11, Frankfurt/M 1987, S. 171.",
        "Hornung",
    ),
    (
        "negative: 'Kritisch:' before a quoted title and its journal",
        "Kritisch: „Die Lage der Dinge“, in: *Das Blatt am Fluss* 3 (1990), S. 4.",
        "Kritisch",
    ),
    (
        "negative: a publisher's two words before a colon and a place",
        "Edition Nautilus: Hamburg, 1999.",
        "Nautilus",
    ),
    (
        "negative: a work's editor and translator in its details",
        "Anna Xanter: *Die Mühle*, hg. v. Bernd Yssel, übers. v. Clara Zobel, Berlin 1990.",
        "Zobel",
    ),
    (
        "negative: a writer named in prose after the works, no title",
        "Anna Xanter: *Die Mühle*, Berlin 1990, und, ihr folgend, Bernd Yssel, Köln 1992.",
        "Yssel",
    ),
    (
        "negative: a cue's abbreviation and a surname alone before a colon",
        "Vgl. Adornit: die Form, so heißt es, Berlin 1970.",
        "Adornit",
    ),
    (
        "negative: a person's apposition, then a place and year",
        "Auskunft von Hans Meierling, Leiter des Stadtarchivs, Kassel 2012.",
        "Meierling",
    ),
    (
        "negative: a person, a place and a date with a month",
        "Gespräch mit Hans Meierling, Berlin, 3. Mai 1999.",
        "Meierling",
    ),
    (
        "negative: a communication to the writer, its date with a month",
        "Mitteilung von Hans Meierling, Kassel, an den Verf., 3. Mai 1999.",
        "Meierling",
    ),
    (
        "negative: a name in a container after a work in the same note",
        "Hans Obst, Die Republik, in: Ders./Petra Lindau (Hrsg.), Handbuch der Republik, "
        "Bd. 2, Stuttgart 2005, S. 301.",
        "Lindau",
    ),
]


@pytest.mark.parametrize(
    ("note", "expected"), [c[1:] for c in POSITIVES], ids=[c[0] for c in POSITIVES]
)
def test_the_work_is_read(note: str, expected: list[Reading]) -> None:
    read = readings(note)
    assert [r for r in read if r in expected] == expected


@pytest.mark.parametrize(
    ("note", "surname"), [c[1:] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES]
)
def test_no_such_writer_is_read(note: str, surname: str) -> None:
    assert surname not in surnames_read(note)


def test_the_table_holds_as_many_negatives_as_positives() -> None:
    assert len(NEGATIVES) >= len(POSITIVES)


def test_a_label_shaped_surname_named_before_stays_a_writer() -> None:
    """ "Ehrlich:" has a label's suffix; an earlier note's work by Paul Ehrlich vouches."""
    notes = [
        "Paul Ehrlich: *Die Welt der Arbeit*, Berlin 1970, S. 3.",
        "Ehrlich: *Arbeit und Zeit. Studien*, Berlin 1972, S. 4.",
    ]
    assert last_note_readings(notes) == [work("Ehrlich", "Arbeit und Zeit. Studien", "1972")]


def test_a_label_shaped_word_alone_is_no_writer() -> None:
    """ "Kritisch:" with no one of that name in the document is a label."""
    notes = ["Kritisch: *Arbeit und Zeit. Studien*, Berlin 1972, S. 4."]
    assert all(not r[1] for r in last_note_readings(notes))
