"""Classes of false `missing-reference` on clean documents (issue 11, round 23).

Counted on the check halves (counts only): a right reading that matched no entry of its own
works-cited list, and a misread citation that then matched nothing. Each class is written
from a convention and proven with constructed documents (invented writers and titles): the
notes, and a works-cited list that holds the works they cite. Every table holds at least as
many negatives as positives: documents where the finding must still be made (the entry is
missing, or the list holds another work or another writer).

- A writer's name written two ways by convention in an op. cit. with no title: declined in
  Greek ("του Δρόσου, ό.π." of "Δρόσος"), an umlaut written out ("Mueller, a.a.O." of
  "Müller", DIN 5007-2). With no title and no year to compare, the name must be the same.
- An op. cit. points back to the work cited before (Chicago 14.36): a letter's "a.a.O."
  after its date is the collection the earlier letter was cited in, however the list gives
  it (under the writer, or under its editor); the letter's date is no year of the entry.
- A plain title read as two works, its tail with a name from the title for its writer
  ("Tom Reed, The Long Shadow. Ann Bell, Wages and Time, …"): the entry's whole title stands
  in the note around the reading's start, and the entry's writer right before or after it.
- A works-cited list that writes the same writer again as "———:" (DIN's colon), "Ders.:",
  "Dies.:" (German lists), "Idem." / "Eadem." (Latin), "Του ιδίου," / "Της ιδίας," (Greek):
  the entry before's writer, as "———." is (Chicago 14.67).
- A part cited in its book, the list giving the book under its editor alone (DIN 1505-2
  "In: Name (Hg.): Titel", Chicago 14.107), where the reader read no container.
- German and Dutch list shapes: a DIN title that holds a bracket ("Pierre Lenz (1926–2005).
  Berlin 2006.") or a question before its subtitle ("Die Spaltung als Schicksal? Eine
  Streitschrift. Berlin 1968.") runs to its full stop; a Dutch "'t" before a surname ("'t
  Hart, Paul.") is the name's particle.
- A Greek list writes the surname first with no comma ("Δρόσος Γιάννης, *…*", "Δρόσος
  Γ., *…*"), a note the given name first ("Γιάννης Δρόσος"): two whole names are kept
  together and either may be the note's surname; an initial after a name marks the name
  before it as the surname.
- A reprint listed with its original year in parentheses before the edition's (Chicago
  author-date 15.44: "Reed, Tom. (1911) 2001. *The Salt Roads*."): the edition's year is
  the entry's, and the title is the one after it.
"""

from __future__ import annotations

import pytest

from citecheck.bibliography.entry_shapes import read_entry
from citecheck.engine import LintOptions, lint_source
from tests.helpers import source_of

OTHER_ENTRY = "Halden Reeve, *Crossings*, 2011."  # so that the list is never empty


def document(notes: list[str], entries: list[str]) -> str:
    calls = "".join(f"[^{n}]" for n in range(1, len(notes) + 1))
    defined = "".join(f"[^{n}]: {note}\n" for n, note in enumerate(notes, start=1))
    listed = "\n\n".join([*entries, OTHER_ENTRY])
    return f"Body text.{calls}\n\n{defined}\n## Works cited\n\n{listed}\n"


def missing(notes: list[str], entries: list[str]) -> list[int]:
    """The numbers of the notes reported as citing a work with no entry."""
    result = lint_source(source_of(document(notes, entries), "m.md"), LintOptions(select=("C101",)))
    return sorted({f.data.get("note") for f in result.findings if f.rule == "missing-reference"})


