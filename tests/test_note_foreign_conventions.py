"""Issue 11: notes written in German and Greek, and their look-alikes.

Synthetic notes written for this table (no corpus text), in the shapes German and Greek
journals use: full forms with a colon after the names ("Max Horkheimer: Gesammelte
Schriften, Bd. 11, Frankfurt/M 1987, S. 171."), the container after "In:", the year after
the container ("In: Merkur. 2012, S. 58."), a surname before its initial ("Λούκατς Γκ.,
*Αστική …*, Κριτική, Αθήνα, 1987, σελ. 92."), short forms with the year after the short
title ("Horkheimer: Lenins Materialismus 1987, S. 176."), "Ebd."/"ebd."/"Ό.π." as Ibid.,
"a.a.O."/"ό.π." after a name or a title as op. cit., "zit. nach" before the work quoted
from. Author-year notes ("Honneth 2015: 12", "Lukács (1970), S. 284") are read by the
author-year reader, as in English notes, never twice. Half the rows are negatives: a place
and a year, a volume, a page, an editor's mark, a Greek publisher or place, a date, prose.

Each row is a document of notes; the readings are those of its last note: (form,
surnames, title, year)."""

from __future__ import annotations

import pytest

from citecheck.extract import build_manuscript
from citecheck.readers import read_bytes
from tests.note_tables import Reading, surnames_read
from tests.note_tables import last_note_readings as readings
from tests.test_note_citation_rules import findings, manuscript


def work(form: str, surnames: str, title: str, year: str = "") -> Reading:
    return (form, tuple(surnames.split("/")) if surnames else (), title, year)


IBID: Reading = ("ibid", (), "", "")
HORKHEIMER_GS = "Max Horkheimer: Gesammelte Schriften, Bd. 11, Frankfurt/M 1987, S. 171."
SCHMIDT_FULL = (
    "Alfred Schmidt: Der Begriff der Natur in der Lehre von Marx. Hamburg 2016 (1962), S. 77."
)
MARX_WERKE = (
    "Marx, K. & Engels, F. (1976): Werke (im Folgenden zitiert als: MEW), Bd. 1, S. 385. "
    "Berlin: Dietz Verlag."
)
LUKACS_GR = "Λούκατς Γκ., *Αστική και σοσιαλιστική δημοκρατία*, Κριτική, Αθήνα, 1987, σελ. 92."
LUKACS_READ = work("full", "Λούκατς", "Αστική και σοσιαλιστική δημοκρατία", "1987")

