"""A note that quotes a passage and then names its source with a verb of saying: "“The
dock was our school,” writes Peter Hale in *The Strike and the City* (…)", "„…“, so Hans
Obermann, *Die Stadt …*, Leipzig 1921", "«…», γράφει ο Γ. Παπαδόπουλος, *Η πόλη …*, …".
The quotation is no title; the work after the writer is the one cited
(`citecheck/extract/note_quoted_sources.py`). Half the rows or more are negatives: a quoted
title with its paper, a verb before "in", prose after the title, "so der Titel", a
journal after "says", a paper after "writes", a signed title, a place after "said"."""

from __future__ import annotations

import pytest

from tests.note_tables import first_surnames_and_titles, one_note_readings

SOURCES = [
    ('"The dock was our school," writes Peter Hale in *The Strike and the City* (London: '
     "Verso, 1974), 12.", ("full", ("Hale",), "The Strike and the City", "1974")),
    ('„Der Hafen war unsere Schule", schreibt Hans Obermann, *Die Stadt und der Streik*, '
     "Leipzig 1921, S. 12.", ("full", ("Obermann",), "Die Stadt und der Streik", "1921")),
    ("„Der Hafen war unsere Schule“, so Hans Obermann, *Die Stadt und der Streik*, Leipzig "
     "1921, S. 12.", ("full", ("Obermann",), "Die Stadt und der Streik", "1921")),
    ("«Το λιμάνι ήταν το σχολείο μας», γράφει ο Γ. Παπαδόπουλος, *Η πόλη και η απεργία*, "
     "Αθήνα: Κέδρος, 1987, σ. 12.",
     ("full", ("Παπαδόπουλος",), "Η πόλη και η απεργία", "1987")),
]  # fmt: skip

NEGATIVES = [
    ('"Die Arbeiterschaft und der Krieg," *Rheinische Volkszeitung*, 14 October 1911.',
     [("full", (), "Die Arbeiterschaft und der Krieg", "1911")]),
    ('"The Left and the War," notes in *Quarterly* 14 (1983): 21–40.', []),
    ('"The Dock School," said to be his best essay, *New Left Quarterly* 12 (1980): 45.', []),
    ('„Die PDS und die Freunde", so der Titel, in: *Rhein-Main-Zeitung*, 3.5.1999, S. 8.',
     [("full", (), "Die PDS und die Freunde", "1999")]),
    ('"The Dock School," says London Review, 12 (1980).', []),
    ('"The Dock School," writes the *Guardian*, 12 May 1980.',
     [("full", (), "The Dock School", "1980")]),
    ('Peter Hale, "The Dock School," writes Mary Blake, *New Left Quarterly* 12 (1980): 45.',
     [("full", ("Hale",), "The Dock School", "1980")]),
    ('"Strike!" said Paris, *Le Monde*, 12 May 1968, 3.', [("full", (), "Strike!", "1968")]),
]  # fmt: skip


@pytest.mark.parametrize(("note", "reading"), SOURCES)
def test_the_work_after_the_quotation_is_cited(note: str, reading: tuple) -> None:
    assert one_note_readings(note) == [reading]


@pytest.mark.parametrize(("note", "readings"), NEGATIVES)
def test_no_writer_without_a_verb_of_saying_and_a_person(note: str, readings: list) -> None:
    assert one_note_readings(note) == readings


@pytest.mark.parametrize(("note", "readings"), NEGATIVES)
def test_negatives_give_no_author_year_citation(note: str, readings: list) -> None:
    _, author_year = first_surnames_and_titles(note)
    assert author_year == []


def test_half_the_rows_or_more_are_negatives() -> None:
    assert len(NEGATIVES) >= len(SOURCES)
