"""Issue 11, round 15: German back-references and second works of one writer, and their
look-alikes.

Constructed notes (invented writers and titles, no corpus or written-document text) in the
shapes German humanities notes use: a short form whose short title is one to three
capitalised words ("Wendel, Ordnung, S. 44"), which a name pattern reads as given names;
"a. a. O." / "op. cit." / "ebd." after a writer (or editors and their volume) inside the
note's prose ("verweist auf Wendel, a. a. O., S. 61", "bei Wendel selbst, ebd."); "ders."
/ "dies." after an adverb opening a second work of the same writer ("; ähnlich ders.,
…"); a new edition after ";" ("; Neuauflage …, Hamburg 1989"), a second entry with the
writer and title of the work before; and a translation after its original ("; dt. u. d.
T. …", "; dt. Ausg.: …", "; dt. *…*"), a second work of the same writer. A reprint
("; Nachdruck …") is the one work, as the truth schema gives it.

At least half the rows are negatives: a place and a publisher or a month before a page, a
surname the notes never cited before "ebd." (it may be a place again), a newspaper or a
web copy's plain title before "a. a. O.", the edition a note cites ("zitiert nach der
Ausgabe …"), an edition announced without a year, a translator's credit. Neither reader may
read a writer in those without notes before them.

Each row: (class, the notes before, the note, readings of the last note as (form,
surnames, title, year))."""

from __future__ import annotations

from tests.note_tables import Reading, context_table_tests

W = "Jakob Wendel: *Die Ordnung der Dinge*, Berlin: Dietz 1990."
E = "Anna Meier/Paul Kunz (Hg.): *Handbuch der Dinge*, Berlin 1990."
P = "Jean-Luc Pirrault: *Le dimanche perdu*, Paris: Seuil 1968"
PIRRAULT = ("full", ("Pirrault",), "Le dimanche perdu", "1968")
SONNTAG = ("full", ("Pirrault",), "Der verlorene Sonntag", "1974")
K = "Lena Kramer: Die Stadt als Beute, Berlin 2008"
KRAMER = ("full", ("Kramer",), "Die Stadt als Beute", "2008")

