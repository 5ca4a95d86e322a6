"""A writer's surname written two ways by convention in a note and its entry (issue 11).

Every note and entry here is written for this table (invented writers and titles). A Greek
note declines a surname its list gives in the nominative ("του Νίκου Δρόσου" / "Δρόσος,
Νίκος"), a German one writes an umlaut out ("Boehme" / "Böhme", DIN 5007-2), and a note
and a list may give one name in Greek and in Latin letters ("Alexis Tsipras" / "Τσίπρας,
Αλέξης"; "Κ. Μαρξ" / "Marx, Karl"): each was a false inconsistent-reference ("make them
agree") or a false missing-reference on a clean document. The negatives: another writer
(a name that differs by more than its case or script, "Μηλιός" / "Miles"), the entry
removed, another year, a real misspelling (two letters swapped), which must still be
found; and the name pairs that are not one name by any convention.
"""

from __future__ import annotations

import pytest

from citecheck.bibliography.name_forms import same_by_convention
from tests.helpers import lint_text

# (a, b, one writer's name by a convention)
PAIRS = [
    ("Δρόσου", "Δρόσος", True),
    ("Τσίπρα", "Τσίπρας", True),
    ("Παπαδοπούλου", "Παπαδόπουλος", True),
    ("Boehme", "Böhme", True),
    ("Mueller", "Müller", True),
    ("Tsipras", "Τσίπρας", True),
    ("Μαρξ", "Marx", True),
    ("Καστοριάδης", "Castoriadis", True),
    ("Πουλαντζάς", "Poulantzas", True),
    ("Μηλιός", "Milios", True),
    # not one name
    ("Μηλιός", "Miles", False),
    ("Marx", "Μηλιός", False),
    ("Δρόσου", "Δρόσα", False),
    ("Γεωργίου", "Γεωργίου", False),  # the same spelling: no convention needed
    ("Boehm", "Böhme", False),
    ("Marx", "Marks", False),  # both Latin: a slip, not a script
    ("Μαρξ", "Μάρκς", False),  # both Greek
    ("Drosos", "Drosou", False),  # Latin letters decline no Greek case
    ("Lenz", "Λένιν", False),
    ("Bo", "Βο", False),  # too short to tell
]


@pytest.mark.parametrize(("a", "b", "same"), PAIRS)
def test_one_name_by_convention(a: str, b: str, same: bool) -> None:
    assert same_by_convention(a, b) is same
    assert same_by_convention(b, a) is same


OTHER_NOTE = "Jane Doe, *An Unrelated Book* (London: Verso, 2000)."
OTHER_ENTRY = "Doe, Jane. *An Unrelated Book*. London: Verso, 2000."

# (convention, note, entry, the entry's surname, the entry's year)
DOCUMENTS = [
    ("a Greek genitive after a cue", "Βλ. το βιβλίο του Νίκου Δρόσου, *Το λιμάνι* (Αθήνα: Κάλβος, 1991), σ. 23.", "Δρόσος, Νίκος. *Το λιμάνι*. Αθήνα: Κάλβος, 1991.", "Δρόσος", "1991"),
    ("a Greek genitive in -α", "Αλέξη Τσίπρα, *Ο δρόμος* (Αθήνα: Κάλβος, 2015), σ. 23.", "Τσίπρας, Αλέξης. *Ο δρόμος*. Αθήνα: Κάλβος, 2015.", "Τσίπρας", "2015"),
    ("an umlaut written out", "Ulf Boehme, *Die Weber* (Berlin: Rabe, 1980), 12.", "Böhme, Ulf. *Die Weber*. Berlin: Rabe, 1980.", "Böhme", "1980"),
    ("Latin note, Greek list, title transliterated", "Alexis Tsipras, *O dromos* (Athens: Kalvos, 2015), 23.", "Τσίπρας, Αλέξης. *Ο δρόμος*. Αθήνα: Κάλβος, 2015.", "Τσίπρας", "2015"),
    ("Latin note, Greek list", "Alexis Tsipras, *Ο δρόμος* (Αθήνα: Κάλβος, 2015), 23.", "Τσίπρας, Αλέξης. *Ο δρόμος*. Αθήνα: Κάλβος, 2015.", "Τσίπρας", "2015"),
    ("Greek note, Latin list", "Κ. Μαρξ, *Das Kapital* (Hamburg: Meissner, 1867), σ. 23.", "Marx, Karl. *Das Kapital*. Hamburg: Meissner, 1867.", "Marx", "1867"),
    ("Greek note, Latin list, a digraph", "Ρ. Καστοριάδης, *L’institution imaginaire* (Paris: Seuil, 1975), σ. 23.", "Castoriadis, Rémi. *L’institution imaginaire*. Paris: Seuil, 1975.", "Castoriadis", "1975"),
]  # fmt: skip
IDS = [r[0] for r in DOCUMENTS]


def _findings(note: str, entries: list[str]) -> list[tuple[str, object]]:
    text = (
        f"Body text.[^1] More.[^2]\n\n[^1]: {note}\n[^2]: {OTHER_NOTE}\n\n## Works cited\n\n"
        + "\n\n".join([*entries, OTHER_ENTRY])
        + "\n"
    )
    result = lint_text(text, "C101", "C105", "C107", name="m.md")
    return [(f.rule, f.data.get("note")) for f in result.findings]


@pytest.mark.parametrize(("convention", "note", "entry", "surname", "year"), DOCUMENTS, ids=IDS)
def test_a_clean_document_has_no_finding(
    convention: str, note: str, entry: str, surname: str, year: str
) -> None:
    assert _findings(note, [entry]) == []


@pytest.mark.parametrize(("convention", "note", "entry", "surname", "year"), DOCUMENTS, ids=IDS)
def test_the_entry_removed_is_missing(
    convention: str, note: str, entry: str, surname: str, year: str
) -> None:
    assert _findings(note, []) == [("missing-reference", 1)]


@pytest.mark.parametrize(("convention", "note", "entry", "surname", "year"), DOCUMENTS, ids=IDS)
def test_another_year_is_inconsistent(
    convention: str, note: str, entry: str, surname: str, year: str
) -> None:
    changed = entry.replace(year, str(int(year) + 1))
    assert _findings(note, [changed]) == [("inconsistent-reference", 1)]


@pytest.mark.parametrize(("convention", "note", "entry", "surname", "year"), DOCUMENTS, ids=IDS)
def test_a_misspelling_in_the_entry_is_still_found(
    convention: str, note: str, entry: str, surname: str, year: str
) -> None:
    misspelt = surname[0] + surname[2] + surname[1] + surname[3:]
    found = _findings(note, [entry.replace(surname, misspelt, 1)])
    assert found and set(found) <= {("inconsistent-reference", 1), ("missing-reference", 1)}


# Another writer of the same title, whose name is no form of the note's: not matched.
def test_another_writer_in_the_other_script_is_not_the_entry() -> None:
    note = "Jean Miles, *Ο δρόμος* (Αθήνα: Κάλβος, 2015), 23."
    entry = "Μηλιός, Γιάννης. *Ο δρόμος*. Αθήνα: Κάλβος, 2015."
    assert ("missing-reference", 1) in _findings(note, [entry])
