"""Works-cited entries in German, APA and author-date shapes matched to the notes (issue 11).

Every entry and note here is written for this table (invented writers and titles). A list
in DIN 1505-2 / German humanities practice ("Quendt, Harald: Die Spaltung der Weber.
Frankfurt a. M.: Lorbeer 1978.", several writers joined by "/" or "und"), an APA list of a
body ("Council for Rural Records. (2004).") or of an editor ("Lindqvist, P. (Ed.).
(2002)."), and an original year in square brackets ("[1867] 1976", Chicago 15.44, APA
9.41) were read with the given names, the mark or the bracket as the title: a clean
document then had a false missing-reference. Each shape is read alone (the entry's names,
title and year) and in a document: clean, no finding; the entry removed, missing-reference;
the year changed or the writer misspelt in the entry, inconsistent-reference. The negatives
are lines that are no such entry (a colon that opens a title's subtitle, a quotation that a
longer title runs on from, Chicago's imprint after a title with a colon, a heading, an
imprint alone, prose about a body) and the clean documents.
"""

from __future__ import annotations

import pytest

from citecheck.bibliography.entry_shapes import read_entry
from tests.helpers import lint_text

# (entry, (surnames, title, year))
READ = [
    # DIN: names, a colon, the title, a full stop, the imprint with no comma before the year
    ("Quendt, Harald: Die Spaltung der Weber. Frankfurt a. M.: Lorbeer 1978.", (("Quendt",), "Die Spaltung der Weber", "1978")),
    ("Quendt, Harald: Die Spaltung der Weber. Eine Studie. Frankfurt a. M. 1978.", (("Quendt",), "Die Spaltung der Weber", "1978")),
    ("Quendt, H.: Die Spaltung der Weber. Frankfurt a. M. 1978.", (("Quendt",), "Die Spaltung der Weber", "1978")),
    ("Quendt, Harald: *The Grain Ledger. Accounts of a Famine*. London: Marlow 1987.", (("Quendt",), "The Grain Ledger. Accounts of a Famine", "1987")),
    ("Osk, Mira/Venn, Tobias: *Harbour Politics*. Leeds: Fenwick 1999.", (("Osk", "Venn"), "Harbour Politics", "1999")),
    ("Osk, Mira/Venn, Tobias: Harbour Politics. Leeds: Fenwick 1999.", (("Osk", "Venn"), "Harbour Politics", "1999")),
    ("Osk, Mira und Tobias Venn: *Harbour Politics*. Leeds: Fenwick 1999.", (("Osk", "Venn"), "Harbour Politics", "1999")),
    ("Tammer, Ulf u. Gesine Rothe: Der Deich. Husum: Brinck 1965.", (("Tammer", "Rothe"), "Der Deich", "1965")),
    ("Brahms, Ute (Hg.): *Weberlieder*. Berlin: Rabe 1980.", (("Brahms",), "Weberlieder", "1980")),
    ("Brahms, Ute (Hrsg.): Weberlieder. Berlin: Rabe 1980.", (("Brahms",), "Weberlieder", "1980")),
    ("Brahms, Ute: Looms. In: Textile History 12 (1980), S. 5–19.", (("Brahms",), "Looms", "1980")),
    ("Weyrich, Anton: Der eiserne Kalender. 3. Aufl. Leipzig: Harwood 1976.", (("Weyrich",), "Der eiserne Kalender", "1976")),
    # APA: a body's name with its small words, an editor's capitalised mark
    ("Council for Rural Records. (2004). *A survey of parish books*. CRR.", (("Council for Rural Records",), "A survey of parish books", "2004")),
    ("Society for Mills and Canals. (1993). *The lock keepers*. Tallow.", (("Society for Mills and Canals",), "The lock keepers", "1993")),
    ("Lindqvist, P. (Ed.). (2002). *Voices from the quay*. Brand.", (("Lindqvist",), "Voices from the quay", "2002")),
    ("Lindqvist, P., & Osk, M. (Eds.). (2002). *Voices from the quay*. Brand.", (("Lindqvist", "Osk"), "Voices from the quay", "2002")),
    # Greek "και" between two writers
    ("Παπαλεξίου, Γ. και Δρόσου, Μ. (1991). *Το λιμάνι*. Αθήνα: Κάλβος.", (("Παπαλεξίου", "Δρόσου"), "Το λιμάνι", "1991")),
    ("Παπαλεξίου, Γιάννης και Μαρία Δρόσου. *Το λιμάνι*. Αθήνα: Κάλβος, 1991.", (("Παπαλεξίου", "Δρόσου"), "Το λιμάνι", "1991")),
    # the original year in square brackets: the edition's year is the entry's
    ("Weyrich, Anton. [1867] 1976. *The Iron Calendar*. Translated by Ruth Bell. London: Harwood.", (("Weyrich",), "The Iron Calendar", "1976")),
    ("Weyrich, A. (1976 [1867]). *The iron calendar*. Harwood.", (("Weyrich",), "The iron calendar", "1976")),
    ("Weyrich, Anton. 1976 [1867]. *The Iron Calendar*. London: Harwood.", (("Weyrich",), "The Iron Calendar", "1976")),
    # not a German head: the colon is the title's (these read as before)
    ("Marchetti, Garibaldi: The Long March, 2004.", (("Marchetti",), "Garibaldi: The Long March", "2004")),
    ("Ostrander, Theodor W. Fenwick: A Life, 2013.", (("Ostrander",), "Theodor W. Fenwick: A Life", "2013")),
    ('Lih, Lenin Rediscovered: "What is to be Done?" in Context, 2008.', (("Lih",), 'Lenin Rediscovered: "What is to be Done?" in Context', "2008")),
    ("Lih, Lenin Rediscovered: “What is to be Done?” in Context. Leiden: Brill, 2008.", (("Lih",), "Lenin Rediscovered: “What is to be Done?” in Context", "2008")),
    ("Deutscher, Trotsky: The Eternal Revolutionary. London: Verso, 1980.", (("Deutscher",), "Trotsky: The Eternal Revolutionary", "1980")),
    ("Tollan, R. J. Salt Roads of the North. Harbor Books, 1979.", (("Tollan",), "Salt Roads of the North", "1979")),
]  # fmt: skip

