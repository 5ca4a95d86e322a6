"""An English translation given after its original, as Chicago (14.109-110) gives it and
as German notes give theirs after "dt.:": "…, 12; English translation: *The Strike and the
City*, trans. Mary Blake (London: Verso, 1974), 33", "…; trans. as *…* (…)", "… (English
trans.: *…* […])". The translation is a second work of the same writer with its own title
and year (`citecheck/extract/note_translation_cues.py`). Half the rows or more are
negatives: a translator ("trans. Mary Blake", "translated by"), a translation named in
prose inside the work's own citation, a cue followed by a place and a publisher, by
nothing, by "mine", by a year."""

from __future__ import annotations

import pytest

from tests.note_tables import first_surnames_and_titles, one_note_readings, web_copy

ORIGINAL = "Jean Dufresne, *La grève et la cité* (Paris: Seuil, 1968)"
ORIGINAL_READ = ("full", ("Dufresne",), "La grève et la cité", "1968")
TRANSLATION = ("full", ("Dufresne",), "The Strike and the City", "1974")

TRANSLATIONS = [
    ORIGINAL + ", 12; English translation: *The Strike and the City*, trans. Mary Blake "
    "(London: Verso, 1974), 33.",
    ORIGINAL + ", 12; trans. as *The Strike and the City* (London: Verso, 1974), 33.",
    ORIGINAL + ", 12; Eng. trans. *The Strike and the City* (London: Verso, 1974), 33.",
    ORIGINAL + ", 12; published in English as *The Strike and the City* (London: Verso, 1974), 33.",
    ORIGINAL + ", 12 (English trans.: *The Strike and the City* [London: Verso, 1974], 33).",
    ORIGINAL + ", 12; English translation: The Strike and the City (London: Verso, 1974), 33.",
]

# each: the note and the one reading it gives
ONE_WORK = [
    (ORIGINAL + ", trans. Mary Blake (London: Verso, 1974), 33.", ORIGINAL_READ),
    ("Jean Dufresne, *La grève et la cité*, translated by Mary Blake (London: Verso, 1974), 33.",
     ("full", ("Dufresne",), "La grève et la cité", "1974")),
    ("Quoted by Jean Dufresne in *La grève et la cité* (1968), available in English "
     "translation as *The Strike and the City* in *Writings on Strikes* (Ann Arbor: "
     "University of Michigan Press, 1971), 33.",
     ("full", ("Dufresne",), "La grève et la cité", "1971")),
    (ORIGINAL + "; Eng. trans. London: Verso, 1974.", ORIGINAL_READ),
    (ORIGINAL + "; English translation: New York: Pantheon, 1974.", ORIGINAL_READ),
    (ORIGINAL + "; English translation forthcoming.", ORIGINAL_READ),
    (ORIGINAL + ", 12 (English trans. mine).", ORIGINAL_READ),
    (ORIGINAL + ", 12; English translation: Oxford University Press, 1974.", ORIGINAL_READ),
    (ORIGINAL + ", 12; trans. as Paris 1974.", ORIGINAL_READ),
    (ORIGINAL + ", 12; translated as London, 1974.", ORIGINAL_READ),
    (ORIGINAL + ", 12. The English translation is poor.", ORIGINAL_READ),
]  # fmt: skip


@pytest.mark.parametrize("note", TRANSLATIONS)
def test_the_translation_is_a_second_work(note: str) -> None:
    assert one_note_readings(note) == [ORIGINAL_READ, TRANSLATION]


@pytest.mark.parametrize("note", TRANSLATIONS[:2])
def test_the_web_copy_reads_alike(note: str) -> None:
    assert one_note_readings(web_copy(note)) == [ORIGINAL_READ, TRANSLATION]


@pytest.mark.parametrize(("note", "reading"), ONE_WORK)
def test_no_second_work_without_a_translations_title(note: str, reading: tuple) -> None:
    assert one_note_readings(note) == [reading]


@pytest.mark.parametrize(("note", "reading"), ONE_WORK)
def test_negatives_give_no_author_year_citation(note: str, reading: tuple) -> None:
    _, author_year = first_surnames_and_titles(note)
    assert author_year == []


def test_half_the_rows_or_more_are_negatives() -> None:
    assert len(ONE_WORK) >= len(TRANSLATIONS)
