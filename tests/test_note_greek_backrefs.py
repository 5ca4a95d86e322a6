"""Issue 11: Greek back-references, and "the same writer" before a second work.

Constructed rows written for this table (invented writers and titles, no corpus text), from
the conventions of Greek notes:

- "Ό.π." (όπου παραπάνω, op. cit.) is recorded as written (the truth schema's rule for
  back-references): alone ("Ό.π., σελ. 47 κ.ε.", "ο.π.", "Ό.π. (σημ. 1)") it is an op. cit.
  that names no writer, as a bare "Op. cit." or "Loc. cit." is; after a writer named in
  prose in any case ("το κεφ. 3 του Νικολαΐδη, ό.π.", "ο Νικολαΐδης στον επίλογό του (ό.π.,
  σελ. 402)") it is that writer's. A writer in the genitive or accusative is read only when
  an earlier note cites that writer (in any case): the same words may be a place's.
- "της ίδιας" / "Ο ίδιος" / "του ιδίου" (the same writer) before a work's title is the
  writer of the work before, in the same note or the note before; Latin "Idem" keeps its
  form, as written, with the work's title.

Half the rows are negatives: "ό.π." inside prose, a place or a title in the genitive before
"ό.π.", "Ο ίδιος" in prose, "Στο ίδιο" (Ibid.), places, publishers and years: no reading
and no author-year citation. Each row is read as Markdown and as a web copy (emphasis
stripped); the readings are those of its last note: (form, surnames, title, year)."""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, surnames_read, web_copy
from tests.note_tables import last_note_readings as readings
from tests.test_note_citation_rules import findings, manuscript

CITY = "Α. Νικολαΐδης, *Η πόλη και το κράτος*, Αθήνα: Κέδρος, 1987, σ. 12."
WOMAN = "Ελένη Ρήγα, *Οι εργάτριες του καπνού*, Θεσσαλονίκη: Παρατηρητής, 1994."
MAN_OS = "Β. Παπαδόπουλος, *Τα λιμάνια*, Αθήνα: Νήσος, 2001."


def op_cit(surname: str = "") -> Reading:
    return ("op-cit", (surname,) if surname else (), "", "")


