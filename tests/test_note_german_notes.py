"""Issue 11: the conventions of German notes, and their look-alikes.

Synthetic notes written for this table (no corpus text), in the shapes German journals and
translations use: the cues "Vgl."/"vgl." (see), "Siehe", "Zit. nach"/"zit. n."; editors
"hg. v.", "(Hg.)", "(Hrsg.)" and translators "übers. v.", "(Übers.)", "dt. v."; containers
after "in:"/"In:" (a volume places a part even without a year); a journal's volume, year,
"H." and pages; pages "S. 261f." and "S. 12 ff."; "a.a.O." (op. cit.), "ebd."/"Ebd."/"Ebenda"
(Ibid.), also after a title ("Marx: Grundrisse, ebd."); "Ders."/"Dies." (the writer of the
work before); titles in „…“, »…« and ‚…‘; English works inside German notes and their German
translations ("(Deutsch:) Ders.: …"); author-year short forms after the writer's full form
("Honneth 2011: 12", "(Honneth 2011, S. 12)"); letters ("Brief von X an Y, Ort, Datum").

Half the rows (at least) are negatives: places and years ("Frankfurt/M 1987", "Berlin
1927", "Frankfurt am Main: Suhrkamp 1970"), volumes, pages, issues, numbers, editors' and
translators' marks, editions, dates, cross-references and prose, none of which may be read
as a work or an author.

Each row is a document of notes; the readings are those of its last note: (form,
surnames, title, year)."""

from __future__ import annotations

import pytest

from citecheck.extract import build_manuscript
from citecheck.extract.note_citations import find_note_citations
from citecheck.readers import read_bytes
from tests.note_tables import Reading, surnames_read
from tests.note_tables import last_note_readings as readings
from tests.test_note_citation_rules import findings, manuscript


def work(form: str, surnames: str, title: str = "", year: str = "") -> Reading:
    return (form, tuple(surnames.split("/")) if surnames else (), title, year)


IBID: Reading = ("ibid", (), "", "")
HONNETH = "Axel Honneth: Das Recht der Freiheit. Berlin 2011, S. 3."
BLOCH = "Ernst Bloch: Geist der Utopie. Frankfurt am Main 1977, S. 41."
BLOCH_READ = work("full", "Bloch", "Geist der Utopie", "1977")
ARENDT_READ = work("full", "Arendt", "Elemente und Ursprünge totaler Herrschaft", "1986")
BOHRER_READ = work("full", "Bohrer", "Mythos und Moderne", "1983")
HABERMAS_READ = work("full", "Habermas", "Die Krise des Staates", "1980")
LETTERS = "„Das Abenteuer der Treue. Briefe“"

