"""Issue 11, round 26: German conventions of notes the earlier tables lacked, and their
look-alikes.

Constructed notes (invented writers, titles and journals; real places and publishers) in
the shapes German style guides give:

- "aaO" / "aaO." — "a.a.O." (am angegebenen Ort, op. cit.) written without stops, as
  Duden's list of abbreviations and legal and much humanities writing give it.
- A short form by its title and the note of its full form, "„Titel“ (wie Anm. 3), S. 12",
  the title marked or not, perhaps without its leading article (a short title drops it, in
  German as in Chicago 14.32): read when an earlier note cited a work of that title.
- A lexicon's entry: "Art." (Artikel), "Stichwort" or "Lemma" before the headword, which is
  the title ("Art. „Streik“, in: Handwörterbuch …"); the label is no writer.
- A paper's issue by its numeric date (DIN 5008, "TT.MM.JJJJ") in the sentence after a
  title: "Vorname Name: Titel. Die Zeit, 12.3.1980." is a full form of 1980, as "12. März
  1980" was; a place and a publisher that imprints name stay no writer before it.
- An unsigned or a body's work by its plain title and DIN 1505-2's imprint outside brackets,
  "Ort: Verlag Jahr" ("Protokoll des Parteitages, Berlin: Dietz 1931"), as "Ort Jahr" and
  "(Ort: Verlag, Jahr)" were read.
- DIN 1505-1 / ISBD's area separator ". – " ends a title ("…: Titel. – Berlin : Suhrkamp,
  2008"), and so does an edition with words between its number and "Aufl." ("Titel. 3.,
  erw. Aufl. Berlin …").

At least half the rows are negatives: "AAO" and "aaO-Regel", places, publishers and
journals before "(wie Anm. 1)", a marked title no earlier note cited, a law's "Art. 3",
labels before places, years and pages, imprints and editions alone, a place and a publisher
before a paper's date, a paper's date alone or after prose, cues, surnames, prose, places
and papers before "Ort: Verlag Jahr". Neither reader may read
a writer in any of them.

Each row: (class, the notes before, the note, readings of the last note as (form,
surnames, title, year))."""

from __future__ import annotations

from tests.note_tables import Reading, context_table_tests

W = "Jakob Wendel: Die Ordnung der Dinge. Berlin: Suhrkamp 2008."
K = "Lena Kramer, „Die Form der Klage“, in: Sozialkritik 12 (1980), S. 4–9."
A = "„Streik in Hamm“, in: Die Rote Fahne, 3.4.1931."
HW = "Handwörterbuch der Sozialwissenschaften, Bd. 4, Stuttgart 1965, S. 12."

