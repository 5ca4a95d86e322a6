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


def _truth(*notes: list[dict]) -> dict:
    return {"notes": [{"label": str(i), "citations": c} for i, c in enumerate(notes, 1)]}


def _cite(form: str, authors: list[str], title: str | None, year: int | None, text: str) -> dict:
    return {"form": form, "authors": authors, "title": title, "year": year, "text": text}


EPM = _cite("full", ["Marx"], "Economic and Philosophic Manuscripts of 1844", 1978, "Marx, EPM")
KINKEL = _cite("full", ["Marx"], "Gottfried Kinkel", 1850, "Marx, “Gottfried Kinkel,” 1850")
BOOK = _cite("full", ["Ehlers", "Krafft"], "Earth System Science", 2010, "Ehlers and Krafft, ESS")


def _short_labels(truth: dict) -> dict[str, list[str]]:
    """Each seedable work's title, with the notes the harness takes for its short forms."""
    works = note_seeding.works_of(truth)
    return {
        w.title: [
            lab
            for lab in w.labels
            if note_seeding._form_in(truth, lab, w) == "short"
            and note_seeding._short_form_of(truth, lab, w, works)
        ]
        for w in works
    }


def test_a_short_form_without_title_is_of_its_authors_only_work() -> None:
    # "Marx, letter to Ruge." after two works of Marx's is neither of them: no seeded case;
    # "Ehlers and Krafft, 10." after their one book is its short form
    letter = _cite("short", ["Marx"], None, None, "Marx, letter to Ruge.")
    assert _short_labels(_truth([EPM], [KINKEL], [letter])) == {
        EPM["title"]: [],
        KINKEL["title"]: [],
    }
    page = _cite("short", ["Ehlers", "Krafft"], None, None, "Ehlers and Krafft, 10.")
    assert _short_labels(_truth([BOOK], [page])) == {BOOK["title"]: ["2"]}


def test_an_author_date_citation_is_no_seeded_short_form() -> None:
    # with the works-cited list the harness builds, "Trotzki 1994, S. 157f" is complete
    full = _cite("full", ["Trotzki"], "Literatur und Revolution", 1994, "Leo Trotzki: …")
    dated = _cite("short", ["Trotzki"], None, 1994, "Trotzki 1994, S. 157f")
    titled = _cite("short", ["Trotzki"], "Literatur", None, "Trotzki, Literatur, S. 9")
    assert _short_labels(_truth([full], [dated], [titled])) == {full["title"]: ["3"]}


def test_a_work_given_in_full_in_another_note_leaves_no_case() -> None:
    # the book Ehlers and Krafft edited, given with its imprint as a chapter's container
    chapter = _cite(
        "full",
        ["Crutzen"],
        "The Anthropocene",
        2010,
        "Crutzen, “The Anthropocene,” *Earth System Science*, eds. Eckart Ehlers and "
        "Thomas Krafft (Berlin: Springer, 2010).",
    )
    page = _cite("short", ["Ehlers", "Krafft"], None, None, "Ehlers and Krafft, 10.")
    works = note_seeding.works_of(_truth([chapter], [BOOK], [page]))
    book = next(w for w in works if w.title == BOOK["title"])
    assert note_seeding._given_in_other_note(_truth([chapter], [BOOK], [page]), book, "2", "3")
    assert not note_seeding._given_in_other_note(_truth([BOOK], [page]), book, "1", "2")


def _listed(truth: dict) -> list[tuple[str, str, int]]:
    return [
        (w.authors[0] if w.authors else "", w.title, w.year)
        for w in note_seeding.works_of(truth, listed=True)
    ]


