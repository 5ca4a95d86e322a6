"""Issue 11, round 13: German conventions of notes the earlier tables lacked, and their
look-alikes.

Constructed notes (invented writers and titles, no corpus text) in the shapes the style
guides give: the author-date entry written into a note ("Name, Vorname (Jahr): Titel. Ort:
Verlag") with "ders."/"dies." for the same writer, an editor's mark, the original's year
("[1951] (2001)", "(1951/2001)") and up to four inverted persons parted by "/" or ";"
(DIN 1505); the full-note style of the humanities with its cues ("zitiert nach", "hier
zitiert nach", "S. auch", "Näheres bei", "Ausführlich dazu", a topic then "vgl.") and a
note listing several works ("sowie", "und", "oder", "; ferner", "; außerdem"); chapters,
journals ("Jg. 6 (1937)", "63. Jg., Heft 720 (2009)"), newspapers ("Nr. 12 vom 3.3.1990"),
"hier: S.", "Hervorh. im Orig.", "Übers. v.", addresses with "Zugriff" and "online unter",
and titles in „…“, »…« and ‚…‘; imprints with "u. a." and "Frankfurt a. M./New York";
letters without "Brief von" ("Writer an Addressee, date, in: …"); interviews by the person
interviewed; a surname and a back-reference ("(wie Anm. 3)"); "Ders., a.a.O."; a
quotation's source in the bracket after it; a translation after "dt.:"; a work after "den
Beitrag von" or "so bei".

At least half the rows are negatives: a place and a publisher ("Berlin: Suhrkamp, S. 12.",
"München: Beck (2003).", "Frankfurt, Main (1970): Suhrkamp." — one word, a colon and one
word read as a writer's short form only when an earlier note cites that writer; "Berlin:
Kritik ohne Gegenstand, 2019", "Berlin: Kritik von 1968, S. 3"), journal
volumes and issues, dates, pages, quantities, addresses, the new cues and connectives
before a place, prose with persons and years. Neither reader may read a writer in any of
them.

Each row: (class, the notes before, the note, readings of the last note as (form,
surnames, title, year))."""

from __future__ import annotations

from tests.note_tables import Reading, context_table_tests

W = "Wendel, Jakob (2008): Die Ordnung der Dinge. Berlin: Suhrkamp."
K = "Kramer, Lena (2008): Die Stadt als Beute. Berlin: Suhrkamp."