DROSOS = "Γιάννης Δρόσος, Η πόλη και ο χρόνος, Κριτική, Αθήνα, 1990, σελ. 12."
DROSOS_ENTRY = "Δρόσος, Γιάννης, *Η πόλη και ο χρόνος*, Κριτική, Αθήνα, 1990."
PAPAS = "Νίκος Παπαδόπουλος, Η θάλασσα των λέξεων, Πόλις, Αθήνα, 2004, σελ. 3."
PAPAS_ENTRY = "Παπαδόπουλος, Νίκος, *Η θάλασσα των λέξεων*, Πόλις, Αθήνα, 2004."
MUELLER = "Anna Müller: Salz und Reich. Berlin 1990, S. 4."
MUELLER_ENTRY = "Müller, Anna: Salz und Reich. Berlin 1990."

# (case, notes, works-cited entries, the notes reported)
SAME_NAME_BY_CONVENTION = [
    ("a Greek genitive before ό.π.", [DROSOS, "Βλ. την ανάλυση του Δρόσου, ό.π., σελ. 14."], [DROSOS_ENTRY], []),
    ("a Greek accusative before ό.π.", [DROSOS, "Πρβλ. τον Δρόσο (ό.π., σελ. 20)."], [DROSOS_ENTRY], []),
    ("a Greek genitive in -ου", [PAPAS, "Βλ. το κεφάλαιο 2 του Παπαδοπούλου, ό.π., σελ. 9."], [PAPAS_ENTRY], []),
    ("an umlaut written out before a.a.O.", [MUELLER, "Mueller, a.a.O., S. 9."], [MUELLER_ENTRY], []),
    # negatives: the writer's work is not listed, or the list holds another writer
    ("the Greek writer's entry missing", [DROSOS, "Βλ. την ανάλυση του Δρόσου, ό.π., σελ. 14."], [PAPAS_ENTRY], [1, 2]),
    ("the Greek -ου writer's entry missing", [PAPAS, "Βλ. το κεφάλαιο 2 του Παπαδοπούλου, ό.π., σελ. 9."], [DROSOS_ENTRY], [1, 2]),
    ("another Greek writer of a like name", [DROSOS, "Βλ. την ανάλυση του Δρόσου, ό.π., σελ. 14."], ["Δράκος, Γιάννης, *Η πόλη και ο χρόνος*, Κριτική, Αθήνα, 1990."], [1, 2]),
    ("the German writer's entry missing", [MUELLER, "Mueller, a.a.O., S. 9."], ["Brandt, Anna: Salz und Reich. Berlin 1990."], [1, 2]),
    ("another German writer before a.a.O.", [MUELLER, "Anna Möller: Das Meer. Berlin 1991, S. 2.", "Moeller, a.a.O., S. 9."], [MUELLER_ENTRY], [2, 3]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "notes", "entries", "reported"),
    SAME_NAME_BY_CONVENTION,
    ids=[r[0] for r in SAME_NAME_BY_CONVENTION],
)
def test_an_op_cit_names_its_writer_by_convention(
    case: str, notes: list[str], entries: list[str], reported: list[int]
) -> None:
    assert missing(notes, entries) == reported


LETTER = "Brief von Paul Weber an Anna Kraus, Hamburg, 19. Juni 1931, in: „Briefe aus dem Exil“, Bd. 2, Berlin 1990, S. 652."
EDITED_LETTER = "Brief von Paul Weber an Anna Kraus, Hamburg, 19. Juni 1931, in: Lena Ott (Hg.): Briefe aus dem Exil, Berlin 1990, S. 652."
AGAIN = "Brief von Paul Weber an Otto Lenz, 3. Mai 1932, a.a.O., S. 624."
OTHER_WRITER_AGAIN = "Brief von Karl Brandt an Otto Lenz, 3. Mai 1932, a.a.O., S. 624."