CASES: list[tuple[str, list[str], str, list[Reading]]] = [
    # aaO: a.a.O. without stops
    ("aaO after a surname", [W], "Wendel, aaO, S. 12.", [("op-cit", ("Wendel",), "", "")]),
    ("aaO in brackets", [W], "Vgl. Wendel (aaO), S. 12.", [("op-cit", ("Wendel",), "", "")]),
    (
        "aaO. after a short title",
        [W],
        "Wendel, Ordnung der Dinge, aaO., S. 4.",
        [("op-cit", ("Wendel",), "Ordnung der Dinge", "")],
    ),
    (
        "aaO twice in one note",
        [W, "Lena Kramer: Die Stadt als Beute. Berlin 2009."],
        "Vgl. Wendel, aaO, S. 12, und Kramer, aaO, S. 3.",
        [("op-cit", ("Wendel",), "", ""), ("op-cit", ("Kramer",), "", "")],
    ),
    ("negative: AAO in capitals", [], "AAO, S. 12.", []),
    ("negative: aaO inside a compound", [], "Die aaO-Regel gilt seit 1990.", []),
    ("negative: aaO alone, no writer", [], "aaO, S. 4.", []),
    # a title and the note that cited it in full
    (
        "wie Anm.: a quoted short title without its article",
        [K],
        "„Form der Klage“ (wie Anm. 1), S. 4.",
        [("short", (), "Form der Klage", "")],
    ),
    (
        "wie Anm.: a quoted title and f.",
        [K],
        "„Die Form der Klage“ (wie Anm. 1), S. 4 f.",
        [("short", (), "Die Form der Klage", "")],
    ),
    (
        "wie Anm.: a plain title",
        [W],
        "Die Ordnung der Dinge (wie Anm. 1), S. 12.",
        [("short", (), "Die Ordnung der Dinge", "")],
    ),
    (
        "Anm.: a plain title without its article, Vgl. and ff.",
        [W],
        "Vgl. Ordnung der Dinge (Anm. 1), S. 12 ff.",
        [("short", (), "Ordnung der Dinge", "")],
    ),
    (
        "Fn.: an unsigned article's title in »«",
        [A],
        "Vgl. »Streik in Hamm« (Fn. 1), S. 2.",
        [("short", (), "Streik in Hamm", "")],
    ),
    (
        "wie Anm.: a title and no page",
        [A],
        "„Streik in Hamm“ (wie Anm. 1).",
        [("short", (), "Streik in Hamm", "")],
    ),
    ("negative: a place before wie Anm.", [W], "Berlin (wie Anm. 1), S. 12.", []),
    ("negative: a publisher before wie Anm.", [W], "Suhrkamp (wie Anm. 1), S. 12.", []),
    ("negative: a journal before wie Anm.", [K], "Sozialkritik (wie Anm. 1), S. 4.", []),
    ("negative: a quoted title no note cited", [W], "„Die Partei“ (wie Anm. 1), S. 3.", []),
    ("negative: a plain title no note cited", [W], "Die Stadt der Dinge (wie Anm. 1), S. 12.", []),
    ("negative: a title's head and a year", [W], "Die Ordnung (1999), S. 12.", []),
    ("negative: the back-reference alone", [W], "Anm. 1, S. 12.", []),
    (
        "negative: prose with a back-reference",
        [W],
        "Die Ordnung der Dinge wurde 2008 verlegt (wie Anm. 1).",
        [],
    ),
    # a lexicon's entry
    ("Art.: an unsigned entry", [], f"Art. „Streik“, in: {HW}", [("full", (), "Streik", "1965")]),
    (
        "Stichwort: an unsigned entry",
        [],
        "Stichwort „Streik“, in: Brockhaus Enzyklopädie, Bd. 4, Mannheim 1990, S. 12.",
        [("full", (), "Streik", "1990")],
    ),
    (
        "Art.: a signed entry, its headword quoted",
        [],
        f"Jakob Wendel: Art. „Streik“, in: {HW}",
        [("full", ("Wendel",), "Streik", "1965")],
    ),
    (
        "Art.: a signed entry, its headword plain",
        [],
        f"Jakob Wendel, Art. Streik, in: {HW}",
        [("full", ("Wendel",), "Streik", "1965")],
    ),
    ("negative: a law's article and a place and year", [], "Art. 3 GG, Berlin 1949.", []),
    ("negative: a law's article, in:", [], "Art. 12, Abs. 2, in: Grundgesetz, Bonn 1949.", []),
    ("negative: Stichwort, a place and a year", [], "Stichwort: Berlin 1989.", []),
    ("negative: Lemma and a page", [], "Lemma, S. 12.", []),
    ("negative: a law's article in prose", [], "Vgl. Art. 3 des Grundgesetzes.", []),
    ("negative: a headword in prose", [], "Art. „Streik“ fehlt im Handwörterbuch.", []),
    # DIN 1505-1's separator and an edition with words
    (
        "DIN 1505-1: the area separator before the imprint",
        [],
        "Wendel, Jakob: Die Ordnung der Dinge. – Berlin : Suhrkamp, 2008. – S. 12.",
        [("full", ("Wendel",), "Die Ordnung der Dinge", "2008")],
    ),
    (
        "DIN 1505-1: the area separator before In:",
        [],
        "Wendel, Jakob: Die Form der Klage. – In: Sozialkritik 12 (1980), Nr. 3, S. 4–9.",
        [("full", ("Wendel",), "Die Form der Klage", "1980")],
    ),
    (
        "an edition with words before Aufl.",
        [],
        "Jakob Wendel: Die Ordnung der Dinge. 2., überarb. Aufl. Berlin: Suhrkamp 2008.",
        [("full", ("Wendel",), "Die Ordnung der Dinge", "2008")],
    ),
    ("negative: an ISBD imprint alone", [], "Berlin : Suhrkamp, 2008. – 312 S.", []),
    ("negative: the separator and an imprint", [], "– Berlin : Suhrkamp, 2008.", []),
    ("negative: an edition and an imprint", [], "2., überarb. Aufl. Berlin: Suhrkamp 2008.", []),
    ("negative: an edition, a place, a page", [], "3., erw. Aufl., Berlin 2008, S. 12.", []),
    ("negative: a place, the separator, an edition", [], "Hamburg. – 3., erw. Aufl. 1990.", []),
    # a paper's issue by its numeric date (DIN 5008), in the sentence after the title
    (
        "a paper and its date after a plain title",
        [],
        "Jakob Wendel: Streik in Hamm. Die Zeit, 12.3.1980.",
        [("full", ("Wendel",), "Streik in Hamm", "1980")],
    ),
    (
        "a paper and its date after a quoted title",
        [],
        "Jakob Wendel: „Streik in Hamm“. Die Zeit, 12.3.1980.",
        [("full", ("Wendel",), "Streik in Hamm", "1980")],
    ),
    (
        "a paper and its date after a comma's title",
        [],
        "Jakob Wendel, Streik in Hamm. Die Zeit, 12.3.1980.",
        [("full", ("Wendel",), "Streik in Hamm", "1980")],
    ),
    (
        "a paper, vom and its date, and a page",
        [],
        "Jakob Wendel: Streik in Hamm. Frankfurter Rundschau vom 12.03.1980, S. 3.",
        [("full", ("Wendel",), "Streik in Hamm", "1980")],
    ),
    (
        "negative: a place and a publisher before a paper's date",
        [],
        "Berlin: Suhrkamp. Die Zeit, 12.3.1980.",
        [],
    ),
    (
        "negative: a place, a publisher, a date and a page",
        [],
        "Berlin: Dietz. Die Zeit, 12.3.1980, S. 3.",
        [],
    ),
    (
        "negative: a place and a publisher, then an imprint",
        [],
        "Berlin: Suhrkamp. Berlin 1980.",
        [],
    ),
    ("negative: a paper and its date alone", [], "Die Zeit, 12.3.1980.", []),
    (
        "negative: prose with a colon before a date",
        [],
        "Dazu Marx: Es kommt darauf an. Die Zeit, 12.3.1980.",
        [],
    ),
    ("negative: in: a paper and its date", [], "In: Die Zeit vom 12.3.1980, S. 3.", []),
    # an unsigned or a body's work, its plain title and DIN 1505-2's "Ort: Verlag Jahr"
    (
        "Ort: Verlag Jahr after an unsigned plain title",
        [],
        "Die Partei und die Klasse, Berlin: Dietz 1931, S. 3.",
        [("full", (), "Die Partei und die Klasse", "1931")],
    ),
    (
        "Vgl., a body's plain title and Ort: Verlag Jahr",
        [],
        "Vgl. Protokoll des Parteitages der KPD, Berlin: Dietz 1931, S. 3.",
        [("full", (), "Protokoll des Parteitages der KPD", "1931")],
    ),
    (
        "negative: a cue and a surname before an imprint",
        [],
        "Zur Kritik vgl. Wendel, Berlin: Dietz 1962.",
        [],
    ),
    ("negative: a cue before an imprint", [], "Vgl. Berlin: Dietz 1962.", []),
    (
        "negative: prose and a surname before an imprint",
        [],
        "Dazu Marx, Berlin: Dietz 1962, S. 3.",
        [],
    ),
    ("negative: a sentence before an imprint", [], "Das sagt Wendel, Berlin: Dietz 1962.", []),
    ("negative: a place before an imprint", [], "Frankfurt am Main, Berlin: Dietz 1962.", []),
    (
        "negative: a paper before its publisher's imprint",
        [],
        "Die Zeit, Hamburg: Zeitverlag 1962.",
        [],
    ),
    ("negative: a person and an imprint, no title", [], "Jakob Wendel, Berlin: Dietz 1962.", []),
]

(
    test_reading,
    test_the_table_holds_at_least_as_many_negatives_as_positives,
    test_no_reader_reads_a_writer_in_a_negative,
) = context_table_tests(CASES)
