"""Issue 11, round 17: the author-year reader on German and Greek text, in notes and prose.

Three classes, each a table of constructed rows (invented writers and titles, no corpus
text), at least half of them negatives:

1. Common nouns read as writers. German capitalises every noun, so "Krieg und Frieden 1999,
   S. 4" has the shape of "Varga und Kolb 2008, S. 4", and a noun after its article that
   of a name ("die Revolution (1918)", Greek "της Επανάστασης (1917)"). The reader read such pairs and nouns as writers, and a
   clean document got a false missing-reference
   (`author_year_nouns`: the document's own writers, a page in the year's brackets, an
   article, a preposition, a noun suffix, a short list of abstract nouns).
2. A capitalised word that opens a sentence ("Wie Marx und Engels (1848) zeigten", "Nach
   Varga (1999)", "Laut Varga (1999)") was taken for a given name, and the citation was not
   read: German and Greek cue words, conjunctions and adverbs never are one.
3. A Greek writer after a masculine article in the accusative or genitive ("Κατά τον Μηλιό
   (2008)", "του Νικολαΐδη (2010)") was read in that case, and matched no entry of the
   nominative "Μηλιός" (`greek_oblique_writers`).

The negatives: places, publishers and titles joined by "und"/"και", prose with years ("Nach
1945", "Laut Statistik 1999", "Wie 1968"), quantities, a capitalised cue inside a sentence
(a title), the case of foreign and women's surnames, which do not decline.
"""

from __future__ import annotations

import pytest

from citecheck.engine import LintOptions, lint_source
from citecheck.extract import build_manuscript
from citecheck.readers import read_bytes
from tests.note_tables import built_from_note, surnames_read

Cited = list[tuple[tuple[str, ...], str]]

# (class, note, the author-year citations read: (surnames, year))
IN_NOTES: list[tuple[str, str, Cited]] = [
    (
        "pair: two writers, a year and a page",
        "Vgl. Varga und Kolb 2008, S. 4.",
        [
            (("Varga", "Kolb"), "2008"),
        ],
    ),
    (
        "pair: two Greek writers",
        "Βλ. Μηλιός και Σαββάκης 2008, σ. 4.",
        [
            (("Μηλιός", "Σαββάκης"), "2008"),
        ],
    ),
    (
        "pair: a page in the year's brackets",
        "Vgl. Varga und Kolb (2008: 12).",
        [
            (("Varga", "Kolb"), "2008"),
        ],
    ),
    (
        "opener: Nach before a writer",
        "Nach Varga (1999) ist das anders.",
        [
            (("Varga",), "1999"),
        ],
    ),
    (
        "opener: Laut before a writer",
        "Laut Varga (1999, S. 12) war es so.",
        [
            (("Varga",), "1999"),
        ],
    ),
    (
        "opener: Wie before two writers",
        "Wie Marx und Engels (1848) zeigten, ist es so.",
        [
            (("Marx", "Engels"), "1848"),
        ],
    ),
    ("negative: two nouns joined by und, a year and a page", "Krieg und Frieden 1999, S. 4.", []),
    ("negative: two nouns joined by u. in brackets", "Vgl. (Sitten u. Chur 1999).", []),
    ("negative: an article read as a particle", "Der Krieg und Frieden 1999, S. 4.", []),
    ("negative: two nouns with suffixes", "Herrschaft und Freiheit 1999, S. 4.", []),
    ("negative: two Greek nouns", "Κράτος και Επανάσταση 1999, σ. 4.", []),
    (
        "negative: Greek nouns after a singular article",
        "Βλ. τη Δημοκρατία και Ελευθερία (1999).",
        [],
    ),
    ("negative: a title's words after über", "Vgl. die Schrift über Staat und Kirche (1905).", []),
    ("negative: collected works joined by und", "Vgl. Werke und Briefe (1999), S. 4.", []),
    (
        "single: a surname ending -ung, too short a stem to tell",
        "Vgl. Hartung (1950), S. 4.",
        [(("Hartung",), "1950")],
    ),
    ("single: a Greek surname after a cue", "Βλ. Σαββάκης 2008, σ. 4.", [(("Σαββάκης",), "2008")]),
    (
        "single: a body's name ending in a noun suffix is a writer",
        "Vgl. Bundesregierung 2016, S. 4.",
        [(("Bundesregierung",), "2016")],
    ),
    ("negative: a noun with a suffix after a cue", "Laut Verfassung (1919) gilt es.", []),
    ("negative: a Greek noun in a pair with a surname", "Βλ. Εθνικισμός και Κολμ 1978, σ. 12.", []),
    ("negative: a year after Nach", "Nach 1945 war es anders.", []),
    ("negative: a noun after Laut, a bare year", "Laut Statistik 1999 war es so.", []),
    ("negative: a noun after Laut, the year in brackets", "Laut Statistik (1999) war es so.", []),
    ("negative: a year after Wie", "Wie 1968 in Paris.", []),
    (
        "negative: a capital cue inside a sentence is a title",
        "Er las das Buch Nach Marx (1999).",
        [],
    ),
    ("negative: a quantity after Bei", "Bei 12,5 Prozent (1999) blieb es.", []),
    ("negative: places joined by und after Nach", "Nach Berlin und Wien (1999) kam er spät.", []),
]

