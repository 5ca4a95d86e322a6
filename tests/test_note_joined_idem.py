"""A second work of the same writer in one note, opened by a lower-case "idem" (or "eadem")
after a ";" or a joining "and" (Chicago 14.34: "Hale, *A*, 12; idem, *B*, 45"): read as the
`idem` form with its own title and year, as "Idem, *B*" at a segment's start already was
(`citecheck/extract/note_idem.py`). Half the rows or more are negatives: "idem" with a page
only, with a place and a year, prose that starts with "iden…", "idem" inside prose, another
writer after "and", an Ibid., the German "ders." (carried, as before)."""

from __future__ import annotations

import pytest

from tests.note_tables import first_surnames_and_titles, one_note_readings, web_copy

HALE = "Peter Hale, *The Strike and the City* (London: Verso, 1974), 12"
HALE_READ = ("full", ("Hale",), "The Strike and the City", "1974")
BLAKE = "Mary Blake, *Docks and Unions* (Oxford: Clarendon Press, 1981), 45"
BLAKE_READ = ("full", ("Blake",), "Docks and Unions", "1981")
DOCK = ("idem", (), "The Dock School", "1980")

SECOND_WORKS = [
    (HALE + "; idem, *The Dock School* (London: Pluto, 1980), 45.", [HALE_READ, DOCK]),
    (HALE + '; idem, "The Dock School," *New Left Quarterly* 12 (1980): 45–60.', [HALE_READ, DOCK]),
    (HALE + ", and idem, *The Dock School* (London: Pluto, 1980), 45.", [HALE_READ, DOCK]),
    (BLAKE + "; eadem, *The Long Strike* (Oxford: Clarendon Press, 1985), 12.",
     [BLAKE_READ, ("idem", (), "The Long Strike", "1985")]),
    (BLAKE + ', as well as eadem, "The Long Strike," *Labour History* 40 (1985): 1–20.',
     [BLAKE_READ, ("idem", (), "The Long Strike", "1985")]),
]  # fmt: skip

NEGATIVES = [
    # no title after "idem": the work before again, or a place and a year
    (HALE + "; idem, 45.", [HALE_READ]),
    (HALE + "; idem, London, 1980.", [HALE_READ]),
    (HALE + "; idem est, 1980.", [HALE_READ]),
    # words that start like it, and "idem" in prose
    (HALE + "; identity is his theme throughout.", [HALE_READ]),
    (HALE + ", and identity politics, passim.", [HALE_READ]),
    (HALE + ", and idem in the preface, 4.", [HALE_READ]),
    # another writer after "and", an Ibid., the capital "Idem" (read before this change)
    (HALE + ", and " + BLAKE + ".", [HALE_READ, BLAKE_READ]),
    (HALE + "; ibid., 45.", [HALE_READ, ("ibid", (), "", "")]),
    (HALE + "; Idem, *The Dock School* (London: Pluto, 1980), 45.", [HALE_READ, DOCK]),
    # the German "ders." keeps its writer, as the German notes' truth writes it
    ("Hans Obermann, *Die Stadt und der Streik*, Leipzig 1921, S. 12; ders., *Der Hafen als "
     "Schule*, Berlin 1924, S. 40.",
     [("full", ("Obermann",), "Die Stadt und der Streik", "1921"),
      ("full", ("Obermann",), "Der Hafen als Schule", "1924")]),
]  # fmt: skip


@pytest.mark.parametrize(("note", "readings"), SECOND_WORKS + NEGATIVES)
def test_idem_opens_the_writers_next_work(note: str, readings: list) -> None:
    assert one_note_readings(note) == readings


@pytest.mark.parametrize(("note", "readings"), SECOND_WORKS[:1] + NEGATIVES[:3])
def test_the_web_copy_reads_alike(note: str, readings: list) -> None:
    assert one_note_readings(web_copy(note)) == readings


@pytest.mark.parametrize(("note", "readings"), NEGATIVES[:6])
def test_negatives_give_no_author_year_citation(note: str, readings: list) -> None:
    _, author_year = first_surnames_and_titles(note)
    assert author_year == []


def test_half_the_rows_or_more_are_negatives() -> None:
    assert len(NEGATIVES) >= len(SECOND_WORKS)