# (class, notes, readings of the last note)
CASES: list[tuple[str, list[str], list[Reading]]] = [
    # German full forms
    (
        "full: Vgl., colon, place and year",
        ["Vgl. " + SCHMIDT_FULL],
        [work("full", "Schmidt", "Der Begriff der Natur in der Lehre von Marx", "2016")],
    ),
    (
        "full: colon, volume, Frankfurt/M and year",
        [HORKHEIMER_GS],
        [work("full", "Horkheimer", "Gesammelte Schriften", "1987")],
    ),
    (
        "full: the year after the container",
        ["Christoph Menke: Die Möglichkeit der Revolution. In: Merkur. 2012, S. 58."],
        [work("full", "Menke", "Die Möglichkeit der Revolution", "2012")],
    ),
    (
        "full: a journal's volume, then the year",
        ["Frank Ruda: Erst Politik, dann Kunst. In: Stasis, Vol. 4, No. 2. 2016, S. 10."],
        [work("full", "Ruda", "Erst Politik, dann Kunst", "2016")],
    ),
    (
        "full: the container with its editor (Hg.)",
        [
            "Friedrich Engels: Ludwig Feuerbach. In: Karl Marx u. ders.: Studienausgabe. "
            "Bd. 1, Iring Fetscher (Hg.), Frankfurt/M 1966, S. 192f."
        ],
        [work("full", "Engels", "Ludwig Feuerbach", "1966")],
    ),
    (
        "full: persons with initials listed before the colon",
        [
            "Jean M. Twenge, Ryne A. Sherman, and Brooke E. Wells: 'Sexual Inactivity'. "
            "Archives of Sexual Behavior 46, no. 2 (2017), S. 433-40."
        ],
        [work("full", "Twenge/Sherman/Wells", "Sexual Inactivity", "2017")],
    ),
    (
        "full: a subtitle between the title and its details is no work",
        [
            "Hauke Brunkhorst: Ästhetik der Existenz. Hannah Arendt, Michel Foucault, die "
            "Griechen und wir. In: Revue Internationale, Vol. 53. 1999, S. 228."
        ],
        [work("full", "Brunkhorst", "Ästhetik der Existenz", "1999")],
    ),
    (
        "full: zit. nach before the work quoted from",
        [
            "Adorno, Brief an Horkheimer vom 21.03.1936, zit. nach Wiggershaus, R. (1988): "
            "Die Frankfurter Schule. Frankfurt/Main: dtv, S. 299."
        ],
        [
            work("full", "Adorno", "Brief an Horkheimer vom 21.03.1936", "1936"),
            work("full", "Wiggershaus", "Die Frankfurter Schule", "1988"),
        ],
    ),
    (
        "full: a reprint's year is the edition cited",
        [
            "Lenin: Materialismus. Kritische Bemerkungen. [Moskau] 1979. Nachdruck: Moskau 2010, S. 214."
        ],
        [work("full", "Lenin", "Materialismus", "2010")],
    ),
    (
        "full: the book a work stands in is no other work",
        [
            "Vgl. Alfred Schmidt: Editorische Vorbemerkung; in: Max Horkheimer: _Über Lenins "
            "Materialismus_. In: Max Horkheimer: Gesammelte Schriften, Bd. 11, Frankfurt/M 1987, "
            "S. 171."
        ],
        [work("full", "Schmidt", "Editorische Vorbemerkung", "1987")],
    ),
    (
        "full: a journal issue in its own sentence is the work's",
        ["Vgl. Cutrone, C. (2011): Lenins Liberalismus. *Platypus Review* 36 (Juni 2011)."],
        [work("full", "Cutrone", "Lenins Liberalismus", "2011")],
    ),
    (
        "full: after a German quotation „…“",
        [
            "Er schrieb: „Das ist die Routine“. Lenin, W.I. (1984): Ausgewählte Werke, Bd. 3. "
            "Berlin: Dietz Verlag, S. 482."
        ],
        [work("full", "Lenin", "Ausgewählte Werke", "1984")],
    ),
    (
        "full: the book it stands in, without details",
        [
            "Alfred Schmidt: Unter welchen Aspekten Horkheimer Lenins Streitschrift beurteilt. "
            "In Max Horkheimer: Gesammelte Schriften"
        ],
        [
            work(
                "full",
                "Schmidt",
                "Unter welchen Aspekten Horkheimer Lenins Streitschrift beurteilt",
            )
        ],
    ),
    # German short forms and Ibid.
    (
        "short: the year after the short title",
        [SCHMIDT_FULL, "Schmidt: Begriff der Natur 2016, S. 78."],
        [work("short", "Schmidt", "Begriff der Natur", "2016")],
    ),
    (
        "short: no colon, after zit. in",
        [SCHMIDT_FULL, "Ebd.; zit. in: Schmidt Begriff der Natur 2016, S. 79f."],
        [IBID, work("short", "Schmidt", "Begriff der Natur", "2016")],
    ),
    (
        "short: a collected edition by its abbreviation",
        [MARX_WERKE, "MEW Bd. 8 (1960), S. 142, Hervorhebungen i.O."],
        [work("short", "", "MEW", "1960")],
    ),
    (
        "short: an abbreviation, volume and page",
        [MARX_WERKE, "Vgl. MEW 4: 462."],
        [work("short", "", "MEW")],
    ),
    ("ibid: Ebd.", [HORKHEIMER_GS, "Ebd."], [IBID]),
    ("ibid: ebd. and a page", [HORKHEIMER_GS, "ebd., S. 12"], [IBID]),
    (
        "op. cit.: a.a.O. after a name",
        [HORKHEIMER_GS, "Horkheimer, a.a.O., S. 12."],
        [work("op-cit", "Horkheimer", "")],
    ),
    # Greek
    ("greek: surname before the initial", [LUKACS_GR], [LUKACS_READ]),
    ("greek: a web copy's plain title", [LUKACS_GR.replace("*", "")], [LUKACS_READ]),
    (
        "greek: inverted name and a publisher of two words",
        ["Ντέι, Ρ., *Το τέλος της ηγεμονίας*, Ελευθεριακή κουλτούρα, Αθήνα, 2007."],
        [work("full", "Ντέι", "Το τέλος της ηγεμονίας", "2007")],
    ),
    (
        "greek: translator (μτφρ.) and publisher (εκδ.)",
        [
            "Μαρξ Κ., *Το Κεφάλαιο*, μτφρ. Π. Μαυρομμάτης, εκδ. Σύγχρονη Εποχή, Αθήνα, 2002, σελ. 12."
        ],
        [work("full", "Μαρξ", "Το Κεφάλαιο", "2002")],
    ),
    ("greek: Ό.π. alone is op. cit., as written", [LUKACS_GR, "Ό.π."], [("op-cit", (), "", "")]),
    (
        "greek: ό.π. and a page is op. cit., as written",
        [LUKACS_GR, "ό.π., σελ. 36."],
        [("op-cit", (), "", "")],
    ),
    (
        "greek: ό.π. after a name is op. cit.",
        [LUKACS_GR, "Λούκατς, ό.π., σελ. 36."],
        [work("op-cit", "Λούκατς", "")],
    ),
    # negatives: places, years, volumes, pages, marks, dates, prose
    ("negative: a place and a year", ["Frankfurt/M 1987, S. 171."], []),
    ("negative: Berlin and a year", ["Berlin 1927, S. 261f."], []),
    ("negative: a volume", ["Bd. 11, S. 77."], []),
    ("negative: a page", ["S. 77."], []),
    ("negative: a number", ["Nr. 3, S. 12."], []),
    ("negative: an editor's mark", ["Hg. v. Iring Fetscher."], []),
    ("negative: a date", ["[abgefragt: 30.08.2016]"], []),
    ("negative: German prose", ["Vgl. dazu die Debatte in Frankfurt 1968 und Berlin 1969."], []),
    (
        "negative: a place and a year after an earlier writer's work",
        [SCHMIDT_FULL, "Nachdruck: Moskau 2010, S. 214."],
        [],
    ),
    (
        "negative: the dated short shape by no earlier writer",
        ["Neuwied: Luchterhand Verlag 1970, S. 147."],
        [],
    ),
    ("negative: an archive's call number", ["MHA, VIII 15d."], []),
    ("negative: a Greek publisher, place and year", ["Κριτική, Αθήνα, 1987."], []),
    ("negative: a Greek place and year", ["Αθήνα, 2007, σελ. 12."], []),
    ("negative: Greek prose", ["Πρόκειται για το ρεύμα του μεταμοντέρνου αναρχισμού."], []),
    ("negative: Greek prose with όπως", ["όπως έγραψε ο Λούκατς στην Αθήνα το 1987."], []),
    ("negative: German prose", ["Im Folgenden im Text zitiert."], []),
    ("negative: a remark after a page", ["Hervorhebung i.O."], []),
    ("negative: a URL's retrieval date", ["(abgerufen am 21.01.2016)."], []),
    ("negative: a German publisher, place and year", ["Suhrkamp, Frankfurt, 1970, S. 3."], []),
    (
        "negative: a volume, an editor and an imprint",
        ["Bd. 1, Iring Fetscher (Hg.), Frankfurt/M 1966."],
        [],
    ),
    ("negative: pages following", ["S. 261f., 263ff."], []),
    ("negative: a Greek translator alone", ["μτφρ. Π. Μαυρομμάτης, σελ. 12."], []),
    ("negative: an abbreviation and a year, no volume", ["USA 2012: 45."], []),
    ("negative: an abbreviation in prose", ["Die SPD 1918, S. 3 und danach."], []),
    ("negative: an abbreviation without a page", ["MEW Bd. 3."], []),
    (
        "negative: the author-date shape by no earlier writer",
        ["Frankfurt (1970), S. 5."],
        [],
    ),
    ("negative: a German quotation alone", ["„Das ist die Routine“, schrieb er 1917."], []),
]


