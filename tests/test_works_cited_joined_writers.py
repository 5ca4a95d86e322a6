"""Works-cited entries whose writers are joined the German, French, Italian or Greek way
(issue 11, round 18: false readings).

DIN 1505-2 and German humanities lists join two writers by "und", "u." or "/" ("Hartung,
Ilse und Tom Kolb (2008): …", "Hartung, Ilse/Kolb, Tom (2009): …"); French lists by "et",
Italian by "e", Greek by "και". The list reader knew only "and" and "&": it kept the first
writer and read the rest of the names as the title ("Ilse und Tom Kolb"), or gave no entry,
so an author-date note "Hartung/Kolb 2008" had no entry (a false missing-reference).

A joined writer is read only when the first is inverted ("Surname, Given") and each after it
is a whole person (given names first, or inverted): a one-word part is a title's word, not
a writer ("Korsch, Krieg und Frieden, Leipzig 1999."). Every writer, title and publisher
here is invented.
"""

from __future__ import annotations

import pytest

from citecheck.bibliography.entry_names import read_names
from citecheck.bibliography.entry_shapes import read_entry
from tests.helpers import lint_text

# (entry, (surnames, title, year)): the writers joined, read whole. All failed before.
JOINED = [
    (
        "Hartung, Ilse und Tom Kolb (2008): Die Salzwege im Mittelalter. Leipzig: Kranich.",
        (("Hartung", "Kolb"), "Die Salzwege im Mittelalter", "2008"),
    ),
    (
        "Hartung, Ilse/Kolb, Tom (2009): Brücken und Zölle. Leipzig: Kranich.",
        (("Hartung", "Kolb"), "Brücken und Zölle", "2009"),
    ),
    (
        "Hartung, Ilse / Kolb, Tom / Lark, Eve (2011): Furten. Berlin: Wendel.",
        (("Hartung", "Kolb", "Lark"), "Furten", "2011"),
    ),
    (
        "Hartung, I. u. T. Kolb (2010): Die Fähren der Elbe. Hamburg: Möwe.",
        (("Hartung", "Kolb"), "Die Fähren der Elbe", "2010"),
    ),
    (
        "Hartung, Ilse, und Tom Kolb. *Salz und Macht*. Leipzig: Kranich, 2012.",
        (("Hartung", "Kolb"), "Salz und Macht", "2012"),
    ),
    (
        "Dupont, Anne et Luc Moreau. *Les routes du sel*. Paris: Seuil, 2001.",
        (("Dupont", "Moreau"), "Les routes du sel", "2001"),
    ),
    (
        "Rossi, Anna e Marco Bini. *Le vie del sale*. Milano: Feltrinelli, 1998.",
        (("Rossi", "Bini"), "Le vie del sale", "1998"),
    ),
    (
        "Παππάς, Γιώργος και Νίκος Λάμπρου (2004): Οι δρόμοι του αλατιού. Αθήνα: Κέδρος.",
        (("Παππάς", "Λάμπρου"), "Οι δρόμοι του αλατιού", "2004"),
    ),
]

# Entries with "und", "/", "et" or "e" that join no writers: read as before (one writer,
# or an English list as English lists are read). None failed before.
NOT_JOINED = [
    (
        "Korsch, Karl. *Krieg und Frieden*. Leipzig: Kranich, 1999.",
        (("Korsch",), "Krieg und Frieden", "1999"),
    ),
    (
        "Korsch, Karl (1999): Krieg und Frieden. Leipzig: Kranich.",
        (("Korsch",), "Krieg und Frieden", "1999"),
    ),
    (
        "Korsch, Karl. Zwischen Frankfurt/Main und Wien. Leipzig: Kranich, 1999.",
        (("Korsch",), "Zwischen Frankfurt/Main und Wien", "1999"),
    ),
    (
        "Moss, Ann and Tim Rook. *Salt*. London: Kestrel, 2001.",
        (("Moss", "Rook"), "Salt", "2001"),
    ),
    (
        "Dupont, Anne. *Le sel et le fer*. Paris: Seuil, 2001.",
        (("Dupont",), "Le sel et le fer", "2001"),
    ),
    (
        "Rossi, Anna (1998): Pane e sale. Milano: Feltrinelli.",
        (("Rossi",), "Pane e sale", "1998"),
    ),
    (
        "Παππάς, Γιώργος (2004): Αλάτι και σίδερο. Αθήνα: Κέδρος.",
        (("Παππάς",), "Αλάτι και σίδερο", "2004"),
    ),
    (
        "Ortega y Gasset, José. *La sal*. Madrid: Taurus, 1930.",
        (("Ortega y Gasset",), "La sal", "1930"),
    ),
]

# Name parts that are no list of writers joined so: a surname and a title's words, places
# and publishers joined by "und" or "/", surnames alone (left to the reading they had).
NO_WRITERS_JOINED = [
    "Korsch, Krieg und Frieden",
    "Korsch, Krieg und Frieden im Osten",
    "Leipzig und Berlin",
    "Frankfurt/Main",
    "Kranich und Wendel",
    "Hartung und Kolb",
    "Hartung/Kolb",
    "Korsch, Karl und 1999",
]


@pytest.mark.parametrize(("line", "expected"), JOINED + NOT_JOINED)
def test_entry_writers(line: str, expected: tuple) -> None:
    found = read_entry(line)
    assert found is not None
    assert (found.authors, found.title, found.year) == expected


@pytest.mark.parametrize("names", NO_WRITERS_JOINED)
def test_no_writers_joined(names: str) -> None:
    read = read_names(names)
    assert read is None or len(read) <= 1 or "Frieden" not in read


def _document(notes: list[str], entries: list[str]) -> str:
    body = "".join(f"Claim {n}.[^{n}] " for n in range(1, len(notes) + 1)) + "\n\n"
    definitions = "".join(f"[^{n}]: {text}\n\n" for n, text in enumerate(notes, 1))
    listed = "\n\n".join(entries)
    return body + definitions + "## Literatur\n\n" + listed + "\n"


LIST = [
    "Hartung, Ilse und Tom Kolb (2008): Die Salzwege im Mittelalter. Leipzig: Kranich.",
    "Hartung, Ilse/Kolb, Tom (2009): Brücken und Zölle. Leipzig: Kranich.",
    "Korsch, Karl (1999): Krieg und Frieden. Leipzig: Kranich.",
]


@pytest.mark.parametrize(
    ("note", "reported"),
    [
        ("Vgl. Hartung/Kolb 2008, S. 4.", False),  # failed before: no such entry
        ("Vgl. Hartung und Kolb 2009, S. 17.", False),  # failed before
        ("Vgl. Korsch 1999, S. 3.", False),
        ("Vgl. Frieden 1999, S. 3.", True),  # a title's word is no writer of the list
        ("Vgl. Hartung/Kolb 2011, S. 4.", True),  # no entry of that year
    ],
)
def test_author_date_note_finds_the_joined_entry(note: str, reported: bool) -> None:
    result = lint_text(_document([note], LIST), "missing-reference", name="m.md")
    found = [f for f in result.findings if f.rule == "missing-reference"]
    assert bool(found) is reported
