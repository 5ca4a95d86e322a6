"""Issue 11: Greek works with no person as their writer, the words that lead into a work,
and the days of the week.

Constructed rows written for this table (invented bodies, archives, papers and titles; no
corpus text), from the conventions of Greek historical notes:

- an archive's document: the archive's acronym and fonds (named after a person, who is not
  the document's writer), a call number ("φάκ.", "κουτί"), the title and date: no writer;
- a paper's editorial ("το κύριο άρθρο του *Βήματος*, «…», 14 Μαρτίου 1991") or an unsigned
  piece ("ανυπόγραφο άρθρο"): the paper is no writer;
- a body that signs a pamphlet, with the name it goes by in guillemets ("Ένωση Αριστερών
  Φοιτητών «Πρόταση», *…*"), or in the genitive after the kind of work ("την μπροσούρα της
  Ομάδας …"), or a political group's name ("Πρωτοβουλία …"): the whole name is the writer;
- a lead-in before a work ("Ενδεικτικά,", "Π.χ.", "Για παράδειγμα,", "· ή, από την άλλη
  πλευρά,"): no one's surname;
- a day of the week before a year ("Σημειώσεις της Δευτέρας, 2016") is no author, as the
  English days are not.

Half the rows or more are negatives: an archive or a body named with a place and a year,
an editorial named in prose, a lead-in before a place and a publisher, a day before a year:
no reading and no author-year citation. Each row is read as Markdown and as a web copy
(emphasis stripped); the readings are the note's: (form, surnames, title, year)."""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, one_note_readings, surnames_read, web_copy


def full(surname: str, title: str, year: str) -> Reading:
    return ("full", (surname,) if surname else (), title, year)


STRIKES = "Δ. Φωτεινός, *Οι απεργίες του μεσοπολέμου*, Αθήνα: Κέδρος, 1984"
STRIKES_READ = full("Φωτεινός", "Οι απεργίες του μεσοπολέμου", "1984")