CITED_BEFORE = [
    ("a letter's a.a.O., the collection under its writer", [LETTER, AGAIN], ["Weber, Paul: Briefe aus dem Exil. Bd. 2. Berlin 1990."], []),
    ("a letter's a.a.O., the collection under its editor", [EDITED_LETTER, AGAIN], ["Ott, Lena (Hg.): Briefe aus dem Exil. Berlin 1990."], []),
    # negatives: the collection is not listed, or the a.a.O. is another writer's
    ("the collection not listed", [LETTER, AGAIN], ["Weber, Paul: Das Meer. Berlin 1988."], [1, 2]),
    ("the edited collection not listed", [EDITED_LETTER, AGAIN], ["Ott, Lena (Hg.): Briefe vom Meer. Berlin 1985."], [1, 2]),
    ("another writer's letter, a.a.O.", [LETTER, OTHER_WRITER_AGAIN], ["Weber, Paul: Briefe aus dem Exil. Bd. 2. Berlin 1990."], [2]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "notes", "entries", "reported"), CITED_BEFORE, ids=[r[0] for r in CITED_BEFORE]
)
def test_an_op_cit_is_the_work_cited_before(
    case: str, notes: list[str], entries: list[str], reported: list[int]
) -> None:
    assert missing(notes, entries) == reported


REED = "Reed, Tom. *The Long Shadow. Ann Bell, Wages and Time*. London: Verso, 2001."
KRAUS = "Kraus, Anna: *Der lange Schatten. Paul Weber, Lohn und Zeit*. Hamburg 1999."

TITLE_PIECES = [
    ("a plain title with a name in its subtitle", ["Tom Reed, The Long Shadow. Ann Bell, Wages and Time, London: Verso, 2001, 33."], [REED], []),
    ("after a cue", ["See Tom Reed, The Long Shadow. Ann Bell, Wages and Time, London: Verso, 2001, 33."], [REED], []),
    ("a German plain title with a name in it", ["Vgl. Anna Kraus, Der lange Schatten. Paul Weber, Lohn und Zeit, Hamburg 1999, S. 3."], [KRAUS], []),
    # negatives: two works in the note, the second unlisted; the list's title another
    ("a second work of another writer", ["Tom Reed, The Long Shadow, London: Verso, 2001, 33; Ann Bell, Wages and Time, Leeds: Tidewater, 1999, 4."], ["Reed, Tom. *The Long Shadow*. London: Verso, 2001."], [1]),
    ("a second work of the same title", ["Tom Reed, The Long Shadow. Ann Bell, Wages and Time, London: Verso, 2001, 33; Ann Bell, Wages and Time, Leeds: Tidewater, 1999, 4."], [REED], [1]),
    ("the list's title another", ["Tom Reed, The Long Shadow. Ann Bell, Wages and Time, London: Verso, 2001, 33."], ["Reed, Tom. *The Short Shadow. Ann Bell, Wages and Tides*. London: Verso, 2001."], [1]),
    ("the title's writer not named near it", ["Tom Reed wrote much on the docks, and on the long strikes of the harbour men in the years after the war; see The Long Shadow. Ann Bell, Wages and Time, London: Verso, 2001, 33."], [REED], [1]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "notes", "entries", "reported"), TITLE_PIECES, ids=[r[0] for r in TITLE_PIECES]
)
def test_a_reading_inside_a_listed_title_is_that_work(
    case: str, notes: list[str], entries: list[str], reported: list[int]
) -> None:
    assert missing(notes, entries) == reported


