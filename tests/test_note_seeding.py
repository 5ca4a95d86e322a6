"""Where the seeded-defect harness (bench/note_seeding.py) puts a slip: in the citation, as
a reader of the note sees it; never in an address, in the title, or into another name."""

from __future__ import annotations

import sys

from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import note_seeding


def seeded(note: str, old: str, new: str, title: str, before: bool) -> str | None:
    return note_seeding._replace_in_note(note, (0, len(note)), old, new, title, before)


def test_a_year_is_changed_at_the_imprint_with_the_author_date_before_it() -> None:
    note = (
        'Horkheimer, M. (1950), "Lehren aus dem Faschismus" in, Horkheimer (1985), '
        "*Gesammelte Schriften* (Frankfurt: Fischer, 1985): 9-37."
    )
    assert seeded(note, "1985", "1986", "Lehren aus dem Faschismus", False) == note.replace(
        "1985", "1986"
    )


def test_a_year_in_an_address_or_in_the_title_is_never_changed() -> None:
    note = "As Luxemburg put it in 1915 in *The Crisis* (www.marxists.org/archive/luxemburg/1915/)."
    assert seeded(note, "1915", "1916", "The Crisis", False) == note.replace(
        "in 1915 in", "in 1916 in"
    )
    broue = 'Bayerlein, "Pierre Broué (1926--2005)," *Jahrbuch*, 2005, 461.'
    assert seeded(broue, "2005", "2006", "Pierre Broué (1926--2005)", False) == broue.replace(
        "*Jahrbuch*, 2005", "*Jahrbuch*, 2006"
    )
    only_url = "Marx, *Capital*, www.marxists.org/1867/capital.htm"
    assert seeded(only_url, "1867", "1868", "Capital", False) is None


def test_a_name_is_changed_before_the_title_found_across_markup() -> None:
    note = "John Reed's argument: John Reed, “Synopsis of *Capital*,” 1919."
    assert seeded(note, "Reed", "Rede", "Synopsis of Capital", True) == (
        "John Reed's argument: John Rede, “Synopsis of *Capital*,” 1919."
    )


def test_a_misspelling_never_makes_another_authors_name() -> None:
    assert note_seeding._misspell("Nettl") == "Ntetl"
    assert note_seeding._misspell("Riddell") != "Riddell"
    other = note_seeding._misspell("Nettl", frozenset({"ntetl"}))
    assert other not in ("Nettl", "Ntetl")


def test_a_note_held_inside_another_is_found_there() -> None:
    text = "A.[^18]\n\n[^18]: First.\n\n    > quoted\n    > [^19]: Second.\n"
    spans = note_seeding.note_spans(text)
    assert "19" not in spans
    assert note_seeding.homes(text, spans) == {"19": "18"}