@pytest.mark.parametrize(("notes", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reading(notes: list[str], expected: list[Reading]) -> None:
    assert readings(notes) == expected


def test_the_table_holds_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for name, _, _ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives


# Author-year notes: read once, with the surname as the author: by the author-year reader,
# or, after an earlier note gives the writer's work in full, by the note reader as a short
# form of it.
AUTHOR_YEAR = [
    ("Honneth 2015: 12.", "Honneth", "2015"),
    ("Vgl. Honneth 2015: 12.", "Honneth", "2015"),
    ("Lukács (1970), S. 284.", "Lukács", "1970"),
]


@pytest.mark.parametrize(("note", "surname", "year"), AUTHOR_YEAR)
def test_an_author_year_note_is_read_once_by_the_author_year_reader(
    note: str, surname: str, year: str
) -> None:
    source = read_bytes("m.md", manuscript(note).encode("utf-8"))
    built = build_manuscript(source, figures=False)
    assert [(a.surname, c.year) for c in built.citations for a in c.authors[:1]] == [
        (surname, year)
    ]
    assert [c for c in built.note_citations if c.authors] == []


HONNETH_FULL = "Axel Honneth: Das Recht der Freiheit. Berlin 2011, S. 3."


@pytest.mark.parametrize(("note", "surname", "year"), AUTHOR_YEAR)
def test_an_author_year_note_after_the_writers_full_form_is_a_short_form(
    note: str, surname: str, year: str
) -> None:
    lukacs = "Georg Lukács: Geschichte und Klassenbewusstsein. Neuwied 1970."
    full = lukacs if surname == "Lukács" else HONNETH_FULL
    source = read_bytes("m.md", manuscript(full, note).encode("utf-8"))
    built = build_manuscript(source, figures=False)
    assert [
        (c.form, c.authors[0].surname, c.year) for c in built.note_citations if c.note == 2
    ] == [("short", surname, year)]
    assert [c for c in built.citations if c.note == 2] == []  # read once


# A place, a publisher, a volume or a page beside a year is never an author, for either reader.
NEVER_AUTHORS = [
    "Frankfurt/M 1987, S. 171.",
    "Berlin 1927, S. 261f.",
    "Κριτική, Αθήνα, 1987, σελ. 92.",
    "Max Horkheimer: Gesammelte Schriften, Bd. 11, Frankfurt/M 1987, S. 171.",
    "Λούκατς Γκ., *Αστική δημοκρατία*, Κριτική, Αθήνα, 1987, σελ. 92.",
]


@pytest.mark.parametrize("note", NEVER_AUTHORS)
def test_places_publishers_volumes_are_never_authors(note: str) -> None:
    named = surnames_read(note)
    assert not named & {"Frankfurt", "Berlin", "Κριτική", "Αθήνα", "Bd", "S", "Hg"}


def test_an_abbreviation_defined_before_is_no_short_form_before_full() -> None:
    defined = manuscript(MARX_WERKE, "MEW Bd. 1 (1976) S. 344.")
    assert findings(defined, "short-form-before-full") == []
    undefined = manuscript("Eine Bemerkung.", "MEW Bd. 1 (1976) S. 344.")
    assert [f.data["note"] for f in findings(undefined, "short-form-before-full")] == [2]


def test_german_short_forms_after_their_full_forms_give_no_finding() -> None:
    text = manuscript(
        SCHMIDT_FULL,
        "Schmidt: Begriff der Natur 2016, S. 78.",
        "Georg Lukács: Geschichte und Klassenbewusstsein. Neuwied 1970.",
        "Lukács (1970), S. 284.",
    )
    assert findings(text, "short-form-before-full") == []
