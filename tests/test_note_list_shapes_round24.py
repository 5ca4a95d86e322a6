"""Works-cited entries read in their real shape, so that a right reading finds its entry
(issue 11, round 24: false `missing-reference` on clean documents).

Counted on the written check half (counts only): a right reading of a body's work matched no
entry because the list's entry for it was not read at all. Each class is a convention of
list practice, proven with invented writers, bodies and titles; every table holds at least
as many negatives as positives (lines that must read as before, documents where the
finding must still be made).

- A body as the list's author, named as it names itself (Chicago 14.92, MLA's organization
  as author, DIN 1505-2's Urheber): a lower-case adjective after one of its small words
  ("Committee for fair and Open Harbours", "Verband der freien Hafenarbeiter"), a German,
  French or Greek body's word ("Arbeitsgruppe", "Verband", "Comité", "Ένωση"), and a DIN
  entry of a body, with no comma before its colon ("Arbeitsgruppe Hafen: Chronik. …").
- Names set in bold at an entry's start (a house style's bold or small capitals, as a
  Markdown copy gives them: "**Varnbrook, Ottilie**. *Coastal Essays*. …").
- A generational suffix after the given names ("Tarrow, Ansel, Jr.", Chicago 14.75) and the
  particles of an inverted name after the given names ("Linden, Jane van der", Chicago 8.5):
  neither is the title.
"""

from __future__ import annotations

import pytest

from citecheck.bibliography.entry_shapes import read_entry
from citecheck.engine import LintOptions, lint_source
from tests.helpers import source_of
from tests.test_note_missing_by_convention import document, missing


def reading(line: str) -> tuple[tuple[str, ...], str, str] | None:
    found = read_entry(line)
    return None if found is None else (found.authors, found.title, found.year)


# (entry, (names, title, year)): each read otherwise before this round
READ = [
    ("Committee for fair and Open Harbours, *Wharfage*.", (("Committee for fair and Open Harbours",), "Wharfage", "")),
    ("Verband der freien Hafenarbeiter: Rundbrief. Hamburg: Eigenverlag 1962.", (("Verband der freien Hafenarbeiter",), "Rundbrief", "1962")),
    ("Arbeitsgruppe Hafen: Chronik. Hamburg: Eigenverlag 1980.", (("Arbeitsgruppe Hafen",), "Chronik", "1980")),
    ("Verband der Hafenarbeiter (Hg.): Rundbrief. Hamburg 1962.", (("Verband der Hafenarbeiter",), "Rundbrief", "1962")),
    ("Comité de grève des Docks. *Bulletin*. Marseille: CGD, 1947.", (("Comité de grève des Docks",), "Bulletin", "1947")),
    ("Ένωση Λιμενεργατών Πειραιά, *Το χρονικό*, Αθήνα: Κέδρος, 1975.", (("Ένωση Λιμενεργατών Πειραιά",), "Το χρονικό", "1975")),
    ("**Varnbrook, Ottilie**. *Coastal Essays*. Hull: Marren, 1981.", (("Varnbrook",), "Coastal Essays", "1981")),
    ("**Quendt, Ilse**: Die Weber. Frankfurt a. M.: Lorbeer 1978.", (("Quendt",), "Die Weber", "1978")),
    ("Tarrow, Ansel, Jr. *Why the Tide Turns*. Leeds: Corran, 1990.", (("Tarrow",), "Why the Tide Turns", "1990")),
    ("Tarrow, Ansel, Jr. Why the Tide Turns. Leeds: Corran, 1990.", (("Tarrow",), "Why the Tide Turns", "1990")),
    ("Tarrow, Ansel, Jr., and Mira Osk. *Tides*. Leeds: Corran, 1990.", (("Tarrow", "Osk"), "Tides", "1990")),
    ("Linden, Jane van der. *Polders and Power*. Leiden: Brill, 1992.", (("Linden",), "Polders and Power", "1992")),
    ("Hollweg, Anton von: Über die Deiche. Berlin 1836.", (("Hollweg",), "Über die Deiche", "1836")),
    ("Commission of the Harbours: Report. Hull 1961.", (("Commission of the Harbours",), "Report", "1961")),
    ("Harbour Workers' Federation: Report. Hull 1961.", (("Harbour Workers' Federation",), "Report", "1961")),
    ("Institut für Hafenkunde, *Jahrbuch*, 1984.", (("Institut für Hafenkunde",), "Jahrbuch", "1984")),
]  # fmt: skip