def test_an_author_date_citation_of_a_titled_work_is_no_second_entry() -> None:
    """ "Mahl (2002), 30" after "Ada Mahl, *Erfundene Dinge* (2002)" cites that work: the
    built list holds it once, so removing its entry leaves the work unlisted. An
    author-date citation of another year, of another writer, or of a writer with no titled
    work keeps its own entry."""
    full = _cite("full", ["Mahl"], "Erfundene Dinge", 2002, "Ada Mahl, *Erfundene Dinge* (2002)")
    same = _cite("short", ["Mahl"], None, 2002, "Mahl (2002), 30")
    assert _listed(_truth([full], [same])) == [("Mahl", "Erfundene Dinge", 2002)]
    assert _listed(_truth([same], [full])) == [("Mahl", "Erfundene Dinge", 2002)]
    other_year = _cite("short", ["Mahl"], None, 1999, "Mahl (1999), 4")
    assert _listed(_truth([full], [other_year])) == [
        ("Mahl", "Erfundene Dinge", 2002),
        ("Mahl", "", 1999),
    ]
    other_writer = _cite("short", ["Rohde"], None, 2002, "Rohde (2002), 4")
    assert _listed(_truth([full], [other_writer])) == [
        ("Mahl", "Erfundene Dinge", 2002),
        ("Rohde", "", 2002),
    ]
    assert _listed(_truth([same])) == [("Mahl", "", 2002)]


def test_an_op_cit_before_the_short_form_is_the_first_reference_back() -> None:
    # "Kessel, op. cit., 61" between the full form and "Kessel, *Glass*, 12" refers back to
    # Kessel's one work: a finding there is the seeded defect found (Chicago 14.36)
    full = _cite("full", ["Kessel"], "Glass and Orchards", 1987, "Ada Kessel, *Glass …*")
    op_cit = _cite("op-cit", ["Kessel"], None, None, "Kessel, op. cit., 61")
    titled_op_cit = _cite("op-cit", ["Kessel"], "Glass and Orchards", None, "Kessel, op. cit.")
    other = _cite("op-cit", ["Lind"], None, None, "Lind, op. cit., 4")
    short = _cite("short", ["Kessel"], "Glass", None, "Kessel, *Glass*, 12")
    truth = _truth([full], [op_cit], [other], [titled_op_cit], [short])
    works = note_seeding.works_of(truth)
    assert note_seeding._back_references(truth, works[0], works, "1", "5") == ["2", "4"]
    # with two works of the writer an op. cit. without a title may be of the other
    letters = _cite("full", ["Kessel"], "Letters", 1990, "Ada Kessel, *Letters* (1990)")
    truth = _truth([full], [letters], [op_cit], [short])
    works = note_seeding.works_of(truth)
    assert note_seeding._back_references(truth, works[0], works, "1", "4") == []


def _written(form: str, authors: list[str], title: str | None, year: int | None = None) -> dict:
    return {"form": form, "authors": authors, "title": title, "year": year}


def _notes(*notes: list[dict]) -> dict:
    return {"notes": [{"label": str(i), "citations": c} for i, c in enumerate(notes, 1)]}


def test_a_slip_the_truth_writes_is_a_true_inconsistent_reference() -> None:
    # the writer spelt one author two ways, as written documents keep on purpose
    truth = _notes(
        [_written("full", ["Mancuso"], "Il mito dei consigli", 1975)],
        [_written("short", ["Mancusi"], "Il mito")],
        [_written("full", ["Rudd"], "Harbour Strikes", 1990)],
    )
    assert note_seeding._true_finding(truth, "inconsistent-reference", "2")
    assert note_seeding._true_finding(truth, "inconsistent-reference", "1")
    # a note whose work the truth writes one way only: the finding there is false
    assert not note_seeding._true_finding(truth, "inconsistent-reference", "3")


def test_two_writers_or_two_years_are_no_slip_of_the_notes() -> None:
    truth = _notes(
        [_written("full", ["Vell"], "Harbour Strikes", 1990)],
        [_written("full", ["Rudd"], "Harbour Strikes", 1991)],  # another writer, same title
        [_written("full", ["Vell"], "Harbour Strikes", 2004)],  # a new edition
        [_written("short", ["Velle"], "Dock Unions")],  # a like name, another work
    )
    for label in ("1", "2", "3", "4"):
        assert not note_seeding._true_finding(truth, "inconsistent-reference", label)