# (class, paragraph of a German or Greek text, its reference list, the citations read)
IN_BODY: list[tuple[str, str, str, Cited]] = [
    (
        "pair: the document names both as writers",
        "Hartung und Kolb (2008) zeigen es.",
        "Hartung, Ilse und Tom Kolb (2008): Ports. Berlin: Nordwind.",
        [(("Hartung", "Kolb"), "2008")],
    ),
    (
        "article: a relative pronoun before a writer",
        "Die These, die Varga (2008) vertritt, ist alt.",
        "",
        [(("Varga",), "2008")],
    ),
    (
        "article: a relative pronoun after a preposition",
        "Die Arbeit, auf die Varga (2008: 12) verweist, ist alt.",
        "",
        [(("Varga",), "2008")],
    ),
    (
        "opener: Bei before a writer and a page",
        "Es ist so. Bei Varga (1999: 12) steht es anders.",
        "",
        [(("Varga",), "1999")],
    ),
    (
        "Greek: the accusative of a writer the list names",
        "Κατά τον Μηλιό (2008), η κρίση είναι διαρκής.",
        "Μηλιός, Γ. (2008): Το κράτος. Αθήνα: Νήσος.",
        [(("Μηλιός",), "2008")],
    ),
    (
        "Greek: the genitive of a writer the list names",
        "Η ανάλυση του Μηλιού (2008) είναι σαφής.",
        "Μηλιός, Γ. (2008): Το κράτος. Αθήνα: Νήσος.",
        [(("Μηλιός",), "2008")],
    ),
    (
        "Greek: the accusatives of two paroxytone surnames",
        "Σύμφωνα με τους Παπαδόπουλο και Σαββάκη (2008), έτσι.",
        "",
        [(("Παπαδόπουλος", "Σαββάκης"), "2008")],
    ),
    (
        "Greek: the genitive of a paroxytone surname",
        "Η ανάλυση του Νικολαΐδη (2010) είναι σαφής.",
        "",
        [(("Νικολαΐδης",), "2010")],
    ),
    ("negative: a noun after an article", "So auch die Revolution (1918) und die Räte.", "", []),
    ("negative: a noun after a fused article", "Es steht im Manifest (1848) so.", "", []),
    (
        "negative: a list's noun after a comma and its article",
        "Erst der Krieg, die Revolution (1918) und dann Weimar.",
        "",
        [],
    ),
    ("negative: a book's title with its article", "Das Kapital (1867) ist ein Buch.", "", []),
    ("negative: a magazine's name with its article", "Der Spiegel (1999) schrieb es.", "", []),
    (
        "negative: a title's words after über",
        "Er schrieb über Staat und Kirche (1905) viel.",
        "",
        [],
    ),
    ("negative: a title of two nouns", "Staat und Kirche (1905) ist ein Buch.", "", []),
    ("negative: Greek feminine noun in -ς", "Η ανάλυση της Επανάστασης (1917) δείχνει.", "", []),
    ("negative: Greek neuter article", "Για το Κεφάλαιο (1867) γράφει πολλά.", "", []),
    (
        "Greek: a woman's surname in -ση is no noun",
        "Κατά την Παπαθανάση (2010), έτσι.",
        "",
        [(("Παπαθανάση",), "2010")],
    ),
    (
        "negative: a foreign surname with a stressed end does not decline",
        "Κατά τον Φουκό (1975), η εξουσία είναι παντού.",
        "",
        [(("Φουκό",), "1975")],
    ),
    (
        "negative: a woman's surname does not decline",
        "Κατά την Παπαδάκη (2010), έτσι.",
        "",
        [(("Παπαδάκη",), "2010")],
    ),
    (
        "negative: a surname in -ου the list names so",
        "Η ανάλυση του Γεωργίου (2005) είναι σαφής.",
        "Γεωργίου, Τ. (2005): Η πόλη. Αθήνα: Νήσος.",
        [(("Γεωργίου",), "2005")],
    ),
    ("negative: places joined by und", "Zuerst Berlin und Wien (1999), dann Prag.", "", []),
]