# Lines that are no entry: no reading.
NOT_ENTRIES = [
    "Note: The following list gives only the works cited in the notes.",
    "Frankfurt a. M.: Suhrkamp 1978.",
    "Berlin: Dietz, 1958.",
    "Siehe dazu: Die Spaltung der Weber. Frankfurt a. M. 1978.",
    "Quellen und Literatur: Archivbestände. Berlin 1990.",
    "Society for Mills and Canals",
    "The Society for Mills and Canals met in Derby in 1993.",
    # places, publishers, journals, years, pages, addresses, prose with a colon
    "Leipzig: Harwood 1976.",
    "Αθήνα: Κάλβος, 1991.",
    "Berlin/Leipzig: Rabe 1980.",
    "In: Textile History 12 (1980), S. 5–19.",
    "Textile History 12, no. 2 (1980): 5–19.",
    "1976: 88.",
    "Hg. v. Karl Stieber: Berlin 1980.",
    "Siehe: https://example.org/weyrich/1976.",
    "Anmerkung: Die Jahre 1848/49 sind gemeint.",
    "Zitiert nach: Frankfurt a. M. 1978.",
    "Vgl. dazu: Die Spaltung. Berlin 1980.",
    "Quelle: eigene Berechnungen, 2004.",
    "Übersetzung: Ruth Bell.",
    "Stand: 12. März 2019.",
]


@pytest.mark.parametrize(("entry", "expected"), READ, ids=[r[0][:40] for r in READ])
def test_an_entry_is_read_by_its_shape(entry: str, expected: tuple) -> None:
    reading = read_entry(entry)
    assert reading is not None
    assert (reading.authors, reading.title, reading.year) == expected


@pytest.mark.parametrize("line", NOT_ENTRIES)
def test_a_line_that_is_no_entry_is_not_read(line: str) -> None:
    assert read_entry(line) is None


OTHER_NOTE = "Jane Doe, *An Unrelated Book* (London: Verso, 2000)."
OTHER_ENTRY = "Doe, Jane. *An Unrelated Book*. London: Verso, 2000."