# (class, notes, readings of the last note)
CASES: list[tuple[str, list[str], list[Reading]]] = [
    # cues
    ("cue: Vgl.", ["Vgl. " + HONNETH], [work("full", "Honneth", "Das Recht der Freiheit", "2011")]),
    ("cue: vgl.", ["vgl. " + HONNETH], [work("full", "Honneth", "Das Recht der Freiheit", "2011")]),
    ("cue: Siehe", ["Siehe " + BLOCH], [BLOCH_READ]),
    ("cue: Vgl. hierzu", ["Vgl. hierzu " + BLOCH], [BLOCH_READ]),
    (
        "cue: Zit. nach",
        ["Zit. nach Hannah Arendt: Elemente und Ursprünge totaler Herrschaft. München 1986, S. 7."],
        [ARENDT_READ],
    ),
    (
        "cue: zit. n. after the writer quoted",
        [
            "Hegel, zit. n. Hannah Arendt: Elemente und Ursprünge totaler Herrschaft. "
            "München 1986, S. 7."
        ],
        [ARENDT_READ],
    ),
    (
        "cue: vgl. inside a sentence, before the colon style",
        ["Zur Debatte vgl. " + HONNETH],
        [work("full", "Honneth", "Das Recht der Freiheit", "2011")],
    ),
    # editors and translators
    (
        "editor: hg. v. after the title",
        [
            "Ernst Bloch, Geist der Utopie, hg. v. Karl Heinz Bohrer, Frankfurt am Main: "
            "Suhrkamp 1977, S. 41."
        ],
        [BLOCH_READ],
    ),
    (
        "editor: (Hg.) before the colon",
        ["Karl Heinz Bohrer (Hg.): Mythos und Moderne. Frankfurt am Main 1983, S. 5."],
        [BOHRER_READ],
    ),
    (
        "editor: (Hrsg.) before the colon",
        ["Karl Heinz Bohrer (Hrsg.): Mythos und Moderne. Frankfurt am Main 1983, S. 5."],
        [BOHRER_READ],
    ),
    (
        "translator: übers. v. after the title",
        ["Georg Lukács: Die Zerstörung der Vernunft, übers. v. Hans Meyer, Berlin 1954, S. 77."],
        [work("full", "Lukács", "Die Zerstörung der Vernunft", "1954")],
    ),
    (
        "translator: (Übers.) after the title",
        [
            "Max Horkheimer: Zur Kritik der instrumentellen Vernunft. Alfred Schmidt (Übers.), "
            "Frankfurt am Main 1985, S. 81."
        ],
        [work("full", "Horkheimer", "Zur Kritik der instrumentellen Vernunft", "1985")],
    ),
    # containers and journals
    (
        "container: in: with a volume, no year",
        ["Ernst Bloch, „Geist der Utopie“ in: Gesamtausgabe, Bd. 3, S. 41."],
        [work("full", "Bloch", "Geist der Utopie")],
    ),
    (
        "container: a title alone, in: with a volume",
        ["„Geist der Utopie“ in: Gesamtausgabe, Bd. 3, S. 41."],
        [work("full", "", "Geist der Utopie")],
    ),
    (
        "container: in: with its editor, then the imprint",
        [
            "Walter Benjamin: Über den Begriff der Geschichte, in: Gesammelte Schriften I.2, "
            "hg. v. Rolf Tiedemann, Frankfurt am Main 1974, S. 691–704."
        ],
        [work("full", "Benjamin", "Über den Begriff der Geschichte", "1974")],
    ),
    (
        "container: in: an editor (Hg.), the book, then the imprint",
        [
            "Iring Fetscher, „Marx und der Marxismus“, in: Karl Heinz Bohrer (Hg.), Mythos und "
            "Moderne, Frankfurt am Main 1983, S. 5."
        ],
        [work("full", "Fetscher", "Marx und der Marxismus", "1983")],
    ),
    (
        "journal: In: volume (year), H., pages",
        ["Jürgen Habermas: Die Krise des Staates. In: Leviathan 12 (1980), H. 3, S. 5–10."],
        [HABERMAS_READ],
    ),
    (
        "journal: a quoted title, the journal after a comma",
        ["Jürgen Habermas, „Die Krise des Staates“, Leviathan 12 (1980), H. 3, S. 5–10."],
        [HABERMAS_READ],
    ),
    # pages
    (
        "pages: S. 261f.",
        ["Georg Lukács: Die Zerstörung der Vernunft. Berlin 1954, S. 261f."],
        [work("full", "Lukács", "Die Zerstörung der Vernunft", "1954")],
    ),
    (
        "pages: S. 12 ff.",
        ["Moishe Postone: Zeit, Arbeit und gesellschaftliche Herrschaft. Freiburg 2003, S. 12 ff."],
        [work("full", "Postone", "Zeit, Arbeit und gesellschaftliche Herrschaft", "2003")],
    ),
    # a.a.O., ebd.
    (
        "op. cit.: a.a.O. after a quoted title",
        [BLOCH, "Bloch, „Geist der Utopie“, a.a.O. S. 50."],
        [work("op-cit", "Bloch", "Geist der Utopie")],
    ),
    (
        "op. cit.: a.a.O. after a plain title",
        [BLOCH, "Bloch, Geist der Utopie, a.a.O., S. 50."],
        [work("op-cit", "Bloch", "Geist der Utopie")],
    ),
    ("ibid: ebd.", [BLOCH, "ebd."], [IBID]),
    ("ibid: Ebd., S. 12", [BLOCH, "Ebd., S. 12."], [IBID]),
    ("ibid: Ebenda", [BLOCH, "Ebenda, S. 12."], [IBID]),
    (
        "ibid: ebd. after the work's name",
        ["Karl Marx: Grundrisse. Berlin 1953, S. 3.", "Marx: Grundrisse, ebd."],
        [work("ibid", "Marx", "Grundrisse")],
    ),
    # Ders., Dies.
    (
        "idem: Ders. in the next note",
        [BLOCH, "Ders.: Das Prinzip Hoffnung. Frankfurt am Main 1959, S. 3."],
        [work("full", "Bloch", "Das Prinzip Hoffnung", "1959")],
    ),
    (
        "idem: Dies. in the next note",
        [
            "Hannah Arendt: Vita activa. München 1960, S. 41.",
            "Dies.: Über die Revolution. München 1963.",
        ],
        [work("full", "Arendt", "Über die Revolution", "1963")],
    ),
    (
        "idem: ders. after a ;",
        [BLOCH[:-1] + "; ders.: Das Prinzip Hoffnung. Frankfurt am Main 1959, S. 3."],
        [BLOCH_READ, work("full", "Bloch", "Das Prinzip Hoffnung", "1959")],
    ),
    # quotation marks
    (
        "marks: »…«",
        [
            "Ernst Bloch, »Geist der Utopie«, in: Gesamtausgabe, Bd. 3, Frankfurt am Main: "
            "Suhrkamp 1977, S. 41."
        ],
        [BLOCH_READ],
    ),
    (
        "marks: ‚…‘",
        [
            "Ernst Bloch: ‚Geist der Utopie‘, in: Gesamtausgabe, Bd. 3, Frankfurt am Main 1977, "
            "S. 41."
        ],
        [BLOCH_READ],
    ),
    # English works, German translations
    (
        "english: a work in English, Place: Publisher Year",
        ["Terry Eagleton: The Ideology of the Aesthetic. Oxford: Blackwell 1990, S. 41."],
        [work("full", "Eagleton", "The Ideology of the Aesthetic", "1990")],
    ),
    (
        "english: comma style, p.",
        ["Terry Eagleton, The Ideology of the Aesthetic, Oxford 1990, p. 41."],
        [work("full", "Eagleton", "The Ideology of the Aesthetic", "1990")],
    ),
    (
        "translation: (Deutsch:) Ders. after the English original",
        [
            "Max Horkheimer: Eclipse of Reason. New York 1947, S. 78. (Deutsch:) Ders.: Zur "
            "Kritik der instrumentellen Vernunft. Frankfurt am Main 1985, S. 81."
        ],
        [
            work("full", "Horkheimer", "Eclipse of Reason", "1947"),
            work("full", "Horkheimer", "Zur Kritik der instrumentellen Vernunft", "1985"),
        ],
    ),
    (
        "translation: dt.: and the German title, the writer's",
        [
            "Terry Eagleton: The Ideology of the Aesthetic. Oxford 1990, S. 41; dt.: Ästhetik. "
            "Die Geschichte ihrer Ideologie. Stuttgart 1994, S. 12."
        ],
        [
            work("full", "Eagleton", "The Ideology of the Aesthetic", "1990"),
            work("full", "Eagleton", "Ästhetik", "1994"),
        ],
    ),
    (
        "translation: dt. v. (translated by)",
        [
            "Terry Eagleton: Ästhetik. Die Geschichte ihrer Ideologie, dt. v. Klaus Laermann, "
            "Stuttgart 1994, S. 12."
        ],
        [work("full", "Eagleton", "Ästhetik", "1994")],
    ),
    # author-year after the writer's full form
    (
        "author-year: Honneth 2011: 12",
        [HONNETH, "Honneth 2011: 12."],
        [work("short", "Honneth", "", "2011")],
    ),
    (
        "author-year: (Honneth 2011, S. 12)",
        [HONNETH, "(Honneth 2011, S. 12)"],
        [work("short", "Honneth", "", "2011")],
    ),
    (
        "author-year: Vgl. Honneth 2011, S. 12",
        [HONNETH, "Vgl. Honneth 2011, S. 12."],
        [work("short", "Honneth", "", "2011")],
    ),
    ("short: a surname and a page", [HONNETH, "Honneth, S. 12."], [work("short", "Honneth")]),
    (
        "short: a page and the emphasis remark",
        [HONNETH, "Honneth, S. 12, Hervorh. d. Verf."],
        [work("short", "Honneth")],
    ),
    (
        "author-date full form: Karl Marx (1867): …",
        ["Karl Marx (1867): Das Kapital, Bd. 1, MEW 23, Berlin 1962, S. 85."],
        [work("full", "Marx", "Das Kapital", "1962")],
    ),
    (
        "author-date full form: the bracket's year when no other is given",
        ["Axel Honneth (2011): Das Recht der Freiheit. Berlin: Suhrkamp, S. 3."],
        [work("full", "Honneth", "Das Recht der Freiheit", "2011")],
    ),
    (
        "edition: 3. Aufl. before the imprint",
        [
            "Hannah Arendt, Elemente und Ursprünge totaler Herrschaft, 3. Aufl., München 1986, "
            "S. 703."
        ],
        [ARENDT_READ],
    ),
    (
        "names: inverted and joined by /",
        ["Adorno, Theodor W./Horkheimer, Max: Dialektik der Aufklärung. Frankfurt am Main 1969."],
        [work("full", "Adorno/Horkheimer", "Dialektik der Aufklärung", "1969")],
    ),
    (
        "edition: a collected edition's volume after the title",
        ["Marx: Grundrisse der Kritik der politischen Ökonomie. MEW 42, S. 396."],
        [work("full", "Marx", "Grundrisse der Kritik der politischen Ökonomie")],
    ),
    (
        "edition: Band and a roman volume after the title",
        ["W. I. Lenin: Was tun? Ausgewählte Werke. Band I, S. 175f."],
        [work("full", "Lenin", "Was tun?")],
    ),
    (
        "names: inverted, dated, then a numeral title",
        ["Marcuse, H. (2007): 33 Thesen. In: Nachlass. Springe: zu Klampen Verlag, S. 126f."],
        [work("full", "Marcuse", "33 Thesen", "2007")],
    ),
    (
        "date: a newspaper's German date gives the year",
        ["Jens Jessen: Die Revolte. In: Die Zeit, 12.03.2015, S. 45."],
        [work("full", "Jessen", "Die Revolte", "2015")],
    ),
    (
        "date: an access date gives no year",
        ["Jens Jessen, „Die Revolte“, URL: https://www.zeit.de/revolte, Zugriff: 30.08.2016."],
        [work("full", "Jessen", "Die Revolte")],
    ),
    # letters
    (
        "letter: in a collection",
        [
            "Brief von Ernst Bloch an Karola Piotrkowska, Leipzig, 3. Mai 1950, in: "
            + LETTERS
            + ", hg. v. Anna Czajka, Frankfurt am Main 2005, S. 77."
        ],
        [work("full", "Bloch", "Das Abenteuer der Treue. Briefe", "2005")],
    ),
    (
        "letter: a.a.O. for the collection cited before",
        [
            "Brief von Ernst Bloch an Karola Piotrkowska, Leipzig, 3. Mai 1950, in: "
            + LETTERS
            + ", Frankfurt am Main 2005, S. 77.",
            "Brief von Karola Piotrkowska an Ernst Bloch, Leipzig, 5. Mai 1950, a.a.O. S. 79.",
        ],
        [work("op-cit", "Piotrkowska", "", "1950")],
    ),
    # negatives: places, years, volumes, pages, marks, dates, cross-references, prose
    ("negative: Frankfurt/M and a year", ["Frankfurt/M 1987, S. 77."], []),
    ("negative: Berlin and a year", ["Berlin 1927, S. 261f."], []),
    ("negative: a place and a publisher", ["Frankfurt am Main: Suhrkamp 1970, S. 3."], []),
    ("negative: Frankfurt am Main and a year", ["Frankfurt am Main 1970."], []),
    (
        "negative: a place and a publisher after a work",
        [BLOCH, "Berlin: Dietz Verlag 1984, S. 482."],
        [],
    ),
    ("negative: a volume", ["Bd. 11, S. 77."], []),
    ("negative: a page", ["S. 77."], []),
    ("negative: an issue", ["H. 3, S. 5–10."], []),
    ("negative: a number", ["Nr. 3, S. 12."], []),
    ("negative: Hg. v.", ["Hg. v. Karl Heinz Bohrer."], []),
    (
        "negative: Hrsg. von and an imprint",
        ["Hrsg. von Karl Heinz Bohrer, Frankfurt am Main 1983."],
        [],
    ),
    (
        "negative: an editor (Hg.) and an imprint",
        ["Iring Fetscher (Hg.), Frankfurt am Main 1966."],
        [],
    ),
    ("negative: Übers. v. and an imprint", ["Übers. v. Hans Meyer, Berlin 1954."], []),
    ("negative: dt. v. and an imprint", ["dt. v. Klaus Laermann, Stuttgart 1994, S. 12."], []),
    ("negative: an edition", ["3. Aufl., Berlin 1990."], []),
    ("negative: a container alone", ["in: Gesammelte Schriften, Bd. 10/2, S. 765."], []),
    (
        "negative: a translation's cue and an imprint",
        ["(Deutsch:) Frankfurt am Main 1985, S. 81."],
        [],
    ),
    ("negative: Ders. and a page only", [BLOCH, "Ders., S. 12."], []),
    ("negative: a retrieval date", ["abgerufen am 30.08.2016."], []),
    ("negative: a date of a version", ["Stand: 30.08.2016."], []),
    ("negative: a date in prose", ["Die Konferenz fand am 19. Juni 1969 in Frankfurt statt."], []),
    ("negative: a letter named in prose", ["So Adorno in einem Brief vom 5. Mai 1969."], []),
    ("negative: a letter without a date", ["Brief von Theodor W. Adorno an Herbert Marcuse."], []),
    ("negative: prose with a year", ["Das schrieb Bloch 1918 in Bern."], []),
    ("negative: Vgl. before prose", ["Vgl. dazu die Debatte in Frankfurt am Main 1968."], []),
    ("negative: Zit. nach before a place", ["Zit. nach Berlin 1927, S. 12."], []),
    (
        "negative: prose opening with Dies",
        ["Dies gilt auch für Frankfurt am Main: Suhrkamp 1970."],
        [],
    ),
    ("negative: a colon in prose", ["Marx: Das ist der Punkt."], []),
    ("negative: a cross-reference", ["Siehe oben, Fußnote 5."], []),
    ("negative: a cross-reference to a note", ["Vgl. Anm. 12."], []),
    ("negative: a chapter", ["Siehe Kapitel 3, S. 12."], []),
    ("negative: the translator's remark", ["Übers. d. Verf."], []),
    ("negative: the emphasis remark", ["Hervorhebung im Original."], []),
    ("negative: a quotation in »…«", ["»Das ist die Routine«, schrieb er 1917."], []),
    ("negative: pages following", ["S. 12 ff."], []),
    ("negative: a volume's year and issue", ["Jg. 12, H. 3, S. 5."], []),
    ("negative: the translator's note", ["Anm. d. Übers.: Im Original „sex and gender“."], []),
    ("negative: a place and a German date", ["Leipzig, 3. Mai 1950."], []),
    ("negative: a place and a numeric date", ["Frankfurt, 19.06.1969."], []),
    ("negative: two places and a year", ["Neuwied/Berlin 1970, S. 170f."], []),
    ("negative: a place, u.a. and a year", ["Berlin u.a. 1984, S. 505."], []),
    ("negative: a place and a publisher, no comma", ["München: Beck 2003."], []),
    ("negative: a reprint's imprint", ["Hamburg: Junius 2016 (1962), S. 77."], []),
    ("negative: a reprint", ["Nachdruck: Berlin 1990."], []),
    ("negative: a translation's imprint in brackets", ["(dt.: Stuttgart 1994)."], []),
    ("negative: zit. n. and a page", ["Zit. n. S. 12."], []),
    ("negative: two names, a colon and prose", ["Marx und Engels: Das ist bekannt."], []),
    ("negative: a month and a year", ["Mai 1969, S. 3."], []),
    ("negative: Dies. and a page only", ["Dies., S. 12."], []),
    ("negative: Vgl. and a volume alone", ["Vgl. Bd. 42, S. 396."], []),
    ("negative: the emphasis remark alone", ["Hervorh. d. Verf."], []),
    ("negative: dt.: and an imprint only", ["Dt. Übers.: Stuttgart 1994, S. 12."], []),
    ("negative: dt.: and prose", ["Dt. Übers.: Das ist schwer zu sagen."], []),
    ("negative: vgl. inside a sentence, before prose", ["Das sagt er, vgl. Marx: Das ist es."], []),
    (
        "negative: siehe inside a sentence, before an imprint",
        ["Er war dort, siehe Berlin: Dietz 1984."],
        [],
    ),
    ("negative: Band and a page alone", ["Band I, S. 175f."], []),
    ("negative: a numeral and a noun after a place", ["Springe: 33 Thesen."], []),
]