SALT = "Kraus, Anna: Salz und Reich. Berlin 1990."
HARBOUR = "Anna Kraus: Die Hafenstadt. Berlin 1992, S. 5."
SAME_WRITER_AGAIN = [
    ("a 3-em dash with DIN's colon", [HARBOUR], [SALT, "———: Die Hafenstadt. Berlin 1992."], []),
    ("Dies.: in a German list", [HARBOUR], [SALT, "Dies.: Die Hafenstadt. Berlin 1992."], []),
    ("Ders.: in a German list", ["Paul Weber: Die Hafenstadt. Berlin 1992, S. 5."], ["Weber, Paul: Salz und Reich. Berlin 1990.", "Ders.: Die Hafenstadt. Berlin 1992."], []),
    ("Idem. in a list", ["Tom Reed, *Harbour Lives* (London: Verso, 2003), 5."], ["Reed, Tom. *The Salt Roads*. London: Verso, 2001.", "Idem. *Harbour Lives*. London: Verso, 2003."], []),
    ("Eadem. in a list", ["Ann Bell, *Harbour Lives* (London: Verso, 2003), 5."], ["Bell, Ann. *The Salt Roads*. London: Verso, 2001.", "Eadem. *Harbour Lives*. London: Verso, 2003."], []),
    ("Του ιδίου in a Greek list", ["Γιάννης Δρόσος, Η θάλασσα των λέξεων, Κριτική, Αθήνα, 1992, σελ. 12."], [DROSOS_ENTRY, "Του ιδίου, *Η θάλασσα των λέξεων*, Κριτική, Αθήνα, 1992."], []),
    # negatives: the stand-in's work is another; another writer's work of that title; a
    # surname that begins like a stand-in; the same writer's work the list lacks
    ("Dies.: of another work", [HARBOUR], [SALT, "Dies.: Das Meer. Berlin 1992."], [1]),
    ("a 3-em dash of another work", [HARBOUR], [SALT, "———: Das Meer. Berlin 1992."], [1]),
    ("Dies.: of the title, another writer cited", ["Paul Weber: Die Hafenstadt. Berlin 1992, S. 5."], [SALT, "Dies.: Die Hafenstadt. Berlin 1992."], [1]),
    ("a surname like Idem", ["Tom Reed, *Harbour Lives* (London: Verso, 2003), 5."], ["Reed, Tom. *The Salt Roads*. London: Verso, 2001.", "Idema, Jan. *Harbour Lives*. London: Verso, 2003."], [1]),
    ("Idema's work is Idema's", ["Jan Idema, *Harbour Lives* (London: Verso, 2003), 5."], ["Reed, Tom. *The Salt Roads*. London: Verso, 2001.", "Idema, Jan. *Harbour Lives*. London: Verso, 2003."], []),
    ("the same writer's unlisted work", ["Anna Kraus: Der Leuchtturm. Berlin 1995, S. 5."], [SALT, "Dies.: Die Hafenstadt. Berlin 1992."], [1]),
    ("Dies.: after an entry of another writer", ["Paul Weber: Die Hafenstadt. Berlin 1992, S. 5."], ["Weber, Paul: Salz und Reich. Berlin 1990.", SALT, "Dies.: Die Hafenstadt. Berlin 1992."], [1]),
    ("Του ιδίου of another work", ["Γιάννης Δρόσος, Η θάλασσα των λέξεων, Κριτική, Αθήνα, 1992, σελ. 12."], [DROSOS_ENTRY, "Του ιδίου, *Το λιμάνι*, Κριτική, Αθήνα, 1992."], [1]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "notes", "entries", "reported"),
    SAME_WRITER_AGAIN,
    ids=[r[0] for r in SAME_WRITER_AGAIN],
)
def test_a_list_writes_the_same_writer_again(
    case: str, notes: list[str], entries: list[str], reported: list[int]
) -> None:
    assert missing(notes, entries) == reported