# (entry, its reading, as before this round): titles that only look like a body, bold that
# holds no names, names that only look like a suffix or a particle
READ_AS_BEFORE = [
    ("Korsch, Karl. *Marxism and Philosophy*. London: NLB, 1970.", (("Korsch",), "Marxism and Philosophy", "1970")),
    ("Party politics in Britain, *Harbour Essays*, 1990.", None),
    ("Notes on the new Party, *Harbour Essays*, 1990.", None),
    ("Party of the new Type. London: Verso, 1990.", None),
    ("The union of the Docks: Essays. London: Verso, 1990.", None),
    ("**Annual Report**. London: HMSO, 1961.", ((), "Annual Report", "1961")),
    ("Junior, Ansel. *Why the Tide Turns*. Leeds: Corran, 1990.", (("Junior",), "Why the Tide Turns", "1990")),
    ("Srinivasan, Ravi. *Salt Pans*. Leeds: Corran, 1990.", (("Srinivasan",), "Salt Pans", "1990")),
    ("Osk, Mira, and Jan de Vries. *Polders*. Leiden: Brill, 1992.", (("Osk", "de Vries"), "Polders", "1992")),
    ("Linden, Jane Vance. *Polders and Power*. Leiden: Brill, 1992.", (("Linden",), "Polders and Power", "1992")),
    ("Verband, Ute: Rundbrief. Hamburg 1962.", (("Verband",), "Rundbrief", "1962")),
    ("Union activity in the docks, 1990.", None),
    ("Geschichte der Partei: Eine Studie. Berlin 1980.", None),
    ("Hafen und Partei: Eine Studie. Hamburg 1980.", None),
    ("Arbeitsgruppe der freien: Chronik. Hamburg 1980.", None),
    ("Stiftung, Anna. *Deiche*. Hamburg, 1990.", (("Stiftung",), "Deiche", "1990")),
    ("Conseil, Marc. *Les Quais*. Paris: Minuit, 1999.", (("Conseil",), "Les Quais", "1999")),
    ("Verband, Ute und Tom Kolb: Rundbrief. Hamburg 1962.", (("Verband", "Kolb"), "Rundbrief", "1962")),
    ("Parti pris, *Essais*, 1970.", None),
    ("Ένωση και κράτος. Αθήνα: Κέδρος, 1975.", None),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), READ, ids=[r[0][:40] for r in READ])
def test_the_entry_is_read_in_its_shape(line: str, expected: tuple) -> None:
    assert reading(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"), READ_AS_BEFORE, ids=[r[0][:40] for r in READ_AS_BEFORE]
)
def test_other_lines_read_as_before(line: str, expected: tuple | None) -> None:
    assert reading(line) == expected


HARBOURS = "Committee for fair and Open Harbours, *Wharfage* (Leeds: Corran Press, 1977), 12."
HARBOURS_ENTRY = "Committee for fair and Open Harbours, *Wharfage*."
HAFEN = "Arbeitsgruppe Hafen, *Chronik* (Hamburg: Eigenverlag, 1980), S. 4."
HAFEN_ENTRY = "Arbeitsgruppe Hafen: Chronik. Hamburg: Eigenverlag 1980."
VARNBROOK = "Ottilie Varnbrook, *Coastal Essays* (Hull: Marren, 1981), 3."
VARNBROOK_ENTRY = "**Varnbrook, Ottilie**. *Coastal Essays*. Hull: Marren, 1981."

# (case, notes, works-cited entries, the notes reported)
DOCUMENTS = [
    ("a body with a lower-case adjective", [HARBOURS], [HARBOURS_ENTRY], []),
    ("a DIN entry of a body", [HAFEN], [HAFEN_ENTRY], []),
    ("names in bold", [VARNBROOK], [VARNBROOK_ENTRY], []),
    # negatives: the body's or writer's entry is of another work, or missing
    ("the body's other work", [HARBOURS], ["Committee for fair and Open Harbours, *Tonnage*."], [1]),
    ("the body's entry missing", [HARBOURS], ["Council for Rural Records, *Wharfage*."], [1]),
    ("the DIN body's other work", [HAFEN], ["Arbeitsgruppe Hafen: Jahrbuch. Hamburg: Eigenverlag 1980."], [1]),
    ("another DIN body, the same title", [HAFEN], ["Arbeitsgruppe Werft: Chronik. Hamburg: Eigenverlag 1980."], [1]),
    ("the bold writer's other work", [VARNBROOK], ["**Varnbrook, Ottilie**. *Inland Essays*. Hull: Marren, 1984."], [1]),
    ("another bold writer, the same title", [VARNBROOK], ["**Harrow, Ottilie**. *Coastal Essays*. Hull: Marren, 1981."], [1]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "notes", "entries", "reported"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS]
)
def test_a_right_reading_finds_its_entry(
    case: str, notes: list[str], entries: list[str], reported: list[int]
) -> None:
    assert missing(notes, entries) == reported, case