def _body_citations(paragraph: str, listed: str) -> Cited:
    text = f"# T\n\n{paragraph}\n\n## Literatur\n\n{listed or 'Holm, Ilse (1990): X. Y.'}\n"
    built = build_manuscript(read_bytes("m.md", text.encode("utf-8")), figures=False)
    return [(tuple(a.surname for a in c.authors), c.year) for c in built.citations]


@pytest.mark.parametrize(
    ("note", "expected"), [c[1:] for c in IN_NOTES], ids=[c[0] for c in IN_NOTES]
)
def test_author_year_in_notes(note: str, expected: Cited) -> None:
    built = built_from_note(note)
    assert [(tuple(a.surname for a in c.authors), c.year) for c in built.citations] == expected


@pytest.mark.parametrize("note", [c[1] for c in IN_NOTES if c[0].startswith("negative")])
def test_no_reader_reads_a_writer_in_a_negative(note: str) -> None:
    assert surnames_read(note) == set()


@pytest.mark.parametrize(
    ("paragraph", "listed", "expected"), [c[1:] for c in IN_BODY], ids=[c[0] for c in IN_BODY]
)
def test_author_year_in_body(paragraph: str, listed: str, expected: Cited) -> None:
    assert _body_citations(paragraph, listed) == expected


# (class, paragraph, reference list, whether missing-reference reports a citation)
DOCUMENTS: list[tuple[str, str, str, bool]] = [
    (
        "a pair of writers the list lacks",
        "Wie Varga und Kolb (2008) zeigen, ist es so.",
        "Holm, Ilse (1990): Ports. Berlin: Nordwind.",
        True,
    ),
    (
        "a Greek writer in the accusative the list lacks",
        "Κατά τον Σαββάκη (2008), έτσι.",
        "Μηλιός, Γ. (2008): Το κράτος. Αθήνα: Νήσος.",
        True,
    ),
    (
        "negative: a title of two nouns in prose",
        "Sein Buch Krieg und Frieden (1999) ist alt; Holm (1990) sah es anders.",
        "Holm, Ilse (1990): Ports. Berlin: Nordwind.",
        False,
    ),
    (
        "negative: a Greek writer in the accusative the list names",
        "Κατά τον Μηλιό (2008), έτσι.",
        "Μηλιός, Γ. (2008): Το κράτος. Αθήνα: Νήσος.",
        False,
    ),
]


@pytest.mark.parametrize(
    ("paragraph", "listed", "reported"),
    [c[1:] for c in DOCUMENTS],
    ids=[c[0] for c in DOCUMENTS],
)
def test_missing_reference(paragraph: str, listed: str, reported: bool) -> None:
    text = f"# T\n\n{paragraph}\n\n## Literatur\n\n{listed}\n"
    result = lint_source(read_bytes("m.md", text.encode("utf-8")), LintOptions(select=("C101",)))
    assert bool([f for f in result.findings if f.rule == "missing-reference"]) is reported


def test_the_tables_hold_at_least_as_many_negatives_as_positives() -> None:
    for table in (IN_NOTES, IN_BODY, DOCUMENTS):
        negatives = [c for c in table if c[0].startswith("negative")]
        assert len(negatives) >= len(table) - len(negatives)