# (class, notes, readings of the last note)
CASES: list[tuple[str, list[str], list[Reading]]] = [
    # op. cit. alone: as written, no writer
    ("bare: Ό.π. and pages", [CITY, "Ό.π., σελ. 47 κ.ε."], [op_cit()]),
    ("bare: ο.π. without its accent", [CITY, "ο.π., σ. 4."], [op_cit()]),
    ("bare: Ό.π. and the note it points to", [CITY, "Ό.π. (σημ. 1), σελ. 90-91."], [op_cit()]),
    ("bare: Op. cit. in a Greek note", [CITY, "Op. cit., σ. 5."], [op_cit()]),
    ("bare: Loc. cit.", [CITY, "Loc. cit."], [("loc-cit", (), "", "")]),
    ("bare: Βλ. ό.π.", [CITY, "Βλ. ό.π., σ. 8."], [op_cit()]),
    ("negative bare: ό.π. before prose", [CITY, "Βλ. ό.π. την ανάλυση της Αθήνας."], []),
    ("negative bare: Ο. as an initial", [CITY, "Ο. Πετρίδης, Αθήνα, 1990."], []),
    ("negative bare: όπως in prose", [CITY, "Όπως είδαμε, σελ. 12."], []),
    ("negative bare: Στο ίδιο is Ibid.", [CITY, "Στο ίδιο, σ. 70."], [("ibid", (), "", "")]),
    # a writer in prose before ό.π.
    (
        "prose: a writer in the genitive after a chapter",
        [CITY, "Βλ. ιδίως το κεφ. 3 του Νικολαΐδη, ό.π., σσ. 98 κ.ε."],
        [op_cit("Νικολαΐδη")],
    ),
    (
        "prose: a writer in the genitive, ό.π. in brackets",
        [CITY, "Η ανάλυση του Νικολαΐδη (ό.π., σ. 410) μένει η πληρέστερη."],
        [op_cit("Νικολαΐδη")],
    ),
    (
        "prose: a genitive in -ου of a surname in -ος",
        [MAN_OS, "Πρβλ. τον σχολιασμό του Παπαδοπούλου, ό.π., σ. 102-104."],
        [op_cit("Παπαδοπούλου")],
    ),
    (
        "prose: a woman's surname after της",
        [WOMAN, "Πρβλ. την κριτική της Ρήγα (ό.π., σ. 12)."],
        [op_cit("Ρήγα")],
    ),
    (
        "prose: words between the writer and a bracketed ό.π.",
        [
            CITY,
            "Την ίδια διατύπωση χρησιμοποιεί και ο Νικολαΐδης στον επίλογό του (ό.π., σελ. 402).",
        ],
        [op_cit("Νικολαΐδης")],
    ),
    (
        "prose: a surname and ό.π. pointing to its note",
        [CITY, "Νικολαΐδης, ό.π. (σημ. 1), σ. 14."],
        [op_cit("Νικολαΐδης")],
    ),
    (
        "negative prose: a place in the genitive before ό.π.",
        [CITY, "Για τον πληθυσμό της Αθήνας, ό.π., σ. 12."],
        [],
    ),
    (
        "negative prose: a writer in the genitive no note cited",
        [CITY, "Βλ. το κεφ. 3 του Σταθόπουλου, ό.π., σ. 98."],
        [],
    ),
    (
        "negative prose: a place among the words before ό.π.",
        [CITY, "Το ίδιο συνέβη και στην Πάτρα το 1923 (ό.π., σ. 12)."],
        [],
    ),
    (
        "negative prose: a neuter article before a title",
        [CITY, "Το Κεφάλαιο, ό.π., σ. 12."],
        [],
    ),
    (
        "negative prose: a clause's comma after the words",
        [CITY, "Ο Νικολαΐδης γράφει στον επίλογό του, ό.π., ότι η πόλη άλλαξε."],
        [],
    ),
    # the same writer before a second work
    (
        "same writer: της ίδιας after the ano teleia",
        [
            "Πρβλ. Margaret Ellwood, *The Quiet Consent*, London: Verso, 1991, pp. 88-94· "
            "επίσης της ίδιας, «Ghosts of Turin», *Polity Notes* 17/2 (1993), σ. 23-41."
        ],
        [
            ("full", ("Ellwood",), "The Quiet Consent", "1991"),
            ("full", ("Ellwood",), "Ghosts of Turin", "1993"),
        ],
    ),
    (
        "same writer: ο ίδιος after a semicolon",
        [f"{CITY[:-1]}; ο ίδιος, «Οι συνοικίες», *Θέσεις* 12 (1990), σ. 3-20."],
        [
            ("full", ("Νικολαΐδης",), "Η πόλη και το κράτος", "1987"),
            ("full", ("Νικολαΐδης",), "Οι συνοικίες", "1990"),
        ],
    ),
    (
        "same writer: Του ιδίου opening the next note",
        [CITY, "Του ιδίου, *Η πόλη ξανά*, Αθήνα: Κέδρος, 1990."],
        [("full", ("Νικολαΐδης",), "Η πόλη ξανά", "1990")],
    ),
    (
        "same writer: Latin Idem keeps its form, with the title",
        [CITY, "Idem, *Η πόλη ξανά*, Αθήνα: Κέδρος, 1990."],
        [("idem", (), "Η πόλη ξανά", "1990")],
    ),
    (
        "same writer: του ιδίου and ό.π.",
        [CITY, "Του ιδίου, ό.π., σ. 14."],
        [op_cit("Νικολαΐδης")],
    ),
    (
        "negative same writer: Ο ίδιος and a quotation in prose",
        [CITY, "Ο ίδιος, «Δεν θα υποχωρήσουμε», είπε στη Βουλή το 1985."],
        [("idem", (), "", "")],
    ),
    (
        "negative same writer: Ο ίδιος in prose",
        [CITY, "Ο ίδιος ο Νικολαΐδης έζησε στην Αθήνα ως το 1990."],
        [],
    ),
    (
        "negative same writer: της ίδιας χρονιάς (the same year), a place",
        [CITY, "Της ίδιας χρονιάς, Αθήνα, 1990."],
        [],
    ),
    (
        "negative same writer: την ίδια, a publisher and a year",
        [CITY, "Βλ. την ίδια, Κέδρος, 1990."],
        [],
    ),
    (
        "negative same writer: Idem and a page only",
        [CITY, "Idem, σ. 14."],
        [("idem", (), "", "")],
    ),
]


@pytest.mark.parametrize("rendering", ["markdown", "web"])
@pytest.mark.parametrize(("notes", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reading(notes: list[str], expected: list[Reading], rendering: str) -> None:
    if rendering == "web":
        notes = [web_copy(n) for n in notes]
    assert readings(notes) == expected


NEGATIVES = [c for c in CASES if c[0].startswith("negative") and not c[2]]


@pytest.mark.parametrize("notes", [c[1] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_negatives_give_no_author(notes: list[str]) -> None:
    """The last note of a negative row names no author to either reader."""
    assert surnames_read(notes[-1]) <= {"Νικολαΐδης"}


def test_bare_op_cit_after_two_works_is_ambiguous() -> None:
    """A bare "Ό.π." points to the note before, as Ibid. does: after a note citing two works,
    ambiguous-ibid reports it; after one, nothing."""
    two = f"{CITY[:-1]}· {MAN_OS}"
    found = findings(manuscript(two, "Ό.π., σ. 4."), "ambiguous-ibid")
    assert [f.data["note"] for f in found] == [2]
    assert findings(manuscript(CITY, "Ό.π., σ. 4."), "ambiguous-ibid") == []
    assert findings(manuscript(CITY, "Νικολαΐδης, ό.π., σ. 4."), "ambiguous-ibid") == []