def test_the_tables_hold_at_least_as_many_negatives() -> None:
    assert len(READ_AS_BEFORE) >= len(READ)
    negatives = [d for d in DOCUMENTS if d[3]]
    assert len(negatives) >= len(DOCUMENTS) - len(negatives)


LAMPRAKOS = (
    "Κώστας Λαμπράκος, «Τα ελαιοτριβεία», στο *Δοκίμια για τη θάλασσα*, Αθήνα: Νεφέλη, 1984, σ. 12."
)
LAMPRAKOS_BOOK = "Λαμπράκος, Κώστας, *Δοκίμια για τη θάλασσα*, Αθήνα: Νεφέλη, 1984."
VAUTRIN = (
    "Pierre Vautrin, « Les quais », dans *Histoire des ports du Nord*, Paris, Minuit, 1999, p. 21."
)
VAUTRIN_BOOK = "Vautrin, Pierre. *Histoire des ports du Nord*. Paris: Minuit, 1999."
SANDOVAL = (
    "Gabriel Sandoval, «La marea», en *Historia de los puertos*, Madrid, Siruela, 1988, p. 4."
)
SANDOVAL_BOOK = "Sandoval, Gabriel. *Historia de los puertos*. Madrid: Siruela, 1988."

# A chapter cited in its book, the list giving the book (Chicago 14.107), where the note
# writes "in" in Greek, French or Spanish: (case, notes, entries, the notes reported)
PART_IN_BOOK = [
    ("a Greek chapter «…», στο its book", [LAMPRAKOS], [LAMPRAKOS_BOOK], []),
    ("a French chapter « … », dans its book", [VAUTRIN], [VAUTRIN_BOOK], []),
    ("a Spanish chapter «…», en its book", [SANDOVAL], [SANDOVAL_BOOK], []),
    # negatives: another book of the writer, the same title by another writer, another year
    ("the Greek writer's other book", [LAMPRAKOS], ["Λαμπράκος, Κώστας, *Τα λιμάνια του Αιγαίου*, Αθήνα: Νεφέλη, 1984."], [1]),
    ("the Greek book under another writer", [LAMPRAKOS], ["Θεοδώρου, Νίκος, *Δοκίμια για τη θάλασσα*, Αθήνα: Νεφέλη, 1984."], [1]),
    ("the French book of another year", [VAUTRIN], ["Vautrin, Pierre. *Histoire des ports du Nord*. Paris: Minuit, 1987."], [1]),
    ("the French writer's other book", [VAUTRIN], ["Vautrin, Pierre. *Le Havre et ses docks*. Paris: Minuit, 1999."], [1]),
    ("a Spanish place after en, no book", ["Gabriel Sandoval, «La marea», publicado en Madrid, Siruela, 1988, p. 4."], [SANDOVAL_BOOK], [1]),
    ("the Spanish book under another writer", [SANDOVAL], ["Ortega, Lucía. *Historia de los puertos*. Madrid: Siruela, 1988."], [1]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "notes", "entries", "reported"), PART_IN_BOOK, ids=[d[0] for d in PART_IN_BOOK]
)
def test_a_part_is_in_its_book_in_other_languages(
    case: str, notes: list[str], entries: list[str], reported: list[int]
) -> None:
    assert missing(notes, entries) == reported, case


def test_the_part_table_holds_at_least_as_many_negatives() -> None:
    negatives = [d for d in PART_IN_BOOK if d[3]]
    assert len(negatives) >= len(PART_IN_BOOK) - len(negatives)