BOOK = "Reed, Tom (Hg.): Hafenleben im Norden. Berlin 2001."
IN_ITS_BOOK = [
    ("DIN: a chapter in the editor's book", ["Ann Bell: Salz. In: Tom Reed (Hg.): Hafenleben im Norden. Berlin 2001, S. 33."], [BOOK], []),
    ("DIN: a longer chapter title", ["Ann Bell: Salz und Meer. In: Tom Reed (Hg.): Hafenleben im Norden. Berlin 2001, S. 33."], [BOOK], []),
    ("Hrsg. and a quoted chapter", ["Ann Bell, „Salz“, in: Tom Reed (Hrsg.), Hafenleben im Norden, Berlin 2001, S. 33."], [BOOK], []),
    # negatives: the book named without its editor, another book, another year, a chapter
    # written with no "in"
    ("the editor not named", ["Ann Bell: Salz. In: Hafenleben im Norden. Berlin 2001, S. 33."], [BOOK], [1]),
    ("another book of the editor", ["Ann Bell: Salz. In: Tom Reed (Hg.): Seeleben im Norden. Berlin 2001, S. 33."], [BOOK], [1]),
    ("another year", ["Ann Bell: Salz. In: Tom Reed (Hg.): Hafenleben im Norden. Berlin 1989, S. 33."], [BOOK], [1]),
    ("the book's title only in prose", ["Ann Bell: Salz. Berlin 2001, S. 33; Reed nennt das Hafenleben im Norden."], [BOOK], [1]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "notes", "entries", "reported"), IN_ITS_BOOK, ids=[r[0] for r in IN_ITS_BOOK]
)
def test_a_part_is_in_its_book_listed_under_its_editor(
    case: str, notes: list[str], entries: list[str], reported: list[int]
) -> None:
    assert missing(notes, entries) == reported


SALT_ROADS = "Tom Reed, *The Salt Roads* (London: Verso, 2001), 33."
REPRINTS = [
    ("a reprint listed with its original year first", [SALT_ROADS], ["Reed, Tom. (1911) 2001. *The Salt Roads*. London: Verso."], []),
    ("the same, the title plain", [SALT_ROADS], ["Reed, Tom. (1911) 2001. The Salt Roads. London: Verso."], []),
    ("the note gives both years", ["Tom Reed, *The Salt Roads* (1911; repr., London: Verso, 2001), 33."], ["Reed, Tom. (1911) 2001. *The Salt Roads*. London: Verso."], []),
    # negatives: another work of the writer, another writer, APA's own year
    ("another work of the writer", ["Tom Reed, *The Sea Roads* (London: Verso, 2001), 33."], ["Reed, Tom. (1911) 2001. *The Salt Roads*. London: Verso."], [1]),
    ("another writer's reprint", [SALT_ROADS], ["Bell, Ann. (1911) 2001. *The Salt Roads*. London: Verso."], [1]),
    ("APA's year, another title", [SALT_ROADS], ["Reed, T. (2001). *The sea roads*. Verso."], [1]),
    ("a bracketed year then a comma", ["Tom Reed, *Harbour Lives* (London: Verso, 2001), 33."], ["Reed, Tom. (1911), 2001. *The Salt Roads*. London: Verso."], [1]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "notes", "entries", "reported"), REPRINTS, ids=[r[0] for r in REPRINTS]
)
def test_a_reprint_listed_with_its_original_year(
    case: str, notes: list[str], entries: list[str], reported: list[int]
) -> None:
    assert missing(notes, entries) == reported


@pytest.mark.parametrize(
    ("line", "title", "year"),
    [
        ("Reed, Tom. (1911) 2001. *The Salt Roads*. London: Verso.", "The Salt Roads", "2001"),
        ("Reed, Tom. (1911) 2001a. *The Salt Roads*.", "The Salt Roads", "2001"),
        ("Reed, T. (2001). *The salt roads*. Verso.", "The salt roads", "2001"),
        ("Reed, T. (2001). The salt roads (1911 edition). Verso.", "The salt roads", "2001"),
    ],
)
def test_the_entry_reads_the_editions_year(line: str, title: str, year: str) -> None:
    reading = read_entry(line)
    assert reading is not None and (reading.title, reading.year) == (title, year)