CASES: list[tuple[str, list[str], str, list[Reading]]] = [
    # a short title of capitalised words, read as given names before
    (
        "short title: one word before a page",
        [W],
        "Wendel, Ordnung, S. 44–46.",
        [("short", ("Wendel",), "Ordnung", "")],
    ),
    (
        "short title: two capitalised words after a cue",
        [W],
        "Vgl. Wendel, Kleine Schriften, S. 12 f.",
        [("short", ("Wendel",), "Kleine Schriften", "")],
    ),
    (
        "short title: a remark in brackets after the page",
        [W],
        "Wendel, Ordnung, S. 44 (nach der Ausgabe von 1990, die zweite ist seitengleich).",
        [("short", ("Wendel",), "Ordnung", "")],
    ),
    (
        "short title: a volume before the page",
        [W],
        "Wendel, Ordnung, Bd. 2, S. 4.",
        [("short", ("Wendel",), "Ordnung", "")],
    ),
    (
        "short title: an article and a noun",
        [W],
        "Wendel, Das Ende, S. 7.",
        [("short", ("Wendel",), "Das Ende", "")],
    ),
    (
        "short title: 'ders.' after a short form",
        [W],
        "Wendel, Ordnung, S. 5; ders., Das Ende, S. 7.",
        [("short", ("Wendel",), "Ordnung", ""), ("short", ("Wendel",), "Das Ende", "")],
    ),
    (
        "short title: 'ähnlich ders.' after a short form",
        [W],
        "Wendel, Ordnung, S. 5; ähnlich ders., Das Ende, S. 7.",
        [("short", ("Wendel",), "Ordnung", ""), ("short", ("Wendel",), "Das Ende", "")],
    ),
    (
        "negative: 'ders.' after a place and a publisher",
        [],
        "Berlin, Dietz, S. 3; ders., Das Ende, S. 7.",
        [],
    ),
    (
        "negative: 'ders.' after a surname not cited before",
        [W],
        "Vgl. Kramer, Ende, S. 3; ders., Das Ende, S. 7.",
        [],
    ),
    ("negative: 'dies.' after a month", [], "Juni, Juli, S. 3; dies., Das Ende, S. 7.", []),
    (
        "short title: after 'Zit. n.'",
        [W],
        "Zit. n. Wendel, Ordnung, S. 4.",
        [("short", ("Wendel",), "Ordnung", "")],
    ),
    (
        "short title: after a quotation and 'zit. n.' in prose",
        [W],
        "So Kramer, zit. n. Wendel, Ordnung, S. 4.",
        [("short", ("Wendel",), "Ordnung", "")],
    ),
    (
        "negative: a place and a publisher after 'nach' in prose",
        [],
        "Die Reise führte nach Berlin, Dietz, S. 4.",
        [],
    ),
    (
        "negative: two surnames not cited before",
        [W],
        "Er sagte es Kramer, Pfeffer, S. 4 zufolge.",
        [],
    ),
    ("negative: a place and a publisher before a page", [], "Berlin, Dietz, S. 44.", []),
    ("negative: a place and a month before a page", [], "Hamburg, Juni, S. 3.", []),
    ("negative: a place and a publisher after a work", [W], "Frankfurt, Suhrkamp, S. 4.", []),
    (
        "negative: an initial is no short title",
        [W],
        "Wendel, J., S. 4.",
        [("short", ("Wendel",), "", "")],
    ),
    # a. a. O., op. cit., ebd. after a writer in prose
    (
        "a. a. O.: after a verb and a preposition",
        [W],
        "Kramer selbst verweist auf Wendel, a. a. O., S. 61.",
        [("op-cit", ("Wendel",), "", "")],
    ),
    (
        "a.a.O.: with the short title, after 'bei'",
        [W],
        "Ansätze dazu bei Wendel, Die Ordnung der Dinge, a.a.O., S. 240 ff.",
        [("op-cit", ("Wendel",), "Die Ordnung der Dinge", "")],
    ),
    (
        "a. a. O.: 'bei' and a surname, no note before",
        [],
        "Bezeichnend ist, dass sie fehlt, auch nicht bei Wendel, a. a. O.",
        [("op-cit", ("Wendel",), "", "")],
    ),
    (
        "op. cit.: a writer cited before, in prose",
        [W],
        "So sieht es auch Wendel, op. cit., S. 4.",
        [("op-cit", ("Wendel",), "", "")],
    ),
    (
        "ebd.: 'selbst' after the writer cited before",
        [W],
        "Material dazu bei Wendel selbst, ebd., S. 141–178 – er zieht nur nicht die Konsequenz.",
        [("ibid", ("Wendel",), "", "")],
    ),
    (
        "a. a. O.: editors and their volume",
        [E],
        "Vgl. dazu Meier/Kunz (Hg.), *Handbuch der Dinge*, a. a. O., S. 4.",
        [("op-cit", ("Meier", "Kunz"), "Handbuch der Dinge", "")],
    ),
    (
        "negative: a newspaper before a. a. O.",
        [],
        "Vgl. den Bericht in: Die Zeit, a. a. O., S. 3.",
        [],
    ),
    ("negative: a place before ebd.", [], "Das steht so in Berlin, ebd., S. 4.", []),
    (
        "negative: a plain title of two nouns before ebd.",
        [],
        "Er verweist auf Roter Kumpel, ebd.",
        [],
    ),
    (
        "negative: a place after a preposition before a. a. O.",
        [],
        "So etwa in Wien, a. a. O., und öfter.",
        [],
    ),
    ("negative: a surname not cited before ebd.", [W], "Vgl. Kramer, ebd., S. 5.", []),
    ("negative: a place after 'vgl.' before ebd.", [], "Vgl. Leipzig, ebd.", []),
    # ders./dies. after an adverb: a second work of the same writer
    (
        "ders.: 'ähnlich' before a chapter in the writer's own volume",
        [],
        "Hans Pollner, Der Abgrund. Politik und Gesellschaft, München 2000, S. 512; ähnlich ders., Die Parteien und die Republik, in: Ders./Petra Linde (Hrsg.), Handbuch der Republik, Bd. 2, Stuttgart 2005, S. 301–330.",
        [
            ("full", ("Pollner",), "Der Abgrund", "2000"),
            ("full", ("Pollner",), "Die Parteien und die Republik", "2005"),
        ],
    ),
    (
        "dies.: 'ferner' before the colon style",
        [],
        f"{K}; ferner dies.: Das Ende der Geduld, München 2011.",
        [KRAMER, ("full", ("Kramer",), "Das Ende der Geduld", "2011")],
    ),
    (
        "ders.: two adverbs",
        [],
        "Jakob Wendel: *Die Ordnung der Dinge*, Berlin: Dietz 1990, S. 4; später auch ders., Die Wende im Osten, Köln 2012.",
        [
            ("full", ("Wendel",), "Die Ordnung der Dinge", "1990"),
            ("full", ("Wendel",), "Die Wende im Osten", "2012"),
        ],
    ),
    (
        "ders.: after 'und', a plain title of an article and a noun, then its imprint",
        [],
        "Jakob Wendel: *Die Ordnung der Dinge*, Berlin 1990, S. 4, und ders., Das Ende, Köln 1995.",
        [
            ("full", ("Wendel",), "Die Ordnung der Dinge", "1990"),
            ("full", ("Wendel",), "Das Ende", "1995"),
        ],
    ),
    (
        "dies.: a plain title, then a place and a publisher",
        [],
        f"{K}; dies., Das Ende, Frankfurt am Main: Suhrkamp 2011.",
        [KRAMER, ("full", ("Kramer",), "Das Ende", "2011")],
    ),
    (
        "ders.: opening the note, the writer of the note before",
        [W],
        "Ders., Das Ende, Köln 1995.",
        [("full", ("Wendel",), "Das Ende", "1995")],
    ),
    (
        "negative: 'ders.' after a place and a publisher",
        [W],
        "Berlin, Dietz 1990; ders., Das Ende, Köln 1995.",
        [],
    ),
    ("negative: 'ders.' with no writer before", [], "Ders., Das Ende, Köln 1995.", []),
    (
        "negative: 'ders.' opening the container of the work before",
        [],
        "Jakob Wendel: Die Ordnung, in: ders., Gesammelte Werke, Berlin 1990, S. 4.",
        [("full", ("Wendel",), "Die Ordnung", "1990")],
    ),
    ("negative: a place, a paper's name and an imprint", [], "Berlin, Neue Zeit, Köln 1995.", []),
    ("negative: an adverb and a demonstrative", [], "Vgl. dazu ähnlich dieses Kapitel, S. 4.", []),
    (
        "negative: 'ders.' without comma in prose",
        [],
        "Ähnlich ders. in der Diskussion am 3. Mai 1990.",
        [],
    ),
    ("negative: an adverb and a place", [], "Ähnlich Berlin, 1990, S. 4.", []),
    # a new edition after ";": a second entry
    (
        "edition: 'Neuauflage' with a foreword, then its imprint",
        [],
        "Wolf Pike: *Die Spaltung*, Frankfurt/M.: Neue Kritik 1968; Neuauflage mit einem Vorwort des Verf., Hamburg: Junius 1989.",
        [
            ("full", ("Pike",), "Die Spaltung", "1968"),
            ("full", ("Pike",), "Die Spaltung", "1989"),
        ],
    ),
    (
        "edition: its number and how it differs",
        [],
        f"{K}; 2., erw. Aufl. München 2015, S. 4.",
        [KRAMER, ("full", ("Kramer",), "Die Stadt als Beute", "2015")],
    ),
    (
        "edition: 'Neuausgabe' with an afterword",
        [],
        f"{K}; Neuausgabe mit einem Nachwort, Berlin 2015.",
        [KRAMER, ("full", ("Kramer",), "Die Stadt als Beute", "2015")],
    ),
    (
        "negative: a reprint is the one work, no second entry",
        [],
        f"{K}; unveränderter Nachdruck Darmstadt 2013.",
        [KRAMER],
    ),
    (
        "negative: the edition the note cites",
        [],
        f"{K}; zitiert nach der Ausgabe Berlin 2010.",
        [KRAMER],
    ),
    ("negative: an edition without a year", [], f"{K}; Neuauflage angekündigt.", [KRAMER]),
    ("negative: no work before the edition", [], "Berlin 1990; Neuauflage Hamburg 1995.", []),
    (
        "negative: an edition in prose",
        [],
        "Die Neuauflage erschien 1989; sie ist seitengleich.",
        [],
    ),
    # a translation after its original: a second work of the same writer
    (
        "translation: 'dt. u. d. T.' without a colon",
        [],
        f"{P}; dt. u. d. T. *Der verlorene Sonntag*, übers. v. Renate Kühn, Frankfurt am Main: Suhrkamp 1974.",
        [PIRRAULT, SONNTAG],
    ),
    (
        "translation: 'dt. Ausg.:'",
        [],
        f"{P}; dt. Ausg.: *Der verlorene Sonntag*, Frankfurt am Main: Suhrkamp 1974.",
        [PIRRAULT, SONNTAG],
    ),
    (
        "translation: 'deutsche Fassung:'",
        [],
        f"{P}; deutsche Fassung: *Der verlorene Sonntag*, Frankfurt am Main: Suhrkamp 1974.",
        [PIRRAULT, SONNTAG],
    ),
    (
        "translation: 'dt.' right before the marked title",
        [],
        f"{P}; dt. *Der verlorene Sonntag*, übers. v. Renate Kühn, Frankfurt am Main: Suhrkamp 1974.",
        [PIRRAULT, SONNTAG],
    ),
    (
        "translation: 'dt.:' and the translator",
        [],
        f"{P}; dt.: *Der verlorene Sonntag*, übers. v. Renate Kühn, Frankfurt am Main: Suhrkamp 1974.",
        [PIRRAULT, SONNTAG],
    ),
    (
        "translation: in brackets after the original, 'dt.:'",
        [],
        f"{P} (dt.: *Der verlorene Sonntag*, Frankfurt am Main: Suhrkamp 1974).",
        [PIRRAULT, SONNTAG],
    ),
    (
        "translation: in brackets, 'dt.' before the marked title, then a page",
        [],
        f"{P} (dt. „Der verlorene Sonntag“, Frankfurt am Main 1974), S. 4.",
        [PIRRAULT, SONNTAG],
    ),
    (
        "translation: in brackets, 'deutsch:' before a plain title",
        [],
        f"{P} (deutsch: Der verlorene Sonntag, Frankfurt 1974).",
        [PIRRAULT, SONNTAG],
    ),
    (
        "negative: a translation announced in brackets",
        [],
        f"{P} (dt. Ausgabe in Vorbereitung).",
        [PIRRAULT],
    ),
    ("negative: 'dt.' alone in brackets", [], f"{P} (dt.).", [PIRRAULT]),
    ("negative: a bracketed imprint in prose", [], "Die Ausgabe (dt.: Frankfurt 1974) fehlt.", []),
    ("negative: a translator's credit", [], f"{P}, dt. v. Renate Kühn.", [PIRRAULT]),
    ("negative: a translator's credit alone", [], "Dt. Übers. v. Renate Kühn, Frankfurt 1974.", []),
    ("negative: a country and an imprint", [], "Deutschland: Berlin 1974.", []),
    ("negative: 'dt.' before a place", [], "Die Ausgabe, dt. Frankfurt 1974, S. 3.", []),
]

(
    test_reading,
    test_the_table_holds_at_least_as_many_negatives_as_positives,
    test_no_reader_reads_a_writer_in_a_negative,
) = context_table_tests(CASES, lambda before, read: not (before or read))