# A list gives the edition used and names the other after a cue (Chicago 14.109, German
# "frz. Original:", Greek "Τίτλος πρωτοτύπου:"): (entry, (other title, its year) or None)
OTHER_EDITIONS = [
    ("Dourmand, Lisette. *The Weaver's Year*. London: Harl, 1988. Originally published as *L'Année du tisserand* (Paris: Minuit, 1979).", ("L'Année du tisserand", "1979")),
    ("Dourmand, Lisette. *The Weaver's Year*. London: Harl, 1988. Originally published in French as *L'Année du tisserand* (Paris: Minuit, 1979).", ("L'Année du tisserand", "1979")),
    ("Dourmand, Lisette: Das Weberjahr. Berlin: Rabe 1988 (frz. Original: L'Année du tisserand. Paris 1979).", ("L'Année du tisserand", "1979")),
    ("Ντουρμάν, Λιζέτ, *Ο χρόνος του υφαντή*, Αθήνα: Κέδρος, 1990. Τίτλος πρωτοτύπου: *L'Année du tisserand*, Paris 1979.", ("L'Année du tisserand", "1979")),
    ("Dourmand, Lisette. *L'Année du tisserand*. Paris: Minuit, 1979. Translated as *The Weaver's Year* (London: Harl, 1988).", ("The Weaver's Year", "1988")),
    # negatives: no cue, a cue's word inside a title or prose, a cue with no title after it
    ("Reeve, Halden. *The Original Sin*. London: Harl, 1990.", None),
    ("Reeve, Halden. *Origins of the Docks*. London: Harl, 1990.", None),
    ("Reeve, Halden. *Tides*. Translated by Kit Aldous. London: Harl, 1990.", None),
    ("Reeve, Halden. *Tides*. London: Harl, 1990. Originally published in *Harbour Review* 12 (1979).", None),
    ("Reeve, Halden. *Tides*. London: Harl, 1990. The original was lost.", None),
    ("Reeve, Halden: Gezeiten. Berlin 1990 (Original: 1979).", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "expected"), OTHER_EDITIONS, ids=[r[0][:50] for r in OTHER_EDITIONS]
)
def test_the_other_edition_an_entry_names(line: str, expected: tuple[str, str] | None) -> None:
    from citecheck.bibliography.entry_other_editions import other_edition

    found = other_edition(line)
    assert (None if found is None else (found.title, found.year)) == expected


ORIGINAL = "Lisette Dourmand, *L'Année du tisserand* (Paris: Minuit, 1979), 4."
TRANSLATION_ENTRY = "Dourmand, Lisette. *The Weaver's Year*. Translated by Kit Aldous. London: Harl, 1988. Originally published as *L'Année du tisserand* (Paris: Minuit, 1979)."

# (case, notes, entries, the notes reported)
EDITION_DOCUMENTS = [
    ("the original cited, the translation listed", [ORIGINAL], [TRANSLATION_ENTRY], []),
    ("a DIN entry's original", ["Lisette Dourmand: L'Année du tisserand. Paris: Minuit 1979, S. 4."], ["Dourmand, Lisette: Das Weberjahr. Berlin: Rabe 1988 (frz. Original: L'Année du tisserand. Paris 1979)."], []),
    ("a Greek entry's original", [ORIGINAL], ["Ντουρμάν, Λιζέτ, *Ο χρόνος του υφαντή*, Αθήνα: Κέδρος, 1990. Τίτλος πρωτοτύπου: *L'Année du tisserand*, Paris 1979."], []),
    # negatives: the list names no original, another work of the writer, the same title by
    # another writer, a year of neither edition
    ("the translation listed alone", [ORIGINAL], ["Dourmand, Lisette. *The Weaver's Year*. Translated by Kit Aldous. London: Harl, 1988."], [1]),
    ("the writer's other work", ["Lisette Dourmand, *Le Métier* (Paris: Minuit, 1983), 4."], [TRANSLATION_ENTRY], [1]),
    ("the same title by another writer", ["Marc Tessier, *L'Année du tisserand* (Paris: Minuit, 1979), 4."], [TRANSLATION_ENTRY], [1]),
    ("a year of neither edition", ["Lisette Dourmand, *L'Année du tisserand* (Paris: Minuit, 1970), 4."], [TRANSLATION_ENTRY], [1]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "notes", "entries", "reported"),
    EDITION_DOCUMENTS,
    ids=[d[0] for d in EDITION_DOCUMENTS],
)
def test_a_note_may_cite_the_edition_the_list_names_second(
    case: str, notes: list[str], entries: list[str], reported: list[int]
) -> None:
    assert missing(notes, entries) == reported, case


def test_the_edition_tables_hold_at_least_as_many_negatives() -> None:
    assert len([r for r in OTHER_EDITIONS if r[1] is None]) >= len(OTHER_EDITIONS) / 2
    negatives = [d for d in EDITION_DOCUMENTS if d[3]]
    assert len(negatives) >= len(EDITION_DOCUMENTS) - len(negatives)


def author_slips(notes: list[str], entries: list[str]) -> list[int]:
    """The notes reported as giving another spelling of the listed writer's name."""
    result = lint_source(source_of(document(notes, entries), "m.md"), LintOptions(select=("C107",)))
    return sorted({f.data.get("note") for f in result.findings if "the author of" in f.message})