LENZ = "Anna Kraus: Pierre Lenz (1926–2005). Berlin 2006, S. 4."
LENZ_ENTRY = "Kraus, Anna: Pierre Lenz (1926–2005). Berlin 2006."
SCHISM = "Anna Kraus: Die Spaltung als Schicksal? Eine Streitschrift. Berlin 1968, S. 4."
SCHISM_ENTRY = "Kraus, Anna: Die Spaltung als Schicksal? Eine Streitschrift. Berlin 1968."
LIST_SHAPES = [
    ("DIN: a person's dates in the title", [LENZ, "Kraus: Pierre Lenz, S. 9."], [LENZ_ENTRY, "Kraus, Anna: Otto Ott (1901–1960). Berlin 2007."], []),
    ("DIN: a question before the subtitle", [SCHISM, "Kraus: Spaltung, S. 9."], [SCHISM_ENTRY], []),
    ("DIN: a question title with a subtitle", ["Paul Weber: Was tun? Brennende Fragen. Berlin 1970, S. 9.", "Weber, Was tun?, S. 12."], ["Weber, Paul: Was tun? Brennende Fragen. Berlin 1970."], []),
    ("a Dutch 't before the name", ["Paul ’t Hart, *Symbols of Power* (London: Verso, 1993), 4."], ["’t Hart, Paul. *Symbols of Power*. London: Verso, 1993."], []),
    ("APA: a Dutch 't before the name", ["Paul 't Hart, *Symbols of Power* (London: Verso, 1993), 4."], ["'t Hart, P. (1993). *Symbols of power*. Verso."], []),
    # negatives: another work of the writer, the subtitle alone as a short title, another
    # writer's name with the particle
    ("DIN: another work than the dated one", [LENZ, "Kraus: Otto Ott, S. 9."], [LENZ_ENTRY], [2]),
    ("DIN: the subtitle is no short title", [SCHISM, "Kraus: Streitschrift, S. 9."], [SCHISM_ENTRY], [2]),
    ("DIN: the question title of another writer", ["Otto Lenz: Was tun? Brennende Fragen. Berlin 1970, S. 9."], ["Weber, Paul: Was tun? Brennende Fragen. Berlin 1970."], [1]),
    ("another name with 't", ["Paul ’t Hooft, *Symbols of Power* (London: Verso, 1993), 4."], ["’t Hart, Paul. *Symbols of Power*. London: Verso, 1993."], [1]),
    ("'t's work of another title", ["Paul 't Hart, *Rituals of Power* (London: Verso, 1993), 4."], ["'t Hart, P. (1993). *Symbols of power*. Verso."], [1]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "notes", "entries", "reported"), LIST_SHAPES, ids=[r[0] for r in LIST_SHAPES]
)
def test_list_shapes_of_german_and_dutch_practice(
    case: str, notes: list[str], entries: list[str], reported: list[int]
) -> None:
    assert missing(notes, entries) == reported


@pytest.mark.parametrize(
    ("line", "names", "title", "year"),
    [
        (
            "Kraus, Anna: Pierre Lenz (1926–2005). Berlin 2006.",
            ("Kraus",),
            "Pierre Lenz (1926–2005)",
            "2006",
        ),
        (
            "Kraus, Anna: Die Räte (Teil 2). Eine Studie. Berlin 2006.",
            ("Kraus",),
            "Die Räte (Teil 2)",
            "2006",
        ),
        (
            "Kraus, Anna: Was tun? Brennende Fragen. Berlin 1968.",
            ("Kraus",),
            "Was tun? Brennende Fragen",
            "1968",
        ),
        ("Kraus, Anna: Was tun? Frankfurt/M.: Suhrkamp 1968.", ("Kraus",), "Was tun?", "1968"),
        (
            "Quendt, Harald: Die Spaltung der Weber. Frankfurt a. M. 1978.",
            ("Quendt",),
            "Die Spaltung der Weber",
            "1978",
        ),
        ("Kraus, Anna (Hg.): Die Räte. Berlin 2006.", ("Kraus",), "Die Räte", "2006"),
        (
            "’t Hooft, Gerard. *Salt and Tide*. Leiden: Brill, 2001.",
            ("’t Hooft",),
            "Salt and Tide",
            "2001",
        ),
        (
            "Cliff, Tony, 1974, State Capitalism in Russia (Pluto).",
            ("Cliff",),
            "State Capitalism in Russia",
            "1974",
        ),
    ],
)
def test_the_entry_is_read_whole(line: str, names: tuple[str, ...], title: str, year: str) -> None:
    reading = read_entry(line)
    assert reading is not None and (reading.authors, reading.title, reading.year) == (
        names,
        title,
        year,
    )