# (shape, the full form's note, a later short form, the entry, the writer as the entry
# spells it, the entry's year): each entry cites one invented work.
DOCUMENTS = [
    ("DIN, italics", "Harald Quendt: *Die Spaltung der Weber*. Frankfurt a. M.: Lorbeer 1978, S. 23.", "Quendt: *Spaltung*, S. 41.", "Quendt, Harald: *Die Spaltung der Weber*. Frankfurt a. M.: Lorbeer 1978.", "Quendt", "1978"),
    ("DIN, plain", "Harald Quendt, *The Grain Ledger: Accounts of a Famine* (London: Marlow, 1987), 23.", "Quendt, *Grain Ledger*, 41.", "Quendt, Harald: *The Grain Ledger. Accounts of a Famine*. London: Marlow 1987.", "Quendt", "1987"),
    ("DIN, two by a slash", "Mira Osk and Tobias Venn, *Harbour Politics* (Leeds: Fenwick, 1999), 12.", "Osk and Venn, *Harbour Politics*, 14.", "Osk, Mira/Venn, Tobias: *Harbour Politics*. Leeds: Fenwick 1999.", "Osk", "1999"),
    ("DIN, two by und", "Mira Osk und Tobias Venn: *Harbour Politics*. Leeds: Fenwick 1999, S. 12.", "Osk/Venn: *Harbour Politics*, S. 14.", "Osk, Mira und Tobias Venn: *Harbour Politics*. Leeds: Fenwick 1999.", "Osk", "1999"),
    ("DIN, an editor", "Ute Brahms (Hg.): *Weberlieder*. Berlin: Rabe 1980, S. 5.", "Brahms: *Weberlieder*, S. 7.", "Brahms, Ute (Hg.): Weberlieder. Berlin: Rabe 1980.", "Brahms", "1980"),
    ("APA, a body", "Council for Rural Records, *A Survey of Parish Books* (Norwich: CRR, 2004), 3.", "Council for Rural Records, *Survey of Parish Books*, 5.", "Council for Rural Records. (2004). *A survey of parish books*. CRR.", "Records", "2004"),
    ("APA, a body with and", "Society for Mills and Canals, *The Lock Keepers* (Derby: Tallow, 1993), 3.", "Society for Mills and Canals, *Lock Keepers*, 5.", "Society for Mills and Canals. (1993). *The lock keepers*. Tallow.", "Canals", "1993"),
    ("APA, an editor", "Petra Lindqvist, ed., *Voices from the Quay* (Hull: Brand, 2002), 44.", "Lindqvist, *Voices from the Quay*, 46.", "Lindqvist, P. (Ed.). (2002). *Voices from the quay*. Brand.", "Lindqvist", "2002"),
    ("author-date, the original year", "Anton Weyrich, *The Iron Calendar*, trans. Ruth Bell (1867; repr., London: Harwood, 1976), 88.", "Weyrich, *Iron Calendar*, 90.", "Weyrich, Anton. [1867] 1976. *The Iron Calendar*. Translated by Ruth Bell. London: Harwood.", "Weyrich", "1976"),
    ("APA, the original year", "Anton Weyrich, *The Iron Calendar* (London: Harwood, 1976), 88.", "Weyrich, *Iron Calendar*, 90.", "Weyrich, A. (1976 [1867]). *The iron calendar*. Harwood.", "Weyrich", "1976"),
    ("Greek, two by και", "Γιάννης Παπαλεξίου και Μαρία Δρόσου, *Το λιμάνι* (Αθήνα: Κάλβος, 1991), σ. 23.", "Παπαλεξίου και Δρόσου, *Το λιμάνι*, σ. 41.", "Παπαλεξίου, Γ. και Δρόσου, Μ. (1991). *Το λιμάνι*. Αθήνα: Κάλβος.", "Παπαλεξίου", "1991"),
    # shapes read before, kept
    ("Chicago", "Harald Quendt, *The Grain Ledger: Accounts of a Famine* (London: Marlow, 1987), 23.", "Quendt, *Grain Ledger*, 41.", "Quendt, Harald. *The Grain Ledger: Accounts of a Famine*. London: Marlow, 1987.", "Quendt", "1987"),
    ("MLA, et al.", "Lina Haverkamp et al., *Counting the Poor* (Bristol: Ashcombe, 2011), 7.", "Haverkamp et al., *Counting the Poor*, 9.", "Haverkamp, Lina, et al. *Counting the Poor*. Ashcombe, 2011.", "Haverkamp", "2011"),
]  # fmt: skip


def _findings(notes: list[str], entries: list[str]) -> list[tuple[str, object]]:
    body = "Body text." + "".join(f" Text.[^{i}]" for i in range(1, len(notes) + 2)) + "\n\n"
    body += "".join(f"[^{i}]: {n}\n" for i, n in enumerate([*notes, OTHER_NOTE], 1))
    text = body + "\n## Works cited\n\n" + "\n\n".join([*entries, OTHER_ENTRY]) + "\n"
    result = lint_text(text, "C101", "C105", "C107", name="m.md")
    return [(f.rule, f.data.get("note")) for f in result.findings]


def _misspelt(name: str) -> str:
    return name[0] + name[2] + name[1] + name[3:]  # two inner letters swapped


IDS = [r[0] for r in DOCUMENTS]


@pytest.mark.parametrize(("shape", "full", "short", "entry", "writer", "year"), DOCUMENTS, ids=IDS)
def test_a_clean_document_has_no_finding(
    shape: str, full: str, short: str, entry: str, writer: str, year: str
) -> None:
    assert _findings([full, short], [entry]) == []


@pytest.mark.parametrize(("shape", "full", "short", "entry", "writer", "year"), DOCUMENTS, ids=IDS)
def test_the_entry_removed_is_missing(
    shape: str, full: str, short: str, entry: str, writer: str, year: str
) -> None:
    assert ("missing-reference", 1) in _findings([full, short], [])


@pytest.mark.parametrize(("shape", "full", "short", "entry", "writer", "year"), DOCUMENTS, ids=IDS)
def test_another_year_in_the_entry_is_inconsistent(
    shape: str, full: str, short: str, entry: str, writer: str, year: str
) -> None:
    changed = entry.replace(year, str(int(year) + 1))
    assert _findings([full], [changed]) == [("inconsistent-reference", 1)]


@pytest.mark.parametrize(("shape", "full", "short", "entry", "writer", "year"), DOCUMENTS, ids=IDS)
def test_the_writer_misspelt_in_the_entry_is_found(
    shape: str, full: str, short: str, entry: str, writer: str, year: str
) -> None:
    found = _findings([full], [entry.replace(writer, _misspelt(writer), 1)])
    assert ("inconsistent-reference", 1) in found
