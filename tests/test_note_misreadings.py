"""First-pass misreadings of the note reader, each class with constructed rows (invented
writers, titles and presses): a place with its region or country is no inverted name
(Chicago 17th ed. 14.131), a publisher's name is no author and no title (DIN 1505-2), a
surname in capitals before given names is the surname, and DIN's "Surname, Given: Title"
keeps the given name out of a title that opens with a number. Half the rows are negatives;
each negative also gives no author-year citation."""

from __future__ import annotations

import pytest

from tests.note_tables import built_from_note, one_note_readings, surnames_read
from tests.test_note_citation_rules import findings, manuscript

# A town and its region or country where an inverted name would stand: never a person.
PLACE_WITH_REGION = [
    ("Paris, France. 1968. The Events of May. London: Verso.", "Paris"),
    ("Leeds, Yorkshire. 1999. 41.", "Leeds"),
    ("Paris, France (London: Dale Press, 1974).", "Paris"),
    ("Cambridge, MA (London: Dale Press, 1974).", "Cambridge"),
    ("Lindau, Bayern, 1999, S. 41.", "Lindau"),
    ("Harrogate, England. 1999. 41.", "Harrogate"),
]

# Publisher names heading a note or standing as its "title": no author.
PUBLISHER_NAMES = [
    ("Edition Grau, Die Mühlen am Fluss, Lindau 1999.", {"Grau", "Edition Grau"}),
    ("Anna Berger, Warum? Die Stadt, Verlag Ost, Lindau 1999.", {"Stadt", "Ost"}),
    ("Verlag Ost, Die Mühlen am Fluss, Lindau 1999.", {"Ost", "Verlag Ost"}),
    ("Εκδόσεις Ρόδι, Η πόλη των ανέμων, Αθήνα 1987.", {"Ρόδι", "Εκδόσεις Ρόδι"}),
]

# Real persons in the same shapes: still read, with their titles.
PERSONS = [
    ("Paris, Anne. Glass Orchard. London: Dale, 1999.", "full", "Paris", "Glass Orchard"),
    ("Paris, A. Glass Orchard (London: Dale, 1999), 12.", "full", "Paris", "Glass Orchard"),
    ("Marsh, JD. Glass Orchard. London: Dale, 1999.", "full", "Marsh", "Glass Orchard"),
    ("Anna Berger, Die Stadt, Verlag Ost, Lindau 1999.", "full", "Berger", "Die Stadt"),
    ("BERGER Anna, Die Stadt, Verlag Ost, Lindau 1999.", "full", "BERGER", "Die Stadt"),
    ("ΚΑΡΑΛΗΣ Ζήσης, Η πόλη, Κάκτος, Αθήνα 1987.", "full", "ΚΑΡΑΛΗΣ", "Η πόλη"),
    ("Brandt, Tilo: 1968 und die Folgen, Lindau 1999.", "full", "Brandt", "1968 und die Folgen"),
    ("Brandt, Tilo: Die Folgen, Lindau 1999.", "full", "Brandt", "Die Folgen"),
    # Greek "Τίτλος, Τόπος, Έτος" and DIN "Titel, Ort, Jahr": the place leaves the title
    ("Ζήσης Καραλής, Η πόλη, Αθήνα, 1987.", "full", "Καραλής", "Η πόλη"),
    ("Tilo Brandt, Die Folgen, Berlin, 1999.", "full", "Brandt", "Die Folgen"),
    # an imprint sentence after the title still gives the full form its year
    (
        "Tilo Tolvesch, Zwölf Prozent der Leser. Neuwied 2004.",
        "full",
        "Tolvesch",
        "Zwölf Prozent der Leser",
    ),
]

# Prose after a title, a year in it: no imprint, so no full form (a noun after an article is
# prose's, never an imprint's place).
PROSE_YEARS = [
    "Tolvesch, Zwölf Prozent der Leser. So die Umfrage 2004.",
    "Tolvesch, Zwölf Prozent der Leser. Laut der Studie 2004.",
    "Tolvesch, The Glass Orchard. See the Report 2004.",
]

# An acronym of three letters before a body's noun is a body, whole, not a surname in
# capitals before given names.
BODIES = ["DFQ Collective, Glass Orchard, Lindau 1999."]


@pytest.mark.parametrize(("note", "place"), PLACE_WITH_REGION)
def test_a_place_with_its_region_is_no_author(note: str, place: str) -> None:
    assert place not in surnames_read(note)
    assert not built_from_note(note).citations


@pytest.mark.parametrize(("note", "publisher"), PUBLISHER_NAMES)
def test_a_publisher_is_no_author_and_no_title(note: str, publisher: set[str]) -> None:
    built = built_from_note(note)
    assert not publisher & surnames_read(note)
    assert not any(c.title.startswith(("Verlag", "Edition")) for c in built.note_citations)
    assert not built.citations


@pytest.mark.parametrize(("note", "form", "surname", "title"), PERSONS)
def test_persons_in_the_same_shapes_are_read(
    note: str, form: str, surname: str, title: str
) -> None:
    readings = one_note_readings(note)
    assert readings and readings[0][:3] == (form, (surname,), title)


@pytest.mark.parametrize("note", PROSE_YEARS)
def test_a_year_in_prose_after_a_title_makes_no_full_form(note: str) -> None:
    built = built_from_note(note)
    assert all(c.form != "full" for c in built.note_citations)
    assert not built.citations


@pytest.mark.parametrize("note", BODIES)
def test_an_acronym_before_a_noun_is_no_surname(note: str) -> None:
    assert "DFQ" not in surnames_read(note)


# A town before a title another writer gives in full later: no short form by the town.
# Negatives first: the place is never reported as a short form's writer.
PLACE_BEFORE_TITLE = [
    ("Paris, Glass Orchard, 41.", "Ada Marsh, *Glass Orchard* (London: Dale Press, 1974), 12."),
    ("Leeds, *Glass Orchard*, 41.", "Ada Marsh, *Glass Orchard* (London: Dale Press, 1974)."),
]

# A writer named as a town, with the full form by the same writer after it: still reported.
WRITER_NAMED_AS_TOWN = [
    ("Paris, *Glass Orchard*, 41.", "Ann Paris, *Glass Orchard* (London: Dale Press, 1974)."),
    ("Marsh, *Glass Orchard*, 41.", "Ada Marsh, *Glass Orchard* (London: Dale Press, 1974)."),
]


@pytest.mark.parametrize(("first", "second"), PLACE_BEFORE_TITLE)
def test_a_place_before_a_title_is_no_short_form(first: str, second: str) -> None:
    assert not findings(manuscript(first, second), "short-form-before-full")


@pytest.mark.parametrize(("first", "second"), WRITER_NAMED_AS_TOWN)
def test_a_writer_named_as_a_town_is_still_reported(first: str, second: str) -> None:
    assert findings(manuscript(first, second), "short-form-before-full")