# (class, note, readings)
CASES: list[tuple[str, str, list[Reading]]] = [
    # an archive's document
    (
        "archive: acronym, fonds, folder, title in guillemets, a numeric date",
        "ΕΛΙΑ, Αρχείο Μ. Δρακοπούλου, φάκ. 7/2, «Απόφαση της Νομαρχιακής Επιτροπής Λάρισας», "
        "12/4/1976.",
        [full("", "Απόφαση της Νομαρχιακής Επιτροπής Λάρισας", "1976")],
    ),
    (
        "archive: a box and a folder, a title in italics, a month and year",
        "ΓΑΚ, Αρχείο Π. Σταυρίδη, κουτί 3, φάκ. 12, *Υπόμνημα προς το Υπουργείο*, Ιούνιος 1951.",
        [full("", "Υπόμνημα προς το Υπουργείο", "1951")],
    ),
    (
        "archive: the fonds alone, a year",
        "Αρχείο Ν. Βλάχου, φάκ. 5, «Σημειώσεις για τη συνδιάσκεψη», 1964.",
        [full("", "Σημειώσεις για τη συνδιάσκεψη", "1964")],
    ),
    (
        "archive: a Latin acronym, a dotted date",
        "IISG, Αρχείο Λ. Πετρίδη, φάκ. 2, «Επιστολή προς την Κεντρική Επιτροπή», 3.5.1937.",
        [full("", "Επιστολή προς την Κεντρική Επιτροπή", "1937")],
    ),
    ("negative archive: an acronym, a place and a year", "ΑΣΚΙ, Αθήνα, 1975.", []),
    ("negative archive: a fonds and a folder, no title", "Αρχείο Ν. Βλάχου, φάκ. 5.", []),
    (
        "negative archive: an archive in prose",
        "Το αρχείο της ΕΔΑ, φάκ. 3, χάθηκε το 1967.",
        [],
    ),
    (
        "negative archive: a party's book is the party's, no archive",
        "ΚΚΕ, *Η κρίση της πόλης*, Αθήνα 1975.",
        [full("ΚΚΕ", "Η κρίση της πόλης", "1975")],
    ),
    # an editorial, an unsigned piece
    (
        "editorial: κύριο άρθρο of a paper in the genitive",
        "Βλ. το κύριο άρθρο της *Εποχής*, «Η κρίση δεν τελείωσε», 3.2.1982.",
        [full("", "Η κρίση δεν τελείωσε", "1982")],
    ),
    (
        "editorial: after a work and ή, από την άλλη πλευρά",
        "Π. Ραζής, *Η σκιά*, Αθήνα: Γνώση, 1990· ή, από την άλλη πλευρά, το κύριο άρθρο του "
        "*Βήματος*, «Πού πάει η αριστερά;», 14 Μαρτίου 1991.",
        [full("Ραζής", "Η σκιά", "1990"), full("", "Πού πάει η αριστερά;", "1991")],
    ),
    (
        "editorial: ανυπόγραφο άρθρο in a paper",
        "Βλ. ανυπόγραφο άρθρο στην εφ. *Η Πρωινή*, «Οι απεργοί της Λάρισας», 5/6/1958.",
        [full("", "Οι απεργοί της Λάρισας", "1958")],
    ),
    (
        "negative editorial: named in prose",
        "Το κύριο άρθρο της εφημερίδας εκείνης το έγραψε ο Ραζής το 1958.",
        [],
    ),
    ("negative editorial: no title", "Βλ. το κύριο άρθρο του *Βήματος*, 14 Μαρτίου 1991.", []),
    (
        "negative editorial: a title and no date",
        "Βλ. το κύριο άρθρο του *Βήματος*, «Πού πάει η αριστερά;».",
        [],
    ),
    # a body signs
    (
        "body: after the kind of work, in the genitive, with its name in guillemets",
        "Βλ. την μπροσούρα της Ομάδας Επαναστατών Εργατών «Σπίθα», *Για την οργάνωση*, Λονδίνο 1969.",
        [full("Ομάδας Επαναστατών Εργατών «Σπίθα»", "Για την οργάνωση", "1969")],
    ),
    (
        "body: its name in guillemets is no title",
        "Ένωση Αριστερών Φοιτητών «Πρόταση», *Θέσεις για το πανεπιστήμιο*, Αθήνα 1979.",
        [full("Ένωση Αριστερών Φοιτητών «Πρόταση»", "Θέσεις για το πανεπιστήμιο", "1979")],
    ),
    (
        "body: a political group's initiative, a month and year",
        "Πρωτοβουλία Αριστερών Εκπαιδευτικών, *Διακήρυξη για το σχολείο*, Αθήνα, Ιούνιος 1985.",
        [full("Πρωτοβουλία Αριστερών Εκπαιδευτικών", "Διακήρυξη για το σχολείο", "1985")],
    ),
    ("negative body: a body, a place and a year", "Η Ένωση Αριστερών Φοιτητών, Αθήνα, 1979.", []),
    (
        "negative body: the genitive of a body in prose",
        "Τα μέλη της Ομάδας Επαναστατών Εργατών «Σπίθα» ήταν λίγα το 1969.",
        [],
    ),
    # lead-ins
    (
        "lead-in: Ενδεικτικά and a comma",
        f"Ενδεικτικά, {STRIKES}.",
        [STRIKES_READ],
    ),
    ("lead-in: Π.χ.", f"Π.χ. {STRIKES}.", [STRIKES_READ]),
    ("lead-in: Για παράδειγμα", f"Για παράδειγμα, {STRIKES}.", [STRIKES_READ]),
    (
        "lead-in: a second work after ή, από την άλλη πλευρά",
        f"{STRIKES}· ή, από την άλλη πλευρά, Α. Λιναρδάτου, «Η εργατική τάξη», περ. "
        "*Νέα Ιστορία*, τχ. 7, 1991, σ. 4-19.",
        [STRIKES_READ, full("Λιναρδάτου", "Η εργατική τάξη", "1991")],
    ),
    (
        "negative lead-in: Ενδεικτικά, a place and a publisher",
        "Ενδεικτικά, Αθήνα: Κέδρος, 1984.",
        [],
    ),
    ("negative lead-in: Π.χ. a place and a year", "Π.χ. Αθήνα, 1984.", []),
    (
        "negative lead-in: ή, από την άλλη πλευρά in prose",
        "ή, από την άλλη πλευρά, η Αθήνα το 1984.",
        [],
    ),
    # days of the week
    (
        "negative day: a blog named after a Monday, before a year",
        "Ο Β. παρέπεμψε στο άρθρο του «Η αριστερά» (Σημειώσεις της Δευτέρας, 2016).",
        [],
    ),
    ("negative day: Sunday's paper and a year", "Βλ. Κυριακής, 1985, σ. 4.", []),
    ("negative day: a Tuesday in brackets", "Η απεργία της Τρίτης (Τρίτη, 1985) έμεινε.", []),
]


@pytest.mark.parametrize("rendering", ["markdown", "web"])
@pytest.mark.parametrize(("note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reading(note: str, expected: list[Reading], rendering: str) -> None:
    if rendering == "web":
        note = web_copy(note)
    assert one_note_readings(note) == expected


NEGATIVES = [c for c in CASES if c[0].startswith("negative") and not c[2]]


@pytest.mark.parametrize("note", [c[1] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_negatives_give_no_author(note: str) -> None:
    """A negative row names no author to either reader: no archive, paper, place, lead-in
    or day of the week."""
    assert surnames_read(note) == set()


def test_a_surname_before_a_year_is_still_read() -> None:
    """The days are whole words: a surname that opens like one is still an author."""
    assert "Τριτάκης" in surnames_read("Βλ. Τριτάκης, 1985, σ. 4.")