KONTOMBOLIS_ENTRY = "Κοντομπόλης, Νίκος. *Η θάλασσα*. Αθήνα: Κέδρος, 1990."
KANTARTZIS_ENTRY = "Καντάρτζης, Αντώνης. *Τα λιμάνια*. Αθήνα: Κέδρος, 1992."

# A Greek name in Latin letters, its nasal pairs written "mb"/"mp", "nd"/"nt", "ng"/"gk"
# (ELOT 743 and the spoken spellings: "Lambrakis" / "Λαμπράκης"): (case, notes, entries,
# the notes reported missing)
TRANSLITERATED = [
    ("mb for μπ", ["Nikos Kontombolis, *I thalassa* (Athens: Kedros, 1990), 3."], [KONTOMBOLIS_ENTRY], []),
    ("nt for ντ", ["Antonis Kantartzis, *Ta limania* (Athens: Kedros, 1992), 3."], [KANTARTZIS_ENTRY], []),
    # negatives: another writer, the writer's other work, a title of another writer
    ("another Greek writer", ["Nikos Kontoglou, *I thalassa* (Athens: Kedros, 1990), 3."], [KONTOMBOLIS_ENTRY], [1]),
    ("another writer alike but for a syllable", ["Antonis Kandaris, *Ta limania* (Athens: Kedros, 1992), 3."], [KANTARTZIS_ENTRY], [1]),
    ("the writer's other work", ["Nikos Kontombolis, *To limani* (Athens: Kedros, 1990), 3."], [KONTOMBOLIS_ENTRY], [1]),
    ("the title listed under another writer", ["Nikos Kontombolis, *Ta limania* (Athens: Kedros, 1992), 3."], [KANTARTZIS_ENTRY], [1]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "notes", "entries", "reported"), TRANSLITERATED, ids=[d[0] for d in TRANSLITERATED]
)
def test_a_transliterated_name_finds_its_entry(
    case: str, notes: list[str], entries: list[str], reported: list[int]
) -> None:
    assert missing(notes, entries) == reported, case


LAMPRAKOS_ENTRY = "Λαμπράκος, Κώστας. *Τα ελαιοτριβεία*. Αθήνα: Νεφέλη, 1984."

# (case, notes, entries, the notes reported as giving another spelling): a slip across the
# scripts was not matched before, so it was reported as missing, not as a slip
TRANSLITERATED_SPELLINGS = [
    ("mb for μπ is no slip", ["Kostas Lambrakos, *Ta elaiotriveia* (Athens: Nefeli, 1984), 12."], [LAMPRAKOS_ENTRY], []),
    ("a vowel slip across scripts", ["Kostas Lambrakis, *Ta elaiotriveia* (Athens: Nefeli, 1984), 12."], [LAMPRAKOS_ENTRY], [1]),
    ("a consonant slip across scripts", ["Kostas Lambrafos, *Ta elaiotriveia* (Athens: Nefeli, 1984), 12."], [LAMPRAKOS_ENTRY], [1]),
    # negatives: another writer, a slip in one script, the same name in one script
    ("another writer across scripts", ["Kostas Lambropoulos, *Ta elaiotriveia* (Athens: Nefeli, 1984), 12."], [LAMPRAKOS_ENTRY], []),
    ("a slip in Greek letters", ["Κώστας Λαμπράκης, *Τα ελαιοτριβεία* (Αθήνα: Νεφέλη, 1984), σ. 12."], [LAMPRAKOS_ENTRY], [1]),
    ("a slip in Latin letters", ["Kostas Lambrakos, *Ta elaiotriveia* (Athens: Nefeli, 1984), 12."], ["Lambrakis, Kostas. *Ta elaiotriveia*. Athens: Nefeli, 1984."], [1]),
    ("the same name in Greek letters", ["Κώστας Λαμπράκος, *Τα ελαιοτριβεία* (Αθήνα: Νεφέλη, 1984), σ. 12."], [LAMPRAKOS_ENTRY], []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "notes", "entries", "reported"),
    TRANSLITERATED_SPELLINGS,
    ids=[d[0] for d in TRANSLITERATED_SPELLINGS],
)
def test_a_transliteration_is_no_slip(
    case: str, notes: list[str], entries: list[str], reported: list[int]
) -> None:
    assert author_slips(notes, entries) == reported, case


def test_the_transliteration_tables_hold_at_least_as_many_negatives() -> None:
    # the positives open each table: 2 and 3 rows
    assert len(TRANSLITERATED[2:]) >= len(TRANSLITERATED[:2])
    assert len(TRANSLITERATED_SPELLINGS[3:]) >= len(TRANSLITERATED_SPELLINGS[:3])