# (class, notes before, note, readings)
CASES: list[tuple[str, list[str], str, list[Reading]]] = [
    (
        "ders.: the author-date year after the same writer",
        [W],
        "ders. (2011): Das Recht der Ordnung. Berlin.",
        [("full", ("Wendel",), "Das Recht der Ordnung", "2011")],
    ),
    (
        "ders.: the year, then a place and a publisher",
        [W],
        "Ders. (2011): Das Recht der Ordnung. Berlin: Suhrkamp, S. 4.",
        [("full", ("Wendel",), "Das Recht der Ordnung", "2011")],
    ),
    (
        "dies.: an editor's mark and the year",
        [K],
        "dies. (Hrsg.) (2012): Kritik der Lebensformen. Berlin: Suhrkamp.",
        [("full", ("Kramer",), "Kritik der Lebensformen", "2012")],
    ),
    (
        "dies.: an editor's mark alone",
        [K],
        "Dies. (Hg.): Kritik der Lebensformen. Berlin 2012.",
        [("full", ("Kramer",), "Kritik der Lebensformen", "2012")],
    ),
    (
        "dies.: after a ; in the same note",
        [],
        "Kramer, Lena (2008): Die Ordnung der Dinge. Berlin: Dietz; dies. (2011): Das Ende der Geduld. München: Beck.",
        [
            ("full", ("Kramer",), "Die Ordnung der Dinge", "2008"),
            ("full", ("Kramer",), "Das Ende der Geduld", "2011"),
        ],
    ),
    (
        "ders.: the original's year in square brackets first",
        [W],
        "ders. [1951] (2001): Kleine Moralien. Frankfurt/M.",
        [("full", ("Wendel",), "Kleine Moralien", "2001")],
    ),
    (
        "ders.: the original's year before a slash",
        [W],
        "ders. (1951/2001): Kleine Moralien. Frankfurt/M.: Suhrkamp.",
        [("full", ("Wendel",), "Kleine Moralien", "2001")],
    ),
    (
        "original: [1951] (2001) after the inverted name",
        [],
        "Brandt, Theodor W. [1951] (2001): Kleine Moralien. Frankfurt/M.",
        [("full", ("Brandt",), "Kleine Moralien", "2001")],
    ),
    (
        "original: (1951/2001) after the inverted name",
        [],
        "Brandt, Theodor W. (1951/2001): Kleine Moralien. Frankfurt/M.: Suhrkamp.",
        [("full", ("Brandt",), "Kleine Moralien", "2001")],
    ),
    (
        "original: (2001 [1951]) keeps the edition's year",
        [],
        "Brandt, Theodor W. (2001 [1951]): Kleine Moralien. Frankfurt/M.: Suhrkamp.",
        [("full", ("Brandt",), "Kleine Moralien", "2001")],
    ),
    (
        "authors: three inverted persons parted by /",
        [],
        "Wendel, Jakob/Kramer, Lena/Voss, Tilo (2015): Die Idee der Gerechtigkeit. Berlin: Suhrkamp.",
        [("full", ("Wendel", "Kramer", "Voss"), "Die Idee der Gerechtigkeit", "2015")],
    ),
    (
        "authors: two inverted persons parted by ; before the year",
        [],
        "Wendel, Jakob; Kramer, Lena (2015): Die Idee der Gerechtigkeit. Berlin: Suhrkamp.",
        [("full", ("Wendel", "Kramer"), "Die Idee der Gerechtigkeit", "2015")],
    ),
    (
        "authors: DIN ; and an editors' mark before the year",
        [],
        "Wendel, Jakob; Kramer, Lena (Hg.) (2015): Die Idee der Gerechtigkeit. Berlin: Suhrkamp.",
        [("full", ("Wendel", "Kramer"), "Die Idee der Gerechtigkeit", "2015")],
    ),
    (
        "cue: zitiert nach",
        [],
        "Zitiert nach Jakob Wendel: Die Stadt als Beute, Berlin 1999, S. 4.",
        [("full", ("Wendel",), "Die Stadt als Beute", "1999")],
    ),
    (
        "cue: hier zitiert nach",
        [],
        "Hier zitiert nach Jakob Wendel: Die Stadt als Beute, Berlin 1999, S. 4.",
        [("full", ("Wendel",), "Die Stadt als Beute", "1999")],
    ),
    (
        "cue: zit. nach after a letter in the same sentence",
        [],
        "Lena Kramer, Brief vom 3.4.1920, zit. nach Jakob Wendel: Die Stadt als Beute, Berlin 1999, S. 4.",
        [
            ("full", ("Kramer",), "Brief vom 3.4.1920", ""),
            ("full", ("Wendel",), "Die Stadt als Beute", "1999"),
        ],
    ),
    (
        "cue: S. auch",
        [],
        "S. auch Jakob Wendel: Die Stadt als Beute, Berlin 1999.",
        [("full", ("Wendel",), "Die Stadt als Beute", "1999")],
    ),
    (
        "cue: Näheres bei",
        [],
        "Näheres bei Jakob Wendel: Die Stadt als Beute, Berlin 1999.",
        [("full", ("Wendel",), "Die Stadt als Beute", "1999")],
    ),
    (
        "cue: Ausführlich dazu with no colon",
        [],
        "Ausführlich dazu Jakob Wendel: Die Stadt als Beute, Berlin 1999.",
        [("full", ("Wendel",), "Die Stadt als Beute", "1999")],
    ),
    (
        "cue: a topic, then vgl. and an author-date entry",
        [],
        "Zur Geschichte der Stadtplanung vgl. Wendel, Jakob (1999): Die Stadt als Beute. Berlin: Dietz.",
        [("full", ("Wendel",), "Die Stadt als Beute", "1999")],
    ),
    (
        "list: sowie after a place and year",
        [],
        "Jakob Wendel: Die Stadt als Beute, Berlin 1999, sowie Lena Kramer: Das Ende der Geduld, München 2003.",
        [
            ("full", ("Wendel",), "Die Stadt als Beute", "1999"),
            ("full", ("Kramer",), "Das Ende der Geduld", "2003"),
        ],
    ),
    (
        "list: ; ferner",
        [],
        "Jakob Wendel: Die Stadt als Beute, Berlin 1999; ferner Lena Kramer: Das Ende der Geduld, München 2003.",
        [
            ("full", ("Wendel",), "Die Stadt als Beute", "1999"),
            ("full", ("Kramer",), "Das Ende der Geduld", "2003"),
        ],
    ),
    (
        "list: und after a cue",
        [],
        "Siehe auch Jakob Wendel: Die Stadt als Beute, Berlin 1999, und Lena Kramer: Das Ende der Geduld, München 2003.",
        [
            ("full", ("Wendel",), "Die Stadt als Beute", "1999"),
            ("full", ("Kramer",), "Das Ende der Geduld", "2003"),
        ],
    ),
    (
        "list: ; außerdem",
        [],
        "Jakob Wendel: Die Stadt als Beute, Berlin 1999; außerdem Lena Kramer: Das Ende der Geduld, München 2003.",
        [
            ("full", ("Wendel",), "Die Stadt als Beute", "1999"),
            ("full", ("Kramer",), "Das Ende der Geduld", "2003"),
        ],
    ),
    (
        "list: sowie between author-date entries",
        [],
        "Wendel, Jakob (1999): Die Stadt als Beute. Berlin: Dietz, sowie Kramer, Lena (2003): Das Ende der Geduld. München: Beck.",
        [
            ("full", ("Wendel",), "Die Stadt als Beute", "1999"),
            ("full", ("Kramer",), "Das Ende der Geduld", "2003"),
        ],
    ),
    (
        "list: oder",
        [],
        "Vgl. Jakob Wendel: Die Stadt als Beute, Berlin 1999, oder Lena Kramer: Das Ende der Geduld, München 2003.",
        [
            ("full", ("Wendel",), "Die Stadt als Beute", "1999"),
            ("full", ("Kramer",), "Das Ende der Geduld", "2003"),
        ],
    ),
    (
        "list: sowie after pages, a quoted title",
        [],
        "Jakob Wendel: Die Stadt als Beute, Berlin 1999, S. 4–9 sowie Lena Kramer, „Das Ende der Geduld“, in: Merkur 63 (2009), S. 12.",
        [
            ("full", ("Wendel",), "Die Stadt als Beute", "1999"),
            ("full", ("Kramer",), "Das Ende der Geduld", "2009"),
        ],
    ),
    (
        "list: ; vgl. auch",
        [],
        "Vgl. Jakob Wendel: Die Stadt als Beute, Berlin 1999, S. 4; vgl. auch Lena Kramer: Das Ende der Geduld, München 2003, S. 7.",
        [
            ("full", ("Wendel",), "Die Stadt als Beute", "1999"),
            ("full", ("Kramer",), "Das Ende der Geduld", "2003"),
        ],
    ),
    (
        "full: author-date with a subtitle",
        [],
        "Wendel, Jakob (2015): Die Idee der Gerechtigkeit. Versuch einer Aktualisierung. Berlin: Suhrkamp, S. 12.",
        [("full", ("Wendel",), "Die Idee der Gerechtigkeit", "2015")],
    ),
    (
        "full: two editors and a question for a title",
        [],
        "Kramer, Lena/Voss, Tilo (Hg.) (2009): Was ist Kritik? Frankfurt a. M.: Suhrkamp.",
        [("full", ("Kramer", "Voss"), "Was ist Kritik?", "2009")],
    ),
    (
        "full: a chapter in an edited book, colon style",
        [],
        "Jakob Wendel: Kritik als Praxis, in: Lena Kramer/Tilo Voss (Hg.): Was ist Kritik?, Frankfurt a. M. 2009, S. 3–10.",
        [("full", ("Wendel",), "Kritik als Praxis", "2009")],
    ),
    (
        "full: Jg. and a year in brackets",
        [],
        "Jakob Wendel, Die Krise der Vernunft, in: Zeitschrift für Sozialforschung, Jg. 6 (1937), S. 245–294.",
        [("full", ("Wendel",), "Die Krise der Vernunft", "1937")],
    ),
    (
        "full: a newspaper's number and date",
        [],
        "Jakob Wendel: Das Ende der Geduld, in: Die Zeit, Nr. 12 vom 3.3.1990, S. 5.",
        [("full", ("Wendel",), "Das Ende der Geduld", "1990")],
    ),
    (
        "full: 63. Jg., Heft 720 (2009)",
        [],
        "Jakob Wendel: Der lange Abschied, in: Merkur, 63. Jg., Heft 720 (2009), S. 12.",
        [("full", ("Wendel",), "Der lange Abschied", "2009")],
    ),
    (
        "full: hier: S. after the pages",
        [],
        "Jakob Wendel: Die Stadt als Beute, in: Merkur 63 (2009), S. 10–30, hier: S. 12.",
        [("full", ("Wendel",), "Die Stadt als Beute", "2009")],
    ),
    (
        "full: Hervorh. im Orig.",
        [],
        "Jakob Wendel: Die Stadt als Beute, Berlin 1999, S. 12 (Hervorh. im Orig.).",
        [("full", ("Wendel",), "Die Stadt als Beute", "1999")],
    ),
    (
        "full: Übers. v. in brackets",
        [],
        "Jean Morel: Die Ordnung der Körper (Übers. v. Lena Kramer), Berlin 1999, S. 4.",
        [("full", ("Morel",), "Die Ordnung der Körper", "1999")],
    ),
    (
        "full: Mit einem Nachwort von",
        [],
        "Jakob Wendel: Briefe aus dem Exil. Mit einem Nachwort von Lena Kramer, Berlin 1999.",
        [("full", ("Wendel",), "Briefe aus dem Exil", "1999")],
    ),
    (
        "online: URL and Zugriff",
        [],
        "Jakob Wendel: Die Stadt als Beute, URL: https://example.org/beute (Zugriff: 3.4.2019).",
        [("full", ("Wendel",), "Die Stadt als Beute", "")],
    ),
    (
        "online: online unter, abgerufen am",
        [],
        "Wendel, Jakob (2019): Die Stadt als Beute. Online unter https://example.org/beute (abgerufen am 3.4.2019).",
        [("full", ("Wendel",), "Die Stadt als Beute", "2019")],
    ),
    (
        "quote: »…« in a journal's issue",
        [],
        "Jakob Wendel: »Die Stadt als Beute«, in: Konkret 3/1979, S. 40.",
        [("full", ("Wendel",), "Die Stadt als Beute", "1979")],
    ),
    (
        "quote: ‚…‘",
        [],
        "Jakob Wendel: ‚Die Stadt als Beute‘, in: Merkur 63 (2009), S. 12.",
        [("full", ("Wendel",), "Die Stadt als Beute", "2009")],
    ),
    ("negative: a place and a publisher, a page", [], "Berlin: Suhrkamp, S. 12.", []),
    ("negative: a place and a publisher, the year in brackets", [], "München: Beck (2003).", []),
    (
        "negative: an inverted place, a year and a publisher",
        [],
        "Frankfurt, Main (1970): Suhrkamp.",
        [],
    ),
    (
        "negative: an inverted place, a bare year and a publisher",
        [],
        "Frankfurt, Main 1970: Suhrkamp.",
        [],
    ),
    ("negative: a place, a publisher and pages", [], "Leipzig: Reclam, S. 12–15.", []),
    ("negative: Frankfurt a. M. and a year", [], "Frankfurt a. M. 2009.", []),
    ("negative: a place: publisher and year", [], "Berlin: Suhrkamp 2015.", []),
    ("negative: a journal's volume, year and issue", [], "Leviathan 41 (2013), H. 2, S. 3–20.", []),
    ("negative: Jg. and a year", [], "Jg. 6 (1937), S. 245.", []),
    ("negative: a newspaper's number and date", [], "Die Zeit, Nr. 12 vom 3.3.1990, S. 5.", []),
    ("negative: 63. Jg., Heft 720", [], "Merkur, 63. Jg., Heft 720 (2009).", []),
    ("negative: pages and ff.", [], "S. 12 ff.", []),
    ("negative: a percentage and a year", [], "Rund 12 Prozent der Befragten, 2015.", []),
    ("negative: a decimal quantity and a year", [], "Etwa 1,5 Mio. Menschen 2015.", []),
    (
        "negative: an address and an access date",
        [],
        "URL: https://example.org/beute (Zugriff: 3.4.2019).",
        [],
    ),
    (
        "negative: online unter and an access date",
        [],
        "Online unter https://example.org/beute (abgerufen am 3.4.2019).",
        [],
    ),
    ("negative: a person and a year in prose", [], "Wendel schrieb 2015 darüber.", []),
    ("negative: places parted by / and a year", [], "Hamburg/Berlin 1990.", []),
    (
        "negative: a place, a publisher, a year in brackets, a page",
        [],
        "Frankfurt a. M.: Suhrkamp (2015), S. 3.",
        [],
    ),
    ("negative: zitiert nach and a place", [], "Zitiert nach Berlin 1999, S. 4.", []),
    ("negative: vgl. auch and a place", [], "Vgl. auch Frankfurt a. M. 2009, S. 3.", []),
    ("negative: sowie and a place", [], "Sowie Berlin 1999.", []),
    ("negative: ferner and a place", [], "Ferner München 2003, S. 7.", []),
    ("negative: a publisher and a place", [], "Beck, München 2003.", []),
    ("negative: two places: a publisher", [], "Leipzig/Weimar: Kiepenheuer 1990.", []),
    ("negative: a web paper and a date", [], "In: Zeit Online, 3.4.2019.", []),
    (
        "negative: sowie between two imprints",
        [],
        "Berlin: Dietz 1999 sowie München: Beck 2003.",
        [],
    ),
    ("negative: und between two places", [], "Berlin 1999, und München: Beck 2003.", []),
    (
        "negative: sowie and a place with a colon",
        [],
        "Berlin 1999, sowie Frankfurt a. M.: Suhrkamp 2003.",
        [],
    ),
    ("negative: ders. alone with a year and a page", [W], "Ders. (2011), S. 4.", []),
    (
        "negative: a topic, vgl. and an inverted place",
        [],
        "Zur Debatte vgl. Frankfurt, Main: Suhrkamp 1970.",
        [],
    ),
    (
        "negative: a topic, vgl. and a place, a publisher and a year",
        [],
        "Zur Debatte vgl. Berlin, Dietz (1999), S. 4.",
        [],
    ),
    ("negative: hier zitiert nach with nothing", [], "Hier zitiert nach dem Original.", []),
    ("negative: S. and a page then auch", [], "S. 12 auch dort.", []),
    ("negative: Näheres bei and a place", [], "Näheres bei Berlin 1999.", []),
    ("negative: Ausführlich dazu unten", [], "Ausführlich dazu unten, Abschnitt 3.", []),
    (
        "negative: a person, und and a person with a year",
        [],
        "Marx und Engels trafen sich 1844, und Engels schrieb.",
        [],
    ),
    ("negative: an original's year and an edition's", [], "[1951] (2001), S. 3.", []),
    (
        "negative: places with a slash and years in brackets",
        [],
        "Frankfurt/M. (1951/2001), S. 3.",
        [],
    ),
    (
        "negative: sowie and a quantity",
        [],
        "Etwa 1,5 Mio. Menschen 2015, sowie 12 Prozent 2016.",
        [],
    ),
    ("negative: ders. and a year in prose", [W], "Ders. schrieb 2011 darüber.", []),
    ("negative: a place, u. a. and a publisher", [], "Frankfurt u. a.: Campus 2009.", []),
    (
        "negative: sowie and a person in prose",
        [],
        "Berlin: Dietz 1999, sowie Lena Kramer sagte es.",
        [],
    ),
    ("negative: a page, und and an imprint", [], "S. 12, und Berlin: Dietz 1999.", []),
    (
        "imprint: Berlin u.a. and the year",
        [],
        "Jakob Wendel: Die Stadt als Beute, Berlin u.a. 1999, S. 3.",
        [("full", ("Wendel",), "Die Stadt als Beute", "1999")],
    ),
    (
        "imprint: Berlin u. a.: a publisher and the year",
        [],
        "Jakob Wendel: Die Stadt als Beute, Berlin u. a.: Springer 1999, S. 3.",
        [("full", ("Wendel",), "Die Stadt als Beute", "1999")],
    ),
    (
        "imprint: Frankfurt a. M./New York and the year",
        [],
        "Jakob Wendel, Die Stadt als Beute, Frankfurt a. M./New York 1999, S. 3.",
        [("full", ("Wendel",), "Die Stadt als Beute", "1999")],
    ),
    (
        "title: a year inside the title, colon style",
        [],
        "Jakob Wendel: Die Revolte von 1968, Berlin 1999, S. 3.",
        [("full", ("Wendel",), "Die Revolte von 1968", "1999")],
    ),
    (
        "title: a year inside the title, then a subtitle",
        [],
        "Jakob Wendel: Die Revolte von 1968. Eine Bilanz, Berlin 1999, S. 3.",
        [("full", ("Wendel",), "Die Revolte von 1968", "1999")],
    ),
    (
        "letter: writer an addressee, date, in: a plain collection",
        [],
        "Jakob Wendel an Lena Kramer, 3. April 1920, in: Jakob Wendel: Briefe, Berlin 1980, S. 4.",
        [("full", ("Wendel",), "Briefe", "1980")],
    ),
    (
        "letter: Brief von, in: an editor's plain collection",
        [],
        "Brief von Lena Kramer an Jakob Wendel, 3. April 1920, in: Jakob Wendel (Hg.): Briefwechsel, Berlin 1980, S. 4.",
        [("full", ("Kramer",), "Briefwechsel", "1980")],
    ),
    (
        "letter: writer an addressee and a date alone",
        [],
        "Lena Kramer an Jakob Wendel, 3. April 1920.",
        [("full", ("Kramer",), "", "1920")],
    ),
    (
        "back-reference: wie Anm.",
        ["Jakob Wendel: Die Ordnung der Dinge, Berlin 2008, S. 3."],
        "Wendel (wie Anm. 1), S. 12.",
        [("short", ("Wendel",), "", "")],
    ),
    (
        "back-reference: Fn.",
        ["Jakob Wendel: Die Ordnung der Dinge, Berlin 2008, S. 3."],
        "Vgl. Wendel (Fn. 1), S. 12 f.",
        [("short", ("Wendel",), "", "")],
    ),
    (
        "back-reference: a one-word title read after the writer's earlier note",
        ["Jakob Horkheimer: Die Ordnung der Dinge, Berlin 2008, S. 3."],
        "Horkheimer: Dämmerung, S. 12.",
        [("short", ("Horkheimer",), "Dämmerung", "")],
    ),
    ("negative: a place and a back-reference", [], "Berlin (wie Anm. 3), S. 12.", []),
    (
        "negative: a back-reference with no earlier note (unread: a place takes the shape)",
        [],
        "Wendel (wie Anm. 3), S. 12.",
        [],
    ),
    ("negative: a place, u. a. and a year", [], "Berlin u. a. 1999, S. 3.", []),
    ("negative: a place, u. a., a publisher and a year", [], "Berlin u. a.: Springer 1999.", []),
    ("negative: two places with a. M. and a year", [], "Frankfurt a. M./New York 1999, S. 3.", []),
    (
        "negative: two places with a. M., a publisher and a year",
        [],
        "Frankfurt a. M./New York: Campus 1999.",
        [],
    ),
    ("negative: a place, a colon and a title's year", [], "Berlin: Kritik von 1968, S. 3.", []),
    ("negative: a place, a colon, words and a year", [], "München: Die Zeit von 1945, S. 12.", []),
    ("negative: a place an der and a date", [], "Frankfurt an der Oder, 3. April 1920.", []),
    (
        "negative: a place an der, a second word and a date",
        [],
        "Bad Homburg an der Höhe, 3. April 1920.",
        [],
    ),
    (
        "negative: a letter's place and a publisher",
        [],
        "Lena Kramer an Jakob Wendel, in: Frankfurt: Suhrkamp 1980.",
        [],
    ),
    (
        "negative: one word, a colon, one word and a page with no earlier note (unread: a place and a publisher take the shape)",
        [],
        "Horkheimer: Dämmerung, S. 12.",
        [],
    ),
    (
        "negative: prose with an and a date",
        [],
        "Die Demonstration zog am 3. April 1920 durch Berlin an Jakob Wendel vorbei.",
        [],
    ),
    (
        "list: sowie ders.: the same writer's next work",
        [],
        "Jakob Wendel: Die Stadt als Beute, Berlin 1999, sowie ders.: Das Ende der Geduld, München 2003.",
        [
            ("full", ("Wendel",), "Die Stadt als Beute", "1999"),
            ("full", ("Wendel",), "Das Ende der Geduld", "2003"),
        ],
    ),
    (
        "list: und ders., the comma style",
        [],
        "Jakob Wendel, Die Stadt als Beute, Berlin 1999, und ders., Das Ende der Geduld, München 2003.",
        [
            ("full", ("Wendel",), "Die Stadt als Beute", "1999"),
            ("full", ("Wendel",), "Das Ende der Geduld", "2003"),
        ],
    ),
    (
        "list: sowie ders. (2003): between author-date entries",
        [],
        "Wendel, Jakob (1999): Die Stadt als Beute. Berlin: Dietz, sowie ders. (2003): Das Ende der Geduld. München: Beck.",
        [
            ("full", ("Wendel",), "Die Stadt als Beute", "1999"),
            ("full", ("Wendel",), "Das Ende der Geduld", "2003"),
        ],
    ),
    (
        "cue: Hierzu ausführlich ders.",
        ["Jakob Wendel: Die Ordnung der Dinge, Berlin 2008, S. 3."],
        "Hierzu ausführlich ders.: Die Stadt als Beute, Berlin 1999, S. 4.",
        [("full", ("Wendel",), "Die Stadt als Beute", "1999")],
    ),
    (
        "cue: den Beitrag von in prose",
        [],
        "Vgl. dazu den Beitrag von Jakob Wendel: Die Stadt als Beute, in: Merkur 63 (2009), S. 4.",
        [("full", ("Wendel",), "Die Stadt als Beute", "2009")],
    ),
    (
        "cue: die Studie von, the comma style",
        [],
        "Vgl. die Studie von Jakob Wendel, Die Stadt als Beute, Berlin 1999.",
        [("full", ("Wendel",), "Die Stadt als Beute", "1999")],
    ),
    (
        "cue: So bei",
        [],
        "So bei Jakob Wendel: Die Stadt als Beute, Berlin 1999, S. 4.",
        [("full", ("Wendel",), "Die Stadt als Beute", "1999")],
    ),
    (
        "interview: Interview mit, in: a newspaper",
        [],
        "Interview mit Jakob Wendel, in: Die Zeit, 3.4.2019, S. 5.",
        [("full", ("Wendel",), "", "2019")],
    ),
    (
        "interview: im Gespräch mit",
        [],
        "Jakob Wendel im Gespräch mit Lena Kramer, in: Die Zeit, 3.4.2019, S. 5.",
        [("full", ("Wendel",), "", "2019")],
    ),
    (
        "interview: Interview von … mit",
        [],
        "Interview von Lena Kramer mit Jakob Wendel, in: Die Zeit, 3.4.2019, S. 5.",
        [("full", ("Wendel",), "", "2019")],
    ),
    (
        "negative: a conversation in prose",
        [],
        "Im Gespräch mit Jakob Wendel wurde deutlich, dass 1999 alles anders war.",
        [],
    ),
    (
        "negative: an interview with a place",
        [],
        "Interview mit Berlin, in: Die Zeit, 3.4.2019.",
        [],
    ),
    ("negative: a conversation held on a date", [], "Gespräch mit Lena Kramer am 3.4.2019.", []),
    (
        "negative: an interview at night",
        [],
        "Interview mit Jakob Wendel, in der Nacht vom 3.4.2019.",
        [],
    ),
    (
        "negative: den Beitrag von and a place",
        [],
        "Vgl. den Beitrag von Berlin: Dietz 1999, S. 3.",
        [],
    ),
    ("negative: So bei and a place", [], "So bei Frankfurt a. M. 1999, S. 3.", []),
    (
        "negative: die Studie von, a place and a publisher",
        [],
        "Die Studie von Berlin, Dietz 1999.",
        [],
    ),
    ("negative: Auch bei a place and a publisher", [], "Auch bei Berlin: Suhrkamp, S. 12.", []),
    (
        "negative: das Buch von in prose with a year",
        [],
        "Das Buch von Jakob Wendel erschien 1920 in Tübingen.",
        [],
    ),
    (
        "negative: die Arbeiten von two persons and a year",
        [],
        "Vgl. die Arbeiten von Lena Kramer und Jakob Wendel aus dem Jahr 1999.",
        [],
    ),
    ("negative: sowie ders. in prose", [], "Berlin 1999, sowie ders. sagte es.", []),
    (
        "op. cit.: Ders., a.a.O. after the writer's work",
        ["Jakob Wendel: Die Ordnung der Dinge, Berlin 2008, S. 3."],
        "Ders., a.a.O., S. 14.",
        [("op-cit", ("Wendel",), "", "")],
    ),
    ("negative: Ders., a.a.O. with no writer before", [], "Ders., a.a.O., S. 14.", []),
    (
        "quotation: its source in brackets, colon style",
        [],
        "„Die Stadt frisst ihre Kinder“ (Jakob Wendel: Die Stadt als Beute, Berlin 1999, S. 4).",
        [("full", ("Wendel",), "Die Stadt als Beute", "1999")],
    ),
    (
        "quotation: its source in brackets, inverted name",
        [],
        "„Die Stadt frisst ihre Kinder“ (Wendel, Jakob: Die Stadt als Beute, Berlin 1999, S. 4).",
        [("full", ("Wendel",), "Die Stadt als Beute", "1999")],
    ),
    (
        "quotation: its source in brackets, English comma style",
        [],
        "“The city eats its children” (Jakob Wendel, The City as Prey, London 2001, p. 4).",
        [("full", ("Wendel",), "The City as Prey", "2001")],
    ),
    (
        "translation: dt.: a marked title and an imprint, the writer carried",
        [],
        "Jakob Wendel, *The City as Prey* (London: Verso, 2001), 4; dt.: *Die Stadt als Beute* (Berlin: Dietz, 2003), S. 6.",
        [
            ("full", ("Wendel",), "The City as Prey", "2001"),
            ("full", ("Wendel",), "Die Stadt als Beute", "2003"),
        ],
    ),
    (
        "negative: a quotation and a place: publisher in brackets",
        [],
        "„Die Stadt frisst ihre Kinder“ (Berlin: Dietz, S. 4).",
        [],
    ),
    (
        "negative: a quotation and a place with a. M. and a publisher",
        [],
        "„Die Stadt frisst ihre Kinder“ (Frankfurt a. M.: Campus, S. 4).",
        [],
    ),
    (
        "negative: a quotation and a person with no work",
        [],
        "„Die Stadt frisst ihre Kinder“ (Jakob Wendel, mündlich).",
        [],
    ),
    ("negative: dt.: a place and a year", [], "dt.: Berlin 2003, S. 6.", []),
    (
        "title: a title with words no publisher has, then only its year",
        [],
        "Jakob Wendel: Die Stadt als Beute, 2019.",
        [("full", ("Wendel",), "Die Stadt als Beute", "2019")],
    ),
    (
        "online: a title, its year and online verfügbar unter",
        [],
        "Jakob Wendel: Die Stadt als Beute, 2019, online verfügbar unter: https://example.org/beute.",
        [("full", ("Wendel",), "Die Stadt als Beute", "2019")],
    ),
    (
        "negative: a place, a colon, title-like words and a year",
        [],
        "Berlin: Kritik ohne Gegenstand, 2019.",
        [],
    ),
    (
        "negative: a place, a colon, a publisher with mit and a year",
        [],
        "Wien: Verlag mit Zukunft, 2019.",
        [],
    ),
    (
        "negative: a place am Main, a colon, title-like words and a year",
        [],
        "Frankfurt am Main: Kritik ohne Gegenstand, 2019.",
        [],
    ),
    (
        "negative: a place, a colon, a publisher with für and a year",
        [],
        "Berlin: Verlag für Sozialwissenschaften, 2019.",
        [],
    ),
]

(
    test_reading,
    test_the_table_holds_at_least_as_many_negatives_as_positives,
    test_no_reader_reads_a_writer_in_a_negative,
) = context_table_tests(CASES, lambda before, read: not before)