CITY = "Γιάννης Δρόσος, Η πόλη και ο χρόνος, Κριτική, Αθήνα, 1990, σελ. 12."
SURNAME_FIRST = "Δρόσος Γιάννης, *Η πόλη και ο χρόνος*, Κριτική, Αθήνα 1990."
INITIAL_AFTER = "Δρόσος Γ., *Η πόλη και ο χρόνος*, Κριτική, Αθήνα 1990."
GREEK_LIST_NAMES = [
    ("a Greek list's surname before the given name", [CITY], [SURNAME_FIRST], []),
    ("the same, an op. cit. after it", [CITY, "Δρόσος, ό.π., σελ. 14."], [SURNAME_FIRST], []),
    ("a Greek list's surname before its initial", [CITY], [INITIAL_AFTER], []),
    # negatives: another writer listed, another work of the writer, another writer cited
    ("another writer listed surname first", [CITY], ["Λάμπρου Νίκος, *Η πόλη και ο χρόνος*, Κριτική, Αθήνα 1990."], [1]),
    ("another work of the writer", [CITY], ["Δρόσος Γιάννης, *Το λιμάνι*, Κριτική, Αθήνα 1990."], [1]),
    ("another writer cited", ["Νίκος Λάμπρου, Η πόλη και ο χρόνος, Κριτική, Αθήνα, 1990, σελ. 12."], [SURNAME_FIRST], [1]),
    ("another writer before an initial", ["Νίκος Λάμπρου, Η πόλη και ο χρόνος, Κριτική, Αθήνα, 1990, σελ. 12."], [INITIAL_AFTER], [1]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "notes", "entries", "reported"),
    GREEK_LIST_NAMES,
    ids=[r[0] for r in GREEK_LIST_NAMES],
)
def test_a_greek_list_writes_the_surname_first(
    case: str, notes: list[str], entries: list[str], reported: list[int]
) -> None:
    assert missing(notes, entries) == reported


def body_missing(body: str, entries: list[str]) -> list[str]:
    """The author-year citations of `body` reported as missing."""
    text = body + "\n\n## Βιβλιογραφία\n\n" + "\n\n".join(entries) + "\n"
    result = lint_source(source_of(text, "m.md"), LintOptions(select=("C101",)))
    return [str(f.data.get("citation")) for f in result.findings]


@pytest.mark.parametrize(
    ("body", "entry", "reported"),
    [
        ("Η πόλη αλλάζει (Δρόσος 1990, σ. 4).", INITIAL_AFTER, []),
        (
            "Η πόλη αλλάζει (Δρόσος 1990, σ. 4).",
            "Γιάννης Δρόσος, *Η πόλη και ο χρόνος*, Κριτική, Αθήνα 1990.",
            [],
        ),
        ("Η πόλη αλλάζει (Λάμπρου 1990, σ. 4).", INITIAL_AFTER, ["Λάμπρου 1990, σ. 4"]),
        ("Η πόλη αλλάζει (Δρόσος 1991, σ. 4).", INITIAL_AFTER, ["Δρόσος 1991, σ. 4"]),
    ],
)
def test_an_author_year_citation_of_a_greek_list(
    body: str, entry: str, reported: list[str]
) -> None:
    assert body_missing(body, [entry]) == reported


def test_the_tables_hold_at_least_as_many_negatives() -> None:
    for table in (
        SAME_NAME_BY_CONVENTION,
        CITED_BEFORE,
        TITLE_PIECES,
        SAME_WRITER_AGAIN,
        IN_ITS_BOOK,
        REPRINTS,
        LIST_SHAPES,
        GREEK_LIST_NAMES,
    ):
        negatives = sum(1 for row in table if row[3])
        assert negatives >= len(table) - negatives