@pytest.mark.parametrize(("notes", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reading(notes: list[str], expected: list[Reading]) -> None:
    assert readings(notes) == expected


def test_the_table_holds_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for name, _, _ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives


# A place, a publisher, a volume, a page or an editor's mark is never an author, for either
# reader (the note reader and the author-year reader).
NEVER_AUTHORS = [
    "Frankfurt/M 1987, S. 171.",
    "Berlin 1927, S. 261f.",
    "Frankfurt am Main: Suhrkamp 1970, S. 3.",
    "Das Prinzip Hoffnung, Frankfurt am Main 1959, S. 3.",
    "Bd. 11, S. 77.",
    "H. 3, S. 5–10.",
    "Nr. 3, S. 12.",
    "Hg. v. Karl Heinz Bohrer, Frankfurt am Main 1983.",
    "Hrsg. von Karl Heinz Bohrer, 2. Aufl., Berlin 1990.",
    "in: Gesammelte Schriften, Bd. 10/2, S. 765.",
]
PLACES_AND_MARKS = {
    "Frankfurt",
    "Main",
    "Berlin",
    "Suhrkamp",
    "Hoffnung",
    "Bd",
    "S",
    "H",
    "Nr",
    "Hg",
    "Hrsg",
    "Aufl",
    "Schriften",
}


@pytest.mark.parametrize("note", NEVER_AUTHORS)
def test_places_volumes_and_marks_are_never_authors(note: str) -> None:
    named = surnames_read(note)
    assert not named & PLACES_AND_MARKS


def test_a_citation_keeps_the_german_marks_it_was_written_with() -> None:
    source = read_bytes(
        "m.md", manuscript("Bloch, „Geist der Utopie“ in: Werke, Bd. 3, S. 41.").encode()
    )
    (citation,) = find_note_citations(source)
    assert citation.text.startswith("Bloch, „Geist der Utopie“ in:")
    assert citation.title == "Geist der Utopie"


def test_an_author_year_short_form_after_the_full_form_is_read_once() -> None:
    source = read_bytes("m.md", manuscript(HONNETH, "(Honneth 2011, S. 12)").encode("utf-8"))
    built = build_manuscript(source, figures=False)
    assert [(c.form, c.year) for c in built.note_citations if c.note == 2] == [("short", "2011")]
    assert [c for c in built.citations if c.note == 2] == []


def test_ebd_naming_its_work_is_no_ambiguous_ibid() -> None:
    named = manuscript("Eine Bemerkung ohne Werk.", "Marx: Grundrisse, ebd.")
    assert findings(named, "ambiguous-ibid") == []
    bare = manuscript("Eine Bemerkung ohne Werk.", "Ebd.")
    assert [f.data["note"] for f in findings(bare, "ambiguous-ibid")] == [2]


def test_ders_takes_the_writer_of_the_work_just_before() -> None:
    text = manuscript(
        BLOCH,
        "Hannah Arendt: Vita activa. München 1960, S. 41.",
        "Ders.: Über die Revolution. München 1963.",
    )
    source = read_bytes("m.md", text.encode("utf-8"))
    (citation,) = [c for c in find_note_citations(source) if c.note == 3]
    assert [a.surname for a in citation.authors] == ["Arendt"]
